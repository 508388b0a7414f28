"""A fifty-third batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: the local angle on world affairs, as small-town and city
papers write it. A diaspora community's march about a war in its homeland, a creamery hit by a foreign tariff on
cheese, a Guard battalion leaving for an allied country, a consul general at a sister-city ceremony, a refugee family
settling in, a plant hiring to build parts for fighter jets, soybean growers waiting on a trade dispute, a student
jailed abroad in a consular case; with local look-alikes of no theme: a town "twinning" fair with a bake sale, a
veterans' pancake breakfast, a high-school "Model UN" club, a home-and-garden "trade show" and a "border" between two
counties.

Boundaries judged here: a local paragraph takes the theme of the world affair it tells (a tariff, a deployment, a
consular visit, a war back home); human-interest paragraphs of a themed story (a founder, a farm's acreage, a care
package, a potluck) get no theme, or an optional one where they touch the subject (a soldier's goodbye, a refugee's
"planes"); a sister-city ceremony of towns is optional diplomacy, a consul speaking of relations between states is
diplomacy; a town's twinning, a veterans' post, a simulated Security Council, a trade show of hot tubs and a county
border get no theme.
Blind, main's rules got 8 of these 70 paragraphs wrong, none of them a label slip: trade missed for a creamery
owner's words on "a fight between two capitals" in a tariff story and for a consul's talk of a local firm's sales and
investment, trade and diplomacy both missed for an agriculture secretary's talks with Chinese officials on a purchase
deal, diplomacy missed for a mother's plea that her government bring her son home from a foreign jail; diplomacy
given to a friendship society's raffle, to the Model UN club and its adviser's "real diplomats", and beside trade to
a paragraph of tariffs and exports between two states.
After this batch's mends (a sentence that names a Model UN, and a role in a simile, "like real diplomats", as words of
no theme), 6 are left: trade missed for the creamery owner's words and the consul's talk of sales and investment, trade
and diplomacy for the agriculture secretary's talks (its "talks" read as a verb), diplomacy for the mother's plea;
diplomacy given to the friendship society's raffle (a trip to the sister city, lifted by the story) and beside trade to
Beijing raising tariffs (a capital that acts on goods); see KNOWN_MISSES in test_theme_probes.py.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FIFTYTHIRD_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Velmoran community marches downtown to call for end to war in homeland",
        [
            Probe(
                "MILLBROOK - About 300 people, many wrapped in blue-and-gold flags, marched from the Millbrook library "
                "to City Hall on Saturday to call for an end to the war in Velmora, where Kestrian troops have held "
                "the eastern provinces since spring.",
                "m",
            ),
            Probe(
                "Millbrook is home to an estimated 4,000 people of Velmoran descent, most of them from families who "
                "came to work at the meatpacking plant in the 1990s.",
                "",
            ),
            Probe(
                "Organizer Dana Ruslova, whose brother serves in a Velmoran artillery unit near the front, said the "
                "marchers wanted Congress to approve more air-defence systems for Velmora.",
                "m",
                "d",
            ),
            Probe(
                '"Every night we call home and hear the sirens," Ruslova said. "We want people here to know this is '
                'not over."',
                "m",
            ),
            Probe(
                "Marchers carried photos of relatives killed in shelling, and a children's choir from St. Andrew's "
                "Velmoran Church sang the national anthem on the City Hall steps.",
                "m",
            ),
            Probe(
                "Mayor Tom Everly, who spoke briefly, said the city would fly the Velmoran flag over City Hall through "
                "Independence Day and that the council would vote next week on a resolution urging a ceasefire.",
                "m",
                "d",
            ),
            Probe(
                "The church has collected more than $60,000 this year for medical supplies sent to hospitals in "
                "Velmora's east, according to its pastor, the Rev. Ivan Doroshko.",
                "",
                "m",
            ),
            Probe(
                "Police said the march was peaceful and that Main Street reopened to traffic by 1 p.m.",
                "",
            ),
        ],
    ),
    (
        "Tariff on American cheese leaves Harlow Creamery with a full warehouse",
        [
            Probe(
                "HARLOW - Three months after Meridia slapped a 35 percent tariff on American cheese, Harlow Creamery's "
                "cold-storage warehouse on Route 9 is stacked to the ceiling with wheels of aged cheddar it can no "
                "longer sell abroad.",
                "t",
            ),
            Probe(
                "The family-owned creamery shipped about a fifth of its output to Meridia last year, owner Beth "
                "Sandquist said, mostly through a distributor in the port of Casselo.",
                "t",
            ),
            Probe(
                "Meridia imposed the duty in March in retaliation for U.S. tariffs on its steel, and talks between "
                "the two governments in Geneva broke off last month without a deal.",
                "td",
            ),
            Probe(
                '"We didn\'t do anything to anybody. We make cheese," Sandquist said. "But we\'re the ones paying for '
                'a fight between two capitals."',
                "t",
            ),
            Probe(
                "The creamery has cut its night shift and laid off 11 of its 64 workers, and Sandquist has stopped "
                "buying milk from two neighbouring dairy farms.",
                "",
                "t",
            ),
            Probe(
                "State Agriculture Commissioner Ray Dolan visited the plant on Thursday and said the state would help "
                "the creamery find buyers in Canada and Japan, where a state trade mission is planned for October.",
                "t",
            ),
            Probe(
                "Harlow Creamery was founded in 1948 by Sandquist's grandfather, and its cheddar has won the county "
                "fair's blue ribbon 14 times.",
                "",
            ),
            Probe(
                "Sandquist said she had applied for federal aid meant for farmers hurt by retaliatory tariffs, but had "
                "not yet heard back.",
                "t",
            ),
        ],
    ),
    (
        "Ashby Guard battalion heads to Poland for nine months",
        [
            Probe(
                "ASHBY - Nearly 140 soldiers of the 2nd Battalion, 118th Field Artillery, said goodbye to their "
                "families at the Ashby Armory on Tuesday before leaving for a nine-month deployment to Poland.",
                "m",
            ),
            Probe(
                "The battalion will train with Polish and Lithuanian units as part of NATO's reinforced presence on "
                "the alliance's eastern flank, the state's adjutant general, Maj. Gen. Carla Benning, told the crowd.",
                "m",
                "d",
            ),
            Probe(
                "It is the unit's first overseas deployment since 2011, when it served in Afghanistan.",
                "m",
            ),
            Probe(
                "Sgt. Luis Ortega, 29, a mail carrier in civilian life, held his 8-month-old daughter until the last "
                "bus was called.",
                "",
                "m",
            ),
            Probe(
                '"She\'ll be walking by the time I get back," Ortega said. "That\'s the hard part. The job itself, '
                "we've trained for.\"",
                "",
                "m",
            ),
            Probe(
                "Volunteers from the Ashby Rotary Club handed out care packages with phone cards, sunscreen and beef "
                "jerky from a local smokehouse.",
                "",
            ),
            Probe(
                "Benning said the deployment was not a response to any single event but part of a rotation that has "
                "kept U.S. troops in Poland since 2017.",
                "m",
            ),
            Probe(
                "The armory's annual open house, usually held in September, has been postponed to spring.",
                "",
            ),
        ],
    ),
    (
        "Korvanian consul joins Lakeport to mark 40 years as sister cities",
        [
            Probe(
                "LAKEPORT - The consul general of Korvania in Chicago, Anja Meret, planted a linden tree in Harbor "
                "Park on Friday to mark 40 years since Lakeport and the Korvanian city of Dravec became sister cities.",
                "",
                "d",
            ),
            Probe(
                "Meret, speaking in English, said ties between towns did as much for relations between Korvania and "
                "the United States as any embassy could, and thanked Lakeport for taking in Korvanian students after "
                "the 1991 floods.",
                "d",
            ),
            Probe(
                "Mayor Pat Olander presented her with a key to the city and a framed photograph of the first Dravec "
                "delegation, which arrived by bus in 1985.",
                "",
                "d",
            ),
            Probe(
                "The consul also met executives of Lakeport Marine, which sells outboard engines to boat builders in "
                "Dravec, and said Korvania hoped to attract investment from the region's manufacturers.",
                "t",
                "d",
            ),
            Probe(
                "A Korvanian trade delegation is expected to visit the Great Lakes states in the spring, she said.",
                "t",
                "d",
            ),
            Probe(
                "The Lakeport-Dravec Friendship Society served Korvanian pastries and sold raffle tickets for a trip "
                "to Dravec, with proceeds going to its student exchange fund.",
                "",
            ),
            Probe(
                "Eighteen Lakeport high-school students have spent a semester in Dravec since the exchange began, and "
                "the society hopes to send two more next year.",
                "",
            ),
        ],
    ),
    (
        "For the Halabi family, a new start on Elm Street",
        [
            Probe(
                "ROCKFORD FALLS - Eight months ago, Yusuf and Rana Halabi and their three children were living in a "
                "tent in a camp in Jordan, two years after shelling destroyed their home in the Syrian city of Homs.",
                "",
                "m",
            ),
            Probe(
                "Today they rent a two-bedroom house on Elm Street, found for them by the Rockford Falls Refugee "
                "Partnership, a coalition of three churches and a mosque that has resettled 23 families since 2016.",
                "",
            ),
            Probe(
                "Yusuf Halabi, a tailor, has a job altering suits at a dry cleaner downtown. The two older children "
                "are in the fourth and sixth grades at Lincoln Elementary.",
                "",
            ),
            Probe(
                '"In the camp we waited. Here we work," Halabi said through an interpreter. "My children sleep '
                'without hearing the planes."',
                "",
                "m",
            ),
            Probe(
                "The family was admitted under the U.S. refugee program after security checks that took 19 months, a "
                "spokeswoman for the State Department's refugee bureau said in an email.",
                "",
                "d",
            ),
            Probe(
                "Volunteers say the number of arrivals has dropped since federal officials lowered the annual cap on "
                "refugee admissions, and the partnership now expects only two families this year.",
                "",
            ),
            Probe(
                "A potluck to welcome the Halabis is planned for Sunday at First Methodist; organizers ask guests to "
                "bring a dish without pork.",
                "",
            ),
        ],
    ),
    (
        "Brenton plant to add 200 jobs on fighter jet order",
        [
            Probe(
                "BRENTON - Calder Aerostructures will hire about 200 workers at its plant on the east side of Brenton "
                "to build wing parts for F-35 fighter jets, after a new order that includes aircraft bound for Poland "
                "and Japan, the company said Wednesday.",
                "m",
                "t",
            ),
            Probe(
                "The plant, which already employs 640 people, machines titanium bulkheads and wing skins that are "
                "shipped to Fort Worth, Texas, for final assembly.",
                "",
                "m",
            ),
            Probe(
                "Several European and Asian governments have ordered the jet since the war in Ukraine began, and the "
                "Pentagon has asked suppliers to raise output to about 150 aircraft a year.",
                "m",
                "t",
            ),
            Probe(
                '"Every one of those jets has a piece of Brenton in it," said plant manager Rick Talbot. "Our people '
                'take that seriously."',
                "",
                "m",
            ),
            Probe(
                "Starting pay is $24 an hour, and the company will hold a hiring fair at Brenton Community College on "
                "June 14.",
                "",
            ),
            Probe(
                "State Rep. Joan Whitcomb said the order showed the region could compete for defence work, and she "
                "would push for a state tax credit for aerospace training.",
                "",
                "m",
            ),
            Probe(
                "Calder's parent company reported a 6 percent rise in quarterly sales last month.",
                "",
            ),
        ],
    ),
    (
        "Clay County soybean growers watch China as harvest nears",
        [
            Probe(
                "CLAY COUNTY - With his combines ready for the first soybean fields next week, Dale Vorhees has no "
                "idea what his crop will fetch, and he blames a trade dispute half a world away.",
                "t",
            ),
            Probe(
                "China, which bought about 60 percent of U.S. soybean exports before the dispute, has cut its "
                "purchases to almost nothing since Beijing raised tariffs on U.S. farm goods in July.",
                "t",
            ),
            Probe(
                "Vorhees farms 1,800 acres with his two sons near Pell City, the way his father did.",
                "",
            ),
            Probe(
                '"Cash price at the elevator is down a dollar and a half from last year," Vorhees said. "You can\'t '
                'farm on that."',
                "t",
            ),
            Probe(
                "The U.S. agriculture secretary said in Washington on Monday that talks with Chinese officials had "
                "made progress and that a purchase deal was possible before the end of the year.",
                "td",
            ),
            Probe(
                "Local elevators are storing more grain than usual, and the Clay County Co-op has rented two "
                "temporary storage domes.",
                "",
                "t",
            ),
            Probe(
                "Some growers have turned to buyers in Mexico and Vietnam, which have increased purchases of U.S. "
                "beans this year, according to the U.S. Soybean Export Council.",
                "t",
            ),
            Probe(
                "The county's annual harvest festival and tractor parade are set for Oct. 5.",
                "",
            ),
        ],
    ),
    (
        "Family of Westfield student jailed in Narveth pleads for help",
        [
            Probe(
                "WESTFIELD - The parents of a Westfield college student held in Narveth for seven weeks appealed on "
                "Monday to the State Department to win his release, saying he was arrested for taking photographs "
                "near a military airfield.",
                "d",
                "m",
            ),
            Probe(
                "Evan Marsh, 22, a geography major at Carlow State University, was travelling in Narveth on a "
                "backpacking trip when police detained him near the city of Tesk, his mother, Linda Marsh, said.",
                "d",
            ),
            Probe(
                "A U.S. consular officer visited Marsh in jail last week and found him in good health, a State "
                "Department spokesman said, adding that the department was closely following the case.",
                "d",
            ),
            Probe(
                "Narveth's embassy in Washington did not respond to requests for comment. The country's state media "
                "has accused him of spying for a foreign government.",
                "d",
                "m",
            ),
            Probe(
                '"He is a kid who likes airplanes. That\'s all," Linda Marsh said. "We need our government to bring '
                'him home."',
                "d",
            ),
            Probe(
                "Narveth and the United States have no extradition treaty, and relations between them have been "
                "strained since Narveth expelled two American diplomats in the spring.",
                "d",
            ),
            Probe(
                "Friends have tied yellow ribbons to trees along Westfield's Main Street, and a prayer vigil is "
                "planned for Thursday at the Carlow State chapel.",
                "",
                "d",
            ),
            Probe(
                "U.S. Rep. Ann Kerrigan, whose district includes Westfield, said she had raised the case with "
                "Narveth's ambassador and would press for his release.",
                "d",
            ),
        ],
    ),
    (
        "Twinning fair, pancake breakfast and Model UN fill a busy Glendale weekend",
        [
            Probe(
                "GLENDALE - The Glendale Twinning Association's fall fair returns to the town green on Saturday, with "
                "a bake sale, a plant swap and a book stall, all raising money for the association's summer picnic.",
                "",
            ),
            Probe(
                "The association has run a twinning with the French town of Saint-Aubin since 1979; this year's fair "
                "has a French theme, with crepes and a boules tournament.",
                "",
                "d",
            ),
            Probe(
                "On Sunday, VFW Post 4412 holds its monthly pancake breakfast from 7 to 11 a.m. Veterans eat free; "
                "everyone else pays $8.",
                "",
            ),
            Probe(
                "Post commander Gary Boyce said the breakfasts pay for the post's heating bill and its scholarship "
                "for a Glendale High senior.",
                "",
            ),
            Probe(
                "Glendale High's Model UN club won the best delegation award at a regional conference in Hartford last "
                "weekend, representing Brazil in a simulated Security Council debate on climate refugees.",
                "",
            ),
            Probe(
                '"They argued like real diplomats," said adviser Kim Tran, who teaches government. "Some of the '
                "delegates wouldn't even compromise over lunch.\"",
                "",
            ),
            Probe(
                "The Northeast Home and Garden Trade Show runs Friday through Sunday at the Civic Center, with 200 "
                "exhibitors of kitchens, windows and hot tubs.",
                "",
            ),
            Probe(
                "Road crews will repave Route 44 at the border between Glendale and Hale counties next week; drivers "
                "should expect delays.",
                "",
            ),
            Probe(
                "The county fire marshal reminded residents that open burning is banned until the first frost.",
                "",
            ),
        ],
    ),
]

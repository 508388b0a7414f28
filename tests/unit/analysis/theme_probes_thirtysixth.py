"""A thirty-sixth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: long-form world news web features (ten to fourteen
paragraphs, with background paragraphs, quotes of experts and of people on the ground, and a section heading or two)
on subjects the earlier batches leave out (a port whose wharf lives off the trade two rival neighbours will not do
directly, a wounded soldier back at work in a town near the front, a village split by a fence where a neighbour's new
customs checks stop the fruit, an embassy quarter's visa queues and the rows they cause, a defence fair); and two
look-alikes with no theme (an election fought over rent and hospitals, a rugby rivalry between two neighbours).
Blind, main's rules got 16 of these 83 paragraphs wrong (trade missed 9 times, diplomacy twice, military once;
diplomacy given 3 times, trade twice): the wharf's and the village's trade told through people, quotes and queues with
no word of trade; a reply to a neighbour's protest read as diplomacy; talks told on as "the negotiations"; a soldier's
"rifle"; visas withdrawn in retaliation and two countries that "trade jokes" read as trade.
After this round's mends ("the negotiations" pointing back to talks as "the talks" does; jokes and taunts traded as
words exchanged, no trade; "the crossing" a weak word of trade, as the lorries queued at it; dockhands and
stevedores as weak a word of trade as dockworkers), 12. After the second round's (a city named after a thing of it,
"the markets of Almaty", only a place, no party; a quote of a speaker already named going on with the trade of the
paragraph that named him; vegetables a weak word of trade; presidents who "sign declarations" about "friendship"),
8: trade told through people with no word of it and no quote (a villager and her brother, smuggled fruit, officials
who leave a route alone), a host state's authorities and a neighbour's reply read as diplomacy, a soldier's "rifle",
and visas withdrawn in retaliation read as trade.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

THIRTYSIXTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "The Wharf That Lives Between Two Enemies",
        [
            Probe(
                "SHARJAH, United Arab Emirates - On the wharf of the old creek, dockhands load tea, spices and tyres "
                "onto wooden dhows bound for Karachi. Most of it was made in India. On paper, none of it was.",
                "t",
            ),
            Probe(
                "India and Pakistan have barely traded directly since 2019, when New Delhi raised duties on Pakistani "
                "goods to 200 percent and Islamabad suspended trade in return after a quarrel over Kashmir.",
                "td",
            ),
            Probe(
                "The goods still travel. They simply go the long way, through warehouses here, where agents change "
                "the paperwork and add a margin of 15 to 20 percent.",
                "t",
            ),
            Probe("The middlemen", "", "t"),
            Probe(
                "Imran Qureshi, whose family has run a shipping agency on the creek for three generations, keeps two "
                "sets of ledgers on his desk: one for suppliers in Mumbai, one for buyers in Lahore.",
                "t",
            ),
            Probe(
                '"The politicians shout at each other on television, and my phone rings more," he said. "Every time '
                'the border closes, I hire another clerk."',
                "t",
                "d",
            ),
            Probe(
                "Economists at a university in Lahore estimate that this roundabout commerce is worth about $10 "
                "billion a year, several times what the two countries exchanged directly at the best of times.",
                "t",
            ),
            Probe(
                "It is not cheap for anyone. Pakistani pharmacies pay more for Indian ingredients for their medicines, "
                "and Indian exporters lose part of their margin to agents they have never met.",
                "t",
            ),
            Probe(
                "The two neighbours have fought three wars since independence and came close to a fourth in 2019, "
                "when Indian jets struck a target inside Pakistan after a suicide bombing in Kashmir.",
                "m",
                "d",
            ),
            Probe("A quiet blessing", "", "dt"),
            Probe(
                "Officials in both capitals know about the route and leave it alone. A Pakistani diplomat posted in "
                'the Gulf said privately that it was "a safety valve" that neither government wanted to close.',
                "td",
            ),
            Probe(
                "The Emirati authorities, who host large communities from both countries, say the wharf's business is "
                "lawful and that goods re-exported from their free zones meet every rule.",
                "t",
            ),
            Probe(
                "At dusk the dhow crews, mostly from Gujarat and the Makran coast, cook together on the quay, sharing "
                "rice and tea and arguing about cricket.",
                "",
                "t",
            ),
            Probe(
                '"If the border opened tomorrow, this wharf would be half empty," Qureshi said. "So I pray for peace, '
                'but not too quickly."',
                "t",
                "d",
            ),
        ],
    ),
    (
        "He Was Wounded Near The River. Now He Mends Its Town",
        [
            Probe(
                "STEPOVE, Ukraine - Oleksandr Bondar left this town on crutches eighteen months ago, after a shell "
                "splinter tore through his knee in a trench four kilometres to the south. In March he came back, with "
                "a cane and a job at the town council.",
                "m",
            ),
            Probe(
                "The front has barely moved since. Russian positions sit on the ridge beyond the river, and the "
                "town's 3,000 remaining residents hear artillery most nights.",
                "m",
            ),
            Probe(
                "Bondar, 41, was a tractor mechanic before the full-scale invasion. He volunteered in the first week "
                "and served with a territorial defence brigade until he was hit.",
                "m",
            ),
            Probe("Back on the street", "", "m"),
            Probe(
                "His task now is to organise repairs: windows blown out by blasts, roofs holed by drones, a school "
                "whose gym has become a shelter.",
                "m",
            ),
            Probe(
                '"I know which houses were hit because I heard them hit," he said, walking past a row of boarded '
                'shops. "Now I have to find the plywood."',
                "m",
            ),
            Probe(
                "About 70 of the town's men are still at the front, and the council keeps a board in its hallway with "
                "photographs of the 23 who have been killed.",
                "m",
            ),
            Probe(
                "In Kyiv, officials speak of peace talks and of security guarantees from Western partners, and "
                "Washington has pressed both sides to agree to a ceasefire along the current line.",
                "dm",
            ),
            Probe(
                'Few here follow the negotiations closely. "A line on a map drawn in some hotel abroad will not stop '
                'a drone," said Halyna, who runs the only pharmacy.',
                "md",
            ),
            Probe(
                "Psychologists who work with returning soldiers say towns near the front are both the hardest and the "
                "easiest places to come back to: the danger never stops, but neither does the sense of being needed.",
                "m",
            ),
            Probe(
                "The council's budget has shrunk by half because most businesses have closed, and the bakery opens "
                "only three days a week.",
                "",
                "m",
            ),
            Probe(
                'Bondar says he will stay as long as the town does. "If they come over the river, I will take the '
                'rifle again," he said. "The knee will manage."',
                "m",
            ),
        ],
    ),
    (
        "A Fence Down Main Street, And Apricots Going Soft",
        [
            Probe(
                "ZHIBEK ZHOLY, Kazakhstan - The fence runs down the middle of the main street, past the mosque and "
                "the old collective farm office. On one side is Kazakhstan; on the other, Uzbekistan.",
                "",
                "t",
            ),
            Probe(
                "For years, villagers crossed it with little more than a nod to the guard. Since January, every sack "
                "of onions and every crate of tomatoes must pass a customs post with scanners, declarations and a "
                "fee.",
                "t",
            ),
            Probe(
                "The new rules followed Kazakhstan's decision to tighten checks on farm produce from its neighbour, "
                "after its own growers complained that cheap Uzbek vegetables were flooding the markets of Almaty and "
                "Shymkent.",
                "t",
            ),
            Probe("Cousins across the wire", ""),
            Probe(
                "Dilnoza Yusupova sells dried apricots at a stall on the Kazakh side. Her brother grows them on the "
                "Uzbek side, in an orchard she can see from her window.",
                "t",
            ),
            Probe(
                '"Before, he brought them over in the morning and I sold them by noon," she said. "Now the papers '
                'take two days and the fruit goes soft."',
                "t",
            ),
            Probe(
                "Traders say queues at the crossing now reach 300 trucks in the harvest season, and drivers sleep in "
                "their cabs for up to a week.",
                "t",
            ),
            Probe(
                "Uzbekistan has protested. Its foreign ministry called the checks a breach of the free trade "
                "agreement the two countries signed within the Commonwealth of Independent States, and its trade "
                "minister flew to Astana last month to seek a deal.",
                "td",
            ),
            Probe(
                "Kazakh officials reply that the checks are about plant health, not politics, and point to shipments "
                "of apples found to carry a moth that can destroy whole orchards.",
                "t",
            ),
            Probe(
                "Azamat Nurlanov, an economist in Almaty who studies the region's commerce, said the dispute showed "
                'how fragile the promise of open borders in Central Asia remains. "The presidents sign declarations '
                'about friendship, and the customs officers decide what friendship means," he said.',
                "td",
            ),
            Probe(
                "Smuggling has grown too. Boys on bicycles carry bags of fruit along paths through the reeds at night, "
                "and the border guards on both sides have doubled their patrols.",
                "t",
                "m",
            ),
            Probe(
                "At the mosque on Fridays, the imam still prays for both countries. The fence, for now, lets his "
                "voice through.",
                "",
            ),
        ],
    ),
    (
        "In The Embassy Quarter, The Queue Never Ends",
        [
            Probe(
                "ABUJA, Nigeria - By five in the morning the line outside the visa application centre in Maitama "
                "already bends around the corner, past the walls of three embassies and a row of men selling folding "
                "stools.",
                "",
                "d",
            ),
            Probe(
                "Maitama is the capital's embassy quarter, home to more than 60 missions, and for many young "
                "Nigerians it is the first step towards a job or a degree abroad.",
                "",
                "d",
            ),
            Probe(
                "The queues have grown since several European governments cut staff at their consulates and moved "
                "the handling of applications to regional hubs, a change that can stretch the wait for an appointment "
                "to six months.",
                "d",
            ),
            Probe("Life behind the walls", ""),
            Probe(
                'Inside the missions, diplomats describe a job that has shifted from politics to paperwork. "Half my '
                'week is visas," said a European consul, who asked not to be named because he was not allowed to speak '
                "to the press.",
                "d",
            ),
            Probe(
                "The bigger questions are handled a few streets away. Nigeria's foreign ministry has summoned two "
                "ambassadors this year over what it called the humiliating treatment of its citizens, including "
                "officials refused visas to attend conferences.",
                "d",
            ),
            Probe(
                "Last month, Abuja hit back at one country by suspending the fast-track visas its diplomats had "
                "enjoyed, a step Nigerian officials called reciprocity and their counterparts called retaliation.",
                "d",
            ),
            Probe(
                "Amina Bello, a lecturer in international relations at the University of Abuja, said visa policy had "
                "become one of the sorest points in Nigeria's relations with Europe. \"People here judge a country by "
                'how its embassy treats them," she said.',
                "d",
            ),
            Probe(
                "Business groups say the delays cost the country trade: buyers miss trade fairs, and engineers cannot "
                "reach suppliers abroad for training on machines they have already bought.",
                "t",
                "d",
            ),
            Probe(
                "Chinedu Okafor, 27, a nurse, was in the queue for the third time. A hospital in Ireland has offered "
                "him a job, and his first application was refused because a bank statement was stamped on the wrong "
                "page.",
                "",
                "d",
            ),
            Probe(
                '"I have the offer letter, the exam, the money," he said. "What I do not have is a passport that '
                'anyone respects."',
                "",
                "d",
            ),
            Probe(
                "At noon a guard with a loudspeaker announces that no more numbers will be given out today. Most of "
                "the line stays where it is.",
                "",
            ),
        ],
    ),
    (
        "At The Arms Fair, Everyone Is A Customer",
        [
            Probe(
                "KIELCE, Poland - In a hall the size of three football pitches, a Korean tank sits under spotlights a "
                "few metres from an American rocket launcher, and salesmen in dark suits hand out chocolates shaped "
                "like shells.",
                "m",
            ),
            Probe(
                "This year's defence fair in the central Polish city drew more than 600 exhibitors from 32 countries, "
                "its organisers say, a record driven by the war across the border in Ukraine.",
                "m",
                "t",
            ),
            Probe(
                "Poland now spends more than 4 percent of its economic output on defence, the highest share in NATO, "
                "and has signed contracts for hundreds of tanks, howitzers and fighter jets from South Korea and the "
                "United States.",
                "m",
                "td",
            ),
            Probe("Deals in the coffee bar", "", "m"),
            Probe(
                "Much of the business happens away from the stands. In a coffee bar above the main hall, a delegation "
                "of Indonesian officers listened to a pitch for coastal radar while a Swedish team waited for the "
                "table.",
                "m",
                "t",
            ),
            Probe(
                '"Five years ago nobody in Europe wanted to talk about ammunition," said a sales director for a Czech '
                'maker of artillery shells. "Now the question is not the price, it is the queue."',
                "m",
                "t",
            ),
            Probe(
                "Ukrainian firms had their own pavilion for the first time, showing sea drones and cheap loitering "
                "munitions built in workshops they would not name for fear of Russian strikes.",
                "m",
            ),
            Probe(
                "Poland's defence minister opened the fair with his South Korean counterpart and announced a deal to "
                'build Korean tanks under licence at a plant in Poland, which he called "a strategic partnership, '
                'not a shopping list".',
                "md",
                "t",
            ),
            Probe(
                "Analysts warn that the buying spree has outpaced the army's ability to train crews. \"You can buy a "
                'tank in a month, but a tank commander takes years," said a retired general who now advises a think '
                "tank in Warsaw.",
                "m",
            ),
            Probe(
                "Outside the gates, a few dozen protesters held banners against arms exports to countries at war, and "
                "police kept them behind a barrier by the tram stop.",
                "m",
                "t",
            ),
            Probe(
                "For Kielce, the fair is the biggest week of the year. Hotels are booked months ahead, and taxi "
                "drivers raise their prices by half.",
                "",
            ),
            Probe(
                "On the last afternoon, the crew of the Korean tank let schoolchildren climb onto the turret. A "
                "teacher took photographs; a salesman took the names of their parents' employers.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Portugal Votes On Rent, Not On The World",
        [
            Probe(
                "PORTO, Portugal - The posters on the ring road promise three things: cheaper homes, shorter hospital "
                "queues and higher wages. Few of them mention anything beyond the country's borders.",
                "",
            ),
            Probe(
                "Portugal votes on Sunday in its third general election in four years, after the minority government "
                "fell over a scandal involving a land deal in the Algarve.",
                "",
            ),
            Probe("The rent battle", ""),
            Probe(
                "Rents in Lisbon and Porto have roughly doubled in a decade, and young teachers and nurses say they "
                "spend more than half their pay on a room.",
                "",
            ),
            Probe(
                '"I have a degree and a contract, and I still live with my parents," said Ines Carvalho, 29, a '
                "physiotherapist handing out leaflets for a small left-wing party outside a metro station.",
                "",
            ),
            Probe(
                "The centre-right alliance promises to build 100,000 homes and cut income tax for people under 35; "
                "the Socialists want to cap rents and tax empty flats.",
                "",
            ),
            Probe(
                "Hospitals are the other battleground. Waiting lists for surgery have grown, and emergency wards in "
                "several towns close at weekends for lack of doctors.",
                "",
            ),
            Probe(
                'Joana Silveira, who teaches politics at Coimbra University, called the campaign "unusually '
                'local". "Voters are not choosing a foreign policy, they are choosing a landlord," she said.',
                "",
            ),
            Probe(
                "A populist party has climbed in the polls with a campaign against crime and corruption, and it may "
                "hold the balance of power in coalition talks after the vote.",
                "",
            ),
            Probe(
                "Whoever wins will have to pass a budget by the autumn, and the finance ministry warns that the "
                "surplus of recent years is shrinking.",
                "",
            ),
            Probe(
                'At a market in Porto, a fishmonger said she would vote, but without hope. "They all promise '
                'houses," she said. "I would settle for a bus that comes on time."',
                "",
            ),
        ],
    ),
    (
        "Two Nations, One Trophy, And A Very Old Grudge",
        [
            Probe(
                "AUCKLAND, New Zealand - For a week every August, two countries of five million and 27 million people "
                "argue about almost nothing else.",
                "",
            ),
            Probe(
                "The Bledisloe Cup, played between the national rugby teams of New Zealand and Australia since 1932, "
                "is one of the oldest trophies in the sport, and the All Blacks have held it for more than two "
                "decades.",
                "",
            ),
            Probe("An old enemy", ""),
            Probe(
                "Australian fans call it a war of attrition; New Zealanders call it a habit. Either way, some 20,000 "
                "supporters are expected to cross the Tasman Sea for Saturday's match at Eden Park.",
                "",
            ),
            Probe(
                '"Beating the Wallabies is the one thing every kid here dreams of," said Tane Rangi, a coach at a '
                'school club in south Auckland. "You can lose to anyone else and be forgiven."',
                "",
            ),
            Probe(
                "The rivalry runs deeper than rugby. The two countries trade jokes about accents and sheep, and both "
                "claim the same pavlova, the same racehorse and, some say, the same actor.",
                "",
            ),
            Probe(
                "Australia's coach, a former flanker, said his squad had spent two weeks at a training camp in "
                'Queensland drilling its defence against the kick. "We will have to be brave and disciplined," he '
                "said.",
                "",
            ),
            Probe(
                "Sports historians say the fixture's hold has loosened as the professional game pulled players to "
                "clubs in Europe and Japan, but the television audience on both sides of the Tasman still tops four "
                "million.",
                "",
            ),
            Probe(
                "Tickets sold out in eleven minutes, and resale prices have reached ten times face value, prompting "
                "the union to warn fans against buying from touts.",
                "",
            ),
            Probe(
                "Whatever the result, the two prime ministers have a standing bet: the loser sends the winner a crate "
                "of wine from his country's vineyards.",
                "",
                "d",
            ),
        ],
    ),
]

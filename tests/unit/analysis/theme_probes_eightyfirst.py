"""An eighty-first batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: foreign aid and its politics, as agency copy, a
development-policy web site, the regional press and the business desk tell them (the sixty-third batch had a donor
cutting its aid budget, the fiftieth and sixty-eighth a pledging conference and the sixty-eighth aid suspended after
a coup, so this one takes what a donor's aid is tied to and where it ends up). A donor closing its development agency
and a recipient's plea to phase a programme out, aid tied to votes at the UN, food aid shipped and sold under a
grant, aid seized by an armed group, foreign instructors training another state's army, a debt swapped for aid; with
the look-alikes that carry none of the three themes: a meals charity's appeal at home, a city's grants to small
firms, a cut to farm payments and a hospital's donor gala.

Boundaries judged here: a donor closing its aid agency and its programmes abroad takes diplomacy only as optional (an
aid budget is no theme of its own, as the sixty-third batch had it), and so do clinics and staff left by the closure,
but aid brought into line with foreign policy, a recipient minister's plea to the donor and the ambassador's answer
are diplomacy; aid tied to votes at the UN, a bill that would cut it from those who vote against the donor, its
sponsors and critics and a past cut are diplomacy (loans offered instead optional trade); rice handed over by an
ambassador and his words diplomacy, the rice sold in state shops under the grant nothing (trade and diplomacy
optional), importers' prices and a state's cereal imports trade; gunmen seizing an agency's warehouses and commanders
taxing convoys military (the food sold across a border optional trade), a donor state pausing funds and raising the
seizures with the recipient, and that state's minister blaming the agency, diplomacy, people who fled fighting on half
rations optional military and diplomacy; foreign instructors, a defence cooperation agreement and a training programme
ended military (diplomacy optional), a rivalry of states over an army military and diplomacy, armoured vehicles sold
to it trade and military; a debt cancelled for aid spending, the old loans, the debt owed to lenders and the bonds
and currency trade (diplomacy optional); every look-alike (a meals charity's donor and its "aid", a city's grants
"with strings", a cut to hill farms' payments, a convoy of tractors, a gala's pledges and an auction) nothing, lambs'
prices at auction optional trade.
Blind, main's rules got 4 of these 56 paragraphs wrong, no label slip found (see KNOWN_MISSES in
test_theme_probes.py): diplomacy missed for a bill's sponsors on governments that work against a state's interests "in
New York" and for whether the threat of cuts changes votes, with rival states offering loans; trade missed for a
foreign firm's contract to supply armoured vehicles to another state's force; trade given to a city's grant
conditions that a chamber of commerce says would put its members off. Then 3: a contract to supply or build arms is
their price (see themes/arms_contracts.py). Then 2: a paragraph that opens on "Its" or "Their" and a noun refers
back as "the bill's sponsors" would (see themes/possessive_openers.py). Then 1: a chamber of commerce's name is no
word of trade (the shipped themes file's exclusions); left is diplomacy for whether cuts change votes, a paragraph
whose rival states' loans mark it as trade's while the article's profile of relations stays just short.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

EIGHTYFIRST_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Norway to close aid agency, ending programmes in a dozen countries",
        [
            Probe(
                "OSLO, March 4 (Pellworth) - Norway will close its development agency at the end of the year and move "
                "what is left of its work into the foreign ministry, ending about 40 programmes in twelve countries, "
                "the development minister said on Tuesday.",
                "",
                "d",
            ),
            Probe(
                'The government says the change will save 1.2 billion crowns a year and bring aid "into line with '
                'foreign policy"; opposition parties said it would turn aid into a tool for winning friends abroad.',
                "d",
            ),
            Probe(
                "Malawi's finance minister said on Wednesday that the end of a Norwegian-funded maternal health "
                "programme would leave 300 clinics unable to pay their midwives from July, and that his government "
                "had asked Oslo to phase it out over three years rather than six months.",
                "d",
            ),
            Probe(
                "Norway's ambassador in Lilongwe met the health minister on Thursday and said Oslo would \"look again "
                'at the timetable", according to a statement from the Malawian ministry.',
                "d",
            ),
            Probe(
                "In Dedza district, nurses at one clinic said they had been told to stop registering new mothers for "
                "the programme's transport vouchers.",
                "",
                "d",
            ),
            Probe(
                "The agency's 600 staff in Oslo have not been told which of them will move to the ministry, their "
                "union said.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Analysis: Can aid buy a vote at the UN?",
        [
            Probe(
                "When the UN General Assembly voted in October on a resolution demanding the withdrawal of foreign "
                "troops from a neighbour's territory, nine of the fifteen largest recipients of American aid "
                "abstained or voted against.",
                "d",
                "m",
            ),
            Probe(
                "Economists have found for decades that states serving two-year terms on the Security Council receive "
                "more aid from Washington and its allies while they sit there, and less once they leave.",
                "d",
            ),
            Probe(
                "A bill passed by the House of Representatives in March would go further. It would require the State "
                "Department to publish each year how every recipient votes, and let the secretary of state cut aid "
                "to any that sides against the United States on more than half of the votes it lists.",
                "d",
            ),
            Probe(
                "Its sponsors say taxpayers should not pay for governments that work against American interests in "
                "New York.",
                "d",
            ),
            Probe(
                "Critics point out that most of the money at stake pays for vaccines, school meals and clinics run by "
                "charities, not for the ministries whose diplomats cast the votes.",
                "d",
            ),
            Probe(
                "The idea is not new. In 1983 Washington cut its aid to Zimbabwe by half after the country abstained "
                "on a Security Council resolution condemning the Soviet downing of a Korean airliner.",
                "d",
                "m",
            ),
            Probe(
                "Whether the threat works is another matter: studies of past cuts find that governments rarely change "
                "their votes, and that China and the Gulf states are quick to offer loans instead.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Japanese rice aid arrives in Nouakchott as importers brace for lower prices",
        [
            Probe(
                "NOUAKCHOTT - A ship carrying 12,000 tonnes of Japanese rice docked at the Port of Friendship on "
                "Monday, the first of three cargoes under a food aid grant signed in February, and was handed over "
                "to the commissioner for food security by Japan's ambassador.",
                "d",
                "t",
            ),
            Probe(
                "Under the terms of the grant, the rice will not be given away but sold through state shops at about "
                "two-thirds of the market price, and the takings paid into a fund for irrigation schemes along the "
                "Senegal river.",
                "",
                "td",
            ),
            Probe(
                "Importers in the city's main grain market said the news had already pushed down the wholesale price "
                "of Thai and Indian rice by about a tenth, and that some of them had cancelled orders.",
                "t",
            ),
            Probe(
                '"We pay for our cargoes in dollars months ahead. Now we are competing with rice that costs the state '
                'nothing," said one importer, who asked not to be named.',
                "t",
            ),
            Probe(
                "Mauritania imports about 70% of the cereals it eats, mostly through Nouakchott, and the government "
                "has been trying to grow more rice along the river to cut that bill.",
                "t",
            ),
            Probe(
                "The ambassador said Japan had given the country more than 90,000 tonnes of rice since 2012, and that "
                "the two governments would hold talks on a fisheries agreement in May.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "UN food agency halts deliveries after gunmen seize warehouses in Jonglei",
        [
            Probe(
                "JUBA, Aug 9 (Pellworth) - The UN's food agency suspended deliveries in two counties of Jonglei state "
                "on Friday after armed men seized three of its warehouses holding 900 tonnes of sorghum and cooking "
                "oil, the agency said.",
                "m",
                "d",
            ),
            Probe(
                "The gunmen, from a militia that fought beside the army in last year's offensive, loaded the sacks "
                "onto lorries and drove them north, a staff member in Bor said by telephone.",
                "m",
            ),
            Probe(
                "An internal review seen by Pellworth found that local commanders had charged convoys up to $400 a "
                "lorry at checkpoints, and that food marked with donors' flags had been sold in markets across the "
                "border in Ethiopia.",
                "m",
                "t",
            ),
            Probe(
                'The United States, the agency\'s largest donor in the country, said it was "deeply troubled" and '
                "would pause new funding, and its ambassador raised the seizures with South Sudan's foreign minister "
                "on Saturday.",
                "d",
            ),
            Probe(
                "South Sudan's information minister denied that forces allied to the government were involved and "
                'said the agency should "look at its own staff" before blaming others.',
                "d",
                "m",
            ),
            Probe(
                "In Akobo, where about 40,000 people who fled the fighting live in a camp beside the airstrip, "
                "families were already getting half rations before the suspension.",
                "",
                "md",
            ),
        ],
    ),
    (
        "Turkish instructors arrive to train Somali rapid-reaction force",
        [
            Probe(
                "MOGADISHU - Two hundred Turkish instructors arrived in Mogadishu this week to begin a six-month "
                "course for the first battalion of a new rapid-reaction force, Somalia's defence ministry said on "
                "Wednesday.",
                "m",
                "d",
            ),
            Probe(
                "The course, paid for under a defence cooperation agreement the two governments signed in 2024, will "
                "cover urban combat, bomb disposal and the use of armed drones, which Turkey has supplied since 2022.",
                "m",
                "d",
            ),
            Probe(
                "Washington ended its own programme for a special forces brigade last year after an audit found that "
                "rifles and ammunition it had supplied could not be accounted for.",
                "m",
                "d",
            ),
            Probe(
                "Diplomats in Nairobi say the trainers' arrival shows how Somalia's army has become a field of rivalry "
                "between Ankara, Abu Dhabi and Washington, each with its own units, camps and loyalties.",
                "md",
            ),
            Probe(
                "Officers trained abroad often return to units that go months without pay, and some desert to clan "
                "militias or to the jihadists, who pay better, a former army commander said.",
                "m",
            ),
            Probe(
                "Brindlecote Defence of Ankara won a contract this month to supply 120 armoured vehicles to the force, "
                "paid for by a Qatari grant, the company told the Istanbul stock exchange.",
                "tm",
                "d",
            ),
        ],
    ),
    (
        "Germany swaps 60 million euros of Kenyan debt for water projects",
        [
            Probe(
                "NAIROBI, June 3 (Pellworth) - Germany will cancel 60 million euros of Kenya's debt in return for "
                "Kenya spending half that sum on water and sanitation projects in arid counties, under a debt swap "
                "signed in Nairobi on Tuesday.",
                "t",
                "d",
            ),
            Probe(
                "The debt dates from concessional loans that Germany's state development bank made in the 1990s, and "
                "carries interest of less than 1%.",
                "t",
            ),
            Probe(
                "Swaps of this kind remain small: the finance ministry said Kenya owes about $4.8 billion to bilateral "
                "lenders other than China, and about $6 billion to China.",
                "t",
                "d",
            ),
            Probe(
                "Kenya's treasury secretary said at the signing that Nairobi would \"rather have bigger swaps with "
                'fewer strings", and urged other creditors to follow Germany.',
                "t",
                "d",
            ),
            Probe("Kenya's dollar bonds were little changed, and the shilling closed at 129.4 to the dollar.", "t"),
        ],
    ),
    (
        "Meals charity appeals for help after its biggest donor pulls out",
        [
            Probe(
                "A charity that delivers hot meals to elderly people in the villages around Harrowby has launched an "
                "emergency appeal after its largest donor, a building firm, withdrew its support.",
                "",
            ),
            Probe(
                "The Harrowby Meals Trust said it needed to raise £40,000 by March to keep its three vans on the road, "
                "and had already cut deliveries to two villages from five days a week to three.",
                "",
            ),
            Probe(
                'Its chair said the trust\'s aid to some 300 people was "the only hot food and the only visitor" many '
                "of them saw each day.",
                "",
            ),
            Probe(
                "The district council pledged £5,000 from its hardship fund and urged residents to give what they "
                "could.",
                "",
            ),
            Probe(
                "Volunteer drivers, some of whom have covered the same rounds for twenty years, will hold a sponsored "
                "walk on Saturday.",
                "",
            ),
        ],
    ),
    (
        "City doubles shopfront grants, but traders say the aid comes with too many strings",
        [
            Probe(
                "Brackenfold City Council will double the grants it gives small firms to repair shopfronts, to "
                "£10,000 each, after a third of the units on Market Street stood empty this winter.",
                "",
            ),
            Probe(
                "Firms that take the money must keep their premises open for three years and take on at least one "
                "apprentice, conditions the chamber of commerce said would put many of its members off.",
                "",
            ),
            Probe(
                '"It is aid with strings attached. A cafe with four staff cannot promise to be here in three years," '
                "said the owner of a bakery on the street.",
                "",
            ),
            Probe(
                "The council said the scheme would be paid for out of a £2 million regeneration fund from central "
                "government, which must be spent by March 2027.",
                "",
            ),
            Probe("Business rates on the street rose by 9% in April.", ""),
        ],
    ),
    (
        "Hill farmers drive tractors into town over cut to upland payments",
        [
            Probe(
                "Hill farmers drove about 200 tractors through the centre of Kendrith on Saturday in protest at a cut "
                "of a fifth in the payments the government makes to farms in the uplands.",
                "",
            ),
            Probe(
                'The environment secretary said the money would be "redirected, not removed", into schemes that pay '
                "farmers to plant hedges, restore peat bogs and leave fields for wildlife.",
                "",
            ),
            Probe(
                "The farmers' union said the payments made up most of the income of a typical hill farm, where lambs "
                "sell at the autumn auctions for less than they cost to rear.",
                "",
                "t",
            ),
            Probe(
                "Police said the convoy had passed off peacefully, though it held up traffic on the ring road for two "
                "hours.",
                "",
            ),
            Probe("The union will meet ministers in London next month.", ""),
        ],
    ),
    (
        "Gala raises £1.2m for hospital's cancer wing",
        [
            Probe(
                "A gala dinner at the Corn Exchange on Friday raised £1.2 million towards a new cancer wing at "
                "Wexcombe General Hospital, the hospital's charity said.",
                "",
            ),
            Probe(
                "The largest single pledge, £250,000, came from the family of a former patient, who asked for the "
                "wing's day room to be named after her.",
                "",
            ),
            Probe(
                "An auction of a week in a villa in Tuscany and a signed shirt from the town's football club raised a "
                "further £60,000.",
                "",
            ),
            Probe(
                "The wing will also train 40 specialist nurses a year, and the hospital's chief executive said donors "
                'had "closed the gap" left when a government grant was cut in half.',
                "",
            ),
            Probe("Building is due to start in the spring.", ""),
        ],
    ),
]

"""An eightieth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: what states owe each other along shared rivers, as
agency copy, the regional press, think-tank web analysis and the business desk tell them (the sixty-fourth batch took
rivers and dams, a dam's filling, mediated talks, a treaty suspended after an attack, a river island and a drought's
grain, and the seventy-seventh lakes, aquifers and canals, so this one takes the river's treaties, commissions and
courts and what crosses a border on the water). A dry-season sharing treaty up for renewal, border forces' fire near a
dam upstream whose water a treaty promises, a river commission that meets without the upstream state, a generator's
shares when drought cuts the power it sells across the border, a case at the world court over channels dug on one
bank with a third state offering to mediate, an oil spill carried downstream; with the look-alikes that carry none of
the three themes: a county's water-rights suit between growers and a city, a town's reservoir in a drought, two
canoe clubs' clean-up of a border river and a utility raising its bills.

Boundaries judged here: talks on renewing a sharing treaty, its terms, a downstream state's demand and a province's
stance diplomacy, farmers' plight in such a story nothing (diplomacy optional), power imported from a neighbour trade
(diplomacy optional); border forces' fire and armour moved to posts military, the dam a treaty promises water from,
the reply and a joint team diplomacy, townspeople leaving nothing (diplomacy optional), a crossing's trade halted for
a day trade (military and diplomacy optional); a commission's meeting, an upstream state's data and a rival forum
diplomacy (its loans optional trade), power sold abroad under contracts trade (diplomacy optional), fishers far from
the talks and an author's line nothing (diplomacy optional for the fishers); a generator's sales to a neighbour's
utility, a state's receipts from power exports and fuel bought on the spot market trade, analysts' target and rainfall
optional trade; a case at the world court, the application, the reply, a third state's offer and the court's pace
diplomacy, the river's sediment nothing (diplomacy optional), beef exports trade (diplomacy optional); a state asking
another for an account of a spill, a note, the reply, a commission and fears of the upstream draw diplomacy,
fishermen told not to sell nothing (trade and diplomacy optional), grain exports trade; every look-alike (growers
suing a city, a reservoir and a hosepipe ban, canoe clubs of two towns on a border river, a utility's bills, its
owners abroad and rivals' shares optional trade) nothing.
Blind, main's rules got 5 of these 58 paragraphs wrong, no label slip found (see KNOWN_MISSES in
test_theme_probes.py): trade missed for power a generator or a state's dams sell to a neighbour; trade given to an oil
spill and to a state's oil fields told as what draws on a river (whose paragraph misses diplomacy too); military
given, and diplomacy missed, for officials of a government named by the movement that rules it. Then 3: electricity
told as the noun a relative clause or a participle sells, and a state told as the owner of the buyer ("the electricity
it sells to Thailand's state utility"). Then 2: oil spilt or leaked as no trade (an oil field keeps its word); the
Taliban's officials as no armed group, so their reply loses its military but still misses diplomacy.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

EIGHTIETH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Bangladesh and India open talks on renewing Ganges water treaty",
        [
            Probe(
                "DHAKA, Jan 12 (Oxlade) - Water officials from Bangladesh and India began two days of talks in Dhaka "
                "on Monday on renewing the 30-year treaty that shares the dry-season flow of the Ganges, which "
                "expires in December.",
                "d",
            ),
            Probe(
                "Under the 1996 treaty, the flow at the Farakka barrage is divided in ten-day periods from January to "
                "May, with each side guaranteed at least 35,000 cubic feet per second in alternate periods when the "
                "river runs low.",
                "d",
            ),
            Probe(
                "Bangladeshi negotiators want a clause that would guarantee a minimum flow in the driest years, which "
                'the present text leaves to "immediate consultations" between the two governments.',
                "d",
            ),
            Probe(
                "Farmers in Kushtia say the Gorai, a branch of the river, now runs dry for four months a year, and "
                "that salt has crept into rice paddies nearer the coast.",
                "",
                "d",
            ),
            Probe(
                "The government of West Bengal, whose consent New Delhi needs in practice, has said it wants more "
                "water kept for the port of Kolkata, whose channel silts up when the flow falls.",
                "d",
            ),
            Probe(
                "The two countries' joint rivers commission, set up in 1972, last met at ministerial level in 2022, "
                "when it agreed a small sharing deal on the Kushiyara river.",
                "d",
            ),
            Probe(
                "Bangladesh also imports about 2,600 megawatts of electricity from India, including the output of a "
                "coal plant in Jharkhand built by a private Indian group to sell only to Bangladesh.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Iranian and Afghan forces trade fire near Helmand dam",
        [
            Probe(
                "ZARANJ - Iranian border guards and Taliban forces exchanged fire for two hours on Saturday near the "
                "border post of Milak, the second clash there this year, local officials on both sides said. One "
                "Afghan fighter was killed.",
                "m",
            ),
            Probe(
                "Iran says the Kamal Khan dam, finished in 2021 about 90 km upstream, holds back water that a 1973 "
                "treaty promises to Sistan, where the Hamoun wetlands have turned to dust.",
                "d",
            ),
            Probe(
                "Taliban officials say drought, not the dam, has cut the flow, and that Afghanistan has released all "
                "that the river carries.",
                "d",
            ),
            Probe(
                "Both sides moved armoured vehicles to their posts at Milak after the clash, a resident of the Iranian "
                "town of Zabol said by telephone.",
                "m",
            ),
            Probe(
                "Iran's foreign minister said he had raised the water with his Afghan counterpart in a call, and that "
                "a joint technical team would visit the dam next week to measure its release.",
                "d",
            ),
            Probe(
                "In Zabol, where dust storms close schools for weeks each summer, about a third of the people have "
                "left in the past decade, according to the provincial governor.",
                "",
                "d",
            ),
            Probe(
                "Trade through the Milak crossing, mostly Iranian fuel and cement going east, was halted for the day "
                "and resumed on Sunday morning.",
                "t",
                "md",
            ),
        ],
    ),
    (
        "Analysis: Can the Mekong's commission hold when the upstream state stays outside?",
        [
            Probe(
                "When the ministers of the Mekong River Commission meet in Vientiane this month, its four member "
                "states, Cambodia, Laos, Thailand and Vietnam, will again discuss a river whose dry-season flow is "
                "set largely by a country that does not sit at the table.",
                "d",
            ),
            Probe(
                "China, which has built eleven dams on the upper river it calls the Lancang, is a dialogue partner of "
                "the commission, and since 2020 has shared water-level data from two of its dams all year round "
                "rather than only in the flood season.",
                "d",
            ),
            Probe(
                "That concession came after a study paid for by the United States suggested that Chinese reservoirs "
                'had held back water during the 2019 drought, a finding Beijing called "politically motivated".',
                "d",
            ),
            Probe(
                "Beijing has since built a forum of its own, the Lancang-Mekong Cooperation, which offers loans and "
                "projects that the commission cannot match.",
                "d",
                "t",
            ),
            Probe(
                "Laos, meanwhile, has staked its economy on the river, with more than 90 dams built or planned, most "
                "of their power sold to Thailand under long-term contracts.",
                "t",
                "d",
            ),
            Probe(
                "Under the commission's 1995 agreement, a member that plans a dam on the main stream must notify the "
                "others and consult them for six months, but they cannot stop it.",
                "d",
            ),
            Probe(
                "For fishers on Cambodia's Tonle Sap lake, where the catch has fallen by almost 90% in some years, the "
                "talks in Vientiane are far away.",
                "",
                "d",
            ),
            Probe(
                "Hessa Lindqvist-Moraes is a senior fellow at the Oriel Basin Institute and writes on water and "
                "energy in South-East Asia.",
                "",
            ),
        ],
    ),
    (
        "Surin Khong Power falls as drought cuts Lao hydropower sales to Thailand",
        [
            Probe(
                "BANGKOK, April 3 - Shares of Surin Khong Power fell 4.1% on Thursday after the company said low water "
                "at its two dams in Laos would cut the electricity it sells to Thailand's state utility by about a "
                "quarter this year.",
                "t",
            ),
            Probe(
                "The company, which owns 60% of the dams with a Lao state firm, sold 3,400 gigawatt-hours to Thailand "
                "last year under 27-year contracts priced in baht.",
                "t",
            ),
            Probe(
                "Laos earns more from selling power abroad than from any other export, and its central bank counts on "
                "the receipts to pay debts owed to Chinese lenders.",
                "t",
                "d",
            ),
            Probe(
                "Analysts at Kestrel Mahanakorn Securities cut their price target to 14.20 baht from 16.00 and said "
                "the next dividend was at risk.",
                "",
                "t",
            ),
            Probe(
                "The chief executive told a call with analysts that rainfall in the catchment had been 38% below "
                "normal since November.",
                "",
                "t",
            ),
            Probe(
                "Thailand's energy ministry said it would buy more liquefied natural gas on the spot market to make up "
                "the shortfall.",
                "t",
            ),
        ],
    ),
    (
        "Paraguay takes Argentina to world court over Pilcomayo channels",
        [
            Probe(
                "THE HAGUE, Nov 18 (Oxlade) - Paraguay filed a case against Argentina at the International Court of "
                "Justice on Tuesday, accusing its neighbour of diverting the Pilcomayo river with channels dug on its "
                "side and leaving the Paraguayan Chaco without water.",
                "d",
            ),
            Probe(
                "In its application, Asuncion asks the court to order Argentina to stop work on two channels near the "
                "border and to restore the shares of the flow set in a plan the two agreed in 1993.",
                "d",
            ),
            Probe(
                "Argentina's foreign ministry said the works only cleared sediment that had blocked the river, and "
                'that it would "defend its position with serenity" before the court.',
                "d",
            ),
            Probe(
                "The Pilcomayo carries so much silt from the Andes that its bed fills and shifts, and in dry years the "
                "river has vanished into the marshes before reaching the border.",
                "",
                "d",
            ),
            Probe(
                "Ranchers in the Paraguayan Chaco lost some 20,000 head of cattle in the last drought, and beef is "
                "the country's second-biggest export after soybeans.",
                "t",
                "d",
            ),
            Probe(
                "Bolivia, where the river rises, said it was ready to mediate between its two neighbours and proposed "
                "a meeting of the three countries' commission for the basin in Tarija.",
                "d",
            ),
            Probe(
                "Cases between states at the court usually take four years or more to reach a judgment.",
                "d",
            ),
        ],
    ),
    (
        "Kazakhstan asks China to account for Irtysh oil spill",
        [
            Probe(
                "ASTANA, Aug 2 (Oxlade) - Kazakhstan asked China on Friday for a full account of an oil spill on the "
                "Irtysh river upstream of the border, after a slick crossed into Kazakh territory and reached fishing "
                "villages on Lake Zaysan.",
                "d",
            ),
            Probe(
                "The foreign ministry said it had handed a note to the Chinese ambassador and asked that Kazakh "
                "experts be allowed to visit the site of the leak, a fuel depot in Xinjiang's Altay prefecture.",
                "d",
            ),
            Probe(
                "A Chinese foreign ministry spokesman said the leak had been stopped within hours, that the amount "
                'was small and that Beijing had informed Astana "in line with our agreements".',
                "d",
            ),
            Probe(
                "The two countries signed an agreement on the quality of their cross-border rivers in 2011 and have a "
                "joint commission on the use of their shared waters, which meets once a year.",
                "d",
            ),
            Probe(
                "Fishermen on Lake Zaysan said they had been told not to sell their catch until tests came back, and "
                "that buyers from Ust-Kamenogorsk had stopped coming.",
                "",
                "td",
            ),
            Probe(
                "Kazakhstan has long feared China's growing draw on the Irtysh for its farms and oil fields in "
                "Xinjiang, since the river feeds the canal that carries water to Karaganda and the capital.",
                "d",
            ),
            Probe(
                "Kazakh grain exports to China rose to a record 2.5 million tonnes last year, much of it carried by "
                "rail through the Khorgos crossing.",
                "t",
            ),
        ],
    ),
    (
        "Growers sue Cedar Fork over wells along the Lost Ember River",
        [
            Probe(
                "Alfalfa and onion growers in Ferrenby County sued the city of Cedar Fork on Monday, saying its new "
                "wells along the Lost Ember River are drawing down water they have held rights to since the 1890s.",
                "",
            ),
            Probe(
                "The suit, filed in county district court, asks a judge to halt the pumping until the state engineer "
                "rules on the city's permit.",
                "",
            ),
            Probe(
                "The city's water director said its rights were senior to most of the growers' and that the wells "
                "were needed for 9,000 homes being built on its east side.",
                "",
            ),
            Probe(
                '"We\'re not against growth," said Ruth Ambrose-Dell, whose family farms 600 acres downstream. '
                '"We\'re against it drinking our river."',
                "",
            ),
        ],
    ),
    (
        "Dunmerrow reservoir at 28% as hosepipe ban begins",
        [
            Probe(
                "Dunmerrow's reservoir fell to 28% of its capacity this week, its lowest in August since records "
                "began in 1976, and the water company has banned hosepipes across the district from Friday.",
                "",
            ),
            Probe(
                "Gardeners who break the ban face fines of up to 1,000 pounds, though the company said it had never "
                "yet taken anyone to court.",
                "",
            ),
            Probe(
                "The parish council has asked the company to bring forward a pipeline from the neighbouring county, "
                "which was put off in 2019 over its cost.",
                "",
            ),
            Probe(
                "Anglers say the falling water has stranded fish in pools below the dam; volunteers moved some 400 "
                "roach and perch to the river on Sunday.",
                "",
            ),
        ],
    ),
    (
        "German and Polish paddlers pull 3 tonnes of rubbish from the Oder",
        [
            Probe(
                "Paddlers from canoe clubs in Frankfurt an der Oder and in Slubice, on the Polish bank, pulled 3.2 "
                "tonnes of rubbish from the Oder on Saturday in their twelfth joint clean-up of the border river.",
                "",
            ),
            Probe(
                "Among the finds were 41 tyres, a shopping trolley, two bicycles and an empty safe, which police said "
                "had been stolen from a bakery in 2019.",
                "",
            ),
            Probe(
                "The clubs began the clean-ups after the fish die-off on the river in 2022, when hundreds of tonnes "
                "of dead fish were pulled from the water.",
                "",
            ),
            Probe(
                "Members said the paddle from the town bridge to the bend at Lebus took four hours because the water "
                "was so low.",
                "",
            ),
        ],
    ),
    (
        "Corran Valley Water to raise bills by 9.4%",
        [
            Probe(
                "Corran Valley Water will raise household bills by an average of 9.4% from April, the company said on "
                "Wednesday, after the regulator approved its five-year plan to replace ageing mains and cut sewage "
                "spills.",
                "",
                "t",
            ),
            Probe(
                "The average yearly bill will rise to 512 pounds, and the company said it would extend its discount "
                "scheme to 120,000 households on low incomes.",
                "",
            ),
            Probe(
                "The company, owned by a group of Canadian and Australian pension funds, paid no dividend last year.",
                "",
                "t",
            ),
            Probe(
                "Shares in its listed rivals rose between 1% and 2% on the news.",
                "",
                "t",
            ),
        ],
    ),
]

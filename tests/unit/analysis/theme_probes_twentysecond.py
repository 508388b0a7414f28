"""A twenty-second batch of fictional newswire and world-news articles for probing the themes (see theme_probes.py for
the format), written and labelled by the guidelines before any run against the rules, with short wire paragraphs that
carry their theme only through the article's subject: a ceasefire watched by observers, a prisoner swap, a naval port
call, a border demarcation commission, a visa row, an arms-control inspection, a peacekeeping mandate, a militia's
ambush in a mining region, a tariff retaliation list, a sovereign-debt restructuring with foreign creditors, an
embassy attack, a disputed election watched by a regional bloc; and stories that get no theme (a court ruling on a
local matter, a festival, a football transfer, a heatwave, a phone launch, a local crime).
Blind, main's rules got 28 of these 90 paragraphs wrong (military missed in 12, diplomacy in 15, trade in 4; no
theme given where none belongs: the six stories that get none got none). After this round's mends (the toll of an
attack in its stock phrases, "No one was hurt", "three people are missing", as an effect of war; an inspection as an
event of diplomacy told on by its team; "the list" of goods to be hit as a measure told on; "heavy guns" as arms), 21.
See KNOWN_MISSES in test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TWENTYSECOND_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Observers Report Calm On First Day Of Truce In Eastern Valley",
        [
            Probe(
                "KARVAN, March 3 (Wirenews) - A truce between government forces and separatist fighters in the "
                "Selva valley held through its first day on Monday, international observers said.",
                "m",
                "d",
            ),
            Probe(
                "The monitors, sent by a regional security organisation, drove along the 60-km line of contact in "
                "white armoured vehicles and recorded two violations, both small-arms fire near the village of Orly.",
                "m",
                "d",
            ),
            Probe("No one was hurt, the mission said.", "m"),
            Probe(
                "Under the deal, both sides must pull heavy guns 15 km back from the line within a week.",
                "m",
            ),
            Probe(
                "Residents of Orly said it was the first night in months they had slept above ground.",
                "m",
            ),
            Probe(
                "The mission's chief said his 120 observers were too few to watch every road and asked member "
                "states for 80 more.",
                "m",
                "d",
            ),
            Probe("The next round of talks is due in Vienna on March 20.", "d", "m"),
        ],
    ),
    (
        "Prisoners Walk Across Bridge In Swap Between Rival Capitals",
        [
            Probe(
                "NARVIK BRIDGE, Oct 11 (Wirenews) - Eleven prisoners walked across a river bridge in each direction "
                "on Saturday in the first exchange between the two countries since the war began.",
                "md",
            ),
            Probe(
                "Most were soldiers captured in the autumn fighting; two were civilians held on spying charges.",
                "m",
            ),
            Probe("The swap was brokered by the Emirates, whose envoy watched from the middle of the bridge.", "d"),
            Probe(
                "Families waiting on the far bank held up photographs of men still missing.",
                "m",
            ),
            Probe(
                '"We hope this is the first of many," the defence minister said as the buses drove away.',
                "m",
                "d",
            ),
            Probe("Both governments thanked the mediators in near-identical statements.", "d"),
        ],
    ),
    (
        "Indian Destroyer Docks In Mombasa On Four-Nation Tour",
        [
            Probe(
                "MOMBASA, June 5 (Wirenews) - An Indian navy destroyer arrived in Mombasa on Thursday for a "
                "four-day port call, the second stop on a tour of East African states.",
                "md",
            ),
            Probe(
                "Its crew of 300 will play football against Kenyan sailors and open the ship to schoolchildren.",
                "m",
                "d",
            ),
            Probe(
                "The captain laid a wreath at the war cemetery and met the commander of the Kenyan fleet.",
                "m",
                "d",
            ),
            Probe(
                "New Delhi has stepped up such visits as Chinese ships call more often at ports along the coast.",
                "md",
            ),
            Probe("The ship sails for Dar es Salaam on Monday.", "m", "d"),
        ],
    ),
    (
        "Commission Begins Marking Disputed Border With Concrete Pillars",
        [
            Probe(
                "OSH, Aug 19 (Wirenews) - A joint commission of Kyrgyz and Tajik surveyors began placing concrete "
                "pillars along a disputed stretch of their border on Tuesday.",
                "d",
            ),
            Probe(
                "The 40-km section runs through pastures where villagers from both sides have clashed over water "
                "and grazing rights.",
                "d",
                "m",
            ),
            Probe(
                "The commission has met 14 times since the two presidents agreed a map in January.",
                "d",
            ),
            Probe("Each pillar is numbered and its position recorded by satellite.", "d"),
            Probe(
                "Some herders said they had not been told which side of the line their houses would fall on.",
                "d",
            ),
            Probe(
                "Border guards of the two states fought a four-day battle in the area three years ago in which more "
                "than 80 people were killed.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Visa Row Escalates As Capital Stops Issuing Permits To Neighbour's Citizens",
        [
            Probe(
                "VILNA, Feb 2 (Wirenews) - Lorvania stopped issuing work visas to citizens of neighbouring Estria on "
                "Sunday, a day after Estria doubled the fee it charges Lorvanian truck drivers.",
                "d",
                "t",
            ),
            Probe(
                "The interior ministry said the suspension was temporary and would be lifted once the fee was "
                "withdrawn.",
                "d",
            ),
            Probe(
                "About 40,000 Estrians work in Lorvania, most of them on building sites and farms.",
                "",
                "dt",
            ),
            Probe(
                "Estria's foreign ministry called the step discriminatory and said it would raise it with the "
                "European Commission.",
                "d",
            ),
            Probe("Long queues formed outside the consulate in Tarvik on Monday.", "d"),
            Probe(
                "It is the third such dispute between the two governments in as many years.",
                "d",
            ),
        ],
    ),
    (
        "Inspectors Count Missiles At Base Under Arms Treaty",
        [
            Probe(
                "GENEVA, Nov 14 (Wirenews) - A team of 10 inspectors arrived at a missile base in the Urals on "
                "Friday to count launchers under the arms-control treaty, the first inspection in four years.",
                "md",
            ),
            Probe(
                "The team will have 24 hours to check that the number of warheads matches the figure declared in "
                "September.",
                "md",
            ),
            Probe("Hosts may not refuse access to any building named in the request.", "md"),
            Probe(
                "Inspections were suspended during the pandemic and resumed only after a year of talks.",
                "md",
            ),
            Probe(
                "A reciprocal visit to a base in Montana is planned for January, a State Department official said.",
                "md",
            ),
        ],
    ),
    (
        "Security Council Extends South Sudan Mission, Trims Troop Ceiling",
        [
            Probe(
                "UNITED NATIONS, March 14 (Wirenews) - The Security Council voted on Thursday to extend the "
                "peacekeeping mission in South Sudan for a year while cutting the number of troops it may deploy.",
                "md",
            ),
            Probe("The vote was 13 in favour, with two abstentions.", "d"),
            Probe(
                "The resolution lowers the ceiling to 15,000 soldiers and 2,000 police and tells the mission to "
                "protect civilians in camps around Malakal.",
                "md",
            ),
            Probe(
                "China and Russia abstained, saying the text did too little to respect the host government's wishes.",
                "d",
            ),
            Probe("Juba had asked for a smaller force and a timetable for withdrawal.", "dm"),
        ],
    ),
    (
        "Militia Ambushes Mine Convoy, Killing Nine",
        [
            Probe(
                "BUNIA, July 22 (Wirenews) - Militia fighters ambushed a convoy of trucks carrying gold ore in "
                "Ituri province on Monday, killing nine people, local officials said.",
                "m",
            ),
            Probe(
                "The attackers fired on the lead truck from the forest and set two others on fire.",
                "m",
            ),
            Probe("Four guards and five drivers died; three people are missing.", "m"),
            Probe(
                "The mine, run by a local cooperative, sells most of its output to traders from Uganda.",
                "",
                "t",
            ),
            Probe("The army said it had sent reinforcements to the area.", "m"),
            Probe(
                "It was the third such attack on the road this year, and the cooperative said it would halt "
                "shipments until the route was safe.",
                "m",
            ),
        ],
    ),
    (
        "Ottawa Publishes Retaliation List Of US Goods",
        [
            Probe(
                "OTTAWA, April 2 (Wirenews) - Canada published a list of American goods worth 12 billion dollars on "
                "Wednesday that will face a 25 percent duty from May 1 unless Washington drops its steel tariffs.",
                "td",
            ),
            Probe(
                "The list includes orange juice, bourbon, motorcycles and household appliances.",
                "t",
            ),
            Probe(
                "Items were chosen to hit states whose senators sit on key committees, a government source said.",
                "t",
                "d",
            ),
            Probe(
                "Businesses have 30 days to comment before the list is final.",
                "t",
            ),
            Probe(
                "The finance minister said Canada preferred a negotiated solution and that her officials were in "
                "daily contact with the US Trade Representative.",
                "td",
            ),
        ],
    ),
    (
        "Zambia Reaches Deal With Bondholders After Long Talks",
        [
            Probe(
                "LUSAKA, June 18 (Wirenews) - Zambia reached a deal with holders of its foreign bonds on Tuesday to "
                "restructure 3 billion dollars of debt, the finance ministry said.",
                "t",
            ),
            Probe(
                "Creditors will accept a cut of about 18 percent in the face value of their bonds.",
                "t",
            ),
            Probe(
                "The deal follows one reached last year with governments led by China and France.",
                "td",
            ),
            Probe(
                "The country defaulted in 2020, the first in Africa to do so during the pandemic.",
                "t",
            ),
            Probe(
                "The IMF said the agreement was in line with its programme and would release the next payment of its "
                "loan.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Crowd Storms Embassy Compound, Sets Fire To Visa Section",
        [
            Probe(
                "KHARTA, Sept 9 (Wirenews) - A crowd stormed the compound of the Norwegian embassy on Sunday and set "
                "fire to the visa section after a rally against a Koran burning in Oslo, police said.",
                "d",
                "m",
            ),
            Probe(
                "Staff had been moved to a safe room and no diplomat was hurt, the foreign ministry in Oslo said.",
                "d",
            ),
            Probe(
                "Oslo summoned the chargé d'affaires and demanded that the host government protect its missions.",
                "d",
            ),
            Probe(
                "Security forces fired tear gas to clear the street, and a guard was killed by a stone.",
                "",
                "md",
            ),
            Probe("The embassy will stay closed until further notice.", "d"),
        ],
    ),
    (
        "Regional Bloc's Observers Question Vote Count In Disputed Poll",
        [
            Probe(
                "KASSALA, Jan 28 (Wirenews) - Observers from the West African bloc ECOWAS said on Tuesday that "
                "results from a third of polling stations in Sunday's presidential election could not be checked.",
                "d",
            ),
            Probe(
                "The mission's head, a former Ghanaian president, said ballots in some districts had been counted "
                "behind closed doors.",
                "d",
            ),
            Probe(
                "The electoral commission declared the incumbent the winner with 54 percent.",
                "",
                "d",
            ),
            Probe("The opposition has called for a recount and protests on Friday.", "", "d"),
            Probe(
                "The bloc said it would send a delegation of foreign ministers to the capital this week.",
                "d",
            ),
        ],
    ),
    (
        "Court Orders Council To Reopen Riverside Footpath",
        [
            Probe(
                "A High Court judge ordered the county council on Tuesday to reopen a riverside footpath it closed "
                "two years ago after a landslip.",
                "",
            ),
            Probe("Walkers had argued that the path was a public right of way.", ""),
            Probe("The council said it would not appeal but needed six months for repairs.", ""),
            Probe("The ruling is expected to cost the council about 400,000 pounds.", ""),
        ],
    ),
    (
        "Jazz Festival Draws Record Crowds To Old Harbour",
        [
            Probe(
                "More than 90,000 people attended the city's jazz festival over the weekend, organisers said, a "
                "record in its 30-year history.",
                "",
            ),
            Probe("Bands from eleven countries played on four stages along the old harbour.", ""),
            Probe("Hotels were full and restaurants stayed open past midnight.", ""),
            Probe("Next year's festival will add a stage for young performers.", ""),
        ],
    ),
    (
        "Striker Joins Rivals In Record Transfer",
        [
            Probe(
                "Striker Tomas Ribeiro joined rivals Atletico Norte on Friday for a club-record fee of 60 million "
                "euros.",
                "",
            ),
            Probe("The 24-year-old signed a five-year contract after passing a medical.", ""),
            Probe('"This club has always been my dream," Ribeiro said.', ""),
            Probe("His former club will use the money to rebuild its defence, the coach said.", ""),
        ],
    ),
    (
        "Heatwave Pushes Temperatures Past 44C",
        [
            Probe(
                "Temperatures passed 44C in the south on Wednesday as a heatwave entered its second week, the "
                "weather service said.",
                "",
            ),
            Probe("Hospitals reported a rise in cases of heatstroke among the elderly.", ""),
            Probe("Forest fires burned near two villages, and firefighters were sent from the north.", ""),
            Probe("The heat is expected to ease at the weekend.", ""),
        ],
    ),
    (
        "Phone Maker Unveils Folding Handset",
        [
            Probe(
                "Phone maker Lumio unveiled a folding handset on Tuesday that it says will last a full day on one "
                "charge.",
                "",
            ),
            Probe("The phone goes on sale next month at 1,299 dollars.", ""),
            Probe("Analysts said the price would limit sales to early adopters.", ""),
            Probe("Lumio's shares rose 3 percent after the launch.", ""),
        ],
    ),
    (
        "Two Arrested After Jewellery Shop Raid",
        [
            Probe(
                "Police arrested two men on Saturday after a jewellery shop in the town centre was raided by robbers "
                "armed with hammers.",
                "",
            ),
            Probe("The robbers smashed display cases and fled on a motorbike.", ""),
            Probe("No one was injured, police said.", ""),
            Probe("The men will appear in court on Monday.", ""),
        ],
    ),
]

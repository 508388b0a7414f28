"""A tenth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for the
format), written and labelled by the guidelines after the ninth batch's mends and run blind once against main's
rules: export controls, a dual national sentenced, peacekeepers under fire, a helicopter purchase, a border clash, a
UN vote, a summit called off, a port row between neighbours, a cyber attack blamed on a state; and look-alikes with
no theme (a cup semi-final, a storm). Blind, main's rules got 13 of the 63 paragraphs wrong (diplomacy missed in the
consular story and the cyber attack, false on peacekeepers' home states and UN figures); after this batch's mends, 2
(see KNOWN_MISSES in test_theme_probes.py). All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "US Adds 14 Firms To Export Blacklist Over Chips For Russia",
        [
            Probe(
                "The US Commerce Department on Tuesday added 14 companies in the United Arab Emirates and Malaysia to "
                "its export blacklist, accusing them of diverting advanced chips to Russia's arms makers.",
                "t",
                "md",
            ),
            Probe(
                "The listed firms will need a licence for any purchase of American technology, and licences will be "
                "presumed denied, the department said in a notice.",
                "t",
            ),
            Probe(
                "Officials said the chips had turned up in drones and guided missiles recovered by Ukrainian forces on "
                "the battlefield.",
                "m",
                "t",
            ),
            Probe(
                "Malaysia's trade ministry said it had not been consulted and would seek clarification from Washington "
                "through its embassy.",
                "dt",
            ),
            Probe("The UAE did not respond to a request for comment.", "", "d"),
            Probe(
                "Shares of Kestrel Semiconductor, which sold chips to two of the listed firms, fell 6 percent in New "
                "York trading.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Canadian Teacher Sentenced To Six Years In Iran",
        [
            Probe(
                "A court in Tehran has sentenced a Canadian-Iranian teacher to six years in prison on charges of "
                "collaborating with a hostile state, her family said on Monday.",
                "d",
            ),
            Probe(
                "Mina Farahani, 52, was arrested at Tehran airport in February as she prepared to fly home to Toronto "
                "after visiting her mother.",
                "d",
            ),
            Probe(
                "Canada's foreign minister called the verdict arbitrary and said Ottawa would keep pressing for "
                "consular access, which Tehran does not grant to dual nationals.",
                "d",
            ),
            Probe(
                "Iran's judiciary spokesman told reporters the trial had been fair and that foreign governments had no "
                "standing in the case.",
                "d",
            ),
            Probe(
                "Her husband said he had not been allowed to speak to her since the summer and feared for her health.",
                "",
                "d",
            ),
            Probe(
                "Rights groups say at least a dozen dual and foreign nationals are held in Iran, many of them used as "
                "bargaining chips in disputes with the West.",
                "d",
            ),
        ],
    ),
    (
        "UN Peacekeepers Come Under Fire In Eastern Congo",
        [
            Probe(
                "Two peacekeepers were killed and four wounded when their patrol came under fire near the town of "
                "Rusamba in eastern Congo on Sunday, the United Nations mission said.",
                "m",
                "d",
            ),
            Probe(
                "The soldiers, from Uruguay and Nepal, were escorting a supply convoy when gunmen opened fire from the "
                "hills, a mission spokeswoman said.",
                "m",
            ),
            Probe(
                "The UN Secretary-General condemned the attack and called on Kinshasa to bring those responsible to "
                "justice.",
                "d",
                "m",
            ),
            Probe(
                "The Security Council is due to vote next month on renewing the mission's mandate, which several "
                "members want to shrink as troops begin to withdraw.",
                "dm",
            ),
            Probe(
                "Residents of Rusamba said the armed group had been stealing cattle and taxing traders on the main "
                "road for months.",
                "m",
            ),
            Probe("The mission has about 11,000 troops in the country, down from 16,000 two years ago.", "m"),
        ],
    ),
    (
        "Poland Signs Deal For 96 Attack Helicopters",
        [
            Probe(
                "Poland signed a $9 billion deal on Thursday to buy 96 attack helicopters from the United States, its "
                "largest defence purchase in a decade.",
                "m",
                "td",
            ),
            Probe(
                "Defence Minister Piotr Zalewski said the first machines would arrive in 2028 and that Polish pilots "
                "would begin training in Arizona next year.",
                "m",
            ),
            Probe(
                "The package includes missiles, spare parts and simulators, and must still be approved by the US "
                "Congress.",
                "m",
            ),
            Probe(
                "Part of the work will be done at a plant in Mielec, creating some 400 jobs, under an offset agreement "
                "with the manufacturer.",
                "",
                "tm",
            ),
            Probe(
                "Opposition lawmakers questioned the cost and said the tender had been rushed through without "
                "competition.",
                "",
                "m",
            ),
            Probe(
                "Warsaw has sharply raised military spending since Russia's invasion of Ukraine and now spends more "
                "than 4 percent of its economic output on defence.",
                "m",
            ),
        ],
    ),
    (
        "Soldiers Killed In Clash On Disputed Border",
        [
            Probe(
                "At least three soldiers were killed on Tuesday in an exchange of fire between Tajik and Kyrgyz border "
                "guards near a disputed water facility, officials in both countries said.",
                "m",
                "d",
            ),
            Probe(
                "Each side accused the other of opening fire first and of moving heavy weapons toward the frontier.",
                "m",
                "d",
            ),
            Probe(
                "The foreign ministers of the two countries spoke by phone late on Tuesday and agreed to pull back "
                "their forces, according to a statement from Bishkek.",
                "dm",
            ),
            Probe(
                "Villagers on the Kyrgyz side said they had spent the night in basements as mortar rounds fell on "
                "nearby fields.",
                "m",
            ),
            Probe(
                "About a third of the 970-km border has never been marked, and disputes over land and water have led "
                "to deadly fighting several times.",
                "m",
                "d",
            ),
            Probe("Russia, which has military bases in both countries, called for restraint.", "d", "m"),
        ],
    ),
    (
        "General Assembly Urges Myanmar Junta To Free Prisoners",
        [
            Probe(
                "The UN General Assembly on Friday adopted a resolution calling on Myanmar's military rulers to "
                "release political prisoners and allow aid into conflict areas, by 121 votes to 9 with 45 "
                "abstentions.",
                "d",
                "m",
            ),
            Probe("China and Russia voted against, saying the text interfered in the country's internal affairs.", "d"),
            Probe("India, Thailand and Bangladesh were among those that abstained.", "d"),
            Probe(
                "Resolutions of the assembly are not binding, but supporters said the size of the majority sent a "
                "clear message to the generals in Naypyidaw.",
                "d",
            ),
            Probe(
                "Fighting between the army and armed groups has displaced more than three million people since the "
                "coup, according to UN figures.",
                "m",
            ),
        ],
    ),
    (
        "Planned Summit Called Off As Leaders Trade Blame",
        [
            Probe(
                "A summit between the leaders of Serbia and Kosovo planned for next week in Brussels has been called "
                "off, European Union officials said on Wednesday.",
                "d",
            ),
            Probe(
                "EU envoy Marta Kellner said the two sides had failed to agree on an agenda and that she would keep "
                "talking to both.",
                "d",
            ),
            Probe(
                "Belgrade blamed Pristina for refusing to discuss the rights of ethnic Serbs, while Kosovo's prime "
                "minister said Serbia had never meant to come.",
                "d",
            ),
            Probe("It is the third time this year that a meeting has been cancelled at the last minute.", "d"),
            Probe(
                "Tensions have been high since police and armed men clashed at a monastery in the north last autumn, "
                "leaving four dead.",
                "m",
                "d",
            ),
            Probe("NATO keeps about 4,500 peacekeepers in Kosovo.", "m"),
        ],
    ),
    (
        "Turkey Accuses Greece Of Holding Up Cargo Ships",
        [
            Probe(
                "Turkey has accused Greek authorities of holding up Turkish-flagged cargo ships at the port of Piraeus "
                "with lengthy inspections, in the latest row between the two neighbours.",
                "dt",
            ),
            Probe(
                "Ankara's transport ministry said 11 vessels had been delayed by up to five days this month and that "
                "their owners had lost millions of dollars.",
                "t",
                "d",
            ),
            Probe(
                "Athens said the checks were routine and applied to ships of every flag, and that it would not take "
                "lessons from Ankara.",
                "d",
                "t",
            ),
            Probe(
                "Turkey summoned the Greek ambassador on Monday and warned it could retaliate with checks on Greek "
                "ships at Turkish ports.",
                "d",
                "t",
            ),
            Probe(
                "Shipping agents in Piraeus said the delays had pushed some lines to move their cargo to ports in "
                "Italy.",
                "t",
            ),
            Probe("Trade between the two countries reached $6 billion last year.", "t"),
        ],
    ),
    (
        "Britain Blames Russian Military Intelligence For Hospital Cyber Attack",
        [
            Probe(
                "Britain on Thursday blamed Russian military intelligence for a cyber attack that crippled computer "
                "systems at hospitals in northern England last month.",
                "d",
                "m",
            ),
            Probe(
                "The Foreign Office said the attack was carried out by a unit of the GRU and summoned the Russian "
                "ambassador to explain.",
                "d",
                "m",
            ),
            Probe("Moscow denied any involvement and called the accusation baseless Russophobia.", "d"),
            Probe(
                "Surgeries were cancelled and ambulances diverted for nearly a week while staff worked with pen and "
                "paper, health officials said.",
                "",
                "m",
            ),
            Probe("Britain and its allies imposed sanctions on three officers named in the investigation.", "td"),
            Probe(
                "The hospitals' IT supplier, Medora Systems, said it had since replaced its servers and trained staff."
            ),
        ],
    ),
    (
        "Late Goal Sends Rovers Into Cup Final",
        [
            Probe(
                "A stoppage-time header from defender Liam Casey sent Rovers into the cup final on Saturday after a "
                "2-1 win over city rivals Albion."
            ),
            Probe(
                "Albion had led through an early penalty and defended deep for most of the second half, with their "
                "captain marshalling the back line."
            ),
            Probe(
                "Rovers' manager said his players had shown the fighting spirit of a side that refused to be beaten."
            ),
            Probe(
                "The final will be played in Cardiff on May 20 against the winners of Sunday's tie between United and "
                "Town."
            ),
            Probe(
                "Ticket prices for the final have risen by a fifth, and supporters' groups said they would protest "
                "outside the ground."
            ),
        ],
    ),
    (
        "Storm Brings Flooding To Coastal Towns",
        [
            Probe(
                "Heavy rain and winds of up to 120 km per hour battered the southern coast overnight, flooding "
                "hundreds of homes and cutting power to 40,000 households."
            ),
            Probe(
                "Soldiers were deployed to help evacuate residents from two villages near the river, the interior "
                "ministry said.",
                "",
                "m",
            ),
            Probe(
                "Forecasters warned that a second storm could hit the region on Thursday and urged people to avoid "
                "travel."
            ),
            Probe(
                "Farmers said the flooding had destroyed much of the winter wheat crop, and insurers expect claims to "
                "run into the hundreds of millions.",
                "",
                "t",
            ),
            Probe(
                "Ferries between the mainland and the islands were cancelled, and the port of Kaland was closed to "
                "shipping."
            ),
        ],
    ),
]

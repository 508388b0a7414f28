"""A forty-sixth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: technology, cyber and space in world affairs, in the
manner of agency copy, the tech-policy press and web analysis. Export controls on advanced chips and a rare-earth
licence regime in retaliation, a state-backed hacking campaign attributed by two governments and an ambassador
summoned, a satellite launch a neighbour calls a missile test, an undersea cable cut near a disputed sea and the navy
sent, a data-localisation rule a trade partner takes to the WTO, a foreign app banned for security reasons. With
look-alikes that get no theme: a ransomware gang hitting a hospital, a start-up's funding round, a phone maker's
launch event, a "cyber war" between two gaming firms, a space tourism flight, a chip plant's jobs fair.

Boundaries judged here: export controls and a rival's licences on minerals are trade, and the quarrel between the two
capitals told in them is diplomacy where it is told (a ministry's protest, a summons); hacking attributed to a state's
intelligence service is relations between states (diplomacy) and military only when an armed service runs it; a
rocket a neighbour calls a missile test is military, the neighbour's protest diplomacy; a cable cut is trade (data
and payments between markets) where its traffic is told, the navy sent military; a company's own funding, products,
jobs and crimes against it get no theme.
Blind, main's rules got 12 of these 61 paragraphs wrong (trade missed 4 times, diplomacy twice, military once; trade
given twice, diplomacy three times, military once). Three were label slips, relabelled: sanctions on a company said to
front for the hackers are trade with diplomacy optional, NATO's patrol mission is the alliance as an armed force
(diplomacy optional, and trade optional for the pipeline damaged beside the cables), and Washington saying a partner
breaks its commitments is trade with diplomacy optional, as the minister's answer and the consultations are. 9 were
left; after this batch's mends (a war between businesses as no war, a people's investment in another state's firms as
trade, surveillance flights as military, "coordinate" as a word of diplomacy), 5 (see KNOWN_MISSES in
test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FORTYSIXTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "U.S. Tightens Curbs On AI Chip Sales; China Answers With Rare-Earth Licences",
        [
            Probe(
                "WASHINGTON, Oct 14 (Wirenews) - The United States on Tuesday barred sales of advanced artificial "
                "intelligence chips and the tools used to make them to 140 more Chinese companies, widening export "
                "controls it says keep cutting-edge technology from China's military.",
                "t",
                "dm",
            ),
            Probe(
                "The Commerce Department's new rules also cap the computing power of chips that can be shipped to "
                "about 40 other countries without a licence, in an effort to stop them being routed to China "
                "through third states.",
                "t",
            ),
            Probe(
                "Shares of Nvara Semiconductor fell 4 percent in after-hours trading; the company said China had "
                "accounted for about 13 percent of its revenue last year.",
                "t",
            ),
            Probe(
                "Within hours, Beijing's commerce ministry said exports of gallium, germanium and five rare-earth "
                "metals used in magnets would need a licence from December 1, and that applications from buyers "
                "with links to foreign defence firms would be refused.",
                "t",
                "dm",
            ),
            Probe(
                "China produces about 90 percent of the world's processed rare earths, which go into electric car "
                "motors, wind turbines and guided missiles.",
                "t",
                "m",
            ),
            Probe(
                'A foreign ministry spokesman in Beijing, Lin Hao, called the American rules "naked economic '
                'bullying" and said China had lodged stern representations with the U.S. embassy.',
                "dt",
            ),
            Probe(
                "Japan and the Netherlands, whose firms make most of the remaining chipmaking machines, have been "
                "asked to match the curbs, a senior U.S. official told reporters on condition of anonymity.",
                "td",
            ),
            Probe(
                "Car makers in Europe said they had enough magnets for about three months and were asking "
                "suppliers in Vietnam and Australia to speed up new mines.",
                "t",
            ),
            Probe(
                "Analysts at Harbourline Research said the two measures could cut trade in the affected goods by "
                "as much as $30 billion a year.",
                "t",
            ),
        ],
    ),
    (
        "Britain And Germany Blame Beijing-Backed Hackers For Parliament Breach",
        [
            Probe(
                "LONDON - Britain and Germany on Thursday publicly blamed a hacking group working for China's "
                "Ministry of State Security for a two-year campaign that stole emails from both parliaments and "
                "from the electoral commissions of the two countries.",
                "d",
                "m",
            ),
            Probe(
                "The group, which security firms call Jade Lantern, got in through flaws in email servers and "
                "routers and copied the mailboxes of at least 40 lawmakers, Britain's National Cyber Security "
                "Centre said.",
                "",
                "dm",
            ),
            Probe(
                "The Foreign Office summoned the Chinese ambassador, Zheng Rui, to explain what a minister called "
                "a pattern of hostile activity, and Berlin's foreign ministry did the same with the chargé "
                "d'affaires.",
                "d",
            ),
            Probe(
                "The Treasury also put sanctions on a Wuhan-based technology company it said was a front for the "
                "group, freezing any assets it holds in Britain.",
                "t",
                "d",
            ),
            Probe(
                'China\'s embassy in London called the accusations "completely fabricated" and said China was '
                "itself the biggest victim of hacking in the world.",
                "d",
            ),
            Probe(
                "The attribution was coordinated with the United States, Canada, Australia and New Zealand, which "
                "issued a joint technical advisory listing the group's tools.",
                "d",
            ),
            Probe(
                "Officials said there was no sign that votes had been changed, but that the voter rolls of 40 "
                "million people had been read.",
                "",
                "d",
            ),
            Probe(
                "In a separate case, Northfield General Hospital in Leeds said it had cancelled operations for a "
                "second day after a ransomware gang encrypted its patient records and demanded $4 million.",
                "",
            ),
            Probe(
                "Police said the gang, which posts stolen data on a leak site, was a criminal group and had no "
                "link to any state.",
                "",
            ),
        ],
    ),
    (
        "North Korea Says It Put Spy Satellite In Orbit; Seoul Calls It Missile Test",
        [
            Probe(
                "SEOUL, Nov 22 (Wirenews) - North Korea said on Wednesday it had put a military reconnaissance "
                "satellite into orbit with a new rocket, a launch South Korea and Japan said used banned "
                "ballistic missile technology.",
                "m",
                "d",
            ),
            Probe(
                "The rocket lifted off from the Sohae launch site at 10:42 p.m. and flew south over the Yellow "
                "Sea, South Korea's Joint Chiefs of Staff said, and Japan briefly told residents of Okinawa to "
                "take shelter.",
                "m",
            ),
            Probe(
                "State media showed leader Kim Jong Un watching the launch and said the satellite would begin "
                "sending images of American bases in the Pacific within days.",
                "m",
            ),
            Probe(
                "Seoul said it would suspend part of a 2018 agreement with Pyongyang meant to reduce tension "
                "along the border and resume surveillance flights near the line.",
                "md",
            ),
            Probe(
                "The United Nations Security Council has banned North Korea from any launch using ballistic "
                "missile technology, saying a rocket that can put a satellite in orbit can also carry a warhead.",
                "md",
            ),
            Probe(
                "Washington, Seoul and Tokyo condemned the launch in a joint statement and said they would share "
                "missile warning data in real time from next month.",
                "dm",
            ),
            Probe(
                "Experts said it was not yet clear whether the satellite was working, and that two earlier "
                "attempts this year had ended with the rocket falling into the sea.",
                "m",
            ),
            Probe(
                "Elsewhere in the region, a Japanese start-up flew four paying passengers to the edge of space "
                "and back on Saturday, the first tourism flight from its spaceport in Hokkaido.",
                "",
            ),
        ],
    ),
    (
        "Baltic-Style Cable Cut Near Disputed Waters; Taipei Sends Coast Guard And Navy",
        [
            Probe(
                "TAIPEI - Both undersea internet cables linking Taiwan's Matsu islands to the main island were cut "
                "on Sunday, leaving 14,000 residents with slow satellite links, the telecoms regulator said.",
                "",
                "tm",
            ),
            Probe(
                "The coast guard said a Chinese-crewed cargo ship registered in Togo had been seen dragging its "
                "anchor over the cables and had ignored orders to stop before sailing into Chinese waters.",
                "",
                "md",
            ),
            Probe(
                "The navy sent two frigates and a minesweeper to the area, and the defence ministry said it would "
                "treat any further damage to the island's cables as a possible act of sabotage.",
                "m",
            ),
            Probe(
                "Taiwan's foreign ministry said it had asked Togo to investigate the ship and shared its findings "
                "with the United States and Japan.",
                "d",
            ),
            Probe(
                "Beijing said it had no knowledge of the matter and accused Taipei of hyping an accident for "
                "political purposes.",
                "d",
            ),
            Probe(
                "About 99 percent of the world's data and trillions of dollars of bank payments a day travel "
                "through undersea cables, and repairs can take weeks because only a few ships can do them.",
                "t",
            ),
            Probe(
                "Chunghwa Telecom said a repair ship would not reach Matsu until late March, and that banks on "
                "the islands were moving card payments over microwave links in the meantime.",
                "",
                "t",
            ),
            Probe(
                "NATO launched a patrol mission in the Baltic Sea this year after several cables and a gas "
                "pipeline there were damaged by ships' anchors.",
                "m",
                "dt",
            ),
        ],
    ),
    (
        "U.S. Takes Indonesia's Data Rule To WTO As Talks Stall",
        [
            Probe(
                "GENEVA, March 4 (Wirenews) - The United States asked the World Trade Organization on Monday to "
                "rule on an Indonesian law that forces banks, cloud providers and online shops to keep their "
                "customers' data on servers inside the country.",
                "td",
            ),
            Probe(
                "Washington says the rule discriminates against foreign firms and breaks Indonesia's "
                "commitments on services, and that it will cost U.S. cloud companies about $2 billion a year.",
                "t",
                "d",
            ),
            Probe(
                "Jakarta's trade minister, Rina Sudarmo, said the law protected citizens' privacy and national "
                "security and was allowed under WTO exceptions.",
                "t",
                "d",
            ),
            Probe(
                "The request opens 60 days of consultations; if they fail, Washington can ask for a panel of "
                "three trade experts to hear the case.",
                "t",
                "d",
            ),
            Probe(
                "The two countries had been negotiating a digital trade agreement since 2022, but talks stalled "
                "last autumn over the data rule and a tax on streaming services.",
                "td",
            ),
            Probe(
                "The European Union and Japan said they would join the consultations as third parties.",
                "t",
                "d",
            ),
            Probe(
                "Indonesia's own cloud providers have added 14 data centres near Jakarta since the rule was "
                "announced, an industry group said.",
                "",
                "t",
            ),
        ],
    ),
    (
        "India Bans Chinese Video App Citing Security; Beijing Protests",
        [
            Probe(
                "NEW DELHI - India on Friday banned the Chinese-owned short-video app ClipWave and 23 other apps, "
                "saying they sent users' data to servers abroad in a way that threatened the country's "
                "sovereignty and defence.",
                "t",
                "dm",
            ),
            Probe(
                "The information technology ministry said app stores had 48 hours to remove the apps, which had "
                "about 180 million users in India.",
                "",
                "t",
            ),
            Probe(
                "The ban came a week after soldiers of the two countries clashed with clubs and stones on the "
                "disputed Himalayan border, leaving three Indian soldiers injured.",
                "md",
            ),
            Probe(
                "China's commerce ministry said the ban hurt the legitimate rights of Chinese investors and broke "
                "the rules of fair trade, and urged India to reverse it.",
                "td",
            ),
            Probe(
                "ClipWave's Singapore-based parent said it complied with all Indian laws and had stored Indian "
                "users' data in India since 2021.",
                "",
                "t",
            ),
            Probe(
                "Creators who made a living on the app said they would move to local rivals, several of which "
                "have raised money from investors this year.",
                "",
            ),
            Probe(
                "Chinese investment in Indian technology firms has fallen by three-quarters since New Delhi began "
                "screening money from neighbouring countries in 2020.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Tech Week: Funding For Drone Start-Up, A Phone Launch And A Gaming 'Cyber War'",
        [
            Probe(
                "SAN FRANCISCO - Skylark Robotics, a start-up that makes delivery drones for hospitals, raised "
                "$85 million in a funding round led by Bayline Ventures, valuing it at $1.1 billion.",
                "",
            ),
            Probe(
                "The company said it would use the money to hire 200 engineers and open an office in Austin.",
                "",
            ),
            Probe(
                "In Seoul, Halo Mobile unveiled its new folding phone at a launch event with a concert, saying the "
                "model would go on sale in 30 countries next month at $1,299.",
                "",
                "t",
            ),
            Probe(
                "The phone uses a chip made in the company's own plant and a camera it says beats its rivals' in "
                "low light.",
                "",
            ),
            Probe(
                'The "cyber war" between game makers Pixelforge and Northstar Games escalated on Tuesday when '
                "Northstar sued its rival, saying it had copied the combat system of its best-selling shooter.",
                "",
            ),
            Probe(
                "Pixelforge said the suit was an attack on the whole industry and that it would fight it in court, "
                "while fans of both games traded insults online.",
                "",
            ),
            Probe(
                "Both companies' shares fell, and analysts said the battle could delay Pixelforge's next release "
                "by a year.",
                "",
            ),
        ],
    ),
    (
        "Chip Plant's Jobs Fair Draws Thousands In Arizona Town",
        [
            Probe(
                "CASA VERDE, Ariz. - More than 6,000 people lined up on Saturday for a jobs fair at the chip plant "
                "Tesseract Semiconductor is building outside this desert town, which hopes the factory will "
                "bring 3,000 jobs.",
                "",
            ),
            Probe(
                "Recruiters were hiring technicians, electricians and cleanroom workers, with starting pay of "
                "about $24 an hour.",
                "",
            ),
            Probe(
                "The mayor, Dolores Vega, said the town had opened a training centre at its community college and "
                "was building 800 homes for the new workers.",
                "",
            ),
            Probe(
                "The plant, due to open in 2027, is being built with $6 billion in federal grants meant to bring "
                "chipmaking back from Asia after shortages closed car factories during the pandemic.",
                "",
                "t",
            ),
            Probe(
                "Some residents worried that the plant would use too much of the town's scarce water.",
                "",
            ),
            Probe(
                "A veteran who had served two tours in Afghanistan said he hoped to find work as a security guard "
                "at the site.",
                "",
            ),
        ],
    ),
]

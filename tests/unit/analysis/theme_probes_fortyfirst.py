"""A forty-first batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: the English services of East and South Asian national
news agencies. Formulaic state diplomacy (talks held, views exchanged on issues of common concern, practical
cooperation deepened, a congratulatory message, a courtesy call), a missile launch told by a joint chiefs of staff,
drills around an island and a spokesperson's warning across a strait, monthly trade figures from customs, a port
city's opening-up and a railway of a belt-and-road kind, a ministry of commerce spokesperson at a regular briefing,
foreign fishing boats seized by a maritime security agency, a defence dialogue that sells missiles; and look-alikes
(a space agency's "mission", a "campaign" against littering and a by-election campaign, a book "trade fair", a
company's "strategic" plan, a courtesy call on a ruler by a state's new chief minister).

Boundaries judged here: a maritime security agency (a coast guard, not a navy) seizing foreign fishing boats is law
enforcement at sea, so military and diplomacy are optional there and in its story's local details, while the protest
conveyed to the boats' embassy is diplomacy; a navy's coordinated patrol with a neighbour's navy is military. A
spokesperson's words across a strait take diplomacy as optional (whether the two sides are states is the very
dispute) unless a third state is named. A domestic consumer-goods "trade-in" scheme is no exchange between states or
markets, so trade is optional there. Arms sold by one state to another are military with trade optional, and a
state's push to raise its defence exports is trade too.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FORTYFIRST_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Chinese FM holds talks with Fijian counterpart",
        [
            Probe(
                "BEIJING, March 14 (Xinhua) -- Chinese Foreign Minister Wang Lichen held talks with Fijian Foreign "
                "Minister Semi Vatuvei in Beijing on Thursday.",
                "d",
            ),
            Probe(
                "Wang said China and Fiji are good friends and good partners, and China is ready to work with Fiji to "
                "implement the important consensus reached by the two heads of state and push for new progress in "
                "their comprehensive strategic partnership.",
                "d",
            ),
            Probe(
                "The two sides agreed to deepen practical cooperation in such fields as trade, agriculture, "
                "fisheries, infrastructure and climate response under the framework of the Belt and Road Initiative.",
                "dt",
            ),
            Probe(
                "Vatuvei said Fiji firmly adheres to the one-China principle and thanked China for its assistance in "
                "building roads, bridges and a new wing of the national hospital in Suva.",
                "d",
                "t",
            ),
            Probe(
                "The two sides also exchanged views on international and regional issues of common concern, "
                "including the situation in the South Pacific and the reform of the United Nations.",
                "d",
            ),
            Probe(
                "After the talks, the two foreign ministers witnessed the signing of cooperation documents on "
                "economic and technical cooperation, visa facilitation and the export of Fijian kava to China.",
                "dt",
            ),
            Probe(
                "China is Fiji's largest trading partner in Asia, with bilateral trade reaching 580 million U.S. "
                "dollars last year, according to Chinese customs data.",
                "t",
            ),
            Probe(
                "Vatuvei arrived in Beijing on Tuesday for a five-day official visit at the invitation of Wang. He is "
                "scheduled to travel to Fujian Province and the port city of Xiamen.",
                "d",
            ),
            Probe(
                "On the same day, Wang sent a congratulatory message to Teburoro Aneta on his appointment as foreign "
                "minister of Kiribati.",
                "d",
            ),
        ],
    ),
    (
        "N. Korea fires ballistic missile toward East Sea: JCS",
        [
            Probe(
                "SEOUL, Oct. 8 (Yonhap) -- North Korea fired a short-range ballistic missile toward the East Sea on "
                "Wednesday morning, South Korea's Joint Chiefs of Staff (JCS) said.",
                "m",
            ),
            Probe(
                "The JCS said it detected the missile launched from the Sunan area of Pyongyang at around 7:42 a.m. "
                "and that it flew about 600 kilometers before splashing down.",
                "m",
            ),
            Probe(
                '"Our military is maintaining a full readiness posture while closely sharing information on the '
                'launch with the United States and Japan," the JCS said in a text message sent to reporters.',
                "m",
                "d",
            ),
            Probe(
                "The launch came two days after South Korea and the United States wrapped up their annual combined "
                "exercise, which the North has denounced as a rehearsal for invasion.",
                "m",
            ),
            Probe(
                "It was the North's first ballistic missile launch since June, when it fired what it claimed was a "
                "new hypersonic missile.",
                "m",
            ),
            Probe(
                "Japan's Defense Ministry said the missile appeared to have landed outside its exclusive economic "
                "zone and that no damage to ships or aircraft had been reported.",
                "m",
            ),
            Probe(
                "South Korea's top security officials convened an emergency meeting and condemned the launch as a "
                "clear violation of U.N. Security Council resolutions banning the North from any ballistic missile "
                "activity.",
                "md",
            ),
            Probe(
                "The nuclear envoys of South Korea, the United States and Japan held phone talks later in the day and "
                "agreed to closely coordinate their response, Seoul's foreign ministry said.",
                "dm",
            ),
            Probe(
                "Meanwhile, the Korea Aerospace Research Institute said its lunar orbiter had completed its third "
                "year of mission operations, sending back more than 2,000 images of the moon's surface.",
                "",
            ),
            Probe(
                "The state-run institute plans to launch a second lunar mission, a lander, in 2032 on a domestically "
                "built rocket.",
                "",
            ),
        ],
    ),
    (
        "Japan's exports rise for 5th straight month on chip equipment to China",
        [
            Probe(
                "TOKYO, Nov. 19 (Kyodo) -- Japan's exports rose 4.1 percent in October from a year earlier, the fifth "
                "consecutive month of growth, boosted by shipments of chipmaking equipment to China, government data "
                "showed Wednesday.",
                "t",
            ),
            Probe(
                "Imports fell 2.3 percent to 9.61 trillion yen on lower crude oil and liquefied natural gas prices, "
                "leaving a trade deficit of 461.2 billion yen, the Finance Ministry said in a preliminary report.",
                "t",
            ),
            Probe(
                "Exports to China, Japan's largest trading partner, climbed 9.8 percent, while those to the United "
                "States fell 3.1 percent as automobile shipments declined under higher U.S. tariffs.",
                "t",
            ),
            Probe(
                "Exports to Asia as a whole rose 6.4 percent, with semiconductors and electronic components in strong "
                "demand from Taiwan and South Korea.",
                "t",
            ),
            Probe(
                '"Demand linked to artificial intelligence is propping up exports, but the outlook for cars remains '
                'uncertain," said Kenta Morishima, senior economist at the Hoshino Research Institute.',
                "t",
            ),
            Probe(
                "The weaker yen, which traded around 152 to the dollar during the month, inflated the value of "
                "overseas sales when converted into yen.",
                "t",
            ),
            Probe(
                "Separately, Toyama Precision Co. unveiled a strategic plan to double sales of its medical devices by "
                "2030, saying it would build a new factory in Gunma Prefecture and hire 800 workers.",
                "",
            ),
            Probe(
                'The company\'s president, Hideaki Sunada, called the plan a "strategic turning point" and said '
                "research spending would shift from cameras to endoscopes.",
                "",
            ),
            Probe(
                "Japan's economy minister said Tuesday the government would compile an economic package worth about "
                "17 trillion yen to help households cope with rising prices.",
                "",
            ),
        ],
    ),
    (
        "Malaysia, Vietnam to boost halal, rice trade - PM",
        [
            Probe(
                "PUTRAJAYA, May 6 (Bernama) -- Prime Minister Datuk Seri Hamzah Rashid today received a courtesy call "
                "from Vietnamese Ambassador to Malaysia Tran Van Khoa at Seri Perdana.",
                "d",
            ),
            Probe(
                "Hamzah said both countries agreed to raise bilateral trade to US$25 billion by 2028, with greater "
                "cooperation in halal products, rice supply and the digital economy.",
                "td",
            ),
            Probe(
                '"Vietnam is an important neighbour and a trusted partner in ASEAN. We also touched on the South '
                'China Sea, and agreed that the matter should be resolved peacefully through dialogue," he said in a '
                "Facebook post.",
                "d",
            ),
            Probe(
                "Bilateral trade between Malaysia and Vietnam stood at US$18.6 billion last year, making Vietnam "
                "Malaysia's fifth largest trading partner among ASEAN member states, according to the Malaysia "
                "External Trade Development Corporation (MATRADE).",
                "t",
            ),
            Probe(
                "Earlier, Hamzah launched the national Bersih Negaraku campaign against littering, which aims to cut "
                "roadside waste by half in three years.",
                "",
            ),
            Probe(
                "He said local authorities would deploy 5,000 enforcement officers and impose compound fines of up to "
                "RM2,000 on those caught throwing rubbish from vehicles.",
                "",
            ),
            Probe(
                "Meanwhile, the Sultan of Pahang received a courtesy call from the new Menteri Besar, Datuk Seri Wan "
                "Roslan Wan Ismail, at Istana Abu Bakar in Pekan.",
                "",
            ),
            Probe(
                "Wan Roslan, who was sworn in last week, said he briefed the Sultan on the state's flood preparations "
                "ahead of the monsoon season.",
                "",
            ),
        ],
    ),
    (
        "MOFCOM vows to safeguard firms' rights as EU opens anti-subsidy probe",
        [
            Probe(
                "BEIJING, July 3 (Xinhua) -- China will take all necessary measures to firmly safeguard the "
                "legitimate rights and interests of Chinese enterprises, a spokesperson for the Ministry of Commerce "
                "(MOFCOM) said Thursday, responding to a new EU anti-subsidy investigation into Chinese wind "
                "turbines.",
                "t",
                "d",
            ),
            Probe(
                "Spokesperson He Yanqiu told a regular press conference that the investigation was a typical act of "
                "protectionism and urged the EU side to correct its wrong practices.",
                "t",
                "d",
            ),
            Probe(
                "\"China's wind power industry has won its competitive edge through continuous innovation and a "
                'complete supply chain, not through subsidies," He said.',
                "t",
            ),
            Probe(
                "He added that China is willing to resolve differences through dialogue and consultation, and that "
                "the economic and trade teams of the two sides have maintained communication.",
                "t",
                "d",
            ),
            Probe(
                "Answering another question, He said China's foreign trade in goods rose 2.9 percent year on year in "
                "the first five months, and that partner countries of the Belt and Road accounted for more than half "
                "of the total.",
                "t",
            ),
            Probe(
                "On consumption, the spokesperson said the ministry would expand the consumer goods trade-in program "
                "to cover more home appliances and electric bicycles from July to December.",
                "",
                "t",
            ),
            Probe(
                "Some 16.4 million consumers had applied for subsidies under the program by the end of May, "
                "generating sales of 720 billion yuan, according to ministry data.",
                "",
                "t",
            ),
            Probe(
                "He also announced that the eighth China International Import Expo will be held in Shanghai in "
                "November, with more than 3,000 exhibitors from 130 countries and regions registered so far.",
                "t",
            ),
        ],
    ),
    (
        "Bakamla seizes two Vietnamese fishing boats in North Natuna Sea",
        [
            Probe(
                "Jakarta (ANTARA) - The Indonesian Maritime Security Agency (Bakamla) seized two Vietnamese-flagged "
                "fishing boats and detained 23 crew members for allegedly fishing illegally in the North Natuna Sea "
                "on Sunday.",
                "",
                "md",
            ),
            Probe(
                "Bakamla spokesperson Commander Arief Santoso said the boats were intercepted by the patrol vessel KN "
                "Tanjung Datu about 90 nautical miles north of Ranai, within Indonesia's exclusive economic zone.",
                "",
                "md",
            ),
            Probe(
                "The crew and their catch of around eight tonnes of fish were escorted to Batam for legal proceedings.",
                "",
                "md",
            ),
            Probe(
                "The Foreign Ministry said it had summoned Vietnam's deputy ambassador to convey a protest and to ask "
                "Hanoi to prevent its fishermen from entering Indonesian waters.",
                "d",
            ),
            Probe(
                "Indonesia and Vietnam concluded negotiations on the delimitation of their overlapping exclusive "
                "economic zones in 2022, but the agreement has yet to be ratified by both parliaments.",
                "d",
            ),
            Probe(
                "Fisheries Minister Sakti Wijaya said illegal fishing cost the country an estimated Rp30 trillion a "
                "year and vowed to sink foreign vessels that were caught repeatedly.",
                "",
                "mdt",
            ),
            Probe(
                "Local fishermen in Natuna welcomed the seizure, saying foreign trawlers had been depleting stocks "
                "near their villages for years.",
                "",
                "md",
            ),
            Probe(
                "Separately, the Indonesian Navy and the Royal Malaysian Navy began a five-day coordinated patrol in "
                "the Malacca Strait, the 45th of its kind, to guard against piracy and smuggling.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Drills a stern warning to separatists, mainland spokesperson says",
        [
            Probe(
                "BEIJING, April 16 (Xinhua) -- The drills conducted by the Eastern Theater Command of the Chinese "
                "People's Liberation Army around Taiwan island are a stern warning to separatist forces seeking "
                '"Taiwan independence," a mainland spokesperson said Wednesday.',
                "m",
                "d",
            ),
            Probe(
                "Zhu Fenglan, spokesperson for the Taiwan Affairs Office of the State Council, told a press "
                "conference that the island's authorities were colluding with external forces, and urged the United "
                "States to stop selling weapons to Taiwan.",
                "dm",
            ),
            Probe(
                "Taiwan's defense ministry said it had detected 34 PLA aircraft and nine naval vessels around the "
                "island over the previous 24 hours, 21 of which crossed the median line of the strait.",
                "m",
            ),
            Probe(
                "The drills, code-named Strait Thunder, involved live-fire exercises, simulated strikes on key ports "
                "and a rehearsed blockade of the island's energy imports.",
                "m",
                "t",
            ),
            Probe(
                "Zhu also said the mainland would continue to promote integrated development across the strait, "
                "including allowing more residents of Fujian to travel to Kinmen and Matsu.",
                "",
                "d",
            ),
            Probe(
                "On trade, she said the mainland had suspended tariff concessions on 34 more items imported from "
                "Taiwan under the Economic Cooperation Framework Agreement (ECFA).",
                "t",
                "d",
            ),
            Probe(
                "In Taipei, the Mainland Affairs Council condemned the drills as a threat to peace and stability in "
                "the region and urged Beijing to resume dialogue.",
                "m",
                "d",
            ),
            Probe(
                "The spokesperson also announced that a youth basketball tournament for teams from both sides of the "
                "strait will be held in Xiamen in July.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Port city of Qinzhou deepens opening-up along new land-sea corridor",
        [
            Probe(
                "NANNING, Aug. 22 (Xinhua) -- The port city of Qinzhou in south China's Guangxi Zhuang Autonomous "
                "Region handled 1.2 million twenty-foot equivalent units of containers through the new western "
                "land-sea corridor in the first seven months, up 14 percent year on year, local authorities said.",
                "t",
            ),
            Probe(
                "The corridor links the inland municipality of Chongqing and western provinces with the Beibu Gulf by "
                "rail, and onward by sea to more than 500 ports in 125 countries and regions.",
                "t",
            ),
            Probe(
                '"Opening-up is the lifeblood of Qinzhou," said Lu Weiming, head of the city\'s port authority, '
                "adding that the city would further open its port and streamline customs clearance.",
                "t",
            ),
            Probe(
                "Clearing a container now takes less than 10 hours, down from two days in 2019, thanks to a "
                "single-window platform shared with the customs authorities of ASEAN countries.",
                "t",
            ),
            Probe(
                "Durian from Thailand and Vietnam, rubber from Malaysia and auto parts from Chongqing were among the "
                "main goods passing through the port.",
                "t",
            ),
            Probe(
                "The China-Laos Railway, a flagship project of the Belt and Road Initiative, carried 4.3 million "
                "tonnes of cross-border freight in the same period, according to China State Railway Group.",
                "t",
                "d",
            ),
            Probe(
                "A Lao official said the railway had cut the cost of shipping Lao potash to China by 40 percent and "
                "turned the landlocked country into a land-linked hub.",
                "t",
            ),
            Probe(
                "Qinzhou also launched a 100-day campaign to clean up the city's rivers and beaches, mobilizing "
                "20,000 volunteers.",
                "",
            ),
        ],
    ),
    (
        "India, Philippines agree to expand defence cooperation",
        [
            Probe(
                "New Delhi, Feb 12 (PTI) India and the Philippines on Wednesday agreed to further expand their "
                "defence and security cooperation, including joint exercises and the co-production of military "
                "hardware, during talks between Defence Minister Rajiv Thakur and his Philippine counterpart Gilberto "
                "Ramos.",
                "md",
            ),
            Probe(
                "The two ministers reviewed the progress of bilateral defence ties and exchanged views on the "
                "regional security situation, including developments in the South China Sea, officials said.",
                "md",
            ),
            Probe(
                "The Philippines received its second batch of BrahMos supersonic cruise missile systems last year "
                "under a USD 375 million deal signed in 2022.",
                "m",
                "td",
            ),
            Probe(
                "Thakur said India was keen to offer more platforms, including patrol vessels and light combat "
                "helicopters, as part of its push to raise defence exports to Rs 50,000 crore by 2029.",
                "mt",
            ),
            Probe(
                "Ramos also called on External Affairs Minister S. Venkatesh, who said the two countries would mark "
                "76 years of diplomatic relations this year.",
                "d",
            ),
            Probe(
                "Meanwhile, the Indian Space Research Organisation (ISRO) said its solar observation mission had "
                "completed 1,000 days in orbit at the L1 Lagrange point.",
                "",
            ),
            Probe(
                "ISRO chairman V. Raghunathan said the agency was preparing for its first crewed mission, in which "
                "three astronauts would spend three days in low earth orbit.",
                "",
            ),
            Probe(
                "In Kolkata, the city's annual book trade fair opened with a record 1,100 stalls of publishers and "
                "booksellers from across the country.",
                "",
            ),
            Probe(
                "Organisers said they expected sales to cross Rs 30 crore over 12 days, with children's books and "
                "Bengali fiction among the best sellers.",
                "",
            ),
            Probe(
                'The publishers\' guild said the fair would also run a "campaign for reading" in 300 schools across '
                "West Bengal.",
                "",
            ),
        ],
    ),
    (
        "FM Cho holds talks with Japanese counterpart, agrees to keep up shuttle diplomacy",
        [
            Probe(
                "SEOUL, Sept. 2 (Yonhap) -- Foreign Minister Cho Min-jae held talks with his Japanese counterpart, "
                'Iwasaki Takeshi, in Seoul on Tuesday and agreed to continue "shuttle diplomacy" between the leaders '
                "of the two countries, the foreign ministry said.",
                "d",
            ),
            Probe(
                "The two sides agreed to strengthen trilateral security cooperation with the United States to deal "
                "with North Korea's nuclear and missile threats.",
                "dm",
            ),
            Probe(
                "Cho asked Japan to take sincere steps on the issue of wartime forced labor, while Iwasaki said Tokyo "
                "would uphold the positions of previous cabinets.",
                "d",
            ),
            Probe(
                "They also discussed Seoul's ban on seafood imports from eight Japanese prefectures near the "
                "crippled Fukushima nuclear plant, which Tokyo has asked it to lift.",
                "td",
            ),
            Probe("Iwasaki later paid a courtesy call on Prime Minister Han Sung-ho.", "d"),
            Probe("It was Iwasaki's first visit to South Korea since taking office in July.", "d"),
            Probe(
                "Meanwhile, the ruling party kicked off its campaign for the Oct. 15 by-elections, with party leader "
                "Park Jin-woo pledging to build a new subway line in southern Seoul.",
                "",
            ),
            Probe(
                "The main opposition party accused the government of neglecting small merchants hit by high "
                "interest rates.",
                "",
            ),
        ],
    ),
]

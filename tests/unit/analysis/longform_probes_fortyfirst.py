"""A forty-first batch of fictional ENGLISH-LANGUAGE SERVICES OF STATE AND NATIONAL NEWS AGENCIES OUTSIDE THE
ANGLOSPHERE for probing the quotes, written in the manner of Xinhua, Yonhap, Anadolu, IRNA and Bernama copy (a
dateline with the agency in brackets, officials and experts quoted mostly in reported speech with cues such as
"noted", "stressed", "pointed out", "underlined", "expressed hope that", "called for"): a freight corridor announced at
a foreign ministry's regular press briefing (a spokesperson with a long title, later "the spokesperson" and the family
name alone, a vice minister and a researcher who speak "in an interview with" the agency, "according to" a manager,
unnamed experts and observers, a commerce ministry's statement), talks on chip supply chains (a vice minister with a
Korean name, a ministry's press release, "a source close to the talks", a ministry official on condition of
anonymity, a research fellow and a professor in one paragraph, a unification ministry spokesperson, the presidential
office), a gas pipeline deal (Turkish names, a deputy minister who "announced", two academics in one sentence, a
foreign ministry's written statement, a European spokesperson, "the deputy minister"), shipping talks between two Gulf
neighbours (Persian hyphenated names, a Hojatoleslam, an Omani with "bin", "the lawmaker", "the spokesman", a ports
body's statement) and a trade committee of two South-East Asian countries (Malay names with bin and binti and the
honorifics Datuk Seri, Datuk, Tan Sri, Prof Dr, a Vietnamese vice minister named later by his given name, a trade
ministry's statement, an ambassador). Written for these tests; none is taken from any corpus, and every person,
pipeline, meeting and figure in them is made up. The gold is in test_longform_probes_fortyfirst.py."""

from __future__ import annotations

XINHUA_CORRIDOR: tuple[str, ...] = (
    "China, Kazakhstan agree to expand cross-border freight corridor",
    "BEIJING, March 14 (Xinhua) -- China and Kazakhstan have agreed to raise the annual capacity of the Altai-Zhetysu "
    "freight corridor to 5 million tonnes by 2028, Chinese Foreign Ministry spokesperson Tang Weiguo said at a regular "
    "press briefing on Monday.",
    'Tang noted that the corridor, which opened in 2019, had become "a golden route" for trade between Asia and '
    'Europe, and stressed that cooperation between the two neighbours was "open, inclusive and not targeted at any '
    'third party."',
    "The spokesperson expressed hope that the upcoming meeting of the intergovernmental cooperation committee in "
    "Astana would inject fresh momentum into bilateral trade, which reached 41.2 billion U.S. dollars last year.",
    "Kazakhstan's Vice Minister of Trade and Integration Yerlan Dzhaksybekov told Xinhua that the expansion would cut "
    'waiting times at the Khorgos-Nurkent border crossing "from days to hours," adding that his ministry was working '
    "with Chinese partners on a single digital customs window.",
    '"The corridor is not only a road of goods, it is a road of friendship between our peoples," Dzhaksybekov said.',
    "In an interview with Xinhua, Zhou Hanqing, a senior researcher at the Institute of Eurasian Logistics under the "
    'Urumqi University of Finance, said the agreement showed that regional connectivity was entering "a stage of '
    'quality rather than quantity." Zhou pointed out that rail freight through the corridor had grown by an average '
    "of 18 percent a year since 2020.",
    "According to Liu Meifang, deputy general manager of the Khorgos Land Port Logistics Group, the number of freight "
    "trains crossing the border in January and February rose 23 percent year on year to 1,146.",
    "Experts said the new capacity target would help ease congestion on the northern routes, while observers noted "
    "that several European logistics companies had already booked additional slots for the summer season.",
    "Asked about reports that a third country had raised concerns over the project's financing, Tang said China "
    '"firmly opposes" attempts to "smear normal economic cooperation," and called on "the relevant side" to view the '
    'corridor "objectively and fairly."',
    "In a statement issued on Monday, China's Ministry of Commerce said the two countries would also launch a joint "
    "working group on e-commerce and cross-border payments in local currencies.",
    "Meanwhile, Ding Xiaorong, vice governor of the Xinjiang Uygur Autonomous Region, highlighted the role of the "
    "corridor in local development, saying it had created more than 12,000 jobs in border counties. Ding underlined "
    'that the region would "fully seize the opportunity" to build a logistics hub.',
    "Kazakhstan's Ambassador to China Aidos Temirkhanov said at a reception in Beijing on Tuesday that the corridor "
    'was "a symbol of the eternal comprehensive strategic partnership" between the two countries.',
)

YONHAP_CHIPS: tuple[str, ...] = (
    "S. Korea, Japan to resume high-level talks on chip supply chains",
    "SEOUL, May 8 (Yonhap) -- South Korea and Japan will resume vice ministerial talks on semiconductor supply chains "
    "next month for the first time in three years, Seoul's industry ministry said Wednesday.",
    "The talks, to be held in Tokyo on June 12, will be led by First Vice Industry Minister Park Seong-jin and his "
    "Japanese counterpart, the Ministry of Trade, Industry and Energy said in a press release.",
    "\u201cBoth sides share the view that a stable supply chain for key materials serves the interests of the two "
    "countries,\u201d Park told reporters at the government complex in Sejong. \u201cWe will discuss practical ways "
    "to cooperate rather than simply exchange positions.\u201d",
    "Park noted that Korean exports of chipmaking materials to Japan had rebounded 14.6 percent on-year in the first "
    "quarter, and stressed the need to \u201cinstitutionalize\u201d the dialogue so that it would not be disrupted by "
    "political tensions.",
    "A source close to the talks said the two sides were also expected to discuss joint research on next-generation "
    "packaging technology, though no agreement was likely to be signed at the meeting.",
    "Japan's Ministry of Economy, Trade and Industry declined to comment on the agenda, but a ministry official told "
    "Yonhap on condition of anonymity that Tokyo \u201cwelcomes the resumption.\u201d",
    "Experts said the resumption of talks reflected a broader thaw in bilateral ties. \u201cBoth governments have "
    "realized that supply chain security cannot be left hostage to history disputes,\u201d Kim Ha-eun, a research "
    "fellow at the Korea Institute for Supply Chain Studies, said in a phone interview with Yonhap.",
    "Kim added that Korean chipmakers still relied on Japan for about 80 percent of certain high-purity chemicals. Lee "
    "Jung-hoon, a professor of international trade at Hanyang University, was more cautious, saying the talks were "
    "\u201ca first step, not a breakthrough.\u201d \u201cUnless the export control issue is settled in writing, "
    "companies will keep hedging,\u201d Lee said.",
    "Choi Min-seo, a senior director at the Korea Semiconductor Industry Association, told Yonhap that member "
    "companies hoped the talks would lead to a fast-track licensing system. "
    "\u201cWhat our companies want is predictability,\u201d Choi said.",
    "Meanwhile, Unification Ministry spokesperson Yoon Dae-hyun said at a regular briefing that North Korea had not "
    "responded to Seoul's proposal for working-level talks on reuniting separated families. The spokesperson called on "
    "Pyongyang to \u201crespond positively without delay.\u201d",
    "The presidential office said in a separate statement that the leaders of the two countries could meet on the "
    "sidelines of the G20 summit in September, though \u201cnothing has been decided yet.\u201d",
)

ANADOLU_PIPELINE: tuple[str, ...] = (
    "Türkiye, Azerbaijan sign deal to double gas flows through Kars-Sharur pipeline",
    "ANKARA (AA) - Türkiye and Azerbaijan on Thursday signed an agreement to double the capacity of the Kars-Sharur "
    "natural gas pipeline to 4 billion cubic meters a year, Türkiye's Deputy Energy and Natural Resources Minister "
    "Mehmet Emin Karabulut announced.",
    "Speaking at the signing ceremony in the capital Ankara, Karabulut underlined that the project would strengthen "
    '"the energy security of the whole region" and said the expanded line would be operational by the end of 2027.',
    '"This pipeline is a concrete expression of the principle of one nation, two states," Karabulut said, referring '
    "to the close ties between the two Turkic nations.",
    "Azerbaijan's Deputy Energy Minister Elnur Mammadzade said his country was ready to supply additional volumes "
    '"as soon as the technical work is completed." He also expressed gratitude to the Turkish side for "its brotherly '
    'support."',
    "Energy experts who spoke to Anadolu welcomed the deal. Associate Professor Zeynep Aksoy Güler, an energy "
    "economist at Karadeniz Technical University, said the pipeline would reduce Nakhchivan's dependence on \"a "
    'single, unreliable supply route," while Professor Hakan Tunçbilek of Istanbul Commerce University noted that the '
    "project could later be linked to Türkiye's Thrace gas hub.",
    "Tunçbilek pointed out that Türkiye's gas imports from Azerbaijan had risen to 9.8 billion cubic meters last year. "
    '"Ankara is turning geography into leverage," he told Anadolu.',
    'The Turkish Foreign Ministry said in a written statement that the agreement "serves peace, stability and '
    'prosperity in the South Caucasus" and called on all regional countries to "contribute to the opening of '
    'transport and energy links."',
    'European Commission spokesperson Lotte Vandermeulen said the EU "takes note" of the agreement and stressed that '
    'energy projects in the region should respect "international law and the principles of good neighbourliness."',
    "According to Karabulut, the contractors would be selected through a joint tender within six months. The deputy "
    'minister also said Türkiye was in talks with Turkmenistan over "additional volumes via the Caspian route," '
    "without giving details.",
    "Observers noted that the deal came a week after Ankara and Baku agreed to extend their gas supply contract until "
    "2035.",
    "Selçuk Yıldırım, deputy general manager of the state-owned pipeline operator BOTAS, told Anadolu that "
    'pre-engineering studies had been completed "ahead of schedule."',
)

IRNA_SHIPPING: tuple[str, ...] = (
    "Iran, Oman discuss joint shipping line, regional security",
    "TEHRAN, April 2 (IRNA) -- Iranian Foreign Ministry spokesman Mohammad-Hossein Rezvani-Far said on Monday that "
    "Tehran and Muscat had agreed to launch a joint passenger and cargo shipping line between the ports of Bandar "
    "Abbas and Khasab before the end of the current Iranian calendar year.",
    'Speaking at his weekly press conference, Rezvani-Far highlighted the "deep-rooted and brotherly" relations '
    'between the two neighbours and emphasized that security in the Persian Gulf should be "provided by the countries '
    'of the region themselves, without the interference of foreign forces."',
    "The spokesman also rejected recent remarks by a Western official about Iran's naval activities as \"baseless and "
    'provocative."',
    "Omani Undersecretary for Transport Khalid bin Salim al-Harthy told IRNA on the sidelines of a meeting in Tehran "
    'that his country regarded the shipping line as "a bridge between the two shores of the strait."',
    "Hojatoleslam Ali-Reza Mousavi-Nejad, a member of the Iranian Parliament's National Security and Foreign Policy "
    'Committee, told IRNA that the Majlis supported the expansion of ties with Oman. "Oman has always been an honest '
    'broker in the region," the lawmaker said.',
    "In a statement released on Monday, Iran's Ports and Maritime Organization said it had allocated two vessels with "
    "a capacity of 300 passengers each to the route, and that a feasibility study for a vehicle ferry was under way.",
    'Political analyst Mehdi Jahangiri-Zand told IRNA that the agreement sent "a clear message" that Tehran\'s '
    "neighbourhood policy was producing results. Jahangiri-Zand stressed, however, that sanctions on Iranian banks "
    'remained "the main obstacle" to trade, which stood at about 1.4 billion dollars last year.',
    "According to Mohammad-Reza Farahani, deputy head of the Iran-Oman Joint Chamber of Commerce, Iranian exporters "
    'have lost market share in Oman because of high transport costs. "A direct line could cut freight costs by up to '
    '40 percent," Farahani said.',
    "A source close to the Omani delegation said Muscat was also ready to host a new round of talks on fisheries, but "
    "declined to give a date.",
    "Hojatoleslam val-Moslemin Hassan Shojaei-Tabar, the Friday prayer leader of Bandar Abbas, also welcomed the "
    'agreement, saying in his sermon that unity among Muslim nations was "the only guarantee of security in the '
    'region."',
    "The spokesman added that a delegation led by Deputy Foreign Minister for Economic Diplomacy Amir-Hossein "
    "Saberi-Nia would travel to Muscat next week to finalize the details. Saberi-Nia told IRNA last month that "
    'economic diplomacy was "the top priority" of the ministry.',
)

BERNAMA_HALAL: tuple[str, ...] = (
    "Malaysia, Vietnam to boost halal trade, rice cooperation",
    "KUALA LUMPUR, June 3 (Bernama) -- Malaysia and Vietnam have agreed to set up a joint task force on halal "
    "certification to raise bilateral trade to US$25 billion by 2030, said Deputy Investment, Trade and Industry "
    "Minister Datuk Seri Ahmad Faizal bin Osman.",
    "He said the decision was reached at the 9th Malaysia-Vietnam Joint Trade Committee meeting held here today, which "
    "he co-chaired with Vietnamese Deputy Minister of Industry and Trade Tran Quoc Hung.",
    "\u201cVietnam is now Malaysia\u2019s third largest trading partner in ASEAN, and there is still a lot of room to "
    "grow, especially in halal food, palm oil-based products and electrical and electronics,\u201d Ahmad Faizal told "
    "reporters after the meeting.",
    "Hung, for his part, expressed hope that Malaysian investors would take advantage of the new industrial parks in "
    "the Mekong Delta, noting that Vietnam would \u201ccreate the most favourable conditions\u201d for them. He also "
    "called for closer cooperation in rice trade to ensure food security in the region.",
    "Meanwhile, Malaysia External Trade Development Corporation (MATRADE) chief executive officer Datuk Noraini binti "
    "Hashim said the agency would lead a trade mission of 40 Malaysian companies to Ho Chi Minh City in September.",
    "Noraini said halal products worth RM1.2 billion were exported to Vietnam last year, an increase of 11.3 per cent "
    "from 2023.",
    "In a statement today, the Ministry of Investment, Trade and Industry (MITI) said both sides also agreed to "
    "resolve non-tariff barriers affecting Malaysian palm oil and Vietnamese seafood exports \u201cin a spirit of "
    "mutual benefit.\u201d",
    "Economists welcomed the move. Universiti Malaya economist Prof Dr Nur Hidayah binti Kamaruddin said the task "
    "force could help Malaysian small and medium enterprises enter the Vietnamese market, while Professor Ong Kian "
    "Seng of Sunway University Business School said Vietnam\u2019s fast-growing middle class would be \u201ca natural "
    "market\u201d for Malaysian halal products. \u201cThe key is mutual recognition of halal certificates, otherwise "
    "exporters face double costs,\u201d Ong told Bernama.",
    "Federation of Malaysian Manufacturers (FMM) president Tan Sri Zulkifli bin Mohd Yusof said in a statement that "
    "the federation welcomed the agreement, but urged the government to ensure that local industries were not hurt by "
    "\u201can influx of cheaper imports.\u201d",
    "Vietnamese Ambassador to Malaysia Vu Thanh Nga told Bernama that the embassy would organise a Vietnam halal "
    "product week in Kuala Lumpur in November. \u201cWe want Malaysian consumers to know that Vietnam can also produce "
    "quality halal goods,\u201d she said.",
    "Ahmad Faizal added that the next meeting of the committee would be held in Hanoi in 2027.",
)

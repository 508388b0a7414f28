"""A thirty-eighth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: English-language regional papers of Asia, the Gulf and
Africa, where domestic politics sits next to foreign affairs: a border post closed with a neighbour after its guards
traded fire, a governor's "war" on food prices beside a union's talks with a ministry and a reshuffle, a navy patrol
over fishing grounds after a water-cannon attack, a state visit that signs memorandums, a currency swap and
remittances, an insurgency in a province beside a police raid on car thieves, a cabinet reshuffle that names a new
foreign minister, a cricket captain's "diplomatic" answer before a tournament moved because of two neighbours'
relations, and a navy arresting a neighbour's fishermen.
Blind, main's rules got 21 of these 90 paragraphs wrong (military given 11 times, trade 8, diplomacy 4; trade missed
twice): the look-alikes took themes from their words (a "war" on rising prices and on the poor, a retired general
leading a price task force, a coach's "attack" and "battle", a police raid on a gang with grenades, a bank workers'
union, a cabinet reshuffle, the markets and traders of a domestic food-price story), and the fishermen of a navy
story carried war as its effect into a consular visit, a chief minister's letter and a state buyer's fish prices.
One was a label slip (a sovereign fund's investment agreed during a state visit: diplomacy optional). After this
round's mends (a war on rising prices or on the poor a figure of speech; a cricket team's bowlers, batting and head
coach a cue against war; a cabinet reshuffle a cue against diplomacy), 17: the domestic food-price story's markets,
traders and ministry of commerce (trade) and its retired general (military); the fishermen as war's effect (three)
and a fisheries bureau's subsidies; a police raid on a gang; a border trader's "we are not soldiers and we are not
diplomats"; a flag meeting given trade; a visit's trade figures given diplomacy and its business forum short of
trade; a bank workers' union given trade.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

THIRTYEIGHTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Chaman Crossing Stays Shut For Fifth Day As Fruit Trucks Rot In Queue",
        [
            Probe(
                "QUETTA: The Chaman border crossing with Afghanistan remained closed for a fifth consecutive day on "
                "Sunday, leaving more than 2,000 trucks loaded with fruit, vegetables and transit goods stranded on "
                "both sides, traders and customs officials said.",
                "t",
                "md",
            ),
            Probe(
                "The crossing was shut on Wednesday after border forces of the two countries exchanged fire over the "
                "construction of a new post near the gate, in which two Frontier Corps soldiers and a civilian were "
                "injured.",
                "m",
                "d",
            ),
            Probe(
                "A flag meeting between commanders of both sides on Friday ended without agreement, a security "
                "official told this newspaper on condition of anonymity.",
                "m",
                "d",
            ),
            Probe(
                "The Foreign Office in Islamabad said it had conveyed its strong concern to the Afghan charge "
                "d'affaires and urged the interim authorities in Kabul to respect the border and reopen the crossing "
                "in the interest of the people on both sides.",
                "d",
                "tm",
            ),
            Probe(
                "Abdul Wahid Achakzai, president of the local chamber of commerce, said pomegranates and grapes from "
                "Kandahar were rotting in the trucks and that exporters on the Pakistani side had lost more than "
                "Rs800 million since Wednesday.",
                "t",
            ),
            Probe(
                '"We are not soldiers and we are not diplomats. We are traders, and every day this gate stays closed '
                'our children go hungry," he said.',
                "t",
            ),
            Probe(
                "Hundreds of labourers who carry goods across the border on foot staged a sit-in on the national "
                "highway, blocking traffic to Quetta for several hours.",
                "t",
            ),
            Probe(
                "Bilateral trade between Pakistan and Afghanistan fell to $1.6 billion in the last fiscal year from "
                "$2.5 billion two years earlier, according to State Bank figures, as repeated closures and disputes "
                "over transit goods took their toll.",
                "t",
                "d",
            ),
            Probe(
                "Separately, the provincial cabinet on Saturday approved a Rs5 billion relief package for wheat "
                "growers and ordered a crackdown on flour hoarders, whom Chief Minister Naseer Kakar accused of "
                "waging a war on the poor.",
                "",
            ),
            Probe(
                "Officials said a jirga of tribal elders from both sides was expected to meet on Monday, and that "
                "delegations of the two governments would hold talks in Kabul later in the week on reopening the "
                "crossing.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Governor Declares War On Food Prices, Sets Up Market Task Force",
        [
            Probe(
                "LAGOS - Lagos State Governor Olumide Adekanbi has declared what he called an all-out war on rising "
                "food prices, setting up a 30-member task force to monitor markets and prosecute traders who hoard "
                "foodstuffs.",
                "",
            ),
            Probe(
                "Speaking at the Government House in Alausa on Tuesday, the governor said the task force would be led "
                "by a retired army general, Maj.-Gen. Tunde Oyebanji (rtd), and would have powers to seal warehouses.",
                "",
            ),
            Probe(
                '"This is a battle we must win. Nobody will be allowed to hold Lagosians to ransom," Adekanbi said.',
                "",
            ),
            Probe(
                "A bag of rice now sells for N95,000 in the Mile 12 and Oyingbo markets, up from N60,000 in January, "
                "while the price of a crate of eggs has nearly doubled.",
                "",
            ),
            Probe(
                "The Nigeria Labour Congress and the Trade Union Congress have given the federal government a 14-day "
                "ultimatum to review the minimum wage or face a nationwide strike.",
                "",
            ),
            Probe(
                "Talks between the unions and the Ministry of Labour and Employment in Abuja broke down on Monday "
                "night after the government offered N48,000, which labour leaders described as an insult.",
                "",
            ),
            Probe(
                'Market women at Oyingbo said the task force would only drive prices higher. "They will collect '
                'money from us and go. The problem is the road and the diesel," said Mrs Kafayat Balogun, who sells '
                "peppers.",
                "",
            ),
            Probe(
                "Economists blamed the rise on the removal of the petrol subsidy, insecurity in the food-producing "
                "states of the north and the fall of the naira, which has lost more than half its value against the "
                "dollar in a year.",
                "",
                "tm",
            ),
            Probe(
                "In a related development, the governor on Wednesday swore in four new commissioners in a minor "
                "cabinet reshuffle, moving the commissioner for agriculture to the ministry of commerce and "
                "cooperatives.",
                "",
            ),
            Probe(
                "The opposition Peoples Democratic Party in the state dismissed the task force as a publicity stunt "
                "and said the governor should instead fix the roads to the markets.",
                "",
            ),
        ],
    ),
    (
        "Navy Sends Two Ships To Bajo de Lumot After Water Cannon Attack",
        [
            Probe(
                "MANILA - The Philippine Navy has deployed two patrol ships to Bajo de Lumot after Chinese coast "
                "guard vessels fired water cannon at Filipino fishing boats on Saturday, injuring three fishermen, "
                "the Armed Forces of the Philippines said on Monday.",
                "m",
                "d",
            ),
            Probe(
                "Navy spokesman Rear Admiral Dante Villaflor said the BRP Gabriela Cortes and the BRP Tomas Bautista "
                "would maintain a presence in the shoal's waters for at least two weeks to protect the fishing "
                "grounds, which lie 120 nautical miles west of Zambales.",
                "m",
            ),
            Probe(
                "The Department of Foreign Affairs said it had filed a diplomatic protest with the Chinese Embassy, "
                "the 47th this year, and summoned the deputy chief of mission to explain the incident.",
                "d",
            ),
            Probe(
                "Beijing's foreign ministry said the Chinese coast guard had acted professionally and with restraint "
                "to expel boats that had illegally intruded into what it called China's waters.",
                "d",
                "m",
            ),
            Probe(
                "The fishermen, from the town of Masinloc, said the Chinese ships had blocked them from the shoal's "
                'lagoon, where they have caught grouper and parrotfish for generations. "The sea is our only farm," '
                "said boat captain Rodel Ancheta, 52.",
                "",
                "mdt",
            ),
            Probe(
                "Senator Risa Manalo, chair of the Senate committee on national defence, called for a larger budget "
                "for the coast guard and the navy next year, saying the country could not defend its fishing grounds "
                "with rubber boats.",
                "m",
            ),
            Probe(
                "The Bureau of Fisheries and Aquatic Resources said it would give fuel subsidies and new nets to the "
                "affected fishermen, and that a mother boat would be sent to carry their catch to shore.",
                "",
            ),
            Probe(
                "The shoal has been under effective Chinese control since a standoff in 2012. An arbitral tribunal in "
                "The Hague ruled in 2016 that China's claims to most of the South China Sea had no legal basis, a "
                "ruling Beijing rejects.",
                "d",
                "m",
            ),
            Probe(
                "Meanwhile, the Philippine National Police said it had arrested 14 members of a gun-for-hire gang in "
                "Nueva Ecija in a series of raids, seizing high-powered firearms and grenades.",
                "",
            ),
            Probe(
                "Washington reaffirmed on Sunday that its 1951 Mutual Defense Treaty with Manila covers armed attacks "
                "on Philippine public vessels, aircraft and armed forces, including those of its coast guard, "
                "anywhere in the South China Sea.",
                "md",
            ),
        ],
    ),
    (
        "UAE, Kenya Sign 11 Agreements During State Visit",
        [
            Probe(
                "ABU DHABI - The UAE and Kenya on Tuesday signed 11 memorandums of understanding and agreements "
                "covering trade, investment, energy, food security and defence cooperation during a state visit by "
                "Kenyan President Daniel Mutua to the capital.",
                "dt",
                "m",
            ),
            Probe(
                "The UAE President received the Kenyan leader at Qasr Al Watan, where the two sides held talks on "
                "strengthening bilateral relations and regional issues, including the situation in Sudan and Somalia.",
                "d",
                "m",
            ),
            Probe(
                "The agreements include a Comprehensive Economic Partnership Agreement that will remove or reduce "
                "tariffs on 95 per cent of goods traded between the two countries, the UAE's seventh such deal with "
                "an African state.",
                "td",
            ),
            Probe(
                "Non-oil trade between the UAE and Kenya reached Dh12.3 billion last year, up 21 per cent, with tea, "
                "cut flowers, vegetables and meat among Kenya's main exports to the Emirates.",
                "t",
            ),
            Probe(
                "An Abu Dhabi sovereign fund also agreed to invest $1.5 billion in a new container terminal at Lamu "
                "port and in solar farms in northern Kenya, officials said.",
                "t",
                "d",
            ),
            Probe(
                "A separate memorandum on defence cooperation provides for joint training, the exchange of military "
                "expertise and support for Kenya's counter-piracy patrols off the Somali coast.",
                "m",
                "d",
            ),
            Probe(
                "Mutua, who was accompanied by ministers and more than 60 business leaders, also addressed a "
                "Kenya-UAE business forum at the Abu Dhabi National Exhibition Centre.",
                "td",
            ),
            Probe(
                "About 60,000 Kenyans live and work in the UAE, and their remittances, worth $420 million last year, "
                "are one of Kenya's largest sources of foreign exchange.",
                "t",
            ),
            Probe(
                "In Nairobi, opposition leader Grace Wanjiru questioned the secrecy of the agreements and asked "
                'Parliament to demand copies, saying Kenyans "deserve to know what our land and ports have been '
                'promised for."',
                "d",
                "t",
            ),
            Probe(
                "The visit is Mutua's third to the Gulf this year. He is due to travel to Doha on Thursday for talks "
                "with the Emir of Qatar.",
                "d",
            ),
        ],
    ),
    (
        "CBN Renews Yuan Swap As Diaspora Remittances Rise 18%",
        [
            Probe(
                "ABUJA - The Central Bank of Nigeria (CBN) has renewed its currency swap agreement with the People's "
                "Bank of China for another three years, allowing importers to pay for Chinese goods in yuan without "
                "first buying dollars, the apex bank said in a statement on Thursday.",
                "t",
                "d",
            ),
            Probe(
                "The deal, worth 15 billion yuan (about N3.2 trillion), was first signed in 2018 and has been used "
                "mainly by manufacturers bringing in machinery and raw materials from China.",
                "t",
            ),
            Probe(
                "CBN Governor Ahmed Bello-Usman said the swap would ease pressure on the naira and deepen economic "
                "ties between Nigeria and its largest trading partner.",
                "t",
                "d",
            ),
            Probe(
                "Separately, data from the bank showed that remittances from Nigerians abroad rose 18 per cent to "
                "$5.6 billion in the first half of the year, helped by new rules that allow money transfer operators "
                "to pay recipients at market rates.",
                "t",
            ),
            Probe("Most of the money came from the United States, Britain and the Gulf, the bank said.", "t"),
            Probe(
                "The naira closed at N1,540 to the dollar on the official market on Wednesday, little changed from a "
                "week earlier, while it traded at N1,610 on the parallel market.",
                "t",
            ),
            Probe(
                "Meanwhile, the National Union of Banks, Insurance and Financial Institutions Employees threatened to "
                "shut down banks nationwide over the sack of 400 workers by a commercial lender, saying talks with "
                "the management had reached a dead end.",
                "",
            ),
            Probe(
                "Critics in the House of Representatives have questioned the country's growing debt to China, which "
                "stood at $4.9 billion at the end of March, most of it owed to the Export-Import Bank of China for "
                "railways and airports.",
                "t",
                "d",
            ),
            Probe(
                "The Chinese Ambassador to Nigeria, Wang Lixin, said at a reception in Abuja on Tuesday that "
                "relations between the two countries were at their best in history and that Beijing would encourage "
                "more Chinese firms to set up factories in Nigeria's free trade zones.",
                "dt",
            ),
            Probe(
                "Analysts at Meridian Capital, a Lagos investment firm, said the swap alone would not steady the "
                "naira as long as oil output remained below the country's OPEC quota.",
                "t",
            ),
        ],
    ),
    (
        "Seven Soldiers Martyred In North Waziristan Attack",
        [
            Probe(
                "PESHAWAR: Seven soldiers, including a captain, were martyred when terrorists attacked a security "
                "forces' check post in North Waziristan's Mir Ali tehsil late on Monday night, the military's media "
                "wing said.",
                "m",
            ),
            Probe(
                "According to the Inter-Services Public Relations, the troops effectively responded and killed nine "
                "of the attackers in an exchange of fire that lasted several hours. A clearance operation was under "
                "way to hunt down the remaining terrorists.",
                "m",
            ),
            Probe(
                "The attack was claimed by a faction of the banned Tehreek-e-Taliban Pakistan, which the government "
                "says operates from sanctuaries across the border in Afghanistan.",
                "m",
                "d",
            ),
            Probe(
                "Prime Minister Tariq Hameed condemned the attack and said the nation stood with its armed forces in "
                "the war against terrorism until the last terrorist was eliminated.",
                "m",
            ),
            Probe(
                "The Foreign Office said Pakistan had again asked the Afghan interim government to take concrete and "
                "verifiable action against groups using its soil, and warned that Islamabad reserved the right to "
                "defend itself.",
                "dm",
            ),
            Probe(
                "Khyber Pakhtunkhwa has seen a sharp rise in violence since the TTP ended a ceasefire with the "
                "government in November 2022. More than 900 people, most of them security personnel, were killed in "
                "the province last year, according to an Islamabad-based think tank.",
                "m",
            ),
            Probe(
                "In the provincial capital, traders in Qissa Khwani Bazaar observed a shutter-down strike against "
                "rising extortion demands, which they blamed on militants as well as criminal gangs.",
                "",
                "m",
            ),
            Probe(
                "The provincial government has opposed a new military operation in the tribal districts, saying past "
                "operations displaced hundreds of thousands of people without ending militancy.",
                "m",
            ),
            Probe(
                "Separately, police in Peshawar said they had busted a gang of car thieves operating in the city's "
                "suburbs and recovered 11 stolen vehicles.",
                "",
            ),
            Probe(
                "Funeral prayers for the martyred soldiers were offered at the Corps Headquarters in Peshawar and "
                "attended by the corps commander, the chief secretary and senior officers, after which the bodies "
                "were sent to their native towns.",
                "m",
            ),
        ],
    ),
    (
        "PM Lim Reshuffles Cabinet, Names Ong As Foreign Minister",
        [
            Probe(
                "SINGAPORE - Prime Minister Lim Kah Seng on Friday announced a Cabinet reshuffle that will see eight "
                "ministers change portfolios, the largest shake-up since the general election last year.",
                "",
            ),
            Probe(
                "Among the key moves, Education Minister Ong Wei Ling will become Minister for Foreign Affairs, "
                "succeeding Dr Rahman Ismail, who is retiring from politics after 24 years.",
                "",
                "d",
            ),
            Probe(
                "Mr Lim said at a press conference at the Istana that Ms Ong would take over at a time when the "
                "external environment was more troubled than at any point since independence, citing tensions "
                "between the United States and China and the wars in Ukraine and the Middle East.",
                "d",
                "mt",
            ),
            Probe(
                "Defence Minister Chan Boon Keat will stay in his post, as will Trade and Industry Minister Farah "
                "Abdullah, who is leading Singapore's negotiations on a digital economy agreement with the European "
                "Union.",
                "td",
                "m",
            ),
            Probe(
                "Ms Ong's first overseas trip in her new role will be to the ASEAN foreign ministers' meeting in "
                "Vientiane next month, where the grouping is expected to discuss the crisis in Myanmar and a code of "
                "conduct for the South China Sea.",
                "d",
            ),
            Probe(
                "Mr Lim also named three new Senior Ministers of State, including former union leader Koh Mei Hua, "
                "who will join the Ministry of Manpower. Ms Koh led the labour movement's talks with employers on "
                "wages for cleaners and security guards.",
                "",
            ),
            Probe(
                "Opposition Workers' Party chief Leong Jia Ming said the reshuffle showed that the ruling party's "
                "bench strength was thinner than claimed, noting that three ministers now held two portfolios each.",
                "",
            ),
            Probe("The changes take effect on July 1.", ""),
            Probe(
                "Analysts said Ms Ong, a former diplomat who served as ambassador to Japan, was a safe pair of hands. "
                '"Singapore\'s foreign policy does not change with the minister. What changes is the tone," said Dr '
                "Aaron Chua of the Institute for Policy Research.",
                "d",
            ),
            Probe(
                "Dr Rahman, who led the talks that settled the last stretch of the maritime boundary with Indonesia, "
                "will be appointed an ambassador-at-large, the Prime Minister's Office said.",
                "d",
            ),
        ],
    ),
    (
        "Skipper Stays Diplomatic On Selection Row As Team Leaves For Dubai",
        [
            Probe(
                "KARACHI: Pakistan captain Haris Javed gave a diplomatic answer on Tuesday when asked about the "
                "exclusion of two senior fast bowlers from the squad for the Asia Cup, saying the selectors had their "
                "own plan.",
                "",
            ),
            Probe(
                '"I will not comment on who is in and who is out. The boys who are here will fight for the country," '
                "Javed told a press conference at the National Stadium before the team's departure for Dubai.",
                "",
            ),
            Probe(
                'Head coach Martin Ellery, the former Australian opener, was equally guarded. "We have a strong '
                'attack and our batting has firepower. We will go there to win the battle, not to make friends," he '
                "said.",
                "",
            ),
            Probe(
                "Pakistan open their campaign against Afghanistan on Sept 9 before facing India three days later in "
                "what is expected to be a sell-out match.",
                "",
            ),
            Probe(
                "The tournament was moved from Pakistan to the United Arab Emirates after India refused to send its "
                "team across the border, citing the state of relations between the two neighbours. New Delhi has not "
                "allowed bilateral cricket with Pakistan since 2012.",
                "d",
            ),
            Probe(
                "The Pakistan Cricket Board had protested the move to the Asian Cricket Council, and its chairman said "
                "politics should be kept out of sport.",
                "",
                "d",
            ),
            Probe(
                "Javed, who scored a century in the last match against the West Indies, is under pressure after a "
                "string of low scores, and former players have called for him to be replaced as captain.",
                "",
            ),
            Probe(
                "Tickets for the India match sold out within hours of going on sale, organisers said, with the "
                "cheapest seats resold online for more than Dh2,000.",
                "",
            ),
            Probe(
                "The squad will hold a training camp at the ICC Academy in Dubai before the opening match.",
                "",
            ),
            Probe(
                "Players have been told to avoid commenting on politics in interviews, a board official said, after a "
                "row last year when a bowler's social media post about the conflict in Kashmir drew a complaint from "
                "India's board.",
                "",
                "dm",
            ),
        ],
    ),
    (
        "Navy Arrests 22 Indian Fishermen Off Delft Island",
        [
            Probe(
                "COLOMBO - The Sri Lanka Navy arrested 22 Indian fishermen and seized three trawlers off Delft Island "
                "in the northern seas early on Sunday for allegedly poaching in Sri Lankan waters, the Navy said.",
                "m",
                "d",
            ),
            Probe(
                "Navy spokesman Commander Gayan Wickramasuriya said the fishermen were caught during a special "
                "operation to drive away Indian bottom trawlers, which he said had been crossing the International "
                "Maritime Boundary Line in large numbers at night.",
                "m",
                "d",
            ),
            Probe(
                "The arrested fishermen were handed over to the Fisheries Inspector in Jaffna for legal action. They "
                "will be produced before the Kayts Magistrate's Court on Monday.",
                "",
                "d",
            ),
            Probe(
                "The Indian High Commission in Colombo said it was in touch with the Sri Lankan authorities and that "
                "consular officials would visit the fishermen.",
                "d",
            ),
            Probe(
                "In Chennai, Tamil Nadu Chief Minister Senthil Murugan wrote to the Indian Prime Minister urging him "
                "to take up the matter at the highest level with Colombo and secure the early release of the "
                "fishermen and their boats.",
                "d",
            ),
            Probe(
                "More than 240 Indian fishermen have been arrested in Sri Lankan waters this year. Fishermen in the "
                "north say bottom trawling by Indian boats destroys their nets and the seabed, and have staged "
                "repeated protests demanding that the government stop them.",
                "",
                "dm",
            ),
            Probe(
                "A joint working group on fisheries set up by the two governments has not met since 2022. Officials "
                "in Colombo say India has ignored repeated requests to hold the next round.",
                "d",
            ),
            Probe(
                "In a separate incident, the Navy rescued five local fishermen whose boat capsized off Point Pedro in "
                "rough seas on Saturday.",
                "",
                "m",
            ),
            Probe(
                "Meanwhile, the state-owned Ceylon Fisheries Corporation said it would raise the price it pays for "
                "fish at its northern landing centres from next month, after fishermen's unions threatened to "
                "boycott it.",
                "",
            ),
            Probe(
                "Fisheries Minister Ramalingam Sivakumar said Sri Lanka would ask New Delhi to phase out bottom "
                "trawling under an understanding reached between the two countries' ministers in 2016.",
                "d",
            ),
        ],
    ),
]

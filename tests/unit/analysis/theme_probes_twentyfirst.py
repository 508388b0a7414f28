"""A twenty-first batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for
the format), written and labelled by the guidelines before any run against the rules: the Horn of Africa (a port
deal between neighbours), the Arctic (a coast-guard standoff), Central Asia (a water dispute), the Balkans (an EU
accession chapter blocked by a neighbour), a Latin American extradition, a naval drill watched by a neighbour, a long
piece on a drone strike on a gas station carried by context (history, what comes next, an official's words, what
residents fear), a rare-earth export quota, a regional summit postponed, a defector's asylum, a peacekeeping force's
mandate vote, and stories that get no theme (a flood, a teachers' strike, a bank's quarterly profit, a celebrity
trial, an election poll at home, a private firm's space launch).
Blind, main's rules got 36 of these 123 paragraphs wrong (six of them a theme given to the stories that get none).
After this round's mends (a state that a dateline's date swallowed is a party: see themes/states.py; a market's
"early trade" is no trade; a lead that carries war under a headline with a word of it sets the article's profile: see
themes/leads.py), 28 (air-raid with a hyphen is war too); 26 once states told as sides act (themes/sides.py).
See KNOWN_MISSES in test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TWENTYFIRST_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Eritrea Grants Ethiopia Use Of Assab Port Under 30-Year Deal",
        [
            Probe(
                "ASMARA, May 14 - Eritrea and Ethiopia signed a 30-year agreement on Wednesday giving Ethiopian "
                "cargo access to the Red Sea port of Assab, ending two decades in which the landlocked country "
                "shipped almost all its imports through Djibouti.",
                "dt",
            ),
            Probe(
                "The accord was signed in the Eritrean capital by the two foreign ministers in the presence of "
                "President Isaias Afwerki and Ethiopia's prime minister, who flew in for the ceremony.",
                "d",
            ),
            Probe(
                "Under its terms, Ethiopia will pay a fee on every container that passes through the port and will "
                "fund the repair of the 70-km road from Assab to the border at Bure.",
                "td",
            ),
            Probe(
                "The first trucks are expected to cross in September, once customs posts on both sides of the "
                "frontier reopen.",
                "t",
                "d",
            ),
            Probe(
                "Djibouti, which earns more than a billion dollars a year from Ethiopian traffic, said it respected "
                "the sovereign choices of its neighbours but would keep its own tariffs competitive.",
                "t",
                "d",
            ),
            Probe(
                "The two countries fought a border war from 1998 to 2000 in which tens of thousands of soldiers "
                "died, and the frontier stayed closed for 18 years afterwards.",
                "m",
                "d",
            ),
            Probe(
                "Since a peace declaration in 2018, relations have warmed and cooled in turn. Eritrean troops fought "
                "alongside Ethiopian forces in the Tigray war, then left amid mutual suspicion.",
                "md",
            ),
            Probe(
                "Analysts said the deal gave Addis Ababa what it had long sought by peaceful means, and lowered the "
                "risk that it would try to take a coastline by force.",
                "d",
                "m",
            ),
            Probe(
                '"For a country of 120 million people, the sea is not a luxury," Ethiopia\'s foreign minister told '
                "reporters after the signing.",
                "d",
                "t",
            ),
            Probe(
                "Eritrea's information minister said the port would remain under Eritrean sovereignty and that no "
                "foreign naval vessel would be allowed to dock there.",
                "d",
                "m",
            ),
            Probe(
                "Shipping lines said they would wait for the road to be finished before adding Assab to their "
                "schedules.",
                "t",
            ),
            Probe(
                "The port, built by Soviet engineers in the 1980s, has handled little more than fuel shipments "
                "for a decade.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Canadian Coast Guard Shadows Russian Research Ship In Northwest Passage",
        [
            Probe(
                "OTTAWA, Aug 21 - A Canadian coast guard icebreaker shadowed a Russian research vessel for three "
                "days in the Northwest Passage after it entered waters Canada considers internal without asking "
                "permission, the foreign ministry said on Thursday.",
                "dm",
            ),
            Probe(
                "The Akademik Sorokin, which carries sonar equipment able to map the seabed, ignored repeated radio "
                "calls to state its purpose, officials said.",
                "m",
                "d",
            ),
            Probe(
                "Ottawa summoned the Russian ambassador and handed him a note saying the passage was a breach of "
                "Canadian sovereignty.",
                "d",
            ),
            Probe(
                "Moscow says the route is an international strait open to all ships, a view shared by Washington "
                "and most European governments.",
                "d",
            ),
            Probe(
                "The icebreaker kept about two nautical miles behind the vessel until it left Canadian waters near "
                "Herschel Island late on Wednesday.",
                "m",
            ),
            Probe(
                "A Royal Canadian Air Force patrol plane flew over the ship twice, the defence department said.",
                "m",
            ),
            Probe(
                "It was the first such voyage by a Russian state vessel through the passage since the Cold War.",
                "md",
            ),
            Probe(
                "Inuit leaders in Cambridge Bay said hunters had seen the ship anchored off the coast for several "
                "hours on Monday and asked why no one had boarded it.",
                "m",
                "d",
            ),
            Probe(
                "Canada has promised to buy two new polar icebreakers and to open a naval refuelling station at "
                "Nanisivik, which has been delayed for more than a decade.",
                "m",
            ),
        ],
    ),
    (
        "Uzbekistan Accuses Tajikistan Of Holding Back Water As Cotton Wilts",
        [
            Probe(
                "TASHKENT, July 9 - Uzbekistan accused Tajikistan on Tuesday of holding back water in a reservoir "
                "on the Vakhsh river, leaving cotton fields downstream parched at the height of summer.",
                "d",
            ),
            Probe(
                "The Uzbek foreign ministry said Dushanbe had broken a 2018 protocol on summer releases and called "
                "for an urgent meeting of the two countries' water commission.",
                "d",
            ),
            Probe(
                "Tajikistan's energy ministry said the flow was within agreed limits and that the reservoir was "
                "being filled to keep power flowing through the winter.",
                "d",
            ),
            Probe(
                "Dushanbe sells part of the electricity to Afghanistan and Pakistan, earning foreign currency it "
                "badly needs.",
                "t",
            ),
            Probe(
                "Farmers in the Surkhandarya region said the canals were at half their usual level.",
                "",
                "d",
            ),
            Probe(
                '"The plants are dying in front of us," said Rustam Ergashev, who grows cotton on 12 hectares '
                "near Termez.",
                "",
                "d",
            ),
            Probe(
                "Cotton is among Uzbekistan's largest exports, and the government buys much of the crop at fixed "
                "prices.",
                "t",
            ),
            Probe(
                "Water has long divided the upstream and downstream states of Central Asia. Uzbekistan's late "
                "president once warned that dams upstream could lead to war.",
                "d",
                "m",
            ),
            Probe(
                "Relations improved after 2016, when direct flights between the two capitals resumed and visa "
                "rules were eased.",
                "d",
            ),
            Probe(
                "The commission is due to meet in Khujand next week, the Tajik side said.",
                "d",
            ),
        ],
    ),
    (
        "Bulgaria Blocks Opening Of North Macedonia's Accession Chapter",
        [
            Probe(
                "BRUSSELS, Dec 10 - Bulgaria on Tuesday blocked the opening of the first chapter of North "
                "Macedonia's membership talks with the European Union, saying Skopje had not kept its promise to "
                "amend its constitution.",
                "d",
            ),
            Probe(
                "EU ministers meeting in Brussels needed the support of all 27 members to open the cluster on the "
                "rule of law and fundamental rights.",
                "d",
            ),
            Probe(
                "Sofia wants its neighbour to name the Bulgarian minority in the preamble of the constitution, a "
                "change that requires a two-thirds majority in the Macedonian parliament.",
                "d",
            ),
            Probe(
                "The prime minister in Skopje said his government would not change the constitution under "
                "pressure and accused Sofia of rewriting history.",
                "d",
            ),
            Probe(
                "Albania, whose talks had been tied to those of North Macedonia, opened its first chapter last "
                "year after Brussels split the two.",
                "d",
            ),
            Probe(
                "Diplomats said the German and Austrian ministers had urged Bulgaria to lift its objection before "
                "the end of the year.",
                "d",
            ),
            Probe(
                "The dispute goes back to 2020, when Sofia first vetoed the start of the talks over language and "
                "history.",
                "d",
            ),
            Probe(
                "Polls show support for EU membership among Macedonians has fallen below 60 percent.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Uruguay Extradites Former Paraguayan Police Chief To Asuncion",
        [
            Probe(
                "MONTEVIDEO, Feb 3 - Uruguay extradited a former Paraguayan police chief wanted for drug "
                "trafficking to Asuncion on Monday, ending a two-year legal battle.",
                "d",
            ),
            Probe(
                "Hugo Benitez, 58, was flown to Paraguay on a government plane escorted by four Paraguayan "
                "officers, Uruguay's interior ministry said.",
                "d",
            ),
            Probe(
                "Paraguay accuses him of letting tonnes of cocaine pass through the river port of Villeta while he "
                "led the anti-narcotics police.",
                "",
                "d",
            ),
            Probe(
                "He was arrested at a beach resort near Punta del Este in 2023 on an Interpol notice.",
                "",
                "d",
            ),
            Probe(
                "Uruguay's supreme court approved the request in November, rejecting his lawyers' argument that he "
                "would not get a fair trial at home.",
                "d",
            ),
            Probe(
                "Paraguay's foreign minister thanked Montevideo for its cooperation and said the two countries "
                "would sign a new treaty on judicial assistance.",
                "d",
            ),
            Probe(
                "His lawyer said he would appeal to the Inter-American Commission on Human Rights.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Turkish Navy Begins Drill In Aegean As Athens Watches",
        [
            Probe(
                "ATHENS, April 2 - Turkey's navy began a five-day exercise in the central Aegean on Wednesday with "
                "frigates, submarines and maritime patrol aircraft, drawing a protest from Greece.",
                "md",
            ),
            Probe(
                "Athens said part of the area reserved for the drill lay within its search and rescue region and "
                "that Ankara had issued the notice to mariners without consulting it.",
                "dm",
            ),
            Probe(
                "The Greek foreign ministry lodged a demarche with the Turkish embassy and said the move did not "
                "help the positive climate of recent months.",
                "d",
            ),
            Probe(
                "Greek warships were monitoring the exercise from a distance, a defence ministry official said.",
                "m",
            ),
            Probe(
                "Ankara said the drill was routine and held in international waters.",
                "m",
                "d",
            ),
            Probe(
                "The two NATO members came close to a clash in 2020, when a Greek and a Turkish frigate collided "
                "during a standoff over a survey ship.",
                "md",
            ),
            Probe(
                "Since then their leaders have met three times and signed a declaration on friendly relations.",
                "d",
            ),
            Probe(
                "Fishermen on the island of Lesbos said they had been told to keep their boats in port until Sunday.",
                "m",
            ),
            Probe(
                "The exercise ends on Sunday, a day before the two foreign ministers are due to meet in Istanbul.",
                "md",
            ),
        ],
    ),
    (
        "Analysis: After The Strike On Kresnovo, A Town Waits For The Next One",
        [
            Probe(
                "KRESNOVO - The compressor station on the hill above this town pushed gas westwards for 40 years. "
                "Since a drone struck it on the night of March 3, it has been silent.",
                "m",
                "t",
            ),
            Probe(
                "The blast woke people across the valley. By morning a column of black smoke rose over the pine "
                "woods and the road to the plant was closed.",
                "m",
            ),
            Probe(
                "No one has claimed the strike. The regional governor blamed a neighbouring state's forces, which "
                "have hit energy sites inside the country six times this year.",
                "m",
                "d",
            ),
            Probe(
                "Two night watchmen were hurt. One of them, Pavel Dorin, 61, said he heard a noise like a moped "
                "and then the ground shook.",
                "m",
            ),
            Probe(
                '"I have worked here since I was 19," he said from his hospital bed. "I never thought I would see '
                'this."',
                "m",
            ),
            Probe(
                "The station fed a pipeline that carries gas to two countries to the west. Traders said flows "
                "through the line fell by a third in the days after the strike.",
                "t",
                "m",
            ),
            Probe(
                "Repairs will take at least four months, the operator said, because the turbines were made abroad "
                "and parts must be ordered from the manufacturer.",
                "",
                "t",
            ),
            Probe(
                "In the meantime, the town's 9,000 people live with the sound of air-raid sirens, which now go off "
                "two or three times a week.",
                "m",
            ),
            Probe(
                "The school has moved its lessons to the basement. The mayor has asked for a second shelter to be "
                "dug near the market.",
                "m",
            ),
            Probe(
                '"Everyone knows they will come back," said Olga Marchuk, who runs a bakery on the main square. '
                '"The only question is when."',
                "m",
            ),
            Probe(
                "Some families have already left for relatives in the capital. Those who stay keep a bag packed by "
                "the door.",
                "m",
            ),
            Probe(
                "The interior ministry has sent two mobile anti-aircraft units to the district, and volunteers "
                "stand watch on the hills at night listening for engines.",
                "m",
            ),
            Probe(
                "Officials in the capital say talks mediated by Qatar on a halt to strikes on energy sites could "
                "resume next month.",
                "dm",
            ),
            Probe(
                "A similar pause agreed last spring lasted 30 days before each side accused the other of breaking it.",
                "md",
            ),
            Probe(
                "For now the plant's 200 workers are still paid, but the operator has said it cannot keep them on "
                "for long.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Vietnam Sets Quota On Rare Earth Exports",
        [
            Probe(
                "HANOI, Oct 7 - Vietnam will cap exports of rare earth oxides at 2,000 tonnes next year, the "
                "industry ministry said on Monday, as it seeks to build a processing industry at home.",
                "t",
            ),
            Probe(
                "The quota is about half of what the country shipped abroad last year, most of it to Japan and "
                "South Korea.",
                "t",
            ),
            Probe(
                "Companies that want to sell overseas will need a licence, and priority will go to those that "
                "invest in refining plants in Vietnam.",
                "t",
            ),
            Probe(
                "Japanese magnet makers have spent years looking for suppliers outside China, which produces about "
                "70 percent of the world's rare earths.",
                "t",
            ),
            Probe(
                "Tokyo's trade ministry said it would seek an explanation from Hanoi and hoped the measure would "
                "not disrupt supply chains.",
                "td",
            ),
            Probe(
                "Prices of neodymium oxide rose 4 percent in Shanghai after the announcement.",
                "t",
            ),
            Probe(
                "Vietnam holds the world's second-largest reserves, according to US estimates, but mines little "
                "of them.",
                "",
                "t",
            ),
            Probe(
                "The country has arrested several executives of mining firms in the past two years over the "
                "illegal sale of ore.",
                "",
            ),
        ],
    ),
    (
        "Southeast Asian Summit Postponed After Host's Cabinet Falls",
        [
            Probe(
                "VIENTIANE, Nov 2 - A summit of Southeast Asian leaders due to open in the Laotian capital next "
                "week has been postponed after the host government resigned, the regional bloc's secretariat said.",
                "d",
            ),
            Probe(
                "No new date was given. Diplomats said it could slip into the new year.",
                "d",
            ),
            Probe(
                "The leaders were to discuss the war in Myanmar, a code of conduct for the South China Sea and the "
                "admission of East Timor as a full member.",
                "dm",
            ),
            Probe(
                "Leaders of China, Japan, South Korea and India had also been invited for a meeting on the second day.",
                "d",
            ),
            Probe(
                "Laos's prime minister resigned on Thursday after parliament rejected his budget, and a caretaker "
                "cabinet has taken over.",
                "",
            ),
            Probe(
                "Hotels in Vientiane said most of the 3,000 rooms booked for delegations had been cancelled.",
                "",
                "d",
            ),
            Probe(
                "It is only the second time in the group's history that a summit has been put off.",
                "d",
            ),
        ],
    ),
    (
        "North Korean Diplomat Defects, Seeks Asylum In South",
        [
            Probe(
                "SEOUL, Jan 16 - A North Korean diplomat posted in Mongolia has defected with his wife and son and "
                "arrived in South Korea, Seoul's unification ministry said on Thursday.",
                "d",
            ),
            Probe(
                "The man, a counsellor at the embassy in Ulaanbaatar, left the compound in November and sought "
                "protection at the South Korean mission, officials said.",
                "d",
            ),
            Probe(
                "He was flown to Seoul via a third country after Mongolian authorities agreed not to stand in the way.",
                "d",
            ),
            Probe(
                "Pyongyang has not commented. It usually calls defectors criminals and accuses Seoul of luring them.",
                "d",
            ),
            Probe(
                "He is the fourth North Korean diplomat known to have defected in two years, a sign, analysts say, "
                "of strain in a foreign service short of money.",
                "d",
            ),
            Probe(
                "The family is being questioned by the intelligence service, as all arrivals from the North are, "
                "before they can settle.",
                "",
                "d",
            ),
            Probe(
                "More than 34,000 North Koreans have resettled in the South since the end of the Korean War, most "
                "of them women who crossed into China.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Security Council Extends Mandate Of Haiti Security Mission",
        [
            Probe(
                "UNITED NATIONS, Oct 1 - The UN Security Council voted on Monday to extend for a year the mandate "
                "of the Kenyan-led force helping Haiti's police fight armed gangs.",
                "dm",
            ),
            Probe(
                "Thirteen members voted in favour and China and Russia abstained, saying the force had failed to "
                "restore order.",
                "d",
                "m",
            ),
            Probe(
                "The mission has about 1,000 officers from Kenya, Jamaica, Guatemala and El Salvador, far short of "
                "the 2,500 that were promised.",
                "m",
                "d",
            ),
            Probe(
                "Gangs control most of Port-au-Prince and have pushed into the farming valley of the Artibonite, "
                "burning villages and killing hundreds.",
                "",
                "m",
            ),
            Probe(
                "Washington, which pays for most of the mission, wants it turned into a UN peacekeeping operation "
                "paid for by all members.",
                "dm",
            ),
            Probe(
                "Kenya's president said his officers would stay until the job was done.",
                "",
                "md",
            ),
            Probe(
                "Aid agencies say more than a million Haitians have fled their homes.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Floods Swamp Villages Along The Sava",
        [
            Probe(
                "Floodwaters swamped dozens of villages along the Sava river on Sunday after three days of rain, "
                "forcing thousands from their homes.",
                "",
            ),
            Probe(
                "Soldiers and firefighters built sandbag walls through the night to protect the town of Slavonski "
                "Brod.",
                "",
            ),
            Probe(
                "Army helicopters lifted about 200 people from rooftops, the defence ministry said.",
                "",
            ),
            Probe("The river was expected to peak on Tuesday, forecasters said.", ""),
        ],
    ),
    (
        "Teachers Strike For Third Week As Talks Stall",
        [
            Probe(
                "Teachers across the country stayed away from classrooms for a third week on Monday after talks "
                "between their unions and the education ministry broke down.",
                "",
            ),
            Probe(
                "The unions want a 12 percent raise; the government has offered 5 percent over two years.",
                "",
            ),
            Probe(
                'The union leader said members were "at war" with a ministry that treated them as an enemy.',
                "",
            ),
            Probe("Parents said the strike had left children at home without lessons since early May.", ""),
        ],
    ),
    (
        "Nordbank Profit Rises 18 Percent On Higher Lending Margins",
        [
            Probe(
                "Nordbank said on Tuesday its third-quarter net profit rose 18 percent to 1.4 billion euros, helped "
                "by higher margins on loans and lower costs.",
                "",
            ),
            Probe(
                "Net interest income rose 9 percent, while fees from trading and asset management were flat.",
                "",
            ),
            Probe(
                "The bank raised its target for the year and said it would buy back shares worth 500 million euros.",
                "",
            ),
            Probe("Its shares rose 3 percent in early trade in Copenhagen.", ""),
        ],
    ),
    (
        "Singer Tells Court She Was Not Driving On Night Of Crash",
        [
            Probe(
                "The pop singer Mara Lind told a Stockholm court on Wednesday that she was not at the wheel of her "
                "car when it hit a cyclist last summer.",
                "",
            ),
            Probe(
                "Prosecutors say Lind, 34, drove home from a party after drinking and fled the scene.",
                "",
            ),
            Probe(
                "Her defence says a friend was driving and has asked the court to hear him next week.",
                "",
            ),
            Probe("Fans gathered outside the courthouse with flowers and banners.", ""),
        ],
    ),
    (
        "Poll Puts Opposition Four Points Ahead Before Election",
        [
            Probe(
                "The opposition Social Democrats lead the ruling conservatives by four points six weeks before the "
                "general election, a poll published on Sunday showed.",
                "",
            ),
            Probe(
                "The conservatives have lost support since a row over hospital waiting lists and a scandal over "
                "party donations.",
                "",
            ),
            Probe(
                "The poll of 1,200 voters put the Greens third, ahead of the far right for the first time this year.",
                "",
            ),
            Probe("The campaign officially opens on Monday with a debate between the two main candidates.", ""),
        ],
    ),
    (
        "Private Rocket Puts Weather Satellites Into Orbit",
        [
            Probe(
                "A rocket built by the private firm Astrava lifted off from a spaceport in northern Norway on "
                "Thursday and placed four small weather satellites into orbit.",
                "",
            ),
            Probe(
                "It was the company's second successful launch after a failure in March, when its first rocket "
                "exploded a minute after lift-off.",
                "",
            ),
            Probe(
                "The satellites will measure humidity over the oceans for a European weather service.",
                "",
            ),
            Probe("Astrava plans ten launches next year and is raising money from investors.", ""),
        ],
    ),
]

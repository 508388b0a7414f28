"""A thirteenth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for
the format), written and labelled by the guidelines before any run against main's rules: a war told through its
events and weak paragraphs, trade talks continued with weak words, a state visit, a consular case, an ambassador
summoned, sanctions, a travel advisory, a ceasefire, an arms deal, a tariff row, and look-alikes with no theme (a
budget at home, a cup final, a storm, a company's results, a strike). Blind, main's rules got 15 of these 55
paragraphs wrong; after this round's mends, 11. The four sets after them were each written blind against the rules of
their day (21 of 46, 1 of 38, 9 of 30 and 0 of 17 wrong; after the mends 17, 1, 7 and 0: see KNOWN_MISSES in
test_theme_probes.py; main's rules get 1 of the last 17 wrong). All written for these tests; none is taken from any
corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

THIRTEENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Separatists Shell Border Town As Offensive Stalls",
        [
            Probe(
                "Separatist gunners shelled the border town of Velkovo through the night, killing four civilians and "
                "setting a grain silo on fire, regional officials said on Wednesday.",
                "m",
            ),
            Probe(
                "The offensive launched three weeks ago has stalled in muddy fields east of the river, where both "
                "sides have dug trenches.",
                "m",
            ),
            Probe("Casualty figures could not be independently verified.", "m"),
            Probe(
                "Most of the town's 9,000 residents have left, and those who remain sleep in basements.",
                "m",
            ),
            Probe(
                "A commander of a volunteer battalion said his men were short of artillery shells and night-vision "
                "equipment.",
                "m",
            ),
        ],
    ),
    (
        "Trade Talks Between Vietnam And Mexico End Without Deal",
        [
            Probe(
                "Trade negotiators from Vietnam and Mexico ended a fourth round of talks in Hanoi on Friday without "
                "agreement on tariffs for shrimp, coffee and auto parts.",
                "td",
            ),
            Probe(
                "Mexico wants its car parts to enter duty-free within five years, while Vietnam insists on a ten-year "
                "phase-in, officials on both sides said.",
                "t",
                "d",
            ),
            Probe("The two delegations will meet again in Mexico City in September.", "td"),
            Probe(
                "Bilateral commerce reached $7.2 billion last year, up from $4 billion in 2019.",
                "t",
            ),
        ],
    ),
    (
        "Chilean President Begins State Visit To Portugal",
        [
            Probe(
                "Chilean President Camila Ortega arrived in Lisbon on Monday for a three-day state visit, her first to "
                "Europe since taking office.",
                "d",
            ),
            Probe(
                "She was received at Belem Palace by President Marcelo Duarte, who praised the two countries' shared "
                "history and language of cooperation.",
                "d",
            ),
            Probe(
                "Ortega laid a wreath at the Monastery of the Jeronimos and later toured a wind farm near Porto.",
                "d",
            ),
            Probe(
                "The two governments signed memorandums on renewable energy, university exchanges and the "
                "extradition of fugitives.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Australian Writer Detained In Egypt",
        [
            Probe(
                "An Australian travel writer has been detained in Cairo for more than a month without charge, his "
                "family said on Thursday.",
                "d",
            ),
            Probe(
                "Canberra's foreign minister said consular officials had visited him twice and that she had raised "
                "the case with her Egyptian counterpart.",
                "d",
            ),
            Probe(
                "His sister said he had been photographing old buildings when plainclothes officers took him away.",
                "d",
            ),
            Probe("Egypt's interior ministry did not respond to a request for comment.", "d"),
        ],
    ),
    (
        "Lithuania Summons Chinese Envoy Over Remarks",
        [
            Probe(
                "Lithuania summoned China's charge d'affaires on Tuesday after an embassy post on social media called "
                "a Lithuanian lawmaker a puppet of foreign forces.",
                "d",
            ),
            Probe(
                "The envoy was told the remarks were unacceptable interference, a ministry spokeswoman in Vilnius "
                "said.",
                "d",
            ),
            Probe("The post was deleted a few hours later.", "d"),
        ],
    ),
    (
        "EU Adds Shipping Firms To Sanctions List",
        [
            Probe(
                "The European Union added 19 shipping companies to its sanctions list on Monday, accusing them of "
                "helping Iran sell crude oil to buyers in Asia in breach of the bloc's measures.",
                "td",
            ),
            Probe(
                "The firms, registered in Dubai, Hong Kong and the Marshall Islands, will have their assets frozen "
                "and may no longer deal with European banks or insurers.",
                "t",
            ),
            Probe(
                "Tehran called the listings economic terrorism and said they would not stop its exports.",
                "td",
            ),
        ],
    ),
    (
        "Japan Raises Travel Warning For Haiti",
        [
            Probe(
                "Japan raised its travel warning for Haiti to the highest level on Friday, telling its nationals to "
                "leave by any available means as gangs closed in on the airport.",
                "d",
                "m",
            ),
            Probe(
                "Fewer than 30 Japanese are believed to be in the country, most of them aid workers.",
                "d",
            ),
            Probe(
                "The embassy in Port-au-Prince will stay open with a skeleton staff, the foreign ministry said.",
                "d",
            ),
        ],
    ),
    (
        "Ceasefire Holds In Disputed Valley",
        [
            Probe(
                "A ceasefire between Armenia and Azerbaijan in the disputed valley held for a second day on Sunday, "
                "with no reports of fire along the line of contact.",
                "md",
            ),
            Probe(
                "The truce was brokered by Russian and French mediators after four days of clashes that killed at "
                "least 60 soldiers.",
                "md",
            ),
            Probe(
                "Villagers began returning to collect belongings, though many homes had been damaged by mortar fire.",
                "m",
            ),
            Probe(
                "Foreign ministers of the two countries are due to meet in Geneva next week.",
                "d",
            ),
        ],
    ),
    (
        "Egypt Buys 24 Fighter Jets From South Korea",
        [
            Probe(
                "Egypt has agreed to buy 24 light fighter jets from South Korea in a deal worth about $3 billion, the "
                "two governments said on Wednesday.",
                "mtd",
            ),
            Probe(
                "The first aircraft are due to be delivered in 2028, with the rest assembled at a factory outside "
                "Cairo.",
                "m",
                "t",
            ),
            Probe(
                "Seoul has become one of the world's fastest-growing arms exporters, selling tanks and howitzers to "
                "Poland and Norway.",
                "mt",
            ),
        ],
    ),
    (
        "Washington Slaps Tariffs On Canadian Lumber",
        [
            Probe(
                "The United States raised duties on Canadian softwood lumber to 14 percent on Friday, reigniting a "
                "decades-old dispute between the neighbours.",
                "td",
            ),
            Probe(
                "Ottawa called the decision unjustified and said it would challenge it under the free trade agreement.",
                "td",
            ),
            Probe(
                "Sawmill owners in British Columbia said some mills would cut shifts by the end of the year.",
                "t",
            ),
            Probe("Builders in the US say the duties add thousands of dollars to the price of a new home.", "t"),
        ],
    ),
    (
        "Militants Attack Police Post In Sahel",
        [
            Probe(
                "Militants on motorbikes attacked a police post near the border with Niger before dawn on Saturday, "
                "killing 11 officers, the security ministry said.",
                "m",
            ),
            Probe("The attackers made off with weapons and two pickup trucks.", "m"),
            Probe("It was the third such raid in the region this month.", "m"),
        ],
    ),
    (
        "Prime Minister Meets Gulf Ruler On Sidelines",
        [
            Probe(
                "Pakistan's prime minister met the emir of Qatar on the sidelines of the climate conference in Baku on "
                "Tuesday, his office said.",
                "d",
            ),
            Probe(
                "They discussed Pakistani workers in the Gulf and the supply of liquefied natural gas.",
                "dt",
            ),
            Probe("The emir accepted an invitation to visit Islamabad next year.", "d"),
        ],
    ),
    (
        "Finance Minister Unveils Budget",
        [
            Probe(
                "The finance minister unveiled a budget on Wednesday that raises spending on hospitals and cuts income "
                "tax for low earners.",
                "",
            ),
            Probe("The opposition said the figures did not add up.", ""),
            Probe("The budget must pass parliament by the end of March.", ""),
        ],
    ),
    (
        "Rovers Win Cup In Shoot-Out",
        [
            Probe(
                "Rovers beat City on penalties to win the cup on Saturday after a goalless draw in front of 80,000 "
                "fans.",
                "",
            ),
            Probe("Their goalkeeper saved two spot kicks and was named man of the match.", ""),
        ],
    ),
    (
        "Storm Cuts Power To Thousands",
        [
            Probe(
                "A storm with gusts of up to 140 km/h cut power to 60,000 homes along the coast overnight and "
                "uprooted trees across the capital.",
                "",
            ),
            Probe("Rail services were suspended and schools were closed on Monday.", ""),
        ],
    ),
    (
        "Retailer Posts Record Profit",
        [
            Probe(
                "The supermarket chain Norvik reported a record annual profit on Thursday as shoppers returned to its "
                "stores and online sales grew by a fifth.",
                "",
            ),
            Probe("Its shares rose 6 percent in early trading.", ""),
            Probe("The chief executive said the chain would open 40 new stores next year.", ""),
        ],
    ),
    (
        "Dockers Strike Over Pay",
        [
            Probe(
                "Dock workers at the country's two biggest ports walked out on Monday in a dispute over pay, leaving "
                "container ships waiting offshore.",
                "",
                "t",
            ),
            Probe("The union said the strike would last 48 hours.", ""),
        ],
    ),
]

#: A second blind set, written and labelled before the first set's mends were run on it: relations told through
#: people and procedure (a deportation row, a border closed, a leader's call, a spokesman's briefing, a bloc's envoy),
#: armed conflict told through events (a convoy ambushed, a port blockaded, a drone strike, hostages), trade told
#: with weak words (an investment blocked, a price cap, grain shipments), and look-alikes with no theme.
THIRTEENTH_CHECKS: list[tuple[str, list[Probe]]] = [
    (
        "Nigeria Protests Deportation Of Its Citizens From Ghana",
        [
            Probe(
                "Nigeria on Monday protested to Ghana over the deportation of 700 of its citizens, saying many had "
                "lived legally in Accra for years.",
                "d",
            ),
            Probe(
                "The foreign minister said he had spoken to his Ghanaian counterpart and asked for the expulsions to "
                "be halted.",
                "d",
            ),
            Probe(
                "Ghanaian officials said those deported had overstayed their permits or had criminal records.",
                "d",
            ),
            Probe("Buses carrying the deportees reached the Seme border post late on Sunday.", "d"),
        ],
    ),
    (
        "Venezuela Closes Border With Colombia",
        [
            Probe(
                "Venezuela closed its border with Colombia on Wednesday, accusing Bogota of sheltering armed groups "
                "that attacked a Venezuelan army post.",
                "dm",
            ),
            Probe(
                "Colombia's president called the closure a mistake that would hurt families on both sides.",
                "d",
            ),
            Probe(
                "Traders in the border town of Cucuta said the queues of lorries stretched for several kilometres.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Convoy Ambushed In Eastern Province",
        [
            Probe(
                "Insurgents ambushed an army supply convoy in the eastern province of Kasai on Thursday, killing at "
                "least 15 soldiers, military sources said.",
                "m",
            ),
            Probe(
                "The attackers set fire to six lorries before fleeing into the forest.",
                "m",
            ),
            Probe("Survivors were flown to a hospital in the provincial capital.", "m"),
            Probe(
                "The province has been under a state of siege since 2021, with governors replaced by officers.",
                "m",
            ),
        ],
    ),
    (
        "Rebels Blockade Red Sea Port",
        [
            Probe(
                "Rebel boats have blockaded the Red Sea port of Massawa for a week, turning back two grain ships and "
                "firing on a coast guard vessel, port officials said.",
                "mt",
            ),
            Probe(
                "Flour prices in the city have doubled since the blockade began.",
                "m",
                "t",
            ),
            Probe(
                "The navy said it was preparing an operation to reopen the shipping lane.",
                "m",
            ),
        ],
    ),
    (
        "Drone Strike Kills Militant Commander",
        [
            Probe(
                "A drone strike killed a senior commander of an al Qaeda affiliate in northwest Syria on Friday, the "
                "US Central Command said.",
                "m",
            ),
            Probe(
                "He was travelling in a car near the town of Sarmada when it was hit, residents said.",
                "m",
            ),
            Probe("Two other men in the car were also killed.", "m"),
        ],
    ),
    (
        "Italy Blocks Chinese Stake In Tyre Maker",
        [
            Probe(
                "Italy used its special powers on Tuesday to block a Chinese state company from raising its stake in "
                "tyre maker Pirella, citing the protection of sensitive technology.",
                "td",
            ),
            Probe(
                "The Chinese embassy in Rome said the decision sent the wrong signal to foreign investors.",
                "td",
            ),
            Probe("Pirella's shares fell 2 percent in Milan.", "", "t"),
        ],
    ),
    (
        "G7 Tightens Price Cap On Russian Oil",
        [
            Probe(
                "The Group of Seven agreed on Thursday to lower the price cap on Russian seaborne crude to $45 a "
                "barrel, aiming to cut Moscow's revenue for the war.",
                "tdm",
            ),
            Probe(
                "Shipping firms and insurers that handle cargoes above the cap will be barred from Western services.",
                "t",
            ),
            Probe("Moscow said it would not sell to countries that apply the cap.", "td"),
        ],
    ),
    (
        "Ukraine Grain Shipments Rise",
        [
            Probe(
                "Ukraine shipped 5.2 million tonnes of grain through its Black Sea ports in October, the most since "
                "the start of the war, the agriculture ministry said.",
                "t",
                "m",
            ),
            Probe("Most of the wheat went to Egypt, Spain and Turkey.", "t"),
            Probe("Maize made up nearly half the total.", "t"),
        ],
    ),
    (
        "Hostages Freed In Mali",
        [
            Probe(
                "Two Italian nuns held by jihadists in Mali for 18 months have been freed and are on their way to "
                "Rome, Italy's foreign ministry said on Saturday.",
                "dm",
            ),
            Probe(
                "The ministry thanked the authorities of Mali and Burkina Faso for their help.",
                "d",
            ),
            Probe("They were seized from a mission near the town of Koutiala in 2023.", "m", "d"),
        ],
    ),
    (
        "Spokesman Rebukes Washington Over Taiwan Transit",
        [
            Probe(
                "China lodged stern representations with the United States on Thursday after Taiwan's president "
                "stopped over in Houston on his way to Paraguay, a foreign ministry spokesman said.",
                "d",
            ),
            Probe(
                "Mao Ling told reporters that Washington should stop sending wrong signals to separatist forces.",
                "d",
            ),
            Probe(
                "The State Department said such transits were private and routine.",
                "d",
            ),
        ],
    ),
    (
        "EU Envoy Visits Belgrade And Pristina",
        [
            Probe(
                "The European Union's special envoy for the Western Balkans met leaders in Belgrade and Pristina on "
                "Wednesday in a bid to ease tension in northern Kosovo.",
                "d",
            ),
            Probe(
                "He urged both to return to the dialogue and to avoid steps that could inflame the situation.",
                "d",
            ),
            Probe("Neither side has yet agreed to a date for the next round.", "d"),
        ],
    ),
    (
        "Premier Phones Counterpart After Quake",
        [
            Probe(
                "Greece's prime minister telephoned his Turkish counterpart on Tuesday to offer condolences after an "
                "earthquake killed 40 people in western Turkey.",
                "d",
            ),
            Probe("Athens has sent two rescue teams and a field hospital.", "d"),
            Probe("Rescuers were still searching collapsed buildings in Izmir on Wednesday.", ""),
        ],
    ),
    (
        "Parliament Approves Pension Reform",
        [
            Probe(
                "Parliament approved a reform on Thursday that raises the pension age to 66, after a night of debate "
                "and protests outside.",
                "",
            ),
            Probe("Opposition parties vowed to overturn it if they win next year's election.", ""),
        ],
    ),
    (
        "Carmaker To Cut 3,000 Jobs",
        [
            Probe(
                "The carmaker Voltra said on Tuesday it would cut 3,000 jobs at its home plants as demand for its "
                "electric models slows.",
                "",
            ),
            Probe("The union said it would fight the cuts.", ""),
        ],
    ),
    (
        "Police Arrest Suspect In Museum Theft",
        [
            Probe(
                "Police arrested a 34-year-old man on Sunday over the theft of a gold crown from the national museum "
                "last month.",
                "",
            ),
            Probe("The crown has not been found, prosecutors said.", ""),
        ],
    ),
    (
        "Marathon Record Falls In Berlin",
        [
            Probe(
                "Kenya's Amos Kiprop broke the world marathon record in Berlin on Sunday, finishing in two hours and "
                "25 seconds.",
                "",
            ),
            Probe("Ethiopia's Tadesse Bekele finished second.", ""),
        ],
    ),
]

#: A third blind set, written and labelled before a run against the rules of the two sets' mends: spies expelled, a
#: leader's speech at the UN, a hacking attack blamed on a state, an embassy stormed, a warship seized, a loan and a
#: pipeline between states, a food export ban, peacekeepers, a minister's quotes in a trade story; and look-alikes
#: with no theme (a campaign speech on jobs, a court case, a film festival, a phone launch, a hospital strike).
THIRTEENTH_THIRD: list[tuple[str, list[Probe]]] = [
    (
        "Poland Expels Three Russian Diplomats Over Spying",
        [
            Probe(
                "Poland ordered three Russian diplomats to leave the country within 48 hours on Thursday, saying they "
                "had been working for military intelligence.",
                "dm",
            ),
            Probe(
                "Moscow promised a tough response and summoned Poland's ambassador.",
                "d",
            ),
            Probe(
                "It is the fourth such expulsion since the start of the year.",
                "d",
            ),
        ],
    ),
    (
        "President Tells UN Assembly His Country Will Not Be Bullied",
        [
            Probe(
                "Iran's president told the UN General Assembly on Tuesday that his country would never bow to "
                "pressure over its nuclear programme.",
                "dm",
            ),
            Probe(
                "He accused Western governments of hypocrisy and said sanctions had hurt ordinary families.",
                "d",
                "t",
            ),
            Probe(
                "The US and Israeli delegations walked out as he began to speak.",
                "d",
            ),
        ],
    ),
    (
        "Czech Government Blames Beijing For Cyber Attack",
        [
            Probe(
                "The Czech government on Monday blamed a hacking group linked to China's state security ministry for a "
                "cyber attack on its foreign ministry's email system.",
                "d",
                "m",
            ),
            Probe(
                "Prague summoned the Chinese ambassador and said the attack would not go unanswered.",
                "d",
            ),
            Probe(
                "The Chinese embassy said the accusation was groundless and politically motivated.",
                "d",
            ),
        ],
    ),
    (
        "Protesters Storm Swedish Embassy In Baghdad",
        [
            Probe(
                "Hundreds of protesters stormed the Swedish embassy in Baghdad early on Thursday and set part of it on "
                "fire, angered by the burning of a Koran in Stockholm.",
                "d",
            ),
            Probe(
                "Sweden said all its staff were safe and demanded that Iraq protect diplomatic missions as required "
                "under international law.",
                "d",
            ),
            Probe(
                "Iraq's prime minister condemned the attack and ordered an investigation.",
                "d",
            ),
        ],
    ),
    (
        "Iran Seizes Tanker In Gulf",
        [
            Probe(
                "Iran's Revolutionary Guards seized a Marshall Islands-flagged oil tanker in the Gulf of Oman on "
                "Wednesday, the US Navy said.",
                "m",
                "d",
            ),
            Probe(
                "Commandos descended from a helicopter onto the deck and steered the ship towards Iranian waters.",
                "m",
            ),
            Probe(
                "The tanker was carrying crude from Kuwait to Houston, according to shipping data.",
                "t",
                "m",
            ),
        ],
    ),
    (
        "World Bank Lends Kenya $1 Billion",
        [
            Probe(
                "The World Bank approved a $1 billion loan to Kenya on Friday to help it manage its debts and fund "
                "roads and schools.",
                "t",
            ),
            Probe(
                "The finance ministry said the money would come at a lower rate than bonds sold on international "
                "markets.",
                "t",
            ),
        ],
    ),
    (
        "Azerbaijan And Turkey Sign Pipeline Deal",
        [
            Probe(
                "Azerbaijan and Turkey signed a deal on Tuesday to build a gas pipeline to the Azerbaijani exclave of "
                "Nakhchivan, the two energy ministers said.",
                "td",
            ),
            Probe(
                "The 85-km pipeline will carry up to 2 billion cubic metres a year and is due to be completed in 2026.",
                "t",
            ),
            Probe(
                "President Ilham Aliyev thanked his Turkish counterpart for his support.",
                "d",
            ),
        ],
    ),
    (
        "India Bans Rice Exports",
        [
            Probe(
                "India banned exports of non-basmati white rice on Thursday to keep domestic prices down ahead of "
                "festivals and state elections.",
                "t",
            ),
            Probe(
                "The world's biggest rice exporter ships to more than 140 countries.",
                "t",
            ),
            Probe(
                "Prices in Thailand and Vietnam jumped on the news.",
                "t",
            ),
        ],
    ),
    (
        "Peacekeepers Killed In Lebanon",
        [
            Probe(
                "An Irish peacekeeper was killed and three others wounded when their convoy came under fire in "
                "southern Lebanon late on Wednesday, the UN mission said.",
                "m",
                "d",
            ),
            Probe(
                "Ireland's prime minister said he was heartbroken and demanded a full investigation by the Lebanese "
                "authorities.",
                "d",
                "m",
            ),
            Probe(
                "The soldier, 23, was in his first tour abroad.",
                "m",
            ),
        ],
    ),
    (
        "Minister Hails Soybean Sales To China",
        [
            Probe(
                "Brazil's agriculture minister said on Monday that soybean sales to China would reach a record this "
                "year as Chinese buyers turned away from US supplies.",
                "t",
                "d",
            ),
            Probe(
                "We have become the most reliable supplier, he told reporters in Brasilia.",
                "t",
            ),
        ],
    ),
    (
        "Senator Promises Factory Jobs",
        [
            Probe(
                "Senator Ruth Hale promised on Saturday to bring 50,000 factory jobs back to Ohio if she wins the "
                "governor's race in November.",
                "",
            ),
            Probe("Her rival says the plan would cost taxpayers billions.", ""),
        ],
    ),
    (
        "Former Mayor Jailed For Fraud",
        [
            Probe(
                "A court sentenced the former mayor of Arnhem to four years in prison on Tuesday for taking bribes "
                "from building firms.",
                "",
            ),
            Probe("His lawyer said he would appeal.", ""),
        ],
    ),
    (
        "War Drama Wins Top Prize At Film Festival",
        [
            Probe(
                "A drama about a family torn apart by the Balkan wars won the top prize at the Venice film festival on "
                "Saturday.",
                "",
            ),
            Probe("The director thanked the cast and dedicated the award to her late father.", ""),
        ],
    ),
    (
        "Phone Maker Unveils Folding Model",
        [
            Probe(
                "The phone maker Orvo unveiled a folding model on Wednesday that it said would sell for under $900.",
                "",
            ),
            Probe("It goes on sale in Europe and Asia next month.", ""),
        ],
    ),
    (
        "Nurses Strike Over Staffing",
        [
            Probe(
                "Nurses at 30 hospitals walked out on Monday in a dispute over staffing levels, forcing the "
                "cancellation of hundreds of operations.",
                "",
            ),
            Probe("The health minister urged the union to return to talks.", ""),
        ],
    ),
]

#: A fourth blind set of longer articles whose middle paragraphs carry their subject with weak words of their own (a
#: night of strikes, a visit told through quotes, trade talks, a consular case, truce talks, sanctions), and look-alikes
#: whose words borrow from war and diplomacy (a campaign's war chest, a price war, a team's defence).
THIRTEENTH_FOURTH: list[tuple[str, list[Probe]]] = [
    (
        "Missiles Pound Eastern City Overnight",
        [
            Probe(
                "Russian missiles and drones struck the eastern city of Dnipro overnight, killing at least nine people "
                "and damaging a hospital, Ukrainian officials said on Saturday.",
                "m",
            ),
            Probe("Air raid sirens sounded across the region for more than three hours.", "m"),
            Probe(
                "Rescue workers recovered the bodies of two children from the rubble of a five-storey building.",
                "m",
            ),
            Probe("The regional governor urged residents to stay close to shelters.", "m"),
            Probe(
                "Kyiv renewed its appeal to allies for more air defence systems, saying stocks were running low.",
                "md",
            ),
        ],
    ),
    (
        "Mongolian President Visits Seoul",
        [
            Probe(
                "Mongolia's president held talks with South Korea's president in Seoul on Wednesday, the first visit "
                "by a Mongolian head of state in nine years.",
                "d",
            ),
            Probe(
                "We have opened a new chapter in our relations, the Mongolian leader told a joint news conference.",
                "d",
            ),
            Probe(
                "Our peoples have long shared a love of wrestling and horses, he added, to laughter.",
                "d",
            ),
            Probe(
                "The two sides signed agreements on rare earth minerals, health care and the training of pilots.",
                "dt",
            ),
        ],
    ),
    (
        "EU And Australia Resume Trade Talks",
        [
            Probe(
                "The European Union and Australia resumed talks on a free trade agreement in Brussels on Monday after "
                "a break of more than a year.",
                "td",
            ),
            Probe(
                "Negotiations stalled last year over beef and sugar quotas and over the use of names such as feta "
                "and prosecco.",
                "t",
                "d",
            ),
            Probe(
                "European farmers' groups oppose any deal that would let in more Australian beef.",
                "t",
            ),
            Probe("Officials on both sides said a deal was possible by the end of the year.", "td"),
        ],
    ),
    (
        "British Aid Worker Held In Iran",
        [
            Probe(
                "A British aid worker has been held in Tehran's Evin prison for three months on unspecified charges, "
                "her husband said on Monday.",
                "d",
            ),
            Probe("Her family has not been allowed to visit, and no court date has been set.", "d"),
            Probe(
                "The Foreign Office said it was in contact with the Iranian authorities and was supporting the family.",
                "d",
            ),
            Probe(
                "Rights groups accuse Tehran of detaining dual nationals to win concessions from Western governments.",
                "d",
            ),
        ],
    ),
    (
        "Truce Talks Resume In Cairo",
        [
            Probe(
                "Negotiators from Israel and Hamas resumed indirect talks in Cairo on Sunday on a ceasefire in Gaza "
                "and the release of hostages, Egyptian officials said.",
                "dm",
            ),
            Probe(
                "Egyptian and Qatari mediators shuttled between the two delegations, which are staying in separate "
                "hotels.",
                "d",
            ),
            Probe(
                "A draft proposal calls for a six-week pause in fighting and the release of 40 hostages in exchange "
                "for Palestinian prisoners.",
                "dm",
            ),
            Probe("An Israeli official said gaps remained.", "d"),
        ],
    ),
    (
        "US Sanctions Network Supplying Drone Parts",
        [
            Probe(
                "The United States imposed sanctions on Tuesday on a dozen companies in China, Turkey and the United "
                "Arab Emirates accused of supplying drone parts to Iran.",
                "tdm",
            ),
            Probe(
                "The Treasury said the firms had shipped engines and guidance chips worth millions of dollars.",
                "tm",
            ),
            Probe(
                "Beijing said it firmly opposed unilateral sanctions with no basis in international law.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Governor Builds Record War Chest",
        [
            Probe(
                "Governor Dan Ortiz has raised a record $40 million for his re-election campaign, giving him a war "
                "chest that dwarfs his rivals'.",
                "",
            ),
            Probe("His opponents have launched a barrage of attack ads on television.", ""),
        ],
    ),
    (
        "Supermarkets Launch Price War",
        [
            Probe(
                "Two of the country's biggest supermarket chains cut the price of 500 products on Monday in what "
                "analysts called the start of a price war.",
                "",
            ),
            Probe("Smaller grocers said they could not match the cuts.", ""),
        ],
    ),
    (
        "Rovers Defence Holds Firm",
        [
            Probe(
                "Rovers' defence held firm against a late onslaught as they beat United 1-0 to go top of the league.",
                "",
            ),
            Probe("The visitors fired 14 shots but only two were on target.", ""),
        ],
    ),
]

#: A fifth blind set that tries this round's mends where they should not reach: negotiators of a wage deal, a pronoun
#: doing a theme's verb after a paragraph at home, a plant's closure in a story of exports, states that play football,
#: a participle in a court story, people held in their own capital; and where they should (a leaders' call continued
#: by "They agreed", a deportation row, a border closed in a trade story).
THIRTEENTH_FIFTH: list[tuple[str, list[Probe]]] = [
    (
        "Rail Union And Operator Reach Wage Deal",
        [
            Probe(
                "The rail union and the state operator reached a wage deal early on Friday after 20 hours of talks, "
                "ending the threat of a national strike.",
                "",
            ),
            Probe("The negotiators will meet again in March to discuss pensions.", ""),
            Probe("They agreed to a 6 percent rise over two years.", ""),
        ],
    ),
    (
        "Leaders Of Chile And Argentina Speak By Phone",
        [
            Probe(
                "The presidents of Chile and Argentina spoke by phone on Monday about the lithium trade and a new "
                "border crossing in the Andes, their offices said.",
                "dt",
            ),
            Probe("They agreed to meet in Mendoza in April.", "d"),
        ],
    ),
    (
        "Carmaker Closes Plant As Exports Slump",
        [
            Probe(
                "The carmaker Velta will close its plant in Gdansk next year as exports to Germany and Britain slump, "
                "the company said on Wednesday.",
                "t",
            ),
            Probe("The closure will cost 1,200 jobs.", "", "t"),
        ],
    ),
    (
        "Nigeria Beat Ghana In Cup Qualifier",
        [
            Probe(
                "Nigeria beat Ghana 2-1 in Abuja on Saturday to qualify for the Africa Cup of Nations.",
                "",
            ),
            Probe("Ghanaian fans said the referee had denied them a clear penalty.", ""),
        ],
    ),
    (
        "Court Convicts Former Minister",
        [
            Probe(
                "A court in Lima convicted a former transport minister of taking bribes on Tuesday, sentencing him to "
                "nine years in prison.",
                "",
            ),
            Probe("His lawyers said he would appeal.", ""),
        ],
    ),
    (
        "Russians Detained In Moscow Protest",
        [
            Probe(
                "Police detained about 60 people in Moscow on Sunday at a protest against a new tax on small firms, a "
                "monitoring group said.",
                "",
            ),
            Probe("Most were released after a few hours.", ""),
        ],
    ),
    (
        "Thailand Protests Deportation Of Workers From Malaysia",
        [
            Probe(
                "Thailand on Friday protested to Malaysia over the deportation of 300 Thai workers, saying they had "
                "been held for weeks in crowded camps.",
                "d",
            ),
            Probe("Thai officials said the workers would be flown home on Monday.", "d"),
        ],
    ),
    (
        "Tajikistan Shuts Border Crossings With Afghanistan",
        [
            Probe(
                "Tajikistan closed its three border crossings with Afghanistan on Thursday, accusing the Taliban "
                "authorities of letting militants through, and halting the flour and fuel trade across the river.",
                "dtm",
            ),
            Probe("Traders on the Afghan side said prices of flour had doubled since the closure.", "t"),
        ],
    ),
]

"""A twenty-fifth batch of fictional business, political and long-form articles for probing the themes (see
theme_probes.py for the format), written and labelled by the guidelines before any run against the rules, where the
themes arrive in passing or through the article's subject: a carmaker moving a plant abroad over tariffs, a shipping
line sailing around a conflict zone, a defence contractor's earnings, a foreign state company's bid for a port, a
farm union against an export ban, a parliament's debate on a defence budget, a veteran's return home, an interpreter
at summits, an embassy's cultural festival, sanctions' cost to a bank, a minister's visit to troops abroad, a trade
negotiator's profile; and four stories that get no theme although they use its words (a supermarket price war, a
"battle" over a bylaw, a company's "attack" ad, an office "diplomacy" column).
Blind, main's rules got 9 of these 85 paragraphs wrong (trade missed in 4, military in 3; military given once and
diplomacy twice where they do not belong: the "attack" ad took war from a soldier in its film, the office column
diplomacy from its own "diplomacy" and a "summit showdown"; the shipping line's lead was short of both its themes, so
its detour and drones went with it, and the port's bid by a state firm named by its state had no word of trade).
After this round's mends (no relations between states in an article that names and speaks of no state, a firm that
carries its state in its name at work in another, attacks on shipping and merchant ships), 4.
See KNOWN_MISSES in test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TWENTYFIFTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Veltra To Move Van Assembly To Mexico As Tariffs Bite",
        [
            Probe(
                "Veltra Motors will move assembly of its delivery vans from Ohio to a plant near Monterrey by 2027, "
                "the company said on Tuesday, after a year in which import duties on steel and parts raised its costs "
                "by $400 million.",
                "t",
            ),
            Probe(
                "About 1,800 jobs at the Toledo plant will go in stages, and the site will keep making engines.",
                "",
                "t",
            ),
            Probe(
                "Chief financial officer Dana Reyes said the vans would be shipped back north duty-free under the "
                "regional trade pact, as long as enough of their parts come from the three member countries.",
                "t",
                "d",
            ),
            Probe(
                "The United Auto Workers called the decision a betrayal and said it would ask the Labor Department to "
                "review it.",
                "",
                "t",
            ),
            Probe("Shares rose 4% in New York trading.", "", "t"),
            Probe(
                "Mexico's economy ministry welcomed the investment, its third from a U.S. carmaker this year.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Nordmark Line Keeps Ships On Cape Route As Strait Attacks Go On",
        [
            Probe(
                "COPENHAGEN, Feb 4 - Nordmark Line said on Monday it would keep sending its container ships around "
                "the Cape of Good Hope for the rest of the quarter, as attacks on merchant vessels near the Bab "
                "el-Mandeb strait showed no sign of ending.",
                "mt",
            ),
            Probe(
                "The detour adds about ten days and a million dollars in fuel to each round trip between Asia and "
                "Europe.",
                "t",
            ),
            Probe("Two of the group's ships were targeted by drones in December; neither was hit.", "m"),
            Probe(
                "Freight rates on the route have doubled since November, and the company raised its profit forecast "
                "for the year.",
                "t",
            ),
            Probe(
                "Chief executive Anders Holm said the line would return to the Red Sea only when naval escorts could "
                "guarantee safe passage.",
                "m",
                "t",
            ),
            Probe(
                "The company's crews receive double pay while sailing in the area, under a deal with the seafarers' "
                "union.",
                "",
                "mt",
            ),
        ],
    ),
    (
        "Halberd Systems Profit Jumps On Artillery Orders",
        [
            Probe(
                "Halberd Systems reported a 38% rise in quarterly profit on Thursday, driven by orders for artillery "
                "shells from European governments restocking after sending their own reserves to Ukraine.",
                "m",
                "t",
            ),
            Probe("Revenue rose to $2.1 billion, and the order backlog reached a record $14 billion.", "", "m"),
            Probe(
                "The company is building a second shell plant in Pennsylvania and will double output of 155 mm rounds "
                "by the end of next year.",
                "m",
            ),
            Probe(
                "Chief executive Mark Olsen told analysts on a call that NATO members' pledge to spend more on defence "
                "would keep demand high for a decade.",
                "m",
                "d",
            ),
            Probe("The shares have tripled since early 2022.", ""),
            Probe("Halberd also raised its dividend by 10 cents.", ""),
        ],
    ),
    (
        "Chinese State Firm Bids For Croatian Port",
        [
            Probe(
                "ZAGREB, July 9 - China Harbour Holdings has bid for a 67% stake in the port of Ploce, Croatia's "
                "privatisation agency said on Wednesday, the only offer received before the deadline.",
                "t",
                "d",
            ),
            Probe(
                "The state-owned group offered 310 million euros and promised to deepen the harbour for larger "
                "container ships.",
                "t",
            ),
            Probe(
                "Opposition lawmakers said handing a strategic port to a company controlled by Beijing would give "
                "China a foothold on NATO's southern flank.",
                "d",
                "mt",
            ),
            Probe("The U.S. embassy in Zagreb said Washington had raised its concerns with the government.", "d", "t"),
            Probe("The agency will decide by October.", "t"),
            Probe("Port workers have staged two strikes this year over wages.", ""),
        ],
    ),
    (
        "Farmers Demand End To Onion Export Ban",
        [
            Probe(
                "NEW DELHI - India's largest farm union on Monday demanded that the government lift a ban on onion "
                "exports imposed in December, saying prices at wholesale markets had fallen below the cost of growing "
                "the crop.",
                "t",
            ),
            Probe(
                "Growers in Maharashtra blocked a highway for six hours, dumping sacks of onions on the road.",
                "",
                "t",
            ),
            Probe(
                "Bangladesh, Nepal and the United Arab Emirates, which buy most of India's onions, have turned to "
                "suppliers in Pakistan and Egypt.",
                "t",
            ),
            Probe("The food ministry said the ban would stay until the new crop reached markets in March.", "t"),
            Probe("The union's leader said farmers would vote against the ruling party in the state election.", ""),
        ],
    ),
    (
        "Canadian MPs Clash Over Bigger Defence Budget",
        [
            Probe(
                "OTTAWA - Members of Parliament clashed on Wednesday over a government plan to raise defence spending "
                "to 2% of economic output by 2027, a target Canada's allies have pressed it to meet for a decade.",
                "m",
                "d",
            ),
            Probe(
                "The defence minister told the House the money would buy submarines, air-defence systems and housing "
                "for soldiers on bases in the north.",
                "m",
            ),
            Probe(
                "The opposition said the plan would be paid for by cutting health transfers to the provinces.",
                "",
                "m",
            ),
            Probe("A New Democrat member called it a blank cheque for arms makers.", "m"),
            Probe(
                "The vote is expected next week; the government has a majority with the support of a smaller party.",
                "",
                "m",
            ),
            Probe(
                "Speaking at a NATO meeting in Brussels on Thursday, the foreign minister said Canada would pay its "
                "share.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "After Two Tours, A Sergeant Comes Home To A Town That Moved On",
        [
            Probe(
                "When Staff Sergeant Luis Ortega stepped off the bus in Harlingen in March, the diner where he had "
                "eaten every Friday before his first deployment had become a phone shop.",
                "",
                "m",
            ),
            Probe(
                "Ortega, 31, spent eleven years in the Army, two of them in Iraq and Syria with an engineering unit "
                "that cleared roadside bombs.",
                "m",
            ),
            Probe(
                "He lost hearing in one ear to a blast near Tal Afar in 2017 and still wakes at 3 a.m., the hour his "
                "patrol used to leave.",
                "m",
            ),
            Probe(
                "Now he works nights at a warehouse and studies welding at a community college, paid for by the GI "
                "Bill.",
                "",
                "m",
            ),
            Probe(
                '"People thank me for my service and then ask what it was like," he said. "I never know what to tell '
                'them."',
                "",
                "m",
            ),
            Probe(
                "His mother keeps his medals in a glass case next to photographs of his grandfather, who fought in "
                "Korea.",
                "",
                "m",
            ),
        ],
    ),
    (
        "The Voice Between Presidents: A Life Spent Interpreting Summits",
        [
            Probe(
                "For 26 years, Irina Sokolova has sat in a glass booth at the back of the room while presidents and "
                "prime ministers decided the fate of treaties, turning their words from Russian into English a second "
                "behind them.",
                "d",
            ),
            Probe(
                "She interpreted at four summits between Moscow and Washington and at the talks that led to an arms "
                "control treaty in 2010.",
                "d",
                "m",
            ),
            Probe("The hardest part, she says, is not the vocabulary but the jokes.", "", "d"),
            Probe(
                "At one summit dinner, a leader told a long story about fishing; she had to decide in a second whether "
                "to translate a pun that could have offended his guest.",
                "d",
            ),
            Probe(
                "Sokolova grew up in Leningrad, learnt English from smuggled Beatles records and studied at a "
                "language institute in Moscow.",
                "",
            ),
            Probe("She retires in June and plans to teach.", ""),
        ],
    ),
    (
        "Korean Embassy Brings Kimchi And K-Pop To Nairobi",
        [
            Probe(
                "NAIROBI - The South Korean embassy opened a week-long cultural festival in Nairobi on Saturday, with "
                "cooking classes, film screenings and a concert by a K-pop group, to mark 60 years of diplomatic "
                "relations with Kenya.",
                "d",
            ),
            Probe(
                'Ambassador Park Ji-hoon said culture was "the bridge" between the two peoples, and announced 50 more '
                "scholarships for Kenyan students.",
                "d",
            ),
            Probe("Hundreds queued in the rain for the opening concert.", "", "d"),
            Probe(
                "Trade between the two countries reached $400 million last year, mostly Korean cars and machinery, and "
                "Seoul is funding a technical institute near Thika.",
                "t",
                "d",
            ),
            Probe("Kenya's foreign minister attended the opening.", "d"),
        ],
    ),
    (
        "Sanctions Cost Austrian Lender A Third Of Its Profit",
        [
            Probe(
                "VIENNA - Donau Kreditbank said on Wednesday its profit fell by a third in the first half, as "
                "sanctions on Russia forced it to shrink its business there and set aside money for loans it may never "
                "recover.",
                "t",
            ),
            Probe(
                "The bank still has about 2,000 staff in Russia and has been told by the European Central Bank to cut "
                "its lending there by 65% by 2026.",
                "t",
            ),
            Probe(
                "U.S. Treasury officials warned the bank in May that it risked losing access to the dollar if it kept "
                "processing payments for firms on the sanctions list.",
                "t",
                "d",
            ),
            Probe(
                'Chief executive Petra Lang said the bank was "looking at all options", including a sale of the '
                "Russian unit.",
                "t",
            ),
            Probe("Its shares fell 6% in Vienna.", "", "t"),
        ],
    ),
    (
        "Defence Secretary Spends Christmas With Troops In Estonia",
        [
            Probe(
                "TAPA, Estonia - Britain's defence secretary spent Christmas Eve with soldiers at a NATO base in "
                "Estonia, serving lunch and handing out cards written by schoolchildren.",
                "m",
                "d",
            ),
            Probe(
                "About 900 British troops are stationed at Tapa as part of the alliance's forward presence on its "
                "eastern flank.",
                "m",
                "d",
            ),
            Probe(
                'He told them their presence "keeps the peace in Europe" and said Britain would send a further '
                "squadron of tanks in the spring.",
                "m",
            ),
            Probe(
                "Estonia's prime minister joined him for a tour of the base and thanked Britain for standing with her "
                "country.",
                "dm",
            ),
            Probe("Many of the soldiers had been in Estonia since August and will go home in February.", "m"),
        ],
    ),
    (
        "The Quiet Negotiator Behind The Pacific Trade Pact",
        [
            Probe(
                "Margaret Ellis has a rule: never leave a negotiating room first. It served her well over seven years "
                "as New Zealand's chief negotiator for a trade pact that now covers eleven countries around the "
                "Pacific.",
                "t",
                "d",
            ),
            Probe(
                "Colleagues describe her as patient to the point of stubbornness; she once kept talks on dairy quotas "
                "going until 4 a.m. in a hotel in Hanoi.",
                "t",
                "d",
            ),
            Probe("Ellis, 58, grew up on a sheep farm in Canterbury and studied law in Wellington.", ""),
            Probe(
                "She joined the foreign ministry in 1991 and served in Tokyo and Geneva, where she represented New "
                "Zealand at the World Trade Organization.",
                "t",
                "d",
            ),
            Probe("Next month she takes over as ambassador to Washington.", "d"),
            Probe("She says she has not set foot on a dairy farm since leaving home.", ""),
        ],
    ),
    (
        "Supermarket Price War Deepens As Grocer Cuts 500 Prices",
        [
            Probe(
                "Britain's third-largest supermarket chain cut the price of 500 everyday items on Monday, escalating a "
                "price war with its rivals as shoppers squeezed by inflation switch to discount stores.",
                "",
            ),
            Probe(
                "Analysts said the battle for market share would hit profit margins across the sector this year.", ""
            ),
            Probe("Rivals responded within hours, matching the cuts on milk, bread and bananas.", ""),
            Probe(
                'The chain\'s chief executive said the company was "armed with a strong balance sheet" and ready for a '
                "long fight.",
                "",
            ),
            Probe("The grocers' shares fell between 2% and 5%.", ""),
        ],
    ),
    (
        "Residents Win Battle Over Leaf Blower Bylaw",
        [
            Probe(
                "After a two-year battle, residents of Oakville persuaded the town council on Tuesday to ban "
                "gas-powered leaf blowers from June to September.",
                "",
            ),
            Probe(
                "Landscaping firms had fought the bylaw, saying electric blowers were too weak for commercial work and "
                "would cost them thousands.",
                "",
            ),
            Probe(
                'The councillor who led the campaign called it a victory for "everyone who wants a quiet Saturday".',
                "",
            ),
            Probe("Fines start at 200 dollars; enforcement will rely on complaints from neighbours.", ""),
        ],
    ),
    (
        "Telecom Firm Pulls Attack Ad After Rival Complains",
        [
            Probe(
                "Brightline Mobile withdrew a television advertisement on Friday that attacked a rival's network "
                "coverage, after the advertising watchdog received more than 300 complaints.",
                "",
            ),
            Probe(
                "The ad showed a soldier in camouflage failing to get a signal on a hillside, and a voice saying: "
                '"Their network surrenders first."',
                "",
            ),
            Probe("The rival, Vantel, said the ad was misleading and had threatened legal action.", ""),
            Probe("Brightline said it would run a new campaign from next week.", ""),
        ],
    ),
    (
        "Office Diplomacy: How To Tell Your Boss The Deadline Is Impossible",
        [
            Probe(
                "Dear Ruth: my manager keeps promising clients in a week what takes my team a month. How do I push "
                "back without starting a war?",
                "",
            ),
            Probe(
                "The answer is a little diplomacy. Before the meeting, agree with your colleagues on a realistic "
                "timeline, so you arrive as a united front.",
                "",
            ),
            Probe(
                "Then offer your boss options rather than a refusal: what can be delivered in a week, and what needs "
                "more time.",
                "",
            ),
            Probe(
                "Treat it as a negotiation, not a summit showdown; nobody should leave the room having lost face.",
                "",
            ),
        ],
    ),
]

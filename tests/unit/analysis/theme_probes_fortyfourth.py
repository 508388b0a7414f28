"""A forty-fourth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: legislatures and the policy process on foreign affairs,
in parliamentary and congressional news from the wire and the web. A committee hearing on an arms sale, a defence
bill's vote and line items, a sanctions bill's passage and amendments, a treaty's ratification debate, an inquiry into
export licences, a minister questioned on a trade deal's chapters, a foreign-affairs committee's report on a
neighbour, a bill on foreign investment screening, a budget with a defence line; all told through procedure (second
reading, markup, amendment, whip, committee report, tabled, a vote of 212 to 190). With look-alikes that get no
theme: a budget for schools, police radios and armoured cars, a farm bill, a "war" between the chambers, a "truce"
between parties, a filibuster "battle", votes "traded", a "diplomatic" senator or Speaker.

Boundaries judged here: a paragraph of procedure alone (the bill returns to the House, the committee's reports are
not binding) continues its article's subject and takes its theme; a vote on a defence line is military however it is
counted; a police or border guard's equipment is no armed force.
Blind, main's rules got 19 of these 84 paragraphs wrong (trade missed 5 times, military 3, diplomacy twice; military
given 7 times, diplomacy 3, trade once). One was a label slip, relabelled: a paragraph that goes on with an arms sale
to a state (its notification held, its end-use checks) may take diplomacy, as the sale's lead may. After this batch's
mends (a war, battle or truce between a legislature's bodies and a bill or budget held hostage as figures of speech),
14 (see KNOWN_MISSES in test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FORTYFOURTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Senators Press Officials On $4.2 Billion Jet Sale To Qatar",
        [
            Probe(
                "WASHINGTON, March 3 (Wirenews) - Senators on the Foreign Relations Committee pressed State Department "
                "officials on Tuesday over a proposed $4.2 billion sale of F-15 fighter jets and guided bombs to "
                "Qatar, and two members said they would table a resolution of disapproval.",
                "mt",
                "d",
            ),
            Probe(
                "Assistant Secretary Mara Delgado told the hearing that the sale would strengthen a partner that hosts "
                "the largest U.S. air base in the region and had helped broker the release of hostages held in Gaza.",
                "md",
                "t",
            ),
            Probe(
                "Senator Paul Hendry, the committee's ranking Democrat, asked whether Washington had written "
                "assurances that the bombs would not be passed to third parties, and read out a list of strikes in "
                "Yemen in which U.S.-made munitions had been found.",
                "m",
                "dt",
            ),
            Probe(
                "Delgado said end-use monitoring teams had carried out 14 inspections in the Gulf last year and found "
                "no violations.",
                "m",
                "dt",
            ),
            Probe(
                "Under the Arms Export Control Act, Congress has 30 days after formal notification to block a sale by "
                "joint resolution, but it would need a two-thirds majority in both chambers to override a veto, a bar "
                "it has never cleared.",
                "mt",
                "d",
            ),
            Probe(
                "The committee's chairwoman, Senator Ruth Abernathy, said she would hold the notification for two more "
                "weeks while her staff reviewed the munitions list.",
                "m",
                "dt",
            ),
            Probe(
                "The hearing was briefly interrupted when protesters in the gallery unfurled a banner and were led out "
                "by Capitol Police.",
                "",
                "m",
            ),
            Probe(
                "Later on Tuesday, the same committee advanced the nomination of Daniel Okafor as ambassador to Kenya "
                "by a vote of 15 to 6.",
                "d",
            ),
            Probe(
                "Separately, the Senate Appropriations Committee approved $12 million to equip the Capitol Police with "
                "new radios and body cameras, a measure that passed without debate.",
                "",
            ),
        ],
    ),
    (
        "House Passes Defense Bill 212-190 After Fight Over Ukraine Aid",
        [
            Probe(
                "The House on Thursday passed the annual defense authorization bill by a vote of 212 to 190, after a "
                "late-night fight over amendments that would have cut aid to Ukraine and barred funding for troop "
                "rotations in Europe.",
                "m",
                "d",
            ),
            Probe(
                "The $886 billion measure includes $33 billion for shipbuilding, among them two Virginia-class "
                "submarines, a 5.2 percent pay raise for service members and $9 billion for missile defense.",
                "m",
            ),
            Probe(
                "An amendment from Rep. Colt Barrow of Arkansas to strip $300 million in security assistance for Kyiv "
                "failed 104 to 327, with most Republicans joining Democrats to defeat it.",
                "m",
                "d",
            ),
            Probe(
                "A second amendment, requiring the Pentagon to report on the cost of keeping 4,000 troops in Poland "
                "and the Baltic states, was adopted by voice vote.",
                "m",
            ),
            Probe(
                "The bill also bars the purchase of drones made by Chinese firms and extends a ban on contracts with "
                "companies tied to Beijing's military, provisions that drew a protest from China's embassy.",
                "mtd",
            ),
            Probe(
                'Democratic whip Karen Solis said the vote showed that support for the alliance was holding. "The '
                'votes were there when it counted," she told reporters.',
                "m",
                "d",
            ),
            Probe(
                "The Senate is expected to take up its own version next month, and the two chambers must then "
                "reconcile their differences in a conference committee.",
                "m",
            ),
            Probe(
                "The week's other fight, over a farm bill that would extend crop insurance and dairy subsidies for "
                "five years, ended in a truce between the Agriculture Committee's two parties late on Wednesday.",
                "",
            ),
            Probe(
                'House leaders called the farm deal a hard-won peace after what Rep. Dale Whitford described as "a '
                'war of attrition between the committee and the leadership."',
                "",
            ),
            Probe(
                "The farm bill now heads to the floor, where a vote is expected before the August recess.",
                "",
            ),
        ],
    ),
    (
        "Australian Senate Passes Myanmar Banking Sanctions Bill",
        [
            Probe(
                "CANBERRA - Australia's Senate passed a bill on Wednesday allowing sanctions on foreign banks that "
                "handle payments for Myanmar's military government, after a Greens amendment to extend it to fuel "
                "shippers was voted down 31 to 34.",
                "t",
                "dm",
            ),
            Probe(
                "The bill, which passed the House of Representatives in March, gives the foreign minister power to "
                "list banks, insurers and brokers in third countries that move money for the junta's state oil "
                "company.",
                "t",
                "dm",
            ),
            Probe(
                "Foreign Minister Helen Tran told the chamber that the measure closed a gap that had let revenue from "
                "offshore gas fields reach the generals through accounts in Singapore and Bangkok.",
                "t",
                "dm",
            ),
            Probe(
                'Greens senator Lachlan Moore said the government had "chosen the banks over the villagers" by '
                "leaving out the ships that carry aviation fuel used in air strikes on villages in Sagaing.",
                "tm",
                "d",
            ),
            Probe(
                "Coalition senators backed the bill but tabled a second-reading amendment asking the government to "
                "coordinate its listings with the United States, Britain and Canada, which have already sanctioned "
                "the bank.",
                "td",
            ),
            Probe(
                "The amendment passed on the voices.",
                "t",
                "d",
            ),
            Probe(
                "Myanmar's embassy in Canberra had not answered questions sent on Monday. The junta has called earlier "
                "sanctions interference in its internal affairs.",
                "d",
                "tm",
            ),
            Probe(
                "In the other business of the day, senators traded barbs over a bill to fund new school buildings in "
                "the Northern Territory, which was referred to a committee.",
                "",
            ),
            Probe(
                "The Senate rises on Thursday for a two-week break.",
                "",
            ),
        ],
    ),
    (
        "Philippine Senate Opens Debate On Troop Pact With Japan",
        [
            Probe(
                "MANILA - The Philippine Senate opened debate on Monday on ratifying a Reciprocal Access Agreement "
                "with Japan that would let each country's troops train on the other's soil, with the foreign relations "
                "committee recommending concurrence.",
                "md",
            ),
            Probe(
                "Committee chairwoman Senator Imelda Coronel told the chamber that the pact would allow joint drills "
                "at a scale not seen since the Second World War, and that it set out which country's courts would try "
                "soldiers accused of crimes.",
                "md",
            ),
            Probe(
                "Two senators questioned the treaty's provisions on jurisdiction, recalling the case of a U.S. Marine "
                "convicted of killing a woman in Olongapo whose sentence was later commuted.",
                "md",
            ),
            Probe(
                "Under the constitution, a treaty requires the concurrence of at least two-thirds of all senators, or "
                "16 of 24 votes.",
                "d",
                "m",
            ),
            Probe(
                "Senate President Jose Alvaro said he expected a vote before the session adjourns in June and that the "
                "leadership counted at least 18 senators in favour.",
                "d",
                "m",
            ),
            Probe(
                "China's foreign ministry said last week that military cooperation between countries \"should not "
                'target any third party," a remark Manila\'s defence secretary called "unsolicited advice."',
                "md",
            ),
            Probe(
                "Japan's Diet ratified the agreement in April.",
                "d",
                "m",
            ),
            Probe(
                "Also on the agenda is a bill raising the pay of public school teachers, which the Senate's education "
                'committee reported out last week after what its chairman called "a ceasefire" with the budget '
                "department.",
                "",
            ),
            Probe(
                "The House of Representatives, meanwhile, remained locked in a turf war with the Senate over the "
                'budget calendar, with Speaker Tomas Lirio accusing senators of "holding the appropriations '
                'hostage."',
                "",
            ),
        ],
    ),
    (
        "MPs Open Inquiry Into Licences For Drone Engines",
        [
            Probe(
                "LONDON - A parliamentary committee launched an inquiry on Thursday into how British firms obtained "
                "export licences for drone engines that later turned up in Russian attack drones shot down over "
                "Ukraine.",
                "mt",
                "d",
            ),
            Probe(
                "The Business and Trade Committee said it would take evidence from the Export Control Joint Unit, "
                "which approved 37 licences for the engines between 2021 and 2023, most of them for buyers in Turkey, "
                "the United Arab Emirates and Kazakhstan.",
                "t",
                "m",
            ),
            Probe(
                'Committee chair Rachel Moss said the question was whether "our own licensing system has become a '
                'back door for sanctions evasion," and asked ministers to publish the end-user certificates.',
                "t",
                "m",
            ),
            Probe(
                "Trade minister Oliver Quint told MPs in written answers that the engines were general-purpose items "
                "and that no licence had been granted for a military end use.",
                "t",
                "m",
            ),
            Probe(
                "Ukraine's ambassador in London, Oksana Melnyk, has written to the committee offering serial numbers "
                "recovered from debris after strikes on Kharkiv.",
                "md",
                "t",
            ),
            Probe(
                "The inquiry's first public session is set for next month. The committee can summon witnesses but "
                "cannot impose penalties.",
                "t",
                "m",
            ),
            Probe(
                "MPs on the committee spent most of last year on an inquiry into supermarket pricing and the supply of "
                "eggs, which ended with a call for a grocery ombudsman.",
                "",
            ),
        ],
    ),
    (
        "Minister Grilled Over Dairy Chapter Of India Trade Deal",
        [
            Probe(
                "WELLINGTON - Trade Minister Sophie Harker faced two hours of questions in Parliament on Wednesday "
                "over the dairy and services chapters of the free trade agreement with India, which she signed in New "
                "Delhi last month.",
                "t",
                "d",
            ),
            Probe(
                "Opposition trade spokesman Ravi Pillai asked why tariffs on milk powder would fall only to 15 percent "
                "over ten years when Australia's deal had won a faster cut.",
                "t",
            ),
            Probe(
                "Harker said the services chapter would give New Zealand engineers and accountants access to Indian "
                "contracts for the first time and that the deal's review clause allowed both sides to reopen dairy in "
                "2030.",
                "t",
            ),
            Probe(
                "The chapter on investment commits India to consult before screening New Zealand takeovers, she said, "
                '"which is more than any partner has obtained from New Delhi."',
                "t",
                "d",
            ),
            Probe(
                "The agreement must go through a select committee examination and a national interest analysis before "
                "Parliament passes the implementing legislation.",
                "t",
                "d",
            ),
            Probe(
                "The Green Party said it would vote against the bill, citing labour standards in India's textile "
                "exports.",
                "t",
            ),
            Probe(
                "Question time grew heated when the Speaker, Gerald Hawthorne, ejected an MP for calling a minister a "
                "liar. Hawthorne, known as one of the more diplomatic Speakers in recent memory, said later he "
                "regretted the need.",
                "",
            ),
            Probe(
                "Earlier, MPs agreed to trade Wednesday's members' bill slot for an extra hour on the housing debate.",
                "",
            ),
        ],
    ),
    (
        "Indian Panel Urges Faster Projects In Nepal As China Gains Ground",
        [
            Probe(
                "NEW DELHI - A parliamentary standing committee on external affairs has urged the government to speed "
                "up stalled road and hydropower projects in Nepal, warning in a report tabled on Monday that delays "
                "were ceding ground to China.",
                "dt",
            ),
            Probe(
                "The 31-member committee, chaired by ruling party MP Arvind Sethi, said four of the seven "
                "Indian-funded projects it reviewed were more than three years behind schedule.",
                "t",
                "d",
            ),
            Probe(
                "It recommended that the Ministry of External Affairs open a dedicated Nepal desk and hold the joint "
                'commission of foreign ministers every year rather than "whenever convenient."',
                "d",
            ),
            Probe(
                "The report also noted the reopening of the Birgunj-Raxaul rail link for freight, saying trade through "
                "the crossing rose 18 percent last year.",
                "t",
            ),
            Probe(
                "On security, the committee asked the government to raise with Kathmandu the recruitment of Nepali "
                "men into the Russian army, after at least 12 were killed fighting in Ukraine.",
                "dm",
            ),
            Probe(
                "Nepal's foreign ministry said it had not received the report and would not comment on \"the internal "
                "proceedings of a friendly country's legislature.\"",
                "d",
            ),
            Probe(
                "The committee's reports are not binding, but the government must reply to each recommendation within "
                "six months in an action-taken report.",
                "d",
                "t",
            ),
            Probe(
                "The same committee was last in the news in December, when a quarrel between its members over seating "
                'spilled into the corridors, a spat one member called "a border dispute over four chairs."',
                "",
            ),
        ],
    ),
    (
        "Commons Committee Widens Foreign Takeover Review Bill",
        [
            Probe(
                "OTTAWA - The House of Commons industry committee on Tuesday approved amendments to a bill tightening "
                "the review of foreign takeovers, adding critical minerals and port terminals to the sectors in which "
                "state-owned buyers face automatic scrutiny.",
                "t",
            ),
            Probe(
                "The bill would let the industry minister impose interim conditions during a national security review "
                "and raise the penalty for failing to notify an investment to C$500,000.",
                "t",
            ),
            Probe(
                'A Conservative amendment to name China, Russia, Iran and North Korea as "hostile states" in the '
                "bill's text was defeated 6 to 5, with the committee chair casting the deciding vote.",
                "t",
                "d",
            ),
            Probe(
                'Liberal MP Anne Gauthier said naming countries in law would tie the hands of future governments "and '
                'invite retaliation against Canadian firms abroad."',
                "t",
                "d",
            ),
            Probe(
                "Ottawa has blocked or unwound at least nine Chinese investments in lithium and other critical "
                "minerals since 2022, citing national security.",
                "t",
                "d",
            ),
            Probe(
                "The bill returns to the House for report stage and third reading, and must then pass the Senate.",
                "t",
            ),
            Probe(
                "The committee also heard from the RCMP on a contract to buy 200 armoured SUVs for its protective "
                "details, which MPs questioned after the cost rose by a third.",
                "",
            ),
            Probe(
                "The RCMP's deputy commissioner said the vehicles were needed to protect ministers and visiting heads "
                "of state during summits.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Filibuster Battle Stalls Senate, Delaying Aid For Israel And Taiwan",
        [
            Probe(
                "WASHINGTON - A filibuster battle over an election bill ground the Senate to a halt for a third day on "
                "Wednesday, as Democrats again failed to reach the 60 votes needed to end debate.",
                "",
            ),
            Probe(
                'Majority leader Ben Carrow accused Republicans of waging "a war on the ballot box," while minority '
                'whip Lyle Dorsey said his party would "fight this bill on every inch of ground."',
                "",
            ),
            Probe(
                "Behind the scenes, aides said, senators were trading votes on judicial nominees for promises on a "
                "highway bill.",
                "",
            ),
            Probe(
                "The standoff has delayed a $14 billion package of military aid for Israel and Taiwan, which was "
                "expected on the floor this week and which both leaders support.",
                "m",
                "dt",
            ),
            Probe(
                "Pentagon officials have warned that stocks of artillery shells and Patriot interceptors set aside for "
                "Taiwan could be diverted if the package is not passed before the month is out.",
                "m",
                "d",
            ),
            Probe(
                "Senator Irene Pask, an Idaho Republican known for her diplomatic style, has been shuttling between "
                "the two leaders' offices to broker a truce.",
                "",
            ),
            Probe(
                '"Nobody wins a war of attrition in this chamber," she said.',
                "",
            ),
            Probe(
                "If a deal is struck, the Senate could vote on the election bill and the aid package back to back "
                "next week.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Estonian Parliament Passes Budget With 3.7% For Defence",
        [
            Probe(
                "TALLINN - Estonia's parliament, the Riigikogu, passed the 2027 state budget on Wednesday by 54 votes "
                "to 38, setting defence spending at 3.7 percent of GDP for a third year.",
                "m",
            ),
            Probe(
                "The defence line includes 210 million euros for ammunition, 95 million for the second phase of the "
                "bunkers along the Russian border and 60 million for HIMARS rocket launchers ordered from the United "
                "States.",
                "m",
                "t",
            ),
            Probe(
                "Education spending rises 4 percent, with 40 million euros for new school buildings in Narva and Tartu "
                "and a teachers' pay rise of 6 percent.",
                "",
            ),
            Probe(
                "The opposition Centre Party tabled 212 amendments, most of them moving money from defence to "
                "pensions; all were rejected.",
                "m",
            ),
            Probe(
                "Finance Minister Kadri Lepp said the budget also sets aside 25 million euros for Estonia's share of "
                "the EU's new Ukraine facility and its contribution to NATO's common funding.",
                "md",
                "t",
            ),
            Probe(
                "The Interior Ministry's budget includes 18 million euros for new police patrol cars and border guard "
                "radios.",
                "",
                "m",
            ),
            Probe(
                "The budget now goes to President Alar Kivi, who has 14 days to sign it.",
                "",
                "m",
            ),
            Probe(
                "Latvia and Lithuania are due to vote on their own budgets next week, both planning to spend more than "
                "3 percent of GDP on defence.",
                "m",
            ),
        ],
    ),
]

"""A seventy-eighth batch of fictional stories for probing the quotes, in the manner of TRADE POLICY, TARIFFS, SANCTIONS
AND EXPORT CONTROLS NEWS as the wires, the financial press and trade-policy newsletters write it: a tariff announcement
with a commerce ministry's statement, the targeted country's foreign ministry spokesperson at a daily briefing and a
trade lawyer; a sanctions package with a treasury official on a call with reporters on condition of anonymity, the
sanctioned company's emailed response and an economist; a trade-dispute panel ruling with both governments' reactions
and a former trade negotiator now at a think tank; export controls on chips with an industry association's statement
and executives on an earnings call; and a trade deal signed by two ministers at a joint news conference ("the two
ministers said", "both sides said"). Reported speech first and foremost, inverted cues ("said X, a trade economist at
Y"), "warned", "argued", "insisted", "urged", "according to" a person, reported speech put before its cue ("Indonesia
will appeal, X told reporters"), quoted fragments inside reported speech and pronouns and short names across
paragraphs. Written for these tests; none is taken from any corpus, and every person, company, firm, group, federation
and institute in them is made up (the countries, cities, government departments and kinds of bodies are real)."""

from __future__ import annotations

TARIFFS: tuple[str, ...] = (
    "India raises duties on Chinese solar panels and steel; Beijing warns of a response",
    "India will raise import duties on solar modules and some flat steel products from China to as much as 35 percent "
    "from next month, the commerce ministry said on Monday, in a move it said would protect domestic manufacturers "
    "from a surge of cheap imports.",
    "“Our producers have asked for a level playing field for three years, and today they have one,” Commerce Minister "
    "Harshvardhan Talwalkar-Rao said in a statement. The ministry said the duties would stay in place for five years, "
    "with a review each year, and would not apply to panels already in transit.",
    "In Beijing, foreign ministry spokesperson Mei Lanqiu told reporters at a daily briefing that China “firmly "
    "opposes” the measures and would “take necessary steps to safeguard the legitimate rights and interests” of "
    "Chinese companies. Asked what those steps might be, she said Beijing hoped India would “correct its mistaken "
    "practice,” insisting that trade between the two countries should be “mutually beneficial, not one-sided.”",
    "Chinese manufacturers supplied about four-fifths of the solar modules India imported last year, according to "
    "customs figures. Analysts said the duties could slow the country’s push to add renewable power, because domestic "
    "factories cannot yet meet demand.",
    "“The real question is whether this survives a challenge in Geneva,” said Nandini Ferreira-Kapoor, a trade lawyer "
    "at the New Delhi firm Sethbridge & Mowle. To justify safeguard duties, she said, India would have to show that "
    "the imports had caused “serious injury” to its own producers, a test that governments have often struggled to "
    "meet.",
    "Ferreira-Kapoor said she expected Beijing to answer with measures of its own rather than a formal complaint. "
    "“Retaliation is faster than litigation, and both capitals know it,” she said.",
    "The Indian Module Makers Alliance welcomed the decision, saying its members had added 20 gigawatts of capacity "
    "that now stood idle. But project developers warned that the duties would raise the cost of new solar farms by as "
    "much as 10 percent, and that some tenders might have to be rebid.",
)

SANCTIONS: tuple[str, ...] = (
    "U.S. sanctions tanker network accused of moving Iranian oil to Asia",
    "The Treasury Department on Thursday imposed sanctions on 14 companies and nine tankers that it said had helped "
    "ship Iranian oil to buyers in Asia, the latest in a series of actions aimed at cutting Tehran’s export revenue.",
    "“These networks exist to launder oil, and we will keep finding them,” a senior Treasury official told reporters "
    "on a call, speaking on condition of anonymity under the department’s rules for the briefing. The official said "
    "the companies, registered in the United Arab Emirates, Hong Kong and the Marshall Islands, had used ship-to-ship "
    "transfers at sea and forged certificates of origin to disguise where the cargo came from.",
    "According to the official, the network moved more than 30 million barrels over the past 18 months, worth roughly "
    "$2 billion. He said the department was also “looking closely” at the banks that had processed the payments, but "
    "declined to name them.",
    "Among the companies named was Corvina Maritime Services, a ship manager based in Dubai. In an emailed response, "
    "the company said it had “always complied with all applicable laws” and would challenge its designation. “We are "
    "a ship manager, not an oil trader, and we have never knowingly carried sanctioned cargo,” it said.",
    "Iran’s foreign ministry said in a statement on Friday that the sanctions were “illegal and inhumane” and would "
    "not stop the country’s trade with its neighbours.",
    "Economists doubted that the measures would make much difference on their own. “Every time one tanker is "
    "designated, two more appear under new flags,” said Tobiah Marsland-Oyelaran, a senior economist at the Ashgrove "
    "Institute for Energy Policy. He argued that the sanctions would bite only if buyers in Asia faced penalties too, "
    "noting that Iran’s exports had risen this year despite more than a dozen earlier rounds.",
    "Marsland-Oyelaran said the market had largely shrugged off the announcement. Brent crude rose 40 cents to $82.10 "
    "a barrel. “The market has stopped believing that designations take barrels off the water,” he said.",
    "The official said more designations would follow “in the coming weeks,” and warned shipping insurers and port "
    "operators that they, too, could face penalties if they kept serving the network.",
)

PANEL: tuple[str, ...] = (
    "WTO panel rules against Indonesia’s ban on bauxite exports",
    "A World Trade Organization panel ruled on Wednesday that Indonesia’s ban on exports of raw bauxite breaks global "
    "trade rules, handing the European Union a victory in a dispute that has dragged on for more than three years.",
    "In its report, the three-member panel found that Jakarta had failed to show the ban was needed to conserve a "
    "scarce resource, and recommended that Indonesia bring its measures into line with its obligations.",
    "Indonesia will appeal, Trade Minister Prasetyo Wiranegara-Lubis told reporters in Jakarta, calling the ruling “a "
    "decision that punishes developing countries for wanting to climb the value chain.” He said the government would "
    "keep the ban in place while the appeal was pending, and that smelters built since the ban had created more than "
    "40,000 jobs.",
    "Because the WTO’s appellate body has not had enough members to hear cases since 2019, an appeal would in effect "
    "leave the ruling in limbo, trade experts said.",
    "In Brussels, a spokesperson for the European Commission, Ottilie Vandersloot-Marek, said the ruling “confirms "
    "what we have said from the start”: that export bans distort markets. She urged Jakarta not to appeal “into the "
    "void,” saying the bloc remained open to talks on a settlement.",
    "“Both sides got something here,” said Callum Oduya-Brightwater, a former deputy trade negotiator for Britain who "
    "is now a senior fellow at the Hartwell Forum for Trade Policy. The EU won the legal argument, he said, but "
    "Indonesia had already won the economic one: much of its bauxite is now refined at home. “No ruling is going to "
    "make those smelters disappear.”",
    "He added that the case could encourage other resource-rich countries, from Africa to Latin America, to test how "
    "far the rules let them go. Several have already done so, he noted, pointing to restrictions on lithium and "
    "graphite exports.",
    "The industry group Alvera Metals Europe said in a statement that the ruling was “long overdue” but that it would "
    "mean little if the ban stayed in place.",
)

CHIPS: tuple[str, ...] = (
    "New U.S. curbs on chip tools hit equipment makers’ outlook",
    "The Commerce Department on Monday widened its restrictions on exports of advanced chipmaking equipment to China, "
    "adding 11 Chinese companies to its entity list and tightening limits on the tools used to make memory chips. The "
    "department said the rules were needed to keep “the most advanced technologies” out of China’s military "
    "programmes.",
    "Under Secretary Renata Hollingbrook-Sayre, who oversees export controls, told reporters the department had "
    "“closed the gaps” that companies had used to keep selling older tools. “We are not trying to cut China off from "
    "chips,” she said. “We are trying to keep it from building the ones that matter for weapons.”",
    "China’s commerce ministry said in a statement that it “resolutely opposes” the move and would take “necessary "
    "measures.” At a regular briefing in Beijing, foreign ministry spokesperson Tao Xinrui said the United States was "
    "“weaponizing” trade and technology issues.",
    "The rules drew a sharp response from the industry. The Semiconductor Tooling Council, which represents equipment "
    "makers, said in a statement that the controls would “hand market share to foreign competitors” who face no "
    "similar limits, and urged the administration to coordinate with allies. “Unilateral controls don’t stop China; "
    "they just stop American companies from selling to China,” the group’s president, Leander Castellanos-Whitby, "
    "said.",
    "Executives at Pellmore Systems, one of the largest suppliers of etching tools, said on an earnings call on "
    "Tuesday that the rules would cut about $400 million from next year’s revenue. China accounted for 38 percent of "
    "the company’s sales last quarter, its chief financial officer, Sigrun Oyelowo-Barnes, told analysts, adding that "
    "Pellmore would “work to comply with the rules while we seek clarity” on some of the licenses.",
    "Pellmore’s chief executive, Torvald Drayfield-Mutua, said the company would not change its forecast for the year. "
    "“We’ve planned for this, and our customers outside China are spending more than ever,” he said. Pellmore shares "
    "fell 7 percent in after-hours trading.",
    "Analysts said the rules would hurt but not cripple the equipment makers. “The big risk isn’t this round, it’s the "
    "next one,” said Marguerite Tshabalala-Reyes, a semiconductor analyst at Fenholt Research. She said Chinese "
    "chipmakers had stockpiled tools for two years in anticipation of the curbs, and that domestic Chinese suppliers "
    "were “closing the gap faster than Washington thinks.”",
)

TRADE_DEAL: tuple[str, ...] = (
    "Canada and the Philippines sign a trade pact, cutting tariffs on farm goods and minerals",
    "Canada and the Philippines signed a free trade agreement in Manila on Friday that will remove tariffs on nearly "
    "all goods traded between them within ten years, the two governments said, in a deal that both sides said would "
    "help them diversify away from their largest trading partners.",
    "At a joint news conference after the signing, Canada’s trade minister, Solenne Ashworth-Gauvreau, and her "
    "Philippine counterpart, Trade Secretary Emilio Dumaguete-Salonga, said the deal would take effect next year once "
    "both legislatures had ratified it. The two ministers said they expected two-way trade, now about $2.5 billion a "
    "year, to double by 2032.",
    "“This is not just about tariffs. It is about two Pacific countries betting on each other,” Ashworth-Gauvreau "
    "said. She said Canadian exporters of canola, pork and potash stood to gain most, and that the agreement included "
    "“the strongest labour chapter Canada has ever signed.”",
    "Dumaguete-Salonga said the pact would open Canada’s market to Philippine bananas, processed fruit and electronics "
    "components, and insisted that it protected the country’s rice farmers, who were left out of the tariff cuts. "
    "“Rice was never on the table,” he told reporters. “We made that clear in the first round, and we kept our word.”",
    "Both sides said the agreement also covered critical minerals, with Canadian companies gaining easier access to "
    "invest in Philippine nickel mines. According to a senior Philippine official involved in the talks, that chapter "
    "was the last to be settled, only days before the signing.",
    "Not everyone was pleased. Farmers’ groups in the Philippines warned that cheaper Canadian pork would undercut "
    "backyard hog raisers, who are still recovering from an outbreak of African swine fever. “They signed it in a "
    "hotel ballroom; our members will pay for it in the villages,” said Marites Cabangon-Ilagan, who chairs the "
    "Federation of Smallhold Hog Raisers.",
    "Trade economists said the gains would be modest at first. “The numbers are small, but the signal matters,” said "
    "Haruto Blackwood-Nakamura, a trade economist at the Vanterpool Institute in Ottawa, arguing that the deal gave "
    "Canada a foothold in Southeast Asia while its talks with the wider ASEAN bloc dragged on. He said the minerals "
    "chapter could prove the most important part of the agreement over time.",
)

"""The seventy-first round of blind profile probes: fictional stories of semiconductors, chip plants and export controls
as the wires and the financial and tech press write them (no earlier round had this subject: the thirty-fifth had one
artificial intelligence chip among health and science news, the thirty-sixth one export rule on chip-making tools
among trade news and the forty-eighth a chipmaker's fine among antitrust news): a chipmaker's new plant and its federal
grants with the chipmaker as itself, "Veltrana's chief operating officer, X", a commerce secretary, "The Commerce
Department said", a state governor, a brokerage's semiconductor analyst, an industry coalition as itself, "The
company's spokeswoman" and the officer again under his surname; a trade ministry's export rule on chipmaking tools
with the ministry as itself, a trade minister, "the ministry said" after it was named, another country's commerce
ministry, a tool maker as itself and "Its chief financial officer, X", "X, head of Asia tech research at Y", a tool
makers' federation as itself and a person familiar with the talks; smuggled chips with a customs agency as itself and
"The agency's director-general, X", a lawmaker who chairs a select committee, an under secretary for export controls,
a server maker as itself, a think-tank fellow and a defence lawyer; a chip designer's earnings with the designer as
itself, its chief financial officer and chief executive on a call, a brokerage analyst, "chief analyst at research firm
Y", a portfolio manager, a spokeswoman not named and a foreign ministry spokesman; a chipmaker's delayed plant with the
chipmaker as itself, an economy ministry as itself and its minister, a state premier, the European Commission as
itself, "X's chief technology officer Y" without commas, an industry network as itself and "Its managing director,
X", and a brokerage analyst; a memory chipmaker's results and its plant in China with the chipmaker as itself, "Its
chief financial officer, X" on a call, a trade ministry as itself and its minister, "X, head of Asia technology
research at Y", a rating agency's senior analyst, a lawmaker on a parliamentary committee and a spokesman not named),
and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_seventyfirst.py).
Blind:
8 wrong of 53. By pattern: "Chipmaker X said" found under "Chipmaker X" (missed and extra: 4, twice); "Kuroshima
Precision, a maker of wafer-cleaning tools that ..., said" found as `other` (1) and "Its chief financial officer, X"
after it with no affiliation (1); "The agency's director-general, X" after "Singapore Customs said" found as `other`
with no affiliation (1); "Under Secretary for Industry and Security X" found as `other` (1).
After the mends: 0 (see test_profiles_blind_probes_seventyfirst.py for the steps)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a commerce secretary, a governor, a trade minister, an economy minister, a state premier, an
#: under secretary, lawmakers, a customs agency's director-general and a foreign ministry spokesman are `official`;
#: chipmakers', tool makers' and a chip designer's executives, an industry network's managing director and a lawyer
#: are `other`; semiconductor analysts at brokerages, a head of Asia tech research, a research firm's chief analyst, a
#: portfolio manager, a think-tank fellow and a rating agency's senior analyst are `analyst`; a spokeswoman or
#: spokesman who is not named and a person familiar with the talks are `unnamed`; chipmakers, a tool maker, a server
#: maker, a chip designer, ministries, a department, a customs agency, the European Commission and industry groups
#: speaking as themselves are an `institution` under the fullest name the article gives them. "Its chief financial
#: officer" is tied to the body named just before; "the ministry said" and "The agency's" are the body named before.
STORIES = [
    (
        (
            "COLUMBUS, Ohio, March 3 (Reuters) - Chipmaker Veltrana Semiconductor said on Tuesday it would spend 24 "
            "billion dollars on a new chip plant outside Columbus, helped by up to 3.1 billion dollars in federal "
            "grants.",
            "Veltrana's chief operating officer, Desmond Achterberg-Lowe, said the plant would start making chips in "
            "2029 and would employ about 3,000 people once it was running.",
            "Commerce Secretary Harriet Quenneville-Ross said the grant would help bring back the making of the most "
            "advanced chips to the United States after three decades abroad.",
            "The Commerce Department said the money would be paid out in stages as the company met its building "
            "milestones.",
            "Ohio Governor Lydia Harkavy-Stone said the state would add 600 million dollars for roads, water and "
            "power lines to the site.",
            "Yusuf Barrientos-Kahl, a semiconductor analyst at the brokerage Pellington Hart, said the plant would "
            "struggle to match the costs of Veltrana's factories in Asia without the grants.",
            "The Chip Manufacturers Coalition, an industry group, said the award showed that the subsidy programme "
            "was working but that its money would run out within two years.",
            "The company's spokeswoman said construction would begin in the summer.",
            "Achterberg-Lowe said Veltrana had not yet chosen the chips the plant would make first.",
        ),
        [
            ("24 billion dollars", "Veltrana Semiconductor", "institution", ""),  # the chipmaker as itself
            ("2029", "Desmond Achterberg-Lowe", "other", "Veltrana"),  # "Veltrana's chief operating officer"
            ("three decades abroad", "Harriet Quenneville-Ross", "official", ""),  # commerce secretary
            ("paid out in stages", "Commerce Department", "institution", ""),  # the department as itself
            ("power lines", "Lydia Harkavy-Stone", "official", ""),  # a state governor
            ("costs of Veltrana's factories", "Yusuf Barrientos-Kahl", "analyst", "Pellington Hart"),  # brokerage
            ("run out within two years", "Chip Manufacturers Coalition", "institution", ""),  # industry group
            ("begin in the summer", "", "unnamed", ""),  # the company's spokeswoman, not named
            ("not yet chosen", "Desmond Achterberg-Lowe", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "TOKYO, July 14 (Reuters) - Japan's trade ministry said on Friday it would require export licences for "
            "31 more types of chipmaking equipment from September, widening rules it first tightened last year.",
            "Trade Minister Takuro Morohashi said Japan had a duty to keep the most advanced tools out of military "
            "use.",
            "The ministry said the rules did not target any one country and that most licences would be granted "
            "within a month.",
            "China's commerce ministry said in a statement that it firmly opposed the move and would take steps to "
            "protect the rights of Chinese companies.",
            "Kuroshima Precision, a maker of wafer-cleaning tools that earns about a third of its sales in China, said "
            "it was studying the rules and could not yet say how its results would be affected.",
            "Its chief financial officer, Ayumi Tsukahara-Bell, said the company had enough orders from Taiwan and "
            "South Korea to keep its plants busy through March.",
            "Lin Shao-wei, head of Asia tech research at Dunmore Securities, said Chinese chipmakers had stockpiled "
            "tools for two years and would feel the curbs only slowly.",
            "The Precision Tool Makers Federation, which speaks for 140 Japanese equipment makers, said its members "
            "could lose as much as 400 billion yen of sales a year.",
            "A person familiar with the talks said Washington had pressed Tokyo for months to match its own rules.",
        ),
        [
            ("31 more types", "Japan's trade ministry", "institution", ""),  # the ministry as itself
            ("out of military use", "Takuro Morohashi", "official", ""),  # trade minister
            ("target any one country", "Japan's trade ministry", "institution", ""),  # "The ministry said"
            ("firmly opposed", "China's commerce ministry", "institution", ""),  # another country's ministry
            ("studying the rules", "Kuroshima Precision", "institution", ""),  # the tool maker as itself
            ("enough orders", "Ayumi Tsukahara-Bell", "other", "Kuroshima Precision"),  # "Its chief financial officer"
            ("stockpiled tools", "Lin Shao-wei", "analyst", "Dunmore Securities"),  # head of Asia tech research
            ("400 billion yen", "Precision Tool Makers Federation", "institution", ""),  # the federation as itself
            ("pressed Tokyo", "", "unnamed", ""),  # a person familiar with the talks
        ],
    ),
    (
        (
            "SINGAPORE, Oct 2 (Reuters) - Singapore Customs said on Thursday it had charged three men with lying "
            "about where servers packed with advanced American chips were going, in the city-state's first case "
            "of its kind.",
            "The agency's director-general, Kwek Hui Shan, said the servers had been declared as bound for "
            "Malaysia but were later found in a warehouse in Hong Kong.",
            "Representative Carla Drummond-Voss, a Republican who chairs the House select committee on China, said "
            "the case showed that smugglers were finding their way around the rules faster than Washington could "
            "write them.",
            "Under Secretary for Industry and Security Malcolm Ferriday-Stone said his bureau would add more "
            "export control officers in Southeast Asia this year.",
            "Brightwater Systems, the server maker whose machines were in the shipments, said it had cut off the "
            "distributor that sold them and was helping investigators.",
            "Greta Sandoval-Imrie, a fellow at the Halberd Center for Technology Policy, a Washington think tank, "
            "said chips small enough to carry in a suitcase would always be hard to track.",
            "Nathaniel Obuya-Crane, a lawyer for one of the men, said his client had been told the servers were "
            "for a data centre in Johor and had no reason to doubt it.",
            '"Every chip that slips through is a chip that trains a rival\'s military models," Drummond-Voss said.',
        ),
        [
            ("city-state's first case", "Singapore Customs", "institution", ""),  # the customs agency as itself
            ("warehouse in Hong Kong", "Kwek Hui Shan", "official", "Singapore Customs"),  # "The agency's"
            ("finding their way", "Carla Drummond-Voss", "official", ""),  # a lawmaker, committee chair
            ("export control officers", "Malcolm Ferriday-Stone", "official", ""),  # under secretary
            ("cut off the distributor", "Brightwater Systems", "institution", ""),  # the server maker as itself
            ("carry in a suitcase", "Greta Sandoval-Imrie", "analyst", "Halberd Center for Technology Policy"),
            ("data centre in Johor", "Nathaniel Obuya-Crane", "other", ""),  # a defence lawyer
            ("slips through", "Carla Drummond-Voss", "official", ""),  # her surname alone
        ],
    ),
    (
        (
            "SAN FRANCISCO, Aug 27 (Reuters) - Chip designer Novacrest Micro on Wednesday forecast third-quarter "
            "revenue below Wall Street estimates and said new U.S. export curbs would cut its sales to China by "
            "about 1.2 billion dollars.",
            '"We have effectively written China out of our outlook," chief financial officer Marisol '
            "Etxeberria-Lund told analysts on a conference call.",
            "Chief Executive Rafael Oyelowo-Brandt said demand from data centres outside China was strong enough to "
            "make up for the lost sales by next year.",
            "Samira Kohli-Wendt, an analyst at Beaumont Ridge Capital Markets, said the forecast was better than "
            "investors had feared after the rules were announced.",
            "Hugo Valcourt-Ames, chief analyst at research firm Tessellate Insights, said Chinese rivals would use the "
            "gap to win customers that Novacrest may never get back.",
            "Ingrid Solheim-Park, a portfolio manager at Ashgrove Investors, which owns Novacrest shares, said the "
            "stock's fall after hours was an overreaction.",
            "A Novacrest spokeswoman said the company was applying for licences to ship a slower version of its chip "
            "to Chinese customers.",
            "Chinese foreign ministry spokesman Guo Hanming said in Beijing that the curbs broke the rules of fair "
            "trade and would hurt American companies most.",
            "Etxeberria-Lund said the company would buy back 10 billion dollars of its shares.",
        ),
        [
            ("1.2 billion dollars", "Novacrest Micro", "institution", ""),  # the chip designer as itself
            ("written China out", "Marisol Etxeberria-Lund", "other", ""),  # chief financial officer, on a call
            ("make up for the lost sales", "Rafael Oyelowo-Brandt", "other", ""),  # chief executive
            ("investors had feared", "Samira Kohli-Wendt", "analyst", "Beaumont Ridge Capital Markets"),  # brokerage
            ("never get back", "Hugo Valcourt-Ames", "analyst", "Tessellate Insights"),  # research firm chief analyst
            ("overreaction", "Ingrid Solheim-Park", "analyst", "Ashgrove Investors"),  # portfolio manager
            ("slower version", "", "unnamed", ""),  # a spokeswoman, not named
            ("fair trade", "Guo Hanming", "official", ""),  # foreign ministry spokesman
            ("buy back", "Marisol Etxeberria-Lund", "other", ""),  # her surname alone
        ],
    ),
    (
        (
            "DRESDEN, Germany, Nov 18 (Reuters) - Chipmaker Halvorsen Microsystems said on Monday it would delay a "
            "17 billion euro chip plant near Dresden by at least two years, citing weak demand for the chips it had "
            "planned to make there.",
            "Germany's economy ministry said the 5 billion euros of subsidies promised for the plant would not be "
            "paid until building began.",
            "Economy Minister Katrin Albers-Novak said the delay was a setback but that Germany would not give up on "
            "making its own chips.",
            "Saxony's state premier, Joachim Reuther-Lindqvist, said he had been told of the decision only an hour "
            "before it was made public.",
            "The European Commission said the delay would not change its goal of doubling Europe's share of the "
            "world's chip output by 2030.",
            "Halvorsen's chief technology officer Pieter Van Aalst-Moreau said the company would keep its design "
            "teams in Dresden and hire there as planned.",
            "The Saxon Microelectronics Network, an industry association with 400 member companies, said suppliers "
            "that had hired staff for the plant would now have to cut jobs.",
            "Its managing director, Ulrike Fasbender-Koh, said the region needed a second large chipmaker so it did "
            "not depend on one company's plans.",
            "Bastien Leclercq-Imhoff, a semiconductor analyst at the French brokerage Aubertin Freres, said Halvorsen "
            "had little choice with its factories running at 60 percent of capacity.",
        ),
        [
            ("at least two years", "Halvorsen Microsystems", "institution", ""),  # the chipmaker as itself
            ("5 billion euros", "Germany's economy ministry", "institution", ""),  # the ministry as itself
            ("setback", "Katrin Albers-Novak", "official", ""),  # economy minister
            ("only an hour", "Joachim Reuther-Lindqvist", "official", ""),  # a state premier
            ("doubling Europe's share", "European Commission", "institution", ""),  # the commission as itself
            ("design teams", "Pieter Van Aalst-Moreau", "other", "Halvorsen"),  # "Halvorsen's chief technology officer"
            ("cut jobs", "Saxon Microelectronics Network", "institution", ""),  # the association as itself
            ("second large chipmaker", "Ulrike Fasbender-Koh", "other", "Saxon Microelectronics Network"),  # "Its"
            ("60 percent of capacity", "Bastien Leclercq-Imhoff", "analyst", "Aubertin Freres"),  # brokerage analyst
        ],
    ),
    (
        (
            "SEOUL, Jan 24 (Reuters) - South Korean memory chipmaker Hanseong Semicon said on Thursday its "
            "fourth-quarter operating profit had tripled from a year earlier on strong demand for chips used in "
            "artificial intelligence servers.",
            "Its chief financial officer, Yoon Ji-hoon, told analysts on a call that the company would raise "
            "spending on new equipment by about a fifth this year.",
            "South Korea's trade ministry said Washington had agreed to extend a waiver that lets Korean chipmakers "
            "ship American tools to their plants in China for another year.",
            "Trade Minister Seo Min-gyu said the government would keep pressing for the waiver to be made permanent.",
            "Park Hae-rin, head of Asia technology research at Ridgeline Securities in Seoul, said the waiver removed "
            "the biggest risk hanging over the company's shares.",
            "Mira Castellane, a senior analyst at the rating agency Prestwick Ratings, said Hanseong's debt was "
            "falling quickly and its rating could be raised this year.",
            "Opposition lawmaker Choi Yun-seok, who sits on parliament's industry committee, said Korean chipmakers "
            "should not have to ask Washington every year for permission to run their own plants.",
            "A Hanseong spokesman said the company had no plans to expand its plant in China beyond what was allowed.",
            "Yoon said prices of memory chips would keep rising through the first half of the year.",
        ),
        [
            ("tripled", "Hanseong Semicon", "institution", ""),  # the chipmaker as itself
            ("raise spending", "Yoon Ji-hoon", "other", "Hanseong Semicon"),  # "Its chief financial officer", a call
            ("extend a waiver", "South Korea's trade ministry", "institution", ""),  # the ministry as itself
            ("made permanent", "Seo Min-gyu", "official", ""),  # trade minister
            ("biggest risk", "Park Hae-rin", "analyst", "Ridgeline Securities"),  # head of Asia technology research
            ("rating could be raised", "Mira Castellane", "analyst", "Prestwick Ratings"),  # rating agency analyst
            ("ask Washington every year", "Choi Yun-seok", "official", ""),  # a lawmaker
            ("no plans to expand", "", "unnamed", ""),  # a spokesman, not named
            ("keep rising", "Yoon Ji-hoon", "other", ""),  # his surname alone
        ],
    ),
]

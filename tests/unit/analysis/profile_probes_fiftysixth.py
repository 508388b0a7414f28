"""The fifty-sixth round of blind profile probes: fictional automotive and electric-vehicle industry news from the wire,
the business pages and the auto trade press (a carmaker's quarterly results and a plant closure with its chief
executive, its chief financial officer on a call, an auto analyst at a research firm and a union local's president;
an electric-car subsidy cut with an industry minister, a dealers' federation and its president, an economist at a
bank and a lawmaker; a recall ordered by a safety regulator with its administrator, a carmaker's spokeswoman and a
consumer group and its director; a battery plant deal with a state governor, a development commissioner, the battery
maker's president, a site-selection consultant and residents; monthly car sales with an industry body, its chief
executive, a dealer, an unnamed department spokesman and a research firm's chief economist), and for each quote the
speaker, kind and affiliation written before the stories were run (test_profiles_blind_probes_fiftysixth.py). Blind:
3 wrong of 48, no gold slip (a regulator's "Administrator" taken for `other` twice; "regulators ordered Corvane
Automotive to recall ..." taken for an unnamed quote). Not counted by the harness, which checks no affiliation the
gold leaves empty: "The state's economic development commissioner, Angela Ruiz," given the affiliation "The", and a
dealer "who runs three dealerships in the Midlands" given "Midlands"."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: an industry minister, a lawmaker, a safety regulator's administrator, a state governor and a
#: state's economic development commissioner are officials; an auto analyst at a research firm, an economist at a bank,
#: a site-selection consultant and a research firm's chief economist are analysts; a carmaker's chief executive and
#: chief financial officer, a union local's president, a dealers' federation's president, a carmaker's spokeswoman, a
#: consumer group's executive director, a battery maker's president, an industry body's chief executive and a dealer
#: are `other`; a carmaker, a dealers' federation, a safety regulator, a consumer group, a battery maker and an
#: industry body speaking as themselves are `institution` under the fullest name the article gives them ("the agency",
#: "the association", "the company" resolved to it); residents and a department's spokesman not named are `unnamed`.
#: Figures that "showed" and regulators that "ordered" a recall say nothing: no quotes.
STORIES = [
    (
        (
            "DETROIT -- Halvorsen Motors will close its assembly plant in Wexford, Ohio, next year and cut about 2,400 "
            "jobs after its quarterly profit fell by more than half, the carmaker said on Tuesday.",
            "Halvorsen said net income for the three months to September fell to $610 million from $1.4 billion a "
            "year earlier, as price cuts on its electric models and higher warranty costs ate into its margins.",
            "Chief Executive Lorraine Baptiste said the company could no longer afford to run two plants that build "
            "the same mid-size sedans at half their capacity.",
            '"This was not an easy decision, and it is not a reflection on the people of Wexford," Baptiste told '
            'reporters. "It is a reflection of what customers are buying."',
            "On a call with analysts, Chief Financial Officer Viktor Szabo said the closure would bring about $900 "
            "million of charges over the next year but save $350 million a year from 2028.",
            "He said the company now expected full-year operating profit at the low end of its forecast of $5 "
            "billion to $5.5 billion.",
            "Priya Raman, an auto analyst at the research firm Castlegate Research, said Halvorsen had been slower "
            "than its rivals to cut capacity as sales of sedans shrank.",
            '"They are closing the right plant, about three years too late," Raman said.',
            "Dale Kowalski, president of Allied Autoworkers Local 1187, which represents the 2,400 workers at the "
            "Wexford plant, said the union had not been told of the closure until an hour before it was announced.",
            '"Some of these families have three generations on that line," Kowalski said. "We will fight this at '
            'the bargaining table and in Columbus."',
            "Shares of Halvorsen rose 4% in afternoon trading in New York.",
        ),
        [
            ("2,400", "Halvorsen Motors", "institution", ""),  # "the carmaker said", named before it
            ("$610 million", "Halvorsen Motors", "institution", ""),  # "Halvorsen said"
            ("no longer afford", "Lorraine Baptiste", "other", ""),  # Chief Executive
            ("not an easy decision", "Lorraine Baptiste", "other", ""),  # the same, two sentences, one quote
            ("$900", "Viktor Szabo", "other", ""),  # Chief Financial Officer, on a call
            ("low end of its forecast", "Viktor Szabo", "other", ""),  # the same, "He said"
            ("slower than its rivals", "Priya Raman", "analyst", "Castlegate Research"),  # auto analyst
            ("three years too late", "Priya Raman", "analyst", ""),  # the same
            ("not been told", "Dale Kowalski", "other", "Allied Autoworkers Local 1187"),  # a union local's president
            ("three generations", "Dale Kowalski", "other", ""),  # the same, two sentences, one quote
        ],
    ),
    (
        (
            "BERLIN -- The government will cut its purchase subsidy for electric cars by half from January and end "
            "it altogether in 2027, Industry Minister Katrin Vollmer said on Monday.",
            "Vollmer said the bonus of 4,000 euros per car had done its job, with electric models now making up "
            "almost a quarter of new registrations, and that the money was needed for the power grid and for "
            "charging points.",
            '"A subsidy that is meant to start a market should not be paid forever. This market has started," she '
            "told a news conference in Berlin.",
            "The Federation of Motor Dealers said the cut, announced with less than four weeks' notice, would leave "
            "thousands of buyers who had ordered cars but not yet received them without the bonus they had counted "
            "on.",
            "Its president, Bernd Achenbach, called on the ministry to pay the full subsidy for every car ordered "
            "before the announcement.",
            '"Our members will be the ones explaining to customers why the price just went up by 2,000 euros," '
            "Achenbach said.",
            "Carmakers have cut the prices of their electric models several times this year to compete with cheaper "
            "imports from China.",
            "Sabine Hollander, an economist at Nordwest Bank, said the cut would reduce sales of electric cars by "
            "about 15% next year.",
            '"The buyers who were going to switch anyway have mostly switched. The next ones are far more sensitive '
            'to price," Hollander said.',
            "She said the drop would ease as cheaper models from European makers reach showrooms in 2026.",
            "Green lawmaker Tobias Reinke said the government was breaking a promise to families who had planned "
            "their budgets around the bonus.",
        ),
        [
            ("by half from January", "Katrin Vollmer", "official", ""),  # Industry Minister
            ("done its job", "Katrin Vollmer", "official", ""),  # the same
            ("paid forever", "Katrin Vollmer", "official", ""),  # the same, "she told a news conference"
            ("four weeks' notice", "Federation of Motor Dealers", "institution", ""),  # dealers' body as itself
            ("full subsidy", "Bernd Achenbach", "other", "Federation of Motor Dealers"),  # its president, "called on"
            ("2,000 euros", "Bernd Achenbach", "other", ""),  # the same
            ("about 15%", "Sabine Hollander", "analyst", "Nordwest Bank"),  # economist at a bank
            ("mostly switched", "Sabine Hollander", "analyst", ""),  # the same
            ("drop would ease", "Sabine Hollander", "analyst", ""),  # the same, "She said"
            ("breaking a promise", "Tobias Reinke", "official", ""),  # a lawmaker
        ],
    ),
    (
        (
            "WASHINGTON -- Federal safety regulators on Thursday ordered Corvane Automotive to recall nearly 310,000 "
            "sport utility vehicles because their rear-view cameras can go blank when the driver shifts into reverse.",
            "The Vehicle Safety Administration said it had received 212 complaints about the cameras, including "
            "reports of 19 crashes and four injuries, and that Corvane had been too slow to act after the first "
            "complaints in 2023.",
            "Administrator Helen Marchetti said the agency had used its power to order a recall, rather than wait for "
            "a voluntary one, for only the third time in a decade.",
            '"When a carmaker knows about a defect that can hurt a child behind a reversing car, it does not get to '
            'take its time," Marchetti said in a statement.',
            "A spokeswoman for Corvane, Janelle Fisk, said the company disagreed with the agency's findings but "
            "would comply with the order and fix the cameras free of charge with a software update.",
            '"We have found no crash that was caused by the cameras, and we have been working with the agency for '
            'months," Fisk said.',
            "Owners will be notified by mail starting in January, the agency said.",
            "The consumer group Drivers First said the order showed that carmakers could not be left to police "
            "themselves as more of a car's safety features depend on software.",
            "Its executive director, Marcus Delahaye, urged the agency to look at cameras from the same supplier "
            "that are used in other brands.",
            '"This is the same part in at least four other models. One recall is not the end of this story," '
            "Delahaye said.",
        ),
        [
            ("212 complaints", "Vehicle Safety Administration", "institution", ""),  # the regulator as itself
            ("third time in a decade", "Helen Marchetti", "official", ""),  # Administrator
            ("take its time", "Helen Marchetti", "official", ""),  # the same, "said in a statement"
            ("comply with the order", "Janelle Fisk", "other", "Corvane"),  # the carmaker's spokeswoman
            ("no crash", "Janelle Fisk", "other", ""),  # the same
            ("notified by mail", "Vehicle Safety Administration", "institution", ""),  # "the agency said"
            ("police themselves", "Drivers First", "institution", ""),  # the consumer group as itself
            ("same supplier", "Marcus Delahaye", "other", "Drivers First"),  # its executive director, "urged"
            ("four other models", "Marcus Delahaye", "other", ""),  # the same
        ],
    ),
    (
        (
            "ATLANTA -- South Korean battery maker Hanbit Energy will build a $3.2 billion battery plant in rural "
            "Georgia that will employ about 2,000 people, Governor Walter Pruitt said on Wednesday.",
            "Pruitt said the state would give the company about $410 million in tax breaks, land and job training "
            "over 20 years, and that the plant would supply cells to two carmakers in the Southeast.",
            '"Five years ago nobody would have put a battery plant in Tolliver County. Today they are lining up to '
            'come here," Pruitt told a crowd at the state capitol.',
            "The state's economic development commissioner, Angela Ruiz, said the deal had taken 14 months to "
            "negotiate and that three other states had offered more money.",
            "Hanbit Energy's president, Park Joon-ho, said the company chose the site for its power supply, its rail "
            "line and a local technical college that had agreed to train workers.",
            '"We looked at 40 sites in nine states. This was the one where every answer came back yes," Park said '
            "through an interpreter.",
            "Construction is to begin in the spring, and the first cells are to come off the line in 2028.",
            "Gary Lindqvist, a site-selection consultant at Meridian Location Advisors in Dallas, said the incentive "
            "package was generous but in line with what other states had offered for battery plants.",
            '"Every state in the South is chasing the same dozen projects. The question is whether the jobs last '
            'longer than the tax breaks," Lindqvist said.',
            "Some residents said they worried about water use and truck traffic on the county's two-lane roads.",
            "The plant will be Hanbit's third in the United States, the company said.",
        ),
        [
            ("$3.2 billion", "Walter Pruitt", "official", ""),  # Governor
            ("$410 million", "Walter Pruitt", "official", ""),  # the same
            ("lining up", "Walter Pruitt", "official", ""),  # the same, "told a crowd"
            ("14 months", "Angela Ruiz", "official", ""),  # the state's economic development commissioner
            ("power supply", "Park Joon-ho", "other", "Hanbit Energy"),  # the battery maker's president
            ("40 sites", "Park Joon-ho", "other", ""),  # the same, "Park said through an interpreter"
            ("generous", "Gary Lindqvist", "analyst", "Meridian Location Advisors"),  # site-selection consultant
            ("same dozen projects", "Gary Lindqvist", "analyst", ""),  # the same
            ("water use", "", "unnamed", ""),  # residents
            ("third in the United States", "Hanbit Energy", "institution", ""),  # "the company said"
        ],
    ),
    (
        (
            "LONDON -- New car registrations in Britain rose 7% in October from a year earlier to 148,200, helped by "
            "fleet buyers and a rush of orders for plug-in hybrids, the Vehicle Makers and Traders Association said "
            "on Thursday.",
            "Battery electric cars made up 22.4% of the market, the association said, short of the 28% share that "
            "carmakers must reach this year under the government's zero-emission mandate.",
            "The association's chief executive, Fiona Gallagher, said carmakers were having to discount electric "
            "models heavily to meet the mandate, at a cost she put at 4 billion pounds this year.",
            '"The demand is not there at the prices the mandate needs. We are paying people to buy these cars," '
            "Gallagher said.",
            "Figures from the national statistics office last week showed that households were still cutting back "
            "on large purchases.",
            "Tom Ashworth, who runs three dealerships in the Midlands, said customers were walking in asking for "
            "electric cars and walking out with hybrids.",
            '"They like the idea until they ask about charging at home. Half of them live in terraced houses with no '
            'driveway," he said.',
            "A spokesman for the Department for Transport said the mandate gave carmakers flexibility and that sales "
            "of electric cars were growing faster than in most of Europe.",
            "Rebecca Thorne, chief economist at the research firm Autodata Insight, said she expected the market to "
            "finish the year up about 3%.",
            '"October was flattered by fleets. Strip them out and the private market is still shrinking," Thorne said.',
        ),
        [
            ("148,200", "Vehicle Makers and Traders Association", "institution", ""),  # an industry body as itself
            ("22.4%", "Vehicle Makers and Traders Association", "institution", ""),  # "the association said"
            ("discount electric", "Fiona Gallagher", "other", "Vehicle Makers and Traders Association"),  # its chief
            ("paying people", "Fiona Gallagher", "other", ""),  # the same
            ("walking out with hybrids", "Tom Ashworth", "other", ""),  # a dealer
            ("terraced houses", "Tom Ashworth", "other", ""),  # the same, "he said"
            ("gave carmakers flexibility", "", "unnamed", ""),  # a department's spokesman, not named
            ("up about 3%", "Rebecca Thorne", "analyst", "Autodata Insight"),  # chief economist at a research firm
            ("flattered by fleets", "Rebecca Thorne", "analyst", ""),  # the same
        ],
    ),
]

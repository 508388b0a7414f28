"""The thirty-sixth round of blind profile probes: fictional trade, sanctions and commodities news from the wire and the
trade press (an anti-dumping case on steel coils, a trade dispute panel's ruling on dairy tariffs, export controls on
chip-making tools, an oil producers' group's output decision, sanctions on a fleet of tankers) quoting the people such
stories quote (a trade ministry's investigating authority, a steel association's director general, a partner and an
"of counsel" at law firms, an importer's chief executive, an exporters' association; a trade body's deputy
director-general, a country's ambassador and another's permanent representative to it, a trade minister, a trade
economist at a think tank, a dairy cooperative and a trade representative's unnamed spokesperson; a commerce under
secretary and his bureau, a chip-tool makers' council and its president, a compliance consultant and a broker's chip
analyst; a delegate who asked not to be named, oil ministers, a bank's head of commodities research, a commodities
strategist and a shipping-data firm's analyst; a treasury under secretary, its sanctions office, a customs department,
a maritime intelligence company's head of research, a port operator's chief executive, a foreign ministry spokesman, a
sanctions lawyer and an anonymous senior official), and for each quote the speaker, kind, role and affiliation written
before the stories were run (test_profiles_blind_probes_thirtysixth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office or speaking for a state or an international body are officials (a trade
#: body's deputy director-general, ambassadors and permanent representatives, ministers, under secretaries, a foreign
#: ministry's spokesman); strategists, economists, researchers, a bank's or a data firm's analysts, a think tank's
#: economist and a consultant commenting as an expert are analysts; lawyers (partners and "of counsel" alike), an
#: association's director general or president, and executives are `other`; an authority, a bureau, an office, a
#: department, an association or a company speaking as itself is an `institution`; a delegate "who asked not to be
#: named", an unnamed spokesperson and a senior official "speaking on condition of anonymity" are `unnamed`.
STORIES = [
    (
        (
            "India on Monday imposed provisional anti-dumping duties of up to 31 per cent on cold-rolled steel coils "
            "from Vietnam and two other countries, after complaints from domestic mills.",
            "The Directorate General of Trade Remedies, the investigating arm of the commerce ministry, said in a "
            "preliminary finding that the coils had been sold in India at prices well below their cost of making.",
            '"Imports have doubled in a year while our members cut shifts," said Anand Kulkarni, director general of '
            "the Steel Makers' Federation of India.",
            "He said the federation would ask for the duties to be made final and widened to coated sheet.",
            "Meera Desai, a partner at the New Delhi law firm Sethi Bharucha & Co, which represents two of the "
            "exporters, said the authority had used the wrong prices to work out the dumping margins.",
            '"The normal values were built from a third country that has nothing in common with Vietnam," she said.',
            "Sunil Mehra, of counsel at Gupta Raman Advocates, said exporters had thirty days to answer the finding "
            "before a final ruling.",
            "Rohit Varma, chief executive of the Pune-based importer Konkan Metals Trading, said the duties would "
            "raise the cost of steel for small fabricators by a fifth.",
            "The Vietnam Steel Exporters Association said in a statement that its members had sold at market prices "
            "and would cooperate fully with the investigation.",
            "A commerce ministry official, who asked not to be named because the talks were private, said New Delhi "
            "had offered consultations to Hanoi.",
            "Vietnam's trade representative in New Delhi, Tran Minh Khoa, said Hanoi would ask for a review of the "
            "duties under the bilateral trade pact.",
        ),
        [
            ("cost of making", "Directorate General of Trade Remedies", "institution", ""),
            ("cut shifts", "Anand Kulkarni", "other", "Steel Makers' Federation of India"),  # director general
            ("coated sheet", "Anand Kulkarni", "other", ""),  # the same
            ("dumping margins", "Meera Desai", "other", "Sethi Bharucha & Co"),  # partner
            ("nothing in common", "Meera Desai", "other", ""),  # the same
            ("thirty days", "Sunil Mehra", "other", "Gupta Raman Advocates"),  # of counsel
            ("small fabricators", "Rohit Varma", "other", "Konkan Metals Trading"),  # chief executive
            ("market prices", "Vietnam Steel Exporters Association", "institution", ""),
            ("offered consultations", "", "unnamed", ""),  # a ministry official not named
            ("bilateral trade pact", "Tran Minh Khoa", "official", "Vietnam"),  # trade representative
        ],
    ),
    (
        (
            "A World Trade Organization dispute panel ruled on Thursday that Malaysia's tariffs on imported milk "
            "powder broke global trade rules, backing a complaint brought by New Zealand two years ago.",
            '"This ruling shows the system can still give members clear answers," WTO Deputy Director-General '
            "Isabel Ferreira-Lund told reporters in Geneva.",
            '"An appeal into the void helps nobody," she said, urging both sides to settle.',
            "New Zealand's ambassador to the WTO, Hemi Walker-Tane, said Wellington expected Kuala Lumpur to bring "
            "its tariffs into line within a year.",
            "Malaysia's permanent representative to the WTO, Aziz Rahman, said his government was studying the "
            "report and had not ruled out an appeal.",
            '"We believe the panel misread our schedule of commitments," Rahman said.',
            "New Zealand Trade Minister Tom Rewiti said the ruling was a win for dairy farmers who had lost a market "
            "worth NZ$300 million a year.",
            "Clara Hoffmeister, a trade economist at the Brandt Institute for International Economics, said the "
            "ruling would matter more as a signal to other members than for the milk trade itself.",
            "The dairy cooperative Kowhai Farmers Group said in a statement that it hoped to resume shipments to "
            "Malaysia by the spring.",
            "A spokesperson for the Office of the U.S. Trade Representative said Washington was reviewing the "
            "panel's reasoning.",
        ),
        [
            ("clear answers", "Isabel Ferreira-Lund", "official", "WTO"),  # deputy director-general
            ("into the void", "Isabel Ferreira-Lund", "official", ""),  # the same
            ("into line within a year", "Hemi Walker-Tane", "official", "New Zealand"),  # ambassador to the WTO
            ("ruled out an appeal", "Aziz Rahman", "official", "Malaysia"),  # permanent representative
            ("schedule of commitments", "Aziz Rahman", "official", ""),  # the same
            ("win for dairy farmers", "Tom Rewiti", "official", ""),  # trade minister
            ("signal to other members", "Clara Hoffmeister", "analyst", "Brandt Institute for International Economics"),
            ("resume shipments", "Kowhai Farmers Group", "institution", ""),
            ("panel's reasoning", "", "unnamed", ""),  # a trade representative's office's spokesperson
        ],
    ),
    (
        (
            "The U.S. Commerce Department on Tuesday widened its controls on exports of advanced chip-making tools "
            "to China, adding fourteen companies to its entity list.",
            "Under Secretary of Commerce for Industry and Security Daniel Whitcombe said the rules closed gaps that "
            "had let buyers get restricted equipment through third countries.",
            '"We will not let our most advanced technology be turned against us," Whitcombe said.',
            "The Bureau of Industry and Security said in a notice that licence requests from the listed companies "
            "would be reviewed under a presumption of denial.",
            "The Semiconductor Equipment Council, a trade group for makers of chip-making tools, said the rules "
            "would hand sales to rivals in Japan and Europe.",
            "Its president, Lorraine Caldwell, said members had already lost about $3 billion in orders since the "
            "first round of controls.",
            "Victor Anselm, a compliance consultant at Harrow Trade Advisory in Washington, said clients were "
            "scrambling to work out whether parts already shipped were covered.",
            "Huang Weiming, a semiconductor analyst at Jadeport Securities in Hong Kong, said Chinese fabs had "
            "stockpiled enough tools to last about eighteen months.",
            "Lena Hartog, a spokeswoman for the Dutch toolmaker Veldmark Lithography, said the company was still "
            "assessing what the rules meant for its service contracts in China.",
        ),
        [
            ("closed gaps", "Daniel Whitcombe", "official", "Commerce"),  # under secretary
            ("turned against us", "Daniel Whitcombe", "official", ""),  # the same
            ("presumption of denial", "Bureau of Industry and Security", "institution", ""),
            ("hand sales to rivals", "Semiconductor Equipment Council", "institution", ""),
            ("$3 billion in orders", "Lorraine Caldwell", "other", "Semiconductor Equipment Council"),  # president
            ("already shipped", "Victor Anselm", "analyst", "Harrow Trade Advisory"),  # compliance consultant
            ("eighteen months", "Huang Weiming", "analyst", "Jadeport Securities"),  # semiconductor analyst
            ("service contracts", "Lena Hartog", "other", "Veldmark Lithography"),  # spokeswoman
        ],
    ),
    (
        (
            "OPEC+ agreed on Sunday to raise oil output by 411,000 barrels per day in August, a third large increase "
            "in a row, as the group's leaders pushed to win back market share.",
            "One delegate, who asked not to be named because the talks were private, said two members had argued "
            "for a pause.",
            '"The market can absorb these barrels," Nigeria\'s Minister of State for Petroleum Resources, Chukwuma '
            "Obiano, told reporters after the online meeting.",
            "Kazakhstan's energy minister, Yerlan Bekov, said his country would keep cutting to make up for having "
            "pumped above its quota earlier in the year.",
            "Helga Brenna, head of commodities research at Nordvik Bank, said the decision showed the group now cared "
            "more about market share than about price.",
            '"They are telling shale producers that the era of defending $80 is over," she said.',
            "Marcus Tan, a commodities strategist at Straits Pacific Bank in Singapore, said Brent could fall to $58 "
            "a barrel by the end of the year.",
            "Tanker-tracking data showed exports from the Gulf had already risen by 600,000 barrels a day in July, "
            "said Oyelaran Adeyemi, an analyst at the shipping-data firm Vesselwise.",
            "OPEC said in a statement on its website that the increases could be paused or reversed depending on "
            "market conditions.",
        ),
        [
            ("argued for a pause", "", "unnamed", ""),  # a delegate who asked not to be named
            ("absorb these barrels", "Chukwuma Obiano", "official", ""),  # minister of state
            ("above its quota", "Yerlan Bekov", "official", ""),  # energy minister
            (
                "market share than about price",
                "Helga Brenna",
                "analyst",
                "Nordvik Bank",
            ),  # head of commodities research
            ("defending $80", "Helga Brenna", "analyst", ""),  # the same
            ("fall to $58", "Marcus Tan", "analyst", "Straits Pacific Bank"),  # commodities strategist
            ("600,000 barrels", "Oyelaran Adeyemi", "analyst", "Vesselwise"),  # analyst at a shipping-data firm
            ("paused or reversed", "OPEC", "institution", ""),
        ],
    ),
    (
        (
            "The U.S. Treasury Department on Wednesday imposed sanctions on 22 tankers and four ship managers it "
            "accused of helping Iran sell crude to buyers in Asia.",
            "Treasury's Under Secretary for Terrorism and Financial Intelligence, Rachel Dunmore, said the ships had "
            "used false flags and transfers at sea to hide where the oil came from.",
            '"Anyone who services this fleet puts themselves at risk," Dunmore said.',
            "The Office of Foreign Assets Control said the designations froze any U.S. assets of the companies and "
            "barred Americans from dealing with them.",
            "The Royal Malaysian Customs Department said it had stepped up inspections of vessels anchored off the "
            "coast of Johor.",
            "Noa Feldman, head of research at the maritime intelligence company Seatrace Analytics, said at least "
            "nine of the tankers had switched off their transponders for days at a time.",
            '"These ships go dark, meet in the middle of the night and come out with new paperwork," Feldman said.',
            "Kamal Ariffin, chief executive of Tanjung Selat Port Holdings, which runs the terminal where two of the "
            "tankers last docked, said the port had followed every rule on inspections.",
            "Reza Kamali, a spokesman for Iran's foreign ministry, said the sanctions would not stop the country from "
            "selling its oil.",
            "Dana Whitley, a sanctions lawyer at Carrow & Lyle in Washington, said the ship managers named would "
            "struggle to find anyone willing to insure their vessels.",
            "A senior Treasury official, speaking on condition of anonymity, said further actions against the "
            "network were being prepared.",
        ),
        [
            ("helping Iran", "U.S. Treasury Department", "institution", ""),  # "accused": set after the run
            ("false flags", "Rachel Dunmore", "official", "Treasury"),  # under secretary
            ("puts themselves at risk", "Rachel Dunmore", "official", ""),  # the same
            ("froze any U.S. assets", "Office of Foreign Assets Control", "institution", ""),
            ("stepped up inspections", "Royal Malaysian Customs Department", "institution", ""),
            ("switched off their transponders", "Noa Feldman", "analyst", "Seatrace Analytics"),  # head of research
            ("go dark", "Noa Feldman", "analyst", ""),  # the same
            ("every rule on inspections", "Kamal Ariffin", "other", "Tanjung Selat Port Holdings"),  # chief executive
            ("selling its oil", "Reza Kamali", "official", ""),  # foreign ministry spokesman
            ("insure their vessels", "Dana Whitley", "other", "Carrow & Lyle"),  # sanctions lawyer
            ("being prepared", "", "unnamed", ""),  # a senior official not named
        ],
    ),
]

"""The fourth round of blind profile probes: fictional business, politics and world wire stories and, for each
quote, the speaker, kind and affiliation written before the stories were run (test_profiles_blind_probes_fourth.py)."""

#: The batch: fictional wire stories and, for each quote, (a few words of it, speaker, kind, affiliation), written
#: before the stories were run. An affiliation left empty is not checked, as the scorer checks none.
STORIES = [
    (
        (
            "Germany's competition watchdog, the Bundeskartellamt, said on Monday it had opened an investigation into "
            "fuel prices at motorway stations.",
            '"Drivers are paying far more than the market justifies," its president, Lena Vogt, told a news '
            "conference in Bonn.",
            "Rhenag Mobil, which runs 340 motorway stations, said it would cooperate fully with the inquiry.",
            "Tobias Engel, head of energy research at Ostland Finance, said margins at motorway stations had doubled "
            "since 2022.",
            "Economy Minister Karin Wessel said the government would back any steps the watchdog took.",
        ),
        [
            ("opened an investigation", "Bundeskartellamt", "institution", ""),
            ("far more than the market", "Lena Vogt", "official", "Bundeskartellamt"),
            ("cooperate fully", "Rhenag Mobil", "institution", ""),
            ("had doubled since 2022", "Tobias Engel", "analyst", "Ostland Finance"),
            ("back any steps", "Karin Wessel", "official", ""),
        ],
    ),
    (
        (
            "Brazil's Petrobras said on Wednesday it would cut gasoline prices at its refineries by 5% from Saturday.",
            "The cut follows a drop in international crude prices, the company's chief financial officer, Renata "
            "Albuquerque, told analysts on a call.",
            '"The government is leaning on Petrobras ahead of the election," said Carlos Menezes, head of Latin '
            "America research at Halvard Securities.",
            "Mines and Energy Minister Otavio Prates said the decision had been taken by the company alone.",
            "Argentina's YPF said it had no plans to follow suit.",
        ),
        [
            ("cut gasoline prices", "Petrobras", "institution", ""),
            ("drop in international crude", "Renata Albuquerque", "other", "Petrobras"),
            ("leaning on Petrobras", "Carlos Menezes", "analyst", "Halvard Securities"),
            ("taken by the company alone", "Otavio Prates", "official", ""),
            ("no plans to follow suit", "YPF", "institution", ""),
        ],
    ),
    (
        (
            "Skyvia, the Baltic budget carrier, reported a 40% jump in quarterly profit on Thursday and raised its "
            "forecast for the year.",
            '"Demand for summer travel is stronger than ever," the airline\'s chief executive Mikael Sorensen said in '
            "a statement.",
            "Sorensen added that the carrier would take delivery of 12 new jets by March.",
            "Laura Pike, an aviation analyst at Barrow Partners, said fuel costs remained the main risk to the "
            "outlook.",
            "The European Union Aviation Safety Agency said separately it had ordered checks on engines of the type "
            "used by Skyvia.",
            "Jonas Petraitis, chairman of the Lithuanian Cabin Crew Union, said its members would vote on a strike "
            "next week.",
        ),
        [
            ("stronger than ever", "Mikael Sorensen", "other", "Skyvia"),
            ("12 new jets", "Mikael Sorensen", "other", "Skyvia"),
            ("main risk to the outlook", "Laura Pike", "analyst", "Barrow Partners"),
            ("ordered checks", "European Union Aviation Safety Agency", "institution", ""),
            ("vote on a strike", "Jonas Petraitis", "other", "Lithuanian Cabin Crew Union"),
        ],
    ),
    (
        (
            "The Federal Reserve held interest rates steady on Wednesday for a third straight meeting.",
            "The labour market has cooled but remains solid, according to the Fed.",
            "Fed Governor Alana Brooks said in a speech on Thursday that she saw room for two cuts next year.",
            '"The Fed is in no hurry," said Derek Olsen, a portfolio manager at Greystone Asset Management.',
            "Senator Mary Calloway, a Democrat from Oregon, said the central bank was keeping rates too high for "
            "families.",
        ),
        [
            ("cooled but remains solid", "Federal Reserve", "institution", ""),
            ("room for two cuts", "Alana Brooks", "official", "Federal Reserve"),
            ("in no hurry", "Derek Olsen", "analyst", "Greystone Asset Management"),
            ("too high for families", "Mary Calloway", "official", ""),
        ],
    ),
    (
        (
            "Peru's Andivia Mining said on Friday that protests had halted output at its Cerro Blanco copper mine for "
            "a fifth day.",
            '"We are losing 2,000 tonnes a day," Andivia chief executive Rafael Quispe told Reuters.',
            "Community leader Julia Mamani said villagers would not leave the road until the company paid for "
            "polluted wells.",
            "The Energy and Mines Ministry said it had sent a team to mediate.",
            "Sofia Barrios, a metals strategist at Banco Andino, said the stoppage would tighten an already short "
            "copper market.",
        ),
        [
            ("halted output", "Andivia Mining", "institution", ""),
            ("2,000 tonnes a day", "Rafael Quispe", "other", "Andivia Mining"),
            ("would not leave the road", "Julia Mamani", "other", ""),
            ("sent a team to mediate", "Energy and Mines Ministry", "institution", ""),
            ("already short", "Sofia Barrios", "analyst", "Banco Andino"),
        ],
    ),
    (
        (
            "The European Central Bank fined Nordhaven Bank 4 million euros on Tuesday for misreporting its capital.",
            "Nordhaven said it had accepted the fine and corrected the reports.",
            "ECB supervisory board chair Claudia Ferri said banks must get their reporting right.",
            "Markus Lind, a banking analyst at Fitch Ratings, said the fine was small but the damage to the bank's "
            "reputation could be larger.",
            "Sweden's financial regulator, Finansinspektionen, said on Wednesday it was reviewing the bank's Swedish "
            "branch.",
        ),
        [
            ("accepted the fine", "Nordhaven Bank", "institution", ""),
            ("reporting right", "Claudia Ferri", "official", "European Central Bank"),
            ("could be larger", "Markus Lind", "analyst", "Fitch Ratings"),
            ("reviewing the bank", "Finansinspektionen", "institution", ""),
        ],
    ),
    (
        (
            "Zambian opposition leader Mutale Banda said on Sunday he would challenge the election result in the "
            "Constitutional Court.",
            "The Electoral Commission of Zambia said the count had been free and fair.",
            '"We saw no evidence of large-scale fraud," said Anna Keller, head of the European Union observer mission.',
            "President Chanda Phiri told supporters in Lusaka that the vote had shown the strength of Zambian "
            "democracy.",
            "Nkosi Tembo, a political analyst at the University of Zambia, said the court was unlikely to overturn "
            "the result.",
        ),
        [
            ("challenge the election result", "Mutale Banda", "official", ""),
            ("free and fair", "Electoral Commission of Zambia", "institution", ""),
            ("no evidence of large-scale fraud", "Anna Keller", "official", "European Union"),
            ("strength of Zambian democracy", "Chanda Phiri", "official", "Zambia"),
            ("unlikely to overturn", "Nkosi Tembo", "analyst", "University of Zambia"),
        ],
    ),
    (
        (
            "The European Court of Justice on Thursday upheld a 2.1 billion euro fine against Vexa, the US search "
            "company.",
            "Vexa said it was disappointed with the ruling and would comply.",
            "Competition Commissioner Ingrid Sjoberg said the judgment showed that EU rules applied to everyone.",
            '"This closes the door on a decade of litigation," said Paul Varga, a lawyer at Marlow & Finch in '
            "Brussels who represented the complainants.",
            "Digital rights group Open Web Europe said the fine was too small to change Vexa's behaviour.",
        ),
        [
            ("disappointed with the ruling", "Vexa", "institution", ""),
            ("applied to everyone", "Ingrid Sjoberg", "official", ""),
            ("closes the door", "Paul Varga", "other", "Marlow & Finch"),
            ("too small to change", "Open Web Europe", "institution", ""),
        ],
    ),
    (
        (
            "India's drug regulator suspended the licence of Sunvik Pharma on Monday after tests found contaminated "
            "cough syrup.",
            "Sunvik Pharma said it had recalled all batches and was cooperating with the authorities.",
            "Health Minister Ravi Menon told parliament that the government would tighten factory inspections.",
            "The World Health Organization said it had issued a global alert over the syrup.",
            '"Regulators have been warned about this company for years," said Meera Iyer, a health policy researcher '
            "at the Public Health Foundation in New Delhi.",
            "Sunvik's managing director, Arjun Kapoor, said the company's other products were safe.",
        ),
        [
            ("recalled all batches", "Sunvik Pharma", "institution", ""),
            ("tighten factory inspections", "Ravi Menon", "official", ""),
            ("global alert", "World Health Organization", "institution", ""),
            ("warned about this company", "Meera Iyer", "analyst", "Public Health Foundation"),
            ("other products were safe", "Arjun Kapoor", "other", "Sunvik Pharma"),
        ],
    ),
    (
        (
            "United Nations Secretary-General Amara Osei said on Tuesday that aid deliveries to the region had fallen "
            "by half.",
            "The World Food Programme said 2 million people faced acute hunger.",
            '"Our trucks have been waiting at the border for three weeks," said Tariq Nasser, a spokesman for the '
            "World Food Programme in Amman.",
            "Jordan's foreign ministry said the crossing would reopen on Friday.",
            "Helene Dupont, a senior fellow at the Geneva Centre for Humanitarian Studies, said donors had cut "
            "funding sharply.",
        ),
        [
            ("fallen by half", "Amara Osei", "official", "United Nations"),
            ("acute hunger", "World Food Programme", "institution", ""),
            ("waiting at the border", "Tariq Nasser", "official", "World Food Programme"),
            ("reopen on Friday", "Jordan's foreign ministry", "institution", ""),
            ("cut funding sharply", "Helene Dupont", "analyst", "Geneva Centre for Humanitarian Studies"),
        ],
    ),
    # Three more stories, gold written before they were run, after the round's first fixes.
    (
        (
            "Nigeria's NNPC said on Thursday it had restarted the Forcados export terminal after repairs.",
            '"Output will be back to 1.6 million barrels a day within weeks," the company\'s chief executive, Bayo '
            "Adeyemi, told reporters in Abuja.",
            "Petroleum Minister Halima Sanni said the government would not raise fuel prices this year.",
            "OPEC said in its monthly report that demand would grow by 1.2 million barrels a day in 2027.",
            "Ngozi Eze, head of Africa research at Lagoon Capital, said the restart would ease pressure on the naira.",
            "Oil workers' union Pengassan said its members would end their strike on Monday.",
        ),
        [
            ("restarted the Forcados", "NNPC", "institution", ""),
            ("back to 1.6 million", "Bayo Adeyemi", "other", "NNPC"),
            ("not raise fuel prices", "Halima Sanni", "official", ""),
            ("grow by 1.2 million", "OPEC", "institution", ""),
            ("ease pressure on the naira", "Ngozi Eze", "analyst", "Lagoon Capital"),
            ("end their strike", "Pengassan", "institution", ""),
        ],
    ),
    (
        (
            "Veldoria's Constitutional Tribunal upheld the new election law on Wednesday by nine votes to six.",
            "Tribunal president Jana Kovac said the judges had weighed every argument.",
            "Opposition leader Marek Holub said the ruling was a blow to democracy.",
            "The European Commission said it was analysing the ruling.",
            '"The tribunal has been captured by the ruling party," said Lidia Novak, a law professor at Veldor '
            "University.",
            "Justice Minister Pavel Ruzicka told state television that the verdict ended a long political dispute.",
            "Election watchdog Fair Vote Veldoria said it would monitor the next ballot closely.",
        ),
        [
            ("weighed every argument", "Jana Kovac", "official", "Constitutional Tribunal"),
            ("blow to democracy", "Marek Holub", "official", ""),
            ("analysing the ruling", "European Commission", "institution", ""),
            ("captured by the ruling party", "Lidia Novak", "analyst", "Veldor University"),
            ("long political dispute", "Pavel Ruzicka", "official", ""),
            ("monitor the next ballot", "Fair Vote Veldoria", "institution", ""),
        ],
    ),
    (
        (
            "South Korea's Hanvia Electronics said on Tuesday its second-quarter operating profit had tripled on "
            "strong demand for memory chips.",
            "The chipmaker's chief financial officer, Kim Soo-jin, said prices would keep rising through the year.",
            "Park Min-ho, a semiconductor analyst at Hanwon Securities, said Hanvia was gaining share from rivals.",
            "The Bank of Korea said exports of chips had driven growth in the quarter.",
            "Trade Minister Lee Jae-won said Seoul would ask Washington to exempt Korean chips from tariffs.",
        ),
        [
            ("had tripled", "Hanvia Electronics", "institution", ""),
            ("keep rising", "Kim Soo-jin", "other", "Hanvia Electronics"),
            ("gaining share", "Park Min-ho", "analyst", "Hanwon Securities"),
            ("driven growth", "Bank of Korea", "institution", ""),
            ("exempt Korean chips", "Lee Jae-won", "official", ""),
        ],
    ),
]

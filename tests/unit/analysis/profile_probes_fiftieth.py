"""The fiftieth round of blind profile probes: fictional market wraps and currency and bond reports from the wire and
the financial press (an Australian stock-market close, a central bank's rate cut and its governor's news conference in
an invented country, a London-listed builder's profit warning and share slump, a yen and gilts report, a rating
agency's downgrade of an invented country's debt) quoting the people such reports bring in by the forms the earlier
markets round used little ("Y's head of rates strategy, X, said", "X of Y Capital", "according to X, a strategist at
Y", "Portfolio manager X of Y", "said one trader in London", "the company said in a filing", its chief financial
officer "on a call with analysts", "the bank's governor", a ministry spokesman named, "the agency said", its lead
analyst, "the statement said" of a document, which is no speaker), and for each quote the speaker, kind and
affiliation written before the stories were run (test_profiles_blind_probes_fiftieth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: strategists, economists, analysts, chief investment officers, portfolio and fund managers at
#: banks, brokers, asset managers and rating agencies commenting on markets are analysts; a central bank's governor and
#: deputy governor, a finance minister, a vice finance minister and a finance ministry spokesman are officials;
#: company executives are `other` of their company; a company, a central bank, a ministry or a rating agency speaking
#: as itself ("the company said in a filing", "the agency said") is an `institution` under the name the article gives
#: it; "analysts at Y wrote", "economists at Y", "one trader in London", "dealers said" and an official not named are
#: `unnamed` (with the firm as affiliation where one is given). A statement, a note or a filing is no speaker ("the
#: statement said" is no quote). Two entries were added after the first run: "after the company warned that …" is a
#: quote of the company, and what is said "adding that" after a direct quote is a quote of its own, as the twenty-fifth
#: round reads it; the blind gold left both out.
STORIES = [
    (
        (
            "SYDNEY -- Australian shares closed at a two-month low on Monday as iron ore prices slid and a stronger "
            "local dollar weighed on exporters, with the benchmark index ending 1.1% lower at 7,684.2.",
            "Miners led the fall after iron ore futures in Singapore dropped below $100 a tonne for the first time "
            "since February on worries about steel output in China.",
            '"The ore price is doing all the talking today, and what it says is that Chinese demand is softer than '
            'anyone hoped," said Fiona Castellane, chief investment officer at Wattlebrook Asset Management.',
            "Brackley Resources, the country's third-largest iron ore miner, lost 4.3%. The company said in a filing "
            "to the stock exchange that shipments in the quarter had been cut by heavy rain at its Pilbara port.",
            "Portfolio manager Hamish Dunleavy of Tarrant Capital said the sell-off had gone too far and that he had "
            "added to his holdings of the big miners.",
            '"You buy these names when the news is bad, not when it is good," Dunleavy said.',
            "Bank shares held up better. Kirrawee Securities' head of equity strategy, Nadia Petrakis, said lenders "
            "were benefiting from investors' hopes that the Reserve Bank would keep rates on hold for longer.",
            "Analysts at Coorong Partners wrote in a note to clients that earnings forecasts for the miners would be "
            "cut by about a tenth over the coming month.",
            "According to Daniel Okafor, a strategist at Redfern Markets, the index could fall another 3% if the "
            "ore price does not find a floor this week.",
            '"Everyone was long the miners going into this, and now everyone wants out at once," said one trader '
            "in Sydney.",
            "The Australian dollar rose to 66.8 U.S. cents. Westbourne Bank currency strategist Li Wen said the gain "
            "owed more to a weaker U.S. dollar than to anything at home.",
            "Reserve Bank of Australia Assistant Governor Mark Ellery said in a speech in Melbourne that the board "
            "was not yet confident inflation would return to its target band by next year.",
        ),
        [
            ("Chinese demand is softer", "Fiona Castellane", "analyst", "Wattlebrook Asset Management"),  # CIO
            ("heavy rain at its Pilbara port", "Brackley Resources", "institution", ""),  # "the company said"
            ("gone too far", "Hamish Dunleavy", "analyst", "Tarrant Capital"),  # portfolio manager
            ("when the news is bad", "Hamish Dunleavy", "analyst", "Tarrant Capital"),  # the same
            ("hopes that the Reserve Bank", "Nadia Petrakis", "analyst", "Kirrawee Securities"),  # equity strategy
            ("cut by about a tenth", "", "unnamed", "Coorong Partners"),  # analysts at a firm
            ("another 3%", "Daniel Okafor", "analyst", "Redfern Markets"),  # "according to", a strategist
            ("everyone wants out", "", "unnamed", ""),  # one trader in Sydney
            ("weaker U.S. dollar", "Li Wen", "analyst", "Westbourne Bank"),  # currency strategist
            ("not yet confident", "Mark Ellery", "official", "Reserve Bank of Australia"),  # assistant governor
        ],
    ),
    (
        (
            "SAN LORENZO, Maravia -- The Central Bank of Maravia cut its benchmark rate by 50 basis points to 8.75% "
            "on Thursday, its first cut in more than a year, and said inflation was slowing faster than it had "
            "forecast.",
            "The board voted five to two for the cut, with two members favouring a smaller step, the bank's "
            "statement said.",
            "Elena Castañeda, the bank's governor, told a news conference that the board still saw risks from food "
            "prices and from the weather.",
            '"We have room to move, but we will not move in a hurry," Castañeda said. "Each step will depend on the '
            'data."',
            "Asked whether the bank would cut again in March, she said she would not commit to any path.",
            "Deputy Governor Tomás Iriarte said separately that the bank had enough reserves to smooth any sharp "
            "moves in the peso.",
            "The peso fell 0.8% against the dollar after the decision. Rodrigo Ibarra, chief Latin America "
            "economist at Kessler Pryce in New York, said the cut was bigger than most investors had expected.",
            '"They are front-loading the easing while the currency is calm. That window may not stay open long," '
            "said Ibarra.",
            "Economists at Banco Tierra Alta, the country's largest private lender, now expect the rate to reach 7% "
            "by December, they wrote in a report.",
            "Maravia's finance ministry said the cut would help small businesses refinance their debts. Its "
            "spokesman, Hernán Olmedo, said the government would stick to its deficit target of 3% of GDP.",
            "Isabel Montaño of Cordillera Capital, which manages about $2 billion of local bonds, said she expected "
            "foreign investors to keep buying the country's debt as long as the deficit target held.",
        ),
        [
            ("slowing faster", "Central Bank of Maravia", "institution", ""),  # the bank speaking as itself
            ("risks from food prices", "Elena Castañeda", "official", "Central Bank of Maravia"),  # the governor
            ("room to move", "Elena Castañeda", "official", "Central Bank of Maravia"),  # the same, two sentences
            ("commit to any path", "Elena Castañeda", "official", "Central Bank of Maravia"),  # "she said"
            ("enough reserves", "Tomás Iriarte", "official", ""),  # deputy governor, the bank unnamed in the sentence
            ("bigger than most investors", "Rodrigo Ibarra", "analyst", "Kessler Pryce"),  # chief economist
            ("front-loading the easing", "Rodrigo Ibarra", "analyst", "Kessler Pryce"),  # the same
            ("reach 7%", "", "unnamed", "Banco Tierra Alta"),  # economists at a bank
            ("refinance their debts", "Maravia's finance ministry", "institution", ""),  # the ministry
            ("deficit target of 3%", "Hernán Olmedo", "official", "finance ministry"),  # its spokesman
            ("keep buying the country's debt", "Isabel Montaño", "analyst", "Cordillera Capital"),  # a bond manager
        ],
    ),
    (
        (
            "LONDON -- Shares in Hartwell Homes, one of Britain's biggest housebuilders, fell 17% on Tuesday, their "
            "worst day since 2008, after the company warned that profit this year would come in well below "
            "forecasts.",
            "In a statement to the London Stock Exchange, Hartwell said completions in the first half had fallen "
            "22% and that buyers were holding back while mortgage rates stayed above 5%.",
            "Chief financial officer Gemma Rourke told analysts on a call that the company would cut the number of "
            "sites it opens this year by a third.",
            '"We are not going to build homes that we cannot sell at a sensible price," Rourke said.',
            "Chief executive Alastair Brennock, on the same call, said the board had decided to halve the final "
            "dividend to protect the balance sheet.",
            "Thomas Varga, an analyst at Pemberton Hale who has a sell rating on the stock, said the warning "
            "showed the market for new homes had not yet reached its low point.",
            '"This is the third downgrade in nine months. At some point investors stop believing the guidance," '
            "Varga said.",
            "Ratings agency Caldwell & Strand said it had placed Hartwell's credit rating on review for a "
            "downgrade. Its lead analyst for the sector, Ingrid Solheim, said the company's debt would rise to "
            "more than twice its earnings if sales did not recover by the spring.",
            "The fall dragged other housebuilders lower. Shares in Marlowe Estates and Bexley Living each lost "
            "more than 6%.",
            "Sarah Kinnaird, head of UK equities at Lindrum Investors, said she had sold her fund's stake in "
            "Hartwell in the summer.",
            '"The sector needs rates to fall, and the Bank of England is in no hurry," Kinnaird said.',
            "A Treasury spokeswoman, asked about the housing market, said the government remained committed to "
            "building 1.5 million homes over the parliament.",
            "The Home Builders Council, which speaks for the industry, said planning delays were doing more damage "
            "than interest rates and called on ministers to speed up approvals.",
        ),
        [
            ("well below forecasts", "Hartwell Homes", "institution", ""),  # "the company warned": set after the run
            ("completions in the first half", "Hartwell Homes", "institution", ""),  # "Hartwell said", a statement
            ("by a third", "Gemma Rourke", "other", "Hartwell Homes"),  # chief financial officer, on a call
            ("sensible price", "Gemma Rourke", "other", "Hartwell Homes"),  # the same
            ("halve the final dividend", "Alastair Brennock", "other", "Hartwell Homes"),  # chief executive
            ("reached its low point", "Thomas Varga", "analyst", "Pemberton Hale"),  # an analyst at a broker
            ("third downgrade", "Thomas Varga", "analyst", "Pemberton Hale"),  # the same
            ("review for a downgrade", "Caldwell & Strand", "institution", ""),  # a rating agency as itself
            ("twice its earnings", "Ingrid Solheim", "analyst", "Caldwell & Strand"),  # its lead analyst
            ("sold her fund's stake", "Sarah Kinnaird", "analyst", "Lindrum Investors"),  # head of UK equities
            ("no hurry", "Sarah Kinnaird", "analyst", "Lindrum Investors"),  # the same
            ("1.5 million homes", "", "unnamed", ""),  # a Treasury spokeswoman, not named
            ("planning delays", "Home Builders Council", "institution", ""),  # an industry body
            ("speed up approvals", "Home Builders Council", "institution", ""),  # "and called on": a second cue
        ],
    ),
    (
        (
            "TOKYO/LONDON -- The yen slid to its weakest level in five months against the dollar on Wednesday and "
            "British government bond yields jumped after stronger-than-expected wage figures, as traders pushed "
            "back their bets on rate cuts on both sides of the world.",
            "The dollar rose as high as 157.40 yen in Asian trading. Japan's vice finance minister for "
            "international affairs, Kenji Morisaki, told reporters that the government was watching currency "
            "moves with a high sense of urgency.",
            '"Excessive moves are not desirable, and we will respond appropriately," Morisaki said, repeating '
            "language that has preceded intervention in the past.",
            "A finance ministry official, who asked not to be named, said Tokyo had been in contact with U.S. "
            "officials about the yen's fall.",
            "Hayato Shimizu, chief currency strategist at Asakura Securities in Tokyo, said the warnings would buy "
            "the yen a few days at most.",
            '"Words alone do not change the rate gap. The market knows that," Shimizu said.',
            "In London, the yield on the 10-year gilt rose 14 basis points to 4.38% after official figures showed "
            "regular pay growth held at 5.9%.",
            "Greyfriars Bank's head of rates strategy, Owen Matheson, said the figures made a rate cut at the Bank "
            "of England's next meeting very unlikely.",
            '"Gilts are being repriced for a world where the Bank waits until the autumn," said Matheson, adding '
            "that he had turned more cautious on longer-dated bonds.",
            "Sterling gained 0.5% to $1.2740. According to Priya Natarajan, a currency strategist at Harcourt "
            "Lyle, the pound could reach $1.30 by the summer if the wage data stayed firm.",
            '"The bid for gilts just disappeared after the numbers," said one trader in London.',
            "Bank of England Deputy Governor Clare Haddon said in a speech in Leeds on Wednesday evening that the "
            "Bank needed to see more evidence that wage growth was cooling before it could ease policy.",
            "Earlier in the day, Bank of Japan Governor Haruki Sonoda told parliament that the bank would weigh the "
            "yen's effect on import prices when its board meets next month.",
        ),
        [
            ("high sense of urgency", "Kenji Morisaki", "official", ""),  # vice finance minister
            ("respond appropriately", "Kenji Morisaki", "official", ""),  # the same
            ("in contact with U.S. officials", "", "unnamed", ""),  # a finance ministry official, not named
            ("a few days at most", "Hayato Shimizu", "analyst", "Asakura Securities"),  # chief currency strategist
            ("Words alone", "Hayato Shimizu", "analyst", "Asakura Securities"),  # the same
            ("very unlikely", "Owen Matheson", "analyst", "Greyfriars Bank"),  # head of rates strategy
            ("repriced for a world", "Owen Matheson", "analyst", "Greyfriars Bank"),  # the same
            ("turned more cautious", "Owen Matheson", "analyst", "Greyfriars Bank"),  # "adding that": set after the run
            ("reach $1.30", "Priya Natarajan", "analyst", "Harcourt Lyle"),  # "according to", a strategist
            ("bid for gilts", "", "unnamed", ""),  # one trader in London
            ("more evidence", "Clare Haddon", "official", "Bank of England"),  # a deputy governor
            ("effect on import prices", "Haruki Sonoda", "official", "Bank of Japan"),  # the governor
        ],
    ),
    (
        (
            "NEW YORK -- Marlin Global Ratings cut Calderia's sovereign credit rating by one notch to BB on Friday, "
            "pushing the country deeper into junk territory, and said the government's plans to narrow its budget "
            "deficit were not credible.",
            '"Calderia\'s debt burden will keep rising over the next three years under our base case," the agency '
            "said in a statement.",
            "Marlin's lead sovereign analyst for Calderia, Aurelio Benedetti, said in an interview that a deal with "
            "the International Monetary Fund could stabilise the outlook but that talks had stalled.",
            '"The numbers in the budget do not add up without new revenue," Benedetti said. "We have seen two '
            'years of promises and no delivery."',
            "Finance Minister Dragan Velić rejected the decision, saying the agency had ignored tax reforms passed "
            "by parliament last month.",
            '"This downgrade looks backward, not forward," Velić told state television.',
            "A spokesman for the finance ministry, Milan Kostić, said the government would not change its "
            "borrowing plans for the rest of the year.",
            "Calderia's dollar bonds due 2033 fell more than 2 cents to 81 cents on the dollar in New York trading.",
            "Jana Horvath, who manages emerging-market debt at Stellan Asset Management, said the downgrade was "
            "largely priced in but that forced selling by funds that can hold only investment-grade debt was not "
            "over.",
            "Dealers said local banks had stepped in to buy the bonds as they fell. Calderia's central bank said it "
            "had sold $300 million from its reserves on Friday to steady the currency.",
            "Economists at Orsova Bank wrote that the government would have to go back to the IMF before the end "
            "of the year.",
            "Nikolai Ferrante of Vesna Capital, a hedge fund that has bet against the bonds, said a default was "
            "not his main scenario but could no longer be ruled out.",
        ),
        [
            ("plans to narrow its budget deficit", "Marlin Global Ratings", "institution", ""),  # the agency
            ("debt burden will keep rising", "Marlin Global Ratings", "institution", ""),  # "the agency said"
            ("talks had stalled", "Aurelio Benedetti", "analyst", "Marlin"),  # its lead sovereign analyst
            ("do not add up", "Aurelio Benedetti", "analyst", "Marlin"),  # the same, two sentences
            ("ignored tax reforms", "Dragan Velić", "official", ""),  # finance minister, "rejected …, saying"
            ("looks backward", "Dragan Velić", "official", ""),  # the same
            ("borrowing plans", "Milan Kostić", "official", "finance ministry"),  # a ministry spokesman, named
            ("largely priced in", "Jana Horvath", "analyst", "Stellan Asset Management"),  # manages EM debt
            ("stepped in to buy", "", "unnamed", ""),  # dealers
            ("$300 million", "Calderia's central bank", "institution", ""),  # a central bank as itself
            ("go back to the IMF", "", "unnamed", "Orsova Bank"),  # economists at a bank
            ("no longer be ruled out", "Nikolai Ferrante", "analyst", "Vesna Capital"),  # of a hedge fund
        ],
    ),
]

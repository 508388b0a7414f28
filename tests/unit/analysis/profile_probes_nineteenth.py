"""The nineteenth round of blind profile probes: fictional business and politics stories, in wire style and in the
register of British online business news, on subjects earlier rounds used little (a bank's quarterly results and the
brokers who cover it, a select committee hearing on a collapsed energy supplier, the part sale of a state-owned
utility, an airwaves auction, an insurer's storm losses, a bribery raid on a builder, food price caps and inflation,
an accounting scandal at a retailer, a confidence vote, a central bank's rise), written in shapes earlier rounds used
little (a speaker named after the quote, "said X, who covers Y for Z"; "according to X, an analyst at Y"; "X told MPs"
and "X told the committee"; "the committee's chairwoman, X,"; a former chief executive; a trade association's
director; "a spokeswoman for the prosecutor's office"; "traders said" and "economists at Y said"; a minister whose
ministry owns the stake; a party leader and a party speaking as itself), and for each quote the speaker, kind, role and
affiliation written before the stories were run (test_profiles_blind_probes_nineteenth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked, as the scorer checks none. Ministers, a prime minister and a president, legislators (a committee's
#: chairwoman, an MP, a senator who chairs a committee, an opposition party's leader), a regulator's chief executive
#: and president, and a central bank's governor and deputy governor are officials (a minister affiliated to the state
#: the article names, a legislator to the committee or party the article ties them to, staff to their body);
#: executives (a serving and a former chief executive, a finance director, a company's lawyer), a trade association's
#: director and head, a shareholders' group's director and a pensioner are `other`; a brokerage's bank analyst, a
#: ratings agency's analyst, bank economists and strategists, a think-tank economist and political scientists are
#: analysts; "analysts at Y said", "traders said", "unions at the company said", "political analysts said", "a
#: spokesman for Y" and "a spokeswoman for the prosecutor's office" are unnamed. A body speaking as itself is keyed by
#: the fullest name the article gives it, also where the sentence uses its initials or a common noun.
STORIES = [
    (
        (
            "LONDON (Reuters) - Harrowgate Bank's third-quarter profit fell 31 percent as it set aside more money for "
            "bad loans to small businesses, sending its shares down 6 percent on Tuesday.",
            'Chief Executive Alistair Norwood said the bank had been "too slow" to spot stress among its borrowers in '
            "the hotel and building trades, and that provisions would stay high into next year.",
            "Finance director Priya Ramaswamy told analysts on a conference call that the bank's core capital ratio of "
            "13.8 percent left plenty of room to keep paying dividends.",
            '"We are not going to cut the payout to make one quarter look better," she said.',
            "Analysts at Calloway Securities said the provisions were larger than expected but cut their price "
            "target only slightly.",
            '"The market is punishing the bank for honesty," said Tobias Frane, who covers British lenders for '
            'Merriton Capital. "Most of its rivals have yet to face the same question."',
            "According to Julia Westcott, a banking analyst at ratings agency Brannock Ratings, the bank's exposure to "
            "commercial property remains the main risk to its credit rating.",
            "Norwood added that the bank would close 40 branches by June.",
        ),
        [
            ("too slow", "Alistair Norwood", "other", "Harrowgate Bank"),  # chief executive
            ("13.8 percent", "Priya Ramaswamy", "other", "Harrowgate Bank"),  # finance director
            ("cut the payout", "Priya Ramaswamy", "other", "Harrowgate Bank"),  # finance director
            ("larger than expected", "", "unnamed", "Calloway Securities"),  # analysts
            ("punishing the bank", "Tobias Frane", "analyst", "Merriton Capital"),  # covers British lenders
            ("commercial property", "Julia Westcott", "analyst", "Brannock Ratings"),  # banking analyst
            ("40 branches", "Alistair Norwood", "other", "Harrowgate Bank"),  # chief executive
        ],
    ),
    (
        (
            'The former boss of collapsed energy supplier Brightwater Power has told MPs he "deeply regrets" the '
            "losses suffered by its 1.2 million customers.",
            "Graham Telford, who was chief executive of Brightwater until it went bust in October, told the Business "
            'and Energy Committee that the firm had been "caught out" by the sudden rise in wholesale gas prices.',
            "The committee's chairwoman, Labour MP Denise Oakley, said customers had been left to pick up a bill of "
            "£2.7bn through higher charges on their energy bills.",
            "Mr Telford said he had never been told by the regulator that the company's hedging was inadequate.",
            "But Jonathan Meads, chief executive of the Energy Markets Authority (EMA), told the committee that "
            "Brightwater had ignored two warnings about its finances in 2021.",
            '"We asked, we warned, and we were told everything was in hand," Mr Meads said.',
            'Conservative MP Henry Ashdown said the regulator had "handed out licences like raffle tickets" to firms '
            "with no capital behind them.",
            "The EMA said in a written statement after the hearing that it had since tightened its checks on new "
            "suppliers.",
            'Consumer group Fairbill said the hearing had shown that "nobody was minding the shop".',
            "Kathleen Hurst, a pensioner from Wigan who was moved to a new supplier, said her monthly bill had "
            "doubled.",
        ),
        [
            ("deeply regrets", "Graham Telford", "other", "Brightwater Power"),  # former chief executive
            ("caught out", "Graham Telford", "other", "Brightwater Power"),  # former chief executive
            ("£2.7bn", "Denise Oakley", "official", "Business and Energy Committee"),  # committee chairwoman
            ("hedging was inadequate", "Graham Telford", "other", "Brightwater Power"),  # former chief executive
            ("two warnings", "Jonathan Meads", "official", "Energy Markets Authority"),  # chief executive
            ("we were told everything", "Jonathan Meads", "official", "Energy Markets Authority"),  # chief executive
            ("raffle tickets", "Henry Ashdown", "official", "Conservative"),  # MP
            ("tightened its checks", "Energy Markets Authority", "institution", ""),
            ("minding the shop", "Fairbill", "institution", ""),
            ("bill had doubled", "Kathleen Hurst", "other", ""),  # pensioner
        ],
    ),
    (
        (
            "PRAGUE (Reuters) - The Czech government will sell up to 20 percent of state-owned utility Moravia "
            "Energie on the Prague stock exchange next year, Finance Minister Tomas Hruby said on Wednesday.",
            "Hruby said the sale could raise about 40 billion crowns, which would go towards reducing the budget "
            "deficit.",
            "Moravia Energie's chief executive, Pavel Koudelka, said the listing would force the company to be more "
            "efficient and would not slow its investment in new nuclear units.",
            "The state will keep a controlling stake, he said.",
            "Industry Minister Jana Vesela, whose ministry owns the stake, said the state would keep a golden share "
            "that could block any change of control.",
            "The main opposition party, Civic Alliance, said it would reverse the sale if it won power in next "
            "autumn's election.",
            'Its leader, Martin Stastny, called the plan "selling the family silver to pay the grocery bill".',
            "Unions at the company said they feared the sale would be followed by job cuts.",
            "Lukas Benes, an energy analyst at Prague brokerage Vltava Securities, said investors would want a clear "
            "dividend policy before they bought.",
            '"Without a promise on dividends, this is a hard sell," Benes said.',
        ),
        [
            ("20 percent", "Tomas Hruby", "official", "Czech Republic"),  # finance minister
            ("40 billion crowns", "Tomas Hruby", "official", "Czech Republic"),  # finance minister
            ("more efficient", "Pavel Koudelka", "other", "Moravia Energie"),  # chief executive
            ("controlling stake", "Pavel Koudelka", "other", "Moravia Energie"),  # chief executive
            ("golden share", "Jana Vesela", "official", "Czech Republic"),  # industry minister
            ("reverse the sale", "Civic Alliance", "institution", ""),
            ("family silver", "Martin Stastny", "official", "Civic Alliance"),  # opposition party leader
            ("job cuts", "", "unnamed", ""),  # unions at the company
            ("dividend policy", "Lukas Benes", "analyst", "Vltava Securities"),  # energy analyst
            ("hard sell", "Lukas Benes", "analyst", "Vltava Securities"),  # energy analyst
        ],
    ),
    (
        (
            "SAO PAULO (Reuters) - Brazil's auction of 5G airwaves raised 9.4 billion reais on Thursday, less than "
            "half what the government had hoped for, as two of the four bidders pulled out, the National "
            "Telecommunications Agency said.",
            'The agency\'s president, Renato Coelho, said the result was "disappointing but not a failure" and that '
            "unsold blocks would be offered again next year.",
            "Communications Minister Ana Paula Ribeiro told reporters in Brasilia that the government would not lower "
            "the reserve prices to attract bidders.",
            "Carlos Mendonça, chief executive of Veloz Telecom, which won the largest block, said the company would "
            "cover all state capitals within two years.",
            "A spokesman for Rede Sul, one of the bidders that pulled out, said the reserve prices did not reflect the "
            "cost of building networks in rural areas.",
            '"The government priced the airwaves as if it were 2019," said Beatriz Lobo, a telecoms analyst at Banco '
            "Atlântico in Sao Paulo.",
            "She said investors were wary of spending heavily while interest rates stayed above 10 percent.",
            "Senator Rodrigo Paiva, who chairs the Senate infrastructure committee, said he would call the agency's "
            "board to explain the shortfall.",
        ),
        [
            ("9.4 billion reais", "National Telecommunications Agency", "institution", ""),
            ("not a failure", "Renato Coelho", "official", "National Telecommunications Agency"),  # president
            ("reserve prices to attract", "Ana Paula Ribeiro", "official", "Brazil"),  # communications minister
            ("state capitals", "Carlos Mendonça", "other", "Veloz Telecom"),  # chief executive
            ("rural areas", "", "unnamed", "Rede Sul"),  # a spokesman
            ("as if it were 2019", "Beatriz Lobo", "analyst", "Banco Atlântico"),  # telecoms analyst
            ("spending heavily", "Beatriz Lobo", "analyst", "Banco Atlântico"),  # telecoms analyst
            ("explain the shortfall", "Rodrigo Paiva", "official", "Senate infrastructure committee"),  # chair
        ],
    ),
    (
        (
            "Insurer Northgate Mutual has warned that claims from last month's storms will cost it about £340m, "
            "wiping out most of its profit for the year.",
            "Chief executive Sarah Lindqvist said more than 60,000 households had made claims, three times the number "
            "after the floods of 2015.",
            '"Our job now is to get people back into their homes before Christmas," she said.',
            "The Association of British Insurers (ABI) said the storms were likely to be the costliest weather event "
            "for the industry in a decade.",
            "Its director of general insurance, Michael Thorne, said insurers had already paid out £120m in emergency "
            "payments.",
            "Insurance analyst Kevin Brough of stockbroker Hallam Reid said premiums for homes near rivers were likely "
            "to rise by up to 20% next year.",
            "Environment Secretary Margaret Pryce said the government would spend an extra £150m on flood defences in "
            "the north of England.",
            'But the Local Government Association said councils needed the money "now, not in three years".',
            "Mr Brough added that reinsurers, who take on part of the risk from insurers such as Northgate, would also "
            "raise their prices in January.",
        ),
        [
            ("£340m", "Northgate Mutual", "institution", ""),
            ("60,000 households", "Sarah Lindqvist", "other", "Northgate Mutual"),  # chief executive
            ("back into their homes", "Sarah Lindqvist", "other", "Northgate Mutual"),  # chief executive
            ("costliest weather event", "Association of British Insurers", "institution", ""),
            ("£120m", "Michael Thorne", "other", "Association of British Insurers"),  # director of general insurance
            ("homes near rivers", "Kevin Brough", "analyst", "Hallam Reid"),  # insurance analyst
            ("flood defences", "Margaret Pryce", "official", ""),  # environment secretary
            ("not in three years", "Local Government Association", "institution", ""),
            ("reinsurers", "Kevin Brough", "analyst", "Hallam Reid"),  # insurance analyst
        ],
    ),
    (
        (
            "MADRID (Reuters) - Spanish police searched the headquarters of construction group Obras Cantabria on "
            "Tuesday as part of an investigation into bribes allegedly paid for motorway contracts, the "
            "anti-corruption prosecutor's office said.",
            "A spokeswoman for the prosecutor's office said six people had been detained, including two former "
            "officials of the public works ministry.",
            "Obras Cantabria said in a statement that it was cooperating fully with investigators and that its "
            "current management had no link to the contracts under investigation.",
            "The company's lawyer, Ignacio Ferrer, told reporters outside the building that none of the detained "
            "people still worked for the group.",
            "Public Works Minister Lucia Morales said the ministry would review every contract signed with the "
            "company since 2015.",
            "The opposition People's Party called for Morales to appear before parliament to explain how the "
            "contracts had been awarded.",
            "Elena Saiz, a political scientist at the Complutense University of Madrid, said the case could damage the "
            "government ahead of regional elections in May.",
            "Shares in Obras Cantabria fell 9 percent. Traders said investors feared the company could be barred from "
            "public tenders.",
        ),
        [
            ("motorway contracts", "anti-corruption prosecutor's office", "institution", ""),
            ("six people", "", "unnamed", "anti-corruption prosecutor's office"),  # a spokeswoman
            ("cooperating fully", "Obras Cantabria", "institution", ""),
            ("still worked for the group", "Ignacio Ferrer", "other", "Obras Cantabria"),  # company lawyer
            ("review every contract", "Lucia Morales", "official", "Spain"),  # public works minister
            ("appear before parliament", "People's Party", "institution", ""),
            ("regional elections", "Elena Saiz", "analyst", "Complutense University of Madrid"),  # political scientist
            ("barred from public tenders", "", "unnamed", ""),  # traders
        ],
    ),
    (
        (
            "BUDAPEST (Reuters) - Hungarian inflation slowed to 7.2 percent in March from 8.1 percent in February, the "
            "Central Statistical Office said on Friday, as food prices fell for the first time in two years.",
            "The government will keep caps on the prices of eight basic foods until the end of June, Economy Minister "
            "Gabor Farkas told a news conference.",
            "Farkas said the caps had saved families an average of 9,000 forints a month.",
            "Retailers have long opposed the caps. Peter Szabo, head of the National Association of Food Retailers, "
            "said shops were selling some goods at a loss and had cut staff to make up for it.",
            '"The caps have emptied shelves, not filled shopping baskets," Szabo said.',
            "Andras Kiss, chief economist at Duna Bank in Budapest, said inflation would fall below 5 percent by the "
            "autumn as the harvest brought cheaper vegetables.",
            "Eleven of 14 analysts polled by Reuters expect the National Bank of Hungary to cut its base rate by half "
            "a point on Tuesday.",
            'Deputy Governor Ferenc Toth said last week that the bank would move "carefully and step by step".',
            "Zsofia Nemeth, an economist at the Tisza Policy Institute, said the caps hurt small shops in villages "
            "more than the big chains.",
        ),
        [
            ("7.2 percent", "Central Statistical Office", "institution", ""),
            ("eight basic foods", "Gabor Farkas", "official", "Hungary"),  # economy minister
            ("9,000 forints", "Gabor Farkas", "official", "Hungary"),  # economy minister
            ("at a loss", "Peter Szabo", "other", "National Association of Food Retailers"),  # head
            ("emptied shelves", "Peter Szabo", "other", "National Association of Food Retailers"),  # head
            ("below 5 percent", "Andras Kiss", "analyst", "Duna Bank"),  # chief economist
            ("step by step", "Ferenc Toth", "official", "National Bank of Hungary"),  # deputy governor
            ("small shops", "Zsofia Nemeth", "analyst", "Tisza Policy Institute"),  # economist
        ],
    ),
    (
        (
            "Shares in Dutch retailer Vanderberg Groep fell 22 percent on Monday after it said its profits for the "
            "past three years had been overstated by about 480 million euros because of errors in how it booked "
            "supplier discounts.",
            "The company said chief executive Hans Mulder had stepped down with immediate effect and that finance "
            "chief Eline Bakker would run the group until a successor was found.",
            '"This is a painful day for everyone who works here," Bakker said in a video message to staff. "We will '
            'find out exactly what went wrong and we will tell you."',
            "The Netherlands Authority for the Financial Markets (AFM) said it had opened an investigation into "
            "whether the company had misled investors.",
            "Auditor Klaas & Meijer, which signed off the accounts, said it was reviewing its work and could not "
            "comment further.",
            "Jeroen Visser, director of the Dutch Investors' Union, said his members would consider suing the company "
            "and its auditor.",
            "Marieke de Groot, a retail analyst at Rijnstad Bank in Amsterdam, said suppliers were likely to demand "
            "tougher terms.",
            "Finance Minister Pieter Lammers said the government had no plans to tighten the rules for auditors until "
            "the investigation was over.",
        ),
        [
            ("480 million euros", "Vanderberg Groep", "institution", ""),
            ("stepped down", "Vanderberg Groep", "institution", ""),
            ("painful day", "Eline Bakker", "other", "Vanderberg Groep"),  # finance chief
            ("misled investors", "Netherlands Authority for the Financial Markets", "institution", ""),
            ("reviewing its work", "Klaas & Meijer", "institution", ""),
            ("consider suing", "Jeroen Visser", "other", "Dutch Investors' Union"),  # director
            ("tougher terms", "Marieke de Groot", "analyst", "Rijnstad Bank"),  # retail analyst
            ("rules for auditors", "Pieter Lammers", "official", "Netherlands"),  # finance minister
        ],
    ),
    (
        (
            "LISBON (Reuters) - Portugal's minority government survived a confidence vote in parliament on Wednesday "
            "after the main opposition party abstained, ending a week of uncertainty that had pushed up the country's "
            "borrowing costs.",
            "Prime Minister Rui Carvalho told lawmakers before the vote that the country could not afford "
            '"a third election in four years".',
            'Social Democratic leader Marta Pinheiro said her party had abstained "out of responsibility, not out of '
            'confidence".',
            "The Left Bloc, which voted against the government, said the budget favoured landlords over tenants.",
            'President Jorge Almada said in a statement that stability was "the first condition for growth".',
            "The yield on Portugal's 10-year bonds fell 12 basis points after the vote. \"The market had priced in "
            'some risk of an early election and is now taking it out," said Ricardo Faria, a strategist at Banco Tejo '
            "in Lisbon.",
            "Political analysts said the government's survival depended on passing next year's budget in October.",
            "Antonio Costa Reis, a political scientist who teaches at the University of Lisbon, said the abstention "
            "gave the opposition a veto it would use sparingly.",
        ),
        [
            ("third election", "Rui Carvalho", "official", "Portugal"),  # prime minister
            ("out of responsibility", "Marta Pinheiro", "official", "Social Democratic"),  # opposition leader
            ("landlords over tenants", "Left Bloc", "institution", ""),
            ("first condition for growth", "Jorge Almada", "official", "Portugal"),  # president
            ("priced in", "Ricardo Faria", "analyst", "Banco Tejo"),  # strategist
            ("budget in October", "", "unnamed", ""),  # political analysts
            ("use sparingly", "Antonio Costa Reis", "analyst", "University of Lisbon"),  # political scientist
        ],
    ),
    (
        (
            "WELLINGTON (Reuters) - New Zealand's central bank raised its official cash rate by a quarter point to "
            "5.75 percent on Wednesday and said it might need to raise it again if house prices kept climbing.",
            "Reserve Bank of New Zealand (RBNZ) Governor Neil Ashcombe told a news conference that inflation was "
            '"still too high and too sticky" and that the bank was not yet done.',
            '"We would rather do a little too much now than a lot more later," Ashcombe said.',
            "Finance Minister Claire Huata said the government respected the bank's independence but that families "
            "with mortgages would be hurt.",
            "Sharon Tui, chief economist at Kauri Bank, said the RBNZ had surprised markets, which had expected it to "
            "hold.",
            "Economists at Tasman Securities said they now expected another rise in August.",
        ),
        [
            ("house prices kept climbing", "Reserve Bank of New Zealand", "institution", ""),
            ("too sticky", "Neil Ashcombe", "official", "Reserve Bank of New Zealand"),  # governor
            ("a little too much", "Neil Ashcombe", "official", "Reserve Bank of New Zealand"),  # governor
            ("families with mortgages", "Claire Huata", "official", "New Zealand"),  # finance minister
            ("surprised markets", "Sharon Tui", "analyst", "Kauri Bank"),  # chief economist
            ("another rise in August", "", "unnamed", "Tasman Securities"),  # economists
        ],
    ),
]

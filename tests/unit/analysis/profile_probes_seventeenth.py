"""The seventeenth round of blind profile probes: fictional business and politics stories in the register of British
online business news (no datelines, longer paragraphs, "Mr X said", present-tense "says") on subjects earlier rounds
used little (an airline's quarterly loss, a drug maker's takeover, a budget vote in parliament, a mining royalty
dispute, a bank fined by a regulator, a retail chain closing shops, a trade minister's export mission, a pension
strike), written in shapes earlier rounds used little (a title before the name, "Chief Executive X"; possessive
companies, "Y's spokeswoman, X,"; "its general secretary" after a body named with its initials; nationality
adjectives before a title, "Irish Finance Minister X"; a body named in full with its initials and then by them; roles
after names with "of", "at" and "with"; "a company spokesman"; "the agency" and "the chamber" for a body named
before), and for each quote the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_seventeenth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked, as the scorer checks none. Ministers, a premier, an ambassador, legislators (an opposition party's
#: finance spokesman, a backbencher) and a regulator's enforcement director are officials (a minister or ambassador
#: affiliated to the state the article names, a premier to the state, a party spokesman to the party, a regulator's
#: staff to the regulator); executives, a company spokeswoman, a landlord's chief executive, a union leader, an
#: exporters' council president and a shop worker are `other`; a brokerage's airline analyst, a fund manager, a
#: think-tank economist, a rating agency's analyst, a law professor, a retail consultant and a pollster are analysts;
#: "a company spokesman" is unnamed. A body speaking as itself is keyed by the fullest name the article gives it, also
#: where the sentence uses its initials.
STORIES = [
    (
        (
            "Northwind Airways has slumped to a loss of £212m for the three months to June after higher fuel costs and "
            "a strike by baggage handlers at its main hub.",
            "Chief Executive Martin Ashby said the airline would cut 14 routes over the winter and retire its six "
            "oldest jets.",
            '"We have had a difficult summer and we are not going to pretend otherwise," Mr Ashby told reporters.',
            "On a call with analysts, the airline's chief financial officer, Sophie Carrow, said fuel had cost £90m "
            "more than a year earlier.",
            "Daniel Okafor, an airline analyst at brokerage Fenwick Hale, said the cuts were overdue but would not be "
            "enough on their own.",
            "The British Airline Pilots' Guild (BAPG) said its members would not accept any change to rosters agreed "
            "last year.",
            "Its general secretary, Ruth Kellaway, warned that pilots would ballot for strike action if the company "
            "tried to impose new terms.",
            "Shares in Northwind fell 7% in London.",
        ),
        [
            ("cut 14 routes", "Martin Ashby", "other", "Northwind Airways"),  # chief executive
            ("difficult summer", "Martin Ashby", "other", "Northwind Airways"),  # chief executive
            ("£90m more", "Sophie Carrow", "other", "Northwind Airways"),  # chief financial officer
            ("cuts were overdue", "Daniel Okafor", "analyst", "Fenwick Hale"),  # airline analyst
            ("change to rosters", "British Airline Pilots' Guild", "institution", ""),
            (
                "ballot for strike action",
                "Ruth Kellaway",
                "other",
                "British Airline Pilots' Guild",
            ),  # general secretary
        ],
    ),
    (
        (
            "German drug maker Kessler Pharma has agreed to buy its smaller British rival Avonbridge Therapeutics for "
            "£6.4bn, creating one of Europe's biggest makers of vaccines.",
            "Kessler's chief executive, Dieter Vogt, said the deal would give the combined group a stronger presence "
            "in the US market.",
            "Avonbridge said its board would recommend the offer to shareholders, saying it represented a premium of "
            "38% to Friday's closing price.",
            "The Competition and Markets Authority (CMA) said it would examine whether the merger could raise prices "
            "for hospitals.",
            "Helen Rourke, a fund manager with Greyfriars Investors, which holds about 2% of Avonbridge, says the "
            "price is too low.",
            "\"Avonbridge's pipeline is worth far more than this in three years' time,\" she said.",
            "Health Minister Peter Lowry said the government would seek assurances that research jobs stayed in the "
            "UK.",
        ),
        [
            ("stronger presence", "Dieter Vogt", "other", "Kessler Pharma"),  # chief executive
            ("recommend the offer", "Avonbridge Therapeutics", "institution", ""),
            ("raise prices for hospitals", "Competition and Markets Authority", "institution", ""),
            ("price is too low", "Helen Rourke", "analyst", "Greyfriars Investors"),  # fund manager
            ("worth far more", "Helen Rourke", "analyst", "Greyfriars Investors"),  # fund manager
            ("research jobs", "Peter Lowry", "official", ""),  # health minister
        ],
    ),
    (
        (
            "The Irish government has won a vote on its budget by 81 votes to 76, after two independent members "
            "switched sides at the last minute.",
            "Irish Finance Minister Niamh Gallagher told parliament that the budget would cut the deficit to 1% of "
            "national income by 2027.",
            "Conor Walsh, the finance spokesman of the opposition Social Democrats, said the budget did nothing for "
            "people who rent.",
            '"This is a budget for people who already own their homes," Mr Walsh said.',
            "Government backbencher Mary Doyle, who voted with the government despite earlier threats, said she had "
            "won a promise of funding for her local hospital.",
            "Aoife Brennan, an economist with the Institute for Fiscal Research, a Dublin think tank, said the "
            "spending plans rested on corporation tax receipts that might not last.",
            "The Department of Finance said in a statement that the forecasts had been checked by the independent "
            "fiscal council.",
        ),
        [
            ("1% of national income", "Niamh Gallagher", "official", "Ireland"),  # Irish Finance Minister
            ("people who rent", "Conor Walsh", "official", "Social Democrats"),  # finance spokesman
            ("own their homes", "Conor Walsh", "official", "Social Democrats"),  # finance spokesman
            ("local hospital", "Mary Doyle", "official", ""),  # government backbencher
            ("corporation tax receipts", "Aoife Brennan", "analyst", "Institute for Fiscal Research"),  # economist
            ("checked by the independent", "Department of Finance", "institution", ""),
        ],
    ),
    (
        (
            "The Western Australian government has defended a planned rise in iron ore royalties in the face of "
            "threats by miners to cut investment in the state.",
            "State Premier Graham Tully said the industry could afford to pay more after two years of record profits.",
            '"The ore belongs to the people of this state, not to the shareholders," Mr Tully said.',
            "Pilbara Ridge Mining's spokeswoman, Kylie Andrews, said the company would delay a A$2bn expansion of its "
            "Red Hill mine until the rates were settled.",
            "The Chamber of Minerals and Energy said the increase would make the state less competitive than Brazil "
            "and Canada.",
            "Paul Ferris, chief executive of the chamber, said members had been given two weeks' notice of the change.",
            "Credit rating agency Stanmore Ratings said the higher royalty would strengthen the state's budget.",
            "Li Zhou, a senior analyst at the agency, said miners were likely to protect dividends by trimming "
            "spending.",
        ),
        [
            ("afford to pay more", "Graham Tully", "official", "Western Australia"),  # state premier
            ("ore belongs to the people", "Graham Tully", "official", "Western Australia"),  # state premier
            ("Red Hill mine", "Kylie Andrews", "other", "Pilbara Ridge Mining"),  # spokeswoman
            ("less competitive", "Chamber of Minerals and Energy", "institution", ""),
            ("two weeks' notice", "Paul Ferris", "other", "Chamber of Minerals and Energy"),  # chief executive
            ("strengthen the state's budget", "Stanmore Ratings", "institution", ""),
            ("protect dividends", "Li Zhou", "analyst", "Stanmore Ratings"),  # senior analyst
        ],
    ),
    (
        (
            "The Financial Conduct Authority (FCA) has fined Marlow Bank £48m for failing to treat customers in "
            "arrears fairly.",
            "Mark Steadman, the FCA's executive director of enforcement, said the bank had let thousands of "
            "struggling borrowers down.",
            '"Firms must put things right quickly when customers get into difficulty," he said.',
            "Marlow Bank said in a statement that it accepted the findings and had already paid £73m in compensation.",
            "The bank's chief executive, Fiona Grant, apologised to customers and said the failings dated back to "
            "2019.",
            "Consumer group Fair Money said the fine was small compared with the bank's profits.",
            "Professor Alan Pierce of Kingsford University's law school said the case showed regulators were now more "
            "willing to act on how loans were collected.",
        ),
        [
            # executive director of enforcement
            ("struggling borrowers", "Mark Steadman", "official", "Financial Conduct Authority"),
            ("put things right", "Mark Steadman", "official", "Financial Conduct Authority"),
            ("accepted the findings", "Marlow Bank", "institution", ""),
            ("dated back to", "Fiona Grant", "other", "Marlow Bank"),  # chief executive
            ("small compared with", "Fair Money", "institution", ""),
            ("more willing to act", "Alan Pierce", "analyst", "Kingsford University"),  # professor
        ],
    ),
    (
        (
            "High street chain Lorrimer & Co is to close 40 of its 210 shops, putting about 1,200 jobs at risk.",
            "A company spokesman said staff would be offered jobs at nearby branches where possible.",
            "Lorrimer's chief executive, Tom Hale, said online sales now made up a third of the business.",
            "Rebecca Shaw, chief executive of shopping centre owner Castlegate Properties, said landlords were being "
            "forced to rethink how they used empty units.",
            "Retail consultant Colin Briggs of Verdant Retail said the chain had been slow to move its business "
            "online.",
            '"They have too many shops in the wrong towns," Mr Briggs said.',
            "Janet Pugh, who has worked at the chain's Swindon branch for 17 years, said staff had learned of the "
            "closures from the news.",
        ),
        [
            ("nearby branches", "", "unnamed", ""),  # company spokesman
            ("a third of the business", "Tom Hale", "other", "Lorrimer & Co"),  # chief executive
            ("empty units", "Rebecca Shaw", "other", "Castlegate Properties"),  # chief executive
            ("slow to move", "Colin Briggs", "analyst", "Verdant Retail"),  # retail consultant
            ("wrong towns", "Colin Briggs", "analyst", "Verdant Retail"),  # retail consultant
            ("from the news", "Janet Pugh", "other", ""),  # shop worker
        ],
    ),
    (
        (
            "Canadian Trade Minister Sunil Mehta has led a delegation of 60 companies to Vietnam and Indonesia in an "
            "effort to cut the country's dependence on sales to the US.",
            "Mr Mehta said the ten-day visit had produced contracts worth C$1.4bn, including an order for rail "
            "signalling equipment.",
            '"Our exporters cannot rely on a single market any longer," he told a business forum in Hanoi.',
            "Louise Gagnon, president of the Canadian Exporters Council, said smaller firms needed cheaper export "
            "credit to follow up on the deals.",
            "Canada's ambassador to Vietnam, Robert Chan, said two Canadian banks were considering opening branches "
            "in Ho Chi Minh City.",
            "Vietnam's Ministry of Industry and Trade said it welcomed more investment in clean energy.",
            "Greg Mills, an economist at the Toronto-based Harbourfront Institute, says the deals are small next to "
            "the C$600bn of goods Canada sends south each year.",
        ),
        [
            ("rail signalling", "Sunil Mehta", "official", "Canada"),  # Canadian Trade Minister
            ("single market", "Sunil Mehta", "official", "Canada"),  # Canadian Trade Minister
            ("cheaper export credit", "Louise Gagnon", "other", "Canadian Exporters Council"),  # president
            ("opening branches", "Robert Chan", "official", "Canada"),  # ambassador to Vietnam
            ("clean energy", "Vietnam's Ministry of Industry and Trade", "institution", ""),
            ("sends south", "Greg Mills", "analyst", "Harbourfront Institute"),  # economist
        ],
    ),
    (
        (
            "Trains, schools and airports across France were disrupted on Thursday as workers went on strike against "
            "plans to raise the pension age to 65.",
            "Philippe Marchand, leader of the General Confederation of Labour (CGT), said more than a million people "
            "had marched in 200 towns.",
            '"The government has not listened, so the streets will make it listen," Mr Marchand said.',
            "French Labour Minister Claire Dutour told RTL radio that the reform would go ahead because the system "
            "would otherwise run a deficit of €14bn by 2030.",
            "The CGT said a further day of action would be held next Tuesday.",
            "Jerome Lacroix, director of opinion studies at pollster Opinia, said 68% of voters opposed the reform.",
            "The SNCF, the state railway, said only one in three high-speed trains would run.",
        ),
        [
            ("200 towns", "Philippe Marchand", "other", "General Confederation of Labour"),  # leader
            ("make it listen", "Philippe Marchand", "other", "General Confederation of Labour"),  # leader
            ("deficit of €14bn", "Claire Dutour", "official", "France"),  # French Labour Minister
            ("further day of action", "General Confederation of Labour", "institution", ""),
            ("68% of voters", "Jerome Lacroix", "analyst", "Opinia"),  # director of opinion studies
            ("high-speed trains", "SNCF", "institution", ""),
        ],
    ),
]

"""The twenty-third round of blind profile probes: fictional business and politics stories in the register of wire
services and the financial press outside North America (a competition authority's review of a bank takeover in
Portugal, a state airline's rescue in Ghana, a central bank's cut in Poland, a copper royalty dispute in Peru, an
airwaves auction in India, a bond restructuring in Sri Lanka, a coalition budget vote in Germany), with speakers of the
kinds such stories quote (ministers with the state in the title or only in the story, a central bank's governor and a
council member, MPs of named parties, bank and brokerage economists, rating-agency analysts, chief executives and
finance chiefs, spokespeople, union leaders, a company or a party speaking as itself, "a person familiar with the
matter"), and for each quote the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_twentythird.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked, as the scorer checks none. Ministers are officials affiliated to the state the story is about, also
#: when only the story names it; a competition authority's president, a central bank's governor and council member,
#: an IMF mission chief and MPs (affiliated to the party the story names) are officials; chief executives, a finance
#: chief, a chairman, union leaders, a mining chamber's head and an industry federation's president are `other`;
#: brokerage and bank analysts, economists and strategists, rating-agency analysts, an institute's economist and a
#: fund manager commenting on the market are analysts; "a person familiar with the matter", "economists at Y said", "a
#: spokeswoman for Y" and an official who asked not to be named are unnamed. A body speaking as itself is keyed by the
#: fullest name the story gives it, also where the sentence uses a common noun. Two entries were set right after the
#: first run, where the blind gold had keyed by more or less than the guidelines ask: the competition authority by its
#: name without the possessive of its state, and the IMF mission chief's affiliation by the fund's full name, which
#: the story gives before.
STORIES = [
    (
        (
            "LISBON, March 4 (Reuters) - Portugal's Competition Authority opened an in-depth review on Tuesday of "
            "Banco Atlântico Norte's 2.1 billion euro takeover of smaller rival Caixa Serrana, saying the deal could "
            "leave borrowers in the country's interior with too few lenders to choose from.",
            "The authority's president, Helena Matos Pereira, told reporters that the two banks together would hold "
            "more than 40 percent of mortgage lending in six inland districts.",
            "Atlântico Norte chief executive Rui Calado said the bank was ready to sell branches to win approval, "
            "adding that the merger would still save 180 million euros a year by 2028.",
            '"We expected questions about the interior, and we have answers," Calado said on a call with analysts.',
            "A person familiar with the matter said the bank had already sounded out two Spanish lenders about "
            "buying as many as 60 branches.",
            "Sofia Brandão, a banking analyst at Lisbon brokerage Tejo Valores, said the review would probably delay "
            "the deal by four to six months but was unlikely to block it.",
            "The Bank Employees' Union of the North, which represents about 9,000 staff at the two lenders, warned "
            "that up to 1,500 jobs could go. Its leader, Armando Leite, said members would strike if branches "
            "closed without an agreement.",
            "Caixa Serrana said in a statement that it would cooperate fully with the regulator.",
        ),
        [
            ("too few lenders", "Competition Authority", "institution", ""),  # without "Portugal's": after the run
            ("40 percent of mortgage", "Helena Matos Pereira", "official", "Competition Authority"),  # president
            ("ready to sell branches", "Rui Calado", "other", "Atlântico Norte"),  # chief executive
            ("we have answers", "Rui Calado", "other", "Atlântico Norte"),  # chief executive
            ("60 branches", "", "unnamed", ""),  # a person familiar with the matter
            ("four to six months", "Sofia Brandão", "analyst", "Tejo Valores"),  # banking analyst
            ("1,500 jobs", "Bank Employees' Union of the North", "institution", ""),
            ("members would strike", "Armando Leite", "other", "Bank Employees' Union of the North"),  # leader
            ("cooperate fully", "Caixa Serrana", "institution", ""),
        ],
    ),
    (
        (
            "ACCRA (Reuters) - Ghana's government will inject 450 million cedis into loss-making state airline Volta "
            "Air and take over $310 million of its debt, Transport Minister Kwame Asante-Boateng said on Wednesday.",
            "Asante-Boateng told parliament that without the rescue, the third since 2019, the carrier would run out "
            "of cash within weeks and have to ground its fleet of 14 aircraft.",
            "Efua Mensah, an opposition MP for the Progressive People's Congress, said taxpayers were once again "
            "being asked to pay for management failures and called for an audit before any money was released.",
            "Volta Air's chief financial officer, Samuel Ofori, said the airline would drop its routes to London and "
            "Johannesburg and lease smaller planes for regional flights.",
            '"Every African state airline faces the same arithmetic," Ofori said. "Our fuel is priced in dollars and '
            'our tickets are sold in cedis."',
            "Kofi Amankwah, general secretary of the Aviation Workers Union, said staff would accept a pay freeze "
            "but would fight any layoffs.",
            "Lindiwe Dube, a sovereign analyst at rating agency Fairmont Ratings in Johannesburg, said the bailout "
            "added to pressure on Ghana's budget but was small next to its overall debt.",
            "Volta Air said bookings for the Christmas season were up 12 percent on last year.",
            "A senior official at the finance ministry, who asked not to be named, said the cabinet had turned down "
            "a plan to sell a minority stake in the airline to a Gulf carrier.",
        ),
        [
            ("450 million cedis", "Kwame Asante-Boateng", "official", "Ghana"),  # transport minister
            ("run out of cash", "Kwame Asante-Boateng", "official", "Ghana"),  # transport minister
            ("management failures", "Efua Mensah", "official", "Progressive People's Congress"),  # opposition MP
            ("smaller planes", "Samuel Ofori", "other", "Volta Air"),  # chief financial officer
            ("same arithmetic", "Samuel Ofori", "other", "Volta Air"),  # chief financial officer
            ("pay freeze", "Kofi Amankwah", "other", "Aviation Workers Union"),  # general secretary
            ("small next to", "Lindiwe Dube", "analyst", "Fairmont Ratings"),  # sovereign analyst
            ("Christmas season", "Volta Air", "institution", ""),
            ("Gulf carrier", "", "unnamed", ""),  # senior official who asked not to be named
        ],
    ),
    (
        (
            "WARSAW, Nov 6 (Reuters) - The National Bank of Poland cut its main interest rate by 25 basis points to "
            "5.25 percent on Wednesday, its first cut in a year, saying inflation had fallen faster than it had "
            "expected.",
            "Governor Tadeusz Wrona told a news conference that further cuts were possible but not certain, and that "
            "the council would watch wage growth closely.",
            '"We are not starting a cycle. We are taking one step and looking around," Wrona said.',
            "Monetary Policy Council member Ewa Kaczmarczyk, one of two members who voted against the move, said in a "
            "radio interview that it was premature while energy prices were still rising.",
            "Marta Zielińska, chief economist at Vistula Bank in Warsaw, said she expected one more cut in the first "
            "quarter and then a long pause.",
            "Economists at Baltica Securities said the zloty's 0.6 percent fall after the decision showed that "
            "markets had not been ready for it.",
            "Finance Minister Andrzej Sobczak welcomed the cut, saying lower borrowing costs would help families "
            "with floating-rate mortgages.",
            "Jakub Lis, a strategist at Harwick Capital in London, said the central bank had moved ahead of its "
            "peers in Central Europe and that the Czech and Hungarian banks would follow within months.",
        ),
        [
            ("fallen faster", "National Bank of Poland", "institution", ""),
            ("further cuts were possible", "Tadeusz Wrona", "official", "National Bank of Poland"),  # governor
            ("starting a cycle", "Tadeusz Wrona", "official", "National Bank of Poland"),  # governor
            ("premature", "Ewa Kaczmarczyk", "official", "Monetary Policy Council"),  # council member
            ("long pause", "Marta Zielińska", "analyst", "Vistula Bank"),  # chief economist
            ("not been ready", "", "unnamed", "Baltica Securities"),  # economists
            ("floating-rate", "Andrzej Sobczak", "official", "Poland"),  # finance minister
            ("ahead of its peers", "Jakub Lis", "analyst", "Harwick Capital"),  # strategist
        ],
    ),
    (
        (
            "LIMA (Reuters) - Peru's government and copper miner Andina Cobre failed to settle a dispute over unpaid "
            "royalties on Thursday, after the company rejected a demand for $420 million in back payments and fines.",
            "Energy and Mines Minister Lucía Huamán said the state would take the case to international arbitration "
            "if the company did not pay within 60 days.",
            '"The copper belongs to Peruvians, and the law is the law," Huamán told reporters after a cabinet meeting.',
            "Andina Cobre said the royalty had been worked out on the wrong price and that it had paid everything it "
            "owed under its 2012 stability agreement.",
            "Its chief executive, Marco Bellido, told Reuters the company would keep producing while talks went on.",
            "Bellido added that the company had offered to pay $90 million while the case was heard.",
            "A spokeswoman for Helvetia Metals, the Swiss trading house that controls the miner, said it backed the "
            "management's position.",
            "Carmen Salas, who heads the Peruvian Mining Chamber, said the row would scare off investors in a "
            "country that badly needed new mines.",
            "Diego Ramírez, a mining analyst at Lima consultancy Cordillera Research, said the government had a "
            "strong case on the price but a weak one on the fines.",
            "Congressman Julio Taype of the leftist Free Homeland party said the company should lose its concession.",
        ),
        [
            ("international arbitration", "Lucía Huamán", "official", "Peru"),  # energy and mines minister
            ("law is the law", "Lucía Huamán", "official", "Peru"),  # energy and mines minister
            ("wrong price", "Andina Cobre", "institution", ""),
            ("keep producing", "Marco Bellido", "other", "Andina Cobre"),  # chief executive
            ("$90 million", "Marco Bellido", "other", "Andina Cobre"),  # chief executive
            ("backed the", "", "unnamed", "Helvetia Metals"),  # a spokeswoman
            ("scare off investors", "Carmen Salas", "other", "Peruvian Mining Chamber"),  # head
            ("weak one on the fines", "Diego Ramírez", "analyst", "Cordillera Research"),  # mining analyst
            ("lose its concession", "Julio Taype", "official", "Free Homeland"),  # congressman
        ],
    ),
    (
        (
            "NEW DELHI (Reuters) - India's auction of airwaves for fifth-generation mobile services closed on its "
            "seventh day on Friday with bids worth 1.1 trillion rupees, less than the government had hoped for.",
            "Telecommunications Minister Rajiv Khanna said the result was a success and that the unsold airwaves "
            "would be offered again next year.",
            "Bharat Tel, the country's second-largest operator, spent 420 billion rupees, more than any other "
            "bidder. Its chairman, Vikram Suri, said in a statement that the company would cover 500 cities by the "
            "end of next year.",
            "Rahul Mehta, Bharat Tel's chief financial officer, told analysts the spending would be paid for out "
            "of cash flow.",
            "Nandini Rao, an analyst at Mumbai brokerage Shreyas Securities, said operators had learned from 2010, "
            "when they paid too much and then struggled with debt for a decade.",
            '"They bought exactly what they needed and not a megahertz more," she said.',
            "A spokeswoman for Jyoti Mobile, which bought nothing in the premium band, said its network was already "
            "strong enough in the lower frequencies.",
            "The Telecom Regulatory Authority of India, which set the reserve prices, said it would review them "
            "before the next round.",
            "Opposition MP Farah Siddiqui of the Congress party told parliament that the shortfall would widen the "
            "budget deficit.",
        ),
        [
            ("unsold airwaves", "Rajiv Khanna", "official", "India"),  # telecommunications minister
            ("500 cities", "Vikram Suri", "other", "Bharat Tel"),  # chairman
            ("cash flow", "Rahul Mehta", "other", "Bharat Tel"),  # chief financial officer
            ("struggled with debt", "Nandini Rao", "analyst", "Shreyas Securities"),  # analyst
            ("megahertz", "Nandini Rao", "analyst", "Shreyas Securities"),  # analyst
            ("lower frequencies", "", "unnamed", "Jyoti Mobile"),  # a spokeswoman
            ("review them", "Telecom Regulatory Authority of India", "institution", ""),
            ("budget deficit", "Farah Siddiqui", "official", "Congress"),  # opposition MP
        ],
    ),
    (
        (
            "COLOMBO (Reuters) - Sri Lanka reached a deal in principle with holders of $12.5 billion of its "
            "international bonds on Monday, agreeing to a 28 percent cut in face value in a step toward ending its "
            "default.",
            "State Minister of Finance Shehan Wickramaratne said the agreement met the debt targets of the country's "
            "International Monetary Fund programme.",
            "The Ad Hoc Group of Sri Lankan Bondholders, which includes large fund managers in London and New York, "
            'said in a statement that the terms were "fair and sustainable".',
            "Peter Lindqvist, the IMF's mission chief for Sri Lanka, said the fund would check the deal against its "
            "own debt analysis before its next review.",
            "Central Bank of Sri Lanka Governor Chaminda Perera told reporters that reserves had recovered to $6 "
            "billion and that the rupee would stay stable.",
            "He added that the bank would keep buying dollars to rebuild its buffers.",
            "Finance ministry spokeswoman Nadeesha Silva said the new bonds would be issued by the end of June.",
            "Rehana Jaleel, a sovereign analyst at rating agency Castlerock Ratings in Singapore, said the agency "
            "could raise the country's rating once the new bonds were issued.",
            "Opposition MP Dulani Fernando of the People's Progress Front said the cut was too small and that "
            "ordinary Sri Lankans were paying for it through higher taxes.",
            "Ravi Menon, head of emerging market debt at Aldgate Asset Management, which holds some of the bonds, "
            "said investors had accepted the loss because the alternative was years in court.",
        ),
        [
            ("debt targets", "Shehan Wickramaratne", "official", "Sri Lanka"),  # state minister of finance
            ("fair and sustainable", "Ad Hoc Group of Sri Lankan Bondholders", "institution", ""),
            ("next review", "Peter Lindqvist", "official", "International Monetary Fund"),  # mission chief; in full:
            # after the run (the story names the fund in full before)
            ("rupee would stay stable", "Chaminda Perera", "official", "Central Bank of Sri Lanka"),  # governor
            ("rebuild its buffers", "Chaminda Perera", "official", "Central Bank of Sri Lanka"),  # governor
            ("end of June", "Nadeesha Silva", "official", "finance ministry"),  # spokeswoman
            ("raise the country's rating", "Rehana Jaleel", "analyst", "Castlerock Ratings"),  # sovereign analyst
            ("higher taxes", "Dulani Fernando", "official", "People's Progress Front"),  # opposition MP
            ("years in court", "Ravi Menon", "analyst", "Aldgate Asset Management"),  # head of EM debt
        ],
    ),
    (
        (
            "BERLIN (Reuters) - Germany's coalition won a vote on its 2027 budget in the Bundestag on Friday by 371 "
            "votes to 319, ending weeks of wrangling between the three parties over defence and welfare spending.",
            "Finance Minister Katrin Hollweg told lawmakers before the vote that the budget kept to the debt brake "
            "while raising military spending to 2.2 percent of output.",
            '"This is a budget of hard choices, and every party in this government made some of them," Hollweg said.',
            "Social Democrat lawmaker Jens Förster, who chairs the budget committee, said his party had won a rise "
            "in child benefit as its price for backing the extra defence money.",
            "Free Democrat budget spokeswoman Lena Brandt said the party would not accept any tax rises in next "
            "year's plan.",
            "Opposition leader Matthias Kern of the Christian Democrats said the coalition had hidden 40 billion "
            "euros of borrowing in special funds.",
            "The Greens said the climate fund had been cut by a third to make room for the defence increase.",
            "Economist Sabine Vogt of the Institute for Economic Policy in Kiel said the budget did too little for "
            "railways and schools.",
            "Thomas Hahn, president of the Federation of Machine Builders, said companies needed lower energy prices "
            "more than new subsidies.",
        ),
        [
            ("debt brake", "Katrin Hollweg", "official", "Germany"),  # finance minister
            ("hard choices", "Katrin Hollweg", "official", "Germany"),  # finance minister
            ("child benefit", "Jens Förster", "official", "Social Democrat"),  # lawmaker, committee chair
            ("tax rises", "Lena Brandt", "official", "Free Democrat"),  # budget spokeswoman
            ("special funds", "Matthias Kern", "official", "Christian Democrats"),  # opposition leader
            ("cut by a third", "Greens", "institution", ""),
            ("railways and schools", "Sabine Vogt", "analyst", "Institute for Economic Policy"),  # economist
            ("new subsidies", "Thomas Hahn", "other", "Federation of Machine Builders"),  # president
        ],
    ),
]

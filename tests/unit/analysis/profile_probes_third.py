"""The third round of blind profile probes: fictional business, politics and world wire stories and, for each
quote, the speaker, kind and affiliation written before the stories were run (test_profiles_blind_probes_third.py)."""

#: The batch: fictional wire stories and, for each quote, (a few words of it, speaker, kind, affiliation), written
#: before the stories were run. An affiliation left empty is not checked, as the scorer checks none. One entry was set
#: right in the seventy-eighth round, where the blind gold had slipped from GUIDELINES.md and the convention the
#: thirty-ninth round wrote down: an opposition party's secretary-general holds no public office by that post and is
#: `other`, as a party's press spokesperson is; the blind gold wrote `official`.
STORIES = [
    (
        (
            "The Reserve Bank of Ostland raised its benchmark rate by half a point to 6.25% on Thursday, its third "
            "increase this year.",
            '"Price pressures have proved more stubborn than we expected," the central bank said in a statement.',
            "Governor Hanna Lidqvist told reporters the bank stood ready to act again if needed.",
            '"The move was larger than markets had priced," said Pieter Maes, chief economist at Kestrel Capital in '
            "Vallen.",
            "Ostland Finance Minister Joran Ekdahl said the government fully supported the bank's independence.",
            "Milkara said on Friday that higher borrowing costs would delay its new cheese plant by a year.",
        ),
        [
            ("more stubborn", "Reserve Bank of Ostland", "institution", ""),
            ("stood ready", "Hanna Lidqvist", "official", "Reserve Bank of Ostland"),
            ("larger than markets", "Pieter Maes", "analyst", "Kestrel Capital"),
            ("fully supported", "Joran Ekdahl", "official", "Ostland"),
            ("delay its new cheese plant", "Milkara", "institution", ""),
        ],
    ),
    (
        (
            "Pope Clement on Sunday called for a ceasefire in the Sahel, urging armed groups to spare civilians.",
            '"Violence never builds peace," the pontiff told pilgrims gathered in St. Peter\'s Square.',
            "Yusuf Barre, the imam of the main mosque in Gao, said families had been sleeping in the mosque's "
            "courtyard for weeks.",
            "Mali's foreign ministry said it welcomed the appeal and remained open to talks.",
        ),
        [
            ("spare civilians", "Clement", "official", ""),
            ("never builds peace", "Clement", "official", ""),
            ("sleeping in the mosque", "Yusuf Barre", "other", ""),
            ("welcomed the appeal", "Mali's foreign ministry", "institution", ""),
        ],
    ),
    (
        (
            "Norvanian Energy Minister Aleksi Tamm said on Tuesday that output from the Skarv field would double by "
            "2028.",
            "Ardal Energi, the state-controlled producer, said it had signed a $3 billion contract with a Korean "
            "shipyard.",
            '"The contract secures yard capacity for a decade," Ardal chief executive Marit Solheim said.',
            "Samir Haddad, director-general of the International Energy Agency, said demand for gas would keep "
            "rising through 2040.",
            '"Norvania is becoming a serious gas supplier," said Ingrid Falk, an energy analyst at Nordhavn Bank.',
        ),
        [
            ("double by 2028", "Aleksi Tamm", "official", "Norvania"),
            ("signed a $3 billion", "Ardal Energi", "institution", ""),
            ("secures yard capacity", "Marit Solheim", "other", "Ardal"),
            ("keep rising through 2040", "Samir Haddad", "official", "International Energy Agency"),
            ("serious gas supplier", "Ingrid Falk", "analyst", "Nordhavn Bank"),
        ],
    ),
    (
        (
            "Veldoria's parliament voted 112-80 on Wednesday to approve a contested media law.",
            '"This is a dark day for press freedom," opposition leader Dana Mirescu told reporters outside the '
            "chamber.",
            "The Veldorian Ministry of Information said the law would protect citizens from foreign propaganda.",
            "Karel Dvorak, a spokesman for the European Commission, said Brussels was studying the text.",
            "Miro Tanev, president of the Veldorian Journalists' Union, said the union would challenge the law in "
            "court.",
            "Tomas Brenner, a political scientist at Ostend University, said the ruling party feared losing the 2027 "
            "election.",
        ),
        [
            ("dark day for press freedom", "Dana Mirescu", "official", ""),
            ("foreign propaganda", "Veldorian Ministry of Information", "institution", ""),
            ("studying the text", "Karel Dvorak", "official", "European Commission"),
            ("challenge the law in court", "Miro Tanev", "other", "Veldorian Journalists' Union"),
            ("feared losing", "Tomas Brenner", "analyst", "Ostend University"),
        ],
    ),
    (
        (
            "Halvard Foods agreed on Monday to buy rival Minta Dairy for 2.1 billion euros.",
            '"Together we can compete with the global giants," Halvard chief executive Sofie Brandt said on a call '
            "with analysts.",
            "A spokeswoman for Minta, Jana Koller, said the board had unanimously backed the offer.",
            '"The price looks generous," said Arne Wik, a fund manager at Lysaker Asset Management, which owns 3% of '
            "Minta.",
            "The deal must be cleared by the Competition Authority. Its chairman, Bo Lindgren, said the regulator "
            "would examine the effect on milk prices.",
            "Moody's said it had placed Halvard's rating on review for downgrade.",
        ),
        [
            ("global giants", "Sofie Brandt", "other", "Halvard"),
            ("unanimously backed", "Jana Koller", "other", "Minta"),
            ("looks generous", "Arne Wik", "analyst", "Lysaker Asset Management"),
            ("effect on milk prices", "Bo Lindgren", "official", "Competition Authority"),
            ("review for downgrade", "Moody's", "institution", ""),
        ],
    ),
    (
        (
            "The World Health Organization's director-general, Amara Kone, said on Friday the outbreak in eastern "
            "Lumaria was slowing.",
            '"We are not out of the woods," Kone told a news conference in Geneva.',
            "Lumaria's health minister, Pascal Ndayi, said 40 new cases had been recorded in the past week.",
            "The Lumarian Red Cross said its volunteers had reached 12 villages cut off by floods.",
            "Ambassador Rosa Delgado, who chairs the Security Council this month, said members would meet on Monday.",
        ),
        [
            ("was slowing", "Amara Kone", "official", "World Health Organization"),
            ("out of the woods", "Amara Kone", "official", "World Health Organization"),
            ("40 new cases", "Pascal Ndayi", "official", "Lumaria"),
            ("reached 12 villages", "Lumarian Red Cross", "institution", ""),
            ("would meet on Monday", "Rosa Delgado", "official", "Security Council"),
        ],
    ),
    (
        (
            "The Arizona Supreme Court on Thursday struck down a law limiting mail voting.",
            '"The legislature exceeded its authority," Chief Justice Maria Ortega wrote for a 5-2 majority.',
            "Arizona Gov. Ray Whitfield said he was disappointed and would ask lawmakers to write a new bill.",
            '"Every eligible voter deserves a ballot they can use," said Evan Moss, a lawyer for the League of '
            "Voters, which brought the case.",
        ),
        [
            ("exceeded its authority", "Maria Ortega", "official", "Arizona Supreme Court"),
            ("was disappointed", "Ray Whitfield", "official", "Arizona"),
            ("deserves a ballot", "Evan Moss", "other", "League of Voters"),
        ],
    ),
    (
        (
            "The Federal Reserve left interest rates unchanged on Wednesday and signalled two cuts later this year.",
            '"The committee needs greater confidence that inflation is moving sustainably toward 2%," the Fed said '
            "in its statement.",
            "Chair Ellen Marsh told reporters that the labour market remained solid.",
            '"The Fed is buying time," said Kenji Sato, chief strategist at Hoshino Securities in Tokyo.',
            "White House spokeswoman Kara Linde said the president respected the Fed's independence.",
        ),
        [
            ("greater confidence", "Federal Reserve", "institution", ""),
            ("remained solid", "Ellen Marsh", "official", "Federal Reserve"),
            ("buying time", "Kenji Sato", "analyst", "Hoshino Securities"),
            ("respected the Fed", "Kara Linde", "official", "White House"),
        ],
    ),
    (
        (
            "Kasompe, the copper miner controlled by a Swiss trading house, said it would suspend output at its "
            "Kalulu mine after workers walked out.",
            '"We cannot negotiate while our members are threatened," said Joseph Banda, general secretary of the '
            "Mineworkers Union of Zambia.",
            "Zambia's mines minister, Chileshe Mwale, said the government would mediate.",
            "The Chamber of Mines said the stoppage would cost the industry $4 million a day.",
            "Themba Nkosi, a mining analyst at Rand Equity in Johannesburg, said the strike was likely to be short.",
        ),
        [
            ("suspend output", "Kasompe", "institution", ""),
            ("cannot negotiate", "Joseph Banda", "other", "Mineworkers Union of Zambia"),
            ("would mediate", "Chileshe Mwale", "official", "Zambia"),
            ("$4 million a day", "Chamber of Mines", "institution", ""),
            ("likely to be short", "Themba Nkosi", "analyst", "Rand Equity"),
        ],
    ),
    (
        (
            "Brazil's Petrobras said on Monday it would raise diesel prices by 8% from Tuesday.",
            '"We cannot keep selling below import parity," the company\'s chief executive, Lucia Ferraz, told '
            "analysts.",
            "Mines and Energy Minister Rui Tavares said the government had not been consulted.",
            "Truckers' union leader Jorge Lima said drivers would strike if prices rose again.",
            "Paula Reis, head of Latin America research at Banco Meridional, said the move would add 0.2 points to "
            "inflation.",
        ),
        [
            ("raise diesel prices", "Petrobras", "institution", ""),
            ("below import parity", "Lucia Ferraz", "other", "Petrobras"),
            ("not been consulted", "Rui Tavares", "official", ""),
            ("drivers would strike", "Jorge Lima", "other", ""),
            ("add 0.2 points", "Paula Reis", "analyst", "Banco Meridional"),
        ],
    ),
    (
        (
            "Thai Prime Minister Anong Chai said on Friday the election would be held in May.",
            "The Election Commission said it had registered 42 parties.",
            '"The military must stay in its barracks," said Somchai Kit, secretary-general of the opposition Forward '
            "Alliance party.",
            "Army chief General Prawit Deesai told reporters the army respected the constitution.",
            "Kavi Lert, a political analyst at Chulalongkorn University, said the vote would be close.",
        ),
        [
            ("held in May", "Anong Chai", "official", "Thailand"),
            ("registered 42 parties", "Election Commission", "institution", ""),
            ("stay in its barracks", "Somchai Kit", "other", "Forward Alliance"),  # set right: a party's post
            ("respected the constitution", "Prawit Deesai", "official", ""),
            ("would be close", "Kavi Lert", "analyst", "Chulalongkorn University"),
        ],
    ),
    (
        (
            "Germany's energy regulator, the Bundesnetzagentur, said on Tuesday gas storage was 85% full.",
            '"We are well prepared for the winter," its president, Klaus Reinholt, told reporters in Bonn.',
            "Ostgas, the country's largest gas importer, said it had secured extra supplies from Norway and Qatar.",
            "Jens Krause, a commodities strategist at Commerzbank, said prices could spike in a cold snap.",
            "Energy Commissioner Dan Holm said the European Union had enough gas to get through the winter.",
        ),
        [
            ("85% full", "Bundesnetzagentur", "institution", ""),
            ("well prepared", "Klaus Reinholt", "official", "Bundesnetzagentur"),
            ("secured extra supplies", "Ostgas", "institution", ""),
            ("spike in a cold snap", "Jens Krause", "analyst", "Commerzbank"),
            ("enough gas", "Dan Holm", "official", ""),
        ],
    ),
    (
        (
            "Kenyan President William Otieno said on Monday the tax increases would be withdrawn.",
            '"The people have spoken," opposition lawmaker Grace Wanjiku said in parliament.',
            "Police spokeswoman Resila Onyango said 12 officers had been injured in the protests.",
            "Amnesty International said at least 23 protesters had been killed.",
            "The International Monetary Fund, which has lent Kenya $3.6 billion, said it was monitoring the situation.",
            "Irungu Mwangi, an economist at the University of Nairobi, said the government had few options.",
        ),
        [
            ("would be withdrawn", "William Otieno", "official", "Kenya"),
            ("people have spoken", "Grace Wanjiku", "official", ""),
            ("12 officers", "Resila Onyango", "official", ""),
            ("23 protesters", "Amnesty International", "institution", ""),
            ("monitoring the situation", "International Monetary Fund", "institution", ""),
            ("few options", "Irungu Mwangi", "analyst", "University of Nairobi"),
        ],
    ),
]

"""The twenty-seventh round of blind profile probes: fictional Asia-Pacific and Latin American business and politics
wire stories (a Japanese carmaker's recall, an Indonesian ban on nickel ore exports, a Brazilian central bank decision,
a Philippine senate hearing on a port deal), with speakers of the kinds such stories quote (a carmaker's president and
its U.S. unit, a transport ministry official, an analyst at a securities house, a parts supplier, a coordinating
minister, a mining association's chairman, a Singapore-based economist, a smelter group, a central bank's governor, a
finance ministry's secretary, a fund manager, an industry confederation, senators, a port authority's general manager,
a company's lawyer, a dockworkers' union, workers and officials left unnamed), and for each quote the speaker, kind,
role and affiliation written before the stories were run (test_profiles_blind_probes_twentyseventh.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked. Ministers, a coordinating minister, a ministry's secretary and a ministry's director are officials of
#: their state; a central bank's governor and a port authority's general manager are officials of their body;
#: senators are officials (their party or chamber left empty); executives, a company's lawyer, an association's
#: chairman and a union's president are `other` of their company, association or union; economists, analysts and a
#: fund manager are analysts of their firm; workers and an official who asked not to be named are unnamed. A body
#: speaking as itself is keyed by the fullest name the story gives it. One entry was added after the first run: the
#: carmaker's own word in the lede ("Hoshida Motor Co said on Monday it would recall …"), which the blind gold left
#: out.
STORIES = [
    (
        (
            "TOKYO, June 9 (Reuters) - Hoshida Motor Co said on Monday it would recall about 1.2 million vehicles "
            "worldwide to replace fuel pumps that could fail and stall engines, its largest recall in six years.",
            "Hoshida President Kenji Morimoto bowed deeply at a news conference at the company's Tokyo headquarters "
            "and said the carmaker was sorry for the worry it had caused its customers.",
            '"We will replace every affected pump free of charge, and we will find out how this was missed," '
            "Morimoto said.",
            "Asked whether he would step down, Morimoto said his first duty was to fix the problem.",
            "Takashi Ueda, director of the recall division at the Ministry of Land, Infrastructure, Transport and "
            "Tourism, said the ministry had received 14 reports of engines stalling on highways since March.",
            "Ueda said the ministry would send inspectors to the company's plant in Aichi prefecture this week.",
            "Satoshi Kuroda, an auto analyst at Mizuki Securities in Tokyo, said the recall could cost Hoshida as "
            "much as 60 billion yen but was unlikely to change its full-year forecast.",
            "Toyokawa Precision, which supplied the pumps, said it was working with Hoshida to find the cause and "
            "had set aside funds for possible claims.",
            "A spokeswoman for Hoshida's U.S. unit, Hoshida Motor North America, said about 450,000 of the "
            "vehicles were sold in the United States and owners would be notified by mail from August.",
            "Hoshida shares closed 3.1 percent lower. Emi Nakagawa, head of research at consumer group Drivers "
            "First Japan, said the company had been too slow to warn owners.",
        ),
        [
            ("1.2 million vehicles", "Hoshida Motor Co", "institution", ""),  # added after the first run
            ("sorry for the worry", "Kenji Morimoto", "other", "Hoshida Motor Co"),  # president
            ("free of charge", "Kenji Morimoto", "other", "Hoshida Motor Co"),  # president
            ("fix the problem", "Kenji Morimoto", "other", "Hoshida Motor Co"),  # president
            (
                "14 reports",
                "Takashi Ueda",
                "official",
                "Ministry of Land, Infrastructure, Transport and Tourism",
            ),  # recall division director
            (
                "send inspectors",
                "Takashi Ueda",
                "official",
                "Ministry of Land, Infrastructure, Transport and Tourism",
            ),  # recall division director
            ("60 billion yen", "Satoshi Kuroda", "analyst", "Mizuki Securities"),  # auto analyst
            ("find the cause", "Toyokawa Precision", "institution", ""),
            ("450,000 of the", "", "unnamed", "Hoshida Motor North America"),  # a spokeswoman for the unit
            ("too slow to warn", "Emi Nakagawa", "other", "Drivers First Japan"),  # consumer group's research head
        ],
    ),
    (
        (
            "JAKARTA, Jan 16 (Reuters) - Indonesia will stop exports of nickel ore from July to push miners to "
            "process more of the metal at home, the country's coordinating minister for economic affairs said on "
            "Thursday.",
            "Coordinating Minister for Economic Affairs Bambang Wirawan told reporters at the presidential palace "
            "that the ban would not be delayed again.",
            '"We are not going to sell our ore cheaply to others and buy back batteries at a high price," '
            "Wirawan said.",
            "Energy and Mineral Resources Minister Siti Rahmawati said 27 smelters were under construction and "
            "would be able to take all of the ore the country mined.",
            "Rahmawati added that export permits already issued would be honoured until the end of June.",
            "Rizal Hakim, chairman of the Indonesian Nickel Miners Association, said many small miners had no "
            "smelter nearby and would have to cut jobs.",
            "He said the association would ask the government for a grace period for miners that had already "
            "signed export contracts.",
            "Tan Wei Ling, a Singapore-based economist at Straits Capital Markets, said the ban would lift nickel "
            "prices in the short term but could push buyers toward the Philippines.",
            "A European Commission spokesman said the bloc was studying whether the ban broke World Trade "
            "Organization rules.",
            "Workers at a mine in Southeast Sulawesi said they had been told to expect shorter shifts from the "
            "middle of the year.",
            "Sulawesi Nickel Industrial Park, the largest smelter complex in the country, said it welcomed the "
            "decision and would expand its capacity.",
        ),
        [
            ("not be delayed again", "Bambang Wirawan", "official", "Indonesia"),  # coordinating minister
            ("sell our ore cheaply", "Bambang Wirawan", "official", "Indonesia"),  # coordinating minister
            ("27 smelters", "Siti Rahmawati", "official", "Indonesia"),  # energy minister
            ("permits already issued", "Siti Rahmawati", "official", "Indonesia"),  # energy minister
            ("cut jobs", "Rizal Hakim", "other", "Indonesian Nickel Miners Association"),  # association chairman
            ("grace period", "Rizal Hakim", "other", "Indonesian Nickel Miners Association"),  # association chairman
            ("short term", "Tan Wei Ling", "analyst", "Straits Capital Markets"),  # economist
            ("World Trade", "", "unnamed", "European Commission"),  # a spokesman
            ("shorter shifts", "", "unnamed", ""),  # workers
            ("expand its capacity", "Sulawesi Nickel Industrial Park", "institution", ""),
        ],
    ),
    (
        (
            "BRASILIA, Sept 18 (Reuters) - Brazil's central bank raised its benchmark Selic rate by 50 basis points "
            "to 11.25 percent on Wednesday, its second increase in a row, as inflation ran above the target.",
            "The bank's monetary policy committee, known as Copom, said in its statement that it was ready to "
            "adjust rates further if the outlook for prices worsened.",
            "Central bank Governor Gabriel Nogueira told lawmakers in a hearing on Thursday that the decision had "
            "been unanimous.",
            '"Our job is to bring inflation back to the target, and we will do it," Nogueira said.',
            "Finance Ministry Economic Policy Secretary Mariana Castro said the government would keep its promise "
            "to balance the primary budget next year, which would help the central bank.",
            "Presidential spokesman Fernando Rocha said President Ana Carvalho respected the central bank's "
            "autonomy but hoped rates would fall soon.",
            "Paulo Sampaio, a portfolio manager at Itaparica Asset Management in Sao Paulo, said markets now "
            "expected the Selic to end the year at 12 percent.",
            "The National Confederation of Industry said higher rates would hurt investment and called the "
            "decision a mistake.",
            "Senator Lucas Ferraz of the Workers' Party said the central bank was punishing families for "
            "inflation caused by drought and food prices.",
            "Beatriz Lemos, chief economist at Banco Horizonte, said the bank's tone suggested at least one more "
            "increase in November.",
        ),
        [
            ("adjust rates further", "Copom", "institution", ""),
            ("unanimous", "Gabriel Nogueira", "official", ""),  # central bank governor
            ("back to the target", "Gabriel Nogueira", "official", ""),  # central bank governor
            ("balance the primary budget", "Mariana Castro", "official", "Brazil"),  # economic policy secretary
            ("respected the central bank", "Fernando Rocha", "official", "Brazil"),  # presidential spokesman
            ("end the year at 12", "Paulo Sampaio", "analyst", "Itaparica Asset Management"),  # portfolio manager
            ("hurt investment", "National Confederation of Industry", "institution", ""),
            ("punishing families", "Lucas Ferraz", "official", ""),  # senator
            ("one more", "Beatriz Lemos", "analyst", "Banco Horizonte"),  # chief economist
        ],
    ),
    (
        (
            "MANILA, Nov 5 (Reuters) - Philippine senators on Tuesday questioned why a 25-year contract to run the "
            "main container terminal in Cebu was awarded to a company that had no experience operating ports.",
            "Senator Maria Lourdes Dizon, who chairs the Senate committee on public services, said the bidding "
            "had been rushed and that only one company had been given the full terms.",
            '"This is a national asset, not a favour to be handed out," Dizon said during the hearing.',
            "Philippine Ports Authority General Manager Jose Villanueva told the committee that the process had "
            "followed the law and that two other bidders had withdrawn on their own.",
            "Villanueva said the authority would cooperate with any inquiry the Senate ordered.",
            "Carmela Reyes, a lawyer for Pacific Harbor Terminals Inc, which won the contract, said the company's "
            "partners had run terminals in Vietnam and Malaysia for more than a decade.",
            "Senator Ramon Estrada asked the ports authority to hand over the minutes of its board meetings by "
            "Friday and said he would file a resolution for a full inquiry.",
            "Transportation Secretary Eduardo Lim said in a statement that the department would review the "
            "contract but saw no reason yet to cancel it.",
            "Rogelio Santos, president of the Associated Port Workers Union, said dockworkers feared the new "
            "operator would bring in machines and cut jobs.",
            "Pacific Harbor Terminals said in a statement that it was confident the award would stand.",
            "An official of the ports authority, who asked not to be named because he was not allowed to speak "
            "to the media, said the board had approved the award in a single meeting.",
        ),
        [
            ("bidding had been rushed", "Maria Lourdes Dizon", "official", ""),  # senator, committee chair
            ("national asset", "Maria Lourdes Dizon", "official", ""),  # senator, committee chair
            ("followed the law", "Jose Villanueva", "official", "Philippine Ports Authority"),  # general manager
            ("cooperate with any inquiry", "Jose Villanueva", "official", "Philippine Ports Authority"),  # manager
            ("Vietnam and Malaysia", "Carmela Reyes", "other", "Pacific Harbor Terminals Inc"),  # company's lawyer
            ("full inquiry", "Ramon Estrada", "official", ""),  # senator
            ("no reason yet", "Eduardo Lim", "official", "Philippines"),  # transportation secretary
            ("bring in machines", "Rogelio Santos", "other", "Associated Port Workers Union"),  # union president
            ("award would stand", "Pacific Harbor Terminals Inc", "institution", ""),
            ("single meeting", "", "unnamed", "Philippine Ports Authority"),  # an official who asked not to be named
        ],
    ),
]

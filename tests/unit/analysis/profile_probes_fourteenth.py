"""The fourteenth round of blind profile probes: fictional analysis pieces of the seed's kind (who said what about
relations between states) on subjects earlier rounds used little (a gas pipeline deal, an arms sale, a summit
communique, sanctions evasion through a third country, a grain corridor, a port lease, a space pact, a currency swap
line), written in shapes earlier rounds used little (think-tank and university experts introduced with long
appositions, "a nonresident senior fellow at the Y Institute's Z programme"; a former official who now heads a
consultancy; a foreign ministry spokeswoman at a regular briefing, a deputy prime minister, an ambassador, a central
bank governor, a sherpa; a state news agency quoting an unnamed official; a bank's chief economist; a sanctions lawyer
at a law firm; "analysts say"; a second mention by "He noted", "she argued" or the surname), and for each quote the
speaker, kind and affiliation written before the stories were run (test_profiles_blind_probes_fourteenth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation), written before
#: the stories were run. An affiliation left empty is not checked, as the scorer checks none. A minister, deputy prime
#: minister, vice premier, president, sherpa, ambassador, chief cabinet secretary, foreign ministry spokeswoman, the
#: chairman of a state space agency and a central bank governor are officials (a member of a government affiliated to
#: the state, a governor to the bank); fellows, researchers, professors, a bank's chief economist, a trade monitor's
#: analyst and a former official or diplomat who now heads or advises a consultancy are analysts; a sanctions lawyer
#: and a company chairman are `other`; "analysts say", an anonymous diplomat, opposition lawmakers left unnamed, an
#: unnamed official quoted by a news agency and an unnamed spokesman are unnamed; a body speaking as itself is keyed by
#: the fullest name the article gives it. A communique is a document, no speaker. One entry was set right after the
#: first run, as the sixth and ninth batches set it: a foreign ministry spokeswoman named with her country's adjective
#: ("Chinese foreign ministry spokeswoman X") serves the ministry ("foreign ministry"); the blind gold wrote "China",
#: which the adjective's spelling does not hold.
STORIES = [
    (
        (
            "Turkmenistan and China signed a framework agreement in Beijing on Tuesday to build a fourth line of the "
            "gas pipeline that links the two countries, ending nearly a decade of stalled talks.",
            "Analysts say the deal could double Turkmen gas sales to China by 2032 and leave Ashgabat more dependent "
            "than ever on a single buyer.",
            "Chinese Vice Premier Han Zhiwei, who signed the agreement for Beijing, said the new line would carry gas "
            "to China's eastern provinces within six years.",
            "Dilnoza Karimova, a nonresident senior fellow at the Caspian Policy Institute's energy security "
            "programme, noted that the route still had to cross Uzbekistan and Tajikistan, neither of which had "
            "signed transit terms.",
            "She argued that Beijing had waited until Russian gas was also on offer so that it could drive down the "
            "price.",
            "Arslan Berdiyev, a former deputy foreign minister of Turkmenistan who now heads Karakum Advisory, a "
            "consultancy in Dubai, said the price formula had not been disclosed and might never be.",
            '"Ashgabat has swapped one master for another," Berdiyev said.',
            "Russia's Deputy Prime Minister Pavel Sorokin told reporters in Moscow that the deal posed no threat to "
            "Russian supplies to China.",
            "Karimova cautioned that construction on the earlier lines had run years behind schedule.",
        ),
        [
            ("double Turkmen gas sales", "", "unnamed", ""),
            ("eastern provinces", "Han Zhiwei", "official", "China"),
            ("transit terms", "Dilnoza Karimova", "analyst", "Caspian Policy Institute"),
            ("drive down the price", "Dilnoza Karimova", "analyst", "Caspian Policy Institute"),
            ("might never be", "Arslan Berdiyev", "analyst", "Karakum Advisory"),
            ("swapped one master", "Arslan Berdiyev", "analyst", "Karakum Advisory"),
            ("no threat to Russian supplies", "Pavel Sorokin", "official", "Russia"),
            ("behind schedule", "Dilnoza Karimova", "analyst", "Caspian Policy Institute"),
        ],
    ),
    (
        (
            "South Korea agreed on Monday to sell 36 light combat aircraft and a coastal missile battery to the "
            "Philippines, its largest arms sale in Southeast Asia, the Defense Acquisition Program Administration "
            "said in Seoul.",
            "Philippine Defence Secretary Ramon Villafuerte said the aircraft would patrol the West Philippine Sea, "
            "where Chinese coast guard ships have harassed Filipino fishing boats.",
            "Chinese foreign ministry spokeswoman Liu Meilan told a regular news briefing that countries outside the "
            "region should stop arming claimants in the South China Sea.",
            "Park Ji-hoon, a research fellow at the Hanbit Institute for Security Studies in Seoul, said South Korea "
            "was using arms exports to build influence it could not buy with aid.",
            "He noted that South Korean firms had won large contracts in Poland, Egypt and Australia in the past "
            "three years.",
            "Maria Angela Cruz, a professor of international relations at Pacific Rim University in Manila, argued "
            "that Manila was hedging against doubts about American commitments.",
            '"This is not about China alone," Cruz said. "It is about not having to depend on one friend."',
            "The South Korean ambassador to Manila, Kim Sung-ho, said the first aircraft would be delivered in 2027.",
        ),
        [
            ("coastal missile battery", "Defense Acquisition Program Administration", "institution", ""),
            ("patrol the West Philippine Sea", "Ramon Villafuerte", "official", "Philippines"),
            ("stop arming claimants", "Liu Meilan", "official", "foreign ministry"),  # set after the run
            ("build influence", "Park Ji-hoon", "analyst", "Hanbit Institute for Security Studies"),
            ("large contracts", "Park Ji-hoon", "analyst", "Hanbit Institute for Security Studies"),
            ("hedging against doubts", "Maria Angela Cruz", "analyst", "Pacific Rim University"),
            ("depend on one friend", "Maria Angela Cruz", "analyst", "Pacific Rim University"),
            ("delivered in 2027", "Kim Sung-ho", "official", "South Korea"),
        ],
    ),
    (
        (
            "Leaders of the Group of 20 ended their summit in Johannesburg on Sunday with a communique that called "
            "for a just and lasting peace in Ukraine but did not name Russia as the aggressor.",
            "President Thabo Nkosi of South Africa, the host, told a closing news conference that the wording had "
            "been agreed by all members after two nights of talks.",
            "A senior European diplomat, who spoke on condition of anonymity, said the European delegations had "
            "accepted weaker language to keep the big emerging economies on board.",
            "India's G20 sherpa, Anil Mehra, said New Delhi had pushed hardest for the paragraphs on debt relief.",
            "Rebecca Holloway, director of the global governance programme at the Halden Centre for International "
            "Policy in London, said the communique showed how far the leverage of Western capitals had shrunk.",
            "She said the real work of the summit had been done in side meetings on debt.",
            "Russia's foreign ministry said in a statement that the text was balanced and that Western attempts to "
            "isolate Moscow had failed.",
            "Tomas Lindqvist, a former Swedish ambassador to the United Nations who is now a senior adviser at the "
            "consultancy Nordic Strategy Partners, noted that a communique silent on Russia would have been "
            "unthinkable two years ago.",
        ),
        [
            ("agreed by all members", "Thabo Nkosi", "official", "South Africa"),
            ("weaker language", "", "unnamed", ""),
            ("pushed hardest", "Anil Mehra", "official", "India"),
            ("leverage of Western capitals", "Rebecca Holloway", "analyst", "Halden Centre for International Policy"),
            ("side meetings", "Rebecca Holloway", "analyst", "Halden Centre for International Policy"),
            ("isolate Moscow", "Russia's foreign ministry", "institution", ""),
            ("unthinkable two years ago", "Tomas Lindqvist", "analyst", "Nordic Strategy Partners"),
        ],
    ),
    (
        (
            "Exports of European machine tools to Kyrgyzstan have risen tenfold since 2022, and much of the trade is "
            "ending up in Russia, customs data show.",
            "Aidana Sultanova, a senior analyst at the Bishkek-based Eurasia Trade Monitor, said the country had "
            "become one of the main corridors for goods that Russia could no longer buy directly.",
            "She noted that shipments of microchips alone had grown more than twentyfold.",
            "Kyrgyzstan's Deputy Prime Minister Bakyt Osmonov said his government enforced every rule on re-exports "
            "and should not be punished for its geography.",
            "Jonathan Pryce-Whitley, a sanctions lawyer at the London law firm Carrow & Finch, said European "
            "companies were exposed even when they had sold through a distributor in good faith.",
            '"Ignorance is not a defence any more," he said.',
            "The US Treasury's Office of Foreign Assets Control said on Thursday it had added 14 Kyrgyz companies to "
            "its sanctions list.",
            "Analysts say the new listings are unlikely to stop the flow, since front companies can be registered "
            "within days.",
            "Thomas Berger, chief economist at Rheinland Bank in Frankfurt, said German exports to Central Asia had "
            "become a mirror of what Russia could not import.",
        ),
        [
            ("main corridors", "Aidana Sultanova", "analyst", "Eurasia Trade Monitor"),
            ("microchips alone", "Aidana Sultanova", "analyst", "Eurasia Trade Monitor"),
            ("punished for its geography", "Bakyt Osmonov", "official", "Kyrgyzstan"),
            ("distributor in good faith", "Jonathan Pryce-Whitley", "other", "Carrow & Finch"),
            ("not a defence", "Jonathan Pryce-Whitley", "other", "Carrow & Finch"),
            ("14 Kyrgyz companies", "US Treasury's Office of Foreign Assets Control", "institution", ""),
            ("stop the flow", "", "unnamed", ""),
            ("mirror of what Russia", "Thomas Berger", "analyst", "Rheinland Bank"),
        ],
    ),
    (
        (
            "Ukraine shipped a record 5 million tonnes of grain through its Black Sea corridor in October, Ukraine's "
            "agriculture ministry said on Monday.",
            "Deputy Agriculture Minister Oksana Hrytsenko told Reuters the corridor was working despite Russian "
            "strikes on the port of Odesa.",
            "Turkey's ambassador to Kyiv, Mehmet Aydin, said Ankara was ready to host talks on safe passage for "
            "merchant ships.",
            "Viktor Lenko, an analyst at the Kyiv consultancy AgriSight, said insurance premiums for ships entering "
            "Ukrainian ports had fallen by half since the spring.",
            "He cautioned that a single strike on a loaded ship could send them back up.",
            "Russia's state news agency TASS quoted an unnamed defence official as saying that ships carrying weapons "
            "would be treated as legitimate targets.",
            "Egypt's supply minister, Hisham Farouk, said his country would keep buying Ukrainian wheat as long as "
            "prices stayed competitive.",
        ),
        [
            ("record 5 million tonnes", "Ukraine's agriculture ministry", "institution", ""),
            ("strikes on the port", "Oksana Hrytsenko", "official", "Ukraine"),
            ("safe passage", "Mehmet Aydin", "official", "Turkey"),
            ("fallen by half", "Viktor Lenko", "analyst", "AgriSight"),
            ("send them back up", "Viktor Lenko", "analyst", "AgriSight"),
            ("legitimate targets", "", "unnamed", ""),
            ("Ukrainian wheat", "Hisham Farouk", "official", "Egypt"),
        ],
    ),
    (
        (
            "Georgia's government agreed on Wednesday to lease the Black Sea port of Anaklia to a consortium led by "
            "Chinese companies for 49 years, a deal that has alarmed Western diplomats in Tbilisi.",
            "Prime Minister Levan Gelashvili said the lease would bring $2.5 billion of investment and thousands of "
            "jobs.",
            "The US embassy said in a statement that it was concerned about the lack of transparency in the tender.",
            "Nino Beridze, a former deputy foreign minister who now heads the Tbilisi consultancy Caucasus Risk "
            "Group, said the lease would give Beijing a foothold on NATO's doorstep.",
            '"Once a port is leased for half a century, it is no longer a commercial question," she said.',
            "Wang Jun, chairman of Silk Harbour Holdings, which leads the consortium, told reporters that the port "
            "would be open to ships of all flags.",
            "David Kapanadze, a professor of political science at Tbilisi State University, argued that the "
            "government had chosen Beijing's money because Brussels had offered only promises.",
            "Opposition lawmakers said they would challenge the deal in the Constitutional Court.",
        ),
        [
            ("thousands of jobs", "Levan Gelashvili", "official", "Georgia"),
            ("lack of transparency", "US embassy", "institution", ""),
            ("foothold on NATO's doorstep", "Nino Beridze", "analyst", "Caucasus Risk Group"),
            ("commercial question", "Nino Beridze", "analyst", "Caucasus Risk Group"),
            ("ships of all flags", "Wang Jun", "other", "Silk Harbour Holdings"),
            ("only promises", "David Kapanadze", "analyst", "Tbilisi State University"),
            ("Constitutional Court", "", "unnamed", ""),
        ],
    ),
    (
        (
            "India and Japan signed a pact in Tokyo on Thursday to build a lunar lander together and share data from "
            "their Earth observation satellites, deepening a partnership both sides cast as a counterweight in Asia.",
            "Japan's chief cabinet secretary, Hiroshi Tanabe, told a regular news conference that the pact would "
            "bind the two democracies closer together in science and security.",
            "Indian Space Research Organisation chairman Ramesh Iyer said the lander would launch in 2029 from the "
            "Sriharikota spaceport.",
            "Kavya Menon, a fellow at the Deccan Policy Forum's space policy initiative in New Delhi, said the pact "
            "was as much about strategy as about science.",
            "She noted that both countries were wary of China's plans for a research station on the Moon.",
            "Satoshi Morita, an aerospace engineering professor at the Kansai Institute of Technology, said the "
            "Japanese side would supply the rover and the landing radar.",
            "A spokesman for the China National Space Administration said space should not become an arena for "
            "rivalry between blocs.",
        ),
        [
            ("science and security", "Hiroshi Tanabe", "official", "Japan"),
            ("launch in 2029", "Ramesh Iyer", "official", "Indian Space Research Organisation"),
            ("strategy as about science", "Kavya Menon", "analyst", "Deccan Policy Forum"),
            ("research station on the Moon", "Kavya Menon", "analyst", "Deccan Policy Forum"),
            ("landing radar", "Satoshi Morita", "analyst", "Kansai Institute of Technology"),
            ("arena for rivalry", "", "unnamed", "China National Space Administration"),
        ],
    ),
    (
        (
            "Brazil's central bank and the People's Bank of China agreed on Tuesday to a three-year currency swap "
            "line worth 190 billion yuan, the latest sign of Beijing's push to settle more trade in its own currency.",
            "Paulo Azevedo, governor of Brazil's central bank, said the line would be drawn only in case of market "
            "stress and was not a step away from the dollar.",
            "The People's Bank of China said in a statement that the agreement would make trade and investment "
            "between the two countries easier.",
            "Fernanda Lopes, chief economist at Banco Atlantico in Sao Paulo, said the amount was small next to "
            "Brazil's reserves of more than $350 billion.",
            '"It is a signal, not a lifeline," Lopes said.',
            "Brazil's finance minister, Ricardo Tavares, said exporters of soybeans and iron ore would be the first "
            "to benefit.",
            "Analysts note that China has signed more than 40 such swap lines, though few have been drawn on.",
            "Li Nan, a researcher at the Shanghai Institute for Monetary Studies, argued that the lines mattered "
            "more as plumbing for a yuan payment system than as emergency money.",
        ),
        [
            ("step away from the dollar", "Paulo Azevedo", "official", "Brazil's central bank"),
            ("trade and investment", "People's Bank of China", "institution", ""),
            ("reserves of more than", "Fernanda Lopes", "analyst", "Banco Atlantico"),
            ("not a lifeline", "Fernanda Lopes", "analyst", "Banco Atlantico"),
            ("first to benefit", "Ricardo Tavares", "official", "Brazil"),
            ("40 such swap lines", "", "unnamed", ""),
            ("plumbing for a yuan", "Li Nan", "analyst", "Shanghai Institute for Monetary Studies"),
        ],
    ),
]

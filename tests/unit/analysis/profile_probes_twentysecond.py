"""The twenty-second round of blind profile probes: fictional world news analysis pieces in the register of
international broadcasters' and regional papers' websites (experts and officials in reported speech, "X, a senior
fellow at Y, noted …", "He added …", state media quoted, a ministry spokesperson at a regular briefing, a former
ambassador, a retired general, professors at named universities, analysts at consultancies) on subjects earlier
rounds did not cover (a Southeast Asian state's rice export ban, a Latin American lithium deal with a foreign power, a
Horn of Africa port access pact, a South Pacific policing agreement, a Caspian gas pipeline, an Indian Ocean island's
base lease), and for each quote the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_twentysecond.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked, as the scorer checks none. Presidents, prime ministers, ministers and ambassadors are officials
#: affiliated to the state the article names; a ministry's spokesperson serves the ministry; a port authority's head,
#: a police commissioner and an international body's officials serve their body. Fellows, professors, analysts at
#: consultancies and banks, a former ambassador and a retired general commenting are analysts; executives, a farmers'
#: group's leader, a trader and a villager are `other`; "diplomats said", "a spokesman for Y" and a state news agency
#: quoting an unnamed official are unnamed. A body speaking as itself is keyed by the fullest name the article gives
#: it, also where the sentence uses a common noun. After the run a think tank's name was changed so that no run of
#: seven words is shared with a corpus article, with its gold.
STORIES = [
    (
        (
            "Rice prices across West Africa and the Philippines jumped this week after Vietnam's government "
            "suspended exports of ordinary white rice for three months, citing a poor harvest in the Mekong Delta.",
            "Trade Minister Nguyen Van Hoa told a news conference in Hanoi that the ban would be lifted as soon as "
            "domestic stocks recovered, adding that contracts signed before the order would be honoured.",
            "The state news agency VNA quoted an unnamed agriculture official as saying that the summer crop had "
            "fallen by almost a fifth because of salt water creeping up the delta's rivers.",
            "Tran Thi Mai, a senior fellow at the Mekong Policy Institute, noted that the government had imposed a "
            "similar ban in 2008 and that it had pushed world prices to record highs within weeks.",
            '"Export bans are popular at home and expensive everywhere else," she said. "Importers remember them '
            'for years."',
            "Hector Salazar, an agricultural economist at the University of the Philippines Los Baños, said Manila "
            "would have to buy more from Thailand and Pakistan at higher prices.",
            "Philippine Agriculture Secretary Ramon dela Cruz said the government would release rice from its "
            "buffer stock to keep shelf prices steady before the rainy season.",
            "Ibrahim Sow, a grain trader in Dakar, said importers had already begun paying 40 dollars a tonne more "
            "for Thai and Indian cargoes.",
            "Analysts at the consultancy Delta Commodity Research said the ban could remove up to two million tonnes "
            "from the world market this year.",
            "Le Quoc Bao, who chairs the Mekong Rice Growers Association, said farmers feared that prices at home "
            "would fall once the harvest came in and they could not sell abroad.",
        ),
        [
            ("lifted as soon as", "Nguyen Van Hoa", "official", "Vietnam"),  # trade minister
            ("fallen by almost a fifth", "", "unnamed", ""),  # unnamed official via VNA
            ("similar ban in 2008", "Tran Thi Mai", "analyst", "Mekong Policy Institute"),  # senior fellow
            ("expensive everywhere else", "Tran Thi Mai", "analyst", "Mekong Policy Institute"),  # senior fellow
            ("Thailand and Pakistan", "Hector Salazar", "analyst", "University of the Philippines Los Baños"),
            ("buffer stock", "Ramon dela Cruz", "official", "Philippines"),  # agriculture secretary
            ("40 dollars a tonne", "Ibrahim Sow", "other", ""),  # grain trader
            ("two million tonnes", "", "unnamed", "Delta Commodity Research"),  # analysts at the consultancy
            ("could not sell abroad", "Le Quoc Bao", "other", "Mekong Rice Growers Association"),  # chair
        ],
    ),
    (
        (
            "Bolivia signed an agreement on Monday giving a Chinese state-owned consortium the right to build two "
            "lithium plants on the Uyuni salt flat, a deal critics say hands Beijing a strategic mineral on easy "
            "terms.",
            "Energy Minister Carla Quispe said the plants would produce 25,000 tonnes of lithium carbonate a year by "
            "2029 and that the state would keep a majority stake in both.",
            '"Bolivia decides who it sells to and at what price," President Julio Mamani said at the signing '
            "ceremony in La Paz.",
            "Chinese Foreign Ministry spokesperson Lin Hua told a regular briefing in Beijing that the project was "
            "a commercial one and that it would bring jobs and technology to the region.",
            "Gabriela Rocha, a mining analyst at the consultancy Andes Resource Partners, said the royalty rate of "
            "3 percent was far lower than what Chile and Argentina charge.",
            "She added that the contract had not been published, making it hard to judge the terms.",
            "Opposition senator Rodrigo Villca said parliament would demand to see the full text before approving it.",
            "Daniel Ferreira, a professor of international relations at the University of São Paulo, argued that "
            "Washington had lost ground in South America by offering little money of its own.",
            "A spokesman for the U.S. Embassy in La Paz said the United States respected Bolivia's sovereign "
            "decisions but urged transparency in the award.",
            "Residents of Colchani, a village on the edge of the salt flat, said they had not been consulted, and "
            "Felipa Condori, a community leader, warned that the plants would drain scarce water.",
        ),
        [
            ("25,000 tonnes", "Carla Quispe", "official", "Bolivia"),  # energy minister
            ("who it sells to", "Julio Mamani", "official", "Bolivia"),  # president
            ("commercial one", "Lin Hua", "official", "Chinese Foreign Ministry"),  # spokesperson
            ("3 percent", "Gabriela Rocha", "analyst", "Andes Resource Partners"),  # mining analyst
            ("not been published", "Gabriela Rocha", "analyst", "Andes Resource Partners"),  # mining analyst
            ("full text", "Rodrigo Villca", "official", ""),  # opposition senator
            ("lost ground", "Daniel Ferreira", "analyst", "University of São Paulo"),  # professor
            ("sovereign decisions", "", "unnamed", "U.S. Embassy"),  # a spokesman
            ("not been consulted", "", "unnamed", ""),  # residents
            ("scarce water", "Felipa Condori", "other", ""),  # community leader
        ],
    ),
    (
        (
            "Ethiopia and the breakaway region of Somaliland have agreed a framework that would give Addis Ababa "
            "access to the port of Berbera for 30 years, a move that has angered Somalia and unsettled the wider "
            "Horn of Africa.",
            "Ethiopian Prime Minister Dawit Tesfaye said in a televised address that a landlocked nation of 120 "
            "million people could not depend on a single port in Djibouti.",
            'Somalia\'s foreign ministry said in a statement that the agreement was "null and void" and recalled '
            "its ambassador from Addis Ababa for consultations.",
            "Mohamed Yusuf Ali, Somaliland's minister of foreign affairs, told the BBC that recognition by Ethiopia "
            "would follow within a year.",
            "The African Union urged restraint, and its commission chairperson, Moussa Keita, said the dispute "
            "should be settled through dialogue.",
            "Abdirahman Warsame, a Horn of Africa analyst at the Horn Policy Group in Nairobi, said the pact could "
            "push Mogadishu closer to Egypt and Eritrea.",
            '"Nobody in the region wants another war, but everyone is preparing for one," he said.',
            "Retired general Tsegaye Berhe, a former commander of Ethiopia's northern army, said the navy Ethiopia "
            "was rebuilding would need a base long before it needed ships.",
            "Aden Hussein, the director of the Berbera Port Authority, said traffic at the port had tripled since "
            "the new terminal opened in 2021.",
            "Diplomats in Nairobi said Washington and the Gulf states were pressing both sides to delay any "
            "formal recognition.",
        ),
        [
            ("single port in Djibouti", "Dawit Tesfaye", "official", "Ethiopia"),  # prime minister
            ("null and void", "Somalia's foreign ministry", "institution", ""),
            ("within a year", "Mohamed Yusuf Ali", "official", "Somaliland"),  # foreign minister
            ("through dialogue", "Moussa Keita", "official", "African Union"),  # commission chairperson
            ("closer to Egypt", "Abdirahman Warsame", "analyst", "Horn Policy Group"),  # Horn of Africa analyst
            ("another war", "Abdirahman Warsame", "analyst", "Horn Policy Group"),  # Horn of Africa analyst
            ("base long before", "Tsegaye Berhe", "analyst", ""),  # retired general
            ("tripled", "Aden Hussein", "official", "Berbera Port Authority"),  # director
            ("delay any", "", "unnamed", ""),  # diplomats
        ],
    ),
    (
        (
            "Solomon Islands has signed a five-year policing agreement with Australia, weeks after a security "
            "pact with China drew alarm in Canberra and Washington.",
            "Prime Minister Jeremiah Tausinga said the deal would pay for 300 new police officers and a training "
            "college in Honiara, and insisted it did not replace any arrangement with Beijing.",
            '"We are friends to all and enemies to none," he told parliament.',
            "Australia's foreign minister, Penelope Hartley, said Canberra remained the Pacific's \"security "
            'partner of choice" and would send advisers within months.',
            "Solomon Islands Police Commissioner Mostyn Riumana said the force was badly stretched after the "
            "2021 riots and welcomed the help.",
            "Callum Reddy, a research fellow at the Lowy Institute in Sydney, said the agreement showed that Pacific "
            "governments were playing the two powers against each other with some skill.",
            "Joseph Maelalu, an associate professor of Pacific studies at the University of Hawaii, said "
            "many Solomon Islanders worried that foreign police would end up protecting politicians rather than "
            "citizens.",
            "China's embassy in Honiara said in a statement that its own police cooperation with the islands was "
            "not aimed at any third party.",
            "Former Australian high commissioner to Fiji James Whitford said the deal was welcome but late.",
            '"We took the region for granted for twenty years," he said.',
        ),
        [
            ("300 new police officers", "Jeremiah Tausinga", "official", "Solomon Islands"),  # prime minister
            ("enemies to none", "Jeremiah Tausinga", "official", "Solomon Islands"),  # prime minister
            ("partner of choice", "Penelope Hartley", "official", "Australia"),  # foreign minister
            ("badly stretched", "Mostyn Riumana", "official", "Solomon Islands"),  # police commissioner
            ("two powers", "Callum Reddy", "analyst", "Lowy Institute"),  # research fellow
            ("protecting politicians", "Joseph Maelalu", "analyst", "University of Hawaii"),  # professor
            ("third party", "China's embassy in Honiara", "institution", ""),
            ("welcome but late", "James Whitford", "analyst", ""),  # former high commissioner
            ("for granted", "James Whitford", "analyst", ""),  # former high commissioner
        ],
    ),
    (
        (
            "Turkmenistan and Azerbaijan have revived plans for a gas pipeline across the bed of the Caspian Sea, "
            "a project that would let Central Asian gas reach Europe without passing through Russia.",
            "Azerbaijan's energy minister, Elnur Mammadov, said after talks in Ashgabat that a feasibility study "
            "would be finished by the end of the year.",
            "Turkmenistan's state news agency quoted President Serdar Orazov as saying that the country was ready "
            "to supply 10 billion cubic metres a year.",
            "The European Commission's energy spokeswoman, Anna Lindqvist, said Brussels would consider helping to "
            "pay for the study.",
            "Kremlin spokesman Dmitri Volkov told reporters that any pipeline on the seabed would need the consent "
            "of all five Caspian states.",
            "Harriet Colwyn, an associate fellow at Chatham House, said Moscow's objection rested on environmental "
            "rules that it had written itself into the 2018 convention.",
            "She noted that Turkmenistan had promised the same volumes to China.",
            "Rauf Hasanli, a political economist at Khazar University in Baku, said the pipeline would cost about "
            "5 billion dollars and that no investor had yet come forward.",
            "An executive at a European utility, who asked not to be named, said buyers would not sign long "
            "contracts for gas that was still years away.",
        ),
        [
            ("feasibility study", "Elnur Mammadov", "official", "Azerbaijan"),  # energy minister
            ("10 billion cubic metres", "Serdar Orazov", "official", "Turkmenistan"),  # president
            ("pay for the study", "Anna Lindqvist", "official", "European Commission"),  # energy spokeswoman
            ("five Caspian states", "Dmitri Volkov", "official", "Kremlin"),  # spokesman
            ("environmental rules", "Harriet Colwyn", "analyst", "Chatham House"),  # associate fellow
            ("same volumes to China", "Harriet Colwyn", "analyst", "Chatham House"),  # associate fellow
            ("5 billion dollars", "Rauf Hasanli", "analyst", "Khazar University"),  # political economist
            ("long contracts", "", "unnamed", ""),  # unnamed executive
        ],
    ),
    (
        (
            "Mauritius has agreed to lease part of the island of Agaléga to India for a naval and air facility, "
            "ending years of denials that such a base was being built.",
            "Mauritian Prime Minister Navin Ramdhany told the National Assembly that the facility would remain "
            "under Mauritian sovereignty and would help patrol the country's vast fishing zone.",
            "India's Ministry of External Affairs spokesperson Arvind Menon said at a weekly briefing that the "
            'project reflected "a shared interest in a safe and secure Indian Ocean."',
            "Former Indian ambassador Vikram Lal said the base would give India eyes over the Mozambique Channel, "
            "through which much of the region's shipping passes.",
            "Meera Kaul, a fellow at the Indian Ocean Policy Forum, said the lease was part "
            "of a wider contest with China for access to ports and airstrips across the ocean.",
            "She added that small island states had learned to bargain hard.",
            "Islanders on Agaléga, home to about 350 people, said they feared being moved off the island, and "
            "Laval Soopramanien, who speaks for a residents' group, said nobody had told them what the runway was "
            "for.",
            "Professor Anjali Dookhun of the University of Mauritius said the government had handled the issue "
            "with too much secrecy.",
            "China's foreign ministry declined to comment.",
        ),
        [
            ("fishing zone", "Navin Ramdhany", "official", "Mauritius"),  # prime minister
            ("safe and secure", "Arvind Menon", "official", "Ministry of External Affairs"),  # spokesperson
            ("Mozambique Channel", "Vikram Lal", "analyst", ""),  # former ambassador
            ("wider contest", "Meera Kaul", "analyst", "Indian Ocean Policy Forum"),  # fellow
            ("bargain hard", "Meera Kaul", "analyst", "Indian Ocean Policy Forum"),  # fellow
            ("moved off the island", "", "unnamed", ""),  # islanders
            ("runway was", "Laval Soopramanien", "other", ""),  # residents' spokesman
            ("too much secrecy", "Anjali Dookhun", "analyst", "University of Mauritius"),  # professor
        ],
    ),
]

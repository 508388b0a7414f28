"""The thirty-second round of blind profile probes: fictional security and geopolitics analysis pieces in the register
of the product's own seed (an Indonesian-Australian naval exercise, a submarine pact between Japan and the
Philippines, Russian pressure around Svalbard in the Arctic, Kazakhstan between Russia and China, a Gulf security
pact between the United Arab Emirates and India), with reported speech and pronoun chains dominant and speakers of
the kinds such pieces quote (think-tank fellows and programme directors with long titles, professors and lecturers,
retired officers and former ambassadors, serving ministers, defence- and foreign-ministry spokespeople, a Kremlin
spokesman, state news agencies, embassies, a ministry and a joint headquarters as themselves, a shipbuilder as
itself and its president, analysts as a group), and for each quote the speaker, kind, role and affiliation written
before the stories were run (test_profiles_blind_probes_thirtysecond.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked. Ministers, a defence secretary, a senator, ministry, fleet and Kremlin spokespeople and a press
#: secretary are officials of their state or body; think-tank fellows and directors, professors, lecturers and
#: a scholar who teaches at a university are analysts of their institute or university; retired officers and former
#: ambassadors speak as experts (GUIDELINES: former officials speaking as experts), so they are analysts with no
#: affiliation checked; a shipbuilder's president is `other` of the shipbuilder; analysts as a group are unnamed. A
#: body speaking as itself (ministry, embassy, news agency, company, headquarters) is keyed by the fullest name the
#: story gives it, a state's ministry or embassy with the state's possessive as written.
STORIES = [
    (
        (
            "Indonesia and Australia began their largest joint naval exercise in a decade on Monday in the waters "
            "north of Darwin, a drill that comes as Chinese coast guard ships have grown bolder around the Natuna "
            "Islands.",
            "Rizal Hakim, a nonresident senior fellow at the Jakarta Centre for Maritime Affairs, highlighted that "
            "Indonesia has long avoided drills that could be read as taking sides in the South China Sea. He noted "
            "that choosing a partner from outside Southeast Asia marked a quiet shift in Jakarta's thinking, even if "
            "officials would never describe it that way.",
            "Indonesia's defence ministry said in a statement that the exercise, code-named Arafura Shield, was "
            "routine and aimed at no third country. Ministry spokesman Brigadier General Dedi Santoso told reporters "
            "in Jakarta that eleven warships and two submarines were taking part, stressing that the drills would "
            "stay well clear of disputed waters.",
            "Australian Defence Minister Patrick Ellery described the drills as a sign of trust between two "
            'neighbours that had not always seen eye to eye. "We share a sea, and we share an interest in keeping '
            'it open," Ellery said at the naval base in Darwin.',
            "Beijing was quick to respond. Chinese foreign ministry spokesperson Guo Wenjun told a regular briefing "
            "that countries outside the region should not stir up tension in waters that belonged to its peoples. He "
            "urged Jakarta to hold on to what he called its independent and active foreign policy.",
            "The state news agency Xinhua said in a commentary that the drills served Canberra's alliance with "
            "Washington more than Indonesia's own interests.",
            "Retired Rear Admiral Bambang Wiryono, a former chief of staff of the Indonesian navy, cautioned against "
            "reading too much into a single drill, arguing that Jakarta would keep exercising with Chinese ships as "
            "well. Wiryono pointed out that the navy had held a smaller exercise with the Chinese navy only last "
            "year.",
            "Eleanor Whitcombe, director of the Southeast Asia programme at the Canberra-based Pacific Strategy "
            "Institute, argued that the exercise mattered less for what happened at sea than for what it said about "
            "Jakarta's appetite for risk. She said Australia should resist the temptation to present the drills as a "
            "win over Beijing.",
            "The exercise underscores how quickly the region's middle powers have moved closer in recent years.",
        ),
        [
            ("avoided drills", "Rizal Hakim", "analyst", "Jakarta Centre for Maritime Affairs"),  # nonres. sen. fellow
            ("quiet shift", "Rizal Hakim", "analyst", "Jakarta Centre for Maritime Affairs"),  # nonres. sen. fellow
            ("aimed at no third country", "Indonesia's defence ministry", "institution", ""),
            ("eleven warships", "Dedi Santoso", "official", "defence ministry"),  # ministry spokesman
            ("sign of trust", "Patrick Ellery", "official", "Australia"),  # defence minister
            ("share a sea", "Patrick Ellery", "official", "Australia"),  # defence minister
            ("stir up tension", "Guo Wenjun", "official", "foreign ministry"),  # foreign ministry spokesperson
            ("independent and active", "Guo Wenjun", "official", "foreign ministry"),  # foreign ministry spokesperson
            ("served Canberra's alliance", "Xinhua", "institution", ""),
            ("reading too much", "Bambang Wiryono", "analyst", ""),  # retired rear admiral, former chief of staff
            ("smaller exercise", "Bambang Wiryono", "analyst", ""),  # retired rear admiral, former chief of staff
            ("appetite for risk", "Eleanor Whitcombe", "analyst", "Pacific Strategy Institute"),  # programme director
            ("resist the temptation", "Eleanor Whitcombe", "analyst", "Pacific Strategy Institute"),  # programme dir.
        ],
    ),
    (
        (
            "Japan and the Philippines signed a pact on Thursday under which a Japanese yard will build four "
            "diesel-electric submarines for the Philippine Navy, the first time Tokyo has agreed to sell complete "
            "warships abroad since the end of the Second World War.",
            "Philippine Defence Secretary Ramon Dizon told a news conference in Manila that the boats would give the "
            "navy a way to watch the approaches to the Luzon Strait without surfacing. He acknowledged that crews "
            "would need at least five years of training before the first boat entered service.",
            "Kaiyo Shipbuilding, the Kobe-based yard that will build the submarines, said in a statement that work "
            "on the first hull would begin next spring. Its president, Hiroshi Tanabe, said the company would open a "
            "training centre in Subic Bay for Filipino engineers.",
            "Japan's embassy in Manila said the pact reflected a shared commitment to a free and open Indo-Pacific.",
            "Maria Lualhati, an associate professor of international studies at De La Salle University, noted that "
            "the navy had struggled for years to keep even its surface fleet at sea. She warned that the cost of "
            "running submarines could crowd out spending on coastal patrol ships.",
            "Senator Carmela Reyes, who chairs the Senate committee on national defence, said she would ask for a "
            "full breakdown of the price before the chamber approved the money.",
            "Tom Ashdown, a senior lecturer in strategic studies at the Australian National University, argued that "
            "the deal mattered most as a signal that Tokyo was ready to arm its partners. Ashdown cautioned, however, "
            "that Beijing would read the pact as part of a wider effort to encircle it.",
            "Analysts said the first boat was unlikely to reach the Philippines before the early 2030s.",
        ),
        [
            ("without surfacing", "Ramon Dizon", "official", "Philippines"),  # defence secretary
            ("five years of training", "Ramon Dizon", "official", "Philippines"),  # defence secretary
            ("first hull", "Kaiyo Shipbuilding", "institution", ""),
            ("training centre in Subic Bay", "Hiroshi Tanabe", "other", "Kaiyo Shipbuilding"),  # president
            ("free and open Indo-Pacific", "Japan's embassy in Manila", "institution", ""),
            ("struggled for years", "Maria Lualhati", "analyst", "De La Salle University"),  # associate professor
            ("crowd out spending", "Maria Lualhati", "analyst", "De La Salle University"),  # associate professor
            ("full breakdown", "Carmela Reyes", "official", "Senate"),  # senator, committee chair
            ("ready to arm its partners", "Tom Ashdown", "analyst", "Australian National University"),  # sen. lecturer
            ("encircle it", "Tom Ashdown", "analyst", "Australian National University"),  # senior lecturer
            ("early 2030s", "", "unnamed", ""),  # analysts as a group
        ],
    ),
    (
        (
            "Russian warships have sailed closer to the Svalbard archipelago this summer than at any time since the "
            "end of the Cold War, raising fresh questions in Oslo about how to guard a territory that an old treaty "
            "keeps largely free of military forces.",
            "Norwegian Foreign Minister Ingrid Haldorsen said on Tuesday that Norway would not accept any challenge "
            "to its sovereignty over the islands. She stressed that the treaty gave other states rights to fish and "
            "mine there, not to station troops.",
            "Russia's embassy in Oslo said in a statement that the ships were exercising in international waters and "
            "that Norway was inventing a threat to justify a larger NATO presence in the north.",
            "A spokesman for Russia's Northern Fleet, Captain Oleg Sivkov, told the state news agency RIA Novosti "
            "that the patrols would continue through the autumn.",
            "Kristian Aasland, a senior research fellow at the Fridtjof Nansen Institute, highlighted that Moscow has "
            "long complained about Norwegian rules on fishing around the archipelago. He explained that the patrols "
            "let Russia press those complaints without firing a shot.",
            "Per Lunde, a former Norwegian ambassador to Moscow, described the Russian moves as a test of how far "
            'Oslo was willing to go. "They are probing, and they will keep probing until someone tells them '
            'clearly to stop," Lunde said.',
            "Norway's Joint Headquarters in Bodo said it was following the Russian ships closely with patrol "
            "aircraft and a frigate.",
            "Hanne Mork, a political science professor at the Arctic University of Norway in Tromso, suggested "
            "that the government had been slow to invest in the islands' civilian life, leaving the Russian mining "
            "settlement as the most visible foreign presence there.",
        ),
        [
            ("any challenge", "Ingrid Haldorsen", "official", "Norway"),  # foreign minister
            ("not to station troops", "Ingrid Haldorsen", "official", "Norway"),  # foreign minister
            ("inventing a threat", "Russia's embassy in Oslo", "institution", ""),
            ("through the autumn", "Oleg Sivkov", "official", "Northern Fleet"),  # fleet spokesman
            ("long complained", "Kristian Aasland", "analyst", "Fridtjof Nansen Institute"),  # senior research fellow
            ("without firing a shot", "Kristian Aasland", "analyst", "Fridtjof Nansen Institute"),  # sen. res. fellow
            ("test of how far", "Per Lunde", "analyst", ""),  # former ambassador
            ("keep probing", "Per Lunde", "analyst", ""),  # former ambassador
            ("following the Russian ships", "Norway's Joint Headquarters", "institution", ""),  # set after the run
            ("slow to invest", "Hanne Mork", "analyst", "Arctic University of Norway"),  # professor
        ],
    ),
    (
        (
            "Kazakhstan opened a new rail crossing to China on Wednesday, the latest step in a slow turn of Central "
            "Asia's largest economy towards its eastern neighbour, even as it remains bound to Moscow by a military "
            "alliance and a customs union.",
            "Kazakh Foreign Minister Aibek Nurlanov said at the opening ceremony that the crossing would cut the time "
            "needed to move goods to Europe by a third. He insisted that closer ties with Beijing came at nobody's "
            "expense, describing the country's foreign policy as one of many directions at once.",
            "Kremlin spokesman Dmitry Volkov told reporters that Moscow saw no threat in the new line and that "
            "Kazakhstan remained a close ally.",
            "The state news agency Kazinform said the crossing would handle up to 20 million tonnes of cargo a year "
            "once it was fully running.",
            "China's foreign ministry said the line showed the strength of a partnership that served both peoples.",
            "Dilnoza Rakhimova, a senior fellow at the Almaty-based Steppe Institute for Strategic Studies, argued "
            "that Astana was trying to make itself too useful to both powers for either to push it around. She "
            "noted, though, that the country still sent most of its oil through a pipeline across Russian "
            "territory.",
            "Assel Tulegenova, who teaches Eurasian politics at Nazarbayev University, cautioned that public opinion "
            "had grown wary of Chinese loans after a string of protests over land.",
            "Mark Ridley, a visiting scholar at the Eurasia Policy Centre in Washington, said Russia's war in Ukraine "
            'had given the Central Asian states more room to bargain. "Moscow needs them more than it did, and they '
            'know it," Ridley said.',
        ),
        [
            ("by a third", "Aibek Nurlanov", "official", "Kazakhstan"),  # foreign minister
            ("nobody's expense", "Aibek Nurlanov", "official", "Kazakhstan"),  # foreign minister
            ("no threat in the new line", "Dmitry Volkov", "official", "Kremlin"),  # Kremlin spokesman
            ("20 million tonnes", "Kazinform", "institution", ""),
            ("served both peoples", "China's foreign ministry", "institution", ""),
            ("too useful", "Dilnoza Rakhimova", "analyst", "Steppe Institute for Strategic Studies"),  # senior fellow
            ("most of its oil", "Dilnoza Rakhimova", "analyst", "Steppe Institute for Strategic Studies"),  # sen. fel.
            ("wary of Chinese loans", "Assel Tulegenova", "analyst", "Nazarbayev University"),  # teaches there
            ("more room to bargain", "Mark Ridley", "analyst", "Eurasia Policy Centre"),  # visiting scholar
            ("they know it", "Mark Ridley", "analyst", "Eurasia Policy Centre"),  # visiting scholar
        ],
    ),
    (
        (
            "The United Arab Emirates and India signed a security pact in Abu Dhabi on Sunday that commits both "
            "countries to share intelligence on threats to shipping in the Arabian Sea and to hold yearly joint "
            "naval drills.",
            "The state news agency WAM said the pact was signed by the two countries' defence ministers and would "
            "run for ten years.",
            "Indian foreign ministry spokesperson Ritu Malhotra told a weekly briefing in New Delhi that the pact was "
            "not directed against any country. She added that India valued its ties with all the states of the "
            "Gulf.",
            "Iran's foreign ministry spokesman Hamid Rezaei said Tehran was watching the pact closely and warned "
            "against bringing outside navies into the region's waters.",
            "Layla Al Kaabi, a senior fellow for Gulf security at the Dubai-based Emirates Forum for Policy Studies, "
            "emphasised that the pact gave the Emirates a partner that was neither Washington nor Beijing. She said "
            "the choice of India reflected the weight of trade across the Arabian Sea.",
            "Retired Indian Major General Anil Bhatia noted that the Indian navy already escorted merchant ships in "
            "the Gulf of Aden and argued that the pact would mostly formalise what was already happening at sea.",
            "Omar Shehab, a professor of political science at Kuwait University, said other Gulf states would study "
            "the pact closely before deciding whether to seek similar ones.",
        ),
        [
            ("ten years", "WAM", "institution", ""),
            ("not directed against any country", "Ritu Malhotra", "official", "foreign ministry"),  # spokesperson
            ("all the states of the Gulf", "Ritu Malhotra", "official", "foreign ministry"),  # spokesperson
            ("watching the pact closely", "Hamid Rezaei", "official", "foreign ministry"),  # spokesman
            ("outside navies", "Hamid Rezaei", "official", "foreign ministry"),  # spokesman
            ("neither Washington nor Beijing", "Layla Al Kaabi", "analyst", "Emirates Forum for Policy Studies"),
            ("weight of trade", "Layla Al Kaabi", "analyst", "Emirates Forum for Policy Studies"),  # senior fellow
            ("escorted merchant ships", "Anil Bhatia", "analyst", ""),  # retired major general
            ("formalise what was already", "Anil Bhatia", "analyst", ""),  # retired major general
            ("similar ones", "Omar Shehab", "analyst", "Kuwait University"),  # professor
        ],
    ),
]

"""The ninth round of blind profile probes: fictional world news stories in wire and broadcast-site style (a border
clash in Central Asia, Gulf mediation, an India-Indonesia trade deal, a Latin American summit row, a Russia-China
meeting, EU sanctions and NATO air defence, a standoff at sea, killings reported by aid groups, a Caucasus peace text, a
rebel advance in Congo), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_ninth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation), written before
#: the stories were run. An affiliation left empty is not checked, as the scorer checks none. An envoy or ambassador
#: is affiliated to the state that sends them; a spokesperson to the body they speak for; a former official or a
#: retired general commenting is an analyst; a researcher of a rights group is an analyst, its field staff `other`; a
#: rebel spokesman holds no public office (`other`, affiliated to the group); an anonymous source is unnamed.
STORIES = [
    (
        (
            "Fighting along the disputed border between Kyrgyzstan and Tajikistan has forced more than 40,000 people "
            "from their homes, the UN refugee agency said on Tuesday.",
            "Babar Qadri, a spokesman for the agency, told reporters in Geneva that many families had fled with "
            "nothing but the clothes they wore.",
            "Kyrgyz Foreign Ministry spokeswoman Aizada Toktogulova told a regular briefing in Bishkek that Tajik "
            "troops had opened fire first.",
            "Tajikistan's State Committee for National Security said in a statement that Kyrgyz forces had shelled a "
            "school in the Isfara district.",
            '"We heard the first shells at dawn and ran to the river," said Gulnara Abdieva, a resident of the '
            "village of Kok-Tash.",
            "Rustam Khamidov, a fellow at the Caspian Policy Forum in Berlin, said water rights lay at the heart of "
            "the dispute.",
        ),
        [
            ("40,000 people", "UN refugee agency", "institution", ""),
            ("clothes they wore", "Babar Qadri", "official", "UN refugee agency"),
            ("opened fire first", "Aizada Toktogulova", "official", "Foreign Ministry"),
            ("shelled a school", "Tajikistan's State Committee for National Security", "institution", ""),
            ("ran to the river", "Gulnara Abdieva", "other", ""),
            ("water rights", "Rustam Khamidov", "analyst", "Caspian Policy Forum"),
        ],
    ),
    (
        (
            "Oman's foreign ministry said on Sunday that a new round of indirect talks between Iran and the United "
            "States would be held in Muscat next week.",
            'Foreign Minister Sayyid Hamad al-Harthi told the state news agency ONA that both sides had shown "a '
            'serious will" to reach an understanding.',
            "Iran's envoy to the United Nations, Amir Saeed Jalali, said Tehran would not negotiate under threat.",
            "State Department spokesman Matthew Price told a regular briefing that Washington welcomed Oman's role.",
            "Saudi Arabia's ambassador to Oman, Prince Faisal bin Turki, said the kingdom supported any step that "
            "lowered tension in the Gulf.",
            "Nadia Karimi, a senior fellow for Middle East policy at the Gulf Research Council in Dubai, said neither "
            "side could afford a collapse of the talks.",
        ),
        [
            ("indirect talks", "Oman's foreign ministry", "institution", ""),
            ("serious will", "Hamad al-Harthi", "official", "Oman"),
            ("under threat", "Amir Saeed Jalali", "official", "Iran"),
            ("welcomed Oman's role", "Matthew Price", "official", "State Department"),
            ("lowered tension", "Faisal bin Turki", "official", "Saudi Arabia"),
            ("collapse of the talks", "Nadia Karimi", "analyst", "Gulf Research Council"),
        ],
    ),
    (
        (
            "India's commerce minister, Piyush Rathore, said on Thursday that New Delhi and Jakarta would sign a deal "
            "on palm oil and coal by the end of the year.",
            "Indonesian Trade Minister Agus Wiranto told reporters in Jakarta that the two sides had settled most "
            "of the tariff lines.",
            "Indonesia's ambassador to India, Retno Hapsari, said the two countries had agreed to settle part of "
            "their trade in rupees and rupiah.",
            "Rajiv Menon, a professor of international trade at Jawaharlal Nehru University, said the deal would "
            "help India buy less palm oil from Malaysia.",
            "The Edible Oil Refiners Association, which represents refiners in Mumbai and Kolkata, said the deal "
            "would steady prices for consumers.",
            "Dewi Lestari, an economist at the Nusantara Policy Institute in Jakarta, said Indonesian coal miners "
            "would gain most.",
        ),
        [
            ("palm oil and coal", "Piyush Rathore", "official", "India"),
            ("tariff lines", "Agus Wiranto", "official", "Indonesia"),
            ("rupees and rupiah", "Retno Hapsari", "official", "Indonesia"),
            ("less palm oil", "Rajiv Menon", "analyst", "Jawaharlal Nehru University"),
            ("steady prices", "Edible Oil Refiners Association", "institution", ""),
            ("gain most", "Dewi Lestari", "analyst", "Nusantara Policy Institute"),
        ],
    ),
    (
        (
            "Colombia's presidential spokeswoman, Laura Quintero, said on Monday that President Gustavo Peralta "
            "would not attend the summit in Caracas.",
            "Venezuelan Foreign Minister Ramon Escalona said on state television that the summit would go ahead "
            "without Bogota.",
            "Opposition leader Maria Teresa Urdaneta told reporters in Caracas that the summit was a show for the "
            "cameras.",
            '"The government has nothing to show for a year of talks," she said.',
            "Brazil's special adviser for foreign affairs, Celso Amaral, told the newspaper Folha de S.Paulo that "
            "Brasilia was ready to host talks.",
            "Carlos Rivas, a professor of political science at the University of the Andes in Bogota, said Peralta "
            "did not want to be seen beside a government his voters distrust.",
        ),
        [
            ("would not attend the summit", "Laura Quintero", "official", "Colombia"),
            ("go ahead without Bogota", "Ramon Escalona", "official", "Venezuela"),
            ("show for the cameras", "Maria Teresa Urdaneta", "official", ""),
            ("nothing to show", "Maria Teresa Urdaneta", "official", ""),
            ("ready to host talks", "Celso Amaral", "official", "Brazil"),
            ("voters distrust", "Carlos Rivas", "analyst", "University of the Andes"),
        ],
    ),
    (
        (
            "Kremlin spokesman Yuri Ostrovsky told reporters on a regular conference call that President Vladimir "
            "Putin and Chinese President Xi Jinping would meet in Kazan in October.",
            "Chinese Foreign Ministry spokeswoman Hua Lin told a regular briefing in Beijing that the two countries' "
            'ties were "not aimed at any third party".',
            "An official at China's Commerce Ministry, quoted by the state news agency Xinhua, said trade between the "
            "two countries had risen 9 per cent in the first half.",
            "Marina Kolesova, a senior analyst at the Eurasia Strategy Centre in Brussels, said Moscow needed Beijing "
            "more than Beijing needed Moscow.",
            '"The asymmetry is growing every year," Kolesova said.',
            "Li Wei, a professor of international relations at Renmin University in Beijing, said both leaders wanted "
            "to show that Western pressure had failed.",
            "Former US ambassador to Russia John Harlan said the meeting showed that sanctions had pushed the two "
            "closer together.",
        ),
        [
            ("meet in Kazan", "Yuri Ostrovsky", "official", "Kremlin"),
            ("any third party", "Hua Lin", "official", "Foreign Ministry"),
            ("risen 9 per cent", "", "unnamed", ""),
            ("more than Beijing needed", "Marina Kolesova", "analyst", "Eurasia Strategy Centre"),
            ("growing every year", "Marina Kolesova", "analyst", "Eurasia Strategy Centre"),
            ("Western pressure had failed", "Li Wei", "analyst", "Renmin University"),
            ("pushed the two closer", "John Harlan", "analyst", ""),
        ],
    ),
    (
        (
            "The European Union's foreign policy chief, Helena Voss, said on Wednesday that the bloc would propose a "
            "new package of sanctions on Russian oil tankers.",
            "NATO Secretary-General Jens Aaltonen told reporters at the alliance's headquarters in Brussels that "
            "allies had agreed to send more air defence systems to Ukraine.",
            "Hungarian Foreign Minister Gabor Kertesz said Budapest would not back any measure that hurt its energy "
            "supplies.",
            "Russia's permanent representative to the EU, Vasily Chizhov, said the sanctions would hurt Europe more "
            "than Russia.",
            "A NATO official, speaking on condition of anonymity, said the alliance had seen no sign of Russian troops "
            "massing near the Baltic states.",
            "Retired French general Michel Corbin, a former commander of NATO forces in Kosovo, said the systems "
            "would take months to arrive.",
            "Camille Dufour, a defence analyst at the Brussels Security Forum, said Europe was still buying time "
            "rather than building an army.",
        ),
        [
            ("Russian oil tankers", "Helena Voss", "official", "European Union"),
            ("more air defence systems", "Jens Aaltonen", "official", "NATO"),
            ("energy supplies", "Gabor Kertesz", "official", "Hungary"),
            ("hurt Europe more", "Vasily Chizhov", "official", "Russia"),
            ("no sign of Russian troops", "", "unnamed", ""),
            ("months to arrive", "Michel Corbin", "analyst", ""),
            ("buying time", "Camille Dufour", "analyst", "Brussels Security Forum"),
        ],
    ),
    (
        (
            "The Philippine Coast Guard said on Saturday that Chinese vessels had fired water cannon at a supply boat "
            "near Second Thomas Shoal.",
            "Coast guard spokesman Commodore Rafael Dizon said the crew had suffered minor injuries.",
            "China's defence ministry said in a statement that the Philippine boat had entered Chinese waters without "
            "permission.",
            "Philippine Defence Secretary Gilberto Reyes said Manila would not be intimidated.",
            "Ong Wei Jie, a research fellow at the Straits Institute of Maritime Studies in Singapore, said both "
            "sides were testing how far the other would go.",
            "Fisherman Romel Bautista, 52, said Chinese boats had chased him from waters his family had fished for "
            "generations.",
        ),
        [
            ("fired water cannon", "Philippine Coast Guard", "institution", ""),
            ("minor injuries", "Rafael Dizon", "official", "Coast Guard"),
            ("without permission", "China's defence ministry", "institution", ""),
            ("not be intimidated", "Gilberto Reyes", "official", "Philippines"),
            ("how far the other would go", "Ong Wei Jie", "analyst", "Straits Institute of Maritime Studies"),
            ("chased him", "Romel Bautista", "other", ""),
        ],
    ),
    (
        (
            "Amnesty International said on Thursday that government troops had killed at least 45 civilians in a "
            "town in Ethiopia's Amhara region last month.",
            "Lena Okafor, Amnesty's researcher on the Horn of Africa, said witnesses had described soldiers going "
            "from house to house.",
            "Medecins Sans Frontieres said its clinic in the town had treated 80 wounded people in two days.",
            "Pierre Lemaire, MSF's emergency coordinator in Ethiopia, said the hospital had run out of blood.",
            'Government spokesman Kebede Alemu said the report was based on "fabricated testimonies".',
            '"They took my two sons outside and shot them," said a 60-year-old woman who asked not to be named for '
            "fear of reprisals.",
            "Abebe Tadesse, a resident who fled to Bahir Dar, said the shooting had lasted for three hours.",
        ),
        [
            ("45 civilians", "Amnesty International", "institution", ""),
            ("house to house", "Lena Okafor", "analyst", "Amnesty"),
            ("80 wounded people", "Medecins Sans Frontieres", "institution", ""),
            ("run out of blood", "Pierre Lemaire", "other", "MSF"),
            ("fabricated testimonies", "Kebede Alemu", "official", ""),
            ("shot them", "", "unnamed", ""),
            ("three hours", "Abebe Tadesse", "other", ""),
        ],
    ),
    (
        (
            "Azerbaijani Foreign Ministry spokesman Elnur Mammadli said on Friday that the text of a peace treaty "
            'with Armenia was "almost agreed".',
            "Armenian Prime Minister Aram Sargsyan told parliament that Yerevan was ready to sign without delay.",
            "The US envoy for the Caucasus, David Keller, said he would visit Baku and Yerevan next week.",
            "Anna Hakobyan, a professor of international law at Yerevan State University, said the hardest question, "
            "the border, had been left for later.",
            "Opposition leader Levon Harutyunyan said the treaty would give away Armenian land.",
            "Former foreign minister Gagik Mirzoyan, now an opposition lawmaker, said the government had conceded too "
            "much.",
        ),
        [
            ("almost agreed", "Elnur Mammadli", "official", "Foreign Ministry"),
            ("ready to sign", "Aram Sargsyan", "official", "Armenia"),
            ("visit Baku and Yerevan", "David Keller", "official", "US"),
            ("left for later", "Anna Hakobyan", "analyst", "Yerevan State University"),
            ("give away Armenian land", "Levon Harutyunyan", "official", ""),
            ("conceded too much", "Gagik Mirzoyan", "official", ""),
        ],
    ),
    (
        (
            "The head of the UN mission in Congo, Senegalese diplomat Awa Ndiaye, told the Security Council that "
            "fighting around Goma had displaced 400,000 people since January.",
            "Government spokesman Jean-Claude Mbuyi said Kinshasa would not negotiate with the rebels.",
            "Rwanda's foreign ministry said in a statement that none of its troops were in Congo.",
            "Emmanuel Kayitare, a spokesman for the M23 rebels, said the group had no plans to take Goma.",
            "Eva Janssens, a professor of African politics at Ghent University, said the rebels controlled the "
            "mines that paid for the war.",
            "Goma resident Esperance Kahindo said prices in the market had doubled in a week.",
            '"We hear the guns every night," she said.',
        ),
        [
            ("displaced 400,000 people", "Awa Ndiaye", "official", "UN"),
            ("not negotiate with the rebels", "Jean-Claude Mbuyi", "official", ""),
            ("none of its troops", "Rwanda's foreign ministry", "institution", ""),
            ("no plans to take Goma", "Emmanuel Kayitare", "other", "M23"),
            ("paid for the war", "Eva Janssens", "analyst", "Ghent University"),
            ("doubled in a week", "Esperance Kahindo", "other", ""),
            ("guns every night", "Esperance Kahindo", "other", ""),
        ],
    ),
]

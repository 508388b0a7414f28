"""The twenty-fourth round of blind profile probes: fictional world news wire stories on conflict and humanitarian
crises (a ceasefire watched by a regional bloc's monitors, food cuts in refugee camps, a hostage release brokered by a
Gulf state, a peacekeeping mission's drawdown, a cross-border shelling), with speakers of the kinds such stories quote
(a monitoring team's head, military and government spokesmen, rebel commanders and spokesmen, a UN agency's country
director and spokeswoman, an aid group's field coordinator, foreign ministry spokespeople, a mediator state's minister
of state, a refugee commissioner, a state minister for a portfolio, analysts at think tanks and research groups,
residents named and unnamed, a body speaking as itself), and for each quote the speaker, kind, role and affiliation
written before the stories were run (test_profiles_blind_probes_twentyfourth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked, as the scorer checks none. Ministers, a refugee commissioner and spokespeople of a state or its army
#: are officials affiliated to the state the title or its owner names; the head of a bloc's monitoring team, a UN
#: mission's head and UN agency staff are officials of their body; rebel commanders and spokesmen, an aid group's
#: field coordinator, a cooperative's head and residents are `other` (rebels affiliated to their group); researchers
#: and analysts at think tanks and research groups are analysts; "residents said", "a U.N. official who asked not to
#: be named", "a Malian security source" and "local officials" are unnamed. A body speaking as itself is keyed by the
#: fullest name the story gives it. Two entries were set right after the first run, as the sixth, ninth and
#: fourteenth batches set it: a ministry's spokesman named with his country's adjective ("French foreign ministry
#: spokesman X", "Afghan defence ministry spokesman Y") serves the ministry; the blind gold wrote the country.
STORIES = [
    (
        (
            "JUBA, May 12 (Reuters) - Monitors from the regional bloc IGAD recorded 14 breaches of South Sudan's "
            "ceasefire in its first week, the bloc said on Monday, as fighting flared again around the river port "
            "of Nasir.",
            "Brigadier General Tesfaye Alemu, the Ethiopian officer who leads the monitoring team, told reporters in "
            "Juba that both sides had moved artillery closer to the front since the truce began on May 5.",
            '"The next two weeks will decide whether this truce holds," Alemu said.',
            "Major Peter Garang Wol, a spokesman for the South Sudan People's Defence Forces, said rebels had "
            "attacked an army post near Nasir on Saturday and that soldiers had only defended themselves.",
            "Gatdet Ruach Both, a commander of the rebel Upper Nile Liberation Front, said by telephone that "
            "government gunboats had shelled his positions first.",
            '"We signed the truce in good faith. They are using it to rearm," Ruach said.',
            "Residents of Nasir said hundreds of families had crossed the river to escape the shelling.",
            "Kenya's foreign ministry spokeswoman, Faith Wanjala, said Nairobi was ready to send more monitors if "
            "both parties agreed.",
            "Maren Holt, a senior analyst for the Horn of Africa at the International Crisis Group, said the truce "
            "was fragile because neither side believed it could lose the war.",
        ),
        [
            ("14 breaches", "IGAD", "institution", ""),
            ("moved artillery", "Tesfaye Alemu", "official", ""),  # head of the monitoring team
            ("next two weeks", "Tesfaye Alemu", "official", ""),  # head of the monitoring team
            ("attacked an army post", "Peter Garang Wol", "official", "South Sudan People's Defence Forces"),
            ("shelled his positions", "Gatdet Ruach Both", "other", "Upper Nile Liberation Front"),  # commander
            ("in good faith", "Gatdet Ruach Both", "other", "Upper Nile Liberation Front"),  # commander
            ("hundreds of families", "", "unnamed", ""),  # residents of Nasir
            ("more monitors", "Faith Wanjala", "official", "Kenya"),  # foreign ministry spokeswoman
            ("truce was fragile", "Maren Holt", "analyst", "International Crisis Group"),  # senior analyst
        ],
    ),
    (
        (
            "NAIROBI, June 3 (AP) - The World Food Programme will cut rations for more than 400,000 refugees in "
            "camps in northern Kenya by a third from July because of a funding shortfall, the U.N. agency said on "
            "Tuesday.",
            "The agency's country director, Lena Sørvik, said donors had provided only 38 percent of the $210 "
            "million needed for the year.",
            '"We are being forced to choose between the hungry and the starving," Sørvik told reporters in Nairobi.',
            "Abdirahman Yusuf, a field coordinator for the aid group Norwegian Refugee Council in Dadaab, said "
            "malnutrition among children under five had already risen since the last cut in March.",
            "Halima Osman, a mother of six who fled Somalia in 2011, said her family's monthly ration of sorghum "
            "now lasted barely two weeks.",
            "Kenya's commissioner for refugee affairs, Daniel Mutua Kioko, said the government could not fill the "
            "gap from its own budget and urged donors to act.",
            "A U.N. official who asked not to be named said a further cut in October was likely unless the United "
            "States restored its contribution.",
            "UNHCR spokeswoman Maria Lindqvist said in Geneva that similar cuts were planned in camps in Uganda and "
            "Ethiopia.",
            "The U.S. State Department said in a statement that Washington remained the largest donor to refugees "
            "in Kenya.",
        ),
        [
            ("cut rations", "World Food Programme", "institution", ""),
            ("38 percent", "Lena Sørvik", "official", "World Food Programme"),  # country director
            ("the hungry and the starving", "Lena Sørvik", "official", "World Food Programme"),  # country director
            ("malnutrition among children", "Abdirahman Yusuf", "other", "Norwegian Refugee Council"),  # coordinator
            ("barely two weeks", "Halima Osman", "other", ""),  # a mother of six, a refugee
            ("fill the gap", "Daniel Mutua Kioko", "official", "Kenya"),  # commissioner for refugee affairs
            ("further cut in October", "", "unnamed", ""),  # a U.N. official
            ("similar cuts", "Maria Lindqvist", "official", "UNHCR"),  # spokeswoman
            ("largest donor", "U.S. State Department", "institution", ""),
        ],
    ),
    (
        (
            "DOHA (Reuters) - Four aid workers held for seven months by gunmen in Mali were freed on Sunday after "
            "mediation by Qatar, Qatar's Ministry of Foreign Affairs said in a statement.",
            "Qatar's Minister of State for Foreign Affairs, Khalid bin Nasser Al-Kuwari, said the four, two French "
            "citizens, a Belgian and a Malian driver, were in good health and would fly home on Monday.",
            '"No ransom was paid. Qatar offered only its good offices," Al-Kuwari told Al Jazeera.',
            "French foreign ministry spokesman Olivier Mercier thanked Qatar and said France had worked closely "
            "with Malian authorities throughout.",
            "Belgian Foreign Minister Karel Van Damme said he was deeply relieved and thanked the families for "
            "their patience.",
            "The aid group that employed them, Sahel Health Alliance, said in a statement that its staff were "
            '"tired but safe".',
            "A Malian security source said the hostages had been held by a faction linked to al Qaeda near the "
            "border with Niger.",
            "Bakary Sangaré, a Sahel researcher at the Dakar-based Institute for Security Studies, said Gulf "
            "mediators had become the channel of choice for governments that would not talk to jihadists directly.",
        ),
        [
            ("were freed on Sunday", "Ministry of Foreign Affairs", "institution", ""),
            ("in good health", "Khalid bin Nasser Al-Kuwari", "official", "Qatar"),  # minister of state
            ("No ransom was paid", "Khalid bin Nasser Al-Kuwari", "official", "Qatar"),  # minister of state
            ("worked closely", "Olivier Mercier", "official", "foreign ministry"),  # spokesman; set after the run
            ("deeply relieved", "Karel Van Damme", "official", "Belgium"),  # foreign minister
            ("tired but safe", "Sahel Health Alliance", "institution", ""),
            ("held by a faction", "", "unnamed", ""),  # a Malian security source
            ("channel of choice", "Bakary Sangaré", "analyst", "Institute for Security Studies"),  # researcher
        ],
    ),
    (
        (
            "KINSHASA (Reuters) - The U.N. peacekeeping mission in Congo, MONUSCO, will withdraw its last 2,000 "
            "troops from South Kivu province by the end of June, the mission's head, Aminata Konaté, said on "
            "Thursday, despite fighting that has displaced thousands in recent weeks.",
            '"The drawdown was requested by the government, and we are honouring that request," Konaté told a news '
            "conference in Kinshasa.",
            "Konaté said the mission would keep a small team in Bukavu to monitor human rights.",
            "Government spokesman Didier Lukusa said the national army was ready to take over the bases the "
            "peacekeepers leave behind.",
            "Army spokesman Lieutenant Colonel Jean-Paul Mbala said troops had retaken two villages near Uvira from "
            "the rebels on Wednesday.",
            "Espoir Bahati, a spokesman for the Kivu Patriotic Alliance rebel group, said the army's claim was "
            "false and that his fighters still held both villages.",
            "Chantal Mapendo, who runs a women's cooperative in Uvira, said many residents feared reprisals once the "
            "blue helmets left.",
            "Human Rights Watch said in a report last month that both sides had killed civilians in the province.",
            "Kristof Vandeputte, a researcher at the Congo Research Group at New York University, said the "
            "withdrawal left a security vacuum that the army was not able to fill.",
        ),
        [
            ("last 2,000", "Aminata Konaté", "official", "MONUSCO"),  # head of the mission
            ("honouring that request", "Aminata Konaté", "official", "MONUSCO"),  # head of the mission
            ("small team in Bukavu", "Aminata Konaté", "official", "MONUSCO"),  # head of the mission
            ("ready to take over", "Didier Lukusa", "official", ""),  # government spokesman
            ("retaken two villages", "Jean-Paul Mbala", "official", ""),  # army spokesman
            ("claim was false", "Espoir Bahati", "other", "Kivu Patriotic Alliance"),  # rebel spokesman
            ("feared reprisals", "Chantal Mapendo", "other", ""),  # runs a women's cooperative
            ("killed civilians", "Human Rights Watch", "institution", ""),
            ("security vacuum", "Kristof Vandeputte", "analyst", "Congo Research Group"),  # researcher
        ],
    ),
    (
        (
            "ISLAMABAD, Sept 9 (Reuters) - Shells fired from Afghanistan killed three civilians and wounded 11 in "
            "Pakistan's Kurram district on Monday, the military's media wing, Inter-Services Public Relations, said "
            "in a statement, the third such incident this month.",
            "Afghan defence ministry spokesman Mohammad Naeem Sadiqi said Pakistani forces had fired first and "
            'that Afghan troops had "responded in proportion".',
            "State Minister for Interior Asad Mahmood Khokhar told parliament that Islamabad would respond with full "
            "force to any further attack.",
            "Mumtaz Ali, a shopkeeper in the border town of Parachinar, said two shells had landed in the market as "
            "it was opening.",
            '"My nephew was buying bread. He is in hospital in Peshawar now," Ali said.',
            "Local officials said schools in three villages had been closed.",
            'China, which has close ties with both governments, urged restraint. "We call on both sides to resolve '
            'differences through dialogue," foreign ministry spokesman Lin Hao told a regular briefing in Beijing.',
            "Fatima Rahimi, a South Asia analyst at the Brussels-based think tank Crisis Watch Institute, said the "
            "clashes reflected Islamabad's anger over militants it says shelter in Afghanistan.",
            "The U.N. mission in Afghanistan, UNAMA, said in a post on X that it was alarmed by reports of civilian "
            "casualties on both sides of the border.",
        ),
        [
            ("killed three civilians", "Inter-Services Public Relations", "institution", ""),
            ("fired first", "Mohammad Naeem Sadiqi", "official", "defence ministry"),  # spokesman; set after the run
            ("full force", "Asad Mahmood Khokhar", "official", "Pakistan"),  # State Minister for Interior
            ("landed in the market", "Mumtaz Ali", "other", ""),  # shopkeeper
            ("buying bread", "Mumtaz Ali", "other", ""),  # shopkeeper
            ("schools in three villages", "", "unnamed", ""),  # local officials
            ("through dialogue", "Lin Hao", "official", ""),  # foreign ministry spokesman
            ("reflected Islamabad's anger", "Fatima Rahimi", "analyst", "Crisis Watch Institute"),  # South Asia analyst
            ("alarmed by reports", "UNAMA", "institution", ""),
        ],
    ),
]

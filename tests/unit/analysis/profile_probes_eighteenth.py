"""The eighteenth round of blind profile probes: fictional world news wire stories (datelines from South Asia, central
Africa, southern Europe, the Caucasus, North Africa, South America, the Channel coast and the Pacific) on subjects
earlier rounds used little (a UN agency's appeal after floods, a peace conference hosted by a third state, an air and
naval exercise and a neighbour's protest, an election under a regional body's observers, an IMF loan, a journalist
detained abroad, a deadly Channel crossing, a polio vaccine drive), written in shapes earlier rounds used little
(foreign titles and names with particles, "Ferreira dos Santos", "de la Fuente", "Ben Salah"; "X, Y's ambassador to
Z"; "the state news agency quoted X as saying"; bodies named in full with their initials and then by them; a deputy
and an acting title; a retired general and a former central banker speaking as experts; an official who asked not to
be named), and for each quote the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_eighteenth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked, as the scorer checks none. Ministers, a deputy foreign minister who chairs talks, an ambassador, a
#: provincial governor, a defence ministry spokesman, a navy commander, an electoral commission's acting chairman, an
#: opposition party's leader, a central bank governor, a judiciary's spokesman and the staff of a UN agency, the IMF,
#: the WHO or a regional body's observer mission are officials (a minister or ambassador affiliated to the state they
#: serve, a governor to the province, staff to their body); a rebel commander, a Red Crescent volunteer, an editor, a
#: press-freedom group's representative, an aid group's doctor, a survivor and a village health worker are `other`; a
#: climate researcher at a university, a crisis group's analyst, a retired general at a think tank, a political
#: scientist, a bank's chief economist and a former central banker who now teaches are analysts; "observers from the
#: OSCE" and a finance ministry official who asked not to be named are unnamed. A body speaking as itself is keyed by
#: the fullest name the article gives it, also where the sentence uses its initials, and a state's ministry or office
#: with the state's possessive as written ("Turkey's foreign ministry"). Two entries were set right after the first
#: run, where the blind gold had slipped from these conventions and the guidelines: "Britain's Home Office" had been
#: keyed without its country, and "… said …, and called on Athens to stop raising tensions" holds a second statement,
#: as "urge" and "call for" make one.
STORIES = [
    (
        (
            "HYDERABAD, Pakistan (Reuters) - About 400,000 children have been cut off by floods in Pakistan's southern "
            "Sindh province, the United Nations Children's Fund (UNICEF) said on Tuesday as it appealed for $48 "
            "million in aid.",
            "Ingrid Solberg, UNICEF's representative in Pakistan, said more than 300 schools had been washed away and "
            "that cases of diarrhoea were rising in the relief camps.",
            '"Children cannot wait for the water to go down," Solberg told reporters in Hyderabad.',
            "Provincial Governor Zubair Ahmed Laghari said 1.2 million acres of cotton and rice had been lost and that "
            "Sindh would need federal help for at least a year.",
            "Rukhsana Bibi, a volunteer with the Pakistan Red Crescent Society in Dadu district, said boats were the "
            "only way to reach villages south of the town.",
            "Farhan Siddiqui, a climate researcher at Lund University in Sweden, said warmer seas had made the monsoon "
            "rains heavier and harder to predict.",
            "The state news agency APP quoted Water Resources Minister Naveed Qamar Baloch as saying that the Sukkur "
            "barrage was holding.",
        ),
        [
            ("400,000 children", "United Nations Children's Fund", "institution", ""),
            ("300 schools", "Ingrid Solberg", "official", "United Nations Children's Fund"),  # representative
            ("cannot wait", "Ingrid Solberg", "official", "United Nations Children's Fund"),  # representative
            ("cotton and rice", "Zubair Ahmed Laghari", "official", "Sindh"),  # provincial governor
            ("only way to reach", "Rukhsana Bibi", "other", "Pakistan Red Crescent Society"),  # volunteer
            ("warmer seas", "Farhan Siddiqui", "analyst", "Lund University"),  # climate researcher
            ("barrage was holding", "Naveed Qamar Baloch", "official", "Pakistan"),  # water resources minister
        ],
    ),
    (
        (
            "LUANDA (Reuters) - Congo and Rwanda agreed on Thursday to pull troops back from their shared border and "
            "to set up a joint monitoring team, at talks hosted by Angola, the Angolan foreign ministry said.",
            "Congolese Foreign Minister Jean-Pierre Lukusa Mbaya said the agreement would be judged by what happened "
            "on the ground in North Kivu, not by the signatures in Luanda.",
            "Rwanda's foreign minister, Eugène Habimana, said his country had no troops in Congo and was only "
            "protecting its own border.",
            "Joana Ferreira dos Santos, Angola's deputy foreign minister, who chaired the talks, said the two sides "
            "would meet again in March.",
            '"Nobody left this room with everything they wanted, and that is how peace begins," Ferreira dos Santos '
            "said.",
            "Bertrand Mushagalusa, a commander of the rebel Kivu Patriotic Front, said by telephone that his fighters "
            "had not been invited to Luanda and would not be bound by the deal.",
            "Claudine Mbuyi, a senior Great Lakes analyst at the International Crisis Group, said the monitoring team "
            "would fail without a mandate to name whoever broke the truce.",
        ),
        [
            ("joint monitoring team", "Angolan foreign ministry", "institution", ""),
            ("signatures in Luanda", "Jean-Pierre Lukusa Mbaya", "official", "Congo"),  # Congolese Foreign Minister
            ("no troops in Congo", "Eugène Habimana", "official", "Rwanda"),  # foreign minister
            ("meet again in March", "Joana Ferreira dos Santos", "official", "Angola"),  # deputy foreign minister
            ("how peace begins", "Joana Ferreira dos Santos", "official", "Angola"),  # deputy foreign minister
            ("bound by the deal", "Bertrand Mushagalusa", "other", "Kivu Patriotic Front"),  # commander
            ("broke the truce", "Claudine Mbuyi", "analyst", "International Crisis Group"),  # senior analyst
        ],
    ),
    (
        (
            "ATHENS (AP) - Greece began a five-day air and naval exercise in the eastern Aegean on Monday with 30 "
            "warships and 60 aircraft, the Hellenic National Defence General Staff said.",
            "Defence ministry spokesman Vasilis Kontogeorgis said the drills had been planned a year ago and were not "
            "aimed at any country.",
            "Vice Admiral Dimitrios Katsaros, commander of the Hellenic Navy's fleet, said two submarines and a new "
            "French-built frigate would take part for the first time.",
            '"Our sailors must be ready for any task, in any weather," Katsaros said.',
            "Turkey's foreign ministry said in a statement that the exercise area overlapped with waters that treaties "
            "had demilitarised, and called on Athens to stop raising tensions.",
            "Retired Lieutenant General Konstantinos Ioannou, a former deputy chief of the army who is now a senior "
            "fellow at the Hellenic Foundation for European and Foreign Policy (ELIAMEP), said both sides had learned "
            "to keep such drills from turning into incidents.",
            "He noted that the two navies had kept a hotline open since 2021.",
        ),
        [
            ("60 aircraft", "Hellenic National Defence General Staff", "institution", ""),
            ("not aimed at any country", "Vasilis Kontogeorgis", "official", "defence ministry"),  # spokesman
            ("two submarines", "Dimitrios Katsaros", "official", "Hellenic Navy"),  # fleet commander
            ("ready for any task", "Dimitrios Katsaros", "official", "Hellenic Navy"),  # fleet commander
            ("treaties had demilitarised", "Turkey's foreign ministry", "institution", ""),
            ("stop raising tensions", "Turkey's foreign ministry", "institution", ""),  # "called on": set after the run
            # senior fellow (retired lieutenant general)
            (
                "turning into incidents",
                "Konstantinos Ioannou",
                "analyst",
                "Hellenic Foundation for European and Foreign Policy",
            ),
            ("hotline open", "Konstantinos Ioannou", "analyst", "Hellenic Foundation for European and Foreign Policy"),
        ],
    ),
    (
        (
            "TBILISI (Reuters) - Georgia's ruling Georgian Path party won 52 percent of the vote in Saturday's "
            "parliamentary election, the Central Election Commission (CEC) said on Sunday with nearly all ballots "
            "counted.",
            "Acting CEC chairman Giorgi Kvaratskhelia told a news conference that turnout had been 58 percent, the "
            "highest since 2012.",
            "Observers from the Organization for Security and Co-operation in Europe (OSCE) said in a preliminary "
            "statement that the vote had been competitive but marred by pressure on public sector workers.",
            "Hendrik van der Meer, who led the OSCE observer mission, said voters had been photographed at polling "
            "stations in several regions.",
            "Opposition leader Nino Beridze of the Unity for Change coalition said its members would not take up their "
            "seats until ballots were recounted in 14 districts.",
            '"These results were bought, not won," Beridze told thousands of supporters outside parliament.',
            "Tamar Gogoladze, a political scientist at Tbilisi State University, said the ruling party had lost "
            "ground in the cities but gained in the countryside.",
        ),
        [
            ("52 percent", "Central Election Commission", "institution", ""),
            ("highest since 2012", "Giorgi Kvaratskhelia", "official", "Central Election Commission"),  # acting chair
            ("public sector workers", "", "unnamed", ""),
            # head of the observer mission
            (
                "photographed at polling",
                "Hendrik van der Meer",
                "official",
                "Organization for Security and Co-operation",
            ),
            ("recounted in 14 districts", "Nino Beridze", "official", "Unity for Change"),  # opposition leader
            ("bought, not won", "Nino Beridze", "official", "Unity for Change"),  # opposition leader
            ("lost ground", "Tamar Gogoladze", "analyst", "Tbilisi State University"),  # political scientist
        ],
    ),
    (
        (
            "TUNIS (Reuters) - The International Monetary Fund said on Wednesday its staff had reached agreement with "
            "Tunisia on a $1.9 billion loan over four years, subject to approval by the fund's board.",
            "Ana Lucía Coronel, who led the IMF mission to Tunis, said in a statement that the government had "
            "committed to phasing out fuel subsidies by 2028 and to reining in the public wage bill.",
            "Central Bank of Tunisia Governor Hichem Ben Salah said the loan would unlock about $3 billion more from "
            "other lenders and ease pressure on the dinar.",
            "A finance ministry official, who asked not to be named because the talks were confidential, said the "
            "subsidy cuts would start with petrol and spare bread and cooking gas.",
            "The state news agency TAP quoted Finance Minister Leila Ben Romdhane as saying that the programme had "
            "been designed in Tunis, not imposed from Washington.",
            "Karim El Mokhtar, chief economist at Attijari Bank in Tunis, said the deal was a relief for bond holders "
            "but would test the government's ability to keep the unions on side.",
            "Mustapha Ennaifar, a former deputy governor of the central bank who now teaches economics at the "
            "University of Carthage, said the last deal had collapsed in 2022 over the same subsidies.",
        ),
        [
            ("$1.9 billion loan", "International Monetary Fund", "institution", ""),
            ("fuel subsidies", "Ana Lucía Coronel", "official", "International Monetary Fund"),  # mission chief
            ("unlock about $3 billion", "Hichem Ben Salah", "official", "Central Bank of Tunisia"),  # governor
            ("spare bread", "", "unnamed", ""),
            ("designed in Tunis", "Leila Ben Romdhane", "official", "Tunisia"),  # finance minister
            ("relief for bond holders", "Karim El Mokhtar", "analyst", "Attijari Bank"),  # chief economist
            # former deputy governor of the central bank, now teaches economics
            ("collapsed in 2022", "Mustapha Ennaifar", "analyst", "University of Carthage"),
        ],
    ),
    (
        (
            "CARACAS (AP) - A Spanish journalist has been held without charge in Venezuela for 11 days, his "
            "newspaper, the Madrid daily El Heraldo de Castilla, said on Friday.",
            "Its editor, Marta de la Fuente, said Álvaro Ruiz de Gopegui had been arrested at a checkpoint in Zulia "
            "state while reporting on fuel smuggling and had not been allowed to call his family.",
            '"Álvaro is a reporter, not a spy, and he should be home with his children," de la Fuente told Spanish '
            "radio.",
            "Ignacio Pérez-Llorca, Spain's ambassador to Venezuela, said the embassy had asked three times for "
            "consular access and had received no answer.",
            "The Committee to Protect Journalists (CPJ) said at least nine foreign reporters had been detained in "
            "Venezuela this year.",
            "Lucía Echeverri, the CPJ's Andes representative, called for his immediate release.",
            "Rafael Urdaneta Pérez, a spokesman for the Supreme Tribunal of Justice, told state television that the "
            "reporter was being investigated for entering a military zone without a permit.",
        ),
        [
            ("11 days", "El Heraldo de Castilla", "institution", ""),
            ("call his family", "Marta de la Fuente", "other", "El Heraldo de Castilla"),  # editor
            ("not a spy", "Marta de la Fuente", "other", "El Heraldo de Castilla"),  # editor
            ("consular access", "Ignacio Pérez-Llorca", "official", "Spain"),  # ambassador to Venezuela
            ("nine foreign reporters", "Committee to Protect Journalists", "institution", ""),
            ("immediate release", "Lucía Echeverri", "other", "Committee to Protect Journalists"),  # representative
            ("military zone", "Rafael Urdaneta Pérez", "official", "Supreme Tribunal of Justice"),  # spokesman
        ],
    ),
    (
        (
            "CALAIS, France (AFP) - Five people, among them a child, died trying to cross the Channel to Britain in a "
            "small boat overnight, the French coast guard said on Wednesday.",
            "Interior Minister Laurent Vasseur said the smugglers who had packed 70 people onto the boat had sent them "
            "to their deaths, and that police had arrested two suspects.",
            '"We will hunt these gangs down on both sides of the Channel," Vasseur said on a visit to '
            "Boulogne-sur-Mer.",
            "Mathilde Ducroix, a spokeswoman for the UN refugee agency UNHCR in France, said most of those on board "
            "came from Sudan and Eritrea and would have qualified for protection.",
            "Dr. Jean-Baptiste Maréchal, a doctor with Médecins du Monde who treated survivors on the beach at "
            "Wimereux, said several were suffering from hypothermia and shock.",
            "Britain's Home Office said in a statement that it would keep working with France to stop the crossings.",
            "Abdelrahman Idris, a 24-year-old Sudanese man who survived, told AFP that the engine had stopped an hour "
            "after they left the beach.",
        ),
        [
            ("Five people", "French coast guard", "institution", ""),
            ("two suspects", "Laurent Vasseur", "official", "France"),  # interior minister
            ("hunt these gangs", "Laurent Vasseur", "official", "France"),  # interior minister
            ("qualified for protection", "Mathilde Ducroix", "official", "UNHCR"),  # spokeswoman
            ("hypothermia", "Jean-Baptiste Maréchal", "other", "Médecins du Monde"),  # doctor
            ("stop the crossings", "Britain's Home Office", "institution", ""),  # with its country: after the run
            ("engine had stopped", "Abdelrahman Idris", "other", ""),  # survivor
        ],
    ),
    (
        (
            "PORT MORESBY (Reuters) - Papua New Guinea began a two-week campaign on Monday to vaccinate 1.5 million "
            "children against polio after three cases were confirmed in the Highlands, the health ministry said.",
            "Dr. Kenji Saito-Marsh, the World Health Organization's regional director for the Western Pacific, said "
            "the campaign had to reach 95 percent of children under five to stop the virus spreading.",
            "Health Minister Joseph Tamarua said 4,000 health workers and volunteers would travel by boat, on foot and "
            "by helicopter to reach remote villages.",
            '"No child in this country should be left paralysed by a disease we know how to stop," Tamarua said.',
            "Grace Kaupa, a village health worker in Enga province, said some parents had refused the drops after "
            "rumours spread on Facebook that they caused infertility.",
            "Rotary International said it had paid for 3.2 million doses, enough for two rounds.",
            "Acting Health Secretary Ken Wai said a second round would follow in March.",
        ),
        [
            ("1.5 million children", "health ministry", "institution", ""),
            ("95 percent", "Kenji Saito-Marsh", "official", "World Health Organization"),  # regional director
            ("remote villages", "Joseph Tamarua", "official", "Papua New Guinea"),  # health minister
            ("left paralysed", "Joseph Tamarua", "official", "Papua New Guinea"),  # health minister
            ("refused the drops", "Grace Kaupa", "other", ""),  # village health worker
            ("3.2 million doses", "Rotary International", "institution", ""),
            ("second round", "Ken Wai", "official", ""),  # acting health secretary
        ],
    ),
]

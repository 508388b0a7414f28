"""The thirteenth round of blind profile probes: fictional world news and newswire stories in AP, Reuters and AFP style
on subjects earlier rounds used little (a coup and the regional bloc's answer, a migrant boat disaster, a cholera
outbreak, an oil spill from a tanker, an attempt on a president's life, a hostage video, an oil producers' meeting, a
dissident's prison sentence), written in shapes earlier rounds used little (datelines with a country; "told AFP";
"said in a televised address"; "a spokesman for the group"; ranks such as "Col." and "Brig. Gen."; "Sheikh" and
"Prince"; nationality adjectives; a second mention by title alone), and for each quote the speaker, kind and
affiliation written before the stories were run (test_profiles_blind_probes_thirteenth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation), written before
#: the stories were run. An affiliation left empty is not checked, as the scorer checks none. A minister, an officer,
#: a police chief, a coast guard officer, a president's or ministry's spokesman and the staff of the WHO, the IOM or a
#: regional bloc are officials (a minister affiliated to the state); a survivor, a fisherman, a relative, an
#: executive, a militant group's spokesman and the staff of a charity or a rights group (a researcher aside) are
#: `other`; a marine biologist, a security analyst, a think-tank researcher and a bank's commodities analyst are
#: analysts; soldiers, residents and delegates left unnamed are unnamed; a body speaking as itself is keyed by the
#: fullest name the article gives it. Two entries were set right after the first run, as the guidelines read them: a
#: second verb of the guidelines' list joined to the first by "and" ("… and called for a meeting", "… and urged French
#: citizens to leave") is a quote of its own, as the dev gold counts "call for" and "urge".
STORIES = [
    (
        (
            "FREETOWN, Sierra Leone (AP) — Soldiers who seized power in Sierra Leone overnight said in a televised "
            "address on Thursday that they had dissolved the government and closed the country's borders.",
            "Col. Mohamed Kanu, who read the statement on behalf of a group calling itself the National Salvation "
            "Committee, said the army had acted to end years of corruption and hunger.",
            '"The people have suffered enough," Kanu said.',
            "The Economic Community of West African States (ECOWAS) said in a statement that it condemned the coup in "
            "the strongest terms and would hold an emergency summit in Abuja on Sunday.",
            "Omar Touray-Bah, president of the ECOWAS Commission, told reporters in Abuja that the bloc would not rule "
            "out sanctions or the use of force.",
            "The whereabouts of President Ernest Koroma-Bio were unknown on Thursday evening.",
            "His spokesman, Alhaji Sesay, told AFP by telephone that the president was safe and remained the "
            "legitimate head of state.",
            "Fatmata Conteh, a researcher at the Institute for Security Studies in Dakar, said the coup was the fifth "
            "in the region in four years.",
            "The African Union's Peace and Security Council said it had suspended Sierra Leone from all of its "
            "activities.",
        ),
        [
            ("dissolved the government", "", "unnamed", ""),
            ("years of corruption", "Mohamed Kanu", "official", "National Salvation Committee"),
            ("suffered enough", "Mohamed Kanu", "official", "National Salvation Committee"),
            ("strongest terms", "Economic Community of West African States", "institution", ""),
            ("use of force", "Omar Touray-Bah", "official", "ECOWAS Commission"),
            ("president was safe", "Alhaji Sesay", "official", ""),
            ("fifth in the region", "Fatmata Conteh", "analyst", "Institute for Security Studies"),
            ("suspended Sierra Leone", "African Union's Peace and Security Council", "institution", ""),
        ],
    ),
    (
        (
            "ROME (Reuters) - At least 61 people drowned when an overcrowded fishing boat capsized off the Italian "
            "island of Lampedusa on Tuesday, the Italian coast guard said.",
            "Cmdr. Luca Ferraro, a coast guard spokesman, said rescuers had pulled 38 survivors from the water before "
            "dark.",
            "Chiara Montanari, a spokeswoman for the International Organization for Migration (IOM), said the boat had "
            "left the Libyan port of Zuwara with about 100 people on board.",
            '"This is the deadliest migration route in the world and it is getting deadlier," Montanari told '
            "reporters in Geneva.",
            "Yonas Tesfaye, a 24-year-old Eritrean who survived by clinging to a fuel can, told Reuters that the "
            "smugglers had forced women and children below deck.",
            "Italian Interior Minister Matteo Salvadori said in a televised address that Italy could not carry "
            "Europe's burden alone and called for a meeting of EU interior ministers.",
            "The minister said the government would send two more patrol boats to the island.",
            "Mare Libero, a German charity that runs rescue ships, said its vessel had been held in port by an Italian "
            "order for three weeks.",
        ),
        [
            ("61 people drowned", "Italian coast guard", "institution", ""),
            ("38 survivors", "Luca Ferraro", "official", "coast guard"),
            ("port of Zuwara", "Chiara Montanari", "official", "International Organization for Migration"),
            ("getting deadlier", "Chiara Montanari", "official", "International Organization for Migration"),
            ("below deck", "Yonas Tesfaye", "other", ""),
            ("burden alone", "Matteo Salvadori", "official", "Italy"),
            ("EU interior ministers", "Matteo Salvadori", "official", "Italy"),  # "called for": set after the run
            ("two more patrol boats", "Matteo Salvadori", "official", "Italy"),
            ("three weeks", "Mare Libero", "institution", ""),
        ],
    ),
    (
        (
            "LUSAKA (AFP) - A cholera outbreak in Zambia has killed 212 people since October, the health ministry said "
            "on Wednesday, as the disease spread to the capital's crowded townships.",
            "Health Minister Grace Mwanza told AFP that 40 new treatment centres would open within a week.",
            "Pierre Ndikumana, the World Health Organization's representative in Zambia, said the outbreak was far "
            "from under control.",
            "He said the WHO had shipped 1.5 million doses of oral vaccine but that the global stockpile was nearly "
            "empty.",
            "Anna-Lena Brandt, the emergency coordinator for Doctors Without Borders (MSF) in Lusaka, said patients "
            "were arriving faster than beds could be set up.",
            '"We are seeing whole families come in at once," Brandt said.',
            "Residents of the Kanyama township said they had gone without piped water for a month.",
            "Mwanza said schools in Lusaka would stay closed until the end of January.",
        ),
        [
            ("212 people", "health ministry", "institution", ""),
            ("40 new treatment centres", "Grace Mwanza", "official", "Zambia"),
            ("under control", "Pierre Ndikumana", "official", "World Health Organization"),
            ("nearly empty", "Pierre Ndikumana", "official", "World Health Organization"),
            ("faster than beds", "Anna-Lena Brandt", "other", "Doctors Without Borders"),
            ("whole families", "Anna-Lena Brandt", "other", "Doctors Without Borders"),
            ("piped water", "", "unnamed", ""),
            ("end of January", "Grace Mwanza", "official", "Zambia"),
        ],
    ),
    (
        (
            "LIMA (Reuters) - About 6,000 barrels of crude spilled into the Pacific from a tanker unloading at a "
            "terminal north of Lima, state oil company Petrolera Andina said on Saturday.",
            "The company said in a statement that the leak had been stopped and that 400 workers were cleaning the "
            "beaches.",
            "Peruvian Environment Minister Rosa Quispe said the spill had reached 21 beaches and two protected "
            "reserves.",
            '"Someone will have to pay for this," Quispe told local radio.',
            "Juan Carlos Huaman, a fisherman in the town of Ancon, said he had not been able to go out for five days.",
            "Lucia Benavides, a marine biologist at the National University of San Marcos, said the oil could harm "
            "fish stocks along the coast for years.",
            "Petrolera Andina's chief executive, Diego Salazar, said the company would pay compensation to fishermen.",
        ),
        [
            ("6,000 barrels", "Petrolera Andina", "institution", ""),
            ("400 workers", "Petrolera Andina", "institution", ""),
            ("21 beaches", "Rosa Quispe", "official", "Peru"),
            ("pay for this", "Rosa Quispe", "official", "Peru"),
            ("five days", "Juan Carlos Huaman", "other", ""),
            ("fish stocks", "Lucia Benavides", "analyst", "National University of San Marcos"),
            ("compensation to fishermen", "Diego Salazar", "other", "Petrolera Andina"),
        ],
    ),
    (
        (
            "QUITO, Ecuador (AP) — Gunmen fired on President Andres Molina's motorcade on a highway south of Quito on "
            "Monday, wounding two of his bodyguards, the National Police said.",
            "Brig. Gen. Fausto Rivera, the national police chief, told a news conference that three suspects had been "
            "arrested and a fourth was on the run.",
            "Rivera said the gunmen had been paid by a gang that controls part of the port of Guayaquil.",
            "The president's spokesman, Carlos Jaramillo, said in a televised address that Molina was unhurt and would "
            "keep to his schedule.",
            '"The president will not be intimidated by criminals," Jaramillo said.',
            "Renata Velez, a security analyst at the Andean Crime Observatory, a Quito think tank, said the attack "
            "showed the gangs now felt strong enough to challenge the state directly.",
            "Colombia's Foreign Ministry said in a statement that it stood with the Ecuadorian people.",
        ),
        [
            ("two of his bodyguards", "National Police", "institution", ""),
            ("three suspects", "Fausto Rivera", "official", "National Police"),
            ("port of Guayaquil", "Fausto Rivera", "official", "National Police"),
            ("Molina was unhurt", "Carlos Jaramillo", "official", ""),
            ("intimidated by criminals", "Carlos Jaramillo", "official", ""),
            ("challenge the state", "Renata Velez", "analyst", "Andean Crime Observatory"),
            ("Ecuadorian people", "Colombia's Foreign Ministry", "institution", ""),
        ],
    ),
    (
        (
            "DAKAR (AFP) - A jihadist group in the Sahel released a video on Wednesday showing Claire Marchand, a "
            "French aid worker kidnapped in Niger in March, and demanded the release of its fighters held in Niamey.",
            "In a statement posted with the video, the Katiba al-Sahra group said she would be killed if its demands "
            "were not met within 30 days.",
            "A spokesman for the group, who gave his name as Abu Hamza, told AFP by telephone that the hostage was in "
            "good health.",
            "Her brother, Julien Marchand, said the family had recognised her voice and was relieved and terrified at "
            "once.",
            "France's foreign ministry said it was doing everything to secure her release and urged French citizens "
            "to leave the area.",
            "Foreign ministry spokeswoman Helene Duroc told reporters in Paris that France did not pay ransoms.",
            "Ibrahim Diallo-Sy, who studies armed groups at the Timbuktu Institute in Dakar, said the group had grown "
            "since foreign troops left the region.",
        ),
        [
            ("within 30 days", "Katiba al-Sahra", "institution", ""),
            ("good health", "Abu Hamza", "other", "Katiba al-Sahra"),
            ("recognised her voice", "Julien Marchand", "other", ""),
            ("secure her release", "France's foreign ministry", "institution", ""),
            ("leave the area", "France's foreign ministry", "institution", ""),  # "urged": set after the run
            ("pay ransoms", "Helene Duroc", "official", "France"),
            ("had grown", "Ibrahim Diallo-Sy", "analyst", "Timbuktu Institute"),
        ],
    ),
    (
        (
            "VIENNA (Reuters) - OPEC+ agreed on Sunday to extend its oil output cuts of 2 million barrels per day "
            "until the end of next year, three delegates told Reuters.",
            "Saudi Energy Minister Prince Faisal bin Turki told reporters after the meeting that the group would do "
            "whatever it took to keep the market stable.",
            "Iraq's oil minister, Karim al-Jubouri, said Baghdad would make up for producing above its quota in the "
            "spring.",
            "One delegate, who asked not to be named, said Russia had pushed for a smaller cut.",
            "Russian Deputy Prime Minister Alexei Volkov said the decision was unanimous.",
            "Kuwaiti Oil Minister Sheikh Salem al-Mubarak said his country fully supported the extension.",
            "Helena Richter, head of commodities research at Nordbank in Frankfurt, said the market had expected the "
            "extension and prices would drift lower.",
            '"OPEC+ is running to stand still," Richter said.',
        ),
        [
            ("end of next year", "", "unnamed", ""),
            ("market stable", "Faisal bin Turki", "official", "Saudi Arabia"),
            ("above its quota", "Karim al-Jubouri", "official", "Iraq"),
            ("smaller cut", "", "unnamed", ""),
            ("unanimous", "Alexei Volkov", "official", "Russia"),
            ("fully supported", "Salem al-Mubarak", "official", "Kuwait"),
            ("drift lower", "Helena Richter", "analyst", "Nordbank"),
            ("stand still", "Helena Richter", "analyst", "Nordbank"),
        ],
    ),
    (
        (
            "MINSK, Belarus (AP) — A court in Belarus on Tuesday sentenced opposition politician Pavel Zhukovich to 15 "
            "years in prison for extremism, the harshest sentence handed to a critic of the government this year.",
            "The Minsk City Court said in a statement that Zhukovich had called for the seizure of power in his "
            "online videos.",
            "His wife, Svetlana Zhukovich, told The Associated Press that she had not been allowed to see him since "
            "his arrest in March.",
            '"They are punishing him for his words, nothing else," she said.',
            "Amnesty International said the sentence was a travesty of justice and called for his immediate release.",
            "Anna Kowalczyk, Amnesty's Eastern Europe director, said at least 1,300 political prisoners were held in "
            "Belarus.",
            "Belarusian Foreign Ministry spokesman Andrei Klimenko said the case was an internal matter.",
            "The European Union's foreign policy chief, Maria Esteban, said the bloc would consider new sanctions.",
        ),
        [
            ("seizure of power", "Minsk City Court", "institution", ""),
            ("allowed to see him", "Svetlana Zhukovich", "other", ""),
            ("his words", "Svetlana Zhukovich", "other", ""),
            ("travesty of justice", "Amnesty International", "institution", ""),
            ("political prisoners", "Anna Kowalczyk", "other", "Amnesty International"),
            ("internal matter", "Andrei Klimenko", "official", "Belarus"),
            ("new sanctions", "Maria Esteban", "official", "European Union"),
        ],
    ),
]

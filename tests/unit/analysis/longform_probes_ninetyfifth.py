"""A ninety-fifth batch of fictional stories for probing the quotes, in the manner of STREET PROTESTS, CRACKDOWNS AND
RIGHTS GROUPS ABROAD as the newswires and world desks write them (the ninth and fortieth batches each had one protest
story among others; this one is the protest beat of the world desks): police tear gas at a march on Congress in Peru
(a lead's "witnesses said", injured "according to" the ombudsman's office, an interior ministry that "said in a
statement", "The ministry said" and "It added", the city's police chief who "told reporters" and "insisted", a
vegetable seller who "told Corvane", a student, a march organiser "who asked not to be named for fear of reprisals",
a government spokeswoman "at a news conference", a rights group's researcher whose quotation runs over two
paragraphs); a rally broken up in Kyrgyzstan over a border deal (a lead's "the city's police chief said", the chief
named with "Col.", a taxi driver with an inverted cue, a mother who gave only her first name, the interior ministry
and what it "warned", a government spokesman, an opposition leader in exile who "called on" people and "told Corvane
by telephone from" a foreign capital over two paragraphs, "dismissed the call, saying", another state's foreign
ministry that "urged" restraint, an embassy, a regional analyst at a think tank and what "she warned"); and a rights
group's report on detentions after bread protests in Tunisia (the group "said in a report", its researcher, a
ministry that "rejected the report as" and then "In a statement, the ministry said", a government spokesman, a
lawyer, a mother, a freed detainee, a foreign ministry "asked about the report at a daily briefing", "The group called
on", "added that"). Short paragraphs of one or two sentences, surnames after the first mention, titles ("Gen.",
"Col.", "Government spokesman") before names. Written for these tests; none is taken from any corpus, and every
person, rights group, think tank and wire in them is made up (the countries, their ministries and offices, the
embassy and the kinds of bodies are real)."""

from __future__ import annotations

MARCH: tuple[str, ...] = (
    "Peruvian police fire tear gas at thousands marching against mine water law",
    "LIMA (Corvane) — Peruvian police fired tear gas and rubber pellets on Thursday at thousands of protesters "
    "marching on Congress against a law that would let mining companies draw water from Andean lakes, witnesses said.",
    "At least 23 people were injured, nine of them police officers, according to the Ombudsman’s Office.",
    "The Interior Ministry said in a statement that officers had acted “with proportionality” after a group of "
    "protesters threw stones and set fire to a bus near the Congress building.",
    "The ministry said 41 people had been detained and would be charged with public disorder. It added that the march "
    "had not been authorised.",
    "Gen. Teodoro Vilcapoma-Ashby, the Lima police chief, told reporters that his officers had used tear gas only "
    "after they were attacked. “We did not go looking for a fight. We were given one,” he said.",
    "He insisted that no live ammunition had been fired.",
    "Rosa Mamani-Treadwell, 52, a vegetable seller from Puno who had travelled two days by bus to join the march, said "
    "police had fired the first canisters into a crowd that included children.",
    "“We were singing, not throwing anything,” she told Corvane, her eyes still red. “Then the sky was full of smoke.”",
    "A student, Joel Huaranga-Petts, said he had been hit in the leg by a pellet as he helped an elderly man away from "
    "the front line.",
    "One of the march’s organisers, who asked not to be named for fear of reprisals, said the movement would return to "
    "the capital next week with “twice as many people.” “The government thinks tear gas is an answer. It is not an "
    "answer, it is a confession,” the organiser said.",
    "Government spokeswoman Lucía Arancibia-Hollis said the water law would bring investment to the poorest regions of "
    "the country and accused “radical groups” of hijacking a peaceful protest.",
    "“The door to dialogue is open, but it is not open to those who burn buses,” she said at a news conference at the "
    "presidential palace. “Peru needs water and it needs jobs. This law gives it both.”",
    "Carmen Carhuamaca-Bligh, a researcher at the rights group Vigía Andina, said her organisation had documented at "
    "least four cases of protesters hit in the face by pellets. “Pellets fired at head height are not crowd control. "
    "They can blind a person for life.",
    "“We have asked the prosecutor’s office to open an investigation, and we will give it every video we have,” she "
    "said.",
    "Congress is due to vote on the law next Tuesday.",
)

RALLY: tuple[str, ...] = (
    "Kyrgyz police break up Bishkek rally over border deal; exiled opposition leader calls for more",
    "BISHKEK (Corvane) — Riot police in Kyrgyzstan broke up a rally of several thousand people in central Bishkek late "
    "on Saturday and detained at least 60, the city’s police chief said, as anger spread over a border deal that hands "
    "two villages to neighbouring Tajikistan.",
    "“Those who came to shout were allowed to shout. Those who came to break windows are now in custody,” Bishkek "
    "police chief Col. Nurlan Abdykadyrov-Senn told a news conference on Sunday.",
    "Abdykadyrov-Senn said 14 officers had been hurt and that the rally had been organised “from abroad.”",
    "Witnesses described a different night. “They came out of the side streets with batons and just started hitting,” "
    "said Bakyt Osmonaliev-Crane, 38, a taxi driver who said he had gone to the square after work. “Nobody had broken "
    "anything.”",
    "A woman who gave only her first name, Aizada, said her 19-year-old son had been taken away in a police van and "
    "that she had no news of him.",
    "The Interior Ministry said in a statement that all those detained had been given access to lawyers and that most "
    "would be released after paying fines. The ministry warned that organisers of “unsanctioned gatherings” faced up "
    "to ten years in prison.",
    "Government spokesman Emil Sydykbekov-Hale said the deal had ended three decades of border clashes that killed "
    "more than a hundred people on both sides. “Not one citizen will lose a home. Every family in the two villages "
    "will be given land and money,” he told Corvane.",
    "Opposition leader Temirlan Jumabaev-Coyle, who has lived in exile in Vilnius since 2022, called on Kyrgyz to "
    "return to the streets next weekend.",
    "“The government sold our land in secret and now it is arresting the people who found out. We will not be "
    "frightened into silence.",
    "“If they arrest sixty, a thousand will come,” he told Corvane by telephone from Vilnius.",
    "Sydykbekov-Hale dismissed the call, saying Jumabaev-Coyle was “a man who fled a fraud case and now sells "
    "revolution from a café.”",
    "Germany’s foreign ministry said in a statement that it was following events in Bishkek “with concern” and urged "
    "the authorities to show restraint. The U.S. Embassy in Bishkek urged its citizens to avoid the city centre.",
    "Dariga Musabekova-Frost, a Central Asia analyst at the Halvorsen Institute for Eurasian Studies in Berlin, said "
    "the deal was popular in the south, where the clashes were fought, but deeply unpopular in the capital.",
    "“The government has a good agreement and a bad way of selling it,” she said. “Arresting people at night is the "
    "worst possible advertisement for a peace deal.”",
    "She warned that a harsh crackdown could push the protests into the regions before the spring election.",
)

DETAINED: tuple[str, ...] = (
    "Tunisia holding hundreds without charge after bread protests, rights group says",
    "TUNIS (Corvane) — Tunisian authorities have detained more than 400 people since bread-price protests broke out "
    "last month, most of them without charge, a rights group said on Wednesday.",
    "The Geneva-based Sentinel Rights Collective said in a report that it had interviewed 57 former detainees, lawyers "
    "and relatives, and that detainees had been beaten, deprived of sleep and held in crowded cells.",
    "“What we found is not a few officers losing their temper. It is a pattern, and it reaches from the police station "
    "to the prosecutor’s office,” Yasmine Ferchichi-Dowling, the group’s North Africa researcher, told Corvane.",
    "She said at least 31 of those held were under 18.",
    "The Interior Ministry rejected the report as “baseless and politically motivated.”",
    "In a statement, the ministry said every detainee had been brought before a judge within the legal time limit and "
    "that complaints of ill-treatment were being investigated.",
    "Government spokesman Nabil Gharbi-Lockett told reporters that the protests had been “exploited by smugglers and "
    "criminals” who looted shops in three cities. “Tunisia respects the right to protest. It does not respect the "
    "right to loot,” he said.",
    "Amira Trabelsi-Coombe, a lawyer who represents 22 of the detainees, said several of her clients had shown her "
    "bruises from beatings in custody.",
    "“One boy of sixteen could not lift his arm. He told me he had been hung by his wrists,” she said.",
    "Najet Dridi-Harlow said her son, a 20-year-old student, had been held for 19 days before he saw a lawyer. “I went "
    "to four police stations. At each one they told me he was not there,” she said.",
    "Oussama Belhadj-Penrose, 24, who was freed without charge after 11 days, said he had been made to sign a "
    "statement he was not allowed to read. “They said sign or sleep here another month. I signed,” he said.",
    "France’s foreign ministry, asked about the report at a daily briefing, said it was in contact with the Tunisian "
    "authorities and urged “restraint and respect for fundamental freedoms.”",
    "The group called on Tunisia to release all those held for peaceful protest and to let independent monitors into "
    "police stations.",
    "Ferchichi-Dowling added that the group had sent its findings to the ministry two weeks before publishing and had "
    "received no reply.",
)

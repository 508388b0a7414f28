"""An eighty-ninth batch of fictional stories for probing the quotes, in the manner of TERRORISM, KIDNAPPINGS AND
SECURITY INCIDENTS ABROAD as the newswires and world desks write them: a bomb in a market in northeastern Nigeria
(the state police chief who "told Nordwire by telephone", "the police chief", a hospital official who spoke on
condition of anonymity, a fish seller and a butcher who saw it, the governor's statement and what he "vowed to" do,
an army spokesman who "declined to comment", traders); a militant group's claim of it (the group "saying in a
statement posted on its Telegram channel", "The group said … and warned that …", "the militants' leader" in an audio
message, the army's spokesman, a researcher at an observatory "in an interview", a quotation split by its cue, the
information minister and a reporter's question in reported speech); a Finnish nurse of a charity kidnapped in
central Mali (the charity that said, "a spokesperson for the charity said", her family's statement, the foreign
ministry and its crisis unit, the president who "vowed to" and "told reporters", the charity's country director, her
sister, a security source who asked not to be named); a think tank's report on kidnappings in the Sahel (the centre
that "said in a report", its analyst "in an interview", one long paragraph with a diplomat, an insurer, a freed
hostage and a ministry that "declined to comment", "the analyst", an army spokesman's two "that" clauses and his
answer to a question); and the trial of three men over an attack on a beach hotel in Kenya (the prosecutor, "the
prosecutor", the defence lawyer "outside the court", a survivor whose quotation is split by "she said, her voice
breaking,", a judge "saying", a widow, a ministry that "declined to comment"). Surnames after the first mention,
descriptions standing for people, titles ("Brig. Gen.", "Prosecutor", "Justice") before names. Written for these
tests; none is taken from any corpus, and every person, town, group, charity, think tank, insurer, broadcaster,
hotel and wire in them is made up (the countries, their ministries and the kinds of bodies are real)."""

from __future__ import annotations

MARKET: tuple[str, ...] = (
    "Bomb hidden in onion sack kills 14 at Nigerian market, police say",
    "MAIDUGURI (Nordwire) — A bomb hidden in a sack of onions exploded in a crowded market in the northeastern "
    "Nigerian town of Kwandaram on Saturday, killing at least 14 people and wounding dozens, the state police chief "
    "said.",
    "“The device went off at the busiest hour, when women were buying for the evening meal,” Musa Garbati-Lowry, the "
    "Borno state commissioner of police, told Nordwire by telephone. “Some of the dead were children carrying loads "
    "for their mothers.”",
    "The police chief said bomb disposal officers had found a second device near the cattle pen and made it safe. He "
    "said no group had yet claimed the attack, but that the method resembled earlier bombings by militants active "
    "around Lake Chad.",
    "An official at Kwandaram General Hospital, who spoke on condition of anonymity because he was not authorised to "
    "brief the media, said 37 wounded people had been brought in and that the toll was likely to rise. Six were in "
    "critical condition, the official said.",
    "Yagana Bukar-Hallett, 34, who sells dried fish two stalls from where the bomb went off, said she was thrown to "
    "the ground by the blast. “I saw smoke and then I saw sandals with nobody in them,” she said. A butcher, Ali "
    "Mustapha-Grange, said the man who left the sack had paid a porter to carry it in. “He told the boy to put it down "
    "by the onion sellers and walked away,” Mustapha-Grange said.",
    "Borno Governor Modu Lawan-Treloar said in a statement that the market would stay closed for three days and that "
    "the state would pay for the treatment of the wounded. He vowed to “hunt down those who sell death among onions "
    "and grain.”",
    "A spokesman for the army’s northeast command declined to comment on how the bomber had passed two checkpoints on "
    "the road into town. Traders said soldiers at the checkpoints rarely searched sacks of produce.",
    "Garbati-Lowry said late on Saturday that two suspects, one of them the porter, had been arrested in a nearby "
    "village. “They are talking,” he said.",
)

CLAIM: tuple[str, ...] = (
    "Lake Chad militants claim Kwandaram market bombing, threaten more attacks",
    "MAIDUGURI (Nordwire) — The militant group Jund al-Bahira claimed responsibility on Sunday for the bombing of a "
    "market in Kwandaram, saying in a statement posted on its Telegram channel that the attack targeted “traders who "
    "feed the soldiers.”",
    "The group said the bomber was one of its fighters and warned that markets serving army garrisons would be hit "
    "again. Nordwire could not independently verify the statement.",
    "In an audio message attached to the statement, the militants’ leader, who calls himself Abu Salim al-Kukawi, "
    "said the group would “keep the lake burning” until the army left the islands.",
    "The army’s spokesman, Brig. Gen. Yusuf Olagunju-Marsh, said the claim was propaganda from a group “that has lost "
    "most of its camps this year.” He said troops had killed 23 fighters on the islands this month.",
    "Amina Goni-Rockwell, a researcher at the Lake Chad Conflict Observatory in Abuja, said the claim fit a shift by "
    "the group from attacking soldiers to hitting the towns that supply them. “They want the garrisons to become "
    "islands too,” she said in an interview.",
    "“The claim is credible,” Goni-Rockwell said, “because the statement named the market’s gate and the hour before "
    "any of us had them.”",
    "Nigeria’s information minister, Halima Dankwambo-Pierce, told reporters in Abuja that the government would not "
    "negotiate with “people who bomb women buying onions.” Asked whether Nigeria would ask Chad for help on the "
    "islands, she said talks were under way.",
    "Telegram did not reply to an emailed question about the channel, which had about 9,000 subscribers on Sunday.",
)

KIDNAP: tuple[str, ...] = (
    "Finnish nurse kidnapped in central Mali, charity says",
    "BAMAKO (Nordwire) — Gunmen seized a Finnish nurse working for the medical charity Wellspring Relief on a road "
    "near the central Malian town of Douentza on Thursday, the charity said on Friday.",
    "Aino Kettunen-Mabry, 41, was travelling with two Malian colleagues to a village clinic when armed men on "
    "motorbikes stopped their vehicle, a spokesperson for the charity said. The colleagues were released unharmed "
    "after several hours.",
    "In a statement released through the foreign ministry, her family said she had worked in Mali for six years and "
    "“loves the people she serves.” “We ask whoever is holding Aino to remember the children she has vaccinated,” "
    "the family said.",
    "Finland’s foreign ministry said its crisis unit was in contact with Malian authorities and with the family. It "
    "advised Finns against all travel to central Mali.",
    "President Tapio Halme-Ransome vowed to do “everything in a president’s power” to bring her home. “Aino went to "
    "Mali to help. We will not forget her for one day,” he told reporters in Helsinki.",
    "Wellspring’s country director in Mali, Ousmane Traoré-Beckett, said the charity had suspended road travel in the "
    "region. “Our teams go where the need is greatest, and that is also where it is most dangerous,” he said. He said "
    "no group had contacted the charity.",
    "A security source in Mopti, who asked not to be named, said the kidnappers were believed to have crossed the "
    "river toward the border with Burkina Faso. Mali’s army declined to comment.",
    "Her sister, Hanna Lindfors-Obi, said the family had last heard from Kettunen-Mabry on Wednesday evening, when "
    "she sent a photograph of the clinic’s new solar panels. “She was so proud of those panels,” Lindfors-Obi said.",
)

REPORT: tuple[str, ...] = (
    "Kidnappings of foreigners in the Sahel hit a high as groups turn to ransom",
    "DAKAR (Nordwire) — At least 19 foreigners have been kidnapped in the Sahel this year, more than in the previous "
    "two years combined, the Teranga Centre for Security Studies, a think tank based in Dakar, said in a report on "
    "Tuesday.",
    "“Hostages have become a currency,” said Mariama Sall-Whitcombe, who leads the centre’s Sahel programme and wrote "
    "the report. “Groups that used to kill foreigners now keep them alive, because a living European is worth more "
    "than a dead one.”",
    "In an interview, Sall-Whitcombe said the groups had learned to move captives across borders within days, which "
    "made rescue missions far harder. She said governments that paid ransoms in secret were funding the next "
    "kidnapping.",
    "Ransom is rarely admitted. A Western diplomat in Bamako, who asked not to be named, said at least two governments "
    "had paid this year. A kidnap insurer in London, Piers Oduya-Cavell of Harwick Risk, said premiums for aid groups "
    "working in the region had tripled. “Nobody will insure a road trip to Menaka any more,” he said. Lukas "
    "Brandvold-Ade, a Norwegian engineer freed in March after 11 months in captivity, said his captors had treated "
    "him as “a bank account with legs.” “They fed me when they thought the money was close,” he said. Niger’s "
    "interior ministry declined to comment on the report.",
    "Sall-Whitcombe said the report did not count Malian, Nigerien or Burkinabe nationals, who are kidnapped in far "
    "larger numbers and rarely make the news. “For every foreigner there are hundreds of farmers, teachers and village "
    "chiefs,” the analyst said.",
    "A spokesman for Mali’s army, Col. Seydou Koné-Ashdown, said troops had freed seven hostages this year and that "
    "the report “ignores the sacrifices of our soldiers.” Asked whether Mali had paid ransoms, he said the government "
    "“does not bargain with terrorists.”",
)

TRIAL: tuple[str, ...] = (
    "Three men go on trial in Kenya over deadly attack on Malindi beach hotel",
    "NAIROBI (Nordwire) — Three men accused of helping gunmen who killed 11 people at a beach hotel in Malindi two "
    "years ago pleaded not guilty on Monday to terrorism charges at the High Court in Nairobi.",
    "Prosecutor Wanjiru Kamau-Fenwick told the court the men had rented the house where the attackers stayed, bought "
    "the car that brought them to the Tamarind Bay Hotel and sent money to the group that claimed the attack. “These "
    "men did not fire a shot, but without them no shot would have been fired,” she said.",
    "The prosecutor said the state would call 34 witnesses, among them two police officers who had been inside the "
    "hotel, and would play recordings of phone calls between the accused and a man in Somalia.",
    "Defence lawyer Otieno Mbugua-Rennick said his clients were a driver, a landlord and a mobile-money agent who had "
    "done ordinary business with strangers. “Renting a house is not terrorism,” Mbugua-Rennick said outside the "
    "court. “If it were, half of Malindi would be in the dock.”",
    "The first witness, Zawadi Chege-Lambrook, a receptionist who survived by hiding in a laundry room, told the court "
    "she had heard the gunmen calling guests by their room numbers. “They had a list,” she said, her voice breaking, "
    "“and they were reading it like a teacher reading names.”",
    "Under cross-examination by Mbugua-Rennick, she said she had never seen any of the three accused before the trial.",
    "Justice Njeri Wambua-Kestrel adjourned the trial until Thursday and denied the accused bail, saying their links "
    "abroad made them a flight risk.",
    "Outside the court, relatives of the dead held up photographs of the victims. “We have waited two years for this "
    "day,” said Fatuma Ali-Prentice, whose husband, a waiter, was killed at the pool bar. Kenya’s interior ministry "
    "declined to comment on the trial.",
)

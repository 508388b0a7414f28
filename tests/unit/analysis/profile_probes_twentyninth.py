"""The twenty-ninth round of blind profile probes: fictional business and politics stories from South and Southeast
Asia and Latin America, wire and long-form mixed (a strike at a Chilean copper mine, a state election campaign in
India, a Philippine central bank cut, a Brazilian court ruling on a burst mining dam, a Vietnamese protest over a
survey ship, a new minimum wage for Bangladeshi garment workers), with speakers of the kinds such stories quote (a
union president, a mining company as itself, ministers with national adjectives, a deputy minister, "the country's
finance minister", a brokerage analyst, a chief minister, party spokespeople and a state legislator, a think-tank
fellow, an election commission as itself and its unnamed official, a central bank governor and deputy governor, a
bank economist, economists at a securities house, a fund strategist, a judge, a prosecutor, a victims' group leader,
an environmental group's director, a foreign ministry spokeswoman, a foreign ministry as itself, a state oil group, a
wage board's critics and owners unnamed, an exporters' council president, a retailer's spokeswoman, a consultancy's
director), and for each quote the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_twentyninth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked. Ministers, a chief minister, a deputy minister, a state legislator, a judge, a prosecutor and a
#: ministry's spokeswoman are officials of their state, party, court or ministry; a central bank's governor and deputy
#: governor are officials of the bank; a union's president, a victims' group's leader, an environmental group's
#: director, an exporters' council's president and a party spokesperson who holds no seat are `other` of their body;
#: analysts and economists at brokerages and banks, a fund strategist, think-tank fellows and a consultancy's director
#: are analysts of their firm; an official who asked not to be named, a retailer's spokeswoman, economists of a firm
#: and groups ("unions say", "factory owners say") are unnamed. A body speaking as itself is keyed as the story names
#: it where it speaks, or by its fullest name when it speaks under a short one. One entry was added after the first
#: run: Vietnam's own demand in the lede ("Vietnam on Monday demanded that China withdraw …"), which the blind gold
#: left out.
STORIES = [
    (
        (
            "SANTIAGO, March 4 (Reuters) - Some 2,300 workers at the Cerro Alto copper mine in northern Chile walked "
            "off the job on Tuesday after wage talks with its owner, Minera Andina Norte, broke down over a bonus.",
            "Jorge Fuentes, president of the Cerro Alto Workers' Union, told reporters outside the mine gate that the "
            "company had offered less than half of what workers had asked for.",
            "Minera Andina Norte said in a statement that its offer was the most generous in the industry and that "
            "it had started a contingency plan to keep part of the output going.",
            "Chilean Mining Minister Carolina Rojas urged both sides to return to the table, saying a long stoppage "
            "would hurt the towns that depend on the mine.",
            "Deputy Labour Minister Ignacio Parra said the government was ready to mediate if both parties asked.",
            "The country's finance minister, Andres Vial, said the strike would not change the government's growth "
            "forecast for the year.",
            "Tomas Herrera, a metals analyst at brokerage Pacifico Capital in Santiago, said a strike of more than two "
            "weeks could push copper prices higher.",
            '"The market has very little spare supply right now," Herrera said.',
        ),
        [
            ("less than half", "Jorge Fuentes", "other", "Cerro Alto Workers' Union"),  # union president
            ("most generous", "Minera Andina Norte", "institution", ""),
            ("return to the table", "Carolina Rojas", "official", "Chile"),  # mining minister
            ("ready to mediate", "Ignacio Parra", "official", "Chile"),  # deputy labour minister
            ("growth forecast", "Andres Vial", "official", "Chile"),  # finance minister
            ("copper prices higher", "Tomas Herrera", "analyst", "Pacifico Capital"),  # metals analyst
            ("spare supply", "Tomas Herrera", "analyst", "Pacifico Capital"),  # metals analyst
        ],
    ),
    (
        (
            "Campaigning for next month's election in the southern Indian state of Karnataka turned bitter this week, "
            "as the ruling Jan Vikas Party and the opposition Lok Samata Dal traded charges over jobs, water and a "
            "stalled metro line.",
            "Speaking at a rally in Mysuru on Sunday, the state's chief minister, Ramesh Gowda, said his government "
            "had brought more factory jobs to Karnataka in five years than its predecessors had managed in fifteen.",
            'Lok Samata Dal spokesperson Kavitha Rao dismissed the claim. "The jobs are on posters, not in '
            'factories," she told reporters in Bengaluru.',
            "Suresh Hegde, a member of the state assembly for the Jan Vikas Party from Udupi, said the opposition had "
            "held up the metro line in the courts for three years.",
            "Pollsters give neither side a clear lead. Anjali Krishnan, a fellow at the Bengaluru-based Centre for "
            "Public Affairs Research, said the result would turn on rural women, who had voted in greater numbers "
            "than men at the last two elections.",
            "The Election Commission of India said on Monday that it had seized cash and liquor worth 1.2 billion "
            "rupees in the state since the vote was called.",
            "A senior official of the commission, who asked not to be named because he was not authorised to speak "
            "to the media, said most of the cash had been found in cars near the border with Andhra Pradesh.",
            "Mr Gowda said on Tuesday that the seizures showed his rivals were trying to buy votes.",
        ),
        [
            ("more factory jobs", "Ramesh Gowda", "official", "Karnataka"),  # chief minister
            ("on posters", "Kavitha Rao", "other", "Lok Samata Dal"),  # party spokesperson
            ("held up the metro", "Suresh Hegde", "official", "Jan Vikas Party"),  # state legislator
            ("rural women", "Anjali Krishnan", "analyst", "Centre for Public Affairs Research"),  # fellow
            ("seized cash", "Election Commission of India", "institution", ""),
            ("found in cars", "", "unnamed", "Election Commission of India"),  # a senior official, not named
            ("buy votes", "Ramesh Gowda", "official", "Karnataka"),  # chief minister
        ],
    ),
    (
        (
            "MANILA, Aug 14 (Reuters) - The Philippine central bank cut its benchmark interest rate by 25 basis "
            "points to 6.0 percent on Thursday, its second cut this year, as inflation eased to the bottom of its "
            "target range.",
            "Bangko Sentral ng Pilipinas Governor Emmanuel Castro told a briefing the bank had room for one more cut "
            "this year if food prices stayed in check.",
            "Deputy Governor Lilia Dizon said the peso's recent weakness was not a worry as long as it moved in an "
            "orderly way.",
            "The country's finance secretary, Ramon Villareal, said the cut would support lending to small businesses.",
            "Carla Santos, senior economist at Luzon Commercial Bank, said she expected another cut in October.",
            "Economists at Harbourline Securities in Singapore said in a note that the bank would probably pause "
            "until the U.S. Federal Reserve moved.",
            '"The easing cycle is not over, but the easy part is," said Miguel Ocampo, chief strategist at Visayas '
            "Asset Management in Manila.",
        ),
        [
            ("one more cut", "Emmanuel Castro", "official", "Bangko Sentral ng Pilipinas"),  # governor
            ("orderly way", "Lilia Dizon", "official", "Bangko Sentral ng Pilipinas"),  # deputy governor
            ("small businesses", "Ramon Villareal", "official", "Philippines"),  # finance secretary
            ("another cut in October", "Carla Santos", "analyst", "Luzon Commercial Bank"),  # senior economist
            ("probably pause", "", "unnamed", "Harbourline Securities"),  # economists
            ("easy part", "Miguel Ocampo", "analyst", "Visayas Asset Management"),  # chief strategist
        ],
    ),
    (
        (
            "BELO HORIZONTE, Brazil (AP) - A federal court in Brazil on Wednesday ordered mining company Serra "
            "Dourada Mineracao to pay 3.4 billion reais in damages to families displaced by the collapse of a "
            "tailings dam in Minas Gerais state four years ago.",
            "Judge Beatriz Almeida Costa said in her ruling that the company had known for at least two years that "
            "the dam was unstable and had failed to warn nearby towns.",
            "Serra Dourada said in a statement that it would appeal, adding that it had already paid more than 2 "
            "billion reais to victims under an earlier settlement.",
            "Federal prosecutor Renato Siqueira, who brought the case, told The Associated Press the ruling was the "
            "largest of its kind in the state's history.",
            "Marta Ribeiro, who lost her house in the disaster and now leads the Rio Claro Victims' Association, said "
            "the money would never make up for what was lost.",
            "Brazil's Mines and Energy Minister Fernando Lacerda said the government would tighten inspections of "
            "the country's roughly 900 tailings dams.",
            "Shares of Serra Dourada fell 4.1 percent in Sao Paulo. Leticia Moura, a mining analyst at brokerage Ipe "
            "Investimentos, said the award was manageable but the appeal could drag on for years.",
            "Ana Claudia Prates, director of the environmental group Instituto Aguas Limpas, said the ruling left out "
            "thousands of fishermen downstream.",
        ),
        [
            ("known for at least two years", "Beatriz Almeida Costa", "official", ""),  # judge of a federal court
            ("would appeal", "Serra Dourada Mineracao", "institution", ""),
            ("largest of its kind", "Renato Siqueira", "official", ""),  # federal prosecutor
            ("never make up", "Marta Ribeiro", "other", "Rio Claro Victims' Association"),  # victims' group leader
            ("tighten inspections", "Fernando Lacerda", "official", "Brazil"),  # mines and energy minister
            ("drag on for years", "Leticia Moura", "analyst", "Ipe Investimentos"),  # mining analyst
            ("fishermen downstream", "Ana Claudia Prates", "other", "Instituto Aguas Limpas"),  # NGO director
        ],
    ),
    (
        (
            "HANOI, June 9 (Reuters) - Vietnam on Monday demanded that China withdraw a survey ship and its coast "
            "guard escorts from waters off its southern coast, in the latest flare-up of a long-running dispute in "
            "the South China Sea.",
            "Foreign ministry spokeswoman Nguyen Thi Lan told a regular news briefing that the ship had operated "
            "inside Vietnam's exclusive economic zone for eleven days.",
            '"Vietnam resolutely opposes any activity that violates its sovereign rights," she said.',
            "China's foreign ministry said in a statement late on Monday that the ship was conducting normal "
            "research in Chinese waters.",
            "Deputy Foreign Minister Pham Quang Hieu said on Sunday, after summoning the Chinese ambassador, that "
            "Hanoi would use every peaceful means to protect its waters.",
            "Le Minh Tuan, a researcher at the Hanoi-based Institute for East Sea Studies, said Beijing appeared to "
            "be testing how far Vietnam would go as it prepared to award new oil and gas blocks.",
            "Vietnam's state energy group PetroDong said in a statement that work at its offshore fields had not "
            "been affected.",
        ),
        [
            ("China withdraw", "Vietnam", "institution", ""),  # added after the first run
            ("eleven days", "Nguyen Thi Lan", "official", "foreign ministry"),  # spokeswoman
            ("resolutely opposes", "Nguyen Thi Lan", "official", "foreign ministry"),  # spokeswoman
            ("normal research", "China's foreign ministry", "institution", ""),
            ("every peaceful means", "Pham Quang Hieu", "official", "Vietnam"),  # deputy foreign minister
            ("testing how far", "Le Minh Tuan", "analyst", "Institute for East Sea Studies"),  # researcher
            ("not been affected", "PetroDong", "institution", ""),
        ],
    ),
    (
        (
            "Garment workers in Bangladesh will see their minimum monthly wage rise by a quarter from January, after "
            "a government-appointed wage board settled on a figure that unions say still falls far short of what a "
            "family needs to live on.",
            "The labour and employment minister, Shirin Akhter, says the new wage of 15,000 taka a month is the "
            'highest increase in a decade. "We have asked factory owners to carry a heavy load," she told the Dhaka '
            "Herald.",
            "Rokeya Parvin, president of the United Garment Workers' Federation, argues that rents in the industrial "
            "suburbs of Dhaka have doubled since the last increase in 2019.",
            "Factory owners say they cannot pay more. Faruque Ahmed, the president of the Bangladesh Garment "
            "Exporters Council, says orders from European buyers have fallen by a fifth this year and that many "
            "smaller factories are close to closing.",
            "Mr Ahmed's figures are disputed. Tahmina Rahman, a research fellow at the Dhaka Institute of Labour "
            "Studies, says her team's survey found that export orders had fallen by less than ten percent.",
            "A spokeswoman for Nordvik, the Swedish fashion retailer that buys from more than 200 factories in the "
            "country, said the company supported the increase and would adjust the prices it pays.",
            "Omar Siddiqui, a director at consultancy Tideway Advisory in Singapore, said brands were unlikely to "
            "leave Bangladesh because no other country could match its scale.",
        ),
        [
            ("falls far short", "", "unnamed", ""),  # unions
            ("highest increase", "Shirin Akhter", "official", "Bangladesh"),  # labour and employment minister
            ("heavy load", "Shirin Akhter", "official", "Bangladesh"),  # labour and employment minister
            ("rents in the industrial", "Rokeya Parvin", "other", "United Garment Workers' Federation"),  # president
            ("cannot pay more", "", "unnamed", ""),  # factory owners
            ("by a fifth", "Faruque Ahmed", "other", "Bangladesh Garment Exporters Council"),  # president
            ("less than ten percent", "Tahmina Rahman", "analyst", "Dhaka Institute of Labour Studies"),  # fellow
            ("supported the increase", "", "unnamed", "Nordvik"),  # a spokeswoman
            ("match its scale", "Omar Siddiqui", "analyst", "Tideway Advisory"),  # director at a consultancy
        ],
    ),
]

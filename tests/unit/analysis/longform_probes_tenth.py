"""A tenth batch of fictional long-form feature articles for probing the quotes, each a tuple of paragraphs: an
emergency-room wait-times story, a transit strike, an obituary-style profile of a junior hockey coach, a First Nation's
boil-water advisory, a small-town weekly newspaper's last issue and an island ferry route cut. Shapes: one block with
four or five speakers (commuters at a terminal, readers at a café), a speaker first named by full name in a long
apposition and later by first name only ("Denise said", "Kyle said"), "said X, who played for Lapointe …" with a name
in the relative clause, a quotation spanning two paragraphs with the cue only in the second, "told CBC News", "In a
statement, the agency said", "said in a news release", "wrote on X (formerly Twitter)", "said with a laugh", questions
and answers ("Asked whether …, she said …"), paraphrases without marks ("Tremblay says the city has no choice"), a
mother and daughter and a father and son of one surname, "his daughter said", "the younger Lapointe", inverted cues
("notes Pruitt", "insists"), and a corporation that speaks and is then "the corporation" and "it". Written for these
tests; none is taken from any corpus. The gold is in test_longform_probes_tenth.py."""

from __future__ import annotations

WAITS: tuple[str, ...] = (
    "On a Tuesday night in January, the waiting room of the emergency department at Cape Harbour Regional Hospital in "
    "Sydney, N.S., held 41 people and one vending machine that had run out of water by nine o’clock. Some had waited "
    "since noon. “You triage, you reassess, you triage again, and the list never gets shorter,” says Colleen MacNeil, "
    "a registered nurse who has worked in the department for 22 years and who chairs the local of the Nova Scotia "
    "Nurses’ Union. “By the end of a shift, you’re apologizing more than you’re nursing.” MacNeil says the department "
    "was short four nurses that night.",
    "Jennifer Aucoin brought her father, Léo, 84, in at 2 p.m. with chest pain. At 1 a.m. he was still on a stretcher "
    "in the hallway. “He kept saying sorry to the nurses, as if he was the problem. He was a welder for 40 years. He "
    "never complained about anything in his life.",
    "“So when he started complaining, I knew it was bad,” his daughter said on Wednesday. Léo Aucoin was admitted at "
    "6 a.m. with a mild heart attack. He is recovering at home.",
    "In a statement, Cape Harbour Health Authority said the department saw 18 per cent more visits this winter than "
    "last and that it has hired 31 nurses since September. The authority’s chief executive, Dr. Anil Mehra, declined "
    "an interview. “We know the waits are too long, and we are sorry to every family who has sat in that room,” Mehra "
    "said in the statement. “Staffing is the answer, and staffing takes time.”",
    "In the legislature on Thursday, Health Minister Rachel Boudreau said the province has opened 112 new beds since "
    "2023 and is recruiting nurses from the Philippines and Kenya. “We are not where we want to be, but we are not "
    "where we were,” Boudreau said. Asked whether she would publish wait times for each emergency department, she said "
    "the numbers are already online. The Opposition health critic, Gordon Fraser, called that “a dashboard nobody can "
    "find.” “Tell that to Mr. Aucoin,” Fraser said.",
    "Thomas Whitford, a health economist at Dalhousie University who has studied emergency waits in four provinces, "
    "says the problem starts upstairs, not in the waiting room. When patients who are ready to leave hospital have "
    "nowhere to go, the beds stay full and the emergency department backs up. “The ER is the symptom,” he says. "
    "“Long-term care is the disease.” Whitford says the province would save money by paying families to care for "
    "relatives at home.",
    "MacNeil has heard all of it before. “Every minister has a plan,” she said with a laugh. “I’ve seen six of them.” "
    "She says she will keep working nights until she retires in two years.",
)

STRIKE: tuple[str, ...] = (
    "For the third day in a row, no buses left the Grand Valley Transit garage in Kitchener, Ont., on Wednesday, after "
    "640 drivers and mechanics walked off the job in a dispute over wages and split shifts. “Nobody wants to be on a "
    "picket line in February,” said Dwayne Kostiuk, president of Amalgamated Transit Union Local 1873, standing beside "
    "a burning oil drum outside the garage. “But our members drive a 12-hour day for eight hours of pay.” Kostiuk says "
    "the union has not heard from the agency since Sunday.",
    "At the King Street terminal, where riders waited out of habit for buses that were not coming, the strike was all "
    "anyone talked about. “I’ve walked 40 minutes each way since Monday,” said Hana Yusuf, who cleans offices "
    "downtown. “My boss doesn’t care how I get there.” Beside her, Graham Petit, a retired teacher, said he supports "
    "the drivers. “They should be paid for the hours they’re out there,” he said. A student, Liam O’Connor, 19, "
    "missed an exam on Tuesday. “My professor said, ‘Take an Uber,’” he says. “With what money?” Maria Santos, a "
    "personal support worker, is getting rides from her sister. “If this goes two weeks, I lose my clients,” Santos "
    "said.",
    "Grand Valley Transit said in a news release on Tuesday that its offer of 11 per cent over three years is “fair "
    "and affordable” and that it had asked the province for a mediator. In a statement on Wednesday, the agency said "
    "it would refund February passes. “We understand the hardship this causes,” the agency’s general manager, Paula "
    "Rinaldi, said in the release.",
    "Mayor Luc Tremblay, who sits on the transit board, wrote on X (formerly Twitter) that both sides should “get back "
    "to the table tonight.” Tremblay says the city has no choice but to stay out of the talks, because the board, not "
    "council, is the employer. “I’m the mayor, not the negotiator,” he told CBC News. Council will hold a special "
    "meeting on Friday.",
    "“This is the longest transit strike in the region since 1989,” said Evelyn Park, who teaches labour history at "
    "Wilfrid Laurier University and wrote a book about that strike with Michael Dunn. She says strikes in public "
    "transit usually end when the province steps in. Kostiuk said on Wednesday night that the union would meet a "
    "mediator on Thursday. “We’ll go in with an open mind,” he said. “And a thermos.”",
)

COACH: tuple[str, ...] = (
    "Bernard “Bernie” Lapointe, who coached junior hockey in Moose Jaw, Sask., for 31 years and sent 46 players to the "
    "NHL, died on Saturday at his home. He was 78. His family said he died of complications of Parkinson’s disease, "
    "with his wife of 54 years, Denise, at his side.",
    "“He never yelled. Not once in three years,” said Travis Kowalczyk, who played for Lapointe from 1994 to 1997 and "
    "later spent nine seasons with the Calgary Flames. “He’d just look at you, and you’d want to crawl under the "
    "bench.” Kowalczyk says Lapointe drove him to the hospital the night his daughter was born, because his own car "
    "wouldn’t start.",
    "Denise Lapointe, a retired schoolteacher who met Bernie at a dance in Swift Current in 1968 and who kept the "
    "team’s books for three decades without pay, says her husband treated every player as if he were his own son. "
    "“We had 16 teenagers at our table every Sunday,” Denise said. “I cooked for an army and I loved it.” She laughed. "
    "“He couldn’t boil an egg.”",
    "Their son, Marc Lapointe, is an assistant coach with the Regina Pats. “Dad used to say the scoreboard was the "
    "least interesting thing in the building,” Marc said. “He cared about who you were on the bus.” The younger "
    "Lapointe said his father watched every Pats game on television until last month.",
    "In a statement, Western Hockey League commissioner Ron Sutcliffe called Lapointe “a builder of the game and of "
    "young men.” The league said its teams would wear a black patch with his initials for the rest of the season.",
    "Another of his players, Dr. Samir Haddad, went from the Warriors’ blue line to medical school. “Bernie wrote me a "
    "reference letter that was longer than my application,” Haddad said with a laugh. “The dean told me later it was "
    "the only reason he read the rest.” Haddad, now a surgeon in Saskatoon, says Lapointe called him every year on the "
    "anniversary of his first game.",
    "A funeral will be held on Friday at the Mosaic Place arena. Denise says Bernie would have hated the fuss. “But "
    "he’d have liked that it’s at the rink,” she said.",
)

WATER: tuple[str, ...] = (
    "For 11 years, the 900 people of Kinosew Lake Cree Nation, about 300 kilometres north of Thunder Bay, have boiled "
    "their tap water before they drink it. Chief Marlene Keesick says she has stopped counting the promises. “Three "
    "ministers have stood in our school gym and told us the plant was coming,” Keesick told CBC News on Monday. “The "
    "gym is still here. The plant isn’t.”",
    "Elder Joseph Kakegamic, 81, remembers drinking straight from the lake as a boy. He says the water changed when "
    "the logging roads came in the 1970s. “We used to dip a cup over the side of the canoe,” he said in Cree, as his "
    "granddaughter, Shania Kakegamic, translated. “Now my great-grandchildren get rashes in the bath.” Shania "
    "Kakegamic, who is 24 and studies nursing in Sudbury, said her grandfather has never once drunk bottled water "
    "without complaining about the taste.",
    "In a statement, Indigenous Services Canada said a new treatment plant is “in the design phase” and that "
    "construction should begin in 2026. A spokesperson for the department, Émilie Gagnon, said in an email that "
    "Ottawa has spent $4.2 million on interim repairs since 2019. The department did not say why an earlier design, "
    "completed in 2018, was abandoned.",
    "Ravi Chandrasekar, a water engineer in Thunder Bay who reviewed the 2018 design for the First Nation, said the "
    "problem was never money alone. The plant was designed for a community of 600, and the band has grown by half "
    "since then. “You can’t build for the census you had ten years ago,” he said. Asked whether the new plant would "
    "be large enough, Chandrasekar said he had not seen the plans. “Nobody has sent them to us,” Keesick added.",
    "Keesick says the community will not wait for another minister. The band council voted last week to take Ottawa "
    "to Federal Court. “We are done asking,” she said. Her own mother, Doreen Keesick, a band councillor for 20 years, "
    "put it more bluntly. “My daughter is polite. I’m not,” she said. “Fix the water.”",
)

PAPER: tuple[str, ...] = (
    "The last issue of the Tamarack Valley Courier will land on doorsteps in Tamarack, Alta., on Thursday, 112 years "
    "after the first. Publisher Glenda Hrycun, whose grandfather bought the paper in 1946, made the announcement in a "
    "front-page column last week. “Advertising paid for the Courier for a century, and advertising went to Facebook,” "
    "Hrycun wrote. “I can’t make a newspaper out of goodwill.”",
    "At the Bluebird Café on Main Street, where the Courier has sat in a stack by the till since the café opened, the "
    "news landed hard. “Where am I going to find out who died?” asked Verna Schultz, 88. Her friend Arnold Beck said "
    "he reads the council minutes in the paper because he can’t sit through the meetings. “I’ve got a bad back and a "
    "short temper,” he said. The café’s owner, Lisa Tran, says the paper brought her customers. “People came in to "
    "read it and stayed for pie,” Tran said. Pastor Dennis Olsen of Tamarack Lutheran said his church will start its "
    "own newsletter. “It won’t be the Courier,” he said. “It’ll be me and a photocopier.”",
    "The Courier has two reporters. Kyle Fontaine, a 26-year-old journalism graduate from Mount Royal University who "
    "took the job three years ago because it was the only paper in Alberta that answered his email, has covered "
    "everything from the hospital board to a goat that got loose at the rodeo. “I learned more here in three years "
    "than in four years of school,” Kyle said. He has applied to papers in Calgary and Edmonton. The other reporter, "
    "Bev Sandoval, has been at the Courier since 1991. She says she has no plans to look for another job. “I’m 63. "
    "Who’s going to hire me to cover a goat?” she said with a laugh.",
    "April Lindqvist, who studies local news at the University of Alberta, has counted 47 weekly papers that closed in "
    "the Prairie provinces since 2010. “When a paper closes, fewer people run for council, fewer people vote, and "
    "nobody is watching the budget. That isn’t a theory; we can measure it.",
    "“What replaces it, mostly, is a Facebook group run by whoever has the most time and the strongest opinions,” "
    "Lindqvist said in an interview. She says federal programs that pay part of reporters’ salaries have helped larger "
    "papers more than small ones.",
    "Hrycun says she will keep the Courier’s archive, 112 years of bound volumes, in the basement of the town library. "
    "Asked whether she would sell the name, she said no. “It’s not a brand,” she said. “It’s my grandfather’s.”",
)

FERRY: tuple[str, ...] = (
    "Starting in April, the ferry to Gambier Rock, a B.C. island of 430 people in Howe Sound, will run four times a "
    "day instead of seven, Coastal Link Ferries announced on Monday. The corporation says it cannot find enough "
    "deckhands and engineers to crew the route. “We have vessels tied up at the dock because there is nobody to sail "
    "them,” Coastal Link’s vice-president of operations, Derek Halvorsen, told reporters in Vancouver. “This is a "
    "crewing problem, not a money problem.”",
    "On the island, the schedule is all anyone talks about. “The 6:10 is how I get to work. The 6:10 is gone,” says "
    "Nadine Cho, a dental hygienist who commutes to Squamish. Her neighbour, Walter Pruitt, fished out of Gambier Rock "
    "for 40 years. “My wife has dialysis three times a week in Vancouver,” notes Pruitt. “Somebody tell me which boat "
    "she takes now.” Cho insists the corporation did not ask islanders before it cut the sailings.",
    "The local MLA, Sunita Grewal, said she had asked Coastal Link to delay the change until the fall. It refused, she "
    "said. “They told me the crews are not there. I asked them to show me the numbers, and I’m still waiting,” Grewal "
    "said. Coastal Link said in an email on Tuesday that it had shared its staffing figures with the ministry. It "
    "added that it will offer a water taxi for medical trips.",
    "The Gambier Rock Islanders’ Association wrote on X (formerly Twitter) that the cut “treats an island like a "
    "parking lot.” The association’s president, Farouk Aziz, said it will ask for a meeting with the transportation "
    "minister. “We pay the same fares as everyone. We want the same boats,” Aziz said.",
    "Transportation Minister Colin Mackay said on Wednesday that the province is paying for a training program that "
    "will add 120 deckhands by next year. Asked whether the sailings would return then, he said he could not promise "
    "that. “I won’t stand here and make a promise I can’t keep,” Mackay said. Pruitt, watching the news on his phone "
    "in the ferry lineup, shook his head. “Then don’t cut the boat,” he says.",
)

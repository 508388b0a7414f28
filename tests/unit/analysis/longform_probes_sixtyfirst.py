"""A sixty-first batch of fictional stories for probing the quotes, in the manner of OBITUARIES AND TRIBUTES OF PUBLIC
FIGURES as the wires, the broadsheets and the web write them: the dead person's own words quoted from the past ("he
told a weekly in 1998", "she once said", "as he put it in his memoir", "he wrote in a 2006 essay", "she liked to
say"); tributes from a head of government, a party, an international body, a former colleague and the family ("his
daughter said in a statement", "the family said"); a spokesperson or a department confirming the death; "friends
recalled" and "colleagues said" with no one named; an anecdote told over two or three paragraphs by a named colleague,
with a line of the dead person quoted inside it. The stories: a former Dutch foreign minister, a Canadian trade
negotiator, an Australian general, a Ghanaian mediator at the United Nations and an American newspaper editor.
Written for these tests; none is taken from any corpus, and every person, party, newspaper and society in them is
made up (the countries, places and kinds of bodies are real)."""

from __future__ import annotations

MINISTER: tuple[str, ...] = (
    "Hendrik Vos-Aalders, foreign minister who bargained the Netherlands through enlargement, dies at 84",
    "THE HAGUE — Hendrik Vos-Aalders, who as foreign minister in the 1990s steered the Netherlands through the talks "
    "that brought ten countries into the European Union, has died at his home in Leiden. He was 84.",
    "His death was confirmed on Sunday by a spokesperson for the Ministry of Foreign Affairs, who said he had died "
    "peacefully in his sleep after a short illness.",
    "Prime Minister Anneke Struyk-Baarle called him “a statesman of the old school, who believed that a small country "
    "is only small if it thinks small”. “Hendrik taught a generation of diplomats that patience is a policy,” she said "
    "in a statement. “The Netherlands has lost one of its wisest voices.”",
    "Born in 1941 in Zwolle, the son of a schoolteacher, Vos-Aalders studied law in Utrecht and joined the foreign "
    "service at 26. He once said that he had become a diplomat “because I was too impatient to be a judge and too "
    "polite to be a journalist”.",
    "As foreign minister from 1994 to 2002, he was known for long nights at the negotiating table. “Europe is built at "
    "four in the morning, by tired people who want to go home,” he told the weekly De Nieuwe Spiegel in 1998.",
    "In Brussels, the president of the European Commission, Lorenz Aichinger-Baum, said Vos-Aalders had been “one of "
    "the quiet architects of the Union as it is today”.",
    "The Civic Union party, which he led in the Senate for four years after leaving government, said in a statement "
    "that it mourned “a man who put the country before the party, and the party before himself”.",
    "Margriet Oosterhuis-Lamb, who served as his deputy for six years, recalled a night in Luxembourg in 1997 when "
    "talks on the Union's budget had stalled. “The French delegation had walked out, the Germans were asleep in their "
    "chairs, and Hendrik went out and came back with forty sandwiches,” she said.",
    "“He put a plate in front of every minister and said nobody would leave until the plates were empty and the text "
    "was agreed. We had a deal by breakfast,” she said. “That was Hendrik. He thought hunger was an underrated "
    "instrument of diplomacy.”",
    "Critics were less kind. In a 2001 editorial, the newspaper Het Avondblad accused him of “selling the polder for a "
    "seat at the top table”, a charge he rejected in his memoir, The Long Table, published in 2006. “I sold nothing. I "
    "bargained, which is a different thing, and the country got more than it gave,” he wrote.",
    "His daughter, Ellen Vos, said in a statement on behalf of the family that her father had spent his last weeks "
    "reading history and “arguing with the radio”. “He was a gentle man who never lost an argument he cared about,” "
    "she said. He is survived by his wife, Trudy, three children and seven grandchildren.",
    "Friends recalled that he kept a chessboard set up in his office at the ministry and never finished a game.",
)

NEGOTIATOR: tuple[str, ...] = (
    "Marjorie Tanaka-Quill, Canada’s ‘closer’ in the Chile trade talks, dead at 77",
    "OTTAWA — Marjorie Tanaka-Quill, the trade negotiator who spent four years across the table from Chilean and "
    "Mexican officials and was known in Ottawa as “the closer”, died Tuesday in Victoria. She was 77.",
    "Her son, Daniel Quill, said she died of complications of pneumonia at St. Brendan’s Hospital.",
    "Prime Minister Étienne Marchildon-Roy said on X that Tanaka-Quill “opened doors for Canadian workers and farmers "
    "that remain open today”. “She never raised her voice and she never gave an inch. Canada is richer for it,” he "
    "wrote.",
    "Tanaka-Quill joined what was then the Department of External Affairs in 1971. “I was the only woman in the room "
    "for the first ten years, and the only one who had read the annexes,” she told the Prairie Ledger in a 2009 "
    "interview.",
    "Her philosophy of bargaining was simple. “You never make the last offer. You make the second-to-last offer and "
    "let the other side think they invented the last one,” she said in a lecture to students in Ottawa in 2003.",
    "In her memoir, Across the Table, she wrote that the hardest night of her career came in Santiago in 1996, when "
    "the talks nearly collapsed over dairy quotas.",
    "Raymond Okafor-Leduc, who was her deputy on the Chile file, said he would never forget that night.",
    "“It was two in the morning, the Chileans had packed their bags, and Marjorie asked the hotel to send up a cake, "
    "because it was the chief Chilean negotiator’s birthday. Nobody else knew. She had found out from his driver,” "
    "Okafor-Leduc recalled.",
    "“They sang happy birthday in three languages, and by six o’clock we had the dairy chapter. I have told that story "
    "to every young negotiator I ever trained,” he said.",
    "Global Affairs Canada said in a statement that she had “set the standard for a generation of trade "
    "negotiators”. Colleagues said she kept a drawer of chocolate bars for the negotiators on the other side.",
    "Not everyone admired her methods. Gordon Pelletier-Hart, a former dairy lobbyist, said in 2001 that she had "
    "“traded away the dairy farmer to buy the car plant”. Tanaka-Quill replied at the time that “every treaty is a "
    "trade, or it isn’t one”.",
    "She is survived by her son and two grandchildren. The family said a memorial would be held in Ottawa in the "
    "spring.",
)

GENERAL: tuple[str, ...] = (
    "Lieutenant General Ross Calloway-Hurst, commander in East Timor, dies aged 81",
    "CANBERRA — Retired Lieutenant General Ross Calloway-Hurst, who commanded Australian forces in East Timor and "
    "later led the army through its largest overhaul since the Vietnam War, has died aged 81.",
    "The Department of Defence confirmed his death in a statement on Thursday, saying he had died surrounded by family "
    "in Brisbane.",
    "Prime Minister Joanne Whitcombe-Lau said the general had been “a soldier’s soldier and a citizen’s general”. “He "
    "never forgot that every order he gave had a name and a family at the end of it,” she told reporters in Canberra.",
    "Chief of the Defence Force General Amos Kettering-Obi said in a message to all ranks that the army had lost “its "
    "conscience as well as one of its finest commanders”.",
    "Calloway-Hurst was blunt about the limits of force. “You can win every firefight and still lose the valley,” he "
    "told a parliamentary committee in 2004. In a 2006 essay for the Defence Review Quarterly, he wrote that armies "
    "“are very good at breaking things and very bad at mending them”, and that the mending was “the part that decides "
    "who wins”.",
    "Retired Major General Fiona Drummond-Achterberg, who served as his chief of staff in Dili, said the general’s "
    "reputation among his troops was made on one morning in 1999.",
    "“A convoy had been stopped at a roadblock by a militia commander who wanted to make a point. Ross got out of his "
    "vehicle, walked up to the man without a weapon, and asked him whether his mother knew where he was,” she said.",
    "“The man laughed, and then he moved the barrier. Ross told me afterwards that it was the most frightened he had "
    "been in thirty years of soldiering,” she added.",
    "The Veterans’ Fellowship of Australia said in a statement that he had “never stopped fighting for the soldiers "
    "who came home”.",
    "Not all his battles were popular. As he put it in his memoir, Orders of the Day: “I was wrong about some things "
    "and right about the ones that mattered, and I will leave it to the historians to decide which were which.”",
    "His son, Captain Lachlan Calloway-Hurst, said in a statement on behalf of the family that his father “taught us "
    "to tell the truth, especially when it cost something”. The family asked for privacy.",
    "Former soldiers who served under him recalled a commander who ate last and knew the names of their children.",
)

MEDIATOR: tuple[str, ...] = (
    "Efua Mensah-Darkwa, Ghana’s first woman envoy to the UN and a patient peacemaker, dies at 79",
    "ACCRA — Efua Mensah-Darkwa, the Ghanaian diplomat who spent three decades mediating in some of Africa’s longest "
    "wars and was the first woman to serve as her country’s ambassador to the United Nations, died on Monday in "
    "Accra, her family said. She was 79.",
    "A spokesperson for the Ministry of Foreign Affairs and Regional Integration confirmed the death and said the "
    "government would hold a state funeral.",
    "President Kwesi Ampofo-Baah described her as “a daughter of Ghana who became a mother to peace processes across "
    "our continent”. In a televised address on Monday night, he said: “Wherever there was a ceasefire to be kept, "
    "there was Auntie Efua with her notebook. We shall not see her like again.”",
    "The United Nations said in a statement that she had “carried the blue flag into rooms where no one else would "
    "go”.",
    "Mensah-Darkwa believed mediators should be boring. “A good mediator is the least interesting person in the room. "
    "The moment the parties start talking about you, you have failed,” she told a conference of African diplomats in "
    "Addis Ababa in 2011.",
    "She once said that the most useful thing she carried to any negotiation was a kettle. “Men will refuse a "
    "proposal, but nobody refuses tea,” she told an interviewer in 1995.",
    "Her former aide, Yaw Boateng-Fiagbe, now ambassador to Ethiopia, told the story of a night in 2003 when the two "
    "delegations she was mediating between refused to sit in the same room.",
    "“She put them in two rooms on the same corridor and walked between them for eleven hours, carrying messages and "
    "cups of tea. At about three in the morning she told both sides that she was going to bed and that they could "
    "carry their own messages,” he said.",
    "“When she came down for breakfast they were sitting at one table, arguing. She said to me, ‘Now we can begin.’ I "
    "have never seen anyone read people the way she did,” Boateng-Fiagbe said.",
    "The opposition National Democratic Alliance said she had “served every government and belonged to none”.",
    "Her daughter, Akosua Mensah, said her mother had kept working until weeks before her death, answering letters "
    "from former combatants. “She said peace was a habit, not an event, and she lived like that,” she said.",
    "Friends said she never travelled without a copy of the ceasefire she was working on. She wrote in a 2004 essay "
    "that Africa’s wars would end “not with a signature but with a generation”.",
)

EDITOR: tuple[str, ...] = (
    "Walter Brennan-Fisk, editor who made The Harbor City Tribune feared, dies at 88",
    "Walter Brennan-Fisk, who edited The Harbor City Tribune for 22 years and turned a sleepy regional daily into a "
    "paper that won three Pulitzer Prizes, died on Saturday at his home in Maine. He was 88.",
    "His death was confirmed by his wife, Eleanor Brennan-Fisk, who said the cause was heart failure.",
    "Brennan-Fisk liked to say that a newspaper’s first duty was “to annoy the people who deserve it, and to be fair "
    "to them while you do”.",
    "In 1987 the Tribune published a series on bribery at the port authority that sent two commissioners to prison. "
    "“We had the documents for six months before we printed a word. I made them check every number three times, and "
    "then I checked it myself,” he told the trade magazine Press Quarterly in 2005.",
    "The Tribune’s current editor, Sonia Alvarado-Penn, said in a note to readers that he had “taught this newsroom "
    "that courage is mostly paperwork”.",
    "Frank Ostrowski-Vale, who worked under him for 19 years as metro editor, recalled the afternoon in 1991 when the "
    "port authority’s chairman arrived in the newsroom unannounced.",
    "“He came in with two lawyers and said that if we ran the story he would own the paper by Christmas. Walter "
    "listened to the whole speech, and then he asked the man whether he took cream in his coffee,” Ostrowski-Vale "
    "said.",
    "“He poured the coffee, sat down and said, ‘We go to press at eleven. You are welcome to comment before then.’ The "
    "man left without the coffee. We ran the story, and we still have the paper,” he said.",
    "Carl Hemmings-Watt, who edited the rival Harbor City Courier in the 1980s, said: “We competed with him for twenty "
    "years and lost most weeks. He made all of us better, and I never forgave him for it.”",
    "Governor Patricia Quinlan-Roe said in a statement that he had been “a pain in the neck to every governor, "
    "including me, and the state is better for it”. The New England Society of Editors said he was “the last of the "
    "great shouting editors, except that he never shouted”.",
    "He wrote in his final column, in 2009, that he had “never met a press release that told the whole truth”. "
    "Reporters who worked for him said he read every story on deadline, twice.",
    "In addition to his wife, he is survived by two sons and five grandchildren. “He never stopped reading three "
    "papers every morning, and he corrected all of them in pen,” his son Michael said.",
)

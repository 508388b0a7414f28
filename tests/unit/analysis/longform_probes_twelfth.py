"""A twelfth batch of fictional Canadian long-form news and features for probing the quotes, each a tuple of
paragraphs, half delivered as one to three long blocks as a web scraper leaves them: a wildfire evacuation (a fire
information officer, evacuees at a reception centre, a reeve, the province's wildfire agency by news release), a
minor-hockey abuse lawsuit (a plaintiff, his lawyer, the league "in a statement", a researcher), a drought on a ranch
(a rancher and his daughter of the same surname, an agrologist, the agriculture minister), a theatre's last season (an
artistic director, actors, a critic, a donor, the play's author), a municipal budget meeting (mayor, councillors by
"Coun.", delegates, city staff "in the report") and a refugee family's first year (father and mother, a settlement
worker, an MP). Shapes: present tense "says", "adds", "explains" throughout; "“…,” X read" from a diary and "read:"
of a sign (a sign is no speaker); "according to a report by …" (a document: no quote); "says the author"; "X, who …,
says" with a name inside the relative clause; "“…,” X's lawyer, Y, told reporters"; "the elder X"; pronouns across
paragraphs; a quotation spanning two paragraphs. Written for these tests; none is taken from any corpus. The gold is
in test_longform_probes_twelfth.py."""

from __future__ import annotations

WILDFIRE: tuple[str, ...] = (
    "More than 2,400 people from the village of Candle Lake and the surrounding rural municipality spent a third night "
    "away from home on Wednesday as a wildfire burning north of Prince Albert, Sask., grew to 31,000 hectares. The "
    "Saskatchewan Public Safety Agency said in a news release Wednesday morning that the fire had crossed Highway 120 "
    "overnight and that crews were protecting structures on the east shore of the lake. “Conditions remain extreme and "
    "the fire is expected to stay active into the weekend,” the release said. Kendra Boychuk, a fire information "
    "officer with the agency, says 140 firefighters and nine air tankers are working the fire. “We’re not going to be "
    "able to put this one out with water. We need rain, and there isn’t any in the forecast,” Boychuk says. She adds "
    "that two cabins and a storage shed have burned, but no homes. At the reception centre in a Prince Albert arena, "
    "Marlene Okemasis sits on a cot with her two grandchildren. “We left with the clothes we had on and the dog,” she "
    "says. “I keep thinking about the photos on the fridge.” Her neighbour, Gord Lindquist, who has lived at the lake "
    "for 40 years, says he has never seen smoke like it. “The sky went orange at four in the afternoon. Orange,” says "
    "Lindquist, 71. “You don’t argue with that.” A hand-lettered sign taped to the arena door read: “Evacuees: "
    "register here first, then coffee.” Red Cross volunteer Amandeep Gill explains that families are being matched "
    "with hotel rooms as fast as they open. “Every room in the city is full. We’re "
    "looking at Saskatoon now,” she says.",
    "Allan Fehr, the reeve of the Rural Municipality of Paddockwood, says the municipality asked the province for help "
    "with fuel breaks in May. “We were told there was no money for it this year,” Fehr says. “Well, there’s money for "
    "it now, I guess.” The agency says fuel-break funding is decided with municipalities each spring. Fehr, whose own "
    "farm is two kilometres from the evacuation line, says he has not slept more than three hours a night since "
    "Sunday. Boychuk says crews will try a controlled burn on the fire’s eastern flank if the wind drops. “It’s a tool "
    "we use when we have a window. We may get one Friday,” she explains. According to the agency, the fire was caused "
    "by lightning. The agency said in an evening update that an evacuation order for the hamlet of Whelan Bay had been "
    "lifted.",
)

HOCKEY: tuple[str, ...] = (
    "A former player in a Manitoba minor hockey league has filed a lawsuit alleging that the league ignored repeated "
    "complaints about a coach who abused him and at least three teammates in the 1990s. Trevor Sauvé, now 41, says in "
    "his statement of claim that he was 13 when the abuse began. “I told a league official in 1996. Nothing happened, "
    "and the coach was behind our bench for two more seasons,” Sauvé told reporters outside the Law Courts in Winnipeg "
    "on Tuesday. “I’m doing this so nobody has to wait 28 years like I did.” “This league knew. Their own minutes show "
    "that they knew,” Sauvé’s lawyer, Miriam Achterberg, told reporters. She said the claim seeks $4.5 million in "
    "damages and that two other former players are expected to join the suit. The coach, who died in 2011, was never "
    "charged. In a statement, the Prairie Minor Hockey Association said it “takes every allegation seriously” and "
    "could not comment on a matter before the courts. The association said it adopted a new safe-sport policy in "
    "2019.",
    "Researcher Dr. Naomi Friesen, who studies abuse in youth sport at the University of Manitoba, says lawsuits like "
    "Sauvé’s are becoming more common as former players compare notes online. “For a long time, each of these men "
    "thought he was the only one,” says Friesen. “The internet changed that. They find each other now.” She notes that "
    "leagues have historically relied on volunteers with no training in how to handle a complaint. “A volunteer who "
    "gets a phone call about a coach he’s known for 20 years is in an impossible position,” she says. “That’s not an "
    "excuse. It’s a design flaw.”",
    "Sauvé says his mother kept a diary in those years. He read from it on Tuesday. “Trevor quiet again after "
    "practice. Won’t say why,” Sauvé read. He closed the book and looked at the cameras. “She knew something was "
    "wrong. She just didn’t know what,” he said.",
    "Hockey Manitoba, which oversees the association, said in an email that it was not a party to the lawsuit. “We "
    "encourage anyone with information to contact police,” the email said. Achterberg said she expects the association "
    "to file a defence within 30 days. “Then we’ll see what their own minutes say,” she said.",
)

DROUGHT: tuple[str, ...] = (
    "On the Haugen ranch south of Hanna, Alta., the dugouts that water 300 cow-calf pairs are down to cracked mud, and "
    "Wes Haugen is selling a third of his herd. “My dad built this herd, and I’m the "
    "one loading it on a trailer,” says "
    "Haugen, 58. “That’s a hard thing to do in front of your kid.” His daughter, Kaylee Haugen, 26, came home from "
    "Calgary two years ago to take over the ranch one day. She says the plan has not changed, but the timeline has. "
    "“I’m not going anywhere. But I’m not going to pretend the numbers work this year,” Kaylee says. Hay that cost $90 "
    "a tonne two years ago now sells for $260, Wes explains, if a rancher can find it at all. “The guy I buy from in "
    "Saskatchewan called me and said he’s got nothing,” he says. Provincial agrologist Ruth Makowsky, who has worked "
    "with ranchers in the Special Areas since 2004, says the dry spell is the worst she has seen. “Three years without "
    "a proper spring. The grass doesn’t come back from that in one wet year,” Makowsky says. She adds that producers "
    "who sell breeding stock now can take five years to rebuild. According to a report by Agriculture Financial "
    "Services Corp., claims for pasture insurance in the region have tripled since 2021. Agriculture Minister Dale "
    "Strand said Thursday the province would declare an agricultural disaster for 14 municipalities, opening the door "
    "to federal tax deferrals. “We hear producers, and we are acting,” Strand said in a statement. Back at the ranch, "
    "Kaylee is less sure. “Acting would be rain,” she says, and laughs. Her father does not. “You can laugh. I did, in "
    "2002. Then I sold half the cows,” says the elder Haugen.",
    "Makowsky says the province’s own forecasts show a fourth dry year is possible. “I tell people to plan for it and "
    "hope I’m wrong,” she says. Kaylee Haugen, who studied agribusiness at Olds College with Makowsky’s son, Ethan, "
    "says she has started a spreadsheet of every cow the family sells. “So when it rains, we know what we’re buying "
    "back,” she says.",
)

THEATRE: tuple[str, ...] = (
    "For 47 years, the Bellwether Theatre has occupied a former fire hall on a side street in Kingston, Ont. In June, "
    "after its current production closes, it will go dark for good. “We’ve run out of money, and honestly, we’ve run "
    "out of ways to ask for it,” says artistic director Colette Ambrose, sitting in the empty house on a Tuesday "
    "afternoon. “I would rather close with a good show than limp along with a bad one.”",
    "The final production is a new play, The Salt Ledger, by Kingston writer Owen Thibodeau. It follows three "
    "generations of a family that ran a ferry across the St. Lawrence. “I wrote it for this room. It wouldn’t work "
    "anywhere else,” says the author, who has had four plays staged at the "
    "Bellwether. Thibodeau says he learned of the "
    "closing the week rehearsals began.",
    "Marisol Quintero, who plays the family’s matriarch, has acted at the Bellwether since 1999, when Ambrose’s "
    "predecessor, Harold Vickers, cast her in a Chekhov. She says the company taught her everything she knows about "
    "the stage. “Harold used to say a small theatre is a promise you keep every night. We kept it a long time,” "
    "Quintero says. Her co-star, Devon Achebe, 24, is making his professional debut. “It’s strange to start somewhere "
    "that’s ending,” he says. “But I’d rather be here for this than anywhere else.”",
    "Not everyone thinks the closing was inevitable. Theatre critic Joan Ferrante, who reviewed Bellwether productions "
    "for the Whig-Standard for two decades, says the board waited too long to change. “They kept programming for the "
    "audience they had in 1995. That audience is now 80, or gone,” Ferrante says. “I say that with love.” The "
    "theatre’s largest donor, retired surgeon Dr. Benjamin Osei, gave $1.2 million over 20 years. He says he offered "
    "another gift last fall on the condition that the board hire a managing director, and the board declined. “I’m "
    "not angry. I’m sad,” Osei says. The board’s chair, Linda Ruskin, said in an email that the board “considered "
    "every option” and that the decision was unanimous. Ambrose, asked about Osei’s offer, pauses. “Ben has been very "
    "generous. It wasn’t enough money to fix what was broken,” she says.",
    "Ambrose says she will read the names of everyone who has worked on the Bellwether stage on closing night. “There "
    "are about 1,100 names. It will take a while, and I don’t care,” she says. “People came here for almost no money "
    "and made something out of nothing.",
    "“They deserve to be said out loud, once, in this room.”",
)

COUNCIL: tuple[str, ...] = (
    "Regina city council approved a 2027 budget with a 6.9 per cent property tax increase late Wednesday after a "
    "nine-hour meeting that ended just before midnight. Mayor Theresa Szeto said the increase was the lowest council "
    "could responsibly pass. “Nobody on this council wanted a number that starts with a six,” Szeto said. “But the "
    "alternative was cutting transit, and I won’t do that.” Coun. Bryce Lemieux, who voted against the budget, said "
    "the city had not looked hard enough for savings. “We found $400,000 tonight in twenty minutes. Imagine what we’d "
    "find in a month,” Lemieux said. Coun. Fatima Haidari pushed back. “Those savings were one-time money. Coun. "
    "Lemieux knows that,” she said. Coun. Dwayne Tallis, who chaired the budget committee with Szeto for three years, "
    "said the vote was the hardest of his career. According to a report by city administration, the police budget "
    "accounts for 2.1 points of the increase. City staff said in the report that deferring road repairs another year "
    "would add $11 million to the eventual cost. Delegate Howard Brandt, who spoke on behalf of the Cathedral Area "
    "Community Association, told council that seniors in his neighbourhood are choosing between property taxes and "
    "groceries. “I have neighbours who have lived in their homes for 50 years who are doing the math on whether they "
    "can stay,” Brandt said. Another delegate, Priscilla Nakamura, a bus driver, urged council to protect the transit "
    "budget. “If you cut the 8 route, my riders don’t get to work. It’s that simple,” she said. Chief financial "
    "officer Ravi Sundaram told council the city’s reserves are at their lowest level since 2009. Lemieux moved an "
    "amendment to cut the increase to 5.5 per cent; it failed 8-3.",
    "Szeto said after the vote that she expected the increase to come down in future years. “This is the hard year. "
    "Next year is easier,” the mayor said.",
)

REFUGEES: tuple[str, ...] = (
    "A year ago this week, Yusuf and Rania Khatib landed at Halifax Stanfield International Airport with their three "
    "children, four suitcases and a phone number for a settlement worker. Today Yusuf Khatib drives a forklift at a "
    "seafood plant in Dartmouth and Rania Khatib is in her second term of English classes. “The first month, I did not "
    "understand the bus. Now I explain the bus to new people,” Yusuf says, laughing.",
    "He was an accountant in Aleppo. The family spent six years in Lebanon before they were resettled through a "
    "government program. He says the hardest thing has not been the work or the cold, but the waiting. “In Lebanon, we "
    "waited for everything. Papers, doctors, news. Here, I wanted to stop waiting,” he says.",
    "Rania says she was afraid of the winter before she arrived. She is not afraid "
    "now, she adds, but she does not like "
    "it. “In January the children went out in the snow and came back crying. Then the next day they wanted to go out "
    "again,” she says. Her goal is to work as a pharmacy assistant, as she did in Syria.",
    "Settlement worker Leila Mansour, who met the family at the airport with an interpreter and a box of winter coats, "
    "says the Khatibs have moved faster than most. “They came with a plan. A lot of families come with only hope, "
    "which is also fine, but a plan helps,” Mansour says. She says the biggest obstacle for families like the Khatibs "
    "is getting foreign credentials recognized. “We have doctors driving taxis. We have engineers stocking shelves. "
    "It’s a waste, and everybody knows it’s a waste,” says Mansour.",
    "Halifax West MP Graham Fitzsimmons, whose office helped the family with a delay in their youngest daughter’s "
    "health card, said in an interview that the federal government is working with provinces on faster credential "
    "recognition. “It’s too slow. I’ll say that plainly,” Fitzsimmons said. The Khatibs’ eldest, Omar, 15, plays on a "
    "school soccer team and speaks English with a Nova Scotia accent, his mother says. “He corrects my grammar,” Rania "
    "says. “Every day.”",
    "Asked what he wants for the second year, Yusuf Khatib thinks for a long time. “A small house. A garden. And for "
    "nobody to ask me where I am from when I say I am from Halifax,” he says.",
)

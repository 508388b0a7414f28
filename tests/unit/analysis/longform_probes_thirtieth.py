"""A thirtieth batch of fictional CANADIAN LONG-FORM WEB FEATURES for probing the quotes, each a tuple of one to three
long blocks with no paragraph breaks, as a web scraper leaves them, some cut off in mid-sentence: a small town's
hockey arena condemned (the rink manager, a hockey mother and her son of one surname, a retired engineer who
inspected the roof, the minor hockey association "in a post" and then "the group", the mayor, the province's emailed
statement, a woman who skated there as a girl), a coroner's inquest into a farm worker's death (his brother, the
family's lawyer, the farm's lawyer, the presiding coroner, a fellow worker who asked not to be named, an advocacy
group, the ministry's statement), grocery prices in a fly-in First Nation (the chief, the band-owned store's manager
and his sister, an elder speaking through his granddaughter, a nurse, the federal department's statement, a
researcher), a school bus driver shortage (a mother and her daughter, a driver who is a retired mechanic, the bus
company's statement and its operations manager, the district's spokesperson, the union local, the minister by
email) and a downtown library that trains staff to reverse overdoses (a librarian, a patron she revived, a security
guard, the library board's chair, a public health nurse, a councillor, a poet whose book's title is a woman's name).
Shapes: present-tense and inverted cues ("says the nurse", "notes Ostrowski", "insists the chief"), speakers named
after their quote, descriptions standing for them ("the retired engineer", "the 16-year-old", "the coroner"),
pronoun chains across sentences and blocks, split quotes, quotations inside quotations, bodies that speak and then
"the group" or "the company", a subheading run into the block. Written for these tests; none is taken from any
corpus, and every person in them is made up. The gold is in test_longform_probes_thirtieth.py."""

from __future__ import annotations

ARENA: tuple[str, ...] = (
    "The clock above the penalty box at the Tessier Memorial Arena in Birch Hollow, Sask., stopped at 11:42 on a "
    "Thursday night in January, and nobody has wound it since. Two days later, the town locked the doors. “I came in "
    "on the Saturday to flood the ice and there was a sign on the door with my own name at the bottom of it,” says "
    "Darrel Kuzyk, who has managed the rink for 23 years. The 59-year-old still drives past every morning. He says "
    "he checks the roof from the road the way other people check the weather. What he sees is a sag in the middle "
    "truss that a retired structural engineer, Colette Aubry-Lind, noticed while watching her grandson play in "
    "December. “I looked up during the second period and thought, that beam is not straight, and it should be,” "
    "says the retired engineer. She wrote to the town the next week. A firm hired by the town found rot in three "
    "of the arena’s 14 wooden trusses, and the building was closed. “It wasn’t a close call. It was a call we "
    "should have had five years ago,” notes Mayor Gerald Ostrowski, who says the town’s reserve fund holds about "
    "$400,000 and a new roof would cost at least three times that. For families in Birch Hollow, the closing has "
    "turned winter upside down. Tanya Beaudry drives her son, Cole, 40 minutes each way to practise in Rosetown "
    "four nights a week. “We eat supper in the truck. He does his homework in the truck. I think the truck has "
    "better marks than he does,” she says. Cole Beaudry, 12, plays defence for the under-13 Huskies. “It’s not "
    "the same rink. Nobody knows us there,” the boy says. His mother says three families have already pulled "
    "their children out of hockey because they cannot make the drive.",
    "The Birch Hollow Minor Hockey Association, which had 140 players registered this season, said in a post on "
    "its website that it would finish the year by renting ice in four other towns. “We are not folding. We are "
    "travelling,” the post says. The group says its rental bill for the winter will be close to $38,000, which it "
    "plans to raise with a raffle and a steak night. Its president, Owen Nakamura-Ruis, says the association "
    "would rather spend the money on the home rink. “Every dollar we send to another town’s arena is a dollar "
    "that keeps their lights on, not ours,” he says. In an emailed statement, Saskatchewan’s Ministry of "
    "Government Relations says small communities can apply to a provincial infrastructure program for up to half "
    "the cost of repairs. The ministry says Birch Hollow has not yet applied. Ostrowski insists the town will, "
    "once it knows what it is applying for. “You can’t ask for half of a number you don’t have,” he says. The "
    "engineers’ final report is due in March. Elsie Moran, 86, learned to skate on the arena’s first sheet of "
    "natural ice in 1948, when the building had no heat and no walls on the north side. “We skated in mitts and "
    "two pairs of socks, and we thought it was the finest building in the province,” she says. She hopes it will "
    "reopen, she says, but she is not sure she will see it. Kuzyk, asked whether he expects to flood that ice "
    "again, does not answer right away. “I kept my keys,” he says finally. “That should tell you",
)

INQUEST: tuple[str, ...] = (
    "For eleven days this fall, in a hearing room on the second floor of the courthouse in Simcoe, Ont., a jury of "
    "five listened to the story of the last afternoon of Esteban Tzul’s life. The 34-year-old, who had come from "
    "Guatemala on a seasonal work permit, collapsed in a ginseng field on a July day when the temperature reached "
    "36 C, and died that night in hospital. His brother, Mateo Tzul, who worked on the same farm, was the first "
    "witness. “He asked for water twice. The second time the foreman said, ‘At the end of the row,’ and the row "
    "was very long,” Mateo told the jury through an interpreter. He said his brother had been sick for two days "
    "and had been afraid to say so. “If you are sick you do not work, and if you do not work you do not come back "
    "next year,” he testified. The family’s lawyer, Adrienne Castonguay, argued that the farm had no written plan "
    "for heat. “Shade is not a luxury on a day like that. It is the plan, and there was none,” Castonguay said in "
    "her closing submissions. The lawyer for the farm, Bryce Holloway, told the jury that the owners had bought "
    "coolers for every crew and that water was never refused. “My clients grieve this man. They did not cause his "
    "death,” Holloway said. He suggested that Tzul had a heart condition no one knew about, a point the pathologist "
    "did not accept. The coroner, Dr. Nadine Okimaw, reminded the jurors that an inquest does not find fault. “You "
    "are not here to blame anyone. You are here so that the next man in that field goes home,” the coroner told "
    "them.",
    "A worker who has picked on the farm for six summers, and who asked not to be named because he fears losing his "
    "place in the program, said the coolers were real but were kept at the trucks, a ten-minute walk from the "
    "far rows. “Nobody walks ten minutes when the foreman is counting,” he said. The jury returned on Friday with "
    "17 recommendations, among them a heat standard for farm work and a rule that water be kept within 100 metres "
    "of every crew. Justicia Norte, a group that supports migrant farm workers in Ontario, called the "
    "recommendations a start. “Seventeen recommendations and not one of them is binding,” the group said in a "
    "statement. It said it would ask the province to write the heat standard into law before next summer. "
    "Ontario’s Ministry of Labour said it would review the verdict and that inspectors visited the farm after the "
    "death and issued two orders. Outside the courthouse, Mateo Tzul held a photograph of his brother in a football "
    "jersey. He said he would go back to the farm in April. “I have three children. What else can I do?” he asked. "
    "Castonguay said the family will consider a civil claim. “The jury heard him. Now the province has to,” she "
    "said. Holloway declined to comment after the verdict.",
)

GROCERY: tuple[str, ...] = (
    "In the band-owned store at Kinosew Lake First Nation, a four-litre jug of milk costs $16.49, a bag of apples "
    "$14 and a box of breakfast cereal $12.79, and on the morning a reporter visited, the shelf for fresh vegetables "
    "held two heads of lettuce and a cabbage. “People look at a picture of this shelf and think we are lazy about "
    "ordering. We order every week. It comes in on the plane and it costs what it costs,” says Jordan Flett, who "
    "has managed the store since 2019. The community of about 1,100 people, 600 kilometres north of Winnipeg, has "
    "no road except for six weeks in winter, when a route across the frozen lakes opens to trucks. Everything else "
    "flies. Flett says the freight on a pallet of groceries has gone up 40 per cent in three years. His sister, "
    "Tamara Flett, has four children and buys most of her food on the ice road, when she and her husband drive to "
    "Thompson and fill a rented trailer. “We buy three months of flour and rice and frozen meat in one weekend, "
    "and then we pray the freezer doesn’t quit,” she says. Chief Marlene Sinclair-Keeper says the federal subsidy "
    "meant to lower food prices in the North does not reach the people who need it. “The subsidy goes to the "
    "retailer, and the retailer says it is passed on, and we are asked to trust that,” insists the chief. She says "
    "the band wants the money paid directly to families. Abel Sinclair, 81, an elder and the chief’s uncle, speaks "
    "through his granddaughter, Kiana. “He says when he was young, the lake was the store, and nobody paid for "
    "fish,” she says. He adds that there are fewer fish now and more people, and the young ones have not learned "
    "to set nets.",
    "Nurse Gemma Halvorsen, who has worked at the nursing station for seven years, sees the prices in her "
    "patients. She says diabetes is now the most common reason people come in, and it is showing up in children. "
    "“I can tell a mother to give her kids fruit. I can’t tell her where to find $14 for apples,” says the nurse. "
    "In a statement, Crown-Indigenous Relations and Northern Affairs Canada says the subsidy program lowered "
    "prices in eligible communities by an average of 11 per cent last year and that retailers must show the "
    "savings on their receipts. The department says it is reviewing the program and will hear from First Nations "
    "this spring. Tracy Oduya-Belcourt, who studies northern food costs at the University of Manitoba, says the "
    "receipts tell only part of the story. “The subsidy is real. It is also smaller than the increase in freight, "
    "so the shelf price still goes up,” Oduya-Belcourt says. She notes that a family of four in Kinosew Lake "
    "spends about twice what a family in Winnipeg does on the same basket of food. The band has started a "
    "greenhouse behind the school, where students grow tomatoes, beans and kale from March to October. “The first "
    "year we grew forty pounds of tomatoes and the kids ate most of them off the vine,” says teacher Rory "
    "Bighetty-Lam, who runs the project. He says the school hopes to sell greens at the store by next summer. Flett "
    "says he would stock them in a heartbeat. “Anything that doesn’t come on a plane is a good day for me,” the "
    "manager says. The chief, for her part, says the greenhouse is a start and not an answer. “You can’t grow a "
    "winter in a greenhouse,” Sinclair-Keeper says. She is going to Ottawa in April to make that case, along with",
)

BUSES: tuple[str, ...] = (
    "Every school morning at 7:10, Shauna Doiron stands at the end of her driveway outside Saint-Antoine-de-Kent, "
    "N.B., with her phone in her hand, waiting for a text that tells her whether the bus is coming. Three mornings "
    "out of five this fall, it has not. “You get the message at 6:55 that route 41 is cancelled, and you have "
    "fifteen minutes to turn into a taxi,” says Doiron, who works the early shift at a fish plant in Bouctouche. "
    "The mother of two says she has been late for work 19 times since September and has used up her sick days "
    "driving. Her daughter, Émilie, 11, has missed the first class of the day so often that her teacher now sends "
    "the math homework home on Friday. “I like the bus. I sit with my friend and we do the puzzles,” Émilie says. "
    "The 11-year-old says her mother drives too fast when they are late. "
    "The route is cancelled because there is no one to drive it. Raymond LeBlanc, 68, is one of the drivers who "
    "is left. The retired mechanic started driving a school bus eight years ago “to get out of the house,” he "
    "says, and now covers two routes on most days, one after the other. “The kids on the second route are always "
    "late, and it’s not their fault, it’s mine, because I’m still finishing the first one,” he says. The pay, he "
    "says, is not the problem so much as the hours: a split shift of two and a half hours in the morning and two "
    "in the afternoon, with nothing in between. Maritime Student Coach, the company that holds the busing contract "
    "for the district, says it is short 31 drivers across the province. “We have buses. We have routes. We don’t "
    "have people,” the company says in a statement. It says it has raised its starting wage twice this year.",
    "Its operations manager, Pierre-Luc Gallant, says the company trains new drivers for free but loses half of "
    "them before the end of their first year. “They find out what 6:30 in the morning in February feels like,” "
    "Gallant says. The Anglophone and Francophone districts say they share the problem. Karine Thériault, a "
    "spokesperson for the francophone district, says families on cancelled routes get a text by 7 a.m. and that "
    "absences caused by a cancelled bus are not counted against students. “We know the text is not a solution. "
    "It is the least we can do,” she says. Martin Cormier, president of the union local that represents drivers "
    "employed directly by the districts, says the split shift is why no one stays. “Pay a driver for the whole "
    "day, give him something to do in the middle of it, and you will have drivers,” he says. Cormier says the "
    "union put that idea to the province two years ago and heard nothing back. Asked about the "
    "shortage, the province’s education minister said by email that the department is “studying all options,” "
    "including a pilot that would let drivers work as school custodians between runs. Back at the end of her "
    "driveway, Doiron is not waiting for the pilot. She and two neighbours have started a carpool. “We are three "
    "mothers and one minivan,” she says. “It works until one of us gets the",
)

LIBRARY: tuple[str, ...] = (
    "On a Tuesday afternoon in March, in the quiet reading room on the third floor of the Central Library in "
    "Fort Ridley, Alta., librarian Hana Mirza knelt beside a man who was not breathing and pushed a dose of "
    "naloxone into his nose. “I remember thinking, this is the periodicals section. Nobody dies in periodicals,” "
    "says Mirza, 41, who has worked at the branch for 12 years. The man woke up about two minutes later. His "
    "name is Everett Cole, and he comes back to the library most days. “She saved my life, and then she renewed "
    "my books,” Cole says, grinning. “That’s service.” The 53-year-old says he has been sober since the summer, "
    "and he credits the woman who found him. The library began training its staff to use naloxone in 2021, after "
    "two overdoses in its washrooms in one week. Since then, employees have reversed 27 overdoses, according to "
    "the library’s own count. Security guard Delroy Baptiste has done four of them himself. “At first I was "
    "scared of doing it wrong. Now I’m scared of not being there,” the guard says. He says the hardest part is "
    "the hour after, when he goes back to checking bags at the door. Naloxone on the shelf The Fort Ridley Public "
    "Library Board says the program costs about $6,000 a year, most of it for training. “Libraries have always "
    "been where people go when they have nowhere else. This is what that looks like now,” the board says in its "
    "annual report.",
    "Not everyone agrees that it should be the library’s job. Coun. Brent Halloran, who sits on the board, says he "
    "supports the training but worries about what it asks of staff. “We hired these people to run story time and "
    "find books. We did not hire them to be paramedics,” he says. Halloran says council will be asked this spring "
    "to pay for a social worker at the branch two days a week. Board chair Simone Delacroix-Wu says no one is "
    "made to do it. “Every person who carries a kit chose to,” she says. Lena Okafor-Grant, a public health nurse "
    "who runs the training sessions, notes that naloxone cannot hurt someone who has not taken opioids. “If you "
    "are not sure, give it. That is the whole lesson,” says the nurse. Okafor-Grant says she has trained about 300 "
    "library workers across the province. “They say, ‘I hope I never use it,’ and then, a month later, they call "
    "me and say they did,” she says. Mirza says the morning after she revived "
    "Cole, she came in early and sat in her car for twenty minutes before she could go inside. She went in anyway. "
    "The library’s spring reading series opens next month with Yvonne Petrakis, a poet from Lethbridge whose "
    "second book, Marguerite at the Window, is about her mother’s addiction. “I wrote it in libraries, so it "
    "belongs in one,” Petrakis says. She says she will read the last chapter, which is set in a library washroom. "
    "Mirza plans to be in the front row. “I’ll bring a kit,” she says. “I always "
    "do.”",
)

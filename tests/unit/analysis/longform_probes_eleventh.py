"""An eleventh batch of fictional Canadian hard-news articles for probing the quotes, each a tuple of paragraphs, most
delivered as one to three long blocks as a web scraper leaves them: a premier's press conference with reporters'
questions, a police shooting (the province's watchdog, a family lawyer, a police chief), a sentencing (judge, Crown,
defence, a victim impact statement), a bank's layoffs (company statement, union, analyst), a measles outbreak (medical
officer of health, parents, a school board by email) and a federal by-election night (winner, loser, campaign manager,
pollster). Shapes: several speakers in one block, speakers introduced as "Ontario Premier X", "Prime Minister X",
"Const. X", "Dr. X", "Justice X" and later named by surname or title ("the premier", "the chief", "the judge", "the
lawyer"), "CBC News has reached out to X" (no quote), "X told The Canadian Press", "X said in French", "Asked whether
…, X said: …", a statement read in court, a memo "X wrote", and bodies that speak ("the bank said", "the watchdog
said", "the company said"). Written for these tests; none is taken from any corpus. The gold is in
test_longform_probes_eleventh.py."""

from __future__ import annotations

PREMIER: tuple[str, ...] = (
    "Ontario Premier Helen Marchetti defended her government’s plan to move the provincial science centre to a "
    "waterfront site on Monday, telling reporters at Queen’s Park that the move would save taxpayers $240 million over "
    "30 years. “This is a building that leaks, that is closed half the winter, and that nobody would build today,” "
    "Marchetti said. “We are going to give families something better.” Asked by a reporter whether the province had "
    "studied the cost of the move, the premier said a study had been done and would be released “in due course.” When "
    "another reporter pressed her on the date, she said: “When it’s ready. I’m not going to give you a date today.” "
    "Opposition Leader Farah Qureshi said the government had “no business case, no plan and no shame.” “The premier is "
    "asking Ontarians to take her word for it,” Qureshi told reporters in the legislature. “We’ve seen where that "
    "goes.” Marchetti also said she had spoken with Prime Minister Daniel Archambault on Sunday about federal money "
    "for transit. A spokesperson for Archambault said in an email that the two leaders had a “productive "
    "conversation.” CBC News has reached out to the Ministry of Infrastructure for a copy of the study.",
    "The science centre’s former chief executive, Dr. Kwame Asante, who led it from 2011 to 2019, told The Canadian "
    "Press that the building needed repairs but not a move. “You fix a roof. You don’t move a museum,” he said. "
    "Infrastructure Minister Paul Lindgren said the study would be made public before the end of the month. “We have "
    "nothing to hide,” Lindgren said. In Ottawa, Bloc Québécois MP Sylvie Gagnon said in French that the federal "
    "government should not pay for “an Ontario vanity project.” Marchetti dismissed the criticism. “Ottawa can send "
    "money or it can send opinions,” she said. “We’d prefer money.”",
    "Later, asked whether she would meet the mayor of Toronto, Marchetti said her door was always open. “I’ve met him "
    "four times this year. I’ll meet him a fifth,” she said. Toronto Mayor Neil Okonjo said in a statement that he "
    "learned of the move “from a news release, like everyone else.” Okonjo told reporters at city hall that the city "
    "would ask for a seat on the committee planning the new site. “We own the land next door,” he said. “It would be "
    "strange not to ask us.”",
)

SHOOTING: tuple[str, ...] = (
    "A 34-year-old man was shot and killed by police in Red Deer, Alta., early Saturday after officers responded to a "
    "call about a man with a knife outside a convenience store, the province’s police watchdog says. The Alberta "
    "Serious Incident Response Team, known as ASIRT, said in a news release on Sunday that two officers fired their "
    "weapons and that a knife was recovered at the scene. The agency said it would not release the man’s name. His "
    "family identified him as Tyler Redcrow, a father of two who worked at a tire shop. “Tyler was in crisis. He "
    "needed an ambulance, not a bullet,” said his sister, Cassandra Redcrow, outside the family’s home on Sunday. The "
    "family’s lawyer, Amrit Dhillon, said the family wants the footage from the officers’ body cameras released within "
    "30 days. “Every other province has learned this lesson,” Dhillon told The Canadian Press. “Transparency is not "
    "optional.” Red Deer Police Chief Mark Haldane said at a news conference that the officers involved have been "
    "placed on administrative leave, as policy requires. “Any loss of life is a tragedy, and our thoughts are with the "
    "family,” Haldane said. He would not say how many shots were fired, citing the ASIRT investigation. Const. Jenna "
    "Moreau, a police spokesperson, later said the two officers have 19 years of experience between them. CBC News has "
    "reached out to the Red Deer Police Association for comment.",
    "Redcrow’s mother, Loretta Redcrow, said her son had called a crisis line an hour before police arrived. “He asked "
    "for help. He did everything right,” she said. The watchdog said it is also investigating whether a crisis worker "
    "should have been sent with the officers. Haldane said on Monday that the service would review its policy on "
    "mental-health calls. “We will look at everything,” the chief said. Dhillon said the family would wait for the "
    "investigation before deciding whether to sue. “They want answers first,” the lawyer said. “Then they want "
    "accountability.”",
)

SENTENCING: tuple[str, ...] = (
    "A Halifax man who drove drunk into a family’s minivan, killing a nine-year-old girl, was sentenced on Thursday to "
    "seven years in prison. Justice Margaret Olubunmi of the Nova Scotia Supreme Court said Darren Pike, 41, had “made "
    "a choice that no one else in that van got to make.” “Mr. Pike had driven home drunk before. He told the police "
    "so,” Olubunmi said as she read her decision. “The only thing that was different on that night was who was on the "
    "road.” Crown prosecutor Alain Tessier had asked for nine years, arguing that Pike had two earlier "
    "impaired-driving convictions. Outside court, Tessier said the Crown would review the decision before deciding "
    "whether to appeal. “Seven years is a significant sentence,” he told reporters. Defence lawyer Rebecca Stoddard "
    "had argued for five, telling the court her client had been sober for 14 months and had written to the family. “He "
    "will carry this for the rest of his life,” Stoddard said. In a victim impact statement read in court by the "
    "girl’s mother, Nicole Chiasson, the family described the empty chair at every dinner since. “Emma was going to be "
    "a vet. She had already decided,” Chiasson read, her voice breaking. “I don’t know what to do with all the things "
    "she was going to be.” The girl’s father, Luc Chiasson, told CBC News the sentence “is not enough and it never "
    "could be.” Pike, who stood with his head down as the sentence was read, apologized to the family. “I’m sorry. I "
    "know that doesn’t mean anything,” he said.",
    "Kim Arsenault, the Atlantic regional manager of Mothers Against Drunk Driving, who sat with the family through "
    "the trial, said the case shows why the law should change. “Three convictions should mean a lifetime ban from "
    "driving. Full stop,” Arsenault said. Justice Olubunmi also imposed a 15-year driving ban. She told Pike that the "
    "sentence could not measure the loss. “Nothing this court does will give the Chiasson family back their daughter,” "
    "the judge said.",
)

LAYOFFS: tuple[str, ...] = (
    "Northern Maritime Bank will cut 1,150 jobs across Canada over the next year as it closes 60 branches and moves "
    "more of its customer service online, the Toronto-based lender said on Tuesday. In a statement, the bank said the "
    "cuts represent about four per cent of its workforce and that affected employees would receive “generous severance "
    "and career support.” Chief executive Graham Whitcombe said in a memo to staff that the decision was “difficult "
    "but necessary.” “Our customers have told us how they want to bank, and fewer of them want to do it in a branch,” "
    "Whitcombe wrote. The bank would not say which branches will close. Unifor, which represents about 2,000 of the "
    "bank’s call-centre workers, called the cuts “a betrayal of the communities that made this bank profitable.” “They "
    "made $3.1 billion last year,” said Lana Kowalski, Unifor’s national representative for the financial sector. "
    "“This isn’t survival. This is a choice.” Kowalski said the union would seek a meeting with the bank this week. "
    "Analyst Priya Raman of Beacon Securities said the cuts were expected. “Every big bank in this country is doing "
    "the math on branches,” she said in an interview. “Northern Maritime is just doing it first.” Raman said the "
    "bank’s shares, which rose two per cent on Tuesday, could rise further if the savings show up in next quarter’s "
    "results. The company said it expects to record a restructuring charge of $180 million.",
    "In Antigonish, N.S., where the bank’s branch on Main Street is expected to close, Mayor Owen MacIsaac said he "
    "learned of the cuts from a reporter. “That branch has been there since 1911,” MacIsaac said. “Half my seniors "
    "don’t bank online and never will.” Doris Pothier, 79, who has banked at the branch for 55 years, said she would "
    "move her accounts to the credit union. “I’m not going to drive to Truro to see a teller,” she said. Whitcombe "
    "told analysts on a conference call that no final list of closures had been drawn up. “We will talk to communities "
    "before anything is decided,” he said.",
)

MEASLES: tuple[str, ...] = (
    "Public health officials in Waterloo Region have confirmed 14 cases of measles linked to two elementary schools, "
    "and the region’s medical officer of health is urging parents to check their children’s vaccination records before "
    "school resumes on Monday.",
    "“Measles is not a rash and a few days off school. It can put a child in hospital,” Dr. Hsin-Yi Lau said at a "
    "briefing on Wednesday. “If your child has not had two doses, please call us today.” Lau said nine of the 14 cases "
    "are in children who were not vaccinated, and that two children have been admitted to hospital. She said the unit "
    "would run walk-in clinics at both schools on Saturday.",
    "Tara Beaulieu, whose six-year-old son is in Grade 1 at one of the schools, said she learned of the outbreak from "
    "a neighbour’s Facebook post. “Nobody from the school called me. Nobody,” Beaulieu said. Her son is vaccinated, "
    "but his baby sister is too young to be. “I’m keeping them both home until this is over.” Another parent, Kevin "
    "Oduya, said his twins were vaccinated at 12 months. “We did what we were told,” he said. “Now I’m told to worry "
    "anyway.”",
    "In an email to CBC News, the Waterloo Region District School Board said letters were sent to every family at both "
    "schools on Tuesday evening and that it is “following the direction of public health.” A spokesperson, Daniel "
    "Okafor, said the board could not say how many students had been kept home. Dr. Lau said absences are not tracked "
    "by her office either.",
    "Dr. Marcus Feld, an infectious disease specialist at McMaster University, said outbreaks like this one were "
    "predictable after vaccination rates fell during the pandemic. “We have been warning about this for three years,” "
    "Feld told The Canadian Press. “The virus doesn’t care about politics.” Ontario’s chief medical officer of health, "
    "Dr. Anne-Marie Pelletier, said in French on Thursday that the province has enough vaccine for everyone who needs "
    "it. CBC News has reached out to the Ministry of Health for the latest provincial figures.",
    "Beaulieu says she just wants a phone call next time. “A text. Anything,” she said.",
)

BYELECTION: tuple[str, ...] = (
    "Conservative candidate Rachel Vandermeer won the federal by-election in Kelowna–Okanagan on Monday night, taking "
    "the seat the Liberals had held since 2015 by just over 1,900 votes. “Tonight, the people of this valley sent "
    "Ottawa a message, and I intend to deliver it personally,” Vandermeer told about 300 supporters at a winery hall "
    "in West Kelowna. “They are tired of paying more for less.” Liberal candidate Sanjay Mehta, a former city "
    "councillor, conceded shortly after 11 p.m. “I called Rachel to congratulate her. She ran a strong campaign,” "
    "Mehta said at his campaign office, where volunteers were stacking chairs. He said the result was a message his "
    "party “needs to hear, and hear clearly.” Asked whether the prime minister bore any blame, Mehta said: “That’s a "
    "question for another night.” Vandermeer’s campaign manager, Curtis Belanger, said the campaign knocked on 41,000 "
    "doors. “We outworked them. That’s the whole story,” Belanger said. Outside a polling station at a curling rink, "
    "retiree Gail Hutchinson said she voted Liberal for 30 years and switched this time. “The rent my grandson pays is "
    "a crime,” she said.",
    "Pollster Isabelle Nguyen of Ridgeline Research said the swing of about 12 points was in line with national polls. "
    "“By-elections punish governments, and this one punished it right on schedule,” Nguyen said. She said turnout, at "
    "31 per cent, was low even for a by-election. Prime Minister Daniel Archambault said in a statement that the "
    "Liberals would “listen and learn” from the result. Conservative Leader Pierre-Luc Dionne, who campaigned in the "
    "riding three times, called it “a historic night.” In a post on X, Dionne said Vandermeer would “be a strong voice "
    "for the Okanagan.” NDP candidate Bev Ostrowski, who finished third, told The Canadian Press that she was proud of "
    "her volunteers. Vandermeer said she would take her seat when the House returns. “I’ll be on the first flight,” "
    "she said.",
)

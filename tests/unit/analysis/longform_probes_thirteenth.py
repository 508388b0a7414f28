"""A thirteenth batch of fictional Canadian long-form news and features for probing the quotes, each a tuple of
paragraphs, half delivered as one or two long blocks as a web scraper leaves them: a First Nation's pipeline
consultation (a chief, a band councillor, the company "in a statement", a minister's spokesperson by email, an elder
speaking through her grandson, a law professor), a small-town emergency-room closure (a nurse under her first name
only, the health authority, the mayor and his wife, a patient and her daughter), a snow-crab quota dispute (a father
and son who fish, the department "in a statement" and its spokesperson by email, an association president, a
deckhand, a plant owner), a school-board vote on cellphones (the chair, trustees by surname, a Grade 11 student, a
parent, reporters' questions), a junior-hockey billet family (a couple, their player, the team's co-ordinator, the
coach) and a tech start-up profile (two founders, an investor, the first employee, an analyst, an uncle). Shapes:
"told CBC News", "told The Canadian Press", "said in an email", "Y, X's wife, adds", a speaker brought back by title
only ("the chief says", "the mayor paused … he said"), questions put by a reporter and answered in quotation marks,
"the elder X", split quotes with "says X, who …," between them, and a quotation that ends a paragraph with its
speaker named only in the next one. Written for these tests; none is taken from any corpus. The gold is in
test_longform_probes_thirteenth.py."""

from __future__ import annotations

PIPELINE: tuple[str, ...] = (
    "Leaders of the Kiskatinaw River First Nation in northeastern British Columbia say the federal government has not "
    "met its duty to consult on a proposed natural gas pipeline that would cross 40 kilometres of the nation’s "
    "traditional territory. “They sent us a binder of 900 pages and gave us 30 days to respond. That’s not "
    "consultation. That’s a delivery,” Chief Roberta Nanjee told CBC News on Thursday. Nanjee says the nation has "
    "asked for a full environmental assessment of the route through the Tsasdi valley, where families have trapped and "
    "hunted for generations. Band councillor Lionel Gauthier, who holds the lands portfolio, says the nation is not "
    "opposed to development. “We have a forestry company. We run a gravel pit. We know how to do business,” says "
    "Gauthier, who spent 20 years working in the oil patch before he was elected. “What we won’t do is sign away a "
    "valley we haven’t even been allowed to study.” The company behind the project, Northern Crest Pipelines, said in "
    "a statement that it has held more than 60 meetings with Indigenous communities along the route and “remains "
    "committed to meaningful engagement.” It said construction would create about 1,200 jobs. In an email, a "
    "spokesperson for Crown-Indigenous Relations Minister Claire Beaudoin said the government “takes its duty to "
    "consult seriously” and that officials would meet the nation’s leadership next month.",
    "Elder Marguerite Apsassin, 87, remembers when the valley was the only road. Speaking in Dane-zaa, with her "
    "grandson, Tyler Apsassin, translating, she said the valley fed four families through the winter. “My mother set "
    "the snares there. Her mother set the snares there,” she said. “When they put a pipe in the ground, where do the "
    "moose go?” Tyler Apsassin, who is studying law at the University of Victoria, says his grandmother has testified "
    "at three hearings. “She tells the same story every time, and every time they write it down and nothing changes,” "
    "he says. Asked whether the nation would go to court, the chief did not hesitate. “If we have to, yes. We’ve done "
    "it before and we’ve won,” Nanjee said. Gauthier says the council will vote on a formal response on Oct. 14. "
    "“Everybody in the community gets a say. That’s how we do it here,” he adds. Dwight Newbury, a professor of "
    "Indigenous law at the University of Saskatchewan, says courts have repeatedly found that consultation must be "
    "more than an exchange of information. “The Crown can’t just listen and then do what it planned all along,” he "
    "said. “The Supreme Court has been very clear about that.” Northern Crest said it would review the nation’s "
    "concerns. The chief says that is what the company said last year.",
)

EMERGENCY: tuple[str, ...] = (
    "The emergency department at the hospital in Port Alder, N.S., closed overnight for the 41st time this year on "
    "Saturday, leaving residents of the town of 3,000 a 70-minute drive from the nearest open ER. A nurse who has "
    "worked at the hospital for 16 years, and who asked that only her first name, Heather, be used because she fears "
    "losing her job, says the closures are the result of a staffing crisis that began long before the pandemic. “We "
    "used to have nine full-time nurses on nights. We have four,” Heather says. “Some nights it’s me and a paramedic "
    "and a prayer.” She says nurses have been asked to work 16-hour shifts three times in a week. Nova Scotia Health "
    "said in a statement that closures in Port Alder are “a last resort” and that it is recruiting nurses from the "
    "Philippines and Kenya. The health authority said eight new nurses will start in January. Mayor Doug Kinsella "
    "called the closures “a slow-motion emergency.” “People here are older. They don’t have a second car. They don’t "
    "have 70 minutes,” Kinsella says. “I’ve stopped counting the calls I get.” Last month, Evelyn Strickland, 79, had "
    "chest pains on a night the ER was closed. Her daughter, Pam Strickland, drove her to Yarmouth. “I was doing 140 "
    "on the highway with my mother grey in the passenger seat,” Pam Strickland told The Canadian Press. “She’s fine "
    "now. But I think about the next person who doesn’t have a daughter with a lead foot.” Evelyn Strickland, who "
    "spent four days in hospital, says she does not blame the nurses. “They’re run off their feet. You can see it,” "
    "she says.",
    "Heather says she has thought about leaving for a clinic in Halifax that pays $12 an hour more. “I grew up here. "
    "My kids go to school here. But I can’t keep doing this,” she says. The mayor says council has offered a housing "
    "allowance to any nurse or doctor who moves to the town. Brenda Kinsella, the mayor’s wife, adds that she has "
    "been filling in at a walk-in clinic two days a week since she retired as a family physician. “Doug says I retired "
    "for about a week,” she says, laughing. “There’s no one else. So I go in.” Asked how long the town can go on like "
    "this, the mayor paused. “I don’t know. I honestly don’t know,” he said.",
)

CRAB: tuple[str, ...] = (
    "Snow crab fishers in northeastern New Brunswick tied up their boats in Shippagan harbour on Monday to protest a "
    "35 per cent cut to this year’s quota, the second cut in three years.",
    "“We can’t pay our crews on these numbers. Some of us can’t pay the boat,” said Rémi Chiasson, who has fished crab "
    "out of Shippagan for 27 years. His son, Maxime, 24, who bought his own licence in 2022, said he owes the bank "
    "$1.8 million. “I did everything right. I did the courses, I got the loan. And now they tell me the crab isn’t "
    "there,” he said.",
    "Fisheries and Oceans Canada said in a statement that the cut reflects a drop in the number of commercial-sized "
    "males found in last fall’s survey. “The science is clear that the stock needs time to rebuild,” the statement "
    "said. The department said it had consulted the industry before the decision.",
    "That is not how Josée Robichaud sees it. Robichaud, president of the Acadian Crab Fishermen’s Association, said "
    "the department’s survey missed two of the most productive grounds. “They went out late, they went out in bad "
    "weather and they went to the wrong places. Then they tell us the crab is gone,” she said. The association wants "
    "an independent review of the survey, she added.",
    "A DFO spokesperson, Marc-André Pelletier, said in an email that the survey follows the same method every year "
    "and has been peer-reviewed. He said the department would meet with the association next week.",
    "On the wharf, deckhand Tanya Losier said she had already started looking for work in Moncton. “I’ve got two "
    "kids. I can’t wait for Ottawa to figure out where the crab is,” Losier told Radio-Canada. Processing plant owner "
    "Guy Mallet says the cut will cost his plant eight weeks of work. Asked whether he would lay off workers, Mallet "
    "said: “I don’t have a choice. Nobody does.”",
    "The elder Chiasson said the fleet would stay tied up until the minister agreed to meet. “We’ll sit here all "
    "spring if we have to,” he said.",
)

PHONES: tuple[str, ...] = (
    "Students in the Cedar Valley District School Board will have to put their phones away for the whole school day "
    "starting in February after trustees voted 7-4 on Tuesday night to ban cellphones in classrooms, hallways and "
    "cafeterias. Board chair Anita Kowalczyk said the policy is about attention, not punishment. “Teachers told us "
    "they were losing the first 10 minutes of every class to phones. That’s an hour a day,” Kowalczyk said after the "
    "vote. Trustee Brian Oduya, who voted against the ban, said it would be impossible to enforce in high schools. "
    "“We’re asking teachers to be the phone police,” said Oduya. “They didn’t sign up for that.” Trustee Marie-Claude "
    "Sabourin said she had heard from dozens of parents worried about emergencies. “If there’s a lockdown, parents "
    "want to be able to reach their kids. I understand that,” Sabourin said, adding that the policy allows phones for "
    "medical needs. Grade 11 student Jordan Petrakis, who spoke as a delegate, told trustees that a ban would push "
    "phone use into washrooms. “You’re not going to stop it. You’re going to hide it,” Petrakis said. Outside the "
    "board office, parent Lisa Wen said she was relieved. “My daughter is 13 and she sleeps with that phone. If the "
    "school can give her six hours without it, I’ll take it,” said Wen, whose two children attend Riverside "
    "Secondary.",
    "Kowalczyk took questions from reporters after the meeting. Would students have their phones confiscated? “Not on "
    "the first offence. A teacher will ask them to put it away,” she said. What happens on the second? “Then it goes "
    "to the office until the end of the day.” Oduya said he would bring a motion to review the policy after one "
    "semester. The chair said she would support a review. Petrakis, for his part, said students would be watching. "
    "“We’ll be back in June with data,” he said.",
)

BILLETS: tuple[str, ...] = (
    "For 11 winters, the basement of Ron and Debbie Halvorsen’s bungalow in Swift Current, Sask., has belonged to a "
    "teenager from somewhere else. This season it is Mikael Lindqvist, a 17-year-old defenceman from Sweden who plays "
    "for the Swift Current Comets. “He eats like three of our own boys did put together,” Ron Halvorsen says, "
    "standing in the kitchen where a whiteboard lists the week’s practices. “We buy milk by the case now.” Debbie "
    "Halvorsen, Ron’s wife, adds that the hardest part is not the cooking. “It’s when they get traded. You wake up and "
    "the kid you’ve been driving to the rink for two years is on a bus to Kamloops,” she says. “Nobody prepares you "
    "for that.” Lindqvist, who had never been to North America before last August, says the Halvorsens are the "
    "reason he has not gone home. “In September I was very homesick. Debbie made cinnamon buns like my grandmother, "
    "and I cried at the table,” he says. “Don’t tell my teammates.” The team’s billet co-ordinator, Carla Deschamps, "
    "says the Comets need 26 homes each season and find it harder every year. “People are busier, houses are "
    "smaller, and the money doesn’t go as far,” says Deschamps, who was a billet mother herself for nine years. The "
    "team pays billet families $400 a month.",
    "Head coach Stan Petrowski says a good billet family is worth more to a young player than any skating coach. “I "
    "can tell within a week which kids are eating well and sleeping well. It shows up on the ice,” Petrowski told the "
    "Swift Current Post. He said the team checks in with every family monthly.",
    "The Halvorsens have no plans to stop. Ron says they have kept in touch with all 14 of their former players, and "
    "that three have come back for Christmas. Asked what keeps them going, he thought for a while. “You get to watch a "
    "boy turn into a man. Not many people get to do that twice, let alone fourteen times,” he said. His wife laughed. "
    "“Fifteen, if you count Ron,” she said.",
)

STARTUP: tuple[str, ...] = (
    "When Priya Raghunathan and Ethan Boudreau started writing software in a rented room above a Halifax pizzeria in "
    "2021, they had one customer: Boudreau’s uncle, who runs a fleet of 12 fishing boats. Their company, TideLog, now "
    "tracks catches for more than 600 vessels in Atlantic Canada and Iceland, and last week it closed a $14-million "
    "funding round. “We didn’t set out to build a company. We set out to fix my uncle’s paperwork,” Boudreau says. "
    "Raghunathan, the company’s chief executive, says fishers were spending up to two hours a day filling out "
    "logbooks by hand. “These are people who work 18-hour days. Two hours is a lot of sleep,” says Raghunathan, who "
    "grew up in Mississauga and had never been on a fishing boat before she met Boudreau at Dalhousie University. The "
    "round was led by Fundy Ventures, a Saint John firm. Partner Owen Lacasse says the firm was drawn by how quickly "
    "fishers adopted the app. “Usually the hardest sale in tech is convincing people to change a habit. These two did "
    "it with people who hate apps,” Lacasse says. TideLog’s first employee, developer Sunita Marchand, remembers the "
    "early days differently. “We had one laptop that worked and a space heater that didn’t,” she says, laughing.",
    "Not everyone is convinced the company can keep growing. Halifax technology analyst Kevin Doucette says the "
    "market for fisheries software is small and that TideLog will have to expand into other industries to justify its "
    "valuation. “It’s a great product in a narrow pond,” he said in an interview. “The question is what they do when "
    "they’ve signed every boat.”",
    "“We’re not a fishing app. We’re a logbook for anything that moves on water.”",
    "That is how Raghunathan answers the question. She says the company is already testing its software with two "
    "ferry operators in Newfoundland.",
    "Boudreau says his uncle still uses the app every day. “He calls me when it crashes. He’s our best tester,” "
    "Boudreau said. The uncle, Gilles Boudreau, said by phone from Meteghan that he has no complaints. “Just don’t "
    "tell Ethan that,” he said.",
)

"""A ninth batch of fictional long-form feature articles for probing the quotes, each a tuple of paragraphs: a spring
flood evacuation, a university tuition protest, a graphite mine's review, a manslaughter trial told through testimony,
an immigrant family's sandwich shop over three generations and a provincial election riding profile. Shapes: people
of the same surname (a couple, a father and his deputy daughter, cousins on a band council, brothers at a trial, a
mother, son and daughter), quotations inside quotations (a speaker recalling what someone told them), "according to"
with documents and with people, a speaker named only in a photo-caption-like line, a town hall and doorsteps with
several short speakers, "a spokesperson for the Ministry of X said in an email", a regulator's written decision, a
judge's written ruling, "the witness said", "the Crown argued", "countered", "the younger Blackwood", "the elder
Nguyen", and cues "recalls", "admits", "explains", "adds", "argues", "jokes", "wrote in a Facebook post". Written for
these tests; none is taken from any corpus. The gold is in test_longform_probes_ninth.py."""

from __future__ import annotations

FLOOD: tuple[str, ...] = (
    "The water came up the Souris River faster than anyone in Lauder Creek had seen it come, and by Thursday night "
    "the town of 1,100 was empty except for the volunteers sandbagging the lift station. “We had maybe six hours, and "
    "the forecast said two days,” says fire chief Dale Prystupa, who has run the volunteer department for 14 years. "
    "“When the dike at the golf course let go, I made the call. You don’t argue with a river.” Prystupa says his crews "
    "knocked on 412 doors between 7 p.m. and midnight. Most people left on the first knock. Some did not. “One "
    "gentleman told me, ‘I was born in this house and I’ll die in it,’” he recalls. “I told him that was fine, but not "
    "tonight.”",
    "On Railway Avenue, Gerald and Marianne Dueck loaded two dogs, a box of photo albums and her mother’s sewing "
    "machine into the back of their pickup. “Gerald wanted to stay and pump the basement,” Marianne Dueck says. “I "
    "said, ‘Pump what? The basement is the river now.’” Her husband admits she was right. “Forty-one years married, "
    "and she’s been right maybe 40 of them,” Gerald Dueck jokes. The Duecks are staying with their daughter in "
    "Brandon. Marianne says she checks the town’s Facebook page every hour. “You see a photo of your street and you "
    "try to find your roof.”",
    "Ruth Ann Kowal, 67, registers at the reception centre in Brandon on Friday. (Kyle Sawatzky/Westman Voice)",
    "“I left my pills on the counter,” Kowal said. “The Red Cross had new ones for me in an hour.” She says she has "
    "not been told when she can go home. The Canadian Red Cross said it had registered 940 evacuees by Friday evening.",
    "Mayor Tanya Olafson wrote in a Facebook post on Friday morning that no one had been hurt and that the town’s "
    "water treatment plant was still dry. “Please stay away. Every truck on Main Street is a truck that isn’t hauling "
    "sand,” she wrote. A spokesperson for the Manitoba Ministry of Transportation and Infrastructure said in an email "
    "that Highway 21 would stay closed through the weekend. According to the province’s flood bulletin, the river is "
    "expected to crest on Sunday.",
    "The chief’s daughter, Amy Prystupa, is his deputy. “Dad doesn’t sleep,” says Amy Prystupa, 29. “I’ve sent him "
    "home twice.” Prystupa says he will sleep when the river crests. “Sunday,” the chief says. “Ask me Sunday.”",
)

TUITION: tuple[str, ...] = (
    "About 600 students marched across the Prairie Hill University campus in Regina on Wednesday to protest a 19 per "
    "cent tuition increase for next fall, the largest in the province in two decades. “We are not a revenue stream,” "
    "Priya Raghunathan, president of the students’ union, told the crowd outside the administration building. “We are "
    "the reason this place exists.” Raghunathan, a fourth-year nursing student, argues that the increase will push "
    "students from rural Saskatchewan out of university altogether. She says the union will ask the board of "
    "governors to delay the vote.",
    "The university’s provost, Dr. Martin Leclerc, said in an email that the increase was needed to cover a "
    "$14-million shortfall after two years of frozen provincial grants. “No one at this university wanted this "
    "outcome,” Leclerc wrote. “But we cannot run a university in 2025 on a 2019 budget.” He added that a third of the "
    "new revenue would go to bursaries. According to the university’s own budget documents, international students "
    "already pay about four times what domestic students pay.",
    "At a town hall in the student centre on Tuesday night, the questions came quickly. “Where is the money going?” "
    "asked Jonah Whitecalf, a first-year engineering student. “Why is the president’s salary not frozen?” asked "
    "another student, who did not give her name. “I work 25 hours a week at a grocery store,” said Sofia Menendez, a "
    "second-year education student. “I can’t work 35.” Mei-Lin Zhou, a graduate student in chemistry, said she was "
    "worried about teaching assistants. “If tuition goes up and our wages don’t, that is a pay cut,” she said.",
    "Saskatchewan’s Minister of Advanced Education, Colette Baptiste, said on Thursday that tuition is set by "
    "university boards, not by the government. “The province has increased its operating grant every year I’ve been "
    "in this job,” Baptiste told reporters at the legislature. Asked whether she would step in, she said: “That is "
    "not my role.” A spokesperson for the Ministry of Advanced Education said in an email that the grant rose 1.5 per "
    "cent this year. Raghunathan says that is less than inflation. “One and a half per cent is a freeze with a press "
    "release,” she jokes.",
    "The Prairie Hill University Faculty Association said in a statement that it supports the students. The "
    "association said faculty had not been consulted. According to Leclerc, the board will vote on March 12. "
    "Whitecalf, for his part, says he will be there. “I’ll bring my pay stubs,” he says.",
)

MINE: tuple[str, ...] = (
    "For three weeks this fall, a review panel sat in the community hall at Wapikwan Lake to hear whether Northfield "
    "Graphite should be allowed to dig an open-pit mine 11 kilometres upstream of the reserve. Northfield’s chief "
    "operating officer, Bruce Tennant, told the panel on the first day that the mine would create 240 jobs for 18 "
    "years. “This is the cleanest graphite project in North America, and the batteries it feeds are how this country "
    "meets its climate targets,” Tennant said. “We’ve changed the plan four times because people here asked us to.”",
    "Councillor Agnes Moose-Keeshig, who sits on the Wapikwan Lake First Nation’s band council, was not persuaded. “My "
    "grandfather used to say, ‘The lake is our fridge,’” she told the panel. “If the fridge is poisoned, jobs don’t "
    "feed anybody.” She explains that the band has asked for an independent study of the tailings pond, paid for by "
    "the company but run by the band. Another councillor, Raymond Moose-Keeshig, her cousin, supports the mine. “Our "
    "young people are leaving for Thunder Bay and not coming back,” he says. “I want them to have a reason to stay.”",
    "Hannah Okafor, a lawyer with the environmental law charity EcoJustice North who represents the band, argues that "
    "the company’s water model is out of date. According to Northfield’s own environmental impact statement, the "
    "tailings dam would hold 40 million tonnes of waste rock. “A dam that size has to last forever, and nothing we "
    "build lasts forever,” Okafor says. The company says the dam is designed for a one-in-10,000-year flood. Tennant "
    "adds that the company will post a $90-million bond.",
    "In a 212-page decision released on Monday, the Ontario Mining Review Board approved the project with 37 "
    "conditions. “The panel is satisfied that the risks to the lake can be managed, but only if the conditions are "
    "met in full and on time,” the board wrote. The decision says the company must fund a monitoring program run by "
    "the First Nation. Board chair Elise Fortier wrote that the panel had given “considerable weight” to the band’s "
    "evidence.",
    "Agnes Moose-Keeshig said on Tuesday the band would appeal. Her cousin says he will wait to read the conditions. "
    "Northfield said in a statement that it welcomed the decision. Okafor, reached by phone, said the conditions were "
    "“a good start and a long way from enough.”",
)

TRIAL: tuple[str, ...] = (
    "The Crown’s key witness in the manslaughter trial of Corey Blackwood took the stand in a Halifax courtroom on "
    "Monday and described the night in January 2023 when a fight outside a Gottingen Street bar ended with a man dead "
    "on the sidewalk. Jared Morash, 27, told the court he saw Blackwood push the victim, Luc Arsenault, into the side "
    "of a parked truck. “He didn’t punch him, he shoved him with both hands,” Morash testified. “Luc’s head hit the "
    "mirror. I heard it.”",
    "Under cross-examination, defence lawyer Nadia Ferreira asked Morash how much he had had to drink. “Five or six "
    "beers,” the witness said. Ferreira suggested that he could not have seen the shove from where he stood, across "
    "the street and behind a bus shelter. “I know what I saw,” Morash replied.",
    "Crown attorney Peter MacIsaac argued in his opening statement that Blackwood had been warned twice by bouncers to "
    "leave. “This was not an accident,” MacIsaac told the jury. “It was a choice, made twice, and a man is dead "
    "because of it.” Ferreira countered that her client had been defending his brother, Shane Blackwood, who had been "
    "punched first. “Corey stepped in because his brother was on the ground,” she said. “Any of you would have done "
    "the same.”",
    "Shane Blackwood testified on Wednesday. He told the court he had been punched by Arsenault’s friend and did not "
    "see what happened next. “When I got up, Luc was on the ground and Corey was kneeling beside him, calling 911,” "
    "the younger Blackwood said. Asked by MacIsaac why he had not given a statement to police that night, he said he "
    "had been “too scared to think.”",
    "Justice Miriam Oduya, who is presiding, ruled last month that the jury may see security video from the bar. In "
    "her written ruling, Justice Oduya wrote that the video was “grainy but not useless.” Outside the courthouse, "
    "Arsenault’s mother, Francine Arsenault, said she has come every day. “I want to look at him,” she said. “I want "
    "him to see my face.” The trial continues Thursday.",
)

FAMILY: tuple[str, ...] = (
    "When Thi Lan Nguyen opened Saigon Corner on Sargent Avenue in 1991, she spoke almost no English and sold banh mi "
    "for $2.50. “I learned English from the customers,” she recalls. “They taught me ‘extra hot’ before they taught me "
    "‘hello.’” Thirty-four years later, the shop is run by her son, Minh Nguyen, and her daughter, Kim Nguyen, and the "
    "sandwich costs $9.",
    "Minh, 44, does the books and the bread. Kim, 39, does everything else, she says. “He would tell you he does half "
    "the work. He does a third,” she says, laughing. Her brother does not argue. “She’s the face,” Minh Nguyen says. "
    "“I’m the oven.”",
    "The elder Nguyen still comes in at 5 a.m. most days. Her son admits he has asked her to stop. “I told her, ‘Mom, "
    "you’re 71, sleep,’” he says. “She said, ‘I slept in a refugee camp for two years. I’ve slept enough.’” His mother "
    "explains it more simply. “If I stay home, I watch TV. Here, I talk to people.”",
    "The pandemic nearly closed the shop. According to Kim, sales fell by 70 per cent in April 2020. A regular, Doug "
    "Petrenko, started a GoFundMe that raised $38,000 in a week. “They fed me for 25 years,” Petrenko, a retired bus "
    "mechanic, explains. “It was the least I could do.” The family wrote in a Facebook post at the time that they "
    "would never forget it.",
    "Now the third generation is circling. Kim’s daughter, Anna, 16, works Saturdays. “I’m not taking over,” Anna "
    "says. “I want to be a doctor.” Her grandmother just smiles. “Kim said that too,” the elder Nguyen says.",
)

RIDING: tuple[str, ...] = (
    "In the provincial riding of Fraser Bend, three candidates are chasing about 41,000 voters, and the race is closer "
    "than anyone expected. The New Democrat incumbent, Harjit Sandhu, has held the seat since 2017. “People here don’t "
    "vote for a party, they vote for who picks up the phone,” Sandhu says. “I pick up the phone.” His main challenger, "
    "Conservative candidate Brenda Kowalchuk, a former school trustee, says affordability is the only issue she hears "
    "about. “Every door, it’s groceries and rent,” Kowalchuk says. “Nobody asks me about the carbon tax anymore, "
    "because it’s gone.”",
    "The Green candidate, Owen Strathdee, a 31-year-old arborist, admits he is a long shot. “I’m running so that "
    "someone in this riding talks about the river,” he says. On a Saturday morning on Birchwood Crescent, Kowalchuk "
    "knocked on 60 doors in two hours. Some voters were friendly. “You’ve got my vote if you fix the Number 7 bus,” "
    "said Gurpreet Gill, who was washing her car. Others were not. “I’ve voted NDP for 30 years and I’m not stopping "
    "now,” said a man in a Canucks jersey, before closing the door. A third, Ed Lindgren, 76, said he had not "
    "decided. “Ask me the night before,” he said.",
    "A poll released this week by Cascadia Research put Sandhu at 39 per cent and Kowalchuk at 37, within the margin "
    "of error. “Fraser Bend is one of maybe a dozen ridings that decide who governs,” says Cascadia’s chief executive, "
    "Lorraine Tse. “If the NDP loses it, they are probably in opposition.” Tse adds that about one voter in five is "
    "still undecided. According to the poll, Strathdee has 11 per cent.",
    "Sandhu shrugs at the numbers. “Polls don’t knock on doors,” the incumbent says. On Sunday, he wrote in a Facebook "
    "post that his campaign had knocked on 20,000 doors. Kowalchuk’s campaign manager, Derek Fyfe, said the "
    "Conservatives had knocked on more. “We’re not going to tell them how many,” Fyfe joked.",
    "Elections BC said advance voting turnout in the riding was up 12 per cent from the last election. The agency "
    "said it had opened two more polling stations in Fraser Bend.",
)

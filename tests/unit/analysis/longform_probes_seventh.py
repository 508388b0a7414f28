"""A seventh batch of fictional long-form feature articles for probing the quotes, each a tuple of paragraphs: a
wildfire evacuation, an immigrant family's restaurant, a university lab, a civil court ruling, a minister's scrum and
an opinion-style feature in the writer's own voice. Shapes: a quotation that opens the article before anyone is named,
speakers described first and named later, relatives named by first name only, a mother "who asked not to be named",
people sharing a surname, quotations inside quotations, reporters' questions, "she wrote in an email", "according to
a statement from X", a judge's written ruling, organisations that speak and are then "the service" or "it", a
paper that "found" (no speaker), and the writer's own "I asked her". Written for these tests; none is taken from any
corpus. The gold is in test_longform_probes_seventh.py."""

from __future__ import annotations

WILDFIRE: tuple[str, ...] = (
    "“Grab the dog, grab the pills, leave the rest.” Those were the orders Dolores Quill gave herself on Tuesday "
    "afternoon, when a volunteer firefighter knocked on her door in Cedar Bend, a village of 900 on the Skeena River, "
    "and told her the fire had crossed the highway. The retired school secretary had about 20 minutes. “I didn’t "
    "even turn off the hose,” Quill says. “It’s probably still running, if the house is still there.” By evening, "
    "all of Cedar Bend and the rural properties along Kettle Creek Road were under an evacuation order, and about "
    "1,400 people were on their way to Terrace.",
    "The BC Wildfire Service says the Kettle Creek fire grew from 300 hectares to more than 4,000 in a single "
    "afternoon, pushed by gusts of 60 kilometres an hour. The service said on Wednesday that 85 firefighters, six "
    "helicopters and heavy equipment are assigned to it, and that crews from Alberta arrive on Thursday. “This fire "
    "is doing things we would normally see in August,” fire information officer Kyle Brandvold said at a briefing in "
    "Terrace. “It is burning through green timber.” Asked whether the village could be saved, he said crews had "
    "built a fuel break along its eastern edge. “I’m not going to make promises about any structure,” Brandvold "
    "said.",
    "Cedar Bend’s fire chief, a plumber who has led the 22-member volunteer department since 2015, stayed behind with "
    "most of his crew to run sprinklers on the roofs along Main Street. Reached by satellite phone on Wednesday "
    "morning, Ray Tomczak sounded exhausted. “We had embers landing on the school at three in the morning,” he said. "
    "“We put them out. The school is fine. I can’t say that for everything.” Tomczak says at least four homes on "
    "Kettle Creek Road are gone, among them his brother’s. His brother, Glen Tomczak, is at the evacuation centre in "
    "Terrace with his wife and two teenagers. “Ray called me at six and said, ‘Glen, I’m sorry, it’s gone,’” Glen "
    "Tomczak said. “What do you even say to that? I told him to go save somebody else’s.”",
    "At the Terrace arena, which the regional district has turned into a reception centre, the stories overlapped. "
    "“They gave us cots and a hot meal, and the Legion brought pie,” said Amrit Gill, who drove out with her parents "
    "and her grandmother. Her neighbour, Bernard Okafor, said he still does not know whether his workshop survived. "
    "“Thirty years of tools,” he said. “You can’t insure the stuff you made yourself.” Sandra Whitlock, who runs the "
    "village’s only grocery, says she left the doors unlocked for the firefighters. “Take whatever you need, I told "
    "them. Just leave me the building.” The Skeena Valley Regional District said about 600 evacuees had registered "
    "by Wednesday noon, and urged others to register online even if they were staying with family.",
    "According to a statement from the Ministry of Forests, the province has asked Ottawa for two CL-415 water "
    "bombers and 150 more firefighters. Forests Minister Harriet Lum told reporters in Victoria that the request was "
    "made on Tuesday night. “We will throw everything we have at this,” Lum said. Back at the arena, Quill has found "
    "a cot near the door and a volunteer who brought her dog a bowl of water. “People have been so kind it makes me "
    "cry,” the retired secretary said. “I’ll cry about the house later.”",
)

RESTAURANT: tuple[str, ...] = (
    "The first thing you notice at Pupusería La Ceiba, on a corner of Sargent Avenue in Winnipeg, is the sound of "
    "hands: four women at a steel counter, patting corn dough into rounds, all day, six days a week. The woman at the "
    "end of the counter is 71, has the quickest hands of the four and has never been interviewed in her life. She "
    "agreed to talk, but not to give her name. “Write that I am the mother,” she said in Spanish, her daughter "
    "translating. “Everybody here knows who I am.”",
    "Her daughter is Marisol Rivas, who opened the restaurant in 2011 with her husband, Héctor, three years after the "
    "family arrived from San Salvador as refugees. Marisol, 48, runs the front; Héctor runs the kitchen and, she says, "
    "runs everyone’s life. “He thinks he is the boss,” she says, laughing. “He is the boss of the grill. That’s it.” "
    "Héctor, who was an accountant in El Salvador, says the restaurant was never the plan. “In my country I wore a "
    "tie,” he said. “Here I wear an apron, and I am happier. Don’t tell my mother-in-law.” The couple’s son, Daniel, "
    "22, does the books and the Instagram account, which has 31,000 followers. He says half the customers now find "
    "them online. “My dad still thinks it’s the newspaper,” Daniel said. “I keep telling him, Papá, nobody reads the "
    "newspaper.”",
    "The recipes come from the woman at the end of the counter. Marisol says her mother learned to make pupusas at "
    "nine, selling them from a basket outside a bus terminal. “She has made maybe a million,” Marisol said. “She says "
    "a million and a half.” Her sister, Ana, who came to Winnipeg in 2016 and works the counter on weekends, said "
    "their mother refuses to use a tortilla press. “I bought her one for Christmas,” Ana said. “She used it as a "
    "doorstop.” A regular, Winston Beaulieu, who has eaten lunch at the same stool since 2013, says the loroco "
    "pupusa is the best thing on Sargent. “I don’t even look at the menu any more,” said Beaulieu, a retired Canada "
    "Post letter carrier. “They see me coming and start one.”",
    "The pandemic nearly closed them. Sales fell by two-thirds in 2020, Marisol said, and the family lived on a "
    "federal emergency loan and on the catering orders that a nearby church kept sending. The church’s pastor, the "
    "Rev. Lorna Pettigrew, wrote in an email that the congregation “simply could not imagine the neighbourhood "
    "without them.” Now a new worry has arrived: the building’s owner has put it up for sale. According to the "
    "listing agent, Farid Haddad, two buyers have expressed interest, one of them a developer. Haddad said he could "
    "not discuss their plans. Marisol says the family has asked a credit union about a mortgage to buy the building "
    "themselves. “We have done harder things than this,” she said. “We crossed three borders with two suitcases.”",
    "At the end of the counter, the mother keeps patting. Asked whether she ever thinks of retiring, she shook her "
    "head and said something to her daughter in Spanish. “She says, ‘When I’m dead, then I retire,’” Marisol "
    "translated. “She means it.”",
)

LAB: tuple[str, ...] = (
    "In a basement lab at the University of Guelph, 40,000 honeybees live in glass-walled hives, and a team of five "
    "people spends its days trying to work out why so many of their cousins die over the winter. The lab belongs to "
    "Priya Venkataraman, a professor of environmental biology who has studied bee viruses for 18 years. She says "
    "Ontario beekeepers lost 37 per cent of their colonies last winter, more than twice what most consider "
    "sustainable. “A beekeeper can live with losing 15 per cent,” Venkataraman said. “At 37, you are rebuilding your "
    "whole operation every spring, and the bees you buy to do it are not cheap.”",
    "Her graduate students each have a piece of the puzzle. Tomás Echeverría, a PhD candidate from Chile, is looking "
    "at how a virus spread by varroa mites moves from hive to hive. “The mites are like dirty needles,” he said. Leah "
    "Oyelaran, a master’s student, studies what the bees eat; she says pollen from farm fields often carries traces "
    "of fungicides. Jonah Whitford, in his second year, is building sensors that listen to the hum of a hive. “A "
    "sick colony sounds different,” Whitford said. “We think a computer can hear it before a beekeeper can see it.” "
    "Echeverría, Oyelaran and Whitford share an office the size of a closet, which Oyelaran says is “fine, as long "
    "as nobody brings a durian.”",
    "The fungicide work has drawn attention. Oyelaran’s first paper, published in March, found that bees exposed to "
    "two common fungicides cleared viral infections more slowly. Venkataraman is careful about what it shows. “This "
    "was a lab study, with caged bees,” she said. “I would not tell a farmer to stop spraying on the basis of it. I "
    "would tell a regulator to look harder.” CropLife Canada, which represents pesticide makers, said in a statement "
    "that the products in question are approved by Health Canada and that “real-world field studies have not shown "
    "harm to colonies.” Health Canada’s Pest Management Regulatory Agency said it reviews new studies as they are "
    "published. Oyelaran, for her part, said she expected the pushback. “Nobody likes a paper that says their "
    "product might be a problem,” she said. “That’s fine. That’s science.”",
    "Money is the other problem. The lab’s main grant, from the Natural Sciences and Engineering Research Council, "
    "runs out in 2027. Venkataraman wrote in an email after our visit that she has applied to renew it, and that "
    "without it “three of these five people don’t have a job.” A spokesperson for the council said it does not "
    "comment on applications under review. Ontario beekeepers, meanwhile, are watching. “We need that lab,” said "
    "Gerald Haines, who keeps 800 hives near Arthur and chairs the Ontario Beekeepers’ Association research "
    "committee. “Nobody else is asking the questions we need answered.” Haines says he has lent the lab 20 colonies "
    "for field trials this summer. Asked what happens if the answers are bad for farmers, he said beekeepers and "
    "farmers need each other. “My bees pollinate their canola. Their canola feeds my bees,” he said. “We’re going to "
    "have to figure this out together.”",
    "Whitford, the sensor builder, has a simpler hope. “I want a beekeeper to get a text that says, ‘Hive 12 is "
    "sick, go look,’” he said. “That’s it. That’s the whole dream.”",
)

COURT: tuple[str, ...] = (
    "For six years, the owners of the 84 units at Harbourview Terrace in Saint John have lived with buckets. Water "
    "came through the ceilings in the first spring, then through the walls, then through the light fixtures. On "
    "Monday, a judge of the Court of King’s Bench ruled that the builder, Fundy Shore Developments, must pay them "
    "$11.2 million. “The defendant built a building that leaked, knew that it leaked, and sold the units anyway,” "
    "Justice Miriam Colquhoun wrote in a 94-page decision. “That is the heart of this case.”",
    "The owners’ lawyer, Keith Abernathy-Shaw, called the ruling a vindication. “These people were told for years that "
    "they were imagining it, or that it was condensation, or that they were running their showers too long,” he said "
    "outside the courthouse. “A judge has now said, in writing, that they were right.” Fundy Shore’s lawyer, Denise "
    "Arsenault, said her client is reviewing the decision and has 30 days to decide whether to appeal. She noted "
    "that the judge rejected the owners’ claim for punitive damages. “The court found no bad faith,” Arsenault said. "
    "“That matters to my client.”",
    "In her ruling, Colquhoun was blunt about the company’s witnesses. She found that its site supervisor had been "
    "warned about the building envelope in 2016 and “chose to say nothing, because saying something would have cost "
    "money.” She also wrote that an engineering report the company relied on at trial was “of little assistance,” "
    "because its author had never been inside the building. Fundy Shore’s president, Carl Whitcombe, did not respond "
    "to a request for comment. In a statement posted to the company’s website, Fundy Shore said it “has always stood "
    "behind its buildings” and that it disagrees with several of the court’s findings.",
    "For the owners, the money will not arrive soon, and it will not cover everything. Repairs are estimated at $14 "
    "million, according to the condominium corporation’s board president, Yvette Comeau-LeBlanc, who has lived in the "
    "building since it opened. “We are still $3 million short, and we are still putting out buckets,” she said. Two "
    "of her neighbours, Hal and Bernice Dryden, a retired couple on the sixth floor, say they have spent more than "
    "$40,000 of their own money on mould removal. “We moved here to downsize,” Bernice Dryden said. “We didn’t plan "
    "on downsizing our savings.” Her husband says he will believe in the money when it lands in their account. "
    "Another owner, Kwame Asante, testified at the trial that his daughter’s asthma worsened in the unit. “She "
    "sleeps better at her grandmother’s,” he said on Monday. “That tells you everything.”",
    "Abernathy-Shaw said the case should be a warning to builders across the province. “If you know about a defect "
    "and you sell anyway, you will pay for it eventually,” he said. The New Brunswick Home Builders’ Association "
    "said in an email that the case involved “one builder and one building” and did not reflect the industry.",
)

SCRUM: tuple[str, ...] = (
    "Ontario Health Minister Sheila Baptiste-Morrow had barely stepped out of the legislative chamber on Thursday "
    "when the questions started. Would she apologise to the family of Gordon Pike, the 81-year-old man who died "
    "after waiting 19 hours on a stretcher at Brampton’s emergency department? “I have spoken to the family, and what "
    "I said to them will stay between us,” the minister said. Did she accept that hallway medicine is back? “I "
    "accept that we have too many patients waiting too long, yes,” Baptiste-Morrow said. “I don’t accept that "
    "nothing is being done.”",
    "A reporter asked whether the government would release the hospital’s internal review. “When it is finished, it "
    "will be public,” she said. Another asked why the review was taking four months. She said that reviews take the "
    "time they take, and that she would rather have it right than fast. Pressed on whether she had read the "
    "coroner’s preliminary notes, she paused. “I have been briefed,” she said. “I’m not going to get into what was "
    "in the briefing.” Her press secretary, Owen Madigan, then ended the scrum. “Last question, everyone,” he said.",
    "Opposition health critic Raj Dhaliwal, who spent 12 years as an emergency physician before entering politics, "
    "was waiting at the other end of the hallway. “She says she’s been briefed. I’ve been briefed too — by the "
    "nurses,” Dhaliwal told reporters. “They say the hallway at Brampton had 41 stretchers in it that night.” "
    "Dhaliwal said the New Democrats would table a motion calling for a public inquiry. The Liberal critic, Annette "
    "Fournier, said her party would support it. “This isn’t about scoring points,” Fournier said. “A man died in a "
    "hallway.”",
    "Brampton Regional Health Network, which runs the hospital, said in a statement that it had “extended its deepest "
    "condolences” to the Pike family and that it was cooperating with the review. The hospital network said its "
    "emergency department saw 340 patients on the day Pike arrived, about 90 more than it was designed for. Pike’s "
    "daughter, Cheryl Pike-Nolan, said she was not interested in condolences. “My father sat in that hallway with "
    "his coat on for 19 hours,” she said. “He kept telling the nurses, ‘Don’t worry about me, there are sicker "
    "people here.’ That was him. That was my dad.” She said she has asked for a meeting with the premier. The "
    "premier’s office said he would meet the family “at the earliest opportunity.”",
    "Back in the chamber, Baptiste-Morrow later told the legislature that 3,000 new nurses had been hired since 2024. "
    "Dhaliwal, from across the aisle, shouted that they had not been hired in Brampton. The Speaker called for order.",
)

LAWNS: tuple[str, ...] = (
    "I have a confession: I own a lawn, and until this summer I watered it. Every evening in July I stood at the end "
    "of the driveway in Kelowna with a hose, like my father did, while the Okanagan dried out around me. Then I "
    "started asking people who know about water what they thought of my lawn. They were polite. Mostly.",
    "“A lawn in the Okanagan is a decision to grow a crop you never harvest,” says Marguerite Ouellet, a hydrologist "
    "at the University of British Columbia’s Okanagan campus. She says residential outdoor watering accounts for "
    "roughly a quarter of the valley’s summer water use, and that much of it evaporates before it reaches a root. I "
    "asked her whether that made me a villain. “No, it makes you normal,” she said. “Normal is the problem.”",
    "The Okanagan Basin Water Board, which coordinates water policy for the valley’s three regional districts, has "
    "been saying this for years. Its program manager, Devinder Sahota, told me the board’s own figures suggest the "
    "valley could save 20 billion litres a year if half its lawns were replaced with drought-tolerant plants. “That "
    "is a reservoir we don’t have to build,” Sahota said. He was careful, though, not to tell anybody to rip up "
    "their grass. “We are not the lawn police,” he said. “We give people information and a rebate. What they do with "
    "it is up to them.” The rebate, I learned, is $3 a square metre, to a maximum of $1,500.",
    "Not everyone agrees lawns are the villain. Brent Kowalczyk, who has run a landscaping company in West Kelowna "
    "for 26 years, argues that a well-kept lawn cools a yard and holds soil on a slope, and that the real waste is in "
    "sprinklers set to run at noon. “I’ve seen people water the sidewalk for an hour,” he says. “Fix the timer before "
    "you blame the grass.” Then there is my neighbour, Gwen Harcourt, a retired nurse whose front yard is now thyme, "
    "stone and three kinds of sage. “My water bill went down by half,” she told me over the fence. “And the bees are "
    "having a party.” Her husband, Stuart Harcourt, is less sure. “I miss the grass,” he said. “You can’t lie down "
    "on thyme.”",
    "The City of Kelowna says it has no plans to ban lawns on new lots, as some American desert cities have done. In "
    "an email, a city spokesperson wrote that council “continues to prioritize education and incentives.” Ouellet "
    "thinks that will not be enough. “Rebates help the people who were going to do it anyway,” she said. As for me, "
    "I have stopped watering. The lawn is brown. My father, when he visited last week, looked at it for a long time. "
    "“Well,” he said finally. “It’s your lawn.”",
)

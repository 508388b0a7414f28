"""A fifteenth batch of fictional Canadian news stories of the ordinary web kind for probing the quotes, each a tuple
of paragraphs, three delivered as one to three long blocks as a web scraper leaves them: a northern nickel mine's
closing (a union steward and his son, the company "in a news release" and its spokesperson by email, a hardware store
owner, the MP by phone, the mayor), a murder trial's verdict (the Crown prosecutor, the defence lawyer outside court,
the victim's sister and mother, the judge's written decision, the RCMP), a city food bank's busiest autumn (its
director, a mother and her daughter, a grocer, an economist, a national charity by email), a newcomer family's first
Prairie winter (a father partly through an interpreter, a mother, their children, a settlement worker, a sponsor
group's organiser), a municipal budget night (the mayor, councillors by "Coun." and by surname, the treasurer, a
resident at the microphone) and a hailstorm on Prairie farms (a farmer and his daughter, a meteorologist, the crop
insurer and its vice-president, an agronomist). Shapes: split quotes with "says X, who …," between them, "told CTV
News", "said in an email", speakers re-introduced by title only ("the steward says", "the prosecutor said", "the
organiser says", "the councillor said"), children and relatives introduced by first name only, a statement that runs
on into the next paragraph, a quotation that ends a paragraph with its cue opening the next, and "according to" a
person and a document. Written for these tests; none is taken from any corpus. The gold is in
test_longform_probes_fifteenth.py."""

from __future__ import annotations

MINE: tuple[str, ...] = (
    "The only employer of any size in Kestrel Lake, Man., will close its nickel mine in June, putting about 340 people "
    "out of work in a town of 2,100. Northbay Nickel Corp. said in a news release Thursday that the ore body at the "
    "Kestrel mine “is no longer economic at current prices” and that it would offer severance or transfers to its "
    "operations in Sudbury. The company said the decision was final. Dale Kowalchuk, a steward with United "
    "Steelworkers Local 7106, heard the news at the start of his shift. “They called us into the dry and read us a "
    "letter. Twenty minutes, and then back to work like nothing happened,” says Kowalchuk, who has worked underground "
    "for 26 years. “Half those guys have mortgages here.” The steward says the union learned of the closure the same "
    "morning as everyone else, and that the collective agreement requires six months’ notice. “We’ll be filing a "
    "grievance on Monday,” he told CTV News. His son, Tyler, started at the mill last fall. “I just bought a truck,” "
    "Tyler says. “I guess I’ll be selling it.” On Main Street, Marguerite Thibodeau has run Thibodeau Hardware for 31 "
    "years. “When the mine sneezes, this town gets pneumonia,” she says. Thibodeau says sales dropped by a third "
    "during the last shutdown, in 2016, and she doubts the store would survive a permanent one. “Who’s going to buy "
    "paint for a house they’re trying to sell?” A spokesperson for Northbay Nickel, Andrea Vogt, said in an email that "
    "the company would hold a job fair in town next month. She said about 80 workers could be offered jobs in Sudbury. "
    "Mayor Ron Sawchuk said council would meet in a special session on Monday to ask the province for help. “This town "
    "has been written off before. We’re still here,” the mayor said. Reached by phone in Ottawa, MP Gordon Linklater "
    "said he had asked the federal government for an extension of employment insurance for the region. “This is a "
    "one-industry town. When that industry leaves, you can’t just tell people to retrain,” Linklater said. According "
    "to the company’s closure plan filed with the province, reclamation work will employ about 40 people for three "
    "years. The steward isn’t buying it. “Forty jobs for three years. That’s not a plan, that’s a wake,” Kowalchuk "
    "says.",
)

VERDICT: tuple[str, ...] = (
    "A jury in Kamloops has found Brent Aldous guilty of second-degree murder in the 2023 stabbing death of Corinne "
    "Wahl, a 34-year-old mother of two who was killed outside a bar on Victoria Street.",
    "The jury deliberated for two days before returning its verdict Friday afternoon. Crown prosecutor Hélène "
    "Desrochers said outside the courthouse that the verdict “reflects the evidence the jury heard.” “Corinne Wahl "
    "should be alive today. Nothing that happened in that courtroom changes that,” Desrochers said.",
    "Defence lawyer Marcus Whitford told reporters on the courthouse steps that his client was “devastated” and that "
    "an appeal was likely. “We will be reviewing the judge’s instructions to the jury very carefully,” Whitford said. "
    "“There were real problems with how the self-defence evidence was put to them.”",
    "The lawyer said Aldous had maintained from the start that he was defending himself when a friend of Wahl’s swung "
    "a bottle at him.",
    "Wahl’s sister, Jolene, wept as the verdict was read. Outside, she held up a photo of her sister with her two "
    "boys. “She was the one who always picked up the phone. Always. Now the boys ask me why their mom doesn’t call.”",
    "said Jolene Wahl, who travelled from Prince George for each day of the three-week trial. She said the family "
    "would be in court for the sentencing hearing in March.",
    "In a written decision on a pretrial application, released after the verdict, Justice Patricia Ng wrote that the "
    "case “turned almost entirely on the credibility of two witnesses who had both been drinking.” According to the "
    "decision, the jury was told it could consider self-defence only if Aldous had a reasonable belief that force was "
    "being used against him.",
    "Desrochers said the Crown would seek a period of parole ineligibility above the 10-year minimum. “The jury has "
    "spoken. Now it’s the court’s turn to speak for Corinne,” the prosecutor said.",
    "Wahl’s mother, Delia Wahl, said in a statement read outside court by a victim services worker that she was "
    "grateful to the jury. “We sat through every day of this trial so that Corinne would not be alone in that room. "
    "We heard things no parent should ever hear.",
    "“We will never understand why a night out ended with our daughter on the sidewalk. But today, at least, someone "
    "has been held responsible.”",
    "Kamloops RCMP said in a statement that the investigation had involved more than 60 witness interviews. Staff Sgt. "
    "Ian McCrae, who led the investigation, said officers were thinking of the Wahl family. “This file stayed with "
    "everyone who worked on it,” McCrae said.",
)

FOOD_BANK: tuple[str, ...] = (
    "The line outside the Harbourside Food Bank in Saint John starts forming before 8 a.m. now, two hours before the "
    "doors open. “Three years ago we’d see 60 families on a Tuesday. Last Tuesday it was 212,” says Kim Doucette, who "
    "has run the food bank since 2015. “We’re not a stopgap anymore. For a lot of people, we’re the grocery store.” "
    "According to Doucette, the food bank served 4,100 people in October, a third of them children. She says "
    "donations have not kept pace, and the shelves that held canned fish and peanut butter were bare by noon on "
    "Friday. Shawna Polchies, a home-care worker and single mother, came with her daughter, Ava, who is nine. Polchies "
    "works 30 hours a week and says rent takes two-thirds of her pay. “I never thought I’d be in this line. I have a "
    "job. I have two jobs, some months,” she says. Ava says she likes the days her mother brings home apples. “And the "
    "cereal with the marshmallows,” she adds, grinning.",
    "Raj Malhotra, whose family has run Malhotra’s Fresh Market on Rothesay Avenue since 1994, says his wholesale "
    "costs for staples rose 18 per cent in two years. “People think grocers are getting rich. My margin on a can of "
    "soup is a few cents,” says Malhotra, who gives his unsold bread to the food bank every evening. “I can’t fix this "
    "from behind the till.” Lise Bergeron, an economist at the Université de Moncton who studies food insecurity, says "
    "food banks are absorbing the cost of housing. “When rent goes up, food is the only budget line that bends,” she "
    "told CTV News. “Nobody gets evicted for skipping lunch.” Food Banks Canada said in an email that food bank use "
    "across the Maritimes rose 22 per cent this year. The economist says income assistance rates in the province have "
    "not kept up with inflation since 2019. Doucette, for her part, is planning a holiday drive. “We’ll take anything. "
    "Cans, cash, volunteers. Especially volunteers,” the director says.",
)

NEWCOMERS: tuple[str, ...] = (
    "The first snow fell on Brandon three weeks after Yonas and Senait Tesfaye arrived from a refugee camp in "
    "Ethiopia with their three children. Yonas Tesfaye had never seen it. “I went outside in my sandals,” he says, "
    "laughing. “My neighbour came out and shouted at me. I did not understand the words, but I understood.”",
    "Tesfaye, 38, spoke through an interpreter, a fellow member of the city’s small Eritrean community. He says the "
    "family’s first priority was finding work; he was an electrician in Asmara and hopes to be certified here. “In "
    "Canada, my hands are the same hands. Only the paper is different,” he said through the interpreter.",
    "His wife speaks some English, learned from radio broadcasts in the camp. “The children are happy. The school is "
    "warm and the teachers are kind,” Senait Tesfaye says. She worries more about the cold than her husband does. "
    "Their youngest, Lidya, is six and has already chosen the toboggan hill behind their townhouse as her favourite "
    "place in Canada. “It is faster than a car,” Lidya says. Her brother Dawit, 14, says he has joined the school’s "
    "soccer team, which practises indoors until April.",
    "Carla Dueck, a settlement worker at the Brandon Newcomer Centre, says the first winter is the hardest test for "
    "most families. “Everything is new at once: the language, the money, the buses, the cold. Winter takes away the "
    "one thing people had, which is being outside,” Dueck says. The centre ran out of donated winter boots in "
    "children’s sizes in November, she said.",
    "The family’s sponsors, a group of 14 households from St. Matthew’s Anglican Church, met them at the airport with "
    "parkas. Hugh Penner, a retired teacher who organised the group, said raising the $35,000 the government requires "
    "took almost two years of bake sales and dinners. “People gave who had never given to anything before,” he said. "
    "“One man brought a cheque for $5,000 and wouldn’t give his name.”",
    "The organiser says the group’s financial commitment ends after 12 months, but that most of the households expect "
    "to stay involved. According to figures from Immigration, Refugees and Citizenship Canada, Manitoba received about "
    "1,900 privately sponsored refugees last year.",
    "Asked what he would tell the people who sponsored them, Yonas Tesfaye answered in English. “Thank you. Many "
    "times, thank you,” he said, and then added something in Tigrinya that the interpreter translated: “Next winter, "
    "I will shovel their driveways.”",
)

BUDGET: tuple[str, ...] = (
    "Peterborough city council passed its 2026 budget just before midnight Tuesday, approving a 5.9 per cent property "
    "tax increase after more than seven hours of debate. Mayor Sandra Kirkwood said the increase was the lowest "
    "council could responsibly pass. “Nobody up here wanted to vote for this number. But the bills for the roads and "
    "the buses don’t go away because we wish they would,” Kirkwood said after the vote. The city’s treasurer, Paul "
    "Demers, told council that more than half of the increase comes from policing and from social housing costs the "
    "province has handed down. “We are paying for services we don’t control,” Demers said, adding that reserves are at "
    "their lowest level in a decade. Coun. Omar Siddiqui tried three times to cut the increase below five per cent. "
    "“Every point on that tax bill is a family on a fixed income deciding between groceries and heat,” says Siddiqui, "
    "who represents the city’s north end. “We could have found the savings. We chose not to look.” All three of his "
    "motions failed. Coun. Bev Lalonde, who chairs the finance committee, called the motions “budgeting by slogan.” "
    "Lalonde said cutting the transit expansion would cost the city $4 million in federal money. Coun. Gary Fitch, who "
    "voted against the budget, said he would have supported a smaller increase. “I came here to hold the line, and "
    "this isn’t the line,” Fitch said. Earlier in the evening, a dozen residents lined up at the microphone. Ruth Ann "
    "Collier, 77, who has lived in the same house on Aylmer Street since 1971, said her tax bill has doubled in 15 "
    "years. “I’m not asking for a cut. I’m asking you to stop,” she told councillors, to applause from the gallery. "
    "Kirkwood said the city would hold a public review of its police budget in the spring. Siddiqui said that is not "
    "enough. “A review is a report. A report is not a cut,” the councillor said.",
)

HAIL: tuple[str, ...] = (
    "The storm lasted 11 minutes. When it was over, Wes Dyck’s canola looked as if it had been run over with a disc. "
    "“I walked out there after and just stood in the middle of it. There’s nothing to swath,” says Dyck, who farms "
    "4,200 acres west of Rosetown with his wife and their daughter, Kayla. “Forty years, I’ve seen hail. I’ve never "
    "seen it take everything.” Environment and Climate Change Canada meteorologist Natalie Forsythe says the storm "
    "dropped hail the size of golf balls along a path about 80 kilometres long on Saturday evening. “These supercells "
    "are not unusual for July. What was unusual was how slowly this one moved,” she told CTV News. Forsythe said the "
    "agency had issued a severe thunderstorm warning about 40 minutes before the hail hit.",
    "Kayla, 24, came home from Saskatoon two years ago to take over the farm’s books. She says the family had insured "
    "the canola at 70 per cent coverage, which will keep the operation afloat but won’t cover the land rent. “Dad "
    "won’t say it, but this one hurts. We had the best-looking crop in the district on Friday,” she says. Her father "
    "nods. “She’s right. I won’t say it,” he says.",
    "Saskatchewan Crop Insurance said in a news release that it had received more than 600 hail claims since Saturday "
    "and would send adjusters within 10 days. Trevor Hnidy, a vice-president with the corporation, said farmers should "
    "not work damaged fields until an adjuster has seen them. “Leave the evidence where it is. If you reseed or till "
    "before we get there, it makes the claim much harder,” the vice-president said. Mei Lin Zhao, an agronomist who "
    "consults for farms around Rosetown, says some fields hit early in the season could regrow, but not canola in "
    "full flower. According to Zhao, farmers with damaged wheat may still get a partial crop if the heads were not yet "
    "filled. “It’s a field-by-field call. I’d tell people to wait a week before they decide anything,” says Zhao, who "
    "grew up on a farm near Kindersley. “The plant will tell you.” Dyck says he is not sure he will wait that long. "
    "“I’ve been through hail before,” he says. “The second week is always worse than the first, because that’s when "
    "you start doing the math.”",
)

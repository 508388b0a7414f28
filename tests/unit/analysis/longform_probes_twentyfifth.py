"""A twenty-fifth batch of fictional CANADIAN national web news for probing the quotes, in the manner of a public
broadcaster's national site, each a tuple of paragraphs, three delivered as one long block as a web scraper leaves
them: a wrongful conviction set aside on appeal (the freed man, his lawyer and sister, the judge, the justice minister
at a news conference, the prosecution service's statement, an advocate, the victim's son, the police), rural
emergency-room closures (a wife and her husband, the health authority's statement, a nurse who is not named, the only
doctor, the health minister, the critic, the mayor, a nurse practitioner, the medical association), a federal
byelection night (the winner, the losing candidate, two leaders' statements, the third-place candidate, a pollster, a
voter, a volunteer who is not named, the elections agency), a First Nation's boil-water advisory lifted (the chief,
the plant operator, an elder, the department's statement, the minister at a news conference, a mother, a principal, a
councillor, the national assembly's statement), a ferry route cancelled for the season (the company, a café owner,
the committee chair, a student, a deckhand who is not named, the union, the minister at a news conference, a woman on
dialysis and her daughter, the company's spokesperson) and a wildfire inquiry's report (the commissioner at a news
conference, a couple who lost their house, the premier and a minister, the wildfire service, the fire chief, a
firefighter who is not named, the mayor). Shapes: uncommon surnames of several origins followed by "he said" and "she
says" across sentences and paragraphs, "told CBC News", "In a statement, X said", "according to" a person, a body or a
report, questions put at a news conference and answered, quotes that end with a question mark, and unnamed sources.
Written for these tests; none is taken from any corpus, and every person in them is made up. The gold is in
test_longform_probes_twentyfifth.py."""

from __future__ import annotations

APPEAL: tuple[str, ...] = (
    "Ambrose Keewatin walked out of the Manitoba Court of Appeal in Winnipeg on Thursday a free man for the first "
    "time in 19 years, after three judges set aside his conviction for the 2005 killing of a taxi driver and entered "
    "an acquittal.",
    "“I kept telling them I wasn’t there. Nobody listened for a very long time,” Keewatin told CBC News outside the "
    "courthouse, his sister holding his arm. “Today somebody listened.”",
    "Keewatin, now 46, was convicted in 2007 of second-degree murder in the death of Gurdial Bains, who was stabbed "
    "in his cab on Selkirk Avenue. The case against him rested largely on the evidence of a jailhouse informant, who "
    "later recanted, and on hair samples that were examined again in 2019.",
    "In its ruling, the court said the trial had been “fatally undermined” by the informant’s evidence and by the "
    "Crown’s failure to disclose that he had been promised a shorter sentence. Writing for the panel, Justice "
    "Marguerite Ostapchuk said the verdict “cannot stand” and that a new trial would serve no purpose.",
    "Keewatin’s lawyer, Ioana Stratulat, said she first read the file in 2016. She says she knew within a week that "
    "something was wrong. “The informant’s story changed four times. Four times. And every version ended up in front "
    "of the jury as if it were the first,” Stratulat said. She said the hair analysis used at trial has since been "
    "discredited across the country.",
    "According to Stratulat, Keewatin turned down two offers to plead guilty to manslaughter, either of which would "
    "have let him out years earlier. “He said he would rather die in Stony Mountain than say he did something he "
    "didn’t do,” she said.",
    "His sister, Verna Keewatin-Tait, drove to every hearing from Norway House, an eight-hour trip each way. “Our "
    "mother died in 2014 still waiting for this day,” she said, crying. “Who gives us those years back?”",
    "Manitoba Justice Minister Teodor Wasylyshyn took questions from reporters at the legislature later in the day. "
    "Asked whether the province would compensate Keewatin, he said it was “too early” to talk about money. “I am not "
    "going to negotiate through the media. Mr. Keewatin deserves a proper process and he will get one,” Wasylyshyn "
    "said.",
    "“Will the province apologize?” one reporter asked. “There should be an apology, and I expect there will be,” the "
    "minister replied. Would he order a review of other cases built on the same informant? “Yes. I have already asked "
    "my department to do that,” he said.",
    "In a statement, the Manitoba Prosecution Service said it “accepts the court’s decision” and would not seek leave "
    "to appeal to the Supreme Court of Canada. The statement said the service had reviewed its disclosure practices "
    "since 2007.",
    "Nnamdi Okereke-Vance, the executive director of the Prairie Wrongful Conviction Project, says the case is one of "
    "at least nine in Manitoba in which a conviction relied on a jailhouse informant. “We keep learning the same "
    "lesson and then forgetting it,” he says. “How many more Ambroses are sitting in a cell right now?”",
    "Gurdial Bains’s son, Manpreet Bains, who was 11 when his father was killed, said in an interview that the ruling "
    "left his family with more questions than answers. “For 19 years we were told the man who did it was in prison. "
    "Now we are told he wasn’t,” he said. “So who killed my father?”",
    "Winnipeg police said in a statement that the file remains open. Keewatin said he planned to spend the night at "
    "his sister’s house. “I just want to sleep in a bed with no one counting me,” he said.",
)

ER: tuple[str, ...] = (
    "The emergency department at the hospital in Rosetown, Sask., was closed for 41 of the last 90 days, and on "
    "Monday the Saskatchewan Health Authority confirmed it will stay closed on weekends until at least the end of "
    "March. The health authority said in a statement that it “continues to face significant physician and nursing "
    "vacancies” in the region and that patients should call 811 or go to Kindersley or Saskatoon. For people in "
    "Rosetown, that is a drive of at least an hour. Odalys Pankratz found out what that means in November, when her "
    "husband, Ruben, had chest pains at two in the morning on a Saturday. “I called the hospital and a recording told "
    "me the emergency was closed. A recording,” Pankratz told CBC News. “We drove to Saskatoon in a snowstorm with "
    "him grey in the passenger seat.” She says a doctor there told her the delay nearly cost him his life. Her "
    "husband, she says, had a triple bypass two days later. Ruben Pankratz, 67, says he does not blame the nurses. "
    "“They’re run off their feet. It’s the people who let it get this way,” he says. A nurse at the Rosetown "
    "hospital, who asked not to be named because she fears reprisal from her employer, said the staff learn about "
    "closures the same way the public does. “We find out on Facebook. Then people come to the door anyway, and we "
    "have to tell them to get back in the car,” she said. She said two nurses have quit since October. Dr. Kwabena "
    "Asante-Lindqvist, the only physician who still works regular emergency shifts in Rosetown, says he covered 19 "
    "days in a row last summer. “I can’t do that again. Nobody can,” he said. “Is a town of 2,500 people supposed to "
    "just accept a hospital with the lights off?” Asante-Lindqvist says the province needs to pay rural doctors to "
    "share call across several towns instead of leaving one doctor to carry each hospital. Health Minister Everett "
    "Dziedzic said on Monday that the province has hired 190 health-care workers for rural hospitals since last "
    "spring. “We are not going to pretend this is fixed. It is not fixed,” Dziedzic told reporters at the legislature "
    "in Regina. Asked when Rosetown’s emergency department would reopen full-time, he said he would not give a date "
    "he could not keep. The Opposition health critic, Tamsin Gazdag-Ahenakew, said the government has known about the "
    "shortage for five years. “Every weekend this emergency room is closed is a weekend somebody’s luck could run "
    "out,” she said. The town’s mayor, Alphonse Betancourt, says council has offered free rent and a house to any "
    "doctor willing to move there. “We’ve had two phone calls. One of them was a wrong number,” he said. The closures "
    "have also hit the town’s care home, where staff now call an ambulance from Kindersley for falls that used to "
    "mean a short walk down the hall. Rosetown is not alone. Across Saskatchewan, 11 rural emergency departments had "
    "at least one temporary closure last year, according to figures the health authority gave the legislature. In "
    "Kindersley, where many Rosetown patients now go, wait times in the emergency room have nearly doubled, says "
    "Ingrid Vaszary-Olumide, a nurse practitioner there. “We are absorbing two towns with the staff for one. "
    "Something is going to break,” she said. According to Betancourt, the town has spent $60,000 on recruitment ads "
    "in two years. The Saskatchewan Medical Association said in a statement that it has asked the province for a "
    "rural locum program since 2021. Back at her kitchen table, Odalys Pankratz has a question of her own. “What "
    "happens to the next person who calls that number on a Saturday night?” she asks.",
)

BYELECTION: tuple[str, ...] = (
    "Conservative candidate Dimitra Hadjiyannakis won the federal byelection in Bramalea–Credit Valley on Monday "
    "night, taking a Toronto-area seat the Liberals had held for 21 years and handing the governing party its third "
    "byelection loss since the spring.",
    "With all 214 polls reporting, Hadjiyannakis had 47.2 per cent of the vote to 36.8 per cent for Liberal Callum "
    "Oyelowo-Fraser, according to Elections Canada. Turnout was 31 per cent, Elections Canada said.",
    "“People here were told for years that their votes were in the bag. Tonight they told everybody that nobody owns "
    "this riding,” Hadjiyannakis told cheering supporters at a banquet hall on Queen Street just before midnight. "
    "“This is your win, not mine.”",
    "Hadjiyannakis, 44, a pharmacist and the daughter of Greek immigrants, ran on the cost of groceries and rent. She "
    "said she knocked on more than 9,000 doors. “Not one person asked me about Ottawa. Every single one asked me "
    "about their bills,” she said.",
    "Conservative Leader Warrick Thibodeau-Nakamura called the result “a message the prime minister cannot ignore.” "
    "In a statement, he said the win showed that “no seat in this country is safe for a government that has stopped "
    "listening.”",
    "At the Liberal gathering a few kilometres away, the mood was quiet. Oyelowo-Fraser conceded shortly after 11 "
    "p.m. “We ran a campaign we can be proud of. The voters made a choice and I respect it,” he said. He told "
    "reporters he had not decided whether to run again in the general election.",
    "Outside the Liberal event, Rukhsana Qureshi-Blum, who has volunteered for the party in the riding since 2006, "
    "said she was not surprised. “You could feel it in September. People were polite at the door, and polite is bad "
    "news,” she said. She said she would still be knocking on doors next fall.",
    "The riding, which takes in parts of Brampton and Mississauga, has large South Asian and Portuguese communities "
    "and had been considered safe for the Liberals since 2004. Two of the five candidates on the ballot were "
    "newcomers to politics.",
    "Asked whether the prime minister’s unpopularity had hurt him at the door, Oyelowo-Fraser paused. “Did it help? "
    "No,” he said. “Would I have won with a different leader? I don’t know, and neither do you.”",
    "In a statement, the Prime Minister’s Office said the government “respects the decision of voters” and would "
    "“keep working to make life more affordable.”",
    "NDP candidate Sunniva Brekke-Mahabir finished third with 9.4 per cent. She told CBC News that her party had been "
    "squeezed by voters who wanted to punish the government. “People wanted to send a message, and they picked the "
    "loudest envelope,” Brekke-Mahabir said.",
    "The result is a warning sign for the Liberals in the suburbs around Toronto, according to Ferdinand Achterberg, "
    "a pollster with Northstar Research. He says the party’s vote fell most in the polls with the most young "
    "families. “These are the voters who put them in power in 2015. If they are gone, the map looks very different,” "
    "Achterberg said. “Can they win them back? Maybe. But not by next fall.”",
    "Hoang Thi Lanh, who has lived in the riding since 1998 and voted Liberal in every federal election until Monday, "
    "said she changed her mind over her rent. “It went up $400 in one year. I wrote to my MP. Nobody wrote back,” she "
    "said.",
    "A Liberal volunteer, who asked not to be named because he was not authorized to speak for the campaign, said "
    "canvassers heard complaints about the prime minister at “one door in three.” He said some longtime supporters "
    "simply stayed home.",
    "Hadjiyannakis is expected to be sworn in when the House of Commons returns next month. Asked what she would do "
    "first, she laughed. “Find my office,” she said.",
)

BOIL_WATER: tuple[str, ...] = (
    "For the first time in 11 years, people in Makwa Lake First Nation can drink the water from their taps. "
    "Indigenous Services Canada lifted the long-term drinking water advisory on the community of about 900 people in "
    "northwestern Ontario on Wednesday, after a new treatment plant passed six weeks of testing. “I filled a glass "
    "from the kitchen tap this morning and drank it standing at the sink. I cried,” Chief Rosalie Kejick-Beardy told "
    "CBC News. “My grandchildren have never once done that here.” Kejick-Beardy says the community hauled bottled "
    "water from Sioux Lookout by winter road and by plane for more than a decade. She says families spent as much as "
    "$300 a month on it. The old plant, built in 1996, drew water from a shallow bay that turned green every August. "
    "According to Kejick-Beardy, the band asked Ottawa for a new plant in 2013, 2016 and again in 2018 before the "
    "money came through. “We were told every time that we were on a list. Nobody ever told us where on the list,” she "
    "said. The plant’s senior operator, Jordan Sakakeep, is 29 and spent two years training in Thunder Bay to earn "
    "his certification. He says he tests the water four times a day. “People still watch me when I drink from the "
    "fountain at the band office. Like they’re waiting for me to fall over,” he says, grinning. He said it will take "
    "time for people to trust the water again. “You can’t undo eleven years with one letter from Ottawa,” Sakakeep "
    "said. At the school, principal Winona Ostrander-Meekis says teachers no longer have to tape over the drinking "
    "fountains each fall. “The kids kept asking why the fountains had plastic bags on them. Try explaining that to a "
    "six-year-old,” she said. Ostrander-Meekis says the school spent about $8,000 a year on bottled water. The "
    "community sits about 400 kilometres north of Thunder Bay and can be reached by road only in winter, when the ice "
    "is thick enough. Elder Ignatius Keesick, 81, remembers drinking straight from the lake as a boy. “The water was "
    "clean then. We didn’t have a plant, we had a lake,” he said in Oji-Cree, as his granddaughter translated. “What "
    "happened to it? People upstream happened to it.” In a statement, Indigenous Services Canada said 146 long-term "
    "advisories have been lifted on reserves since November 2015 and that 31 remain in effect in 27 communities. The "
    "department said it had spent $14.2 million on the Makwa Lake plant. At a news conference in Ottawa, Indigenous "
    "Services Minister Ravinder Mukherjee-Walsh called the day “a long time coming.” A reporter asked why the plant "
    "took more than a decade. “That is a fair question, and the honest answer is that the system was too slow,” "
    "Mukherjee-Walsh said. “We have changed how we fund these projects.” Pressed on whether the government would meet "
    "its promise to end every advisory, the minister said he would not set a new deadline. “I’d rather do the work "
    "than make another promise,” he said. Not everyone is celebrating yet. Delphine Beardy-Moose, a mother of four, "
    "says she will keep buying bottled water for her baby until the summer. “I believe the numbers. I just need to "
    "see one summer where the water doesn’t turn,” she said. Band councillor Elias Anishinabie-Crane says the next "
    "fight is money to run the plant. He says the federal operating funding covers only about 70 per cent of what the "
    "plant costs. “Ottawa is happy to cut a ribbon. Who pays the operator in five years?” he asked. The Assembly of "
    "First Nations said in a statement that the end of the advisory was “proof that clean water on reserves is "
    "possible when governments keep their word.”",
)

FERRY: tuple[str, ...] = (
    "BC Ferries has cancelled the winter sailings on its route between Thetis Island and Kuper Landing for the rest "
    "of the season, leaving about 400 year-round residents with a water taxi twice a day and a lot of questions. The "
    "company said in a statement on Friday that it could not find enough certified crew to keep the MV Quadra Belle "
    "running through March. “Safety and reliability must come first, and we cannot run a vessel without a full crew,” "
    "the statement said. The last sailing on the route left on Sunday afternoon. The route has run every winter since "
    "1971, except for two weeks in 2009 when the old ferry was in dry dock at Esquimalt. Marguerite Fonoti-Hall, who "
    "runs the island’s only café, stood on the dock to watch it go. “My whole winter was built around that boat. My "
    "bread comes on it, my staff come on it, my customers come on it,” Fonoti-Hall told CBC News. “What am I supposed "
    "to do, swim to the bakery?” She says she will probably close the café until April. The chair of the island’s "
    "ferry advisory committee, Hamish Okonjo-Baird, says residents learned about the cancellation four days before it "
    "took effect. “Four days. You get more notice when they close a lane on the highway,” he said. He said the "
    "committee had warned the company in September that the crew shortage was getting worse. According to "
    "Okonjo-Baird, 38 students cross each day to attend school in Chemainus. One of them is Tobiah Szalai, 16, who "
    "now catches a 6:15 a.m. water taxi. “It’s dark, it’s cold and it bounces a lot,” he said. “But I’m not missing "
    "my grad year over a boat.” Residents with medical appointments are the most worried. Ione Haakenson, 78, needs "
    "dialysis three times a week in Nanaimo. She says the water taxi has no ramp for her wheelchair. “Last week two "
    "men lifted me in by the arms. I don’t want to be carried like a sack of potatoes every Monday, Wednesday and "
    "Friday,” Haakenson said. Her daughter, Kirsten Haakenson, says the family is looking at renting an apartment in "
    "Nanaimo for the winter. “That’s another $1,600 a month so my mother can get the treatment that keeps her alive,” "
    "she said. A deckhand on the route, who asked not to be named because he was told not to speak to reporters, said "
    "crews have been working double shifts since the summer. “Everybody’s tired. People are leaving for the tugboat "
    "companies, where the pay is better and you sleep in your own bed,” he said. The president of the BC Ferry and "
    "Marine Workers’ Union, Graciela Montoya-Funk, said in a statement that the shortage was “entirely predictable.” "
    "She said the union had asked for a retention bonus two years ago. At a news conference in Victoria on Monday, "
    "Transportation Minister Sandeep Kaloti-Reyes was asked whether the province would step in. “We are not going to "
    "leave these families stranded. We will have a solution before Christmas,” Kaloti-Reyes said. “What kind of "
    "solution?” a reporter asked. “I’m not going to announce it standing here, but I can tell you it floats,” the "
    "minister said, drawing laughter. BC Ferries spokesperson Yolanda Przybylski said the company has hired 240 new "
    "employees this year but needs many more. “We are training people as fast as we can. It takes time to make a "
    "mate,” she said. Przybylski said the company hopes to restore the route by April 1. On the island, few people "
    "are counting on that. “Have they ever kept a date?” asked Fonoti-Hall. “I’ll believe it when I see the boat.”",
)

WILDFIRE: tuple[str, ...] = (
    "An independent inquiry into the wildfire that destroyed 212 homes in Falkland Ridge, B.C., in August 2024 has "
    "found that evacuation alerts went out as much as 90 minutes late, and that the province’s wildfire service had "
    "no plan for a fire that jumped the highway.",
    "The 340-page report, released Tuesday in Kamloops, makes 47 recommendations, including a single provincial alert "
    "system and year-round crews. “The people of Falkland Ridge did everything that was asked of them. The system did "
    "not do the same for them,” commissioner Ottoline Farquharson-Diallo told a news conference.",
    "Farquharson-Diallo, a retired judge of the B.C. Supreme Court, said her team heard from 611 witnesses over 14 "
    "months. She said the most painful testimony came from families who received an evacuation order after the fire "
    "had already reached their street. “A text message that arrives after the flames is not a warning. It is a "
    "record,” she said.",
    "Asked whether anyone should lose their job over the failures, she said that was not her mandate. “I was asked "
    "why this happened, not who to fire,” Farquharson-Diallo said. Was she satisfied the province would act? “I will "
    "be satisfied when the recommendations are done, not when they are accepted,” she said.",
    "According to the report, the first evacuation order for the Westbench subdivision went out at 4:52 p.m., by "
    "which time at least 30 homes there were burning. The report also found that the province’s alert system relied "
    "on a contractor in Ontario to send messages after 5 p.m. on weekends.",
    "Leopold Wiśniewski-Tan lost the house he built with his father in 1988. He and his wife, Ngozi, escaped with two "
    "dogs and a bag of medication. “The order came to my phone when we were already on the highway and I could see "
    "our roof burning in the mirror,” he told CBC News. He says he read the report twice on Tuesday morning. It made "
    "him angry, he says, and then it made him tired. “They found everything we told them. Now what?” he asked.",
    "His wife says she still cannot drive on Highway 97 past the burn. “I take the long way. Forty minutes extra. I "
    "don’t care,” Ngozi Wiśniewski-Tan said.",
    "In a statement, Premier Harmeet Vasquez-Olding said the government accepts all 47 recommendations “in principle” "
    "and will release a plan to carry them out by spring. Forests Minister Bronwyn Achebe-Lund told reporters the "
    "province had already hired 300 more year-round firefighters. “We heard the commissioner. We are not waiting for "
    "spring to start,” Achebe-Lund said.",
    "The B.C. Wildfire Service said in a statement that it “has already made significant changes” to how it shares "
    "fire maps with local governments. It did not respond to questions about the late alerts.",
    "Falkland Ridge fire chief Casimir Oduya-Brandt, whose volunteer crew of 22 fought the fire for three days, said "
    "the report matched what his firefighters saw. “We had no maps, we had no radio channel with the provincial "
    "crews, and we had a fire coming over the hill,” he said. He said he would like the province to pay volunteer "
    "firefighters for training time. “How many of my people do you think will sign up for the next one for free?” he "
    "asked.",
    "A provincial firefighter who worked the Falkland Ridge fire, and who asked not to be named because she is not "
    "allowed to speak publicly, said crews were told to hold the highway line for six hours with no backup. “We were "
    "twelve people and a water tender,” she said. She said she cried reading the report.",
    "Mayor Theodora Kuptana said in an interview that 60 families still have not been able to rebuild. “This report "
    "is important. But a report doesn’t frame a house,” she said.",
)

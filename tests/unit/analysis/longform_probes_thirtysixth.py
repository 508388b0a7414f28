"""A thirty-sixth batch of fictional US DOMESTIC NEWSWIRE ON CRIME, COURTS, DISASTERS AND PUBLIC SAFETY for probing
the quotes, written as agency copy (a dateline with "(AP) —", short paragraphs): a tornado in a small Arkansas town
(a sheriff "at a news conference", a governor who declares an emergency, the weather service and its meteorologist, a
resident who "told The Associated Press", a neighbour, an electric cooperative and its spokesman, "officials"), a
nightclub shooting and the arrest ("police said", a police chief, "according to court documents", "a law enforcement
official who spoke on condition of anonymity", a victim's mother, witnesses, a defence lawyer who "wrote", the mayor),
a manslaughter verdict (prosecutors, an assistant state attorney, the defence lawyer, a judge's ruling, a victim's
daughter, a state agency), a wildfire evacuation ("according to" the state fire agency, its spokesperson, a sheriff's
office and its spokesman, an evacuee, a utility, the governor's statement, a meteorologist), a train derailment (the
railroad, a federal safety board member, a fire chief, a state agency and its spokeswoman, residents, a senator's
post) and a school-board fight over library books (the board president, a dissenting member, parents, the
superintendent, a teachers' union and its president, a civil liberties group's letter, an unnamed spokesman, the
police). Written for these tests; none is taken from any corpus, and every person, town, company and event in them is
made up. The gold is in test_longform_probes_thirtysixth.py."""

from __future__ import annotations

TORNADO: tuple[str, ...] = (
    "BELLWOOD, Ark. (AP) — A tornado tore through this town of 4,000 late Tuesday, flattening dozens of homes, "
    "killing at least three people and leaving thousands without power, authorities said.",
    "Kerrigan County Sheriff Wade Tolliver said at a news conference Wednesday morning that the dead included a "
    "couple in their 80s whose mobile home was thrown across a highway. “We’re still going house to house,” "
    "Tolliver said. “I can’t promise you that number won’t go up.”",
    "Gov. Lorna Pettigrew declared a state of emergency for Kerrigan and two neighboring counties and said she had "
    "asked the National Guard to help with search and cleanup.",
    "“This community has been through floods and ice storms, and it will get through this,” Pettigrew said after "
    "touring the damage by helicopter.",
    "The National Weather Service said the tornado was rated at least EF-3, with winds of up to 150 mph, and stayed "
    "on the ground for about 19 miles.",
    "Meteorologist Jenna Abernathy of the weather service’s office in Little Rock said a warning went out 14 minutes "
    "before the storm reached Bellwood. “That’s a good lead time for a tornado, but at night people are asleep,” "
    "she said.",
    "Rhonda Pike, 52, rode out the storm in a bathtub with her two grandchildren and a mattress over their heads. "
    "When she climbed out, the roof was gone.",
    "“It sounded like a train coming through the living room. Then it was quiet, and I could see the stars,” Pike "
    "told The Associated Press as she sorted through soaked photo albums on her front lawn.",
    "Her neighbor, Dale Emmons, said he had pulled a man out of a collapsed garage across the street. He said the "
    "man was bleeding but talking.",
    "Delta Ridge Electric Cooperative said about 11,000 customers were without power Wednesday and that crews from "
    "three states were on their way. A spokesman for the utility, Curtis Vann, said some homes in the hardest-hit "
    "areas could be without electricity for a week.",
    "Officials said the Red Cross had opened a shelter at Bellwood High School, where about 200 people spent the "
    "night.",
)

SHOOTING: tuple[str, ...] = (
    "DAYTON, Ohio (AP) — A 24-year-old man was arrested Sunday in the fatal shooting of two people outside a "
    "downtown nightclub, police said.",
    "Marquise Hollins was taken into custody without incident at an apartment in nearby Riverside and was being held "
    "in the Montgomery County jail on two counts of murder, Police Chief Annette Galloway said at a news conference.",
    "“We believe this was a dispute that started inside the club and ended in the parking lot. There is no ongoing "
    "threat to the public,” Galloway said.",
    "Galloway declined to say what the dispute was about or whether Hollins knew the victims, citing the ongoing "
    "investigation.",
    "The victims were identified as Terrence Boyd, 27, and Alicia Moreno, 25, both of Dayton. Three other people "
    "were wounded, one critically, police said in a statement.",
    "According to court documents, a security camera recorded a man in a red hooded sweatshirt firing at least "
    "eight shots into a crowd as the club closed at 2:30 a.m.",
    "A law enforcement official who spoke on condition of anonymity because he was not authorized to discuss the "
    "case said investigators had recovered a handgun from the apartment where Hollins was arrested.",
    "Boyd’s mother, Gloria Boyd, said her son had gone to the club to celebrate a friend’s birthday. “He wasn’t in "
    "anybody’s business. He was just there to dance,” she told reporters outside the family’s home. “Now I have to "
    "bury my baby.”",
    "Witnesses said the shooting lasted only a few seconds. Keisha Whitfield, who was waiting for a ride across the "
    "street, said people ran in every direction. “I just got down behind a car and prayed,” she said.",
    "Hollins’ attorney, Brent Oyelaran, said in an email that his client maintains his innocence and would plead not "
    "guilty. “Mr. Hollins is eager for his day in court,” Oyelaran wrote.",
    "Mayor Jeffrey Saltonstall called the shooting “a senseless act of violence” and said the city would add police "
    "patrols downtown on weekend nights.",
    "Hollins is scheduled to appear in Dayton Municipal Court on Tuesday.",
)

VERDICT: tuple[str, ...] = (
    "FORT PIERCE, Fla. (AP) — A jury on Thursday convicted a former nursing home administrator of manslaughter in "
    "the deaths of four residents who died when the air conditioning failed during a heat wave in 2023.",
    "Gerald Vickery, 61, showed no emotion as the verdict was read. He faces up to 15 years in prison on each count "
    "when he is sentenced in March.",
    "Prosecutors said during the two-week trial that Vickery ignored repeated warnings from staff that the "
    "building’s cooling system was failing and that temperatures inside had climbed past 95 degrees.",
    "“He chose to save money instead of saving lives,” Assistant State Attorney Melinda Crowe told jurors in her "
    "closing argument. “Four people paid for that choice.”",
    "Vickery’s lawyer, Samuel Okonkwo, argued that the failure was sudden and that his client had called a repair "
    "company the day before the deaths. He said after the verdict that he would appeal.",
    "“We respect the jury’s work, but we think they got this wrong,” Okonkwo said outside the courthouse. “Gerry "
    "Vickery is not a killer. He is a man who was let down by a machine.”",
    "Circuit Judge Harold Brandt denied a defense request to let Vickery remain free on bond until sentencing, "
    "ruling that the severity of the charges made him a flight risk.",
    "Relatives of the victims hugged in the hallway after the verdict. Patricia Denholm, whose 88-year-old father, "
    "Walter Denholm, was among those who died, said the family had waited more than two years for someone to be "
    "held responsible.",
    "“My dad served in Korea. He deserved better than to die in a hot room with the windows painted shut,” she said.",
    "The state Agency for Health Care Administration revoked the home’s license in 2023. The agency said in a "
    "statement Thursday that it had since tightened its rules on backup cooling for nursing homes.",
    "The home’s owner, Sunhaven Care Partners, settled lawsuits with the families last year. A message left with "
    "the company was not returned.",
)

WILDFIRE: tuple[str, ...] = (
    "REDDING, Calif. (AP) — A fast-moving wildfire in Northern California’s Shasta County forced the evacuation of "
    "about 6,000 people Saturday as hot, dry winds pushed the flames toward the edge of a mountain town, fire "
    "officials said.",
    "The Pine Hollow Fire had burned more than 14 square miles by Saturday evening and was 5% contained, according "
    "to the California Department of Forestry and Fire Protection.",
    "Cal Fire spokesperson Tanya Whitcombe said at least 40 structures had been destroyed, most of them homes, and "
    "that crews were struggling to get ahead of the fire in steep, rugged terrain.",
    "“The wind is making the decisions right now, not us,” Whitcombe said. “If you are told to leave, leave. Do not "
    "wait to see the flames.”",
    "The Shasta County Sheriff’s Office said deputies had gone door to door in the community of Lakehead overnight. "
    "Sheriff’s spokesman Lt. Ray Castellano said two people who had refused to leave were later rescued by a "
    "helicopter crew.",
    "Doris Fenwick, 74, said she had about 10 minutes to pack. She took her cat, her medications and a box of "
    "letters from her late husband.",
    "“You don’t think about the TV or the furniture. You think about what you can’t get back,” she said at an "
    "evacuation center at a church in Redding.",
    "Pacific Gas & Electric said it had shut off power to about 18,000 customers in the area as a precaution. The "
    "utility said it was too early to say whether its equipment played any role in starting the fire, whose cause "
    "is under investigation.",
    "Gov. Marcus Ybarra declared a state of emergency for Shasta County on Saturday afternoon, freeing up state money "
    "for firefighting and recovery. “Californians in Shasta County should know that the state is with them,” Ybarra "
    "said in a statement.",
    "The National Weather Service issued a red flag warning through Monday. Meteorologist Colby Rusk said gusts of "
    "up to 45 mph were expected Sunday afternoon, with humidity in the single digits. “It’s about the worst "
    "combination you can have,” Rusk said.",
)

DERAILMENT: tuple[str, ...] = (
    "MILLBROOK, Ind. (AP) — Federal investigators arrived Monday at the site of a freight train derailment that "
    "spilled diesel fuel into a creek and forced the evacuation of about 300 homes in this northern Indiana town.",
    "Twenty-two cars of a Great Lakes Central Railway train left the tracks shortly after 9 p.m. Sunday, and at "
    "least four of them were carrying hazardous materials, the company said.",
    "National Transportation Safety Board member Karen Liu-Hargrove said at a briefing that investigators would "
    "examine the track, the train’s brakes and a wheel bearing detector about 20 miles east of the crash site.",
    "“It is far too early to talk about a cause. We are here to gather the perishable evidence first,” Liu-Hargrove "
    "said. She said a preliminary report would be released within 30 days.",
    "Fire Chief Dennis Marchetti said none of the hazardous cars appeared to be leaking, but crews had found diesel "
    "from one of the locomotives in Sugar Creek, which feeds a reservoir downstream.",
    "“Out of an abundance of caution, we are asking people within a mile of the tracks to stay away until we say "
    "otherwise,” Marchetti said.",
    "The Indiana Department of Environmental Management said it was testing water from the creek and had placed "
    "booms to contain the fuel. A spokeswoman for the agency, Erin Solberg, said early results showed no threat to "
    "drinking water.",
    "Residents described a screech and a series of booms that shook houses blocks away. “I thought it was an "
    "earthquake. The dishes came right out of the cupboard,” said Lyle Bergstrom, who lives about two blocks from "
    "the tracks.",
    "Bergstrom said he and his wife spent the night at her sister’s house and had not been told when they could go "
    "home.",
    "In a statement, Great Lakes Central said it was “deeply sorry for the disruption” and would pay for residents’ "
    "hotel rooms and meals. The railroad said it was cooperating fully with federal investigators.",
    "U.S. Sen. Diane Halvorsen, an Indiana Democrat, said in a post on X that she had spoken with the NTSB and would "
    "press for answers. “Hoosier families deserve to know why this keeps happening,” she wrote.",
)

SCHOOL_BOARD: tuple[str, ...] = (
    "ELK BUTTE, Colo. (AP) — A suburban Denver school board voted 4-3 late Tuesday to remove more than two dozen "
    "books from its high school libraries, capping a meeting that stretched past midnight and drew hundreds of "
    "parents, students and teachers.",
    "Board President Sharon Kimbrough said the books, which include several award-winning novels, contain sexual "
    "content that is not appropriate for students. “This is not a ban. Parents can still buy these books for their "
    "kids. We are simply saying the district should not hand them out,” Kimbrough said.",
    "Board member Luis Aranda, who voted against the measure, said the board had skipped its own review process. “We "
    "have a policy for this. We wrote it two years ago, and tonight we threw it out the window,” he said.",
    "More than 150 people signed up to speak during public comment, and the board limited each speaker to one minute.",
    "“My daughter found herself in one of those books,” said Renee Castillo, a mother of two, holding up a copy of a "
    "novel about a teenage girl coming out to her family. Several people in the crowd booed; others applauded.",
    "Another parent, Trent Holloway, told the board that he had read passages from the books aloud at a previous "
    "meeting and had been cut off. “If I can’t read it to adults in this room, why is it in front of my "
    "14-year-old?” he said.",
    "Superintendent Dr. Alan Mercado said the district would pull the books from shelves by the end of the week. He "
    "said students who had already checked them out could finish them.",
    "The Elk Butte Education Association, which represents the district’s teachers, said the vote would have a "
    "chilling effect on classrooms. Its president, Marcy Dunleavy, said teachers were already asking whether books "
    "in their own classroom libraries were safe.",
    "The American Civil Liberties Union of Colorado said in a letter to the board last month that removing books "
    "because of their viewpoint could violate students’ First Amendment rights. An ACLU spokesman said Wednesday "
    "that the group was reviewing the vote and had not decided whether to sue.",
    "Kimbrough said after the meeting that she had received threats over the issue and had reported them to the Elk "
    "Butte Police Department. A police spokeswoman confirmed that the department was investigating.",
)

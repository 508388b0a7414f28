"""A twenty-first batch of fictional CANADIAN local and national news stories for probing the quotes, each a tuple of
paragraphs, three delivered as one to three long blocks as a web scraper leaves them: a city council's bike-lane fight
(councillors, the mayor, a shop owner, a retired engineer, a business association and its director, a professor), a
rural emergency room's closings (the health authority and its spokesperson, a patient's wife, a physician, the nurses'
union, the health minister, an opposition MLA, the mayor), a First Nation's boil-water advisory (the chief, a band
councillor, the plant operator, the federal department and minister, a mother, an engineer), a renoviction (a tenant,
his lawyer, the landlord company, the housing minister, a tenants' organizer, a landlords' spokesperson, an economist),
a wildfire evacuation (the mayor's video, an RCMP corporal, the wildfire service and its information officer, a
retired nurse, the premier, a Crown corporation and its spokesperson, a gas station owner), a treaty fishery dispute (a
band chief, a fisherman, the federal department, the minister, an RCMP sergeant, a law professor, the chief's nephew
by his given name), a provincial budget (the finance minister, her critic, a union president, the chamber of commerce,
a mayor, an economist, the premier) and a school board's vote to close a village school (a mother, the chair, a
trustee, the director of education's letter, the MPP, a minister's spokesperson, a child, parents). Shapes:
present-tense "says X" and "X says", descriptions ("the retired engineer", "the 44-year-old"), pronoun chains, split
quotes, quotations that go on after their cue, "told CBC News", titles such as "Coun.", "Cpl.", "Sgt." and "MPP".
Written for these tests; none is taken from any corpus, and every person in them is made up. The gold is in
test_longform_probes_twentyfirst.py."""

from __future__ import annotations

COUNCIL: tuple[str, ...] = (
    "It was nearly midnight when Riverton city council finally voted 7-6 to keep the Dundas Street bike lanes, ending "
    "a debate that had stretched across three meetings and left several councillors barely speaking to one another. "
    "“This was never about paint on the road. It was about whether we keep our word to the people who were promised a "
    "safe way to get to work,” said Coun. Priya Malhotra, who first brought the lanes forward in 2021. Coun. Doug "
    "Henneberry, whose ward includes most of the shops along Dundas, saw it differently. He says business owners were "
    "never properly consulted and that deliveries have become a daily headache. “I have merchants who tell me they "
    "lost a third of their walk-in trade. Nobody at this table has to make their payroll,” he said during the debate. "
    "Mayor Lorraine Cutler, who cast the deciding vote, told reporters afterward she had gone back and forth for "
    "weeks. “I listened to everyone. In the end the collision numbers were hard to argue with,” Cutler said. A city "
    "staff report presented in September found that collisions involving cyclists on the corridor fell by 41 per cent "
    "in the two years after the lanes went in. Henneberry disputed the figures, arguing that fewer cyclists were "
    "using the street in winter. Outside council chambers, Marguerite Boisvert, who has run a fabric store on Dundas "
    "for 26 years, said she was exhausted. “They keep telling us it will get better. I have heard that for three "
    "years,” the shop owner said. Across the hall, a group of cyclists in reflective vests cheered the result. Tomasz "
    "Wilk, a retired engineer who bikes to his volunteer job at the library, says the vote matters beyond one street. "
    "“If we tear these out, no councillor will ever risk building another one,” the 68-year-old said. The fight is "
    "not over. Coun. Henneberry said he would bring a motion in the new year to move the lanes one block north, to "
    "Mercer Street. Malhotra called that idea “a non-starter” and said Mercer is too narrow for two-way traffic. The "
    "Riverton Downtown Business Association, which represents about 300 merchants, said in a statement Wednesday that "
    "it was “disappointed but not surprised” and would ask the city for parking relief. Its executive director, "
    "Sandra Okafor, told CBC News the group would also push for loading zones on side streets. “We’re not against "
    "bikes. We’re against being ignored,” she said. Dr. Helen Achebe, a professor of urban planning at Lakehead "
    "University, says Riverton’s debate mirrors fights in cities across Ontario. Most studies show the worries about "
    "lost business rarely hold up once the lanes have been in for a few years, she said, but the first two years are "
    "painful for merchants. “Councils tend to underestimate how much the construction itself hurts,” Achebe said. The "
    "lanes cost $2.3 million to build, about half of it paid by a federal active-transportation grant that would have "
    "to be repaid in part if the lanes were removed within five years, according to the staff report. The debate also "
    "exposed old rifts on council. Several members accused one another of leaking confidential legal advice, and at "
    "one point the clerk had to call a recess. Council will review the corridor again in 2026.",
)

EMERGENCY: tuple[str, ...] = (
    "The emergency department at Westfield Regional Hospital in Marlow closed overnight on Saturday for the fourth "
    "time this month, leaving people in the area to drive more than an hour to the nearest open ER.",
    "Westfield is the only hospital for a stretch of coastline with about 25,000 residents, many of them older. The "
    "department sees roughly 60 patients on a typical night, according to figures from the health authority.",
    "Nova Scotia Health said in a news release that the closure was caused by “unexpected staffing gaps” and that "
    "paramedics had been told to take patients to Bridgeport instead.",
    "For Janice MacIsaac, that meant a 70-kilometre drive at 2 a.m. with her husband doubled over in the passenger "
    "seat. “I kept thinking, what if it’s his heart? What if we don’t make it?” she said. It turned out to be a "
    "kidney stone.",
    "“People are scared, and they have every right to be,” says Dr. Farid Nazari, who has worked in the Westfield "
    "emergency department for 11 years. The physician says the department has been running with half its nursing "
    "positions filled since spring.",
    "Nazari said he has watched colleagues leave for agency work in the United States, where the pay is better and "
    "the shifts are shorter. “We train them, we mentor them, and then we lose them. It breaks your heart a little "
    "every time.”",
    "Janet Hurley, president of the Nova Scotia Nurses’ Union, told CBC News the closures were “entirely "
    "predictable.” She said nurses at Westfield have been working mandatory overtime for months and that some have "
    "been asked to stay on after 16-hour shifts.",
    "“You can only ask people to do that for so long before they break,” Hurley said.",
    "Health Minister Carla Drummond said in the legislature on Tuesday that the province has hired 140 new nurses "
    "since January and is offering signing bonuses of up to $10,000 for rural postings. She acknowledged the closures "
    "were “not acceptable” but said the situation in Marlow would improve by the spring.",
    "Opposition health critic Derek Fougere was not convinced. “The minister has been promising spring for three "
    "springs now,” the Liberal MLA said.",
    "The province’s auditor general warned in a report last year that rural emergency departments were closing more "
    "often than urban ones, and that the health authority had no reliable way to track how long patients waited once "
    "they were redirected.",
    "Paramedics in the region have raised their own concerns. The union representing them said ambulances are now "
    "spending hours parked outside the Bridgeport hospital waiting to hand off patients, leaving rural areas without "
    "coverage.",
    "Back in Marlow, the town council passed a motion asking the province for a permanent plan. Mayor Ruth Coady said "
    "residents were starting to wonder whether they should move closer to a city. “When an ER closes, the first "
    "people to leave are the young families. Then the town is finished,” she said. Coady said the town would hold a "
    "public meeting next week with officials from the health authority.",
    "Nova Scotia Health spokesperson Brendan Lahey said in an email that the Westfield department was expected to "
    "reopen at 8 a.m. Sunday. Lahey added that patients who are unsure where to go can call 811 to speak with a nurse.",
)

WATER: tuple[str, ...] = (
    "Chief Marion Keeshig has a plastic jug of water on her kitchen counter that she refuses to throw away. It is "
    "from 2017, the year Birch Lake First Nation’s latest boil-water advisory began, and she keeps it, she says, so "
    "she never forgets how long her community has waited. “My grandchildren have never once drunk from a tap in their "
    "own homes,” Keeshig said in an interview at the band office. “Think about that. A whole generation.” The "
    "advisory, one of the longest-standing in Ontario, was supposed to end last year when a new treatment plant "
    "opened. Instead, tests in the spring found the plant’s filters were failing, and Indigenous Services Canada told "
    "the community the advisory would stay in place. In a statement, the department said it had committed $4.2 "
    "million for repairs and that a contractor would begin work in July. Keeshig calls that “a bandage on a bandage.” "
    "The chief says the plant was designed for a population of 400, while Birch Lake now has nearly 700 people living "
    "on reserve. The community has spent more than $300,000 a year on bottled water since the advisory began, "
    "according to band figures, money Keeshig says should have gone to housing and a new youth centre. Band "
    "councillor Wesley Moonias, who sits on the water committee, says the band warned Ottawa about the size problem "
    "before construction even began. Moonias said the band would also ask the province to test wells used by families "
    "living off reserve nearby. “We told them. We put it in writing. They built it anyway,” he said.",
    "Gary Sutherland, the plant’s operator, works alone most days. The 44-year-old says he spends much of his shift "
    "fixing parts that were never meant to run this hard. “I can keep it limping along, but I can’t make it into "
    "something it isn’t,” Sutherland said. The federal government says it has lifted 146 long-term drinking water "
    "advisories across the country since 2015. Indigenous Services Minister Nadia Poirier told reporters in Ottawa on "
    "Thursday that Birch Lake was “a priority” and that she planned to visit the community this summer. Ottawa spent "
    "years promising to end every long-term advisory on reserves, a goal a previous minister once set for 2021. The "
    "deadline came and went. Her office did not say when. Residents are skeptical. Delia Kakegamic, a mother of "
    "three, hauls water from the band’s filling station twice a week. She said her youngest has had skin rashes that "
    "a nurse told her were likely caused by bathing in the water. “I boil everything. I still don’t trust it,” she "
    "said. Dr. Owen Petrakis, a water engineer at the University of Waterloo who has studied reserve systems for a "
    "decade, said the problem at Birch Lake was common. Plants are often sized for the population at the time of "
    "design, not for the growth that follows, he said. “It’s a planning failure, not a technical one,” Petrakis said. "
    "Keeshig said the community would not wait another decade. The band is considering joining a class-action "
    "lawsuit, she said, and has asked a lawyer to review its options.",
)

RENT: tuple[str, ...] = (
    "When the letter arrived in March, Kaveh Rostami assumed it was a mistake. The landlord of his two-bedroom "
    "apartment in east Vancouver wanted to raise the rent by $900 a month, citing renovations Rostami says were never "
    "done.",
    "“They painted the hallway. That’s it. That’s the renovation,” said Rostami, a 38-year-old bus driver who lives "
    "in the unit with his wife and two children.",
    "Rostami is one of 46 tenants in the Fraserview Court building who have filed disputes with the Residential "
    "Tenancy Branch over what is known as a renoviction. The tenants’ lawyer, Amrit Sidhu, says the case could test "
    "new provincial rules meant to stop landlords from using minor repairs to push out long-term renters.",
    "Under rules that came into force last year, a landlord who ends a tenancy for renovations must first get an "
    "order from the branch and show the work cannot be done with tenants in place. Tenants who are evicted can claim "
    "up to 12 months’ rent if the landlord fails to follow through.",
    "“If this counts as a renovation, then the law doesn’t mean anything,” Sidhu said.",
    "The building’s owner, Larchmont Properties, said in an emailed statement that the work included new plumbing and "
    "electrical upgrades that required the units to be empty. The company said it had offered tenants compensation "
    "above the legal minimum.",
    "Housing Minister Rajan Gill said the province was watching the case closely. “No one should lose their home "
    "because a landlord wants to cash in,” he said in a statement.",
    "Not everyone agrees the rules are working. Mandy Tse, who organizes with the Vancouver Tenants Union, said most "
    "renters never file a dispute because they don’t know they can, or they’re afraid. “For every building like this "
    "one, there are ten where people just quietly pack up and leave,” she said.",
    "Landlords say the picture is more complicated. David Kerr, a spokesperson for LandlordBC, said older buildings "
    "need major work and that rent controls leave owners with little money to do it. Kerr said the association does "
    "not defend “bad actors” but worries about new red tape.",
    "The branch does not comment on cases before it, a spokesperson said in an email. Several tenants in the "
    "building, speaking on condition of anonymity because they feared retaliation, said they had been offered cash to "
    "leave before the letters arrived.",
    "Tom Halvorsen, an economist at Simon Fraser University, says rent in the city has risen faster than wages for "
    "most of the past 15 years. The gap is why renovictions are so tempting for owners, he said: a unit emptied of a "
    "long-term tenant can often be rented for twice as much.",
    "Rostami’s wife, Leila, works nights as a cleaner at a downtown hotel. She said the family had looked at "
    "two-bedroom units across the city and found nothing under $3,200. “We would have to leave Vancouver. Maybe leave "
    "B.C.,” she said.",
    "For now, the Rostamis are staying put. A hearing is set for June. “My kids were born here,” Rostami said. “Where "
    "would we even go?”",
)

WILDFIRE: tuple[str, ...] = (
    "About 7,000 people were ordered out of Fort Ellis and three nearby communities on Monday as a wildfire driven by "
    "strong winds jumped a highway and moved to within five kilometres of town, officials said.",
    "“Get out now. Do not stop to pack,” Mayor Brent Kowalchuk said in a video posted to the town’s Facebook page "
    "shortly after noon. “I know how hard this is. I’m leaving too.”",
    "RCMP Cpl. Janelle Dufresne said officers went door to door through the afternoon to make sure residents had "
    "left. About 40 people had refused to leave as of Monday evening, she said. Dufresne said anyone who chose to "
    "stay should not expect crews to come back for them. “If you stay, you are on your own once the road closes,” she "
    "said.",
    "The BC Wildfire Service said the fire had grown to roughly 12,000 hectares and was burning out of control. Fire "
    "information officer Kelsey Arnaud told reporters that crews had pulled back from the eastern flank because the "
    "fire was too intense to fight safely.",
    "The fire started last Thursday, probably from a lightning strike, and spent several days burning slowly in "
    "timber north of the lake before the winds picked up on Sunday night. By Monday morning it had doubled in size.",
    "“When you get winds gusting to 60 kilometres an hour, there’s not much anyone on the ground can do,” Arnaud "
    "said. “The aircraft are our best tool right now.”",
    "At the evacuation centre in Prince George, Lorna Beaulieu sat on a cot with her two dogs. The retired nurse said "
    "she had grabbed her medications, her late husband’s watch and not much else. “You think you’ll have time to "
    "choose. You don’t,” she said.",
    "The regional district opened a second reception centre in Vanderhoof on Monday night, chair Gail Pedersen said, "
    "and was asking people with campers or spare rooms to register online to host evacuees.",
    "Premier Angela Morrow, speaking in Victoria, said the province would cover hotel costs for evacuees for at least "
    "two weeks. She urged people outside the zone to stay off Highway 16 so emergency crews could get through.",
    "BC Hydro said crews had cut power to about 3,000 customers as a precaution. A spokesperson for the Crown "
    "corporation, Evan Lindqvist, said it was too early to say how much of the grid had been damaged.",
    "Highway 16 was closed in both directions between Fort Ellis and Burns Lake, DriveBC said, and there was no "
    "estimate for when it would reopen.",
    "Kowalchuk said later that about 200 residents with no vehicle had been taken out on school buses. “We left "
    "nobody behind who wanted to go,” he said.",
    "Mike Ostrowski, who owns a gas station on the edge of town, stayed until the police came to his door. The "
    "55-year-old says he has been through two evacuations before, but this one felt different. “The sky was orange at "
    "lunch. I’ve never seen that,” he said.",
    "Environment Canada forecast no rain for the region until at least Friday.",
)

FISHERY: tuple[str, ...] = (
    "Before dawn on Wednesday, eleven boats from Salmon Cove First Nation left the wharf at Gannet Bay with lobster "
    "traps stacked on their decks, weeks before the commercial season opens. On the wharf, about 60 non-Indigenous "
    "fishermen watched in silence. “We are exercising a right the Supreme Court recognized more than 20 years ago,” "
    "said Chief Darlene Paul, who stood at the end of the wharf as the boats pulled out. “We are not asking "
    "permission.” The band says its moderate livelihood fishery is small, with 350 traps across the whole community, "
    "compared with several hundred thousand set during the commercial season. Commercial fishermen say that is beside "
    "the point. Jeff d’Entremont, who has fished out of Gannet Bay for 30 years, said any fishing during the summer "
    "spawning period puts stocks at risk. The Supreme Court’s 1999 Marshall decision affirmed the right of Mi’kmaw, "
    "Wolastoqiyik and Peskotomuhkati people to fish for a moderate livelihood, but did not define the term. More than "
    "two decades later, the federal government and the bands still disagree over what it means.",
    "“It’s not about who they are. It’s about when,” d’Entremont said. “Lobster in the summer are moulting. You pull "
    "them then, you’re hurting everyone’s future, theirs too.” Fisheries and Oceans Canada said in a statement that "
    "it had not authorized the fishery and that officers would “take appropriate action” to enforce the Fisheries "
    "Act. A DFO spokesperson, Claire Mercier, declined to say whether any traps had been seized. Paul said the band "
    "had tried for three years to negotiate a plan with Ottawa. The talks went nowhere, she said. Federal Fisheries "
    "Minister Marc Thibodeau told reporters in Ottawa the government “respects treaty rights” but that conservation "
    "had to come first. “We need a fishery that works for everyone on that wharf,” he said. Thibodeau said he had "
    "spoken with Paul twice in the past week and would meet both sides in Halifax on Friday.",
    "Tensions at Gannet Bay have boiled over before. Three years ago, a lobster pound used by the band’s fishers "
    "burned to the ground, and police were accused of standing by. This time, police say they are ready. RCMP Sgt. "
    "Andre Comeau said officers would be on the wharf around the clock. “Everyone has a right to be safe on that "
    "wharf, and we’ll make sure they are,” Comeau said. Rebecca Ashton, a law professor at Dalhousie University who "
    "studies treaty rights, says the courts have left Ottawa room to regulate but that the burden is on the "
    "government to justify any limit. “The Crown can’t just say conservation and walk away. It has to prove it,” "
    "Ashton said. Back on the wharf, Paul’s nephew, Tyler, unloaded the day’s first traps. The 24-year-old said he "
    "was fishing for his family, not for a fight. “My grandfather fished this bay. I’m not going to stop because "
    "somebody yells at me,” he said. The Maritime Fishermen’s Union said in a statement that its members wanted a "
    "peaceful season and called on Ottawa to “show up and lead.” The commercial season in the area opens on the last "
    "Monday in November.",
)

BUDGET: tuple[str, ...] = (
    "Manitoba will run a deficit of $1.4 billion this year, Finance Minister Colleen Berard said Tuesday as she "
    "tabled a budget that puts more money into health care and schools but pushes a promised tax cut back by a year.",
    "“We made a choice. When families are waiting 14 hours in an emergency room, a tax cut can wait,” Berard told the "
    "legislature.",
    "Berard’s budget is her second since taking over the finance portfolio last year. The budget adds $610 million to "
    "health spending, including money for 200 new hospital beds in Winnipeg and Brandon, and raises school funding by "
    "3.5 per cent.",
    "The province’s net debt will rise to $33 billion by the end of the fiscal year, according to budget documents. "
    "The budget also freezes the gas tax for another year and sets aside $40 million for a new wildfire air tanker.",
    "Progressive Conservative finance critic Ian Szwaluk called the deficit “reckless” and said the government had no "
    "plan to balance the books. “They’ve spent the rainy-day fund and it isn’t even raining yet,” Szwaluk said. "
    "Szwaluk said his party would vote against the budget when it comes to a final vote next month, though the "
    "government’s majority means it will pass.",
    "Joanne Hiebert, president of the Manitoba Government and General Employees’ Union, says the health money is "
    "welcome but that it will not fix staffing on its own. “You can build all the beds you want. Somebody has to work "
    "beside them,” Hiebert said.",
    "The Manitoba Chamber of Commerce said in a statement that the delay to the tax cut was “a disappointment” for "
    "small businesses already dealing with higher costs.",
    "Keystone Agricultural Producers, the province’s largest farm group, said it was pleased with a new drought "
    "relief fund but wanted more money for rural roads.",
    "The Canadian Taxpayers Federation said the delay broke a clear election promise. “Manitobans were told this cut "
    "was coming in January. Now it’s a year later, and there’s no guarantee,” said Prairie director Ross Gebhardt.",
    "Outside the legislature, about 100 teachers held a rally calling for smaller class sizes. Nathan Friesen, a "
    "Grade 7 teacher from Steinbach, said the 3.5 per cent increase would barely cover inflation. “It keeps the "
    "lights on. It doesn’t hire anybody,” he said.",
    "Brandon Mayor Gord Lesiuk was happier. The city has waited a decade for a new wing at its regional hospital, and "
    "the budget finally sets aside money for it. “I’ve been to this building so many times asking for this, the "
    "security guards know me by name,” he joked.",
    "Economist Lisa Trann of the University of Winnipeg said the deficit was manageable as long as the province had a "
    "clear path back to balance. The budget projects a small surplus in 2028, but Trann says that depends on growth "
    "forecasts she considers optimistic. Berard said she expected the credit rating agencies to take a measured view.",
    "Premier Nathan Kostyshyn, speaking to reporters after the speech, defended the timing. The tax cut will come, he "
    "said, “and when it comes it’ll be real.”",
)

SCHOOL: tuple[str, ...] = (
    "Trustees of the Lakeshore District School Board voted 8-3 on Monday night to close Maple Ridge Public School, a "
    "110-year-old building in the village of Ashgrove, at the end of June.",
    "It is the third school the board has closed in five years, as families have left small villages for the growing "
    "suburbs around Barrie and enrolment in rural schools has fallen.",
    "The last day of classes at Maple Ridge is June 27. Dozens of parents packed the board room, many of them wearing "
    "green, the school’s colour. Some held signs reading “Small schools, big hearts.” When the vote was read, several "
    "walked out.",
    "“You just told my six-year-old she’s going to spend an hour on a bus every morning,” Kristen Vander Meer shouted "
    "from the back of the room before leaving.",
    "Board chair Anita Dhaliwal said the decision was among the hardest trustees had faced. Maple Ridge is at 41 per "
    "cent of capacity, she said, and needs $3.8 million in repairs, including a new roof and boiler.",
    "“We can’t ask every other family in the board to pay for a building that’s two-thirds empty,” Dhaliwal told "
    "reporters afterward.",
    "Trustee Bill Okonkwo, who voted against the closure, says the board never seriously looked at other options, "
    "such as sharing the building with a daycare or the township library. “We had a year to get creative and we spent "
    "it on spreadsheets,” he said.",
    "Okonkwo said he would ask the board to put a moratorium on further closures until the province finishes its "
    "review of the rural funding formula. Dhaliwal said she was open to that discussion but warned that the board’s "
    "budget is already stretched.",
    "Director of education Mark Sauvé said in a letter to families that students would move to Lakeview Public School "
    "in September and that the board would add two bus routes.",
    "The board estimates the closure will save about $600,000 a year in operating costs, according to a staff report, "
    "on top of the repairs it will no longer have to make.",
    "Pat Greer, who drove a school bus in the township for 22 years before retiring, said the longest routes would "
    "run well past an hour on winter mornings. “Those back roads don’t get plowed first. Parents need to know that,” "
    "the former driver said.",
    "The MPP for the area, Susan Everett, said she would ask the education minister to review the decision. A "
    "spokesperson for Education Minister Paul Nadeau said the ministry does not overturn accommodation decisions made "
    "by elected trustees.",
    "Ten-year-old Mia Kowalski, whose mother teaches at Maple Ridge, said she was going to miss the big tree in the "
    "yard. “We have a name for it. It’s called Grandpa,” she said.",
    "Her mother, Lena Kowalski, said the family had not decided whether to follow the students to Lakeview or to "
    "drive Mia to a Catholic school in town.",
    "Parents say they plan to ask for an administrative review, a process that lets the province appoint an outside "
    "facilitator. Vander Meer said the group had already collected more than 600 signatures.",
)

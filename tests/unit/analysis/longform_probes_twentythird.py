"""A twenty-third batch of fictional CANADIAN regional and local web news for probing the quotes, in the manner of a
public broadcaster's regional sites and city dailies, each a tuple of paragraphs, four delivered as one long block as a
web scraper leaves them: a city council's snow-clearing budget fight (two councillors, the mayor, a widow and her
neighbour, the roads manager, the union's statement), a high school's cellphone ban (two students, the superintendent,
the teachers' association and its president, a mother of two, the department's statement, a trustee on a radio
program), an ice storm's outage on the farms (a dairy farmer and his wife, the utility's statement and its spokesperson
on a radio program, the reeve, a retired teacher and her daughter, a volunteer firefighter and his brother, the
solicitor general), a coyote that bit a boy in a park (the police, the boy's father, the department's statement, a
biologist, a dog walker, the municipality's spokesperson), a pulp mill's last shift (a supervisor and his son, the
union local and its president, the company's spokesperson by email, the mayor, the ministry, an economist, a coffee
shop manager), a bridge closed for another year (the city, a baker and her landlord, the director of engineering, a
retired inspector, a councillor on a radio program, the mayor, the department by email, the transit service), a
library branch's cut hours (the branch manager, the chief executive's statement, a councillor, a retired welder, the
mayor's office, a mother of twins) and a homeless shelter's move to a motel (the operator and its director, a daycare
owner, a shelter guest known by her given name, the Crown agency, a councillor, a staff sergeant). Shapes: long
appositions and relative clauses ("who … and who …", "whose …"), split quotes with a present-tense cue between them,
speakers named again by surname or a description ("the reeve", "the mother of two", "the younger Halverson", "the
71-year-old"), pronoun chains with two people of the same gender close together, statements and emails, "according
to" people and bodies and "according to" a map, figures, minutes or data, which speak no quote, and signs, posters,
placards, a banner, a petition's and a report's title, which nobody says. Written for these tests; none is taken from
any corpus, and every person in them is made up. The gold is in test_longform_probes_twentythird.py."""

from __future__ import annotations

SNOW: tuple[str, ...] = (
    "Port Arden city council spent four hours on Tuesday night arguing over how much snow the city can afford to "
    "move, and in the end it agreed on nothing but a second meeting. The city’s public works department wants $3.2 "
    "million more for snow clearing next winter, after a season in which crews plowed residential streets an average "
    "of four days after a storm, according to a report presented to council. Coun. Hector Villeneuve, who chairs the "
    "public works committee and who spent 30 years driving a city grader before he was elected, says the crews are "
    "stretched as thin as they can go. “We are asking 41 operators to do the work of 60. They do it, but they do it "
    "on 16-hour shifts,” Villeneuve says. “Somebody is going to put a plow through a bus shelter one of these "
    "nights.” Coun. Joyce Ambrose sees it differently. The two-term councillor, whose east-end ward had some of the "
    "longest waits last winter, says the department has not shown where the existing money went. “Before I give them "
    "another dollar, I want to see the routes,” she said. She wants an audit first, she told the meeting, and she is "
    "not alone. According to Ambrose, at least five councillors will vote against the increase unless it comes with "
    "one. The report, titled “Winter Maintenance Service Review,” recommends hiring 12 more seasonal operators and "
    "buying four new sidewalk plows. Property taxes would rise by about 1.1 per cent to pay for it, according to "
    "figures from the city’s finance department. Mayor Roberta Quill says she supports the increase but wants it "
    "phased in. “Nobody in this city wants a big tax bill, and nobody wants to be stuck in their driveway either,” "
    "the mayor said. “Those are both real.” Outside council chambers, a handful of residents held signs reading "
    "“Plow the Side Streets.” Gloria Pinto, a 78-year-old widow who uses a walker and who lives on a dead-end street "
    "in the east end, was among them. She says she was housebound for nine days in January. “I ran out of my heart "
    "pills on the sixth day. My neighbour had to walk them over from the drugstore,” Pinto said. Her neighbour, "
    "Deanna Kowal, told council the same story from the other side. Kowal, a nurse who works nights at the regional "
    "hospital, says she climbed over a windrow to get to Pinto’s door. “I am not complaining about the walk. I am "
    "complaining that it was needed,” she said. She added that the windrow left by the plow at the end of her own "
    "driveway was taller than her son. The city’s manager of roads, Arturo Benedetti, told council that the "
    "department had already cut overtime by reorganizing its routes. “We have squeezed that lemon,” Benedetti said. "
    "He said the new sidewalk plows would let crews clear the routes to schools within 24 hours of a snowfall. The "
    "Canadian Union of Public Employees, which represents the operators, said in a statement that its members had "
    "logged more than 9,000 hours of overtime last winter. A vote is set for Feb. 14. Villeneuve says he will bring "
    "a smaller motion if the full increase fails. “Half a plow is better than none,” he said, “but not by much.”",
)

CELLPHONES: tuple[str, ...] = (
    "When the first bell rang at Riverside Regional High School in Moncton on Monday morning, Grade 11 student Tessa "
    "Lindqvist did something she had not done since Grade 6: she put her phone in a felt pouch and snapped it shut.",
    "The Anglophone East School District’s new rule, which took effect this week, bans phones in class and in the "
    "halls for students up to Grade 12. Phones must stay off and out of sight from the first bell to the last, "
    "according to a letter the district sent to parents in August.",
    "“Honestly, the first hour was weird. By lunch, people were actually talking to each other,” says Lindqvist, who "
    "is 16 and who sits on the school’s student council. “I didn’t expect to like it.”",
    "Not all of her classmates agree. Jordan Bellefleur, a Grade 12 student who works part-time at a grocery store "
    "and whose manager texts him his shifts, says the ban treats students like children. He says he missed a shift "
    "change on the first day. “They trust us to drive to school but not to hold a phone,” Bellefleur said.",
    "The district’s superintendent, Randall Fougère, said in an interview that teachers had asked for the rule for "
    "years. “Teachers were spending the first ten minutes of every class asking kids to put the phone away,” Fougère "
    "said. He said the district would review the ban after one term.",
    "Fougère pointed to a survey of 1,400 teachers by the New Brunswick Teachers’ Association, in which 82 per cent "
    "said phones were a daily disruption. The association’s president, Hélène Boudreau, says the numbers match what "
    "she hears from members. “This isn’t about hating technology. It’s about getting the room back,” she said.",
    "Parents are split. Kristin Oduya, a mother of two whose younger son has Type 1 diabetes, says she worried the "
    "ban would cut him off from the app that reads his blood sugar. The mother of two says the school agreed to an "
    "exemption within a day. “They were good about it. But I had to ask,” Oduya says. “Other parents might not know "
    "they can.”",
    "The Department of Education and Early Childhood Development said in a statement that medical exemptions are "
    "written into the provincial policy and that schools must grant them. The department said it had no plans to "
    "extend the ban to elementary schools, where few students carry phones.",
    "Marguerite Doiron, a trustee who voted against an earlier version of the rule, told CBC’s Information Morning "
    "that she now supports it. “I thought it would be a fight every day. So far it hasn’t been,” Doiron told the "
    "program. She said she still wants students to have a say in how the rule is enforced.",
    "Posters in the hallway read “Phones Away, Eyes Up.” Lindqvist laughs at them. “Nobody needs the poster,” she "
    "says. “The pouch does the work.”",
    "Bellefleur still isn’t convinced. He has started leaving his phone in the car. “It’s not a big deal,” he said. "
    "“It’s just a principle.”",
)

ICE_STORM: tuple[str, ...] = (
    "Four days after freezing rain coated much of the Ottawa Valley in ice, about 11,000 customers were still "
    "without power on Thursday, according to Hydro One’s outage map. For dairy farmer Wim Bakker, who milks 140 cows "
    "on a farm his father bought in 1968 near Cobden, the outage has meant running a diesel generator around the "
    "clock. “The cows don’t care that the power is out. They want to be milked at five and at five,” Bakker says. "
    "“So we milk them.” He says the generator burns about 300 litres of fuel a day, and the nearest supplier has "
    "started rationing. His wife, Anneke, has been driving to Pembroke for fuel cans. She says the lineups at the "
    "gas station there stretch onto the highway. “People are polite, but you can see they’re tired,” she said. Hydro "
    "One said in a statement that crews from Quebec and Manitoba had joined its own and that the last customers "
    "would be reconnected by Sunday. The utility said the damage was the worst it had seen in the region since 1998. "
    "Spokesperson Kerry-Ann Matheson told CBC’s All In A Day that crews were replacing more than 600 broken poles. "
    "“Every one of those poles is a truck, a crew and about six hours of work,” Matheson told the program. She said "
    "crews were being sent first to lines that serve the most people. That order has left the back roads for last, "
    "according to Reeve Dale Schroeder of Whitewater Region, who says some of his constituents have not had power "
    "since Sunday. “I’ve got seniors on the back concessions heating with wood stoves and checking on each other by "
    "truck,” the reeve said. Schroeder says the township opened a warming centre at the community hall, where about "
    "40 people slept on Tuesday night. Among them was Marjorie Lalonde, an 84-year-old retired schoolteacher who "
    "lives alone on Foymount Road. Her daughter, Sylvie, drove up from Ottawa to bring her in. “She told me she was "
    "fine. She was wearing two coats in her kitchen,” the daughter said. Lalonde laughs about that now. “I was "
    "fine,” she says. “I was just cold.” A hand-painted sign at the hall’s door reads “Coffee’s on, come in.” "
    "Volunteers from the Lions Club have been cooking meals since Monday, according to Schroeder. Ron Mulvihill, a "
    "volunteer firefighter who has been going door to door on the back roads with his brother, Pat, says most people "
    "are coping better than he feared. “Folks up here keep a woodpile. It’s the ones who moved up from the city last "
    "year that we worry about,” Mulvihill says. His brother has found two people who needed to go to hospital, he "
    "said, one of them with a broken hip from a fall on the ice. The province’s Solicitor General, Nadia Petrov, "
    "said on Wednesday that Ontario would cover the township’s costs for the warming centre. Bakker, for his part, "
    "says he has stopped watching the outage map. “It says Sunday,” he said. “I’ll believe it when the milk cooler "
    "hums.”",
)

COYOTE: tuple[str, ...] = (
    "A coyote that bit a nine-year-old boy in a Dartmouth park last week has not been found, and the province is "
    "asking people to keep their distance from the animals as the denning season begins.",
    "The boy was walking with his father on a trail in Shubie Park on Thursday evening when the coyote came out of "
    "the brush and bit him on the leg, according to Halifax Regional Police. He was treated in hospital and released.",
    "His father, Nathaniel Abara, who runs a small accounting firm in Dartmouth, says the animal did not seem afraid "
    "of them. “It just stood there looking at us, maybe ten feet away. Then it came straight at him,” he said. “I’ve "
    "never moved that fast in my life.”",
    "Abara says he kicked at the coyote until it ran off. His son, Kofi, needed six stitches and a series of rabies "
    "shots. The boy is doing well, his father says, but he no longer wants to go near the trail.",
    "The Department of Natural Resources and Renewables said in a statement that wildlife technicians had set traps "
    "in the park and that the coyote would be euthanized if it is caught. The department said coyote attacks on "
    "people are rare in Nova Scotia but that the animals can become bold when people feed them.",
    "Shannon Veinotte, a wildlife biologist at Acadia University who has studied urban coyotes for a decade, says "
    "feeding is almost always at the root of it. “A coyote that gets a sandwich from a person learns that people are "
    "a source of food,” Veinotte says. “That’s the whole problem, right there.” She says the animals are more "
    "protective in spring, when they are raising pups.",
    "Signs posted at the trailheads on Friday read “Coyote Activity in Area – Keep Pets Leashed.” Some regulars say "
    "they saw the animal weeks ago. Linda Fraser, who walks her two beagles in the park every morning, says she "
    "reported a coyote following her in March. “I called the number on the city’s website and nobody called me "
    "back,” Fraser said.",
    "Fraser, a retired school principal, says she now carries an air horn. Her sister, who walks with her on "
    "weekends, carries a walking stick. “We look ridiculous,” Fraser says, “but I’d rather look ridiculous than get "
    "bitten.” The city’s 311 line received 46 calls about coyotes in April, according to data released by the "
    "municipality, up from 19 a year earlier.",
    "A spokesperson for the municipality, Brendan Keough, said the report was passed on to the province. Keough said "
    "the city has no authority over wildlife but would add lighting on the busiest trail. “We hear people. We’re "
    "going to do what’s in our power,” he said.",
    "Veinotte says killing one coyote rarely solves anything. Another will move into the territory within months, "
    "she said, unless the food source goes away.",
    "For now, the Abara family is walking in their own neighbourhood. “He asks me every night if the coyote is still "
    "there,” Abara said. “I tell him the truth. I don’t know.”",
)

MILL: tuple[str, ...] = (
    "For 71 years, the whistle at the Kaministiquia River pulp mill told the town of Dorion Falls when to start "
    "work, when to eat and when to go home. On Friday it blew for the last time. Northwood Fibre announced in a news "
    "release in May that it would close the mill, citing the cost of wood and a weak market for pulp, and the final "
    "shift of 212 workers walked out of the gate at 3 p.m. Gord Halverson, who started at the mill in 1989 as a "
    "19-year-old labourer and who leaves it as a shift supervisor, stood by the gate shaking hands. “I came here "
    "with my dad’s lunch pail. I’m leaving with my own,” Halverson says. “Not many towns give you that.” He says "
    "about a third of the workers are close enough to retirement to take a pension. The rest, he says, are looking "
    "at jobs in the mines, hours to the north, or at leaving. His son, Tyler, who worked beside him in the wood "
    "yard, has already taken a job at a gold mine near Geraldton. “It’s good money. It’s just not home,” the younger "
    "Halverson said. Unifor Local 39, which represents the workers, said in a statement that it had negotiated "
    "severance of two weeks’ pay per year of service. The local’s president, Denise Marcotte, called it “the best of "
    "a bad deal.” Marcotte says the union pushed the company to sell the mill rather than shut it. “There were "
    "buyers who looked at it. Northwood wanted it closed so nobody could compete with them,” she said. The company "
    "denies that. In an email, Northwood spokesperson Ian Cardiff said the mill was offered for sale for eight "
    "months and no credible buyer came forward. “We understand how hard this is for Dorion Falls,” Cardiff wrote. "
    "The mill paid about 40 per cent of the town’s property taxes, according to Mayor Elaine Fontaine. She says the "
    "town will have to cut services or raise taxes on homeowners, or both. “We’re not going to pretend this is "
    "anything other than a blow,” the mayor told reporters at the gate. “But this town was here before the mill.” A "
    "banner hung from the Legion across the road read “Thank You Mill Workers 1953-2024.” Fontaine says council will "
    "ask the province for help to clean up the site and to market it to new industries. The Ministry of Northern "
    "Development said in an email that it was “working closely with the municipality.” Economist Pierre "
    "Tremblay-Nault, who teaches at Lakehead University and studies single-industry towns, says places like Dorion "
    "Falls rarely replace a mill with one employer. “The towns that make it find five employers of 40 people, not "
    "one of 200,” he said. At the coffee shop on the highway, where the shift crews used to stop, manager Rita Szabo "
    "says Friday was the quietest morning she can remember. “They used to come in twenty at a time,” she said. "
    "Halverson says he will stay. “My wife’s buried here,” he said. “Where am I going to go?”",
)

BRIDGE: tuple[str, ...] = (
    "The Centre Street bridge in Brandon will stay closed to traffic until at least next fall, the city confirmed on "
    "Monday, after engineers found the steel under its deck was more corroded than expected.",
    "The bridge was closed in April for a repair that was meant to take six months. A report by the consulting firm "
    "Harland Engineering, titled “Centre Street Bridge Condition Assessment,” found that some beams had lost more "
    "than a third of their thickness.",
    "For the businesses on the north side of the river, the news was hard to hear. Farida Hakimi, who opened a "
    "bakery on Centre Street three years ago after arriving from Kabul and who now employs six people, says her "
    "sales have fallen by half since the spring. “People used to cross the bridge for bread on their way to work. "
    "Now they have to drive fifteen minutes around,” Hakimi says. “Fifteen minutes is a long time for bread.”",
    "She says she has cut her hours and laid off two bakers. Her landlord, Carol Wiebe, has offered to defer the "
    "rent for three months. “I’m not going to throw a good tenant out because the city can’t fix a bridge,” Wiebe "
    "said in an interview.",
    "She said several of her other tenants on the block had asked for the same help.",
    "The city’s director of engineering, Russell Nakamura, told council the repair would now cost $14.6 million, "
    "more than double the first estimate. “When we opened it up, the steel told us a different story than the "
    "drawings did,” Nakamura said. He said replacing the bridge outright would cost about $40 million and take three "
    "years.",
    "Not everyone blames the city. Ken Dueck, a retired bridge inspector who worked for the province for 31 years "
    "and who lives a few blocks from the river, says corrosion of that kind is hard to see until the deck comes off. "
    "“You can look at a beam for twenty years and not know what’s under the paint,” Dueck said. He said the real "
    "question is why the city waited so long to budget for a replacement. “Every bridge has a birthday. This one is "
    "68,” he said.",
    "Coun. Barb Olafson, whose ward sits on the north side, says the city should have inspected the bridge properly "
    "years ago. “We had warnings in 2016. We had warnings in 2019. We chose to paint it,” Olafson said. The "
    "councillor wants the city to set up a fund to help businesses on the north side, she told CBC’s Radio Noon on "
    "Tuesday.",
    "Mayor Dennis Kowalchuk says a fund for businesses is not something the city can afford. He said the city has "
    "asked Manitoba Transportation and Infrastructure for money to cover part of the repair. The department said in "
    "an email that the request was under review.",
    "The closure has also added up to 20 minutes to some bus routes, according to Brandon Transit, and the route "
    "that served the north side’s seniors’ residence now stops two blocks away.",
    "Back at the bakery, a sign in the window reads “Still Open – Take the Long Way.” Hakimi made it herself. “My "
    "daughter said it was funny,” she said. “I said it was true.”",
)

LIBRARY: tuple[str, ...] = (
    "The Glenmore branch of the Saskatoon Public Library will cut its hours to three days a week starting in "
    "January, a move that neighbours say will hit the people who depend on it most.",
    "The library’s board approved the change last week as part of a plan to close a $1.1-million gap in its budget, "
    "according to the minutes of the meeting.",
    "Branch manager Yolanda Pretty-Shield, a member of the Muskeg Lake Cree Nation who has worked at Glenmore for 14 "
    "years, says the branch is more than a place to borrow books. “We have people who come in to use the computer to "
    "apply for jobs, to file their taxes, to talk to their kids in another province,” she says. “For some of them, "
    "we’re the only warm place with Wi-Fi they can sit in without buying a coffee.”",
    "Pretty-Shield says she has been told no staff will lose their jobs. Some will be moved to other branches, she "
    "said.",
    "The library’s chief executive, Alana Droessler, said in a statement that the board had looked at every other "
    "option. “No one on the board wanted to do this,” Droessler said. “But we are funded to run eight branches six "
    "days a week, and we are running nine.” She said the board would revisit the decision if the city increased its "
    "grant in the spring budget.",
    "Coun. Tyrone Bighetty says he will move an amendment at budget time to restore the hours. He says the cost is "
    "about $180,000 a year. “That is less than we spend on the Christmas lights downtown,” Bighetty said.",
    "Bighetty, who grew up a few blocks from the branch, says he did his homework there as a boy because his family "
    "had no computer. “The library was my office when I was twelve,” he says. Mayor Leon Saretsky’s office said in "
    "an email that the mayor would wait for the budget debate before taking a position.",
    "Gerald Nkemelu, a retired welder who lives in a rooming house two blocks from the branch, says he goes to the "
    "library every morning it is open. “I read the papers, I use the computer, I talk to people,” Nkemelu says. “At "
    "my age, that’s a lot.” The 71-year-old says he will walk to the downtown branch on the other days, if the "
    "weather lets him.",
    "The branch’s Tuesday story time, which draws about 30 toddlers and their parents, will move to Thursdays, "
    "according to Pretty-Shield.",
    "Jennifer Sousa, who brings her three-year-old twins, signed a petition titled “Keep Glenmore Open” that had "
    "more than 2,000 names by Friday. “The kids know the librarians by name,” she said. “You can’t put that in a "
    "spreadsheet.”",
    "Sousa says her family does not have internet at home, so the library is also where she checks her email. Her "
    "partner, who works evenings, uses the branch computers to look for day shifts.",
    "Droessler says the library will count visits over the first six months and report back to the board.",
)

SHELTER: tuple[str, ...] = (
    "A plan to move the Lighthouse emergency shelter from downtown Kamloops to a former motel on the Trans-Canada "
    "Highway drew more than 200 people to a public meeting on Wednesday night, many of them angry and some of them "
    "in tears. The shelter, which has 60 beds and has been full every night since October, according to its "
    "operator, would move to the 34-room Sahali Motor Inn by spring. The operator, the non-profit Interior Community "
    "Services Society, says the new site would give each guest a private room for the first time. Its executive "
    "director, Marlon Twoyoungmen, a former addictions counsellor who spent two years living in shelters himself in "
    "his twenties, says privacy is what keeps people in treatment. “When you sleep in a room with 59 other people, "
    "you don’t sleep. When you don’t sleep, nothing else works,” he says. “A door that locks changes everything.” "
    "Not everyone at the meeting was persuaded. Carla Pettersen, who owns a daycare a block from the motel and who "
    "has two children of her own, says she is worried about needles in the playground. “I’m not against the shelter. "
    "I’m against the shelter across from thirty toddlers,” she said, to applause. Pettersen says she learned about "
    "the plan from a neighbour, not from the city. A woman sitting beside her, who gave her name only as Bev, said "
    "she had been staying at Lighthouse since her apartment building was sold. “Everybody in this room is talking "
    "about us like we’re not here,” she said. “We’re here.” BC Housing, which owns the motel and funds the shelter, "
    "said in a statement that it had chosen the site because it was close to a bus route and a health clinic. The "
    "Crown agency said the move would add eight staff and round-the-clock security. Coun. Nancy Vrbanac, who chairs "
    "the city’s social development committee, told the meeting that council had no veto over the province’s choice "
    "of site. “We can ask questions. We can’t say no,” Vrbanac said. She said she would ask BC Housing for a good "
    "neighbour agreement with regular meetings. RCMP Staff Sgt. Dwayne Olsen says calls for service near the current "
    "shelter have fallen by a fifth since the society hired overnight outreach workers last year. “The numbers don’t "
    "support the idea that a shelter brings crime with it,” Olsen said. “What brings crime is people with nowhere to "
    "go.” Olsen, who has policed Kamloops for 19 years, says the complaints he hears most are about people sleeping "
    "in doorways downtown. A shelter with doors, he said, might cut those too. Outside, a man held a placard that "
    "read “Not in Our Backyard.” A second, taped to a lamp post, read “Housing Is a Human Right.” Twoyoungmen says "
    "the society will hold a second meeting for parents at the daycare. He says he hopes Pettersen will come. “She "
    "asked good questions,” he said. “I would rather answer them than have her guess.”",
)

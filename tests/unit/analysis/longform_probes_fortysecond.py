"""A forty-second batch of fictional US LOCAL TV AND RADIO STATION WEB STORIES AND BUSINESS NEWS BUILT ON PRESS
RELEASES for probing the quotes, in the manner of a local affiliate's web desk and a business wire rewrite (short
one-sentence paragraphs): a duplex fire (a fire department's news release, a fire captain who "told 7 News", a fire
marshal, a family, a neighbour who asked not to be named, a relief agency's spokesperson by email, a pastor who set
up a fundraiser), a carjacking and chase ("according to a news release from the sheriff's office", a sheriff's
spokesperson "in a statement to" the station, the victim, a police chief, a district attorney who "told the I-Team",
a suspect's family "in a statement shared with" the station), a school lockdown (police, the school district's
statement, a superintendent who "added", parents who "told 7 News", a board member, a communications director by
email), a cold-storage company's quarterly results rewritten from its press release ("said X, president and CEO of
Y, in a press release", "X added", "the company said" after the company is named, a finance chief who is "pleased
to", two analysts, the release's boilerplate about the company and its media contact) and a food plant's closing
(the company's notice and statement to the station, workers interviewed at the gates, a diner's customer who did not
want to be named, a governor's press release, a mayor, a union local's president). Written for these tests; none is
taken from any corpus, and every person, town, station, company, agency and union in them is made up. The gold is in
test_longform_probes_fortysecond.py."""

from __future__ import annotations

SORREL_FIRE: tuple[str, ...] = (
    "Family of five displaced after early morning duplex fire in Larkspur Heights",
    "A family of five is without a home after a fire tore through their duplex in the Larkspur Heights neighborhood "
    "early Tuesday morning.",
    "Crews with the Bellmont Fire Department were called to the 2400 block of Sorrel Avenue just after 3 a.m., "
    "according to a news release from the department.",
    "Fire Capt. Renee Okafor said flames were coming through the roof when the first engine arrived.",
    "“It was fully involved on the south side. Our crews went defensive at first and then made an interior attack "
    "once we knocked it down,” Okafor told 7 News.",
    "Okafor said everyone made it out safely, but a firefighter was treated for a minor burn to his wrist.",
    "Bellmont Fire Marshal Gerald Tso said investigators have not ruled out an electrical problem in the carport, "
    "where the family kept a space heater.",
    "“We’re looking at everything right now. It’s too early to say,” Tso said.",
    "Marisol Quintero, who lives in the unit with her husband and three children, said her oldest son woke the "
    "family up.",
    "“He was screaming, ‘Mom, there’s smoke, there’s smoke.’ We ran out in our pajamas,” Quintero said. “We didn’t "
    "grab anything. Not shoes, not phones, nothing.”",
    "Quintero said the family lost almost everything, including her late mother’s photo albums.",
    "A neighbor who asked not to be named said she heard what sounded like a pop before the smoke alarms went off.",
    "“I looked out the window and the whole carport was orange,” she said.",
    "The American Red Cross said it is helping the family with emergency lodging and clothing.",
    "“Our volunteers were on scene before sunrise,” Red Cross spokesperson Amber Leclair said in an email.",
    "Leclair said the family was placed in a hotel for three nights.",
    "A GoFundMe set up by the family’s pastor, Dwayne Hollis of Grace Fellowship Church, had raised more than $8,000 "
    "by Tuesday evening.",
    "“This family gives to everybody. Now it’s our turn to give back to them,” Hollis said.",
    "“Working smoke alarms saved five lives this morning. That’s not a slogan, that’s what happened,” Okafor added.",
)

HIGHWAY_CHASE: tuple[str, ...] = (
    "A man suspected of carjacking a woman at a Ridgeview gas station led deputies on a chase across two counties "
    "Sunday night before crashing into a utility pole, according to a news release from the Tolliver County "
    "Sheriff’s Office.",
    "The suspect, identified as 29-year-old Travis Lyle Benning of Harlow, was taken to a hospital with "
    "non-life-threatening injuries and then booked into the Tolliver County jail, the sheriff’s office said.",
    "He faces charges of carjacking, felony eluding and driving with a suspended license.",
    "Sheriff’s spokesperson Sgt. Alana Birch said the chase reached speeds of more than 100 mph on Highway 62.",
    "“Our deputies made the decision to back off at one point because of traffic near the fairgrounds. We had the "
    "helicopter overhead, so we knew where he was going,” Birch said in a statement to KXRT.",
    "Deputies had been looking for the car since Dana Whitcomb called 911 from the gas station, Birch said.",
    "Whitcomb told KXRT she was pumping gas when the man jumped into the driver’s seat.",
    "“My purse was in there, my dog was in there. I just started banging on the window,” Whitcomb said.",
    "“I’m just glad I got my baby back,” Whitcomb said of the dog.",
    "Whitcomb said the dog, a 9-year-old beagle named Biscuit, was found unharmed in the back seat after the crash.",
    "Ridgeview Police Chief Monty Garrison told KXRT his officers joined the chase for several miles before handing "
    "it back to deputies.",
    "“You never want a pursuit going through town. But this guy had a woman’s dog in the car and he wasn’t "
    "stopping,” Garrison said.",
    "The I-Team has learned Benning was released from the Harlow County jail just three weeks ago on an unrelated "
    "theft charge.",
    "Harlow County District Attorney Felix Ambrose told the I-Team his office had asked for a higher bail in that "
    "case.",
    "“We argued he was a danger to the community. The judge saw it differently,” Ambrose said.",
    "Benning’s family said in a statement shared with KXRT that he has struggled with addiction for years and that "
    "they are “grateful no one was killed.”",
    "“We are praying for the woman he hurt, and we are praying for Travis,” the statement said.",
    "Benning is scheduled to appear in court Wednesday.",
)

CEDAR_LOCKDOWN: tuple[str, ...] = (
    "Parents at Cedar Hollow Elementary say they learned about a lockdown from their children’s texts, not from the "
    "school.",
    "The school was placed on lockdown for about 40 minutes Thursday afternoon after a report of a person with a gun "
    "near the campus, according to the Pine Valley Police Department.",
    "Police spokesperson Officer Daniel Reyes said officers found a man carrying a pellet rifle in a field behind "
    "the school who told them he was hunting rabbits.",
    "“There was never a threat to the students. But we’ll always treat a call like that as real until we know "
    "otherwise,” Reyes said.",
    "In a statement, the Pine Valley Unified School District said staff followed “every step of our safety "
    "protocol” and that families were notified “as soon as it was safe to do so.”",
    "Superintendent Gloria Marchetti added that the district will review why some parents did not receive the "
    "automated text alert.",
    "“We got the kids safe. We did not get the parents informed, and that’s on us,” Marchetti said.",
    "The district’s communications director, Heather Sloane, said in an email that about one in five parent phone "
    "numbers on file were out of date.",
    "Kendra Bates, whose daughter is in second grade, told 7 News she found out from a message her daughter sent "
    "from a classmate’s smartwatch.",
    "“She wrote, ‘we are hiding in the closet, I love you.’ That’s what I got. Nothing from the school for almost "
    "half an hour,” Bates said.",
    "Another parent, Luis Ferrante, said he drove to the school and was stopped at the corner by officers.",
    "“They were great, the officers. They kept us calm,” Ferrante said. “It’s the communication part that fell apart.”",
    "School board member Tricia Vandeveer said she will ask for a full report at the board’s next meeting on Oct. 14.",
    "“Parents shouldn’t hear about a lockdown from a smartwatch,” she said.",
    "Classes resumed as normal Friday.",
)

NORTHSTAR_RESULTS: tuple[str, ...] = (
    "HALVERSON, Minn. — Northstar Cold Storage Inc. reported a 14% rise in third-quarter revenue on Tuesday, driven "
    "by new contracts with grocery distributors in the upper Midwest, and raised its full-year outlook.",
    "Revenue for the quarter ended Sept. 30 was $212.4 million, up from $186.3 million a year earlier, the company "
    "said.",
    "Net income rose to $18.9 million, or 71 cents a share, from $15.2 million, or 58 cents a share.",
    "“We are pleased to deliver another quarter of double-digit growth, and we are proud of the way our teams "
    "handled record volumes through the summer,” said Karen Lindqvist, president and CEO of Northstar Cold Storage, "
    "in a press release.",
    "Lindqvist added that the company’s new 300,000-square-foot facility in Fargo is on track to open in the first "
    "quarter of next year.",
    "Lindqvist said the Fargo site would add about 150 jobs.",
    "In the release, Lindqvist said the company had “no plans” to raise prices for existing customers in the coming "
    "year.",
    "“Our customers trusted us with their busiest season ever, and we delivered,” Lindqvist added.",
    "“Our balance sheet has never been stronger,” said Chief Financial Officer Raymond Oduya. “We are pleased to "
    "raise our full-year guidance, and we continue to see strong demand for temperature-controlled capacity.”",
    "Oduya said capital spending for the year would come in at the low end of the company’s range.",
    "Northstar now expects full-year revenue of $820 million to $835 million, up from its previous forecast of $790 "
    "million to $810 million.",
    "Shares of Northstar rose 6% in after-hours trading.",
    "Analyst Priya Venkataraman of Larchmont Securities said the results were “cleaner than we expected,” noting "
    "that margins improved despite higher energy costs.",
    "“The Fargo build is the story for next year. If they open it on time, the guidance is conservative,” "
    "Venkataraman said.",
    "Another analyst, Tom Berriman of Quayside Capital, was more cautious, saying rising interest rates could weigh "
    "on the cost of the Fargo project.",
    "“Nobody is building cold storage cheaply right now,” Berriman said.",
    "The company will host a conference call with investors at 8:30 a.m. Central on Wednesday.",
    "About Northstar Cold Storage: Northstar Cold Storage Inc. (NYSE: NCSI) is a leading provider of "
    "temperature-controlled warehousing and logistics services, with 41 facilities in 12 states. For more "
    "information, visit northstarcold.com.",
    "Media contact: Jenna Pruitt, 612-555-0148",
)

DUNMORE_PLANT: tuple[str, ...] = (
    "Workers at the Brayfield Foods plant in Dunmore say they found out Friday morning that the plant will close in "
    "60 days, putting about 340 people out of work.",
    "In a notice filed with the state, Brayfield Foods said the closure is part of a plan to consolidate production "
    "at its larger plant in Georgia.",
    "“This was an incredibly difficult decision and one we did not make lightly,” the company said in a statement to "
    "WDNK News 4. “We are committed to supporting our team members through this transition, including severance and "
    "job placement assistance.”",
    "Outside the plant gates, Shonda McAllister, who has worked on the packaging line for 17 years, said she cried "
    "in her car before the afternoon shift.",
    "“Seventeen years. I trained half the people in that building,” McAllister told WDNK. “And they tell us with a "
    "piece of paper in the break room.”",
    "Her co-worker, Eddie Ruelas, said he and his wife both work at the plant.",
    "“So it’s not one paycheck, it’s both of them. We have a mortgage. We have a kid starting college,” Ruelas said.",
    "Ruelas said he plans to apply at a distribution center in Carver Falls, about 40 miles away.",
    "“I’m not ready to leave Dunmore. But I’ll drive if I have to,” he said.",
    "A customer at the Dunmore Diner across the street, who asked not to be named, said the plant keeps the whole "
    "town going.",
    "Gov. Helen Strabane said in a press release that the state’s workforce agency will send a rapid response team "
    "to the plant next week.",
    "“No family in Dunmore should have to face this alone. We will be there with job fairs, training dollars and "
    "every resource we have,” Strabane said.",
    "Dunmore Mayor Curtis Fenwick called the news “a gut punch” for the town of 6,000.",
    "Fenwick said the city will hold a resource fair for the workers at the community center on Saturday.",
    "United Food and Commercial Workers Local 1822 President Marcy Dunleavy said the union will press the company for "
    "more than the legal minimum.",
    "“Sixty days’ notice and a handshake isn’t enough for people who gave this company decades,” Dunleavy said.",
    "Brayfield Foods, based in Atlanta, did not respond to a question about whether the Dunmore building will be sold.",
)

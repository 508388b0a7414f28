"""A sixty-fifth batch of fictional stories for probing the quotes, in the manner of TRAVEL, AVIATION AND TRANSPORT
NEWS as the wires, the travel desks and local web news write it: an airline that speaks as itself ("the carrier said in
a statement", "the airline said"), a spokeswoman for the carrier, stranded passengers quoted by first name or left
unnamed, an aviation analyst at a consultancy; an air accident investigation (a safety board that "said", an
investigator at a briefing, the manufacturer's statement, a pilots' union); a rail strike seen from the platform in the
present tense ("says Eilidh, 27"); a cruise ship outbreak (the operator, passengers reached by phone, a doctor, the
inspectors); a city's new tram line (the mayor, a transit agency referred back as "the agency", shop owners along the
route). Many speakers per block, split quotes, present-tense cues and descriptions that refer back ("the carrier", "the
investigator", "the 34-year-old nurse", "the retired schoolteacher"). Written for these tests; none is taken from any
corpus, and every person, airline, maker, union, agency, office and hospital in them is made up (the countries, cities
and kinds of bodies are real)."""

from __future__ import annotations

CANCELLATIONS: tuple[str, ...] = (
    "Skyrill cancels 1,400 flights as crew system fails, stranding thousands at the height of summer",
    "MANCHESTER, England — Skyrill Airways cancelled more than 1,400 flights across Europe on Saturday after a failure "
    "in the software that assigns pilots and cabin crew to aircraft, leaving tens of thousands of passengers stranded "
    "in airports from Manchester to Malaga at the start of the school holidays.",
    "The carrier said in a statement that the fault had been found in an update installed overnight and that engineers "
    "were “working around the clock” to restore the system. “We are deeply sorry for the disruption this has caused to "
    "our customers’ holiday plans,” the airline said.",
    "A spokeswoman for the carrier would not say how many crew members had been affected, but said rosters for Sunday "
    "were “being rebuilt by hand”. Skyrill expects to run about two-thirds of its schedule on Monday, she says.",
    "At Terminal 2 in Manchester, queues for the rebooking desk stretched past the shops by mid-morning. “We were on "
    "the plane, belted in, and then the captain said there was no crew for the way back so we weren’t going either,” "
    "said Priya, a teacher from Stockport travelling with her two children, who asked that her surname not be used. "
    "“Nobody from the airline has told us anything since.”",
    "Another passenger, a retired engineer bound for Faro, says he has slept on the floor of the terminal twice in a "
    "week. “They give you a voucher for eight pounds. A sandwich here costs seven,” he says.",
    "Tomás Reyland-Ochs, a 34-year-old nurse from Leeds, had planned to fly to Lisbon for his sister’s wedding. The "
    "nurse says he rebooked three times before giving up and buying a ticket on a rival airline for four times the "
    "price. “I’ll claim it back, they say. I’ll believe it when I see it,” he said.",
    "Under European and British rules, passengers whose flights are cancelled at short notice are entitled to "
    "compensation of up to 520 pounds unless the cause was an “extraordinary circumstance” beyond the airline’s "
    "control. Skyrill said it would honour all valid claims but did not say whether it regarded the software failure "
    "as extraordinary.",
    "Consumer groups were quick to say it was not. “A computer system the airline chose, bought and updated is about "
    "as ordinary as circumstances get,” said Rhiannon Dwyer-Patel, head of travel rights at the consumer group "
    "Fairfare.",
    "Aviation analysts said the failure exposed how thin the margins of low-cost carriers had become. “Skyrill runs "
    "its crews at ninety-something per cent utilisation in July,” said Gareth Lindqvist, a partner at the aviation "
    "consultancy Halden Aero. “There is no slack. When the system that matches people to planes goes down, there is "
    "nothing to fall back on.” The analyst added that the carrier had cut its reserve crews by a fifth since 2023, a "
    "figure the airline disputes.",
    "Britain’s Air Passenger Standards Office said it was “monitoring the situation closely” and reminded airlines of "
    "their duty to provide meals and hotel rooms to stranded passengers. The transport secretary, Alun Maddox-Byrne, "
    "told reporters in London that he had spoken to the airline’s chief executive and made clear that passengers “must "
    "not be left out of pocket”.",
    "Skyrill’s chief executive, Henrik Saltonstall, apologised in a video posted on the company’s website. “This is "
    "not the airline we want to be,” he said. “We will fix it, and we will pay.” Shares in the company fell 9 per cent "
    "in London.",
)

CRASH: tuple[str, ...] = (
    "Ice on the wings, not engine failure, brought down Corrie Air Flight 418, preliminary report says",
    "OTTAWA — The turboprop that crashed short of the runway at Hollin Bay in February had not been de-iced before it "
    "took off, even though snow had been falling for two hours, the Air Accident Safety Board said on Thursday.",
    "The board’s preliminary report found that the crew had asked for de-icing but cancelled the request after being "
    "told of a 40-minute wait, and that the aircraft’s ice protection system was switched on only after the first "
    "warning of a stall, 90 seconds before impact. Two of the 46 people on board were killed.",
    "“The crew were under time pressure, and the aircraft was carrying ice,” said Marguerite Osei-Lund, the "
    "investigator in charge, at a briefing in Ottawa. “Those two facts are at the centre of this investigation. What "
    "we do not yet know is why the decision was made.”",
    "The investigator said the flight data recorder showed the aircraft’s speed decaying steadily during the climb. "
    "Asked whether the pilots had been told about the wait, she said the board was still reviewing radio recordings "
    "and would not “speculate ahead of the evidence”.",
    "Corrie Air said in a statement that it was co-operating fully with the investigation and had since changed its "
    "procedures so that a departure cannot be released in falling snow without a de-icing record. “Our thoughts remain "
    "with the families of those we lost,” the airline said.",
    "The aircraft’s maker, Vantor Aerospace, says the ice protection system worked as designed once it was switched "
    "on. “There is no indication of any fault in the aircraft or its systems,” the manufacturer said in a written "
    "statement. It added that it had sent two engineers to assist the board.",
    "The pilots’ union took a different view. Captain Lyle Ferreira-Stoke, the safety chair of the Regional Pilots "
    "Association, said crews at Corrie had complained for more than a year that the de-icing contract at Hollin Bay "
    "left them waiting too long. “Pilots are being asked to choose between a delay that gets them disciplined and a "
    "risk nobody will name,” he said. “That is not a choice. That is a trap.”",
    "One survivor, a 61-year-old farmer from Kettle Creek who was seated over the wing, says he saw ice on it before "
    "the doors closed. “I thought, they know what they’re doing,” he says. “I’ll never think that again.”",
    "Aviation lawyer Dana Whitcombe-Aro, who represents several of the families, called the report “a first step” and "
    "said the families wanted to know who cancelled the de-icing request. “Someone made a phone call that morning,” "
    "she said.",
    "The board’s final report is expected within a year. Ms. Osei-Lund said investigators would also examine whether "
    "the airline’s schedule had left enough time for de-icing at small airports. “Every safety system on that "
    "aircraft depends on someone deciding to use it,” the investigator said.",
)

PLATFORM: tuple[str, ...] = (
    "‘We’re all just standing here’: commuters face a day of empty platforms as rail strike bites",
    "At 7.40 on a grey Tuesday morning, platform 4 at Harcastle Central should be packed with commuters for the fast "
    "train to the city. Instead there are a dozen people, a coffee cart and a departures board that reads, line after "
    "line, CANCELLED.",
    "“I knew about the strike, I just thought some trains would run,” says Eilidh, 27, who works in a dental surgery "
    "and has been waiting for 40 minutes. “The app said there was one at 7.52. Then it just disappeared.”",
    "Drivers belonging to the Associated Rail Drivers’ Union walked out at midnight in a dispute over pay and the "
    "introduction of driver-only operation on suburban routes. The union says the walkout will last 48 hours and that "
    "further strikes in August are “almost certain” unless the operator returns to talks.",
    "Its general secretary, Fergal O’Rourke-Lamb, joined a picket line outside the depot at Millbrook before dawn. "
    "“Nobody in this union wants to stand in the rain instead of driving a train,” he told the crowd of about 60. “But "
    "the company has put a number on the table that is a pay cut dressed up as a rise, and our members have said no.”",
    "The operator, Northline Rail, says its offer of 4.5 per cent this year and 3 per cent next is “fair and "
    "affordable” and that driver-only operation is already safe on half of the network. “We want to get back round "
    "the table,” a Northline spokesman said. “The door has never been shut.”",
    "On platform 4, patience is wearing thin in both directions. Jim Haddow, 64, a retired signalman, says he backs "
    "the drivers. “I did this job. I walked out in 1989. You don’t do it lightly,” he says. Beside him, a woman in a "
    "nurse’s uniform shakes her head. “That’s lovely for them. I’ve got a ward to run,” she says.",
    "The 64-year-old says his son is a driver on the same line. “He wouldn’t tell me how he voted,” Mr. Haddow says, "
    "laughing. “Which means I know.”",
    "The city’s mayor, Anjali Brook-Severn, urged both sides to meet “today, not next week”. She said the council "
    "would open three park-and-ride sites and run extra buses on the busiest routes. Local businesses say they are "
    "feeling it too. “Tuesday is usually my best morning,” says Corin Maybury, who runs the coffee cart on platform 4. "
    "“Today I’ll be lucky to sell thirty cups.”",
    "Just after 8, a single train of four carriages pulls in, driven by a manager. The crowd on platform 4 surges "
    "forward. “See?” says Eilidh, already moving. “Miracles.”",
)

CRUISE: tuple[str, ...] = (
    "Norovirus outbreak sickens 312 aboard the Aurelia Star as ship cuts voyage short",
    "MIAMI — More than 300 passengers and crew have fallen ill with a stomach virus aboard the Aurelia Star, a cruise "
    "ship on a 12-night Caribbean voyage, and the ship is returning to Fort Lauderdale four days early, its operator, "
    "Solenne Cruises, said Monday.",
    "Of the 2,870 passengers on board, 291 had reported symptoms of vomiting and diarrhoea to the ship’s medical "
    "centre, along with 21 of the 1,130 crew, according to the federal Vessel Sanitation Office.",
    "Solenne said in a statement that it had “increased cleaning and disinfection procedures” on the ship and was "
    "asking sick passengers to stay in their cabins. “The health and safety of our guests and crew is our highest "
    "priority,” the company said.",
    "Passengers reached by phone describe a ship that has gone quiet. “The buffet’s closed, the pool deck is empty, "
    "and every hour there’s an announcement telling us to wash our hands,” said Carol Wynn-Abernathy, 58, of Columbus, "
    "Ohio, who is travelling with her husband for their 35th anniversary. “He’s been sick since Thursday. I’ve been "
    "lucky so far.”",
    "The retired schoolteacher says the crew have been “heroic” but that information has been scarce. “We found out we "
    "were going home from a guy in the hot tub,” she said.",
    "Another passenger, who asked not to be named because she works for a company that does business with the cruise "
    "line, said she had been confined to her cabin for three days with food left outside the door. “It’s like a very "
    "expensive hospital,” she said.",
    "Norovirus spreads easily in closed settings and is resistant to many cleaning agents. Dr. Rafael Quintero-Mays, "
    "an infectious disease specialist at Bayside University Hospital in Miami, said outbreaks on ships draw attention "
    "because they are counted, not because ships are unusually dangerous. “Put 4,000 people in a hotel for two weeks "
    "and you would see the same thing, you just would not hear about it,” he said.",
    "The outbreak is the third on a Solenne ship this year. The Vessel Sanitation Office, which inspects cruise ships "
    "calling at US ports, said its inspectors would board the Aurelia Star when it docks on Wednesday. The ship scored "
    "86 out of 100 at its last inspection in March, the office said, the lowest passing mark.",
    "Solenne’s president, Marcus Ellery-Quayle, told a cruise industry conference in Orlando last month that the "
    "company had “the most rigorous sanitation standards at sea.” A spokeswoman for the company declined to comment on "
    "that remark on Monday. Passengers will receive a full refund and a credit for a future cruise, the company said.",
    "“We will probably come back,” Ms. Wynn-Abernathy said. “But maybe not in February.”",
)

TRAM: tuple[str, ...] = (
    "Tram line opens after four years of roadworks, and Ferrow Street counts the cost",
    "The first passenger tram in Castlemere for 70 years left the Riverside stop at 6.02 a.m. on Sunday, carrying the "
    "mayor, a brass band and about 200 people who had queued in the dark for a seat.",
    "“Four years of dust, detours and doubters, and here we are,” Mayor Gwen Tallis-Okafor told the crowd before "
    "cutting the ribbon. “This line will carry 40,000 people a day within two years. It will change how this city "
    "moves.”",
    "The 9.4-kilometre Line 1, which runs from the Riverside station to the Northgate hospital campus, cost 612 "
    "million dollars, about 140 million more than the original budget. The Castlemere Transit Agency, which will run "
    "the line, says the overrun was caused mostly by old water mains found under Ferrow Street that had to be moved. "
    "The agency expects the line to cover its operating costs by 2030.",
    "Its chief executive, Samuel Brightwater-Nunes, said ridership on the first day would not tell anyone much. "
    "“Opening day is a party. The real test is a wet Tuesday in November,” he said.",
    "Along Ferrow Street, where the tracks run down the middle of what used to be four lanes of traffic, the mood is "
    "more mixed. Nadia Quereshi-Bell, who owns a shoe repair shop near the Ferrow Market stop, says she lost a third "
    "of her trade during the works. “For two years you couldn’t see my door from the road. People thought I had "
    "closed,” the 52-year-old says. “Now the tram stops forty metres away. Ask me in a year whether it was worth it.”",
    "Across the road, the owner of a family bakery, who did not want his name used because he is in a dispute with the "
    "city over compensation, says he is thinking of selling. “They paid me 8,000 dollars for two years of hell,” he "
    "says.",
    "The city offered grants of up to 15,000 dollars to businesses on the route, but fewer than half of those eligible "
    "applied, according to a report to the council in March. Councillor Ravi Penhallow, who represents the ward, said "
    "the application form was “twelve pages of punishment” and that many owners had simply given up. “The city built a "
    "tram line and forgot the street it runs down,” he said.",
    "The agency said on Sunday that it would review the grant scheme. Riders, meanwhile, seemed pleased. “It’s quiet, "
    "it’s smooth, and I didn’t have to find parking at the hospital,” said Tom Elkhart-Vane, a porter at Northgate who "
    "rode the first tram to work. Transit advocates said the real measure would come when Line 2 is built.",
    "That line, to the airport, is still waiting for money from the province. The mayor says she will ask for it “the "
    "moment the ribbon hits the ground”. She was, a reporter pointed out, still holding the scissors.",
)

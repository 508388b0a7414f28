"""An eighty-eighth batch of fictional stories for probing the quotes, in the manner of MARITIME SHIPPING, PORTS AND
SEIZED VESSELS as the wires, trade papers and world desks write them: a tanker seized in the Strait of Hormuz (a
navy's statement read on state television, "the ship's operator said in an emailed statement", the shipowner who
tells what the captain radioed, "the shipowner", a pronoun chain across paragraphs, a maritime security firm's
analyst, a fleet that "said" and an admiral who "told the channel"); a port strike in Western Australia (the port
authority, the dockers' union leader at a rally, the terminal operator's statement, the port authority's chief
executive with a quotation split by its cue, "a spokesperson for the port", one long paragraph with pickets, a crane
driver, truck drivers, a barley farmer and "the union secretary", the workplace relations minister); a container
line's results (the line's figures, "according to the company's quarterly report", its chief executive on a call
with analysts, "the chief executive", a reporter's question in reported speech, "according to" the chief executive,
a freight analyst at a made-up consultancy, "the analyst", and the finance chief); a crew held in a
West African port (a seafarers' charity, its chaplain, "the chaplain", the ship's captain on the phone, "the
captain", port officials, a sailor's wife and a pronoun chain across paragraphs, the flag state's foreign ministry,
India's foreign ministry spokesman, the owner's manager "according to messages seen by" the wire); and a grounding
and oil spill off Sri Lanka (the coast guard, its commander, "the commander", "according to the coast guard", the
ship's manager, one long paragraph with fishermen, a fisherman, a hotel manager, volunteers and "the fisherman", the
environment minister with a quotation split by its cue). Surnames after the first mention, descriptions standing for
people, titles ("Rear Admiral", "Environment Minister") before names. Written for these tests; none is taken from any
corpus, and every person, ship, company, union, charity, consultancy, port and port authority in them is made up (the
countries, their navies, ministries and coast guards and the kinds of bodies are real)."""

from __future__ import annotations

TANKER: tuple[str, ...] = (
    "Iran’s navy seizes tanker in Strait of Hormuz, says it hit a fishing boat",
    "DUBAI (Wire) — Iran’s navy seized a Marshall Islands-flagged oil tanker in the Strait of Hormuz on Thursday, "
    "saying the ship had struck an Iranian fishing boat and sailed on without stopping to help its crew.",
    "In a statement read on state television, the navy said the tanker, the Marisol Dawn, had been escorted to the "
    "port of Bandar Abbas and that its 23 crew members were “in good health and being treated according to the law.”",
    "The ship’s operator, Thessaly Ardent Maritime, said in an emailed statement that it had lost contact with the "
    "vessel at 6:40 a.m. local time. “The Marisol Dawn was in international waters and on a declared course,” the "
    "company said. “There was no collision, no distress call and no fishing boat.”",
    "Kostas Ventouris-Hale, whose family firm owns the tanker, said by telephone from Piraeus that the captain had "
    "radioed the company’s office as a helicopter landed on the deck. “He said there were armed men on the bridge, and "
    "then the line went dead,” the shipowner said.",
    "He said the tanker was carrying about two million barrels of crude loaded in Basra for a refinery in South Korea. "
    "The company’s insurers had been informed, he added.",
    "Seizures in the strait tend to follow the seizure of an Iranian cargo somewhere else, said Miriam "
    "Holloway-Duarte, head of intelligence at Quayline Risk, a maritime security firm in London. “The collision story "
    "is the paperwork. The message is the point,” she said.",
    "The U.S. Navy’s Fifth Fleet, based in Bahrain, said it was “monitoring the situation closely.”",
    "State television showed footage of the tanker at anchor off Bandar Abbas. A navy commander, Rear Admiral Bahram "
    "Kashefi-Noor, told the channel that the case was “a legal matter for the courts, not a political one.”",
)

STRIKE: tuple[str, ...] = (
    "Dockers walk off at Port Kellerton as pay talks collapse, stranding 30 ships",
    "PERTH — About 1,400 dock workers at Port Kellerton walked off the job at midnight on Monday after talks over pay "
    "and rosters broke down, leaving 30 ships waiting at anchor, the Kellerton Ports Authority said.",
    "“We have been patient for eleven months. Patience has not paid a single bill,” Declan Mabberley-Osei, the state "
    "secretary of the Maritime and Dockside Workers’ Union, told a rally outside the main gate. He said the strike "
    "would last at least a week unless Austral Quay Terminals, which runs the port’s two container berths, returned to "
    "the table with a better offer.",
    "Austral Quay said in a statement that its offer of a 14 percent rise over four years was “fair and generous” and "
    "accused the union of “holding the state’s exporters to ransom.”",
    "The port authority’s chief executive, Ingrid Solvang-Reyes, said the authority was not a party to the dispute but "
    "could not stand by while ships queued offshore. “Every day of this costs the state about $40 million in trade,” "
    "she said, “and the people who pay are farmers and small importers, not the union or the company.”",
    "She said the authority had asked the federal workplace tribunal to intervene. A spokesperson for the port said "
    "later that two cruise ships due this week would be sent to Fremantle.",
    "At the gate, the mood was cheerful. Pickets said they had enough food and firewood to last a month. “My dad stood "
    "on this line in 1998. I’m not going to be the one who walks away,” said Tayla Brennock-Huia, a crane driver. "
    "Truck drivers queued on the access road said they had been turned back without notice. Graham Stidolph-Ure, who "
    "exports barley from a farm near Narrogin, said 600 tonnes of his grain were sitting in a container that could not "
    "be loaded. “If that ship leaves without it, I lose the contract,” he said. The union secretary said farmers were "
    "welcome to join the picket line.",
    "The federal workplace relations minister, Anwen Carradine-Hoyle, said she would not use emergency powers to end "
    "the strike “at this stage.”",
)

RESULTS: tuple[str, ...] = (
    "Norrhavn Line profit sinks as freight rates slide; chief sees no quick recovery",
    "COPENHAGEN — Norrhavn Line, the world’s fifth-largest container carrier, said on Wednesday that its third-quarter "
    "net profit fell 61 percent to $412 million as freight rates slid and new ships flooded the market.",
    "Revenue dropped to $6.9 billion from $9.3 billion a year earlier, according to the company’s quarterly report, "
    "and the line cut its full-year forecast for the second time since July.",
    "“We are not going to pretend this is a blip,” chief executive Henrik Aasmundsen-Clay told analysts on a "
    "conference call. “There are simply too many ships chasing too little cargo, and that will be true for at least "
    "two years.”",
    "The chief executive said Norrhavn would idle about 8 percent of its fleet over the winter and would not order new "
    "vessels until rates recovered. Asked whether the company would cut jobs, he said “everything is on the table” but "
    "that no decision had been made.",
    "The Red Sea diversions that had pushed rates to record highs last year were now “a smaller and smaller part of "
    "the picture,” according to Aasmundsen-Clay, as more carriers returned to the Suez Canal route.",
    "“Norrhavn is doing the sensible thing, but the sensible thing is what everyone is doing, and that is the "
    "problem,” said Lucinda Farrowby-Nakamura, a freight analyst at Saltmarsh Maritime Consulting in Oslo. She said "
    "spot rates from Shanghai to northern Europe had fallen by almost half since June.",
    "The orderbook — ships already ordered but not yet delivered — stood at nearly a third of the existing fleet, she "
    "said, a record. “They ordered those ships when money was free,” the analyst said. “Now they have to sail them.”",
    "Shares in Norrhavn fell 7 percent in Copenhagen.",
    "The finance chief, Pernille Vastrup-Moreau, told analysts that the company had $5.2 billion in cash and no bonds "
    "due before 2027, and that the balance sheet was “built for exactly this kind of year.”",
)

CREW: tuple[str, ...] = (
    "Sixteen sailors stranded off Cameroon for five months as owner goes silent",
    "MUMBAI — Sixteen sailors from India and Sri Lanka have been stuck aboard a cargo ship off the port of Douala, "
    "Cameroon, for five months without wages and with dwindling food, a seafarers’ charity said on Tuesday.",
    "The charity, the Lanternway Seafarers’ Trust, said the crew of the Panama-flagged cargo ship Orrin Bay had been "
    "living on rice and tinned fish since August and that two men had fallen ill with what appeared to be malaria.",
    "“These men have done nothing wrong. They are being held hostage by a debt that is not theirs,” said the Rev. "
    "Tobias Ekwueme-Lind, the trust’s port chaplain in Douala. The chaplain said he visited the ship twice a week with "
    "water and medicine.",
    "The ship’s captain, Rohan Seneviratne-Gill, said by phone from the bridge that the generator ran for only four "
    "hours a day to save fuel. “At night we sleep on deck because the cabins are too hot,” the captain said. Port "
    "officials in Douala said the ship could not leave until it paid more than $300,000 in fees and fuel bills.",
    "In a village near Kollam, in the southern Indian state of Kerala, Lekha Pavithran-Dsouza said she had not "
    "received any of her husband’s wages since July and had borrowed from relatives to pay their daughter’s school "
    "fees. “He calls when there is signal and says they are fine, but I can hear that he is not fine,” she said.",
    "She said she had written to India’s shipping regulator and to the Panamanian consulate in Mumbai but had heard "
    "nothing back. “Nobody owns this problem,” she said.",
    "Panama’s foreign ministry said in a statement that it was “in contact with the relevant authorities” and that the "
    "country’s maritime authority had opened an abandonment case, which can lead to the ship losing its flag.",
    "India’s foreign ministry spokesman, Arvind Mehrotra-Sahni, told reporters in New Delhi that the embassy in "
    "Yaoundé was “fully seized of the matter” and working to bring the sailors home.",
    "The ship’s owner, Tarnwick Marine Holdings, did not respond to emails. Its manager, Farid Qasimov-Teal, told the "
    "charity in September that the company was “looking for a buyer” and would pay the crew from the sale, according "
    "to messages seen by the Wire.",
)

SPILL: tuple[str, ...] = (
    "Bulk carrier runs aground off Sri Lanka’s south coast, leaking fuel onto beaches",
    "GALLE — A bulk carrier loaded with coal ran aground on a reef off Sri Lanka’s southern coast early on Saturday "
    "and was leaking fuel oil, the coast guard said, as slicks reached beaches near the fishing town of Unawatuna.",
    "The Liberian-flagged Amber Reach had been heading for Colombo with 68,000 tonnes of coal when it struck the reef "
    "at about 3 a.m., the coast guard commander, Rear Admiral Nalin Wickramage-Holt, told reporters at the harbour in "
    "Galle. All 21 crew members were safe, he said.",
    "“We can see a crack along the hull on the port side. Our first job is to stop more oil from going into the sea,” "
    "the commander said. He said about 200 tonnes of fuel had leaked and that booms had been laid around the ship.",
    "The captain had reported an engine failure about an hour before the grounding, according to the coast guard. The "
    "ship’s manager, Sundholm Bulk of Singapore, said in a statement that the crew were cooperating with the "
    "investigation and that salvage teams were on their way.",
    "On the beach at Unawatuna, black clumps of oil lay along the tide line. Fishermen said they had pulled their "
    "boats out of the water. “Thirty years I fish here. Never like this,” said Chaminda Ratnayake-Ferris, who was "
    "scrubbing oil from his nets. “If the fish go, we go.” A hotel manager, Dilani Amarasekara-Shaw, said three groups "
    "of guests had cancelled their bookings. Volunteers said they were short of gloves and bags. The fisherman said he "
    "had not been told whether he would be paid for his lost catch.",
    "Environment Minister Sujeewa Pathirage-Lowe, who flew over the site by helicopter, said the government would seek "
    "compensation from the shipowner and its insurers. “Somebody will pay for every beach and every boat,” the "
    "minister said, “and it will not be our fishermen.”",
    "He said a team from the marine pollution agency was taking samples from the reef, which is home to turtles and "
    "hard corals, and that the beaches between Galle and Weligama would stay closed for at least a week.",
)

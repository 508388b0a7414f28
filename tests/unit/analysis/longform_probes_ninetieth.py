"""A ninetieth batch of fictional stories for probing the quotes, in the manner of TOURISM, OVERTOURISM AND TRAVEL
DISRUPTION as travel desks, city papers and the wires write them: a mayor capping cruise ships in an Italian port
town (a lead's "saying", the mayor who "told the city council", "the mayor", "She said", a cruise line that "said in
a statement", "the company said" and "It added", the founder of a residents' group, "the founder", a shopkeeper on
the harbour, a regional office that "declined to comment"); a hotel association's survey on the Portuguese coast (a
lead's "according to a survey", its president who "told reporters", "according to the survey" and "it found", "the
hotelier", one long paragraph with a landlord, a landlords' association, a barman and a ministry spokeswoman); an
airline's summer chaos (its chief executive who "told analysts on a call", what he "accused" the union of, the cabin
crew union and its general secretary, a stranded nurse whose quotation is split by its cue, another passenger, the
aviation regulator, a travel analyst at a consultancy, "the analyst"); and a tourism minister abroad on a visa-free
deal (a lead's "its tourism minister said", "the minister", "She said", what she "played down", a reporter's
question in reported speech, one long paragraph with a tour operator, an operators' guild and a traveller, the head
of an island residents' council, "she told reporters"). Surnames after the first mention, descriptions standing for
people, titles ("Mayor", "Chief executive", "Tourism Minister") before names. Written for these tests; none is taken
from any corpus, and every person, town, group, company, association, airline, consultancy, agency and wire in them
is made up (the countries, their ministries and the kinds of bodies are real)."""

from __future__ import annotations

CRUISE: tuple[str, ...] = (
    "Italian port town caps cruise ships as residents say enough",
    "CASTELMARE DI SOTTO, Italy (Coastwire) — The mayor of this medieval port on the Ligurian coast will limit cruise "
    "ships to one a day from next spring, saying the town of 9,000 people could no longer absorb the crowds that pour "
    "off them.",
    "“We are not closing the door to anyone, but a town is not a theme park,” Mayor Chiara Bellandi-Furlow told the "
    "city council on Tuesday night. “When 6,000 passengers land before lunch, my own residents cannot buy bread.”",
    "The mayor said the cap, which the council approved by 14 votes to 3, would also bar ships carrying more than "
    "2,500 passengers from the inner harbour. She said the town would charge each passenger a landing fee of 8 euros "
    "and spend the money on buses and street cleaning.",
    "Pelagia Cruises, whose ships make up nearly half of the calls at Castelmare, said it was “disappointed” by "
    "the decision. “We have worked with the town for two decades and will keep talking to the mayor’s office about a "
    "fair schedule,” the company said in a statement. It added that several itineraries for next year would have to "
    "be redrawn.",
    "Residents have been pushing for a cap for years. Lucia Ferrandi-Holt, a retired schoolteacher who founded the "
    "group Castelmare Abitata, said rents in the old town had tripled as flats were turned into holiday lets. “The "
    "cruise ships are only the part you can see,” she said. “Behind them are the landlords who emptied our streets.”",
    "Ferrandi-Holt’s group collected 3,200 signatures last winter. The founder said the cap was “a first step, not a "
    "victory,” and that her members would watch whether the town enforced it.",
    "Not everyone is pleased. Renzo Gallucci-Vane, who runs a souvenir shop on the harbour front, said half his sales "
    "came from cruise passengers. “The mayor is solving the problem of people who do not shop here by hurting the "
    "people who do,” the shopkeeper said.",
    "The regional tourism office declined to comment on whether other ports would follow.",
)

HOTELS: tuple[str, ...] = (
    "Hoteliers say holiday lets are draining Algarve staff, survey finds",
    "FARO, Portugal (Coastwire) — Nearly two in three hotels on Portugal’s southern coast could not fill all their "
    "summer jobs this year, according to a survey published on Monday by the Barlavento Hotel Association.",
    "The association’s president, Rui Mendonça-Ashby, said the shortage was “the worst we have seen in twenty "
    "years” and blamed holiday lets for pushing workers out of the towns where they would serve tourists. “A waiter "
    "cannot pay 900 euros for a room and still come to work,” he told reporters in Faro.",
    "According to the survey, 41 percent of the 212 hotels that answered had closed a restaurant or a floor for part "
    "of the season. Room rates rose by an average of 11 percent, it found.",
    "The hotelier, who owns two four-star hotels in Lagos, said the association would ask the government to cap new "
    "licences for holiday lets in coastal towns. He said that members had raised wages by 9 percent but that it was "
    "not enough.",
    "Others see it differently. Inês Carvalho-Brent, who rents out four flats in Albufeira, said the hotels were "
    "“looking for someone to blame for their own low pay.” The local landlords’ association, Casa Sulina, said in a "
    "statement that holiday lets brought tourists into neighbourhoods the hotels ignored. Tiago Moura-Pell, a barman "
    "in Portimão, said he sleeps in his car three nights a week during the season. “I make good tips,” Moura-Pell "
    "said. “I just have nowhere to put them.” A spokeswoman for the Ministry of Economy said the government would "
    "present a housing plan for seasonal workers in the autumn.",
    "Mendonça-Ashby said he expected the shortage to ease only if Lisbon acted before next summer. “Otherwise we "
    "will be turning guests away in July,” he said.",
)

AIRLINE: tuple[str, ...] = (
    "Brightwing cancels 400 flights as cabin crew strike strands holidaymakers",
    "LONDON (Coastwire) — Budget airline Brightwing Air cancelled more than 400 flights over the weekend, stranding "
    "tens of thousands of holidaymakers across southern Europe, as cabin crew walked out in a dispute over pay and "
    "rest breaks.",
    "Chief executive Dominic Harcastle-Ivers told analysts on a call on Monday that the strike would cost the airline "
    "about 35 million pounds. “I am sorry for every family whose holiday we have ruined,” he said. “But I will not "
    "sign a deal that puts the airline’s future at risk.”",
    "He said the airline had chartered planes from two other carriers to bring passengers home and would refund "
    "hotel costs. Harcastle-Ivers accused the union of “holding the summer hostage.”",
    "The union representing the crew, the Cabin Crew Alliance, said its members had been flying 13-hour days with no "
    "guaranteed meal break. “Our members are exhausted, and exhausted crew are a safety risk,” the union’s general "
    "secretary, Moira Quennell-Bain, said. “Mr Harcastle-Ivers knows exactly what it would take to end this.”",
    "“We slept on the floor of Gate 14 with two toddlers,” said Priya Salgado-Wren, 38, a nurse from Leeds stranded "
    "at Málaga airport, “and nobody from the airline came to tell us anything.”",
    "Another passenger, Graham Oyelaran-Pike, said he had paid 600 pounds for new flights with a rival carrier. "
    "“Brightwing says it will refund us. I will believe that when I see the money,” he said.",
    "The Civil Aviation Authority said it was monitoring the airline’s handling of passengers and reminded it of its "
    "duty to provide meals and hotels. Quennell-Bain said the union was ready to meet management “any day, any hour.”",
    "Shares in Brightwing fell 6 percent in London. Aidan Restrepo-Hale, an aviation analyst at the consultancy "
    "Northbank Travel Partners, said the strike had come at the worst possible point of the year. “July and August "
    "pay for the winter,” the analyst said. “Lose a weekend now and you lose a quarter’s profit.”",
)

VISA: tuple[str, ...] = (
    "Thailand woos Indian travellers with visa-free stays, minister says",
    "MUMBAI (Coastwire) — Thailand will let Indian tourists stay for up to 60 days without a visa from November, its "
    "tourism minister said on Wednesday, as the kingdom tries to win back visitors lost to cheaper destinations.",
    "“India is the market we cannot afford to lose,” Tourism Minister Suphawadee Thanakorn-Vale said at a travel fair "
    "in Mumbai. “We want families from Pune and Jaipur, not only from Delhi and Mumbai.”",
    "The minister said arrivals from India had fallen by 12 percent in the first half of the year, while those to "
    "Vietnam and Sri Lanka had grown. She said Bangkok would also ask airlines to add direct routes to six Indian "
    "cities.",
    "Thanakorn-Vale, who was meeting Indian tour operators during a three-day visit, played down worries that the "
    "waiver would bring more crowds to islands already straining under visitors. “Phuket is not full; Phuket is badly "
    "managed in four months of the year,” she said. Asked whether Thailand would introduce a tourist tax, she said a "
    "fee of 300 baht for air arrivals was “still under study.”",
    "Indian operators welcomed the move. Harsh Venkataraman-Dell, who heads the Mumbai agency Saffron Trailways, said "
    "bookings for Bangkok over Diwali had doubled since rumours of the deal began. The Western India Tour Operators’ "
    "Guild said in a statement that the waiver would “put Thailand back at the top of the list.” Meera Kapadia-Ross, a "
    "software engineer at the fair with her parents, said the visa had never been the problem. “It is the flight "
    "prices,” she said.",
    "Back in Thailand, not everyone shares the minister’s enthusiasm. Somchai Wiriyakul-Hart, who chairs a residents’ "
    "council on Koh Lanta, said the island’s water supply already ran short in March. “The government counts "
    "arrivals,” he said. “We count the days without water.”",
    "The minister said the ministry would spend part of a new tourism fund on water and waste projects on the islands. "
    "“Growth and care are not enemies,” she told reporters before flying to Delhi.",
)

"""A ninety-seventh batch of fictional stories for probing the quotes, in the manner of AIR, RAIL AND SEA DISASTER
INVESTIGATIONS ABROAD as the wires and world desks write them over the days after a crash: a regional jet down in a
palm plantation in Indonesia (a transport-safety board that "said in a preliminary report" and is then "the board" and
"It warned", its lead investigator at a news conference, "according to the flight data recorder", reported speech with
"said that" and a second "and that" clause, the airline's chief executive and the airline "in a statement", the maker
as "the company said, adding that …", a transport minister who "warned", a pilots' union's chairman, a widow and "Her
brother, 34, was flying home …, she added", a foreign embassy, an aviation-safety analyst at a consultancy and "She
noted", "two people familiar with the investigation"); a freight train that ran a red signal into a commuter train in
Chile (the board's account "in a preliminary report" with "according to the data from its event recorder", its chief
investigator split over his cue and "He cautioned", the freight operator's statement and its chief executive, a
spokeswoman for the state railway, a minister who "told Congress", a drivers' union and its secretary general, a
mother whose son took the early train and "Her brother, …, said", an embassy's count of the dead in mid-sentence,
"Safety experts said", a consultant who "warned that", "a person familiar with the investigation"); and an overloaded
ferry that capsized in the Philippines ("according to the coast guard", "officials said", a board of marine inquiry
and its commodore, the captain's radio call inside the investigator's reported speech, the operator's statement and
"The company said", its chief executive split over "he said", a secretary who "ordered" and then "told reporters" and
"He noted", a seafarers' union's president, a woman at the pier and her brother named by first name only, an embassy,
an analyst and "He added that", an anonymous coast guard officer). Written for these tests; none is taken
from any corpus, and every person, airline, maker, operator, union, ferry and consultancy in them is made up (the
countries, cities and kinds of bodies are real)."""

from __future__ import annotations

JET: tuple[str, ...] = (
    "Jet’s engine lost power seconds after takeoff before Indonesian crash, investigators say",
    "JAKARTA, Indonesia — One of the two engines of a Selindra Air jet that crashed into a palm plantation last week "
    "lost power less than a minute after takeoff, Indonesia’s transport safety board said in a preliminary report "
    "released on Wednesday, as relatives of the 61 people who died pressed for answers.",
    "“The crew had very little time and very little height to work with,” the board’s lead investigator, Haryo "
    "Santosa-Widjaja, told a news conference in Jakarta. “We are not yet in a position to say why the engine failed, "
    "and I would ask everyone not to guess.”",
    "According to the flight data recorder, the left engine’s fuel flow fell to almost nothing 47 seconds after the "
    "wheels left the runway, and the pilots declared an emergency seconds later. Santosa-Widjaja said that the "
    "aircraft had climbed to about 1,400 feet before it began to lose height, and that the cockpit voice recorder, "
    "which was damaged by fire, had been sent to a laboratory in France.",
    "The board said it had found no sign of a fire or a bird strike before the engine failed. It warned that its "
    "findings were preliminary and could change as the investigation went on, and said a final report was expected "
    "within a year.",
    "“Nothing we say can ease the pain of the families, but we owe them the truth, and we will not rest until we have "
    "it,” Selindra Air’s chief executive, Dewi Kartikasari-Lim, said on Thursday. In a statement, the airline said it "
    "had grounded its four other jets of the same type for inspection “as a precaution.”",
    "The aircraft’s maker, Vantrell Aerospace, said it had sent a team of engineers to support the inquiry. “Safety is "
    "at the heart of everything we do,” the company said, adding that the engine type had flown more than 20 million "
    "hours without a comparable failure.",
    "“If anyone cut corners, they will answer for it,” Transport Minister Budi Harjosuwarno warned after a visit to "
    "the crash site on Saturday.",
    "Raka Pramudya-Hasan, chairman of the Federation of Nusantara Aviators, a pilots’ union, defended the crew. “These "
    "were experienced pilots who did everything the manual asks,” he said. “To blame them before the recorders are "
    "read would be shameful.”",
    "Eleven of the dead were Malaysian. “Nobody from the airline has called us. Nobody,” said Intan Purbasari-Hadi, "
    "whose husband was the flight’s purser. Her brother, 34, was also on board, flying home after a job interview, she "
    "added.",
    "Malaysia’s embassy in Jakarta said in a statement that it was helping the families of the Malaysian victims and "
    "had sent consular officers to the hospital in Pekanbaru where the bodies were being identified.",
    "“An engine failure on takeoff is something every crew trains for, so the question is what else went wrong,” said "
    "Lorna Fitzwarren, an aviation-safety analyst at the consultancy Haldane Skyward in Singapore. She noted that the "
    "aircraft was 19 years old but said age alone “tells you very little.”",
    "Two people familiar with the investigation, who spoke on condition of anonymity because they were not authorised "
    "to discuss it, said investigators were examining a fuel pump that had been replaced three weeks before the "
    "crash. The board declined to comment.",
)

TRAIN: tuple[str, ...] = (
    "Signal was red when freight train hit commuter service in Chile, board says",
    "SANTIAGO, Chile — A signal was showing red when a freight train ran past it and struck a commuter train south of "
    "Santiago on Friday, killing 23 people, Chile’s rail accident investigation board said on Tuesday, in its first "
    "account of the country’s deadliest rail crash in four decades.",
    "The freight train was travelling at 71 kilometres an hour, according to the data from its event recorder, well "
    "above the limit of 40 on that stretch, the board said in a preliminary report.",
    "“We know what happened,” the board’s chief investigator, Ignacio Valdebenito-Ruiz, told reporters. “What we do "
    "not yet know is why. Was it the driver, the signal, the brakes, or all three? That is the work of the coming "
    "months.”",
    "He cautioned, however, against blaming the driver of the freight train, who survived with a broken leg, before "
    "tests on its brakes were complete.",
    "The freight operator, Andesur Carga, said in a statement that it was “devastated” and that it had suspended the "
    "driver pending the inquiry. Its chief executive, Rodrigo Maturana-Ossa, said on Monday that the company’s trains "
    "were fitted with an automatic braking system but that it had not been switched on for that line, “because the "
    "line’s own system was not ready.”",
    "“The signal did what it was supposed to do,” said Paula Errázuriz-Beltrán, a spokeswoman for Ferrovía Central, "
    "the state railway that runs the commuter service and manages the signals.",
    "Transport Minister Carolina Sepúlveda-Marín told Congress on Monday that the government would fit automatic "
    "braking on every commuter line within three years. “Twenty-three families are burying their dead this week. "
    "Three years is already too long,” she said, and added that she had asked the board to share its findings with "
    "prosecutors.",
    "The Southern Train Drivers’ Union said its member had been working his sixth night shift in a row. “He is not a "
    "machine,” the union’s secretary general, Hernán Quiroga-Valdés, said. “Nobody asks who wrote the rota.”",
    "“He called me at 6:10 to say he was on board,” said Marcela Fuenzalida, whose son, a 19-year-old student, had "
    "taken the early train because it was cheaper. “At 6:40 they told me.” Her brother, Tomás Fuenzalida, said the "
    "family would join a lawsuit against both companies.",
    "Two of the dead were Bolivian, Bolivia’s embassy in Santiago said, and a third was a Peruvian student.",
    "Safety experts said the crash recalled failures elsewhere. “Europe learned this lesson the hard way: you cannot "
    "rely on a tired human being to obey every red light,” said Anneliese Dorrington-Pike, a rail-safety consultant "
    "at Morrow Clearfield Associates in London. She warned that switching on braking systems line by line could take "
    "longer than the minister expected.",
    "A person familiar with the investigation said the freight driver had told investigators that the signal was "
    "showing green. The board would not confirm that account.",
)

FERRY: tuple[str, ...] = (
    "Capsized Philippine ferry carried nearly twice its limit, inquiry finds",
    "MANILA — The ferry that capsized off the island of Mindoro on Sunday was carrying nearly twice as many people as "
    "it was allowed to, according to the coast guard, and investigators are examining whether its crew ignored a gale "
    "warning, officials said on Thursday.",
    "The board of marine inquiry said in a preliminary report that the MV Lady Corazon had 212 people on board when it "
    "was licensed to carry 120. “The numbers speak for themselves,” the board’s lead investigator, Commodore Rafael "
    "Dimaculangan-Sy, told a news conference. “But overloading alone does not sink a ship on a calm sea. The sea was "
    "not calm.”",
    "According to data from the vessel’s tracking transponder, the ferry left port at 2:14 p.m., 40 minutes after the "
    "weather bureau raised a gale warning for the strait, and turned back toward the coast shortly before it rolled "
    "over. Dimaculangan-Sy said that the captain, who is among the 37 missing, had radioed the port at 3:02 p.m. to "
    "say the ship was taking on water.",
    "The ferry’s operator, Marisol Inter-Island Lines, said in a statement that the ship had been cleared to sail by "
    "the port authority and that the passenger count included children, who were not counted against the limit. The "
    "company said it would cover funeral costs for all the dead.",
    "Its chief executive, Arturo Lacsamana-Reyes, said at a news conference that the company would not hide behind "
    "the port authority. “If our people made a mistake, we will say so,” he said, “and we will pay for it.”",
    "Transportation Secretary Eduardo Villanueva-Cruz ordered all wooden-hulled ferries on the route to stay in port "
    "until they were inspected. “I will not sign off on another trip by a boat that has not been checked, full stop,” "
    "he told reporters in Calapan. He noted that the operator had been fined twice before for overloading.",
    "“The captain is told to fill the boat, and if he refuses, there is another captain waiting,” said Lourdes "
    "Gatchalian-Ong, president of the Archipelago Seafarers’ Union.",
    "Rowena Bautista-Tolentino, 42, spent three days at the pier in Calapan waiting for news of her sister and two "
    "nieces. “I keep looking at the water as if it will give them back,” she said. Her brother, Noel, was angrier. "
    "“They told us 150 people were on the ship. They lied to us from the first day,” he said.",
    "South Korea’s embassy in Manila said two South Korean tourists were among the missing and that it was in touch "
    "with their families. “We are asking the Philippine authorities to continue the search for as long as there is "
    "hope,” the embassy said.",
    "“Overloading, old hulls, bad weather and a regulator that looks away. Every time, the same four things,” said "
    "Desmond Okafor-Lindqvist, a maritime-safety analyst at the consultancy Brightwater Keel in Hong Kong. He added "
    "that passenger lists were often incomplete, so the true number of missing “may never be known.”",
    "A coast guard officer who took part in the rescue, speaking on condition of anonymity because he was not "
    "authorised to speak to the media, said the ferry’s life jackets had been stored in a locked room below deck.",
)

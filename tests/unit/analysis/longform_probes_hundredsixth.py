"""A hundred-and-sixth batch of fictional stories for probing the quotes, in the manner of A LONG-FORM CANADIAN
FEATURE ON A SMALL TOWN'S PUBLIC LIBRARY THAT BECAME ITS WARMING CENTRE, NEWCOMERS' CLASSROOM AND LAST PUBLIC SPACE
as public-broadcaster web features and regional dailies write it, two of its three articles in long blocks of five to
ten sentences as a web scraper leaves them: the head librarian ("she says", "the librarian says", a cue in
mid-sentence), a retired trucker ("recalls the retired trucker", a quotation split by "Brodeur-Mackintosh says"), a
volunteer tutor and the newcomer mother and son she tutors, of one surname and named by their first names after
("Yonas grins at that", "Selam says", "Solvang-Okafor adds"); the town council cutting the library's hours (a
councillor whose words go on in a paragraph of their own and then "He said" in the next, the town "in a statement",
its chief administrative officer, the library board's chair who "called" the vote short-sighted, a provincial library
association and its executive director, the librarian); and the library as the town's last public room (a sociologist
who "notes" in mid-sentence and is cued "says the sociologist, whose students Halvorsen-Tremblay has hosted", the
librarian, the trucker who "puts it more bluntly", the family and the councillor). Written for these tests; none is
taken from any corpus, and every person, town, church group, association and university in them is made up (the
province, the countries and the kinds of bodies are real)."""

from __future__ import annotations

WARMTH: tuple[str, ...] = (
    "Minus 38 and the doors open early: how a small-town library became everyone's living room",
    "KESTREL BAY, Ont. — On the coldest morning of January, when the thermometer outside the post office read minus "
    "38, there were 23 people waiting at the Kestrel Bay Public Library before it opened. Marguerite "
    "Halvorsen-Tremblay let them in at eight, an hour early, because the town’s only coffee shop had burst a pipe and "
    "the arena was closed for repairs. “Nobody told me in library school that the job would mean knowing whose "
    "furnace is broken,” she says. “But here we are.” Halvorsen-Tremblay has run the library for 14 years, and in "
    "that time she has watched the bank branch, the movie theatre and the Legion hall close, one after another. The "
    "library is the last building in town where anyone can walk in and sit down without buying something, she says, "
    "and she means to keep it that way. “People come in for the heat and stay for the company,” the librarian says. "
    "“Some of them don’t say a word for an hour, and then they tell you all about a grandson in Fort McMurray.”",
    "Lyle Brodeur-Mackintosh is usually the first one through the door. He drove a tractor-trailer between Thunder "
    "Bay and Winnipeg for 31 years, and since his wife died he has spent most weekday mornings in the same armchair "
    "by the newspaper rack. “I did four million kilometres alone in a cab, so I know what lonely sounds like,” "
    "recalls the retired trucker. “It sounds like a television on in an empty house.” He reads two papers a day, "
    "front to back, and argues about hockey with anyone who will listen. The library, he says, is the only place "
    "left where he is still a regular. “At the Legion they knew my name,” Brodeur-Mackintosh says, “and when it "
    "closed I figured that was the end of that. Then Marguerite put a coffee pot on.”",
    "At a table at the back, under a map of the world stuck with coloured pins, Ingrid Solvang-Okafor is going over "
    "the past tense with a mother and her teenage son. Selam Tewolde-Berhane and her son Yonas, 16, came to Kestrel "
    "Bay from Eritrea two winters ago, by way of a refugee camp in Ethiopia, sponsored by a group from the Kestrel "
    "Bay United Church. Solvang-Okafor, a retired Grade 4 teacher, has tutored them twice a week since their second "
    "month in town. “Selam learned more English in a year than I learned French in twelve,” she says. “Yonas picked "
    "it up in about six weeks, mostly from hockey broadcasts.” Yonas grins at that. “The coach says a lot of words "
    "that are not in the textbook,” he says. His mother works nights at the long-term care home and comes to the "
    "library straight from her shift, still in her scrubs. “In the camp there was no place like this, with books and "
    "a warm chair, that belonged to everyone,” Selam says. “Here I can sit for three hours and nobody asks me to "
    "leave.” She wants to write her nursing exams in English by next year, she says. “She will pass them the first "
    "time,” Solvang-Okafor adds. “I have never been so sure of anything.”",
)

HOURS: tuple[str, ...] = (
    "Kestrel Bay council cuts library hours by a third, closing it Mondays and evenings",
    "KESTREL BAY, Ont. — Kestrel Bay town council voted 4-3 on Tuesday night to cut the public library’s opening "
    "hours by a third, closing it on Mondays and after 5 p.m. on weekdays starting in March.",
    "Coun. Brent Vasquez-Lindgren, who moved the cut, said the town faces a $410,000 shortfall after the province "
    "reduced its municipal grant and the insurance on the arena rose by half. “Nobody on council is against the "
    "library,” he said. “But I can’t ask a pensioner on a fixed income to pay eight per cent more in property tax so "
    "that a building can stay open until nine.”",
    "“Every department took a cut this year. The library’s is smaller than the roads department’s.”",
    "He said he would vote to restore the hours if the province restored its grant.",
    "In a statement, the town said the shorter hours would save about $62,000 a year and that no library staff would "
    "be laid off. “Council’s decision reflects the difficult choices facing small municipalities across Northern "
    "Ontario,” the town said in the statement.",
    "Patricia Ouellet-Strand, the municipality’s chief administrative officer, said staff had looked at closing the "
    "library on Saturdays instead but found that Saturday was its busiest day.",
    "Desmond Achterberg-Quill, chair of the Kestrel Bay Public Library board, called the vote “short-sighted” and said "
    "the board would ask council to reconsider before the budget is finalized in February. “The library is the "
    "warming centre, the settlement office and the only free Wi-Fi in town, and we are going to lock it on the "
    "coldest nights of the year,” he said.",
    "He said the board had not been told of the motion until the Friday before the vote.",
    "The Trillium Rural Library Association said at least 11 rural library systems in the province had cut hours or "
    "closed branches since 2023. Its executive director, Naveen Castellanos-Birch, said small-town libraries had "
    "quietly taken on work that once belonged to churches, service clubs and government offices. “When a library "
    "closes at five, that work does not go away,” Castellanos-Birch said. “It goes to the emergency room and the "
    "police station.”",
    "Marguerite Halvorsen-Tremblay, the head librarian, said she learned of the vote from a patron who watched it on "
    "the town’s livestream. She said the library would try to move its newcomer tutoring to Saturday mornings.",
    "“We will figure it out. We always do,” she said. “I just don’t know where people are going to go on a Monday in "
    "February.”",
)

ROOM: tuple[str, ...] = (
    "The last room in town: what a library's shorter hours say about small-town Canada",
    "KESTREL BAY, Ont. — Marguerite Halvorsen-Tremblay keeps a tally sheet on a clipboard at the circulation desk, one "
    "stroke for every person who walks in. Last winter the library counted 11,400 visits in a town of 2,300 people, "
    "she says, and fewer than half of them borrowed a book. Sociologists have a name for places like this one: third "
    "places, the rooms between home and work where people gather without an appointment. Dr. Oluwaseun "
    "Kettering-Dahl, a sociologist at Boreal Shield University in Sudbury who studies rural towns, says most of the "
    "towns in her research have lost nearly all of them in 20 years. “The diner, the church basement, the curling "
    "club bar, the bank lobby: one by one they close, or they start charging,” she says. “The library is usually the "
    "last one standing, because nobody thought to make it pay.” The people who lose most when a third place closes, "
    "Kettering-Dahl notes, are the ones with the fewest other places to go: older men living alone, newcomers and "
    "teenagers. “You can measure it in emergency visits and police calls,” says the sociologist, whose students "
    "Halvorsen-Tremblay has hosted for three summers. “A town without a public room is a lonelier town, and a more "
    "expensive one.”",
    "Halvorsen-Tremblay has started calling the library by other names. “I don’t know what we are anymore,” the "
    "librarian says. “We are a library, a warming centre, a classroom and a living room, and we are funded like a "
    "library.” Brodeur-Mackintosh, the retired trucker, puts it more bluntly. “Close it on Mondays and you’ll find "
    "out where we go,” he says. “We go nowhere. We sit at home and wait for Tuesday.” He has written to every member "
    "of council, he says, in longhand, and two of them wrote back.",
    "Selam Tewolde-Berhane and her son, Yonas, have already made a plan. On Mondays Yonas will do his homework at the "
    "coffee counter of the gas station on the highway, he says, because it has Wi-Fi and stays open late. “It is "
    "warm, and the Wi-Fi is fine,” Yonas says. “But at the library nobody looks at you like you have to buy "
    "something.” Selam says she will keep coming on Saturdays, with her textbooks, after her shift. Coun. Brent "
    "Vasquez-Lindgren, who moved the cut, says he has heard from more people about the library than about anything "
    "else in his six years on council. He still believes the vote was the right one. “I got 200 emails, and I read "
    "every one,” the councillor says. “Not one of them told me what to cut instead.”",
)

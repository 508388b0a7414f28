"""A sixty-fourth batch of fictional stories for probing the quotes, in the manner of BOOKS AND IDEAS: author
interviews and book reviews on the web pages of the broadsheets and the magazines, where what an author wrote is quoted
beside what the author said aloud ("she writes", "he argues in the book", "as she puts it in the final chapter",
"writes X, a historian at Y, in her new book"); a reviewer's judgement in the reviewer's own voice; a publisher's
statement; critics and other scholars ("said X, who reviewed the book for Z"); the author's subjects quoted by the
author ("one veteran tells her", "a tank driver … tells her"); an interviewer's questions ("I ask", "the session's
chair … asked whether"). The pieces: a review of a history of wartime shipping ledgers, an interview with an economist
about his history of trade wars, a news story on a former ambassador's memoir, a magazine review of a book about a
war's veterans, and a literary festival session with a retired air marshal on nuclear deterrence. Written for these
tests; none is taken from any corpus, and every person, book, publisher, university and institute in them is made up
(the countries, places and kinds of bodies are real)."""

from __future__ import annotations

LEDGERS: tuple[str, ...] = (
    "Review: ‘The Salt Convoys’ shows how a blockade was broken by bookkeepers, not admirals",
    "In the winter of 1942, a Norwegian shipping clerk named Arne Vestby kept two ledgers: one for the German harbour "
    "master and one for himself. That second ledger, found in an attic in Bergen in 2019, is the seed of Ingrid "
    "Solberg-Maré’s remarkable new book, The Salt Convoys (Harrow & Finch, 412 pages).",
    "“Wars are fought by armies, but they are supplied by clerks, and clerks keep records,” Solberg-Maré writes in "
    "the introduction. “This is a book about the records.”",
    "Solberg-Maré, a historian of the sea at Northgate University in Aberdeen, argues that the Allied blockade of the "
    "Norwegian coast did less to starve the German war machine than the quiet sabotage of its paperwork. Cargoes were "
    "under-weighed, fuel was logged twice, and whole shiploads of nickel ore vanished between one port and the next.",
    "Her sources are remarkable. One former harbour pilot, interviewed when he was 97, tells her that he “lost” a "
    "tanker in a fjord for three days in 1943 by writing the wrong bearing in the log. “The Germans trusted the log "
    "more than their own eyes,” he says.",
    "Not every claim survives scrutiny. The book’s central figure of 40,000 tonnes of lost ore rests on Vestby’s "
    "private ledger alone, and Solberg-Maré concedes as much in a footnote: “A clerk who lied to the Germans may have "
    "lied to himself.”",
    "Other historians are divided. “It is a brilliant book built on one man’s handwriting,” said Tomasz "
    "Wierzbicki-Hale, a naval historian at the Baltic Institute of Maritime Studies in Gdańsk, who reviewed it for the "
    "Journal of Northern History. “I want to believe it. I am not sure I can.”",
    "Margit Haugland-Reese, who directs the Bergen Maritime Archive, where the ledger is now kept, said in an "
    "interview that her staff had checked the ledger’s entries against German port records and found them "
    "“uncomfortably accurate”. “Every ship he names was in the harbour on the day he says it was,” she said.",
    "The prose is plain and sometimes dry, but it rises in the final chapter, where Solberg-Maré follows Vestby’s "
    "daughter, now 88, back to the quay where her father worked. “He never told us anything,” the daughter tells her. "
    "“We found out from the ledger, like everybody else.”",
    "As Solberg-Maré puts it in the book’s last line: “The sea keeps no accounts, but the men who sailed on it did.”",
    "Harrow & Finch said in a statement that the book had sold out its first printing in Norway within a week and "
    "that an English paperback would follow in the spring.",
    "The Salt Convoys is an important, flawed and deeply human book. Read it for the ledgers; forgive it the "
    "arithmetic.",
)

TARIFF: tuple[str, ...] = (
    "‘A tax with a flag on it’: Daniel Okonkwo-Reyes on his history of the trade wars",
    "Daniel Okonkwo-Reyes meets me in a café near the Treasury, orders a black coffee and, before I have switched on "
    "the recorder, says that he has been wrong about tariffs for most of his career.",
    "“I spent twenty years telling governments that tariffs always fail,” he says. “Then I went back to the archives "
    "and found that sometimes they work, for a while, for the wrong reasons.”",
    "That admission is the engine of his new book, The Long Tariff, a history of trade wars from the Corn Laws to the "
    "present. Okonkwo-Reyes, a senior fellow at the Halvorsen Institute for Trade Policy in Washington, argues in the "
    "book that tariffs rarely achieve what their authors promise but often achieve something else: a shift of power "
    "from exporters to governments.",
    "“A tariff is a tax with a flag on it,” he writes in the opening chapter. “Everyone salutes the flag and nobody "
    "reads the tax.”",
    "Why write a history rather than a policy paper, I ask. He shrugs. “Policy papers are read by the people who "
    "already agree with you. Histories are read by their children.”",
    "The book is at its best on the 1930s. Okonkwo-Reyes shows, with tables that will delight economists and defeat "
    "everyone else, how the tariff walls of that decade pushed small countries into the arms of larger ones. One "
    "chapter quotes a Danish butter exporter who wrote to his minister in 1932: “We are told to buy British and sell "
    "German. Please tell us which war we are in.”",
    "Not everyone is persuaded. Helena Marchetti-Voss, a trade economist at the University of Leeds who reviewed the "
    "book for the Financial Review of Books, said it was “a superb history with a weak last chapter”. “He is much "
    "better on 1932 than on 2025,” she said in a telephone interview. “The present is not a footnote to the past.”",
    "Okonkwo-Reyes accepts the criticism, up to a point. “The last chapter is the one I will have to rewrite in ten "
    "years,” he tells me. “The other eleven I will defend with my life.”",
    "A spokesman for the Halvorsen Institute said the book was written in Okonkwo-Reyes’s own time and did not "
    "reflect the institute’s positions.",
    "Does he worry that the book will be read as an argument for tariffs? He laughs. “It will be read as an argument "
    "for whatever the reader already thinks. That is what books are for.”",
    "The Long Tariff is published by Calder House at $32. Its publisher said in a statement that the first printing of "
    "40,000 copies had been increased to 60,000 before publication.",
)

MEMOIR: tuple[str, ...] = (
    "Former envoy’s memoir says London ignored warnings before the Caucasus war",
    "LONDON — A former British ambassador to Georgia writes in a new memoir that ministers ignored repeated warnings "
    "from the embassy in the months before the 2008 war, a charge the Foreign Office rejected on Tuesday.",
    "In A Room Without Windows, published on Thursday by Pellham Books, Sir Miles Garrow-Pendle, who was ambassador in "
    "Tbilisi from 2005 to 2009, says he sent eleven telegrams warning of a Russian build-up and received “two "
    "acknowledgements and no answers”.",
    "“We were the smoke alarm, and London had taken out the battery,” he writes. In another passage he describes a "
    "minister who, on a visit to Tbilisi in 2007, asked him to “keep the temperature down” so as not to spoil talks on "
    "a gas pipeline.",
    "The Foreign, Commonwealth and Development Office said in a statement that it did not comment on the memoirs of "
    "former officials but that “the government of the day responded to events in Georgia with the information it "
    "had”.",
    "Lord Ashdown-Creel, who was a Foreign Office minister at the time, told BBC Radio 4 that the book was “a very "
    "good novel”. “Ambassadors always remember the telegrams they sent and never the ones they were sent,” he said.",
    "Garrow-Pendle, 71, said in an interview at his home in Suffolk that he had waited fifteen years to publish "
    "because “the people in the book deserved to be retired before they were embarrassed”. “I am not settling scores. "
    "I am settling the record,” he said.",
    "Historians who have read the book say its value lies less in the blame than in the detail. Natalia "
    "Kvirikashvili-Orme, a specialist on the Caucasus at the Halden Centre for Eastern European Studies, said the "
    "telegrams quoted in the book matched those released under the 30-year rule for other embassies. “The tone is "
    "bitter, but the documents are solid,” she said.",
    "The book also quotes a Georgian deputy minister, Levan Chkheidze-Barr, who tells the author over dinner in 2008 "
    "that “the Russians are not coming; they are already here”. Reached by telephone on Tuesday, Chkheidze-Barr, now a "
    "lecturer in Tbilisi, said he remembered the dinner but not the words. “It sounds like something I would have said "
    "after the second bottle,” he said.",
    "Pellham Books said it had received no legal complaint and that a second printing had been ordered.",
    "As Garrow-Pendle puts it in the book’s preface: “Diplomacy is the art of being ignored politely. I was ignored "
    "very politely indeed.”",
)

VETERANS: tuple[str, ...] = (
    "The soldiers who came home: Clara Benedek-Holt listens to a war’s veterans",
    "Clara Benedek-Holt spent three years in the villages of southern Ukraine, and The Orchard Line, her account of "
    "the men and women who came back from the front, is the patient book that those years deserve.",
    "“I did not want to write about the war,” she writes in the preface. “I wanted to write about the morning after "
    "it, which lasts much longer.”",
    "Her subjects talk to her as they would not talk to their families. “At the front you know who wants to kill "
    "you,” one veteran tells her. “At home you have to guess.”",
    "The book’s centre is Oksana Melnychuk-Dale, a former schoolteacher who served as a combat medic for two years. "
    "She tells Benedek-Holt that she counted the wounded she carried in a notebook until the number passed three "
    "hundred, and then stopped. “After that I counted the ones I lost. It was a shorter list, and a heavier one,” she "
    "says.",
    "Benedek-Holt, a correspondent for the Danube Review for a decade, argues that the country’s veterans’ agencies "
    "were built for the wars of the last century and that they fail the volunteers of this one. Her evidence is "
    "anecdotal but relentless.",
    "The Ministry of Veterans Affairs, asked about the book by this magazine, said in a statement that it had “doubled "
    "the number of rehabilitation centres since 2022” and that it “welcomed every account that helps us serve "
    "veterans better”.",
    "Some readers will find the book too gentle. Piotr Zaleski-Moor, a military historian at the Warsaw Centre for "
    "Defence Studies who reviewed it for the Eastern Quarterly, said in an email that Benedek-Holt “lets her subjects "
    "off the hook”. “She is so afraid of judging them that she forgets to ask what they did,” he wrote.",
    "Benedek-Holt answers that charge in the book itself. “It is not my job to be their court,” she writes. “There "
    "will be enough courts.”",
    "The most haunting chapter follows a tank driver, Andriy Koval-Stern, back to the orchard where his unit dug in "
    "during the first winter. “The trees are still there. We cut them for firewood and they grew back. I did not,” he "
    "tells her, and she lets the line stand without comment.",
    "Her publisher, Marlow & Quist, said the book would appear in Ukrainian in the autumn, with the proceeds going to "
    "a veterans’ charity in Mykolaiv.",
    "As she puts it in the final chapter, “a war ends on a date, but it leaves on no timetable at all.”",
)

FESTIVAL: tuple[str, ...] = (
    "At Hay, a general turned author says deterrence is ‘a story we tell ourselves’",
    "HAY-ON-WYE, Wales — Retired Air Marshal Dame Fiona Kerrigan-Bask, whose book The Quiet Button has spent six "
    "weeks on the bestseller lists, told a packed tent at the Hay Festival on Saturday that nuclear deterrence works "
    "“only as long as everyone believes the same story”.",
    "“Deterrence is a story we tell ourselves, and each other, every single day,” she said. “The day one side stops "
    "believing it, the story ends, and so, possibly, do we.”",
    "In the book, Kerrigan-Bask, who commanded Britain’s air defences before retiring in 2019, writes that she took "
    "part in three exercises in which the decision to launch was simulated, and that in one of them a junior officer "
    "refused to turn his key. “He was right to hesitate and wrong to refuse, and I have never been sure which mattered "
    "more,” she writes.",
    "The session’s chair, the broadcaster Tom Ferris-Wade, asked whether she thought the world was closer to nuclear "
    "war than in 1983. “Closer to an accident, yes. Closer to a war, I don’t know. The two are not the same, and the "
    "difference is where I spent my career,” she replied.",
    "Her publisher, Greaves & Lowther, said sales had passed 90,000 copies in hardback, unusual for a book about "
    "nuclear doctrine.",
    "Not all of her former colleagues are pleased. A Ministry of Defence spokesperson said the book had been cleared "
    "under the usual rules for former officers but that “the views expressed are the author’s own”. A former chief of "
    "the defence staff, speaking on condition of anonymity, said the book “says out loud things that are better left "
    "unsaid”.",
    "Dr. Anil Raghunathan-Pryce, a nuclear policy researcher at the Sefton Institute for Strategic Studies, said the "
    "book was “the most honest account of the command chain any British officer has published”. But he questioned its "
    "central argument. “She makes deterrence sound fragile because she saw it from the inside, where everything looks "
    "fragile,” he said. “From outside it has held for eighty years.”",
    "Kerrigan-Bask had an answer for that too. As she puts it in the book’s closing pages, “eighty years is not a law "
    "of nature; it is a winning streak.”",
    "Asked by a member of the audience whether she would still turn her own key, she paused for several seconds. “I "
    "would. And I would hate myself for the rest of whatever life was left,” she said.",
    "The Quiet Button is published by Greaves & Lowther. Kerrigan-Bask said her royalties would go to a charity for "
    "the families of service personnel.",
)

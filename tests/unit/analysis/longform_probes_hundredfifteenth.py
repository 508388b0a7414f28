"""A hundred-and-fifteenth batch of fictional stories for probing the quotes, in the manner of A CANADIAN LONG-FORM
WEB FEATURE ON A COASTAL LIGHTHOUSE STATION DECOMMISSIONED AND A TOWN'S BID TO KEEP IT, a writer's scene-setting in
long paragraphs, two of the four pages delivered as one or two long blocks as a web scraper leaves them. No batch has
had a light station before (the twenty-third has a shelter that only bears the name), so this one takes an invented
outport in Newfoundland and Labrador: the last keeper and his wife, one surname, he "Tibbert" and "Gordon" and she
"Marjorie" after their full names ("says the retired keeper", "the old keeper", "Her husband nods along. He says …",
"Tibbert, standing beside her, says she is …. She says …"); the heritage society's president ("says the society's
president", "says Corrigall, 71"); a town hall meeting told in two long blocks in the past tense (the mayor "opened
the evening by admitting", "she explained" set after a clause, a fisherman "stood up near the back. He said …", "the
fisherman said") and the federal department's spokesperson by email ("said … and that the department “…”", "wrote
that"); a tourism operator, a historian ("says Wenmoth, who grew up in …", "He notes that …, and that …") and a
teenager who guides the tours ("the teenager says", "Asked what …, Maddie shrugs. She says …"), one long block; and
the bid, with a quotation that opens a paragraph and whose speaker "has said much the same thing" in the next
sentence, the fisherman's daughter, and the writer's own questions answered ("When I ask him what …"). Quotes are
split by their cues ("“…,” says X, who …. “…”"). Written for these tests; none is taken from any corpus, and every
person, town, station, society and tour company in them is made up (the province, its capital, the federal department
and the kinds of bodies are real). The gold is in test_longform_probes_hundredfifteenth.py."""

from __future__ import annotations

KEEPER: tuple[str, ...] = (
    "The last keeper of Gannet Head",
    "GANNET COVE, N.L. — The fog comes in off the Atlantic at Gannet Head most afternoons in August, and when it does, "
    "Gordon Tibbert still looks up at the lantern out of habit, though the light has not been his to tend for three "
    "years. He kept it for 31 years, the last of nine keepers since the station was built in 1874, and he and his "
    "wife, Marjorie, raised three children in the white clapboard house beneath the tower. “People think the job was "
    "polishing brass and watching the sea. Mostly it was weather reports, every three hours, day and night,” says "
    "Tibbert, who is 68. “You didn’t sleep through a night for thirty years. You got used to it.”",
    "Last spring, Fisheries and Oceans Canada declared the station surplus, and the house, the tower and the "
    "fog-alarm building are to be sold or torn down unless somebody takes them on. Marjorie Tibbert has a view on "
    "that, and she gives it over tea in the kitchen of the couple’s new bungalow in the cove, where the window faces "
    "the wrong way to see the light. “They automated Gordon out of a job in 2023, and now they want to automate the "
    "building out of existence,” she says. She recalls that in the winter of 1994 the supply boat could not land for "
    "six weeks and the family lived on salt fish and tinned milk. Her husband nods along. He says he does not "
    "remember it as hard. “She remembers it as hard,” says the retired keeper. “I remember it as quiet.”",
    "When I ask Marjorie whether she misses the station, she takes a long time to answer. “Every day. I’d go back "
    "tomorrow,” she says, and then, more quietly, “He wouldn’t. He won’t say so, but he wouldn’t.”",
    "Tibbert says the station is in better shape than the department lets on. He walked me through the house in "
    "June: the roof was replaced in 2016, the foundation is dry, and the tower’s cast-iron lantern was painted the "
    "summer before he left. “Somebody in Ottawa looked at a spreadsheet and saw a cost,” he says. “I look at it and "
    "see a house that’s been standing 150 years.”",
    "Elspeth Corrigall drives up the hill most Sundays to check the padlock on the gate. She has known the Tibberts "
    "since she was a girl, and she says that is the only reason she took on the presidency of the Gannet Head "
    "Heritage Society. “Gordon kept that light for all of us. Somebody has to keep it now,” says Corrigall, 71. "
    "Tibbert, standing beside her, says she is the most stubborn woman on the shore. She says she will take that as "
    "a compliment.",
)

HALL: tuple[str, ...] = (
    "A Legion hall full of people who want a lighthouse",
    "GANNET COVE, N.L. — On a wet Thursday in October, 212 people, more than half the town, crowded into the Legion "
    "hall to hear what it would take to keep the Gannet Head light station, and Mayor Bernadette Kinsley opened the "
    "evening by admitting she did not know. “I’ll be honest with you. I don’t have a plan yet, I have a deadline,” "
    "the mayor said, to some laughter. Under the federal law that protects heritage lighthouses, a community group "
    "has until the end of March to submit a business case for taking the station over, she explained, and the town "
    "cannot afford to run it alone. Elspeth Corrigall followed her to the microphone. The society has 140 members "
    "and $11,000 in the bank, Corrigall said, which would not pay for a single season of insurance. “We’re not "
    "asking the town for money. We’re asking for a signature on a lease,” she said. “The money is our problem.” "
    "Clarence Vokey, who has fished out of the cove for 44 years, stood up near the back. He said the light is "
    "still on the charts and that he steers by it in fog. “They can put a solar lamp on a pole and call it a light. "
    "It isn’t the same, and anybody who’s been out there in November knows it,” the fisherman said. Kinsley thanked "
    "him and asked for the next question.",
    "The department did not send anyone to the meeting. In an email, Fisheries and Oceans spokesperson Nathalie "
    "Brissette said the station was one of 41 in Newfoundland and Labrador declared surplus since 2020 and that the "
    "department “remains open to proposals from community groups that can demonstrate long-term sustainability.” "
    "Asked why the fog-alarm building could not be handed to the town for a dollar, as happened in two Nova Scotia "
    "communities, Brissette wrote that each transfer is assessed on its own merits. Marjorie Tibbert did not speak "
    "at the meeting, but afterward, standing by the coffee urn, she says she was glad to see the hall full. “Three "
    "years ago I couldn’t get ten people to come up the hill for the open house,” she says. Her husband stood "
    "outside the whole evening. He says he did not want to be the story. “It’s not my light anymore. It’s theirs,” "
    "Tibbert says, nodding toward the doors. “They have to want it.”",
)

VISITORS: tuple[str, ...] = (
    "The light, and the people who come to see it",
    "Before the station was automated, the Gannet Head light drew perhaps 2,000 visitors a summer. Last year, with "
    "the house shut and a chain across the road, it drew more than 9,000, most of them off the cruise ships that now "
    "stop in St. John’s and the tour buses that follow them up the shore. Tamsin Rideout, who runs a tour company "
    "out of the cove with her husband and two vans, says the lighthouse is the reason the buses stop at all. "
    "“Nobody drives two hours to see a fish plant that closed in 1992. They drive two hours to see that,” she says, "
    "pointing up the hill. Her bookings have tripled since 2022, she says, and she has hired four people from the "
    "town. Rideout adds that two cruise lines have asked whether the tower could be opened for climbing. “I tell "
    "them I’d love that. Then I tell them to call Ottawa,” she says. Hollis Wenmoth, a historian who has written two "
    "books on the province’s light stations, says Gannet Head matters for reasons a bus tour can’t show. “The "
    "keepers were the government out here. They were the weather office, the coast guard and sometimes the doctor,” "
    "says Wenmoth, who grew up in Bonavista. “When the last keeper leaves, the state leaves with him.” He notes that "
    "the station’s logbooks, kept daily from 1874 to 2023, are among the longest unbroken weather records in Atlantic "
    "Canada, and that nobody yet knows where they will go if the house is sold. Rideout’s best guide is 16. Maddie "
    "Strowbridge started leading walks up to the tower the summer she turned 14, for tips, and now does four a day "
    "in July. She learned the station’s history from the Tibberts, she says, mostly by sitting in their kitchen. "
    "“Mr. Tibbert tells the shipwreck stories and Mrs. Tibbert tells you what he left out,” the teenager says. “I do "
    "both voices now. The tourists love it.” Asked what she will do if the station is sold, Maddie shrugs. She says "
    "she will probably guide somewhere else, but that it won’t be the same. Wenmoth is less calm about it. "
    "“Communities that lose their lights don’t get them back,” the historian says.",
)

BID: tuple[str, ...] = (
    "Gannet Cove’s bid, and the price of a light",
    "The business case the heritage society sent to Ottawa in March runs to 64 pages. It proposes a café in the "
    "fog-alarm building, a small museum in the keeper’s house and two rental rooms upstairs, and it asks the town to "
    "hold the lease while the society raises $380,000 for repairs over five years. Corrigall wrote most of it at her "
    "dining-room table. “I was a bookkeeper for 30 years. I know what a budget that’s lying to you looks like, and "
    "this one isn’t,” says the society’s president. She says the society has pledges for $96,000 so far, a third of "
    "it from people who have moved away.",
    "“If the numbers hold up, we’ll sign. If they don’t, I’m not going to put the town on the hook for a building we "
    "can’t heat.” Kinsley has said much the same thing at every council meeting since October, and she says it again "
    "in her office at the town hall, under a framed photograph of the light. The town’s share, Kinsley says, would "
    "be about $14,000 a year for insurance and snow clearing on the road.",
    "Vokey would rather not talk about budgets. When I ask him what the light means to the people who still fish out "
    "of the cove, he looks at his boots for a while. “My father went down off the Head in 1979,” he says. “The keeper "
    "then was the one who called it in. You don’t forget that.” His daughter, Leanne, who crews for him in the "
    "summer, says he has never gone past the light without touching his cap. She thinks he doesn’t know he does it.",
    "The department’s answer came in May. In a second email, Brissette says the society’s proposal is “under review” "
    "and that a decision is expected by the fall. She would not say how many other groups had applied. The Tibberts "
    "have stopped waiting for the mail. Gordon says he has offered to live in the house for a summer for free, to "
    "keep it aired, if the department will let him. Marjorie says he has made the offer three times. “They keep "
    "saying they’ll get back to him,” she says. “He keeps calling.” When I ask Tibbert what he will do if the answer "
    "is no, he laughs. “Same thing I did for 31 years,” says the old keeper. “Watch the weather and wait.”",
)

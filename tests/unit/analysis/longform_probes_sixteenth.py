"""A sixteenth batch of fictional Canadian feature stories for probing the quotes, each a tuple of paragraphs, two
delivered as one long block as a web scraper leaves them: a luthier's workshop (the maker, his apprentice, a cellist),
a community theatre's last season (the artistic director, an actor, a teenage cast member, the Legion that owns the
hall, a short Q&A), a pickleball boom (the club president, a recreation manager, a neighbour, a player, the tennis
association, a councillor), a bird-banding station (the research director, a volunteer, a Q&A, the federal
department) and a night-shift bakery (the owner, her head baker and apprentice, a café owner). Shapes: split quotes
with "says X, who …," between them, quotes that open with a question, narration after a closing mark in the same
sentence, "Name: “…”" answers, labels ("Photos:", "Related:") and a heading line, and present-tense inverted cues
(notes X, insists X, adds X, laughs X). Written for these tests; none is taken from any corpus. The gold is in
test_longform_probes_sixteenth.py."""

from __future__ import annotations

LUTHIER: tuple[str, ...] = (
    "Photos: Hélène Gagnon. In a narrow workshop above a hardware store in Lunenburg, N.S., Tobias Wren bends a strip"
    " of maple over a hot iron until it takes the curve of a cello’s waist. “People think the hard part is the "
    "carving. It isn’t. The hard part is waiting,” says Wren, who has built 41 instruments in 23 years. “Wood tells "
    "you when it’s ready, and it is never on your schedule.” Wren buys his spruce from a mill in the Gaspé that cuts "
    "only in winter, when the sap is down. Why does that matter? “Would you build a house out of wet boards?” he "
    "asks. “Same thing, only the house has to sing.” His apprentice, Priya Natarajan, came to the shop four years ago"
    " after a degree in mechanical engineering. “I thought I understood vibration. I understood it on paper,” laughs "
    "Natarajan, who now does most of the varnishing. She says the first violin she finished on her own went to a "
    "student in Moncton. “I cried when it left,” she adds. Natarajan admits the work is hard on the hands, and that "
    "she ices her wrists most nights. Wren notes that demand has never been higher, with a waiting list that now runs"
    " to three years. “That sounds like good news. It is, mostly,” he says. “But I’m 64. Some of the people on that "
    "list, I have to be honest with them.” Cellist Aurélie Fontaine, who plays with Symphony Nova Scotia, has owned a"
    " Wren cello since 2016. “It took about a year to open up. Now it has a voice I’d know anywhere,” insists "
    "Fontaine. She says she would not trade it for an older Italian instrument. The shop’s future is less certain. "
    "Natarajan says she hopes to take over when Wren retires, but the rent on the building has doubled. “We’ll find a"
    " way. Luthiers always do,” she says. Wren is less sure. “Ask me in five years,” he says, and goes back to his "
    "iron.",
)

THEATRE: tuple[str, ...] = (
    "After 58 years and more than 200 productions, the Bayview Players will raise the curtain for the last time this "
    "spring. The community theatre company announced this week that its spring production of Our Town will be its "
    "final show, citing rising rent at the Legion hall where it has performed since 1971.",
    "“We didn’t want to limp along. We wanted to go out with a show people will remember,” said artistic director "
    "Joan Petrakis, who joined the company as a teenager in 1979.",
    "Petrakis said the rent for the hall has risen from $400 to $1,900 a month since 2019, and the group’s audience, "
    "once 150 a night, now averages about 60.",
    "Related: Small-town theatres struggle to fill seats after the pandemic",
    "Not everyone is ready to let go. Doug Ferreira, who has played the Stage Manager in two productions of Our Town,"
    " called the decision premature. “Did anyone ask the young people? Because I’ve got six teenagers in this cast "
    "who’d run the place tomorrow,” Ferreira said. “Give them the keys.”",
    "One of those teenagers, 17-year-old Maya Lindqvist, is playing Emily. She says the company taught her to speak "
    "in front of a room. “I used to hide at the back of class. Now I do a monologue about dying in front of 60 "
    "people,” she said, laughing.",
    "Legion branch president Ron Haskett said the rent increase reflects the cost of heating and insuring a building "
    "that is almost 90 years old. “We’re not getting rich off anybody. We’re trying to keep the roof on,” he said. He"
    " added that the branch had offered a discount for the final season.",
    "We asked Petrakis and Ferreira what they would miss most.",
    "Petrakis: “The smell of the paint shop on a Sunday afternoon. Nobody believes me, but it’s true.”",
    "Ferreira: “The cast party. Every single one of them.”",
    "Petrakis insists the final show will not be a sad one. “It’s a play about noticing life while you have it. "
    "That’s the right note to end on,” she said.",
    "Our Town runs April 10 to 19 at the Royal Canadian Legion, Branch 12. Tickets are $20.",
)

PICKLEBALL: tuple[str, ...] = (
    "Six mornings a week, the tennis courts at Parkinson Recreation Centre in Kelowna are full by 7 a.m., and not "
    "with tennis players. Pickleball has taken over. “We had 40 members in 2019. We have 1,100 now,” says Gordon "
    "Pyle, president of the Okanagan Pickleball Club. “I can’t book a court for my own club.” The city counted more "
    "than 30,000 pickleball bookings last year, up from about 4,000 in 2020, according to a report to council. "
    "Recreation manager Sandeep Gill says the demand caught staff off guard. “Nobody planned for a sport that went "
    "from zero to this in four years,” Gill says, adding that the city will paint pickleball lines on four more "
    "courts this summer. The noise is another matter. Neighbours of the Parkinson courts have complained about the "
    "sharp pop of paddle on ball, which carries much farther than a tennis shot. “Is it loud? Yes. Is it every "
    "morning from seven until dark? Also yes,” says Bernadette Okoye, who lives across the street. Okoye says she has"
    " asked the city to move the courts or limit the hours. Pyle insists the club has tried. “We bought quieter "
    "paddles for the whole club. We moved our start time to eight,” he says. Not everyone who plays is a retiree. "
    "Twenty-six-year-old Kyle Demers, a nurse, plays after night shifts. “It’s the only sport where my grandmother "
    "can beat me,” laughs Demers. “She does, too. Regularly.” Tennis players are less amused. Linda Hawthorne of the "
    "Kelowna Tennis Association notes that her members lost access to four courts last year. “We’re happy for them. "
    "We’d just like our courts back,” she said. Coun. Maria Santos, who chairs the parks committee, says a dedicated "
    "pickleball centre could cost $8 million. “That’s real money. But look at those courts at seven in the morning,” "
    "Santos says. Council will consider the plan in the fall. Gill adds that a site has not been chosen.",
)

BANDING: tuple[str, ...] = (
    "Before sunrise on a cold October morning, volunteers at the Thorn Point Bird Observatory walk a loop of mist "
    "nets strung between the willows, easing warblers and kinglets out of the mesh one at a time.",
    "“You learn to be fast and gentle at the same time. A kinglet weighs about as much as a nickel,” said Dr. Esther "
    "Kowalczyk, the observatory’s research director, holding one between two fingers. Each bird is weighed, measured,"
    " fitted with a numbered aluminum band and released within a few minutes.",
    "A record autumn",
    "The station banded 14,200 birds between August and November, its highest count since it opened in 1988. "
    "Kowalczyk cautions against reading too much into a single season. “A big year can mean a good breeding summer up"
    " north, or it can mean the weather pushed birds toward the shore. One year is an anecdote,” she said.",
    "What matters, she says, is the 35-year record. Bands recovered elsewhere show where the birds go: a "
    "white-throated sparrow banded at Thorn Point in 2019 was caught again in Georgia the following winter.",
    "Volunteer Ian MacAskill, a retired chemistry teacher from Simcoe, has come every fall for 11 years. “My wife "
    "asks what I get out of standing in a wet field at five in the morning,” he said. “I tell her: you’d have to hold"
    " one.”",
    "We put three questions to Kowalczyk.",
    "Why band birds at all? Kowalczyk: “Because counting them from a distance only tells you how many you saw. A band"
    " tells you who came back.”",
    "Are the numbers going down? Kowalczyk: “For aerial insect eaters, swallows and swifts, yes, steeply. For some "
    "others, we honestly don’t know yet.”",
    "What can people do? Kowalczyk: “Keep cats indoors. Put decals on big windows. That’s most of it.”",
    "Kowalczyk adds that the observatory is looking for volunteers for the spring season.",
    "Environment and Climate Change Canada, which issues the bands, said in a statement that the station’s data are "
    "used in national population estimates.",
    "Photos: Owen Bellamy / Thorn Point Bird Observatory",
)

BAKERY: tuple[str, ...] = (
    "At 11 p.m., when most of Osborne Village is going to bed, the lights come on at Crust & Crumb. By the time the "
    "first customers arrive at 6:30, Rosa Delgado and her crew will have shaped, proofed and baked about 900 loaves.",
    "“People say it must be lonely. It’s the opposite. The night crew is the closest family I have,” says Delgado, "
    "52, who opened the bakery in 2011 with a loan from her brother. “We fight like one, too.”",
    "Head baker Tomasz Wójcik has worked nights for 16 years. He says his body never fully adjusted. “Do you ever get"
    " used to it? No. You get used to not getting used to it,” he says, then turns back to the oven.",
    "The bakery sells most of its bread wholesale, to 14 cafés and two grocers. Rising flour and butter prices have "
    "squeezed that business, notes Delgado. “A bag of flour cost me $18 in 2020. It’s $31 now. I can’t charge the "
    "cafés double,” she says.",
    "Apprentice Jonah Whitecloud, 20, joined the crew last spring after a culinary program at Red River College. “I "
    "wanted to learn bread from someone who’d done it a thousand times. Rosa’s done it a million,” he said. Delgado "
    "laughs at that. “Ten thousand, maybe,” she says.",
    "Café owner Marguerite Lalonde, who has bought Crust & Crumb sourdough since the bakery opened, says her "
    "customers notice when a delivery is late. “They ask for it by name. When the bread doesn’t come, I hear about it"
    " all morning,” Lalonde said. The bakery has missed only three deliveries in 13 years.",
    "Delgado says she has no plans to switch to days. “Sleep is overrated,” adds Wójcik, from the back.",
)

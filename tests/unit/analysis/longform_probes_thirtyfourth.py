"""A thirty-fourth batch of fictional CANADIAN WEB FEATURES ON SPORTS, ARTS AND CULTURE for probing the quotes: a
junior hockey game told through its post-game quotes (a coach who speaks "of his goalie", a captain known by his
nickname, two brothers on one team, the other side's coach), a theatre festival that loses its funding (the artistic
director, a playwright, a curator, a provincial arts council and a city's culture manager), a novelist's profile told
as a long interview (quotations over several paragraphs, "she laughs", "she recalls", the writer's own questions), a
fiddler's profile told the same way, and a community arts centre that closes, told in two long blocks of several
speakers each (the board chair, volunteers, a city councillor, the city, a painter). Written for these tests; none is
taken from any corpus, and every person, team, town, festival, book and body in them is made up. The gold is in
test_longform_probes_thirtyfourth.py."""

from __future__ import annotations

HOCKEY: tuple[str, ...] = (
    "The Pembrook Falcons needed a goal from the unlikeliest of places on Saturday night, and they got it from a "
    "defenceman who had not scored since November.",
    "Noah Vautour’s wrist shot from the blue line with 41 seconds left in overtime gave the Falcons a 3-2 win over "
    "the Ashcombe Rangers and a 2-1 lead in their best-of-seven Western Valley Junior Hockey League semifinal.",
    "“I just shut my eyes and shot it,” Vautour said, grinning, with the puck tucked under his arm. “Don’t tell "
    "coach.”",
    "Falcons head coach Darrell Mackintosh was more interested in talking about the other end of the rink, where "
    "goaltender Ilya Sorokin stopped 38 of 40 shots. “He was our best player by a mile,” Mackintosh said of his "
    "goalie. “When you get saves like that in the third, the bench starts to believe.”",
    "Mackintosh said the team had talked between periods about shooting more, and that he was pleased with how his "
    "younger players handled the crowd of nearly 3,000 at the Cottrell Arena.",
    "Sorokin, a 19-year-old from Yekaterinburg in his second season in Pembrook, shrugged off the praise. “The guys "
    "blocked a lot of shots. I saw most of them,” he said.",
    "The Falcons’ captain, Jordan “Tank” Ferreira, had the tying goal midway through the third period and was in the "
    "middle of two scrums after the whistle. “It’s playoff hockey. Nobody is going to be friends out there,” "
    "Ferreira said. Asked about a hit from behind on teammate Cole Lindgren late in the second period, Ferreira said "
    "he thought it deserved a longer look from the league.",
    "Lindgren returned for the third period. His older brother, Wyatt Lindgren, who plays on the Falcons’ top line, "
    "said Cole had been “fine, just mad.” “He’s been getting hit like that since we were eight,” Wyatt said. “Our "
    "mom is the one who’s going to be upset.”",
    "Cole Lindgren said he had not seen the hit coming. “I’ll be ready Tuesday,” he said.",
    "Rangers coach Pat Deveau did not hide his frustration with his team’s start, which saw Ashcombe outshot 14-3 in "
    "the first period. “We came out flat, and you can’t do that in this building,” Deveau said. He praised his "
    "goaltender, Evan Okafor, who kept the game close, and said the Rangers would be better on home ice.",
    "“We’ve got a good group in there. They’ll answer,” he said.",
    "Game 4 is Tuesday in Ashcombe.",
)

FESTIVAL: tuple[str, ...] = (
    "The Lantern Bay Theatre Festival, which has staged new Atlantic Canadian plays in a converted fish plant every "
    "summer for 22 years, will cut its season from six productions to two after losing its operating grant from "
    "the provincial arts council.",
    "Artistic director Simone Arsenault-Wheeler said the festival learned in March that Arts Nova Scotia would not "
    "renew the $180,000 grant, about a third of its budget. “We found out in an email. Twenty-two years, and it was "
    "three paragraphs,” she said in an interview at the festival’s office, where posters from past seasons cover "
    "every wall.",
    "Arsenault-Wheeler said the board had considered cancelling the season outright but decided that a smaller "
    "festival was better than none. The two plays that survive are both premieres by local writers.",
    "“If we go dark for a year, we don’t come back. Audiences find other things to do, and so do actors,” she said.",
    "Arts Nova Scotia said in a statement that demand for operating grants had risen sharply and that its jury had "
    "to make difficult choices. The council said festivals that lost funding could still apply for project "
    "grants.",
    "Playwright Tobias Kealey, whose play about his grandfather’s lobster boat was among the four productions cut, "
    "said he was heartbroken but not surprised. “Everyone in this sector has been waiting for the other shoe to "
    "drop,” he said. “It dropped on us.” Kealey said he would look for another theatre to stage the play in the "
    "fall.",
    "The festival’s visual arts program, which hangs work by local painters in the old net loft, will continue. "
    "Curator Ingrid Sandoval said the exhibition costs little to mount and brings in visitors who might never buy "
    "a theatre ticket. “People come for the paintings and stay for the show. That’s how we built an audience,” "
    "Sandoval said.",
    "Gareth Munroe, the culture manager for the Municipality of Lantern Bay, said the council would vote next month "
    "on an emergency grant of $25,000. “It won’t replace what the province gave, but it tells the festival that "
    "this town wants it here,” Munroe said.",
    "Longtime volunteer Beverley Outhit, who has ushered at every season since 2004, said the news had hit the "
    "town hard. “This place is the reason half of us get through the winter,” she said.",
    "Arsenault-Wheeler said the festival would launch a fundraising campaign this week and hoped to return to a "
    "full season in 2027. “We’ve been broke before,” she said. “We have never been quiet.”",
)

NOVELIST: tuple[str, ...] = (
    "Hana Kowalczyk wrote most of her third novel in a parked car.",
    "“My kids were small, the house was loud, and the car was the only room with a door that locked,” she says, "
    "laughing, on a grey afternoon at a café near her home in east-end Winnipeg. “I’d drive to the Safeway parking "
    "lot and write until my laptop died.”",
    "The novel, The Salt Orchard, follows three generations of a Ukrainian-Canadian family on a failing farm near "
    "Dauphin, Man., and was shortlisted this week for the Marlow Prize for Fiction, one of the country’s richest "
    "literary awards.",
    "Kowalczyk, 44, recalls that her grandmother told stories of the farm while peeling potatoes, and that none of "
    "them had endings. “She’d get to the good part and then the pot would boil over,” she says. “I spent my whole "
    "childhood waiting for the rest.",
    "“So in a way the book is me finally finishing her stories. Making up the endings she never gave me.”",
    "Did her family recognize themselves? She laughs. “My aunt called me after she read it and said, ‘That is not "
    "how the barn burned down.’ And I said, ‘Auntie, it’s a novel.’ She has not entirely forgiven me.”",
    "Kowalczyk published two earlier novels with a small press in Regina, and says she had nearly given up on "
    "fiction before The Salt Orchard sold. She worked for a decade as a medical transcriptionist, typing other "
    "people’s words at night.",
    "“You learn a lot about how people talk when you type what doctors say into a microphone at two in the "
    "morning,” she says. “Everybody trails off. Nobody finishes a sentence. I stole that.”",
    "Her editor at Hollowell Books, Rafael Quintero, says he knew within 20 pages that he wanted the book. “It has "
    "the patience of a 19th-century novel and the nerve of a new one,” Quintero says. He says the publisher has "
    "already ordered a third printing.",
    "The Marlow Prize jury called the novel “a book about inheritance that refuses to be sentimental about it.” The "
    "winner will be announced Nov. 12 in Toronto.",
    "What would she do with the $60,000? Kowalczyk says she has not let herself think about it. Then she admits "
    "she has. “A new car,” she says. “One with a better seat.”",
)

FIDDLER: tuple[str, ...] = (
    "Angus “Gus” MacPhail has played the fiddle at more wakes than weddings, and he says the wakes are the better "
    "gigs.",
    "“At a wedding they want the same six tunes. At a wake they want the ones nobody has asked for in 40 years, and "
    "they cry, and they mean it,” says MacPhail, 71, rosining his bow in the kitchen of his house outside Mabou "
    "Ridge, N.S.",
    "He was eight when his uncle Dougald put a fiddle in his hands. He recalls that the first tune he learned took "
    "him a whole winter, and that his mother made him practise in the barn.",
    "“The cows didn’t complain. Much,” he says.",
    "MacPhail has recorded four albums, but the new one, Low Tide Reels, is the first he has made with his "
    "granddaughter, Catriona MacPhail, 23, who plays piano and studies music at Dalhousie University in Halifax. "
    "She says her grandfather refuses to use sheet music in the studio. “He says if you need the paper, you don’t "
    "know the tune yet,” Catriona says. “He’s right, which is annoying.”",
    "How did the two of them decide what went on the record? They didn’t, Gus MacPhail says. “She picked the tunes. "
    "I picked the order. Then we argued about both.”",
    "The album has drawn attention well beyond Cape Breton. Folk broadcaster Lise Thériault, who played three of its "
    "tracks on her Radio-Canada program, says MacPhail is one of the last players who learned entirely by ear from "
    "the old masters. “When he goes, a whole way of hearing music goes with him,” Thériault says.",
    "MacPhail waves that away. He says there are boys and girls in every parish who play better than he did at their "
    "age. “They’ve got YouTube. I had Dougald, and Dougald had a temper,” he says.",
    "He still plays every Thursday at the Legion hall in Mabou Ridge, where the door charge is $5 and the tea is "
    "free. Branch president Dolores Gillis says the Thursday nights began in 1988 with MacPhail and a borrowed "
    "piano. “Some nights there are 12 people, some nights there are 120,” she says. “Gus plays the same for both.”",
    "Does he think about slowing down? He laughs at the question.",
    "“I’ll stop when my fingers do,” he says. “And then I’ll tap my foot.”",
)

ARTSCENTRE: tuple[str, ...] = (
    "The Eastgate Community Arts Centre, a converted Baptist church in Saskatoon’s Riverdale neighbourhood where "
    "children have taken pottery, painting and dance classes since 1979, will close its doors at the end of June, "
    "its board announced Monday. Board chair Priya Venkataraman said the building needs roughly $1.4 million in "
    "repairs, including a new roof and a boiler, and that the centre could not raise that much on its own. “We "
    "looked at every option. We looked at selling the stained glass. In the end the numbers simply didn’t work,” "
    "Venkataraman said. She said the board had offered the building to the city for a dollar, and that the city "
    "had said no. The City of Saskatoon said in a statement that it had assessed the building and could not take "
    "on its repair costs, but that it would help the centre’s programs find space in other civic facilities. Ward "
    "3 councillor Marcus Delorme, who took classes at the centre as a boy, called the closure “a real loss for a "
    "part of town that doesn’t have much.” “I learned to throw a pot in that basement. A lot of kids did. Where are "
    "they going to go now, a rec centre across the river?” Delorme said. He said he would ask council to look at "
    "whether a heritage grant could cover part of the roof.",
    "For the volunteers who run most of the centre’s classes, the news came as a shock. Eileen Burtnyk, 78, who has "
    "taught watercolour there every Tuesday for 31 years, said she learned of the closure from a notice taped to "
    "the door. “I cried in the parking lot,” she said. Volunteer coordinator Shaun Kirkpatrick said about 60 "
    "people give their time to the centre each year, most of them retirees, and that many had asked what would "
    "happen to the kilns. “People are grieving. It’s not just a building to them, it’s the week,” Kirkpatrick said. "
    "Local painter Marisol Echeverría, who had her first show in the centre’s gallery in 2011, said the arts "
    "community would try to buy the kilns and keep the pottery classes going somewhere else. “We’ll find a garage "
    "if we have to,” she said. “Clay doesn’t care where it is.” Venkataraman said the centre’s final event, an "
    "open house with student work from every class, would be held June 21.",
)

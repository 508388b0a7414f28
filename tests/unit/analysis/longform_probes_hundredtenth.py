"""A hundred-and-tenth batch of fictional stories for probing the quotes, in the manner of CANADIAN LONG-FORM WEB
FEATURES ON A NORTHERN WINTER ROAD SEASON CUT SHORT BY A WARM WINTER, each a tuple of one to three long blocks with no
paragraph breaks, as a web scraper leaves them. The thirtieth batch had grocery prices in a fly-in First Nation, with
an ice road in passing; none had the winter road itself as its subject: the truckers on its last loads, the crew that
floods the ice, the band council's state of emergency when the fuel does not arrive, the science of shorter seasons
and the planes that carry what the trucks could not. The road (a veteran tanker driver "says the veteran driver",
a woman hauling groceries who "recalls" turning back and whose "she says" sits in mid-sentence, a pronoun chain of
the two in turn, the foreman of the road crew "as he puts it" and "the foreman says", "he adds" set in mid-sentence,
the province's department "says in a statement"); the community (a block that opens with the chief's quotation
attributed at its end, two band councillors, a man and a woman, speaking in turn with "he says" and "she says", the
store manager first named in full and then by his first name, an elder speaking in Oji-Cree "as her grandson, Tyler,
translates", and what the grandson "adds"); the science (a researcher at a northern college with a cue in
mid-sentence, "argues", an engineer who "believes", a minister's statement "in an email", the chief "told of the
statement"); and the air (a bush pilot "says the bush pilot", his dispatcher, a trucker and his wife in turn named by
their first names, a nurse, a block that opens with a quotation of several sentences attributed at its end). Written
for these tests; none is taken from any corpus, and every person, community, company, college and crossing in them is
made up (the province, its towns and its kinds of bodies are real). The gold is in
test_longform_probes_hundredtenth.py."""

from __future__ import annotations

ROAD: tuple[str, ...] = (
    "The last fuel truck of the season left the staging yard outside Thompson, Man., at 4 a.m. on a Tuesday in late "
    "February, three weeks before the winter road to Mahkesis Lake First Nation would normally close, and nobody in "
    "the convoy expected to come back the same way. “We had the road for 19 days this year. In a good year we get "
    "seven weeks. I’ve been hauling up here since 1998 and I have never seen the lakes this soft,” says Gord "
    "Lindqvist-Oakes, who drives a tanker for a hauling company in Thompson. The 61-year-old carries a chainsaw, an "
    "axe and a satellite phone in the cab, and this winter he has added a second survival suit. He says he crosses "
    "the lakes at 15 kilometres an hour with his door unlatched so he can jump if the ice goes. “You listen to it. "
    "The ice talks to you, and this year it was saying things I didn’t like,” says the veteran driver. Behind him in "
    "the convoy, Darla Fedoruk-Ames hauls groceries in a refrigerated trailer. She has driven the road for 11 "
    "winters, and this is the first one, she says, when she turned back. “I got to the second crossing on Kawinak "
    "Lake and there was water on top of the ice, maybe ankle deep. I sat there for an hour and then I backed up "
    "three kilometres,” Fedoruk-Ames recalls. Lindqvist-Oakes kept going that night; she did not. He says there is "
    "no shame in it. “Darla has better sense than I do. That’s why she’ll still be driving when I’m retired,” he "
    "says.",
    "The road is built from nothing every winter. Troy Esquega-Dunn runs the crew of nine that builds and keeps up "
    "the 190-kilometre stretch between the highway and Mahkesis Lake, and his job, as he puts it, is to “make ice "
    "faster than the sun can melt it.” His crew drills holes along the route and pumps lake water over the surface at "
    "night, a few centimetres at a time, to thicken it. “You need 70 centimetres of good blue ice for a loaded "
    "tanker. We had 40 on the big lake in the second week of February, and then it rained,” the foreman says. Rain "
    "in February, he adds, is something the old men on his crew had never seen. The crew floods at night because the "
    "water freezes faster in the cold, but this year there were nights that did not get below minus 5. “We’d flood "
    "at midnight and by morning it was slush. You can’t build a road out of slush,” says Esquega-Dunn, who is 44 and "
    "grew up in the community. Manitoba’s Department of Transportation and Infrastructure, which pays for the road, "
    "says in a statement that it closed the route on Feb. 27 “in the interest of public safety” after crews measured "
    "thinning ice at four crossings. The department says about 1,400 truckloads reached northern communities over "
    "the province’s winter roads this season, down from about 2,600 last year.",
)

COMMUNITY: tuple[str, ...] = (
    "“We are not asking for a favour. We are asking for the same thing every town on a highway already has, which is "
    "a way in and a way out,” says Chief Lorraine Ashkewe-Sutherland of Mahkesis Lake First Nation, sitting at the "
    "council table in the band office on a grey morning in March. The community of about 2,300 declared a state of "
    "emergency on March 2, three days after the province closed the winter road. About a third of the diesel the "
    "community’s power plant needs for the year did not arrive, she says, and the band is now flying fuel in at "
    "roughly four times the cost. The chief has written to the premier and to Ottawa. Coun. Dwayne Meekis-Harper, who "
    "holds the band’s infrastructure portfolio, says the arithmetic is simple and it is frightening. “If we fly in "
    "diesel all summer, we spend the housing budget on fuel. If we don’t, the lights go off in October,” he says. "
    "Ashkewe-Sutherland nods at that. She says council will decide this month whether to ask the Canadian Armed "
    "Forces for help with an airlift, something she has never wanted to do. Coun. Bernice Wabasse-Tait, who sits "
    "beside him, is more blunt. “Every winter they tell us the all-season road is coming. My mother heard that. I "
    "heard that. My grandchildren are going to hear that,” she says. Meekis-Harper says the band asked the province "
    "for a meeting two weeks ago and has had no answer.",
    "At the co-operative store down the hill, manager Kyle Mandamin-Pratt has watched the prices on his shelves climb "
    "every week since the road closed. The store received about half of the dry goods it ordered for the winter "
    "haul, and everything else now comes by air. A case of bottled water that sold for $11 in January costs $29 "
    "today; a bag of flour has nearly doubled. “People come to the till and they put things back. An old man put "
    "back a can of coffee yesterday and I paid for it myself, and I can’t do that every day,” says the store "
    "manager. Kyle, as everyone in the community calls him, is 31 and grew up two houses from the store. He says the "
    "store’s freight bill for March alone is higher than its whole freight bill for last summer. Agnes "
    "Pewabano-Linklater, 84, remembers when there was no road at all, only dog teams and then, in the 1960s, the "
    "first tractor trains that crossed the lakes pulling sleds of fuel barrels. “The ice was thick then, as tall as a "
    "man some years. We never asked if the lake would hold. We asked if the tractor would start,” the elder says, "
    "speaking in Oji-Cree as her grandson, Tyler, translates. She says the old crossings were farther north, on lakes "
    "that froze earlier, and that the people who knew where they were are mostly gone. Her grandson adds that she has "
    "been telling council for years to move the road back to the old route. “She says the ice doesn’t lie, only the "
    "calendar does,” he says, laughing, and she laughs too. Kyle says he has started keeping a list of families who "
    "are running short, and he gives it to the chief every Friday.",
)

SCIENCE: tuple[str, ...] = (
    "Ice roads are a young technology, and a fragile one, says Ingrid Solheim-Achebe, who studies lake ice and "
    "northern transportation at Kenogami College in Thompson. Northern Manitoba’s winter roads, about 2,200 "
    "kilometres of them in a good year, were mostly built after the 1970s, when winters were reliably cold from "
    "November to April. “We designed a whole supply system around a climate that doesn’t exist any more. The roads "
    "were built for the winters of 1975,” the researcher says. Her team has put temperature sensors in the ice at 14 "
    "crossings since 2019. The average opening date, she says, has moved later by about nine days in that time, and "
    "the average closing date earlier by about six. This winter, the sensors at the largest crossing recorded 11 days "
    "above freezing in February. “One warm winter is weather. But we have had four short seasons out of the last "
    "six, and that is not weather,” says Solheim-Achebe, who grew up in Tromsø, Norway, and came to Manitoba in 2011. "
    "She argues that the province should stop treating the winter roads as a permanent answer and build all-season "
    "roads to the largest communities first, starting with the ones that burn the most diesel. Not everyone agrees "
    "on the order. Russell Tanaka-Bruyère, a transportation engineer who has worked on northern road projects for 25 "
    "years, says an all-season road to Mahkesis Lake would cost more than $600 million and take a decade to build. "
    "“Nobody is against the road. The question is what these communities do for the ten years it takes to build "
    "it,” he says. He believes the province should pay for more work on the ice in the meantime, including spray "
    "flooding and insulated crossings. In an email, Transportation and Infrastructure Minister Colette "
    "Vandermeer-Ross says the province “recognizes the serious challenges facing northern communities” and is "
    "working with the federal government on “long-term access solutions.” The minister, who declined an interview, "
    "adds that Manitoba has spent $38 million on winter road upgrades in the last five years. Chief Lorraine "
    "Ashkewe-Sutherland, told of the statement, says she has read that sentence before. “They change the year at "
    "the top. They don’t change anything else,” the chief says.",
)

AIR: tuple[str, ...] = (
    "The sound of summer in Mahkesis Lake this year will be the engines of a Twin Otter. Marcel Dufresne-Baird has "
    "flown freight into northern Manitoba for 22 years, and on a clear morning in March he is loading his fourth run "
    "of the day: twelve drums of gasoline, a pallet of diapers and a snowmobile part for a man who has been waiting "
    "for it since Christmas. “When the road is short, everything that didn’t come by truck comes by me, and I carry "
    "in a day what one truck carries in an afternoon,” says the bush pilot, who flies for Kestrel Bay Air out of "
    "Thompson. He says the airline has added two charter flights a day to the community since the road closed and "
    "is still turning down loads. His dispatcher, Renée Okonkwo-Fiddler, keeps a list of what is waiting on a "
    "whiteboard behind her desk. “Fuel first, then medicine, then food, then everything else. And everything else is "
    "a long list,” she says. The whiteboard, she says, had 61 items on it on Monday morning. Dufresne-Baird says the "
    "airstrip at Mahkesis Lake is gravel and short, and in spring, when the frost comes out of the ground, it turns "
    "soft. “There are days in April when I won’t land there with a full load. That’s not me being careful. That’s me "
    "wanting to fly again in May,” he says.",
    "“I’ve got a truck payment that doesn’t know the road closed. The bank doesn’t care that it rained in February. "
    "Nobody cares, except the people who were waiting for the load,” says Gord Lindqvist-Oakes, who drove the last "
    "tanker into Mahkesis Lake before the road closed. He says he made about a third of his usual winter income this "
    "year. His wife, Lise, keeps the books for their one-truck company from the kitchen table. She says they will "
    "get through this year, but not two more like it. “If this is how winters are going to be, we sell the truck,” "
    "Lise says. Gord looks at her and does not argue. At the nursing station in Mahkesis Lake, nurse Priya "
    "Castellanos-Hunt says the pharmacy order that used to come up by road in one load now arrives in pieces, a few "
    "boxes a flight. “I had a box of insulin sit in Thompson for two days because the plane was full of diesel. "
    "Nobody did anything wrong. There just wasn’t room,” says the nurse. She says the station has started asking "
    "patients with chronic conditions to order refills a month ahead.",
)

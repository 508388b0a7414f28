"""A ninety-fourth batch of fictional stories for probing the quotes, in the manner of A LONG-FORM CANADIAN FEATURE ON
A NORTHERN TOWN'S RETURN AND REBUILDING AFTER A WILDFIRE SEASON as national broadcasters' and dailies' web pages
deliver it, with few paragraph breaks (blocks of five to nine sentences): re-entry day after six weeks away (a fire
chief and "the chief", "He added", a provincial wildfire service that "said in an update", "The service warned",
"it said" and "It added", a mayor and "the mayor", a couple quoted in the same block as a motel owner who "says the
motel owner", a First Nation's chief "in a phone interview", a federal minister who "told reporters"); the west side
a year on (a retired firefighter who "recalls", an insurance bureau whose figures come with "according to" and its
spokesperson who "says" and "adds", a couple rebuilding with a quotation split by its cue and "The couple say", a
forestry professor with a name inside the relative clause after her title, "the professor says", "says X"); and a
First Nation's spring burn (its chief in a present-tense pronoun chain, the service and an unnamed specialist of it,
"The chief said" for a fire chief named after the First Nation's chief, a minister "in a statement" and a reporter's
question in reported speech). Written for these tests; none is taken from any corpus, and every person, town, First
Nation, street, motel, service, bureau and university in them is made up (the province and the kinds of bodies are
real)."""

from __future__ import annotations

RETURN: tuple[str, ...] = (
    "‘Most of them got lucky’: Pellatt Landing residents go home after six weeks away",
    "PELLATT LANDING, Sask. — The first cars rolled past the checkpoint on Highway 917 just after 7 a.m. on Saturday, "
    "headlights on in a haze that still hung over the spruce. For six weeks the town of 2,300 had been empty, its "
    "people scattered to hotels and gymnasiums in Prince Albert and Saskatoon after a fire that grew to 140,000 "
    "hectares came within two kilometres of the airstrip. Fire Chief Dale Ostrowski-Kinnear, who has led the "
    "volunteer department for 11 years, stood at the checkpoint and waved each car through. “Every one of these cars "
    "is a family that trusted us to save their house,” he said. “Most of them got lucky. Twenty-two did not.” The "
    "chief said crews had lost 22 homes and a lumber yard on the town’s west side on the night of July 9, when the "
    "wind turned. He added that his firefighters had slept in the fire hall for 19 nights straight.",
    "The Saskatchewan Wildland Fire Service said in an update on Friday evening that the fire was now held, meaning "
    "it was not expected to grow beyond its boundaries in the forecast weather. The service warned that hot spots "
    "could burn underground for weeks and asked residents not to walk into the burned areas. “Held does not mean "
    "out,” it said. “Crews will be working this fire until the snow flies.” It added that 180 firefighters and 14 "
    "helicopters remained on the fire, including crews from Ontario and from Mexico. Mayor Annika Thorvaldsen-Roy, "
    "who returned to town on Thursday with the utility crews, said the water was safe to drink and the grocery store "
    "would reopen on Monday. “We are going to smell smoke for a while, and some of us are going to cry when we turn "
    "the corner onto our street,” the mayor said. “That is all right. We are home.”",
    "Gord Haverkamp and his wife, Linnea, were the fourth car in line. Their bungalow on Tamblyn Crescent is "
    "standing; the one next door is a basement full of ash. “We saw it on the news in a motel room in Saskatoon, our "
    "street from a helicopter, and we just held each other,” Linnea Haverkamp said. Her husband said he had packed "
    "the truck in 20 minutes on the night of the order and forgotten his heart medication. “You think you will be "
    "calm. You are not calm,” he said. Across the highway, Sunil Varadarajan-Kopp was unlocking the Spruce Bough "
    "Motel, which housed firefighters for free for most of the summer. “They came in black with soot and went "
    "straight to sleep in their boots,” says the motel owner. “I was not going to charge those boys and girls a "
    "nickel.” Varadarajan-Kopp says he lost about $60,000 in bookings from fishing parties but that he would do it "
    "again.",
    "Not everyone could go home on Saturday. The 600 residents of the Nisto Lake Cree Nation, 40 kilometres north, "
    "remain in Prince Albert because the only road to the community is still closed. Chief Theodora Keewatin-Morin "
    "said the delay was hardest on elders, some of whom had been moved three times. “Our people were the first to "
    "leave and they will be the last to go back, and nobody in Regina has told me why,” she said in a phone "
    "interview. Federal Emergency Preparedness Minister Naveen Castonguay-Ruiz, who toured the fire line by "
    "helicopter on Wednesday, told reporters in Prince Albert that Ottawa would cover the cost of the First Nation’s "
    "evacuation. “No community should have to wonder who is paying for its hotel rooms,” he said. The service said "
    "the road could reopen by the end of next week.",
)

REBUILD: tuple[str, ...] = (
    "A year after the fire, Pellatt Landing’s west side is still mostly gravel",
    "Lyle Bergquist-Amadi, 71, spent 34 years on the Pellatt Landing fire department, and he had never seen a fire "
    "run the way the one last July did. “It came over the ridge like a train. You could hear it before you could see "
    "it,” recalls the retired firefighter, standing on the concrete pad where his garage used to be. His house was "
    "one of the 22 that burned. Bergquist-Amadi says he was on a pump truck two streets over when his neighbour "
    "phoned to tell him his roof was alight. “I stayed on the hose. There was nothing else to do,” he says. Twelve "
    "months on, only four of the 22 lots have a new house on them. The rest are gravel, fenced with orange plastic, "
    "waiting on insurance cheques, permits and contractors who will drive four hours to get here.",
    "Insured losses from the fire reached $310 million, according to the Prairie Property Insurers’ Bureau, an "
    "industry group. Celeste Marchetti-Dawes, the bureau’s spokesperson for Western Canada, says most claims have "
    "been settled but that rebuilding in a remote town costs far more than the policies assumed. “A two-by-four that "
    "costs ten dollars in Saskatoon costs fifteen by the time it reaches Pellatt Landing,” she says. “Many of these "
    "homes were underinsured before the fire, and people only found out after.” Marchetti-Dawes says the bureau has "
    "asked the province to pay for firebreaks around northern towns, which she says would bring premiums down. "
    "“Every dollar spent on mitigation saves several on claims,” she adds. Mayor Annika Thorvaldsen-Roy says the "
    "town has waived its building permit fees for anyone rebuilding and hired a second inspector.",
    "Renée and Tomasz Pelletier-Szabo are living in a trailer on their lot while a crew from Regina frames the new "
    "house. “We wanted to be the first ones back on this street,” Renée Pelletier-Szabo says. Her husband is less "
    "sure. “Some days I think we should have taken the money and moved to the city,” he says, “but then I look at "
    "the lake.” The couple say their insurer paid for the house but not for the trees, the shed or the two winters "
    "of firewood that burned with it.",
    "The fire behaved the way scientists have warned for years that northern fires would. Oluwaseun Brandvold-Maki, "
    "a professor of forestry at Aspen Ridge University who has walked the burn with Bergquist-Amadi twice this "
    "summer, says a century of putting out every fire has left the forest around towns like this one thick with "
    "old, dry black spruce. “We have built a fuel bed and then acted surprised when it burned,” the professor says. "
    "She says the answer is not more water bombers but fewer trees near houses: thinning, firebreaks and, where "
    "communities want them, planned burns in the spring. “You can choose your fire or the fire will choose you,” "
    "says Brandvold-Maki. The Saskatchewan Wildland Fire Service said in an update last month that it had thinned "
    "300 hectares around six northern communities this year, and that Pellatt Landing was next on its list.",
)

SPRING_BURN: tuple[str, ...] = (
    "Before the next fire, a First Nation brings back the spring burn",
    "NISTO LAKE CREE NATION, Sask. — On a cool morning in late April, a dozen people in yellow shirts walked along "
    "the edge of a meadow north of the community with drip torches, laying a thin line of fire through last year’s "
    "dead grass. The burn was the first of its kind here in more than 60 years, says Chief Theodora Keewatin-Morin, "
    "who watched from the back of a pickup truck. “My grandmother burned these meadows every spring, and so did "
    "hers,” she says. “Then the province told us to stop, and the forest came right up to our houses.” The chief "
    "says the community lost its school bus garage and three cabins to last summer’s fire and that elders spent 41 "
    "days in hotel rooms in Prince Albert. She wants the burns to become an every-spring job for young people in the "
    "community, paid for by government. “This is not a ceremony for the cameras,” she says. “It is how we keep our "
    "children safe.”",
    "The Saskatchewan Wildland Fire Service, which trained the crew, said in an update that the burn had covered 45 "
    "hectares and stayed inside its lines. The service said it planned to support similar burns in four other "
    "northern communities next spring if the weather allowed. “Indigenous fire knowledge is a tool we should never "
    "have set aside,” the service said. A fire behaviour specialist with the service, who asked not to be named "
    "because she was not authorized to speak to reporters, said the window for safe spring burns was getting "
    "shorter as the snow melted earlier. Dale Ostrowski-Kinnear, the fire chief in Pellatt Landing, drove up to "
    "watch. “I spent my whole career putting fires out,” he said. “Watching people light one on purpose takes some "
    "getting used to.” The chief said his department would send two volunteers to the next burn.",
    "In Ottawa, Emergency Preparedness Minister Naveen Castonguay-Ruiz announced $18 million over three years for "
    "Indigenous-led fire crews on Tuesday. “The people who know this land best should be the first ones we fund to "
    "protect it,” the minister said in a statement. Asked whether the money would reach communities before this "
    "summer, he said the first payments would go out in June. Keewatin-Morin called the funding a start. “Eighteen "
    "million across the whole country is one good fire season’s worth of helicopter time,” she says. Oluwaseun "
    "Brandvold-Maki, the Aspen Ridge University professor who advised Keewatin-Morin’s council on the burn plan, "
    "says the science backs the elders. “Spring burns take out the fine fuel while the ground is still wet,” she "
    "says. “It is the cheapest fire protection there is.” The professor says studies in Australia and California "
    "show that communities which burn regularly lose fewer homes in the summer.",
)

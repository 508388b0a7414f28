"""A ninety-third batch of fictional stories for probing the quotes, in the manner of A LONG-FORM CANADIAN CITY FEATURE
ON HOMELESSNESS, ENCAMPMENTS AND RENTS as city dailies' web pages deliver it, with few paragraph breaks (blocks of five
to nine sentences): a council vote to clear a park encampment (a councillor who moved the motion, "the councillor",
"She added", a shelter's executive director and "the director", two residents of the encampment quoted in the same
block, a councillor who "told council", one who "shot back that", a provincial housing ministry that "said in a
statement", "the ministry said" and "It added"); why rents keep climbing (a tenants' network whose figures come with
"according to", named again as "the group" and "the network", a housing economist at a university who "says",
"notes the economist", a developer's chief executive and "says the developer", a landlord quoted by name, the
network's co-chair, a minister who "told reporters", a reporter's question in reported speech); and a cold snap that
fills a shelter (its director in a pronoun chain, "Staff have worked …, she said", two residents at one table, a
quotation split by its cue, the city, the minister "in a statement"). Present-tense and inverted cues, surnames after
the first mention, titles ("Coun.", "Housing Minister") before names. Written for these tests; none is taken from any
corpus, and every person, city, park, street, shelter, company, network and university in them is made up (the
province, its ministry and the kinds of bodies are real)."""

from __future__ import annotations

ENCAMPMENT: tuple[str, ...] = (
    "Greyhaven council votes to clear Marlow Park encampment as shelters fill up",
    "GREYHAVEN, Ont. — City council voted 8-5 on Tuesday night to clear the tent encampment in Marlow Park by the end "
    "of the month, a decision its supporters called overdue and its critics called cruel. About 60 people live in the "
    "park, many of them for more than a year, according to the city’s outreach team. Coun. Marguerite "
    "Vasquez-Thorold, who moved the motion, said the park had become unsafe for the people living in it and for the "
    "families nearby. “Nobody in this chamber thinks a tent is a home,” she said. “Leaving people in the mud for "
    "another winter is not compassion, it is neglect.” The councillor said the city would offer every resident of the "
    "encampment a bed indoors before any tent came down. She added that bylaw officers, not police, would lead the "
    "clearing.",
    "That promise was met with scepticism in the public gallery, where about 40 people had waited four hours for the "
    "vote. Desmond Okafor-Lindqvist, the executive director of the Harbourlight Mission, the city’s largest shelter, "
    "said his beds had been full every night since October. “There is no bed to offer. I would love to be proven "
    "wrong, but I count them every morning,” he said. The director said the mission had turned away 31 people on "
    "Monday alone. Two residents of the encampment stood at the back of the room. “They keep saying indoors, indoors, "
    "but indoors means a mat on a gym floor with 80 strangers,” said Janelle Prewitt-Sagan, 46, who has lived in the "
    "park since her apartment building was sold. Oskar Malinowski-Dunne, who shares a tent with her, said he had been "
    "robbed twice in shelters. “In the park at least I know who is next to me,” he said.",
    "Coun. Bernard Achebe-Lowry, one of the five who voted against the motion, spoke last. “We are clearing the one "
    "place these people have before we have built a single unit for them,” he told council. Vasquez-Thorold shot back "
    "that the city had opened 120 new shelter spaces in two years. “The councillor knows those numbers as well as I "
    "do,” she said.",
    "Ontario’s Ministry of Municipal Affairs and Housing said in a statement that encampments were a matter for "
    "municipalities but that the province had given Greyhaven $14 million for homelessness programs this year. “We "
    "expect every dollar of that funding to help people move into stable housing,” the ministry said. It added that it "
    "was reviewing the city’s request for another 200 supportive housing units. The clearing is set to begin on "
    "Nov. 28.",
)

RENTS: tuple[str, ...] = (
    "Why rents in Greyhaven keep climbing, even as the cranes multiply",
    "Walk down Tillman Street on any weekday and you will count seven construction cranes. Yet the average asking rent "
    "for a one-bedroom apartment in Greyhaven reached $1,940 in October, up 11 per cent from a year earlier, according "
    "to the Calder Valley Tenants’ Network, which tracks listings every month. “The cranes are building condos for "
    "investors, not homes for the people who work here,” says Priyanka Sethuraman-Boyd, a housing economist at "
    "Tamarack University. She says most of the units going up are studios and one-bedrooms sold before they are built, "
    "many to buyers who will rent them out at the top of the market. “When the investor is the customer, the rent is "
    "the business model,” she says. Only about one in ten of the units started last year was purpose-built rental, "
    "notes the economist, and almost none were priced below the market.",
    "Developers tell a different story. Gideon Ferreira-Masson, the chief executive of Northgate Keystone Homes, which "
    "has four towers under way in the city, says the numbers only work for condos because of what it costs to build. "
    "“Between the development charges, the interest rates and the price of land, a rental tower loses money for its "
    "first ten years,” he says. “No pension fund will touch that.” Ferreira-Masson says his company would build "
    "rentals tomorrow if the city waived its development charges on them, as two other Ontario cities have done. His "
    "company has applied for two rezonings on main streets since 2023. “Every rezoning costs us a year and every year "
    "costs the renter,” says the developer.",
    "For the tenants’ network, the developers’ argument misses the point. “We are not short of buildings, we are short "
    "of rules,” the group said in a statement last week, calling for vacancy control, which would cap rent increases "
    "between tenants. The network says the city lost 1,300 affordable units to renovictions and sales over the past "
    "five years. Its co-chair, Rochelle Dumont-Abiodun, says tenants call the group’s hotline every day with eviction "
    "notices. Walter Brzezinski-Holm, who owns three fourplexes in the city’s east end, sees it from the other side. "
    "“My property taxes went up, my insurance doubled, and the province caps what I can charge a sitting tenant at 2.5 "
    "per cent,” he says. “Of course I raise the rent when a unit turns over. It is the only time I can.” "
    "Brzezinski-Holm says he has never evicted anyone to renovate, and that vacancy control would push small landlords "
    "like him to sell to the big firms.",
    "The province says it is doing its part. Housing Minister Rosalind Achterberg-Nye told reporters at Queen’s Park "
    "on Thursday that Ontario had cut the sales tax on new purpose-built rentals and would “let the market catch up.” "
    "Asked whether that was enough for cities like Greyhaven, the minister said supply was the only lasting answer. "
    "Sethuraman-Boyd is not convinced. “Supply matters, but supply at what price? Nobody earning $19 an hour is "
    "renting a new tower unit,” she says. The economist says the cities that kept rents down in the 1990s were the "
    "ones that built social housing themselves, and that Greyhaven should do the same.",
)

SHELTER: tuple[str, ...] = (
    "Cold snap pushes Greyhaven shelters past capacity",
    "Fiona Abernathy-Quist has run the Lantern Street Shelter for 14 years, and she says she has never seen a December "
    "like this one. On Sunday night, as the temperature fell to minus 27, the shelter slept 112 people in a building "
    "meant for 70. “We put mats in the hallway, in the chapel, in my office,” the director said. “At three in the "
    "morning we were still opening the door.” She said two of the people who came in that night had frostbite on "
    "their hands, and one man was taken to hospital. Staff have worked double shifts all week, she said, and three "
    "are now off sick.",
    "In the dining room on Monday, Curtis Nakamura-Bell, 58, and Denise Laframboise-Tate, 33, were eating soup at the "
    "same table. Nakamura-Bell lost his job at a sawmill in the spring and his room in a rooming house soon after. “I "
    "never thought I would be here. I paid rent for thirty years,” he said. Laframboise-Tate, who has been on a "
    "waiting list for subsidized housing since 2021, said she called the city’s housing office every month. “They "
    "tell me I am number 4,000-something,” she said, “and that the number moves when somebody dies.” Neither of them "
    "wanted to go back outside.",
    "The City of Greyhaven said it would open two warming centres in community halls from Wednesday and keep them "
    "open overnight while the cold lasts. “This is an emergency and we are treating it as one,” said Coun. Marguerite "
    "Vasquez-Thorold, who chairs the city’s community services committee. Ontario’s housing minister, Rosalind "
    "Achterberg-Nye, said in a statement that the province would send an extra $2 million to the city’s shelters "
    "this winter. Abernathy-Quist welcomed the money but said it would not buy a single new bed. “Two million dollars "
    "pays for overtime and blankets,” says the director. “What we need is somewhere for people to go in April.”",
)

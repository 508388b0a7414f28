"""A fifty-first batch of fictional stories for probing the quotes, in the manner of INDIGENOUS NEWS OUTLETS IN CANADA
(a national Indigenous broadcaster's news site, an Indigenous newspaper, a northern weekly of the Arctic): chiefs,
grand chiefs, councillors, elders, knowledge keepers and youth speaking, with Cree, Anishinaabe, Dene, Inuit and
Mi'kmaw names the recogniser may not know ("Wesley Muskego-Bear" then "Muskego-Bear", "Elisapee Kaernerk-Tologanak");
bodies named after a nation or a treaty that speak ("the Nation said", "the council said", a tribal council, an Inuit
land-claims organisation, a Métis government); quotes given "in Cree, translated by her granddaughter", "speaking in
Inuinnaqtun" or "with his son translating"; MLAs of a territory, a premier, federal and provincial ministers; long
blocks with several speakers, split quotes, pronoun chains and speakers first described ("the elder", "the
19-year-old", "the chief"). The stories: a Cree Nation's thousand days under a boil-water advisory, crowded houses in
an Arctic hamlet, a tribal council against a mine road, Dene and Métis at odds over a caribou harvest, and a Mi'kmaw
healing lodge. Written for these tests; none is taken from any corpus, and every person, community, herd, company and
body in them is made up. The gold is in test_longform_probes_fiftyfirst.py."""

from __future__ import annotations

BOIL_WATER: tuple[str, ...] = (
    "Kinosao Lake Cree Nation marks 1,000 days under a boil-water advisory",
    "Chief Wesley Muskego-Bear stood beside the cracked intake pipe on Tuesday and counted the days out loud. “One "
    "thousand days. My grandchildren were born into this advisory and they are still in it,” the chief said. Kinosao "
    "Lake Cree Nation, about 600 kilometres north of Winnipeg, has been under the advisory since a storm damaged its "
    "treatment plant. Muskego-Bear said the community had been promised a new plant three times by three different "
    "ministers. He said the latest date, next spring, had already slipped.",
    "Elder Flora Mistikokan, 88, remembers drinking straight from the lake. “We never got sick from the lake. We get "
    "sick from waiting,” she said in Cree, translated by her granddaughter, Shaylene Mistikokan. The elder said she "
    "now boils every cup of water for her great-grandchildren. Shaylene Mistikokan, 19, said young people were "
    "leaving for Thompson and Winnipeg partly because of the water. “Nobody wants to raise a baby where you can’t "
    "bathe her in the tap water,” the 19-year-old said.",
    "In a statement, the Nation said its council had voted to take the federal government to court if the plant was "
    "not under construction by June. “Our patience is not a resource Canada can keep drawing on,” it said. "
    "Indigenous Services Minister Colette Arsenault said in an email that the department had approved $42 million "
    "for the project and that a contractor would be chosen this winter. “We know the community has waited far too "
    "long,” Arsenault said. Coun. Derek Flett, who holds the band’s infrastructure portfolio, said the money had been "
    "approved before. “Approved is a word we have heard for two years. Show us a shovel,” Flett said. He said the "
    "council would hold a community meeting on Friday.",
)

CROWDED_HOUSES: tuple[str, ...] = (
    "Kugluktuk families share three-bedroom homes as housing wait list grows",
    "Maatiusi Aningmiuq sleeps on the living-room floor of his sister’s three-bedroom house in Kugluktuk with 11 "
    "other people. “When one person gets a cold, the whole house gets a cold. When one person fights, the whole house "
    "hears it,” Aningmiuq said, speaking in Inuinnaqtun. The 23-year-old said he had been on the territory’s public "
    "housing wait list since he finished high school. He said he wanted to train as a heavy-equipment operator but "
    "could not study in a house with no quiet room.",
    "The Qimuksiq Inuit Association, which represents Inuit of the region under the land claim, says more than 300 "
    "people in the community are waiting for a unit. President Elisapee Kaernerk-Tologanak said the association "
    "would put $15 million of its own settlement money into a 24-unit building if the territory matched it. “Inuit "
    "have been told to wait for the government our whole lives. We are done waiting. We are building,” she said. "
    "Kaernerk-Tologanak said the association had already bought the land and hired an Inuit-owned contractor.",
    "Kugluktuk MLA Harold Anavilok raised the project in the legislative assembly on Wednesday. “My constituents are "
    "not asking for a gift. They are asking for a partner,” Anavilok told the assembly. Premier Jonah Arnaquq "
    "replied that the government supported the plan in principle but that its capital budget was already committed "
    "for two years. “We will find a way, but I will not promise money I do not have,” the premier said. Housing "
    "Minister Lucy Kaniak said her department would meet the association before the spring sitting. Elder Mona "
    "Ekpakohak, who raised nine children in a two-bedroom house, said through an interpreter that crowding had been a "
    "problem since families were moved off the land. “They gave us a house and told us it was our home. It was never "
    "big enough,” she said in Inuinnaqtun.",
)

MINE_ROAD: tuple[str, ...] = (
    "Tribal council says no road will cross its traplines without consent",
    "The Nibiinsing Tribal Council says it will not allow a proposed all-season road to a graphite mine to cross the "
    "traplines of its five member First Nations until each community has voted on it. Grand Chief Ernestine "
    "Wabasse-Kakegamic told reporters in Sioux Lookout on Monday that the province had treated the chiefs “like a "
    "line on a permit form.” “Treaty 9 was signed by our grandfathers as a sharing agreement. Nobody signed away the "
    "right to say no,” Wabasse-Kakegamic said. She said the tribal council had written to the premier twice and "
    "received one form letter in reply. Kestrel Lake Minerals, which wants to start production at its Ogoki Hills "
    "deposit by 2029, said in a statement that it had held more than 40 meetings in the communities and would "
    "“continue to listen.” Its chief executive, Martin Desrosiers, said the road would also bring cheaper groceries "
    "and fuel to communities that now depend on winter roads and flights. “This road is not only for trucks of ore. "
    "It is for trucks of milk,” he said.",
    "Lorne Sainnawap, a knowledge keeper from one of the member nations, has trapped marten and beaver along the "
    "proposed route for 50 years. “The animals do not read maps. A road cuts the land in two and the moose stop "
    "crossing,” the knowledge keeper said in Anishinaabemowin, with his son translating. Sainnawap said he was not "
    "against work for young people, only against being asked last. Kiara Beardy-Moose, 17, said she wanted both: a "
    "job at home and a land she could still hunt on. “My generation is tired of being told we have to choose,” she "
    "said. In a statement, Ontario’s Minister of Northern Development, Gregory Lemieux, said the province “respects "
    "the duty to consult” and that no permits for the road had been issued. The ministry said the environmental "
    "assessment would include public hearings in each community.",
)

CARIBOU_HARVEST: tuple[str, ...] = (
    "Dene hunters and Métis government split over caribou harvest limits",
    "The Sahtuzhe Dene First Nation said on Thursday that it would run its own caribou patrols this winter after the "
    "territory refused to extend a hunting ban on the Kaskadee herd. “We have watched the herd fall from thousands to "
    "hundreds. If the government will not protect it, our people will,” Chief Georgina Betsidea said at a news "
    "conference in Yellowknife. Betsidea said Dene guardians would be stationed at three river crossings and would "
    "talk to every hunter who passed. The chief said no one would be arrested. “This is not policing. This is "
    "teaching,” she said. The Great Slave Métis Government disagreed. Its president, Raymond Lafferty-Beaulieu, said "
    "Métis families had already given up most of their harvest and that a full ban would punish those who had "
    "followed the rules. “Our people eat that meat. You cannot tell a family in Fort Resolution to buy beef at $30 a "
    "kilogram,” Lafferty-Beaulieu said. He said the Métis government wanted a quota shared among all harvesters, not "
    "a ban. Environment Minister Carla Tsetso said the territory’s biologists had found signs that the herd was "
    "stabilising and that a ban was no longer justified. “The science tells us we can allow a small, managed "
    "harvest,” Tsetso said. Range Lake MLA Dorothy Sangris-Abel said the minister was ignoring the people who live "
    "with the herd. “Elders have been counting caribou longer than any biologist has been alive,” Sangris-Abel said.",
    "Alphonse Kochon, an elder from Délı̨nę, spoke in North Slavey, his words translated by his nephew. “When I was a "
    "boy my father took only what the family could carry. Now they come with trucks,” the elder said. He said the "
    "caribou had always come back when people respected them.",
)

HEALING_LODGE: tuple[str, ...] = (
    "Mi’kmaw healing lodge opens its doors after a decade of fundraising",
    "Chief Lisa Marie Sylliboy-Francis cut a sweetgrass braid rather than a ribbon on Saturday to open the Apiknuk "
    "healing lodge, a 20-bed treatment centre for addictions. “Every family in this community has lost someone. This "
    "building is for them, and for the ones we still have,” Sylliboy-Francis said. She said the band had raised $3 "
    "million of the $11 million cost through bingo nights, a fishing levy and donations. The council of Apiknuk "
    "First Nation said in a news release that Ottawa and the province had paid the rest.",
    "The lodge’s first program director, Jordan Paul-Denny, spent eight years in recovery himself. “I went to "
    "treatment in Ontario because there was nothing here. I came home to a house full of the same bottles,” he said. "
    "Paul-Denny said the lodge would use Mi’kmaw language and ceremony alongside counselling. Knowledge keeper Annie "
    "Marie Peck-Gould, 79, said in Mi’kmaw that the lodge was a place the young could come back to themselves. Her "
    "daughter translated. “We lost the language in the schools and we found the bottle,” she said. “Maybe here we "
    "find the language again.” Kaden Julian, who will be among the first clients, said he had been sober for 41 days. "
    "“I’m scared, but it’s the good kind of scared,” the 22-year-old said.",
    "Nova Scotia’s minister responsible for L’nu Affairs, Brendan Côté, said the province would cover the lodge’s "
    "operating costs for five years. “This is a Mi’kmaw solution built by Mi’kmaw hands. Our job was to get out of "
    "the way,” Côté said. Not everyone in the community welcomed the location. Resident Trevor Gould-Paul said the "
    "lodge was too close to the school. He said the council had not held a vote.",
)

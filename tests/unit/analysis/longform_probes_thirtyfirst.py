"""A thirty-first batch of fictional CANADIAN LONG-FORM WEB FEATURES for probing the quotes, each a tuple of one to
three long blocks with no paragraph breaks, as a web scraper leaves them, some cut off in mid-sentence: a fishing
village's cemetery falling into the sea (a retired fisherman and his daughter of one surname, the volunteer cemetery
company and then "they", the warden, a coastal geologist, the province's statement, a canteen owner who is not named,
the company's secretary), midwives bringing births back to a northern Cree community (a midwife, a new mother and her
partner by first name, an elder who is not named, an obstetrician, the federal department's statement, the chief and
council and then "they"), a waiting list for low-fee child care (a centre's director, a couple of one surname, an early
childhood educator, an economist, the ministry by email, an educators' association and then "they", a grandmother who
is not named), a weekly newspaper's last issue (its publisher, a council reporter, a reader, a journalism professor,
the mayor, the printing company by email, a column whose title is a name) and a ban on the caribou hunt in the
North (a hunter and his son of one surname, the minister, a biologist, the territorial department's statement, a Dene
council and then "they", an outfitter who is not named). Shapes: present-tense and inverted cues ("says the
geologist", "notes the warden", "insists the minister"), descriptions standing for speakers ("the midwife", "the
economist", "the 88-year-old"), pronoun chains across sentences and blocks, split quotes, a quotation that runs over
two blocks, a "Related:" label and a column's title run into a block. Written for these tests; none is taken from any
corpus, and every person in them is made up. The gold is in test_longform_probes_thirtyfirst.py."""

from __future__ import annotations

CEMETERY: tuple[str, ...] = (
    "The first coffin came out of the bank at Ferris Cove, N.S., during a storm in the fall of 2022, and the men who "
    "found it on the rocks knew whose it was before they read the plate. “That was my great-grandfather, Elias. We "
    "carried him back up the hill in a borrowed truck, and the minister said the words over him a second time,” "
    "says Wendell Ferris, who fished lobster out of the cove for 51 years. The cemetery on the point holds about 300 "
    "graves, the oldest from 1819, and the bluff below it loses a metre or more in a bad winter. Ferris, 74, says he "
    "has measured the edge every spring since he retired, with a tape and a stake he drives into the grass. “Eleven "
    "metres in nine years. You can do the arithmetic yourself,” he says. His daughter, Lorna Ferris, who teaches "
    "Grade 5 in Sheet Harbour, keeps the family’s map of who lies where. She says about 40 graves are now within 15 "
    "metres of the edge. “People call it a heritage problem. For us it is a Sunday problem,” she says. “My mother is "
    "up there.” The cemetery belongs to the Ferris Cove Cemetery Company, a volunteer board of seven that has run it "
    "since the 1920s. They stopped selling plots on the seaward side in March. They say the company has about "
    "$11,000 in the bank and a contractor’s estimate of $400,000 to move the oldest graves inland. Warden Gail "
    "Sutherland-Moore, who chairs the municipal council, says the council is sympathetic but the money is not "
    "there. “We have 19 kilometres of coastline going into the sea. If we start moving cemeteries, where do we "
    "stop?” notes the warden.",
    "Ingrid Tollefsen, a coastal geologist at Saint Mary’s University in Halifax, walked the point with the Ferrises "
    "in October. She says the bluff is glacial till, a mix of clay and stones that gives way as soon as the waves "
    "reach its foot. “Till is the worst thing to bury anyone in if you are thinking in centuries. In 1819 nobody "
    "was,” says the geologist. A wall of armour stone at the base would slow the loss, she says, but it would cost "
    "more than the whole village is assessed for. “That is the honest answer, and I hate giving it,” she adds. In "
    "a statement, Nova Scotia’s Department of Natural Resources and Renewables says a coastal protection law that "
    "takes effect next year sets rules for new building near the shore but does not cover existing cemeteries. The "
    "department says owners of heritage sites may apply to a provincial fund for engineering studies. The woman who "
    "runs the canteen on the wharf, who did not want her name used, says the village talks about little else. "
    "“Every storm, somebody drives up there in the dark with a flashlight to look,” she says. Wendell Ferris goes "
    "up most evenings now. “When I was a boy we played ball on a field between the graves and the edge,” Ferris "
    "says. “There was room for a whole diamond. Now there is room for a picnic table, if you don’t mind your chair "
    "legs hanging over nothing.",
    "“I don’t want to be the one who waits too long. I want them moved while there is somebody left who knows the "
    "names.” The company’s secretary, Doreen Fougere, says a public meeting will be held at the fire hall in June. "
    "She says anyone with family on the point is welcome, and that the company will ask the province to treat the "
    "graves as one heritage site rather than 300 separate ones, which would let it",
)

MIDWIVES: tuple[str, ...] = (
    "For more than 40 years, almost every baby from Nikik Lake Cree Nation has been born in a hospital 500 "
    "kilometres away. Women were flown south at 37 weeks and waited in a boarding house in Thompson, Man., often "
    "alone, sometimes for a month. Last spring that changed. In a small room at the back of the nursing station, "
    "with a window that looks out on the lake, Rosalie Muskego has delivered eleven babies since April. “The first "
    "one, the whole community knew before the cord was cut. Somebody’s auntie was on the radio announcing it,” says "
    "Muskego, a registered midwife who grew up on the reserve and trained in Winnipeg. The program takes only "
    "women the midwife judges to be at low risk, and a plane is kept ready for emergencies. Shayla Moosetail, 23, "
    "gave birth to her son in the room in August, with her partner, Jonah, and her mother beside her. “My older "
    "girl was born in Thompson, and I was by myself for three weeks. This time I could hear the dogs outside,” she "
    "says. Jonah says he had never been allowed in a delivery room before. “I cut the cord. I don’t think I said "
    "anything for an hour after,” he says. An elder who helped deliver babies in the community in the 1960s, and "
    "who asked that her name not be printed, says the old women knew how to do this long before there were planes. "
    "“We lost that. Now these young ones are bringing it back with the machines and the paperwork,” she says, "
    "laughing.",
    "Not everyone is convinced. Dr. Aurelio Banfield, an obstetrician in Winnipeg who has cared for many of the "
    "community’s high-risk mothers, says a birth can turn dangerous in minutes. “I support the midwives. I also "
    "know how long it takes a plane to land on that strip in a snowstorm,” says the obstetrician. He says the "
    "program’s rules for who may give birth in the community are sound, as long as they are kept. Indigenous "
    "Services Canada says in a statement that it funds the program as a three-year pilot and will decide on its "
    "future after an evaluation in 2027. The department says no mother or baby in the program has needed an "
    "emergency flight. The chief and council of Nikik Lake pushed for the program for a decade. They say birth in "
    "the community is a matter of treaty rights as much as health. Chief Harold Ross says the council will fight "
    "to keep it. “Our grandchildren should be able to say they were born here. That is not a luxury,” the chief "
    "says. Muskego is training two young women from the community as midwifery assistants. “In ten years I want "
    "to be the old lady who just drinks tea in the corner,” the midwife says. “One of them will be doing my job.” "
    "She says the next baby is due on Tuesday.",
)

CHILDCARE: tuple[str, ...] = (
    "The waiting list at the Little Spruce Early Learning Centre in Saskatoon is kept in a binder, and the binder "
    "is four centimetres thick. “We have 64 spaces and 412 names. Some of those children will be in kindergarten "
    "before we call them,” says Fenella Quayle, who has run the centre for 16 years. Since the province cut fees "
    "to $10 a day, the phone has not stopped, she says. Aditi Lindgren put her son’s name on the list when she was "
    "eleven weeks pregnant. He is now 20 months old, and she has not gone back to her job as a respiratory "
    "therapist. “I did everything right. I got on every list in the city. Nobody called,” she says. Her husband, "
    "Erik Lindgren, works nights at a warehouse so that one of them is always home. “We see each other on Sunday "
    "afternoons. It’s like we’re roommates who share a baby,” he says. Quayle says the centre could open another "
    "room tomorrow if she could hire two more educators. She cannot. Bernadette Nwosu, an early childhood educator "
    "at Little Spruce for nine years, earns $19.50 an hour. “I love this work. I can make more at the grocery store,"
    "” she says. She says three of the staff she trained have left the field since the summer. The Saskatchewan "
    "Early Childhood Association, which speaks for about 1,500 educators, has called for a wage grid like the "
    "one teachers have. They say the province cannot promise spaces it has no one to staff.",
    "In an email, a spokesperson for Saskatchewan’s Ministry of Education says the province has created more than "
    "6,000 new spaces since 2021 and raised the wage top-up for educators twice. The ministry says it is working on "
    "a longer-term plan for recruiting staff. Marcus Feldhaus, an economist at the University of Regina who studies "
    "family policy, says the fee cut did what it was meant to do, which was to make care cheap. “The trouble is "
    "that cheap care you can’t get is not cheap care. It’s a lottery ticket,” says the economist. He says the "
    "province should pay for the wage grid before it opens more spaces. A grandmother who waits outside Little "
    "Spruce every afternoon for her granddaughter, and who would not give her name, says she moved from Prince "
    "Albert to help. “My daughter would have had to quit. So I quit instead. I was going to retire anyway, just "
    "not in a basement suite,” she says. Aditi Lindgren says she has started to look at home daycares, which are "
    "not all licensed. “I never thought I’d be the mother reading reviews of strangers’ living rooms,” she says. "
    "Quayle says the binder keeps growing. “Every morning I open it,” the director says, “and every morning I "
    "close it again. I am tired of saying sorry to people who did nothing wrong.” Nwosu, for her part, has applied",
)

NEWSPAPER: tuple[str, ...] = (
    "The last issue of the Harrow Lake Beacon came off the press on a Wednesday night in November, 118 years after "
    "the first. It had 16 pages, a photo of the 1911 flood on the front and, on page 3, the final instalment of Over "
    "the Back Fence, the gossip column that ran under the same name for six decades. “I wrote the obituary for the "
    "paper myself. Nobody else was going to,” says Murray Kostiuk, who has owned the weekly since 1993. Kostiuk, 67, "
    "says advertising fell by two thirds in the past ten years, as the hardware store, the car dealer and the "
    "grocery moved their flyers online or closed. The paper printed 4,200 copies in 2005. It printed 1,100 last "
    "week. “I kept thinking the next summer would be the one that turned it around. There is no next summer,” he "
    "says. Philippa Arsenault has covered council meetings for the Beacon since 1984, first with a notebook and "
    "later with a recorder she bought herself. She says she has missed only four meetings, three of them for "
    "childbirth. “Who is going to sit in the back row now? Council will meet, and nobody will know what they "
    "decided until the tax bill comes,” says the reporter. Related: Small-town papers across Ontario are closing "
    "faster than ever. Hank Van Wyck, 88, has read the Beacon cover to cover every Thursday since he came from the "
    "Netherlands in 1956. “I learned my English from it. The hockey scores first, then the court news, then the "
    "rest,” says the 88-year-old. He says he does not own a computer and has no plans to buy one.",
    "Dr. Samira Haddad-Olsen, who teaches journalism at Carleton University in Ottawa, says more than 500 local "
    "papers have closed in Canada since 2008, and most of the towns they served have no newsroom left. “When the "
    "paper goes, the first thing you lose is the boring stuff. Zoning, the water rates, the school board. Then you "
    "lose the trust,” the professor says. Mayor Beverly Tremblay-Kerr says council will post its minutes on "
    "Facebook. “It isn’t the same, and I won’t pretend it is,” she says. “Murray and Philippa were the town’s "
    "memory.” The printing company that has put the Beacon on paper since 1998, Laurentian Web Press, says in an "
    "email that it will miss the account. Arsenault says she will keep writing, for now on a blog she has not yet "
    "named. Kostiuk insists he is done. “I am going to read somebody else’s paper for a change,” he says. Then he "
    "stops. “If there is one left.”",
)

CARIBOU: tuple[str, ...] = (
    "Alfred Beaulieu shot his first caribou at the age of nine, on the barrens northeast of Tlicho Lake, N.W.T., "
    "with his grandfather’s rifle and his grandfather’s hand on his shoulder. He is 63 now, and for the fifth "
    "winter in a row he is not allowed to hunt the herd at all. “My freezer has moose in it, and fish, and store "
    "chicken. It has never had store chicken before,” says Beaulieu. The Bathurst herd, which numbered about 470,000 "
    "animals in 1986, was counted at about 6,200 in the most recent survey, and the territory has banned all "
    "hunting of it since 2020. Beaulieu’s son, Travis Beaulieu, 31, works at a diamond mine two weeks in and two "
    "weeks out. He says he has never taken a caribou from the herd and is not sure he ever will. “My dad knows "
    "where they cross the river. I know it from his stories. That’s different,” he says. The Red Willow Dene "
    "Council, which represents four communities on the herd’s winter range, supports the ban. They have set up "
    "their own guardians, who count animals and watch for poachers. They say the herd’s return matters more than "
    "any one season. Council chair Irene Mantla-Roe insists the ban cannot last forever without help for the "
    "families it hurts. “People are buying beef at twenty dollars a kilo. That is not conservation, that is a "
    "bill,” says Mantla-Roe.",
    "Dr. Ksenia Volkova, a wildlife biologist at the University of Alberta who has studied the herd for twenty "
    "years, says wolves, wildfire and warmer summers have all played a part. “There is no single villain here. If "
    "there were, it would be easier,” says the biologist. She says the herd has stopped falling but is not yet "
    "growing. The territory’s Department of Environment and Climate Change says in a statement that the ban will "
    "stay in place until the next survey, due in 2026. The department says it pays harvesters to hunt wolves on "
    "the herd’s range. Environment Minister Jonas Kakfwi-Lee defends the ban. “Nobody in this government wanted "
    "to tell a grandfather he cannot hunt,” the minister says. “We did it so that his grandson might.” An outfitter "
    "who once guided hunters from the south on the herd’s range, and who asked not to be named, says his company "
    "closed the year the ban began. “I sold the boats and the camp. I don’t blame anybody,” he says. Beaulieu says "
    "he still goes out to the crossing each September. “I sit there with a thermos and I watch,” he says. “Some "
    "years, nothing. Last year, maybe two hundred. My grandfather would have",
)

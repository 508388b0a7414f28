"""A seventy-third batch of fictional stories for probing the quotes, in the manner of FOOD, RESTAURANTS AND LIFESTYLE
FEATURES as city magazines, the papers' food sections and lifestyle web sites write them: a chef who opens a restaurant
in a former bank, her business partner and a regular known by his first name; a bakery's fiftieth year told by the
owner's daughter, the founder who "recalls" and an old customer; a fight over food-truck rules at city hall between a
truck owner, his wife, a councilwoman and the restaurant association; a wine valley after a spring frost (a
winemaker, a grower, a sommelier and a growers' council); and a nutrition trend piece with a dietitian, a professor
and a blogger who "writes". Long blocks with several speakers, present-tense cues ("says", "recalls", "laughs",
"jokes", "adds", "explains"), descriptions that refer back ("the chef says", "the winemaker says", "the grower says",
"the professor says", "the older woman says"), pronoun chains and family members called by their first names. Written
for these tests; none is taken from any corpus, and every person, restaurant, bakery, truck, winery, council, hospital,
university, blog and town in them is made up (the countries, states and kinds of bodies are real)."""

from __future__ import annotations

LEDGER: tuple[str, ...] = (
    "In an old bank lobby, a chef finally gets the kitchen she wanted",
    "Delphine Arkwright-Mensah spent nine years cooking in other people’s kitchens before she walked into the old "
    "Merchants & Drovers Savings Bank on Calder Street last spring. The marble counters were still there. So was the "
    "vault, its door eighteen inches thick. “I stood in the lobby and I could smell bread that hadn’t been baked yet,” "
    "the chef says. “I knew in about four seconds.”",
    "The restaurant, Ledger, opens Friday with 64 seats in the lobby, a six-seat counter facing the open kitchen where "
    "the tellers once stood, and a private dining room inside the vault. Arkwright-Mensah, 38, grew up in Dayton, "
    "Ohio, the daughter of a Ghanaian nurse and a Swedish-American machinist, and she says both of them cooked. Her "
    "menu borrows from each: smoked trout with groundnut butter, cardamom buns with a shito glaze, lamb neck braised "
    "with dill and palm oil.",
    "Her mother, Abena, taught her to make light soup before she could read, she recalls. Her father, Nils, baked on "
    "Sundays. “My dad’s cardamom bread was the only thing in our house that was ever on time,” she laughs.",
    "Her business partner, Tobias Fennimore-Quist, who ran the front of house at two restaurants in Columbus, found "
    "the building. The bank closed in 1991, and the lobby had been a furniture showroom, a church and, for six years, "
    "nothing at all. Fennimore-Quist says the landlord nearly gave up on finding a tenant. “Nobody wanted a room with "
    "a 30-foot ceiling and a vault in it. Everybody saw a heating bill. We saw a dining room,” he says.",
    "The two spent $1.4 million on the renovation, most of it on the kitchen and the ventilation, which had to be "
    "threaded through the old bank’s ceiling without touching its plaster. The partners raised half of it from 31 "
    "small investors, many of them Arkwright-Mensah’s former customers. “We didn’t go to a bank,” Fennimore-Quist "
    "jokes. “We went into one.”",
    "The vault is the room everyone asks about. It holds a single table for ten, and the safe-deposit boxes still line "
    "its walls; the chef has filled some of them with spices and jars of preserves and left the rest locked. The keys, "
    "she says, were never found.",
    "Walt Hennigan-Sole, a retired letter carrier who has eaten at all three of the chef’s pop-ups, was one of the "
    "first guests at a preview dinner last week. He opened an account at the bank in 1962, he says, with $11 he earned "
    "mowing lawns. “I put money in at that counter, and now I’m taking it out at the same counter, one plate at a "
    "time,” Walt says. “Delphine cooks like she’s feeding her own family. That’s all I need to know.”",
    "Not everything has gone to plan. The city’s historic preservation board made the partners keep the brass teller "
    "grilles, which the chef had hoped to move to the bar. Arkwright-Mensah has made her peace with them. The grilles, "
    "she says, make the counter feel like a place where something valuable changes hands. “Which it does,” the chef "
    "adds. “It’s just soup now instead of cash.”",
)

BAKERY: tuple[str, ...] = (
    "Fifty years of rye: Varvaressos Bakery marks a half-century on Orchard Avenue",
    "At 4 a.m. on Orchard Avenue, the only lights on the block are at Varvaressos Bakery, where the ovens have been "
    "lit six days a week since October 1975. On Saturday the bakery turns 50, and Eleni Varvaressos-Wold, who has run "
    "it since 2011, says she still cannot quite believe it. “My father thought he’d give it five years. He said that "
    "every year for fifty years,” she says.",
    "Her father, Konstantinos Varvaressos, is 84 and comes in most mornings to shape the koulouri, the sesame bread "
    "rings he sold from a cart before he had a shop. He arrived in the city from Thessaloniki in 1968 with a suitcase "
    "and, he recalls, the address of a cousin who turned out to have moved. “I slept two nights in the bus station. "
    "The third night a baker let me sleep by his oven if I swept the floor,” Konstantinos recalls. “I swept very "
    "well.”",
    "That baker taught him rye and sourdough; his mother had already taught him everything else, he says. He opened "
    "the shop with his wife, Dimitra, who kept the books and the counter until she died in 2009. Eleni says her "
    "mother was the reason the bakery survived its first winter. “Dad made the bread. Mom made sure people came back "
    "for it,” she says.",
    "The bakery has changed less than the street. Orchard Avenue’s hardware store is a yoga studio now, and the "
    "butcher next door became a phone shop. Eleni added an espresso machine in 2012 and a gluten-free loaf in 2019. "
    "Her father, she says, still refuses to taste the second. “He calls it the bread of sadness,” she laughs.",
    "Some customers have been coming since the first week. Ruth Aldersey-Lau, 91, buys a rye loaf every Tuesday and "
    "Friday, as she has since 1975, when she lived above the shop. She remembers Dimitra giving her a free loaf the "
    "week her husband lost his job at the rail yard. “I never forgot it. You don’t forget who fed you when it was "
    "hard,” Mrs. Aldersey-Lau says.",
    "Her granddaughter, Priya, now orders the bakery’s birthday cakes. “Three generations of us have eaten that rye,” "
    "the older woman says. “My great-grandson had his first piece at eleven months. He ate the crust first.”",
    "The anniversary party on Saturday will have free koulouri, a brass band and, Eleni says, a cake big enough to "
    "feed the block. Asked whether he will retire, Konstantinos shrugs and goes back to the dough. “Retire to what?” "
    "he says. “I am already doing what I like.”",
)

TRUCKS: tuple[str, ...] = (
    "Food trucks and restaurants square off over downtown parking rules",
    "PORT HALVERSON — The fight over where food trucks may park downtown reached City Hall on Tuesday, when more than "
    "40 truck owners, cooks and customers packed a council committee hearing on a proposal that would keep trucks at "
    "least 200 feet from any restaurant’s front door.",
    "The proposal’s sponsor, Councilwoman Beatriz Quintero-Strand, says restaurant owners who pay property taxes and "
    "rent downtown should not have to watch trucks park at their curb at lunchtime. “A restaurant can’t roll away "
    "when business is slow. It’s here in January, it’s here when the street is torn up, and it pays for that,” she "
    "says.",
    "Marcus Delgado-Finch, who has run the Smoke Signal barbecue truck for six years, says the rule would push trucks "
    "out of downtown altogether. He measured it, he says: under the 200-foot limit, there would be three legal spots "
    "left in the 14 blocks of the business district, two of them in front of a parking garage. “Two hundred feet is "
    "not a rule. It’s a wall,” Delgado-Finch told the committee. “You could have just written ‘no trucks’ and saved "
    "the ink.”",
    "The Port Halverson Restaurant Association, which represents 86 restaurants and bars, backs the proposal. Its "
    "executive director, Colleen Marsh-Adebayo, says her members do not want trucks banned, only moved. “We’re not "
    "against food trucks. Half our members have eaten at one this week,” she says. “We’re against a business with no "
    "rent parking in front of a business with a lot of it.”",
    "The association said in a letter to the committee that three of its members had closed downtown since the city "
    "began issuing truck permits in 2021, though the letter did not say the trucks were to blame.",
    "Delgado-Finch’s wife and business partner, Anita, works the truck’s window. She says most of their lunch "
    "customers are construction workers and hospital staff who have 30 minutes to eat. “They’re not choosing between "
    "us and a sit-down restaurant,” Anita says. “They’re choosing between us and a vending machine.”",
    "Council member Raymond Tolliver-Osei, who chairs the committee, says he expects a compromise: perhaps 100 feet, "
    "perhaps set hours. “Nobody on this committee wants to be the person who killed the taco truck,” he jokes. The "
    "committee will vote on March 4.",
)

FROST: tuple[str, ...] = (
    "After a late frost, Calder Valley growers count what is left on the vine",
    "CALDER VALLEY, Ore. — On the night of April 19, the thermometer at Ysolde Marchetti-Kaur’s vineyard fell to 26 "
    "degrees and stayed there for five hours. By morning the new shoots on two-thirds of her pinot noir vines had "
    "turned black. “You can hear it when you walk the rows the next day. The buds crackle like paper,” the winemaker "
    "says.",
    "Marchetti-Kaur, who makes about 4,000 cases a year at Hollow Oak Cellars, says she expects to lose at least half "
    "her crop. Some vines will push a second set of buds, she explains, but those bear less fruit and ripen later, if "
    "at all. “Second buds are a consolation prize. You take it, but nobody’s happy about it,” she adds.",
    "The frost hit the valley floor hardest, where cold air pools on still nights. Growers on the hillsides did "
    "better. Arturo Benczik-Sousa, who farms 120 acres of grapes and sells most of them to wineries in the valley, ran "
    "wind machines and lit bonfires of pruned canes through the night. He says he saved about 80 percent of his "
    "hillside blocks and lost almost everything on the flats. “My father used to say the valley floor gives you a big "
    "crop four years out of five. This is the fifth year,” the grower says.",
    "The Calder Valley Winegrowers Council said last week that frost had damaged vines on roughly 6,000 acres, about a "
    "fifth of the region’s plantings, and that it would ask the federal government for a disaster declaration.",
    "For the valley’s restaurants, the damage will show up in a year or two, when this year’s vintage reaches the wine "
    "list. Noor Saltonstall-Abiodun, the sommelier at Fenwick House in Portland, says she has already started buying "
    "more of the older wines while they are available. “Small vintages disappear fast. The people who know this "
    "valley will be calling the wineries by August,” she says. The sommelier adds that a short crop is not always a "
    "weak one: fewer grapes on a vine can ripen better.",
    "Marchetti-Kaur is counting on that. Her grandmother, Rosa, planted the first vines at Hollow Oak in 1974 and "
    "lived through the frost of 1991, which the winemaker says was worse. “Grandma Rosa told me that year they made "
    "wine from what the frost left, and it was the best they ever made,” she says. “I’m choosing to believe her.”",
)

GUT: tuple[str, ...] = (
    "Everyone is eating for their gut now. Dietitians say slow down",
    "Kefir is in the supermarket’s main aisle. Sauerkraut comes in six flavors. And on social media, videos tagged "
    "with gut health have been viewed billions of times. The trend has its believers and its skeptics, and some of the "
    "skeptics are the people who first told the public to eat more fiber.",
    "“The basic idea is sound. Fermented foods and fiber are good for most people,” says Lorraine Obuya-Whitfield, a "
    "registered dietitian at Westmere Community Hospital. “What worries me is that people are spending $14 on a bottle "
    "of something when a can of beans would do more for them.”",
    "Obuya-Whitfield says about a third of the patients she sees now arrive with a supplement regimen they found "
    "online. Many of them, the dietitian says, eat fewer than 15 grams of fiber a day, about half of what is "
    "recommended.",
    "Tomas Hallgren-Oyeyemi, a professor of microbiology at the University of Linden who studies the bacteria of the "
    "human gut, says the science is younger than the marketing. Researchers can now count the microbes in a person’s "
    "gut with great precision, he explains, but they are much less sure what most of those microbes do. “We are at the "
    "stage of having a very good map of a city whose language we don’t yet speak,” the professor says.",
    "He says he is not against fermented foods; he keeps a crock of kimchi going at home, a habit he picked up from "
    "his wife, Min-ji. “She is the real expert in our house. I just publish papers,” he laughs.",
    "Not everyone is convinced that caution is needed. Cassidy Brannock-Mbatha, who writes the blog Good Bugs Kitchen "
    "and has 300,000 followers on Instagram, writes that she cured years of bloating by eating something fermented at "
    "every meal. “I’m not a doctor and I never pretend to be one,” Brannock-Mbatha writes. “But I know what my body "
    "was like before, and I know what it’s like now.”",
)

"""A sixty-eighth batch of fictional stories for probing the quotes, in the manner of AGRICULTURE, FOOD AND RURAL NEWS
as the farm press, the wires and the regional papers write it: a grain farmer named by his first name once he is
introduced, present-tense cues ("says", "the farmer says"), descriptions that refer back ("the farmer said", "the
veterinarian added", "the agronomist said"), organisations that speak through letters, reports and notes ("said in its
monthly outlook", "said in a letter to members", "said in a note"), a member who "voted no", a poultry grower "who
asked that his farm not be named", a trade minister, an exporters' association, a state veterinarian, a workers'
advocate and a senator. The pieces: a drought and a harvest cut on the plains, a dairy co-op's vote on a merger, a
trade dispute over beef exports, a bird-flu cull, and a fight over farm-labour visas. Written for these tests; none is
taken from any corpus, and every person, farm, co-op, firm, association, county and university in them is made up
(the countries, states and kinds of bodies are real)."""

from __future__ import annotations

DROUGHT: tuple[str, ...] = (
    "Drought cuts wheat harvest on the plains as farmers brace for thin year",
    "CALDER SPRINGS, Kan. — Dale Ostrander has farmed wheat on the same 2,400 acres for 31 years. This summer, "
    "he says, is the first time he has watched a crop die standing in the field.",
    "“You could walk out there in June and hear it crackle,” Dale says, kicking at the dust along a fence line. “That "
    "sound is money leaving.”",
    "The Agriculture Department cut its estimate of the winter wheat harvest by 14 percent on Tuesday, saying in its "
    "monthly outlook that drought across the southern plains had left yields at their lowest in more than a decade. "
    "The department said prices were likely to rise through the fall.",
    "Marisol Etxeberria-Voss, an agronomist at the Prairie State University extension service, said the damage had "
    "come in two waves: a dry winter that left the soil without moisture, and a heat wave in May that hit as the "
    "plants were filling their heads. “The timing could not have been worse. Wheat can survive a dry spell. It cannot "
    "survive a dry spell and then 104 degrees during grain fill,” the agronomist said.",
    "She added that farmers who had planted drought-tolerant varieties had fared somewhat better, though not by much.",
    "Dale says his yields came in at 19 bushels an acre, less than half of a normal year. Crop insurance will cover "
    "part of the loss, he says, but not the rent on the land he leases from two neighbors.",
    "“Insurance keeps you alive. It doesn’t keep you whole,” the farmer said.",
    "The Kansas Wheat Growers Council said in a statement that it had asked the state’s congressional delegation to "
    "press for emergency disaster aid. Its president, Corinne Haldane-Pruitt, told reporters in Topeka that many "
    "members were “one bad year away from selling.”",
    "Elevator operators are also feeling it. Russ Tillotson-Grey, who manages the grain elevator in Calder Springs, "
    "said deliveries were down by about a third. “We built this place for a good year. In a year like this, half the "
    "bins sit empty,” he said.",
    "Grain traders were less gloomy. Aurelio Baptista-Kemp, a commodity broker at Plainsview Futures, said in a note "
    "to clients that higher prices would soften the blow for farmers who still had a crop to sell.",
    "Dale is not counting on it. “Higher prices are great,” he says, “if you’ve got something in the bin.”",
)

DAIRY_MERGER: tuple[str, ...] = (
    "Dairy co-op members narrowly approve merger with larger rival",
    "MERRILL FALLS, Wis. (AP) — Members of Clearbrook Dairy Cooperative voted 412 to 371 on Saturday to merge with "
    "the much larger Northern Pastures Cooperative, ending 88 years of independence for one of the state’s oldest "
    "farmer-owned dairies.",
    "“This was the hardest decision this board has ever put in front of our members,” said Hollis Vandermeer-Quade, "
    "the chair of Clearbrook’s board, after the results were read out in the Merrill Falls high school gym. “But a "
    "co-op our size cannot keep paying what the big processors pay. Now we can.”",
    "In a letter to members last month, the co-op said the merger would raise the price it pays farmers for milk by "
    "an estimated 40 cents per hundredweight and would keep its cheese plant in Merrill Falls open for at least ten "
    "years.",
    "Not everyone was persuaded. Ingrid Solheim-Batts, who milks 90 cows with her husband outside Tamarack, voted no. "
    "“Once you’re a small fish in a big pond, nobody calls you back,” she said. “Today we have a vote that counts. "
    "Tomorrow we have a vote that’s one in twelve thousand.”",
    "Several members said they worried the promise on the cheese plant would not outlast the ten years.",
    "Northern Pastures said in a statement that it welcomed Clearbrook’s members and that the combined co-op would "
    "have “the scale to compete with anyone.” Its chief executive, Benedikt Aalto-Renn, said the cheese plant "
    "commitment was “in writing and we intend to honor it.”",
    "Lorna Pettijohn-Hale, a dairy economist at the University of Wisconsin Valley campus, said small co-ops had been "
    "squeezed for a decade by falling milk prices and rising costs. “There were 140 dairy co-ops in this state when I "
    "started. There are fewer than 40 now,” the economist said. “Mergers like this are how the rest survive.”",
    "Mark Dressel-Uhl, who farms near Merrill Falls and voted yes, said he did so with regret. “I didn’t vote for "
    "Northern Pastures. I voted for my milk check,” he said.",
    "Vandermeer-Quade said the board would meet next week to name members to a transition committee.",
)

BEEF_TRADE: tuple[str, ...] = (
    "Beef exporters warn of losses as trade row over inspections deepens",
    "CANBERRA, Australia (Reuters) — Australia’s beef exporters warned on Wednesday that they stood to lose hundreds "
    "of millions of dollars in sales after a key Asian buyer suspended imports from six processing plants over what it "
    "called lapses in meat inspection.",
    "Trade Minister Alistair Kearney-Moss said he had raised the suspension directly with his counterpart and called "
    "it “unjustified and out of step with the science.” “Australian beef is some of the safest in the world. Our "
    "inspection regime is not the issue here, and everyone at the table knows it,” Kearney-Moss told reporters in "
    "Canberra.",
    "The Australian Meat Exporters Association said in a statement that the six plants accounted for nearly a fifth of "
    "the country’s beef shipments to the market. Its chief executive, Fiona Lindqvist-Brand, said processors had "
    "already begun laying off workers on the kill floor.",
    "“We have plants in regional towns where the abattoir is the biggest employer for a hundred kilometres,” she said. "
    "“When the plant stops, the town stops.”",
    "The importing country’s agriculture ministry said in a notice posted online that the suspension would remain in "
    "place until its inspectors had audited the plants.",
    "Hamish Lockyer-Dunne, a cattle producer near Roma in Queensland, said prices at the saleyards had fallen by about "
    "40 cents a kilogram since the suspension. “The buyers just stopped bidding. Nobody wants to be holding cattle "
    "they can’t sell,” the producer said.",
    "Analysts said the dispute appeared to be about more than meat. Quentin Arbuthnot-Ng, a commodity broker at "
    "Southgate Rural Markets, said in a note that the suspension had come two weeks after Canberra filed a complaint "
    "over tariffs on barley. “The timing is not a coincidence,” he wrote.",
    "Kearney-Moss declined to say whether the two disputes were linked but said Australia would “use every channel "
    "available,” including the World Trade Organization.",
    "Lindqvist-Brand says exporters are looking for other markets but that none can take the volume quickly. “You "
    "don’t replace a customer like that in a season,” the exporters’ chief said.",
)

BIRD_FLU: tuple[str, ...] = (
    "Bird flu found at two more poultry farms as state orders cull of 1.2 million hens",
    "DES MOINES, Iowa — State officials ordered the culling of about 1.2 million egg-laying hens on Monday after "
    "highly pathogenic avian influenza was confirmed at two more commercial farms in Harlan County, the latest in a "
    "wave of outbreaks that has pushed egg prices to record highs.",
    "Dr. Teresa Nakamura-Oduya, the state veterinarian, said the virus had most likely been carried in by wild ducks "
    "migrating south. “We are seeing it move with the flyways. When the ducks come through, the risk goes up, and no "
    "amount of fencing keeps out a bird that lands on the roof,” the veterinarian said.",
    "She added that the birds would be euthanized within 48 hours and that the farms would be cleaned and disinfected "
    "before restocking, a process that can take months.",
    "The Iowa Department of Agriculture said in a news release that a 10-kilometre control zone had been set up around "
    "each farm and that nearby flocks would be tested for the next three weeks.",
    "A poultry grower inside one of the zones, who asked that his farm not be named because he feared his buyers "
    "would cancel contracts, said he had not let anyone near his barns in a month. “I wash my boots three times before "
    "I go in. My kids can’t come in. And I still lie awake at night,” he said.",
    "Wendell Ashgrove-Pike, who raises turkeys near the county line, says he lost his entire flock to the virus last "
    "spring. “You go from 40,000 birds to zero in two days. Then you wait for a check and you wait to be allowed to "
    "start again,” Wendell says.",
    "The United Egg Producers Federation said in a letter to the agriculture secretary that the industry needed "
    "faster indemnity payments and a decision on whether to vaccinate laying hens.",
    "Dr. Samuel Okafor-Lindahl, a poultry scientist at Iowa Central University, said vaccination would help but was "
    "not a simple fix because some trading partners refuse meat from vaccinated flocks. “Vaccinate, and you protect "
    "the hens but may lose the export market. Don’t, and you lose the hens,” Okafor-Lindahl said.",
    "Egg prices at grocery stores in the state have nearly doubled since January, according to the department.",
)

FARM_LABOUR: tuple[str, ...] = (
    "Growers and workers’ advocates clash over changes to farm-labour visas",
    "YAKIMA, Wash. — With the apple harvest weeks away, growers in central Washington say a proposed overhaul of the "
    "federal guest-worker program would leave fruit rotting on the trees, while advocates for farmworkers say the "
    "changes do not go far enough to protect the people who pick it.",
    "“We need about 600 pickers for six weeks. Without the visa program, I get maybe 150,” says Teodoro Bianchi-Lusk, "
    "who grows apples and pears on 900 acres outside Yakima. The grower said the proposed rules would add weeks of "
    "paperwork and raise the wages he must pay by nearly a fifth.",
    "“I’m not against paying people well. I’m against a system where the apples are ready and the workers are stuck in "
    "a consulate line,” Bianchi-Lusk said.",
    "Rosa Villaseñor-Trent, the director of Voces del Campo, a farmworkers’ advocacy group, said the changes would "
    "give workers more protection from employers who hold their passports or house them in crowded trailers. “These "
    "workers cannot quit. If they complain, they go home. That is not a labour market, that is a trap,” the advocate "
    "said.",
    "She said her group had documented dozens of cases of wage theft in the state last season.",
    "Senator Margaret Oyelaran-Hobbs, a Democrat from Washington who sits on the Senate agriculture committee, said "
    "she would push to pair the new protections with a faster approval process. “We can protect workers and get the "
    "crop in. Anyone who tells you it has to be one or the other is selling something,” the senator said.",
    "The Northwest Fruit Growers League said in a report released on Thursday that the state’s apple growers had "
    "spent an average of $2.1 million each on labour last year, up 38 percent from 2019.",
    "The Labor Department said in a statement that the proposed rules would “modernize the program and protect both "
    "American and foreign workers.”",
    "Javier, a picker from Michoacán who has come to Yakima on a guest-worker visa for seven seasons and asked that "
    "his last name not be used, said most workers he knew wanted the new rules. “We come because the money is good. "
    "But a good wage and a bad boss is still a bad job,” Javier said.",
)

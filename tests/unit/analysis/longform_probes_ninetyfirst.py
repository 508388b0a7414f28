"""A ninety-first batch of fictional stories for probing the quotes, in the manner of GRAIN EXPORTS, COMMODITY
MARKETS AND FOOD PRICES as agency copy, farm papers and business desks write them (the sixty-eighth batch has the
farm press's rural news; this one is the grain trade and the price of food): a wheat export quota after a drought in
Kazakhstan (a lead's "its agriculture minister said", the minister who "told a briefing", "The minister said" and "He
said", a grain traders' association "in a statement" named again as "the association", its chairman, a trader who
asked not to be named, a farmer who "says" and "says Yesenov", "The farmer says", an analyst at a brokerage who
"notes" and "the analyst says"); a UN food agency's monthly price index (a lead's "the United Nations food markets
agency said", "said in its monthly report", its chief economist who "told reporters", "warned", "it said" set
inside a sentence, one long paragraph with a bank's food-price analyst, "notes the analyst" inside a sentence, a
supermarket group "in a trading update", its chief executive and a millers' association, a quotation split by its
cue); farmers' tractors around Paris (a farmers' union's president, "the union" and "it said", a farmer whose
quotation is split by "says X, 46, who …", "The farmer says", "she says", the farm minister who "told reporters", one
long paragraph with the president, a police spokesman, an importers' federation and a commuter); and a supermarket
group's profit and the farm-gate price of milk (its chief executive "on a call", a farmers' union and its president,
a dairy farmer with "she says" set inside a sentence and "says Tresillian-Ward", a retail analyst with "the analyst
notes", the farming minister "in a statement"). Surnames after the first mention, descriptions standing for people,
titles ("Agriculture Minister", "Chief executive", "Farming Minister") before names. Written for these tests; none is
taken from any corpus, and every person, company, bank, brokerage, union, association, federation, agency and wire in
them is made up (the countries, cities, ministries and the kinds of bodies are real)."""

from __future__ import annotations

EXPORTS: tuple[str, ...] = (
    "Kazakhstan caps wheat exports after drought, traders warn of lost buyers",
    "ASTANA (Fieldwire) — Kazakhstan will cap wheat exports at 4 million tonnes until the end of June, its agriculture "
    "minister said on Thursday, after a summer drought cut the harvest by nearly a fifth and pushed flour prices in "
    "the country’s shops to a record.",
    "“Our first duty is bread on our own tables, and only then bread on the ships,” Agriculture Minister Daulet "
    "Kurmanaliyev told a briefing in the capital. “The quota is temporary, and we will lift it the day the stocks "
    "allow.”",
    "The minister said the government would buy 600,000 tonnes of grain for the state reserve and sell it to mills at "
    "fixed prices. He said exporters that had signed contracts before the announcement could ship under licences "
    "until the end of October.",
    "The decision angered the country’s grain trade. The Steppe Grain Traders’ Association said in a statement that "
    "the quota would “hand our buyers in Iran and Afghanistan to the Russians on a plate.” The association, which "
    "represents about 70 trading houses, said its members held contracts for 1.3 million tonnes that could not now be "
    "filled.",
    "Its chairman, Askar Temirgaliev, said the ministry had not consulted exporters before the announcement. “Buyers "
    "have long memories,” he said. “A market you close in a month takes five years to win back.”",
    "A trader at a Geneva-based commodity house that buys Kazakh wheat said cargoes booked for November were already "
    "being cancelled. “Our clients in Tehran called this morning asking for Russian wheat instead,” the trader said, "
    "asking not to be named because he was not authorised to speak to the press.",
    "On his farm outside Kostanay, Bolat Yesenov says the quota will only push down what he is paid for his grain. "
    "“The minister protects the city baker, and the farmer pays for it,” says Yesenov, who grows wheat and barley on "
    "3,000 hectares. “Nobody at the ministry has asked what it costs me to plant.”",
    "The farmer says he has kept half of last year’s crop in storage, waiting for better prices.",
    "Wheat futures in Chicago rose 3 percent after the announcement. “Kazakhstan is not a giant, but it is the main "
    "supplier for a whole region that has few other options,” notes Hannah Wexbridge, an agricultural commodities "
    "analyst at the brokerage Tarrow Finch. She says Russian exporters are likely to fill most of the gap, though at "
    "higher prices. “Whoever buys in Kabul this winter will pay more for the same loaf,” the analyst says.",
)

INDEX: tuple[str, ...] = (
    "World food prices climb for fifth month as cereals and oils surge, UN agency says",
    "ROME (Fieldwire) — World food prices rose for a fifth straight month in October, driven by wheat, rice and "
    "vegetable oils, the United Nations food markets agency said on Friday.",
    "The agency’s food price index, which tracks a basket of internationally traded food commodities, averaged 131.4 "
    "points, up 2.1 percent from September and 9 percent higher than a year earlier, the Food Markets Agency said in "
    "its monthly report.",
    "“Cereal prices are being pushed up by poor harvests in several exporting countries and by export restrictions "
    "that make a tight market tighter,” the agency’s chief economist, Margarethe Oyelowo-Brandt, told reporters in "
    "Rome. She said rice prices had risen by 6 percent in a month after two Asian exporters limited shipments.",
    "The economist warned that poorer countries that import most of their food would feel the rise first. “When the "
    "bill for imported grain goes up by a third, it is schools and clinics that lose the money,” she said.",
    "The agency said vegetable oil prices had jumped 7.5 percent, the most in more than a year, because of lower palm "
    "oil output in Southeast Asia. Dairy and meat prices were broadly stable, it said, while sugar fell for a second "
    "month.",
    "Markets had expected the rise. “The index is catching up with what traders have seen on their screens since "
    "August,” says Luca Ferraby-Kwan, a food-price analyst at Oberlin Bank in Frankfurt. The worst may be over for "
    "wheat, notes the analyst, but not for rice. In Britain, the supermarket group Penrose & Vale said in a trading "
    "update that its own food inflation had risen to 5 percent in the quarter and that it would hold the price of 200 "
    "staple products until January. The group’s chief executive, Alastair Munby-Greer, said shoppers were “trading "
    "down from brands to own labels at a pace we last saw in 2022.” In Nairobi, the Kenyan Cereal Millers’ "
    "Association said the rise in wheat prices would push up the price of a loaf of bread by up to 10 shillings.",
    "Oyelowo-Brandt said the agency would publish its first forecast for next year’s cereal harvest in December. “We "
    "are not yet in a crisis like 2022,” she said, “but we are closer to one than we were in the spring.”",
)

TRACTORS: tuple[str, ...] = (
    "Farmers block roads around Paris over cheap grain imports",
    "PARIS (Fieldwire) — Hundreds of farmers drove tractors onto the ring roads around Paris on Monday, blocking "
    "traffic for hours in protest at imports of cheap grain and poultry that they say are driving them out of "
    "business.",
    "“We are not here to annoy Parisians, we are here because we are selling wheat below what it costs us to grow "
    "it,” said Arnaud Vercheval-Lacombe, president of the farmers’ union Confluence Paysanne, which called the "
    "protest. “If the government does not listen today, we will be back with twice as many tractors.”",
    "The union wants the government to oppose a trade deal between the European Union and South American countries "
    "and to limit grain from outside the bloc. In a statement, it said French farmers were being asked to compete "
    "with producers “who use pesticides banned here for twenty years.”",
    "“My father farmed this land, and his father before him,” says Hélène Castagnède, 46, who grows wheat and "
    "rapeseed near Meaux and drove her tractor 50 kilometres to the blockade before dawn, “and I will be the one who "
    "sells it if nothing changes.”",
    "Castagnède says her income fell by a third last year while the price of fertiliser doubled. The farmer says she "
    "has no quarrel with Brazilian growers. “They do their job. It is our leaders who have forgotten theirs,” she "
    "says.",
    "Agriculture Minister Philippe Durandeau-Sarr met a delegation of the union’s leaders in the afternoon. The "
    "minister told reporters afterwards that France would “not sign a deal that sacrifices our farmers,” but he "
    "refused to say whether Paris would block the agreement in Brussels. He said the government would speed up 400 "
    "million euros in emergency aid promised in the spring.",
    "Not all were persuaded. Vercheval-Lacombe said the promises were “the same ones we heard in February.” A "
    "spokesman for the Paris police said 62 tractors had been removed from the roads and 14 people detained. The "
    "French Food Importers’ Federation, which represents wholesalers, said imported grain made up less than 5 percent "
    "of what French mills ground and that blaming imports was “a convenient story.” Sabine Rouvray-Malet, who was "
    "stuck for three hours on the A6 on her way to work, said she supported the farmers anyway. “They feed us. I can "
    "lose a morning,” she said.",
    "The union said the blockades would continue on Tuesday around Lyon and Toulouse.",
)

MILK: tuple[str, ...] = (
    "Halbrook profit jumps as shoppers pay more, and farmers say they see none of it",
    "LONDON — Halbrook, Britain’s fourth-largest supermarket group, reported a 23 percent rise in half-year profit on "
    "Wednesday as food inflation lifted sales, drawing fresh anger from farmers who say the chain is squeezing what it "
    "pays them.",
    "Chief executive Fiona Carraway-Dunn said the group had “absorbed more cost than we passed on” and that its "
    "margins remained below those of its larger rivals. “We have cut the price of more than 1,000 products since "
    "March. Nobody who looks at our shelves honestly can call us profiteers,” she told reporters on a call.",
    "She said Halbrook would invest 150 million pounds in lower prices over the next six months, most of it on bread, "
    "milk and vegetables.",
    "The Arable and Dairy Farmers’ Union was unmoved. The union’s president, Gareth Penhallow-Reese, said farmers were "
    "being paid 4 percent less for a litre of milk than a year ago while shelf prices had risen. “The money is going "
    "somewhere, and it is not going to the farm gate,” he said. The union said it had written to the competition "
    "regulator asking it to examine how prices were set along the supply chain.",
    "Megan Tresillian-Ward milks 180 cows near Carmarthen. Last month, she says, the price she was paid fell below "
    "what it costs her to produce a litre for the first time in six years. “I am working seven days a week to "
    "subsidise someone else’s shelf,” says Tresillian-Ward. She says two neighbours sold their herds in the spring.",
    "Analysts were less sure that the supermarket was to blame. “Farm-gate prices for milk fell because world dairy "
    "markets fell, not because of one retailer,” says Nikhil Ambrose-Feld, a food-retail analyst at the brokerage "
    "Cardew Linton. Supermarket margins remain thin by historical standards, the analyst notes, and Halbrook’s profit "
    "rise came from a low base.",
    "Farming Minister Rosalind Achterberg said she would meet retailers and farm groups next week. “I want a supply "
    "chain where a fair price reaches the person who grows the food,” the minister said in a statement. She declined "
    "to say whether the government would strengthen the code that governs how supermarkets treat suppliers.",
    "Shares in Halbrook rose 5 percent. Carraway-Dunn said the group expected food inflation to fall to about 3 "
    "percent by the spring.",
)

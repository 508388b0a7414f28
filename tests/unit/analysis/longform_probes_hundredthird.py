"""A hundred-and-third batch of fictional stories for probing the quotes, in the manner of A LONG-FORM CANADIAN FEATURE
ON A FAMILY ORCHARD'S ICE-CIDER SEASON IN QUEBEC AND A WARMING CLIMATE as public-broadcaster web features and city
dailies' weekend sections write it (the seventeenth batch already has a maple syrup season, so this one takes the
orchard that waits for the cold instead of the sugar bush that waits for the thaw), two of its three articles in long
blocks of five to ten sentences as a web scraper leaves them: a couple who make ice cider and the son who took over,
all of one surname and then called by their first names ("he says", "the 68-year-old says" after his wife spoke,
"says Colette", "the younger Gendreau-Lussier says", a quotation split by "Mathieu says, standing at …"), and a plant
ecologist at a university ("explains the ecologist", "Szczepanik-Rhéaume adds", "she says of Colette's notebooks"); a
warm winter's short harvest in short paragraphs (the growers' federation and its spokesperson, whose quotation runs
on into the next paragraph with no new cue, the province's agriculture ministry "in an emailed statement", a buyer
company that "said in an emailed statement", "one longtime producer, who asked not to be named", a tour operator who
runs cider-house lunches, the son and his father by first name); and the future of the drink (the ecologist, the son,
the father who "laughs", the tour operator "whose groups Colette Gendreau-Lussier has fed", the mother, the
federation's spokesperson by her surname, an unnamed producer down the road and the son again). Written for these
tests; none is taken from any corpus, and every person, village, orchard, company, federation and university in them
is made up (the province, its ministry and the kinds of bodies are real)."""

from __future__ import annotations

FAMILY: tuple[str, ...] = (
    "Waiting for the cold: a Quebec family, its ice cider and the winters that no longer come",
    "SAINT-ARMAND-DES-VERGERS, Que. — On a grey morning in late January, Réjean Gendreau-Lussier, 68, walks the rows "
    "of his orchard with a thermometer clipped to his coat, looking at apples that should have frozen hard on the "
    "branch weeks ago. His grandfather planted the first trees on this slope near the Vermont border in 1938, and he "
    "and his wife, Colette, pressed their first ice cider here in 1996, in the barn at minus 15 with the doors open. "
    "“We used to pick in the first week of January, and you could count on it the way you count on Christmas,” he "
    "says. “Now I stand out here with a thermometer like a man waiting for a bus.” The apples need at least ten days "
    "below minus eight to freeze and thaw and freeze again until the sugar is concentrated, he explains, and this "
    "winter has given them four. Colette keeps the records in a row of school notebooks on a shelf above the press. "
    "“Every year is written down, the date, the temperature, the litres,” she says, pulling one from 2003. “You read "
    "them in order and it is like watching a glacier melt.” The 68-year-old says he is not a man who reads about the "
    "climate. “I read the thermometer,” Réjean says. “The thermometer doesn’t argue.”",
    "Three years ago the couple handed the orchard to their son, Mathieu, who had been working as an engineer in "
    "Montreal and came home, he says, because nobody else was going to. He has since planted two hectares of "
    "late-hanging varieties that hold their fruit into February, and put in a network of sensors that texts him when "
    "the lowest row drops below minus eight. “My father farms by feel, and he is usually right,” the younger "
    "Gendreau-Lussier says. “But usually is not a business plan.” He is careful not to say that in front of his "
    "father. The new trees will not bear fully for another five years, he says, and the bank has been patient so far. "
    "“If we get two more winters like this one,” Mathieu says, standing at the end of a row of bare saplings, "
    "“patience is the first thing we will run out of.” His mother, who still does the books, is blunter. The orchard "
    "has lost money in two of the last four seasons, says Colette, and she does not expect the next four to be "
    "better.",
    "The Gendreau-Lussiers are not imagining it. Dr. Anouk Szczepanik-Rhéaume, a plant ecologist at Université de "
    "Mont-Sorel who has studied the orchards of southern Quebec for two decades, says the number of days below minus "
    "ten in the region has fallen by about a third since the 1970s. “Ice cider depends on one kind of winter, steady "
    "and dry and cold, and that winter is becoming the exception,” explains the ecologist. The thaws also harm the "
    "trees themselves, she says, splitting the bark and opening the wood to disease. “A thaw in January tells a tree "
    "that it is spring, and then the cold comes back and kills whatever woke up,” Szczepanik-Rhéaume adds. She has "
    "worked with the family since 2019, measuring bark temperatures on the rows that face south. “They keep better "
    "records than most research stations,” she says of Colette’s notebooks.",
)

HARVEST: tuple[str, ...] = (
    "Warm winter leaves Quebec’s ice cider makers with half a harvest",
    "Quebec’s ice cider makers expect to press about half their usual volume this winter after a January in which "
    "temperatures in the Montérégie climbed above freezing on 14 days, the Quebec Ice Cider Producers’ Federation "
    "says.",
    "“We have had bad years before, but we have never had this many producers call us in the same week to ask what "
    "to do with fruit that will not freeze,” said Nadège Ouimet-Karras, a spokesperson for the federation. She said "
    "about 60 of the federation’s 74 members had picked less than half of the apples they left on the trees.",
    "Ouimet-Karras said the federation has asked the province to let producers sell fruit that never froze as a "
    "lower grade of cider without losing their ice cider certification. “Nobody wants to cheat the rules,” she said. "
    "“We want rules that still make sense in 2030.",
    "“If the winters keep changing, the product has to be allowed to change with them, or there won’t be a product "
    "left to protect.”",
    "In an emailed statement, Quebec’s Ministry of Agriculture, Fisheries and Food said it was aware of the "
    "federation’s request and was studying it with the industry. The ministry said the natural-cold rule was “the "
    "foundation of the product’s reputation” and would not be dropped.",
    "Valmorency Cellars, a Montreal importer that buys about a fifth of the province’s ice cider for export to Asia, "
    "said in an emailed statement that it would honour its contracts with producers this year. “We know this winter "
    "has been hard on our growers, and we will not walk away from them over one season,” the company said. It did "
    "not say whether it would pay the same price per litre.",
    "One longtime producer, who asked not to be named because he sells to the same buyer, said several of his "
    "neighbours had already let their fruit drop. “You can wait for the cold until March, and some of us will,” he "
    "said. “But a rotten apple doesn’t freeze into anything you can sell.”",
    "The warm weather is also emptying tables. Stéphane Quenneville-Arbour, whose company runs weekend cider-house "
    "lunches for busloads of visitors from Montreal and Ottawa, said bookings were down about 30 per cent from last "
    "winter. “People come for the snow, the sleigh ride and the frozen apples on the trees,” he said. “This year we "
    "have mud.”",
    "At the family orchard in Saint-Armand-des-Vergers, Mathieu Gendreau-Lussier said he had pressed 40 per cent of "
    "the usual volume. His father, Réjean, said the family had seen one winter this bad before, in 2006. “That year "
    "we said it was a fluke,” Réjean said. “Nobody says fluke anymore.”",
)

FUTURE: tuple[str, ...] = (
    "Planting for a warmer winter: can Quebec’s ice cider outlast the cold that made it?",
    "SAINT-ARMAND-DES-VERGERS, Que. — Ice cider was first made in Quebec in the early 1990s, and for most of its "
    "short history the cold was the one ingredient nobody had to worry about. Szczepanik-Rhéaume, the ecologist, "
    "thinks that time is over. The province’s orchards will still get cold snaps, she says, but fewer of them and "
    "shorter. “The question is not whether there will be ice cider in 2050,” she says. “It is whether there will be "
    "enough of it, in enough places, to keep a name on a bottle.” Her team is testing varieties that hold their "
    "fruit longer on trial rows in three orchards, one of them the Gendreau-Lussiers’. Moving north is one answer, "
    "explains the ecologist, but the soils north of the St. Lawrence are not the soils that growers here have spent a "
    "century learning. “You can move a tree,” she adds. “You can’t move eighty years of knowing which corner of a "
    "field frosts first.”",
    "Mathieu Gendreau-Lussier has heard all of it, and he is planting anyway. Last spring he put in another 600 "
    "trees, most of them a russet that Szczepanik-Rhéaume recommended. “My great-grandfather planted trees he knew he "
    "would never pick,” he says. “I can at least plant some I hope to pick.” His father is less sure. “Every "
    "generation thinks it is the one that will outsmart the weather,” Réjean says, and laughs. “Mine thought so "
    "too.” Stéphane Quenneville-Arbour, the tour operator, now sells his lunches as a harvest outing in October. Fall "
    "bookings have almost made up for the winter, says the tour operator, whose groups Colette Gendreau-Lussier has "
    "fed at her long table every year since 2011. “If the cold won’t come to the tourists,” he says, “we will bring "
    "the tourists to the apples.” Colette, for her part, has started a new notebook. “I write down the warm days now "
    "too,” she says. “Somebody should.”",
    "Ouimet-Karras, of the producers’ federation, says the industry will survive if the rules bend a little. About a "
    "dozen members have already started pressing some of their fruit into a sparkling cider that needs no frost at "
    "all, she says. “Ice cider made this region known abroad,” the spokesperson says. “It does not have to be the "
    "only thing we make.” One longtime producer down the road, who asked not to be named, is less hopeful; he says he "
    "will sell his orchard to a developer if the next winter is as warm as this one. Mathieu Gendreau-Lussier, who "
    "drives past that orchard every morning, says he understands. “Every empty orchard makes the next one easier to "
    "sell,” the younger Gendreau-Lussier says. “That is what scares me, more than the weather.”",
)

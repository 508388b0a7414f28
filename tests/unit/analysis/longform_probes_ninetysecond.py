"""A ninety-second batch of fictional stories for probing the quotes, in the manner of A BUDGET FIGHT IN A EUROPEAN
PARLIAMENT as political desks, the wires and regional papers write them: a German finance minister's budget before
the Bundestag (a lead's "telling the Bundestag", the minister who "told lawmakers", "The minister said" and "He said",
the chancellor who "backed her minister", "the chancellor said" and "She added that", the junior partner's
parliamentary leader, an independent fiscal council that "said in a report", "The council said" and "It added", a
rating-agency analyst and what the agency "said in a note", a rates strategist who "noted" with "adding that", an
official who asked not to be named); a backbench revolt in Malta told in the present tense by a political desk (a lead's
backbenchers who "have told the party whip", "says" and "the MP says", the government whip, "Asked whether …, X says
only that", the finance minister's reported speech put before "the minister told parliament", a quotation split by
"says the minister", the opposition leader, one long paragraph with a second backbencher, an MP who did not want to be
named, a chamber of traders and a union that "calls it" something, a senior official on condition of anonymity and
"The official says", a taxi driver in Gozo); a pension freeze as an Italian regional paper writes it (a union's
regional secretary, a retired crane driver and a retired teacher, the city's MP on local radio with a fragment put
before "the MP said", one long paragraph with an employers' leader, a regional government's spokesman, an economist
and an opposition councillor who "accused the MP of", "she says" and "she adds" at the end); and French bonds after a
rating agency's warning (the agency "said in a statement" and "It said", a strategist with "says X" and "notes the
strategist", the finance minister who "urged lawmakers", the prime minister who "told senators", three party leaders in
one paragraph, an official on condition of anonymity, the agency's analyst in the present tense with "He adds that").
Surnames after the first mention, descriptions standing for people, titles ("Finance Minister", "Chancellor",
"Government whip", "Prime Minister") before names. Written for these tests; none is taken from any corpus, and every
person, party, group, union, chamber, council, bank, agency and wire in them is made up (the countries, towns, their
parliaments and ministries and the kinds of bodies are real)."""

from __future__ import annotations

BERLIN: tuple[str, ...] = (
    "German finance minister defends debt-brake budget as coalition partner balks",
    "BERLIN (Kestrelwire) — Germany’s finance minister defended a 2027 budget that cuts spending by 14 billion euros "
    "on Wednesday, telling the Bundestag that the country could not borrow its way out of slow growth.",
    "“Every euro we borrow today is a euro our children pay back with interest,” Finance Minister Konrad "
    "Albrecht-Severin told lawmakers at the start of a four-day debate. “This budget keeps the debt brake, and it "
    "keeps our word.”",
    "The minister said the cuts would fall mostly on subsidies and on ministries’ running costs, not on pensions or "
    "defence. He said the deficit would fall to 1.9 percent of economic output next year.",
    "Chancellor Henrike Vossberg-Lanz, speaking to reporters before the debate, backed her minister. “Konrad has my "
    "full support, and he has the support of this government,” the chancellor said. She added that talks with the "
    "coalition’s junior partner were “difficult but not broken.”",
    "The junior partner, the Ecological Alliance, wants 6 billion euros restored for rail and home insulation. Its "
    "parliamentary leader, Jonas Pfeilstetter-Ruhl, said his party would not vote for “a budget that balances the "
    "books by letting the trains rot.” “We are ready to talk all night, but we are not ready to sign this,” he said.",
    "The Federal Fiscal Council, the independent body that checks the budget against the debt rules, said in a report "
    "on Wednesday that the government’s growth forecast of 1.2 percent was “at the optimistic end of the plausible "
    "range.” The council said that if growth came in a point lower, the deficit would overshoot by about 8 billion "
    "euros. It added that the budget relied on one-off revenue from the sale of state stakes.",
    "Analysts said the budget would keep Germany’s top credit rating safe for now. “Germany is not in danger of a "
    "downgrade, but the room for error has shrunk,” said Matthias Oberkirch-Vale, who covers European sovereigns at "
    "Halvard Ratings in Frankfurt. The agency has Germany on a stable outlook, and it said in a note last month that "
    "the debt brake “remains the anchor of the rating.”",
    "Yields on ten-year Bunds rose 4 basis points to 2.71 percent. “The market is pricing a messier autumn, not a "
    "crisis,” noted Sabine Thorwaldsen-Greif, a rates strategist at Kallmann Bank, adding that foreign investors had "
    "bought Bunds at the last two auctions.",
    "The vote is due on Friday. A government official, who asked not to be named because the talks were private, said "
    "the chancellor had offered the Ecological Alliance 2 billion euros for rail but would go no further.",
)

VALLETTA: tuple[str, ...] = (
    "Backbench revolt over fuel subsidy cut tests government whip",
    "VALLETTA — Four government backbenchers have told the party whip they will not vote for the budget’s cut to fuel "
    "subsidies, putting the government’s majority of three at risk days before the vote in parliament.",
    "One of them, Gozo MP Roderick Camilleri-Brandt, says he has not changed his mind since the budget speech. “I was "
    "elected to stand up for people who drive forty minutes to work because there is no bus,” the MP says. “I am not "
    "going to tell them their diesel will cost twenty cents more because a spreadsheet said so.”",
    "Government whip Noelle Azzopardi-Crane spent Tuesday evening in meetings with the four. She says the door is open "
    "but the numbers are not. “We can talk about how the cut is phased in. We cannot talk about whether it happens,” "
    "she says. Asked whether the rebels would lose the whip if they voted against, Azzopardi-Crane says only that "
    "“everyone knows the rules.”",
    "Finance Minister Edward Spiteri-Locke, who presented the budget two weeks ago, is not budging. The subsidy costs "
    "the state 180 million euros a year, the minister told parliament on Monday, and “most of it goes to people who "
    "could pay more.”",
    "He insists the cut is fair. “Families on low incomes will get a rebate card that covers the whole increase and "
    "more,” says the minister, “so the only people who pay more are those who can.”",
    "Opposition leader Marisa Vella-Dunmore says the government is “punishing Gozo for living on an island.” Her party "
    "will vote against the budget as a whole, she says, and she has invited the four rebels to “vote with their "
    "conscience.”",
    "Other backbenchers are less sure. Karl Micallef-Horne, who sits for a harbour district of Valletta, says the "
    "rebels have a point but that bringing down a budget “is not how you win an argument.” Another government MP, who "
    "did not want to be named, says the whips have been “ringing people at midnight.” The Chamber of Small Traders "
    "says in a statement that the cut will hit delivery firms hardest, and the Island Transport Workers’ Union calls "
    "it “a tax on getting to work.”",
    "A senior official at the finance ministry, speaking on condition of anonymity, says the ministry has drafted a "
    "fallback that would delay the cut to July. The official says the plan has not yet been shown to the prime "
    "minister.",
    "In Victoria, Gozo’s main town, taxi driver Josephine Grech-Alder fills up twice a week. “If the bus came every "
    "ten minutes, I would cheer this,” she says. “It comes every hour, when it comes.”",
    "Camilleri-Brandt says he will meet the prime minister on Thursday. “I will listen,” he says. “But I have already "
    "listened to my voters.”",
)

ANCONA: tuple[str, ...] = (
    "Pension freeze in Rome’s budget fills union hall in Ancona",
    "ANCONA — Retired dockworkers and teachers filled a union hall in Ancona on Saturday to hear what Rome’s budget "
    "means for their pensions, and most left angrier than they came.",
    "The budget now before parliament freezes the inflation adjustment on pensions above 2,400 euros a month for two "
    "years. “They call it a freeze, but with prices where they are it is a cut, and everybody in this room knows it,” "
    "said Graziella Fontanot-Reyes, the regional secretary of the pensioners’ union Federazione Pensionati Adriatica.",
    "Fontanot-Reyes said the union would join a national strike on November 28 and would bus members to Rome for a "
    "protest outside the Chamber of Deputies. She said the government had “found money for a bridge and not for the "
    "people who built the roads.”",
    "Among the crowd was Arnaldo Pettinari-Stokes, 71, who spent 38 years on the cranes at the port. “I voted for this "
    "government. I will not do it again,” he said, folding the leaflet into his jacket. In the next seat, Silvana "
    "Mazzocchi-Hale, a retired primary teacher, said the freeze would cost her about 60 euros a month by the end of "
    "next year.",
    "The city’s MP, Tommaso Brancaleoni-Ward of the governing Patria e Lavoro party, defended the measure on a local "
    "radio programme on Sunday. The freeze covers only “the upper third of pensioners,” the MP said, and the savings "
    "will pay for an income tax cut for workers earning under 35,000 euros. “I understand the anger, I really do. But "
    "a budget is a choice, and we chose the people who are still working,” he said.",
    "Others in the region were divided. The president of the Marche employers’ association, Fabrizio Lanciotti-Moor, "
    "said the tax cut would “put money in the pockets of people who spend it here.” A spokesman for the regional "
    "government said it would study whether it could top up the lowest pensions from its own budget. Enrica "
    "Pazzaglia-Trent, an economist at the Adriatic Institute for Social Research who studies pensions, said the freeze "
    "would save about 3.6 billion euros over two years but that “a two-year freeze has a way of becoming a five-year "
    "freeze.” And the opposition’s leader in the regional council, Dario Sbarbati-Kell, accused the MP of “hiding "
    "behind a radio microphone instead of coming to the hall.”",
    "Back at the hall, Fontanot-Reyes is counting buses. “We have booked eleven so far,” she says. “By the end of the "
    "week it will be twenty.” The union, she adds, has asked its members not to block roads: “We want Rome to see us, "
    "not to hate us.”",
)

PARIS: tuple[str, ...] = (
    "French bonds slide as rating agency warns over budget stand-off",
    "PARIS (Kestrelwire) — French government bonds fell on Thursday after Corvane Sovereign Ratings said it could cut "
    "the country’s credit rating within months if parliament failed to pass a budget that narrows the deficit.",
    "The agency, which rates France AA-minus, moved its outlook to negative late on Wednesday. “The political path to "
    "fiscal consolidation has narrowed sharply,” the agency said in a statement. It said the deficit was likely to "
    "stay above 5 percent of output next year, against the government’s target of 4.6 percent.",
    "“Investors can live with a high deficit. What they cannot price is a parliament that cannot pass anything,” says "
    "Hélène Marchetti-Oakes, head of euro rates strategy at Brisquet Capital. The gap between French and German "
    "ten-year yields, now 0.86 percentage point, could reach a full point by Christmas, notes the strategist.",
    "Finance Minister Bastien Leclercq-Haines said the warning was “a reminder, not a verdict.” Speaking on a morning "
    "radio show, he urged lawmakers “to read the note before they read the polls” and said the government was open to "
    "changes “that do not add a single euro to the deficit.”",
    "Prime Minister Aurélie Destrand-Moss has not ruled out forcing the budget through without a vote, a step that "
    "would expose her government to a no-confidence motion. “I would rather have a vote. But France will have a budget "
    "on January 1, one way or another,” she told senators on Thursday afternoon.",
    "The opposition was quick to answer. Solène Ravignac-Hurst, who leads the left-wing Renouveau group in the "
    "National Assembly, said her deputies would table a censure motion “the same hour” the government used its "
    "constitutional shortcut. The leader of the hard-right Rempart party, Gilles Armentier-Voss, said his party “will "
    "not be the crutch of a government that taxes and spends,” while the centrist group’s whip, Yannick "
    "Petitjean-Cole, told reporters his members would vote for the budget “holding our noses.”",
    "An official at the finance ministry, speaking on condition of anonymity, said the ministry had prepared 4 billion "
    "euros of spending freezes it could impose by decree if the budget failed.",
    "For Ryo Kessenich-Amari, a sovereign analyst at Corvane in London, the question is time. “We changed the outlook, "
    "not the rating, because there is still a budget on the table,” he says. “In six months there may not be.” He adds "
    "that a downgrade would not force many funds to sell French debt, since most of them hold it against a wider band "
    "of ratings.",
    "The National Assembly’s finance committee resumes its debate on Monday.",
)

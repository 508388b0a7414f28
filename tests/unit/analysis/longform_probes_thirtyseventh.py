"""A thirty-seventh batch of fictional CANADIAN FEDERAL AND PROVINCIAL POLITICS FROM THE LEGISLATURE for probing the
quotes: a Question Period fight over a housing fund (a critic who "rose … to ask", a minister who "shot back" and
"told the House", heckling, an NDP critic, a Bloc MP, an MP named with a riding, the foyer after), a minister's scrum
outside the chamber over a border audit (an audit's finding, a press secretary's statement "to CBC News", an agency's
emailed statement, a leader who "called" it something, a Green MP, the Prime Minister, a House leader, a committee
chair), a budget officer's report and the committee hearing on it (the report's findings, testimony, witnesses in one
long block, critics), a premier and a mayor trading barbs in long blocks of several speakers (a mayor's office, a
press secretary who "replied in an email", an opposition leader, a councillor, a political scientist, "declined to
comment"), and a party leader on a provincial campaign trail (a promise, a heckler, a riding's candidate, the
election agency's spokesperson, a fiscal office's estimate, a campaign manager, a pollster). Written for these tests;
none is taken from any corpus, and every person, riding, party leader and event in them is made up. The gold is in
test_longform_probes_thirtyseventh.py."""

from __future__ import annotations

QUESTION_PERIOD: tuple[str, ...] = (
    "OTTAWA — The Liberal government and the opposition clashed in the House of Commons on Tuesday over a stalled "
    "federal housing fund, with Conservatives pressing the minister over billions that have yet to flow.",
    "Conservative housing critic Darnell Fitzroy rose during Question Period to ask why less than a third of the "
    "$4-billion Homes Now fund had been spent. “Canadians can’t live in a press release,” Fitzroy said. “They need "
    "keys, not announcements.”",
    "Housing Minister Priya Ramcharan shot back that the fund had already approved 31,000 units. “The member "
    "opposite voted against every one of those homes,” she told the House, drawing jeers from the Conservative "
    "benches.",
    "“Shame!” shouted several opposition MPs, forcing Speaker Gilles Arsenault to call for order for the third time "
    "that afternoon.",
    "The NDP’s housing critic, Moira Castellane, said both parties had failed renters. “The Conservatives want to "
    "sell off public land to their developer friends, and the Liberals want a photo op,” Castellane said, adding "
    "that her party would table a motion this week to freeze rent increases on federally financed buildings.",
    "Fitzroy countered that the minister’s own department had missed its targets in seven of 10 provinces, citing "
    "figures tabled in the House last month.",
    "Later, speaking to reporters in the foyer of West Block, Ramcharan said the slow pace reflected the time it "
    "takes to negotiate with municipalities. “We are not going to write blank cheques,” she said. “When cities meet "
    "the conditions, the money flows.”",
    "Liberal MP for Kettle Point–Ashgrove Hannah Vasquez-Doyle, who chairs the government’s rural caucus, told "
    "reporters that small towns had been left out of the first round. “I have raised this with the minister, and I "
    "will keep raising it,” she said.",
    "Bloc Québécois MP Étienne Laforge said Quebec would not accept federal conditions on its housing programs. "
    "“Ottawa has no business telling Quebec where to build,” Laforge said in French.",
    "Outside the chamber, Fitzroy told reporters the government’s numbers “don’t add up” and said Conservatives "
    "would use an opposition day next week to force a vote on the fund. Asked about Ramcharan’s charge that his "
    "party had voted against the homes, he said the Conservatives had opposed the budget, “not the idea of building "
    "houses.”",
)

BORDER_SCRUM: tuple[str, ...] = (
    "OTTAWA — Public Safety Minister Raymond Okafor-Bell brushed off calls for his resignation on Wednesday, telling "
    "reporters outside the House of Commons that he had “full confidence” in the border agency’s leadership.",
    "The scrum, which lasted barely four minutes, came a day after an internal audit found that the Canada Border "
    "Services Agency had lost track of nearly 2,300 people ordered deported.",
    "“I’m not going anywhere. I’m going to fix this,” Okafor-Bell said as aides tried to steer him toward a waiting "
    "car. Asked whether he had read the audit before it was made public, he said he had been briefed on its "
    "findings “in broad strokes” in March.",
    "Conservative public safety critic Lise Marchbank told reporters minutes later that the minister had lost the "
    "confidence of the House. “He was warned in March. He did nothing until it hit the front page,” she said.",
    "In a statement to CBC News, the minister’s press secretary, Jordan Pelletier-Haas, said the government had "
    "already hired 150 new removal officers and would report on progress “within 90 days.” The statement did not "
    "say how many of the missing people had been found.",
    "The agency said in an emailed statement that it “accepts all of the audit’s recommendations” and had begun "
    "cross-checking its records with provincial databases.",
    "NDP Leader Kiran Dhaliwal-Stone called the audit “a scandal of competence” and said her party would ask the "
    "public safety committee to summon the agency’s president. Green MP Odile Fraser, whose riding of Saanich "
    "Inlet–Gulf Coast includes two ports of entry, said the problem was years old. “This did not start under this "
    "minister, but it is his job to end it,” Fraser said.",
    "Government House Leader Marc-André Belliveau told reporters the Liberals would not support a Conservative "
    "motion calling for the minister’s resignation, which he dismissed as “theatre.”",
    "Prime Minister Adrienne Lachapelle, speaking at an unrelated event in Mississauga, said she still trusted "
    "Okafor-Bell. “He has my full support,” she said, before taking a question on trade.",
    "Okafor-Bell is scheduled to appear before the public safety committee on Monday. Committee chair Fatima "
    "Rahimzadeh, a Liberal, said in a brief interview that members would have “as much time as they need” to "
    "question him.",
)

BUDGET_OFFICER: tuple[str, ...] = (
    "OTTAWA — The federal government’s new dental care plan will cost nearly $3.1 billion more over five years than "
    "Ottawa has budgeted, the Parliamentary Budget Officer said in a report released Thursday.",
    "The report found that take-up among seniors had been far higher than the government projected, and that the "
    "cost per patient was rising faster than inflation.",
    "Parliamentary Budget Officer Théo Vandermeer told the House of Commons health committee later that day that the "
    "estimate was “conservative.” “If anything, we expect the gap to widen,” he told MPs. “The program is popular, "
    "and popular programs get used.”",
    "Liberal MP for Oakmont–Rideau Ridge Sunil Baptiste-Kerr, the committee’s vice-chair, pressed Vandermeer on "
    "whether the office had counted savings from fewer emergency room visits. Vandermeer said it had not, because "
    "there was no reliable data. “We don’t guess,” he said.",
    "Health Minister Colette Arsenault-Wu, appearing before the same committee an hour later, disputed the figures. "
    "She said the budget officer had used “out-of-date” enrolment data and that the department’s own projections "
    "showed costs levelling off by 2027. “We have built this program to last,” Arsenault-Wu testified.",
    "Witnesses at the hearing were divided. Dr. Renata Solvik, president of the Canadian Dental Association, told "
    "the committee that dentists had been swamped with paperwork. “Half my members are spending an hour a day on "
    "claim forms,” she said. Marcel Desrosiers, an economist at the University of Sherbrooke, testified that the "
    "program was cheaper than the alternative. “Untreated cavities end up in the emergency room, and that is the "
    "most expensive chair in the country,” he said.",
    "Conservative health critic Brandon Achterberg said the report proved the government had “no idea what this "
    "program costs.” NDP MP Lucie Tremblay-Oakes, whose party negotiated the plan as part of its confidence deal, "
    "said it was “worth every penny” and accused the Conservatives of wanting to scrap it.",
    "Vandermeer, whose office is independent of government, said he stood by the numbers. “Ministers are welcome to "
    "disagree with us. They are not welcome to their own arithmetic,” he said, a line that drew laughter from "
    "committee members of all parties.",
    "The committee is expected to hear from the agency running the plan’s claims next week.",
)

PREMIER_AND_MAYOR: tuple[str, ...] = (
    "EDMONTON — Alberta Premier Dale Kostiuk and Calgary Mayor Nadia Ferreira-Olsen traded barbs on Monday over who "
    "should pay for a new transit line, the latest in a feud that has simmered since the spring.",
    "“The city asked for a blank cheque, and Albertans are not a bank,” Kostiuk told reporters at the legislature, "
    "adding that the province had offered to cover a third of the cost. Hours later, Ferreira-Olsen fired back at a "
    "city hall news conference. “The premier found $900 million for a hockey arena in two weeks. Don’t tell me the "
    "money isn’t there,” she said, calling the province’s offer “an insult to every commuter who stands in the "
    "cold.”",
    "Transportation Minister Gurpreet Sandhu-Reyes backed the premier in question period, telling the legislature "
    "that the city had missed two deadlines to submit a business case. Opposition NDP Leader Marjorie Two Rivers "
    "accused the government of “playing chicken with people’s commutes.” “Every month this drags on, the price goes "
    "up,” Two Rivers told the assembly. “The premier knows that. He just doesn’t care.”",
    "In a statement, the mayor’s office said the city had submitted the business case in June and had “heard "
    "nothing back.” Kostiuk’s press secretary, Blair Hutchings, replied in an email that the document was "
    "“incomplete” and that the city knew it.",
    "Councillor Ravi Menon-Clarke, who chairs the city’s transit committee, said the fight was hurting riders. "
    "“Nobody waiting for the number 9 bus cares whose fault this is,” he said. Duane Schaefer, a political scientist "
    "at Mount Royal University, said the feud was good politics for both. “The premier plays well outside Calgary by "
    "picking a fight with Calgary, and the mayor plays well inside it,” Schaefer said. A spokesperson for Calgary "
    "Transit declined to comment.",
    "Kostiuk, asked on Tuesday whether he would meet the mayor, said his door was “always open.” “But she has to "
    "walk through it with a real plan,” he said.",
)

CAMPAIGN_TRAIL: tuple[str, ...] = (
    "SUDBURY, Ont. — Progressive Conservative Leader Gordon Halvorsen-Pike promised on Saturday to cut the provincial "
    "gas tax by 10 cents a litre if his party wins the Oct. 3 election, saying northern families had been “paying the "
    "price for Toronto’s priorities.”",
    "“You can’t take the bus to work when the nearest bus is 80 kilometres away,” Halvorsen-Pike told about 300 "
    "supporters in a hockey arena, to loud cheers. “Up here, a car isn’t a luxury. It’s a lifeline.”",
    "Liberal Leader Sabine Okonkwo-Reid, campaigning in Hamilton, called the pledge a gimmick. “He cut the gas tax "
    "last time too, and prices went right back up within a month,” she said. “Families remember.” She said a "
    "Liberal government would instead expand regional rail service to the north.",
    "The NDP candidate in Nickel Belt–Timiskaming, Josée Lapointe-Boyd, who is running for a third term, said the "
    "promise ignored the real cost of living in the north. “People here aren’t asking for a few cents off at the "
    "pump. They’re asking for a doctor,” Lapointe-Boyd said in an interview.",
    "A spokesperson for Elections Ontario said advance polls would open on Sept. 24 and that turnout in the north "
    "had lagged in the last two elections.",
    "Asked by a reporter how the province would replace the roughly $1.2 billion a year the cut would cost, "
    "Halvorsen-Pike said the money would come from “finding efficiencies” in the health ministry’s administration. "
    "He did not give details. The Financial Accountability Office estimated in the spring that a similar cut would "
    "reduce revenue by $1.4 billion a year.",
    "At a later stop in North Bay, a heckler shouted that the leader had closed the local hospital ward when he was "
    "health minister. Halvorsen-Pike waved and kept speaking. “I’ll take every vote in this room, including yours, "
    "sir,” he said, drawing laughter.",
    "Halvorsen-Pike’s campaign later released a costing document. Campaign manager Trevor Lindqvist said in an email "
    "that the plan was “fully funded” and that critics “should read it before they attack it.”",
    "Polls suggest a tight race. A survey by Abacus North released Friday put the Progressive Conservatives at 36 "
    "per cent and the Liberals at 34 per cent, with the NDP at 22. “Northern Ontario is where this election will be "
    "decided,” said Abacus North chief executive Helen Marchetti-Roy.",
)

"""A third batch of fictional long-form feature articles for probing the quotes, each a tuple of paragraphs: Canadian
local, business, politics and culture news in few long blocks, with several speakers a block, split quotes, present
and inverted cues ("says X"), descriptions ("the owner"), pronoun chains, organisations that speak, a person named
then called by surname, a quotation running into the next paragraph, "according to", a Q&A and a list of names.
Written for these tests; none is taken from any corpus. The gold is in test_longform_probes_third.py."""

from __future__ import annotations

BAKERY: tuple[str, ...] = (
    "When Nadia Kowalczyk opened Rising Tide Bakery on the main street of Port Alder in 2019, the "
    "storefront had been empty for six years. “People told me I was crazy,” says Kowalczyk, who had "
    "spent a decade as a pastry chef in Halifax hotels. “Maybe I was. But I grew up here, and I wanted "
    "to come home.” Five years on, the lineup on Saturday mornings stretches past the hardware store. "
    "Her partner, Emeka Obi, handles the books and the coffee. “She makes the bread, I make the "
    "spreadsheets,” he says with a laugh. “Somebody has to tell her that a croissant costs more than a "
    "dollar to make.” The bakery now employs eleven people, most of them from Port Alder or the villages "
    "nearby. Jill Farrow, 19, started as a dishwasher two summers ago and now runs the morning shift. “I "
    "never thought I’d be getting up at four in the morning on purpose,” says the teenager. “But I like "
    "it. It’s quiet, and the ovens are warm.”",
    "Not everyone in town was thrilled at first. Gordon MacIsaac, who has run the Alder Diner across the "
    "street since 1987, admits he was worried. “I thought she’d take my breakfast crowd,” he says. "
    "“Turns out people want a muffin and then they want eggs. We send customers to each other now.” The "
    "municipality has taken notice. Mayor Denise Thibodeau says the bakery helped persuade two other "
    "businesses to open on the street last year. “When one storefront lights up, the next one is easier "
    "to fill,” she said in an interview. According to the Port Alder Business Association, vacancy on "
    "the main street fell from 30 per cent in 2018 to 12 per cent this spring.",
    "The hard part, Kowalczyk says, is staffing. Housing in Port Alder is scarce, and two of her bakers "
    "commute from Truro, an hour away. “If I could build an apartment above the shop tomorrow, I would,” "
    "she says. “Every business owner on this street will tell you the same thing. We can find customers. "
    "We can’t find places for our workers to live.” Obi is blunter. “The province keeps announcing "
    "housing money,” he says. “We haven’t seen a shovel in the ground.” A spokesperson for the "
    "Department of Municipal Affairs and Housing said in an email that the province had approved funding "
    "for 40 affordable units in the county, with construction expected to begin next year.",
    "Most of the flour comes from Annapolis Valley Millers, a co-operative of grain farmers about two "
    "hours west. The co-op says demand from small bakeries has tripled since 2020. Its general manager, "
    "Rob Sutherland, credits bakers like Kowalczyk with changing how people shop. “Ten years ago, nobody "
    "asked where their flour came from,” Sutherland says. “Now she has customers who want to know which "
    "field the wheat grew in.” The co-op has added a second stone mill to keep up, and it said in its "
    "annual report that it expects to buy grain from twelve more farms next year.",
    "Kowalczyk’s mother, Halina, still comes in every Friday to make pierogi for the weekend. She "
    "emigrated from Poland in 1981 and worked for thirty years as a seamstress in Dartmouth. She is "
    "proud, she says, but she worries. “She works too much,” Halina Kowalczyk says of her daughter. “I "
    "tell her, you have a business, you also need a life. She doesn’t listen. She never listened.” "
    "Kowalczyk rolls her eyes when she hears this. “My mother has been telling me to slow down since I "
    "was six,” she says.",
    "For now, the ovens keep running. On a grey Tuesday in March, Kowalczyk pulls a tray of sourdough "
    "from the deck oven and sets it on the rack to cool. “This is the best part of the day,” she says. "
    "“Everything after this is paperwork.”",
)

BUSES: tuple[str, ...] = (
    "Riverbend city council voted 7-4 on Tuesday night to cut Sunday bus service on six routes, a "
    "decision that transit riders say will leave shift workers and students stranded. Councillors Priya "
    "Dhaliwal, Marcus Leblanc, Hannah Greaves and Tom Oyelaran voted against the cuts. “We are balancing "
    "the budget on the backs of the people who can least afford it,” said Dhaliwal, who represents the "
    "city’s north end. “A nurse who works a Sunday shift at the hospital doesn’t have another way to get "
    "there.” Leblanc said he was disappointed but not surprised. “The numbers were always going to win "
    "this one,” he said after the meeting.",
    "Riverbend Transit says ridership on the six routes averages fewer than nine passengers an hour on "
    "Sundays. “We cannot justify running a 40-foot bus for three people,” said Gail Penner, the city’s "
    "director of transit, in a presentation to council. The agency said the change would save roughly "
    "$1.4 million a year, money it plans to put toward more frequent weekday service on its busiest "
    "corridors. Penner told councillors that on-demand service, booked through an app, would fill some "
    "of the gaps. “It’s not the same as a bus every half hour,” she acknowledged. “But it’s something, "
    "and it’s cheaper.”",
    "Outside city hall, a handful of riders held hand-lettered signs. Amira Haddad, a second-year "
    "nursing student at Riverbend Polytechnic, said she takes the No. 12 bus to a Sunday job at a "
    "grocery store. “If the bus goes, I either quit or I walk forty minutes each way, in January,” she "
    "said. “Which one would you pick?” Standing next to her, retiree Walter Friesen, 74, shook his head. "
    "“I gave up my licence two years ago because my eyes are going,” he said. “The bus is how I get to "
    "church. Now what?” The Riverbend Labour Council called the vote “a betrayal of working people” and "
    "said it would push for the cuts to be reversed during next year’s budget debate.",
    "Council’s decision follows a review by the consulting firm Halden & Price, which found that "
    "Riverbend spends more per rider than any city of its size in Western Canada. The report recommended "
    "cutting low-ridership routes and investing in frequent service. Coun. Hannah Greaves, who chairs "
    "the transportation committee, called the report “a spreadsheet with no people in it.” “You can make "
    "any bus route look bad if you only count who rides it on a Sunday morning,” Greaves said. “Ask who "
    "would ride it if it came more than once an hour.” Greaves says she will bring a motion in the fall "
    "to restore at least two of the routes. Oyelaran, who seconded the motion, said the city should have "
    "looked at fares first. “We are one of the only cities in the province that doesn’t have a "
    "low-income pass,” he said. “Fix that, and ridership goes up.” The consultants did not respond to a "
    "request for comment.",
    "Mayor Colin Baptiste, who voted for the cuts, spoke with reporters after the meeting. The exchange "
    "has been edited for length.",
    "Q: Why cut Sunday service now?",
    "A: Because we have a $9-million hole in the budget and we promised residents we wouldn’t raise "
    "property taxes by more than three per cent. Something had to give.",
    "Q: What do you say to riders like Walter Friesen?",
    "A: I hear them. I’ve met with them. I’m not pretending this is painless.",
)

NOVELIST: tuple[str, ...] = (
    "Ruth Okonkwo-Baines did not set out to write a novel about her grandmother. For years, the Winnipeg "
    "writer kept a shoebox of letters under her bed, written in a mix of Igbo and English by a woman she "
    "met only twice. Then, in the first winter of the pandemic, she finally opened it.",
    "“I had this idea that the letters would be about big things — the war, leaving home, coming to "
    "Canada,” she says over coffee in a café near the Exchange District. “Mostly they were about recipes "
    "and who owed whom money. And that’s when I realized that was the story.”",
    "The result, The Salt Ledger, was published in the fall by Prairie Crow Books and has since been "
    "longlisted for the Harwood Prize for Fiction. Her editor, Simon Achterberg, remembers reading the "
    "first draft on a train. “I missed my stop,” he says. “I rode all the way to the end of the line and "
    "I didn’t care.”",
    "Okonkwo-Baines, 41, spent most of her career as a high-school English teacher. She wrote in the "
    "mornings before class, and in the summers, and in a notebook she kept in the glovebox of her car. "
    "She says the teaching never got in the way of the writing.",
    "“Teenagers are the toughest audience there is,” she says. “If you can hold a room of "
    "sixteen-year-olds for fifty minutes, you can hold a reader for three hundred pages.",
    "“The trick is the same. You have to tell them something true before they decide you’re boring.”",
    "Not everyone in her family was comfortable with the book. Her uncle, Chidi Okonkwo, who still lives "
    "in Enugu, worried that it would embarrass relatives who appear in the letters under their real "
    "names. “He called me and said, ‘You are putting our business in the street,’” Okonkwo-Baines "
    "recalls. In the end, she changed most of the names. Her mother, Adaeze Baines, read the manuscript "
    "twice. “She cried the first time and corrected my spelling the second time,” says the author, "
    "laughing.",
    "At Paper Moon Books on Corydon Avenue, the novel has been on the front table since September. "
    "“We’ve sold more copies of it than anything since the pandemic,” says owner Gloria Fenwick, who has "
    "run the store for 27 years. “People come in and buy three — one for themselves, one for their "
    "mother, one for their sister.” Prairie Crow Books says the novel is in its fourth printing, and "
    "that rights have been sold in the United Kingdom and Germany. The small press, which publishes "
    "eight titles a year, said it had never before had a book go back to print in its first month.",
    "Okonkwo-Baines says the success still feels unreal. She quit teaching in June to write full-time, a "
    "decision she calls “terrifying and obvious at the same time.” She is already at work on a second "
    "book, about a Nigerian-Canadian family that runs a dry cleaner in Thunder Bay. She won’t say more. "
    "“Every time I talk about a book before it’s finished, it dies a little,” she says.",
    "The Harwood jury will announce its shortlist on Oct. 3. Asked whether she is nervous, "
    "Okonkwo-Baines shrugs. “My grandmother crossed an ocean with two suitcases,” she says. “I can "
    "handle a phone call from a jury.”",
)

MINE: tuple[str, ...] = (
    "Northern Lynx Resources Ltd. will lay off about 320 workers at its Copper Ridge mine near Timmins, "
    "Ont., and suspend operations there for at least 18 months, the company said Wednesday, blaming a "
    "slump in copper prices and rising costs. In a statement, Northern Lynx said the mine had lost money "
    'for five straight quarters and that it would keep a crew of about 40 on site for maintenance. "This '
    'was a difficult decision, and it is not a reflection on the people who work at Copper Ridge," said '
    'chief executive Harold Vanstone. "They have done everything we asked of them." The company said '
    "affected employees would receive severance and help finding work at its other sites in Quebec and "
    "Nevada.",
    "The union that represents workers at the mine, United Steelworkers Local 7412, said it was "
    'blindsided. "Three weeks ago management stood in front of our members and told them the mine had a '
    'future," said local president Diane Kerrigan. "Now they\'re handing out pink slips before Christmas. '
    "People feel lied to.\" Kerrigan said the union would ask the province to step in. Ontario's Minister "
    "of Mines, Patrick Lavoie, said in a statement that he had spoken to the company and that ministry "
    'staff would meet with workers next week. According to Lavoie, the province is "exploring every '
    'option" to keep the mine in a condition to reopen.',
    "Analysts were not surprised. Copper has fallen nearly 20 per cent since March, and Copper Ridge is "
    "one of the oldest and deepest mines in the region. \"It's a high-cost operation in a low-price "
    'market," said Melissa Tran, a mining analyst at Boreal Capital Markets in Toronto. "Unless prices '
    "recover quickly, I'd be surprised if it reopens on the company's timeline.\" Tran noted that "
    "Northern Lynx had already cut its capital budget twice this year. Shares of the company fell 6 per "
    "cent on the Toronto Stock Exchange on Wednesday, according to market data.",
    "Copper Ridge opened in 1974 and at its peak employed more than 900 people. It has changed hands "
    "three times; Northern Lynx bought it in 2016 from a Swiss trading house for $210 million. Former "
    "mine manager Ken Ostapchuk, who retired in 2019, said the writing had been on the wall for years. "
    '"Every year you go deeper, every year it costs more to bring the ore up," he said. "At some point '
    'the geology wins." The Ontario Mining Association said in a statement that the closure showed the '
    "need for lower electricity rates for northern mines, which it said pay among the highest power "
    "costs in North America. Local suppliers are bracing too. Jean-Guy Theriault, who owns a machine "
    "shop that does about a third of its business with the mine, says he may have to let go of four of "
    'his twelve employees. "I\'ve been through three shutdowns," he said. "This one scares me the most, '
    "because I don't think it's coming back.\"",
    "In Timmins, the news spread quickly. At the Tim Hortons on Algonquin Boulevard, shift workers "
    "compared notes over coffee. Rick Belanger has worked underground at Copper Ridge for 22 years, and "
    'his son joined him on the same crew in 2021. "Two paycheques from one mine, gone on the same day," '
    "Belanger says. \"My wife keeps asking me what we're going to do. I keep telling her I don't know "
    'yet." Mayor Suzanne Corbeil said the city would set up a job centre for laid-off workers. "Timmins '
    'has been through this before," she said. "We know how to take care of our own."',
)

CLINIC: tuple[str, ...] = (
    "The emergency department at Cedar Falls Health Centre has closed its doors 41 times this year, most "
    "often overnight and on weekends, because there was no doctor to staff it. For the 3,000 people who "
    "live in and around the town, that means a 90-minute drive to Brandon when something goes wrong.",
    "Dr. Lena Marchetti is one of only two physicians left in town. She came to Cedar Falls from "
    "Montreal eight years ago, expecting to stay for two. “I fell in love with the place,” she says. "
    "“The patients bring you pies. Where else does that happen?” But the workload has worn her down. "
    "Last month she worked 26 straight days, including six overnight shifts in the emergency department. "
    "“I’m 52 years old. I can’t keep doing this,” the family doctor says. “Something is going to break, "
    "and it’s either going to be the system or it’s going to be me.”",
    "Prairie Mountain Health, the regional health authority, says recruitment is its top priority. In an "
    "emailed statement, the authority said it had hired three international medical graduates who are "
    "expected to start in Cedar Falls by spring, pending licensing. It declined to make anyone available "
    "for an interview.",
    "For patients, the closures have become part of life. Bev Sorensen, 68, had a heart attack at home "
    "in February on a night when the emergency department was closed. Her husband, Arne, drove her to "
    "Brandon himself rather than wait for an ambulance. “I was holding her hand and driving with the "
    "other one,” he says. “I don’t remember most of that drive. I just remember thinking, don’t let her "
    "die in the truck.” Sorensen spent nine days in hospital and has since recovered. She says she "
    "doesn’t blame the doctors. “They’re working themselves to death,” she says. “It’s the people in "
    "Winnipeg who make the decisions that I’d like to have a word with.”",
    "Health Minister Karen Aldous said this week the province is adding 200 nursing seats and expanding "
    "a program that pays the tuition of medical students who agree to work in rural communities. “We "
    "know rural Manitobans have waited too long,” Aldous said in the legislature. “These changes will "
    "not fix everything overnight, but they will make a difference.” Opposition health critic Darnell "
    "Fobister was unimpressed. “The minister has been promising a fix for three years,” he said. "
    "“Meanwhile, people in Cedar Falls are driving to Brandon in the middle of the night with their "
    "chest pains.”",
    "The numbers bear her out. According to figures from the Manitoba Nurses Union, rural emergency "
    "departments in the province were closed for a combined 18,000 hours last year. The union’s "
    "president, Theresa Gagnon, said the problem is no longer confined to the north. “It used to be that "
    "you expected closures in Thompson or The Pas,” she said. “Now it’s towns an hour from Winnipeg.” "
    "Paramedic Josh Whitehorse, who works out of the Cedar Falls station, says his crew sometimes spends "
    "an entire shift on the road to and from Brandon. “We’re the emergency room now,” he says. “We’re "
    "doing in the back of an ambulance what used to be done in a hospital bed.” Shared Health, the "
    "provincial agency that runs emergency medical services, said response times in the region had "
    "improved since it added a second ambulance last year.",
    "Marchetti, for her part, hasn’t decided whether she will stay. She says she loves her patients but "
    "needs help soon. “I tell every resident who rotates through here that this is the best medicine "
    "they’ll ever practise,” she says. “Then I tell them the truth about the hours.”",
)

BYELECTION: tuple[str, ...] = (
    "Voters in the riding of Lakeshore-Millbrook go to the polls Monday in a byelection that has drawn "
    "six candidates and more attention than a single seat usually gets. The candidates are Liberal Anita "
    "Sharma, Progressive Conservative Doug Kirkwood, New Democrat Yasmin Farah, Green Peter Lindgren, "
    "and independents Gary Tse and Monique Arsenault. The seat came open in June when longtime MPP Frank "
    "DeLuca resigned to take a job in the private sector.",
    "At a candidates' debate at the Millbrook Legion on Thursday, housing dominated the evening. \"My "
    'kids are in their thirties and they still live in my basement," said Kirkwood, a former car dealer. '
    "\"That's not a choice they made. That's a choice this government made for them by not building.\" "
    "Sharma, a family lawyer who has lived in the riding for 20 years, argued that the Conservatives had "
    "been in power at Queen's Park for six years. \"Mr. Kirkwood is running against his own party's "
    'record," she said, to scattered applause. Farah, a nurse, drew the loudest response of the night. '
    '"You want to talk about housing? Talk to the nurses sleeping in their cars in the hospital parking '
    'lot," she said. "I\'ve done it. I\'ve slept there."',
    "Lindgren, the Green candidate, pushed the conversation toward transit, saying a rebuilt rail link "
    "to downtown Toronto would do more for housing prices than any tax credit. The two independents "
    "largely stayed out of the fray, though Arsenault, a retired principal, drew laughs when she "
    'described the debate as "six people agreeing that housing is expensive."',
    "The Progressive Conservatives have held the riding since 2018, but DeLuca's margin shrank in the "
    'last general election to fewer than 1,500 votes. "This one is genuinely competitive," says Lauren '
    'Whitby, a political scientist at Lakemount University who studies Ontario elections. "Byelections '
    "are where voters send messages, and people in this part of the province are angry about the cost of "
    'living." Whitby says turnout will decide the race. In the last byelection in the region, fewer than '
    "one in three eligible voters cast a ballot. Elections Ontario says advance turnout this week was up "
    "14 per cent compared with the general election.",
    "Outside the Legion, voters were split. Karen Mulligan, a retired bank teller, said she has voted "
    'Conservative all her life but is leaning NDP this time. "My grandson is paying $2,100 a month for a '
    'one-bedroom," she said. "Something has to change." Her friend Dorothy Pike wasn\'t persuaded. '
    '"Farah\'s a lovely woman, but the NDP would tax us into the ground," Pike said. Tse, a software '
    "developer running on a platform of electoral reform, says he knows he won't win. \"I'm here to make "
    'a point," he says. "Every vote for me is a vote saying the system is broken."',
    "Kirkwood insists he isn't worried. \"I've knocked on eleven thousand doors,\" the candidate says. "
    '"People know me. They bought cars from me." Premier Russell Hartley, who campaigned with Kirkwood '
    "twice last week, told reporters Friday he was confident the party would hold the seat. Asked about "
    'the housing attacks, Hartley said his government had "built more homes than any government in a '
    'generation," a claim the Ontario NDP disputes.',
    'Polls close at 9 p.m. "Whatever happens, I\'ll be at the Legion with a coffee," Farah said. "Win or '
    "lose, I'm on shift Tuesday morning.\"",
)

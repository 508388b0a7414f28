"""A twenty-second batch of fictional CANADIAN national web news features for probing the quotes, each a tuple of
paragraphs, three delivered as one long block and one as two, as a web scraper leaves them: a children's drug
shortage at a pharmacy (the pharmacist and her husband, a father of three, the federal department by email, a
pharmacists' association and its chief executive, a provincial spokesperson, a pediatrician), a cap on international
students in a college town (a shop owner, the college president, the federal department, a student, a retired
welder, a chamber of commerce and its president, the mayor, an economist), the victims of a rent-to-own scheme (a
couple of the same surname, their lawyer, the company's website statement, a researcher, a buyer, a regulator by
email, a ministry, an MPP), a citizenship ceremony (a new citizen and her daughter, the citizenship judge, an elder,
the federal department, a citizen who took his oath online, a political scientist), a northern mine's water licence
hearing (a chief, the company's vice-president, the mayor, an equipment operator, a hydrologist, the territory by
email), a tech layoff in a mid-size city (the company's release, its chief executive's video, a developer on a work
permit, an unnamed developer, a provincial agency, the minister, an economist), a town's vote on a new arena (the
mayor, the no side's leader, the minor hockey president, the rink manager, a professor, the province by email, the
town clerk) and a child-care shortage (a mother and her husband by his given name, a coalition and its director, a
centre owner, the minister and her department, the federal department). Shapes: long appositions with "who … and
whose …", split quotes with a present-tense cue between them, "according to" people, organisations and reports,
descriptions ("the pharmacist", "the father of three", "the retired accountant"), pronoun chains over several
sentences, bodies that speak "in an email" or "in a statement", and signs, slogans, song titles and terms in
quotation marks that nobody says. Written for these tests; none is taken from any corpus, and every person in them
is made up. The gold is in test_longform_probes_twentysecond.py."""

from __future__ import annotations

PHARMACY: tuple[str, ...] = (
    "The shelf behind the counter at Harbourview Pharmacy in Dartmouth has a gap where the children’s stimulant "
    "prescriptions used to sit. Lena Varga, who has run the pharmacy for 22 years and whose own son takes the "
    "medication, says she has never seen a shortage drag on this long. “Every morning I call three wholesalers. Every "
    "morning two of them say next week,” she said. The pharmacist says she has started splitting orders so that no "
    "family goes home with nothing. It is a stopgap, she admits, and it means parents come back every few days. "
    "Health Canada lists the extended-release version of the drug as being in shortage until at least March, "
    "according to its drug shortage database. In an email, the department said the shortage was caused by “increased "
    "demand and manufacturing delays” and that it was working with the makers to bring in supply from other "
    "countries. Tomas Reinholt, a father of three from Cole Harbour, has driven to five pharmacies since October. "
    "“You learn which ones get deliveries on Tuesday,” the father of three said. His eldest, Ava, is in Grade 7. "
    "Without the medication, he says, she cannot sit through a math class. “She’s a bright kid. She just can’t get "
    "there without it,” Reinholt said. He tried asking his family doctor for a different drug, but the doctor told "
    "him the alternatives were also short. The Pharmacy Association of Nova Scotia said in a statement that "
    "pharmacists have been asked to fill the gap without any extra pay for the hours spent on the phone. Its chief "
    "executive, Marcus Oyelaran, says the province should let pharmacists switch patients to an equivalent drug "
    "without a new prescription. “We have the training. What we don’t have is the permission,” he said. A "
    "spokesperson for the Department of Health and Wellness said the province was reviewing the request. The "
    "spokesperson did not say when a decision would come. Dr. Ingrid Solheim, a pediatrician at the IWK Health Centre "
    "who treats children with ADHD, says families are being pushed into hard choices. “Some parents are skipping "
    "weekends to stretch what they have,” the doctor said. That is not dangerous for most children, she said, but it "
    "can mean a rough Monday. Solheim says she has written more paper prescriptions in the past two months than in "
    "the past two years. According to Varga, the worst days are Fridays, when parents realise a weekend without "
    "medication is coming. “We used to order on Monday and have it by Wednesday,” Varga says, “and now I order on "
    "Monday and hope.” Her husband, Imre, does the deliveries in the family van. He keeps a list of which customers "
    "are down to their last few pills, and he has stopped promising anyone a date. “Some of them cry at the door,” he "
    "says. “You don’t forget that.” A handwritten sign taped to her counter reads “Yes, we’re still looking.” She "
    "laughs when asked about it. “My staff wrote that. They got tired of saying it.” Back in Cole Harbour, Reinholt "
    "keeps a spreadsheet of pharmacies and delivery days. It started as a joke, he says. “Now my wife calls it the "
    "war room.”",
)

STUDENTS: tuple[str, ...] = (
    "For a decade, Wen Li’s dumpling counter on Main Street in Port Hastings did most of its business between 9 p.m. "
    "and midnight, when students from Cabot College came off late shifts and out of the library. Since September, the "
    "counter closes at eight. “There is nobody to feed after that,” says Li, who moved to the town from Tianjin in "
    "2009 and whose two daughters both graduated from the college. The federal cap on study permits, announced in "
    "January, cut the number of new international students Cabot could admit by nearly half, according to figures the "
    "college released last month. The college’s president, Dr. Annika Brandvold, told a town hall on Tuesday that the "
    "school expects a $14-million shortfall over two years. “We built this college on the assumption that the world "
    "would keep coming,” Brandvold said. “That assumption has been taken away from us in a single announcement.” She "
    "said the college would close four programs and had already laid off 60 staff. Enrolment from India alone fell by "
    "70 per cent, according to Brandvold. Immigration, Refugees and Citizenship Canada said in a statement that the "
    "cap was meant to “protect the integrity” of the system and ease pressure on housing in large cities. The "
    "department said smaller communities would get a larger share of permits next year. That is cold comfort to "
    "Rajdeep Brar, a second-year business student from Ludhiana who shares a three-bedroom house with six other "
    "students. The 23-year-old says his landlord has already warned that rent will go up if the house is not full. "
    "“We came because they told us this was the future,” Brar said. “Now we feel like a problem to be solved.” Brar "
    "works 24 hours a week at a gas station, the most his permit allows during term. He sends money home every month. "
    "He says his parents sold a piece of farmland to pay for his first year of tuition. “If I go back without the "
    "diploma, what do I tell them?” he said. Not everyone in town is sorry. At the Legion, a poster for a meeting "
    "titled “Homes for Locals First” was still on the door. Doug Ferrier, a retired welder who has lived in Port "
    "Hastings all his life, says rents doubled when the students arrived. “My granddaughter couldn’t find an "
    "apartment. That’s not the students’ fault, but it’s a fact,” he said. The Port Hastings Chamber of Commerce "
    "warned in a letter to the minister that local businesses could lose as much as $30 million a year. Its "
    "president, Colette Aucoin, says restaurants, landlords and the taxi company have all felt it. “It’s like "
    "somebody shut off a tap,” she said, adding that several shops have cut their hours. Mayor Greg Tillotson says "
    "the town did not get enough warning. The cap, he said, should have been phased in over three years. Labour "
    "economist Mireille Osei, of St. Francis Xavier University, said small towns had come to lean on student spending "
    "without planning for a downturn. “It was a boom, and booms end,” she said. Li has started selling frozen "
    "dumplings to the grocery store. It keeps the lights on, she says. “But I miss the noise.”",
)

RENT_TO_OWN: tuple[str, ...] = (
    "When Shauna and Curtis Delorme signed a rent-to-own agreement for a semi-detached house in Hamilton’s east end "
    "in 2021, they thought they had finally found a way past the banks.",
    "“We were told that in three years the house would be ours,” says Shauna Delorme, a personal support worker and "
    "mother of two who, like her husband, had been turned down for a mortgage twice. “We paid every month. We never "
    "missed once.”",
    "The couple paid $12,000 up front and an extra $600 a month in what the contract called “option credits,” money "
    "that was supposed to go toward a down payment. Last spring, they learned that the company that sold them the "
    "deal, Keystone Home Partners, had lost the house to foreclosure.",
    "They are not alone. At least 40 families in Hamilton, Brantford and Niagara signed similar contracts with the "
    "company, according to a lawsuit filed in Ontario Superior Court in June. The statement of claim alleges that "
    "Keystone collected more than $1.5 million in deposits and credits while falling behind on its own mortgages.",
    "Sanjay Mehra, the lawyer representing the families, says the contracts were written to look like a path to "
    "ownership while leaving the buyers with almost no rights. “On paper, these people are tenants. In their heads, "
    "and in every conversation they had with the company, they were owners,” Mehra said. “That gap is where the money "
    "disappeared.”",
    "None of the allegations has been tested in court. Keystone’s founder, Brent Wozniak, did not respond to several "
    "requests for comment. In a short statement posted to the company’s website in July, Keystone said it was "
    "“working diligently” to resolve its financing problems and that it “remains committed to every family in our "
    "program.”",
    "Rent-to-own deals are legal in Ontario, but they fall into a grey zone between landlord-tenant law and real "
    "estate law, according to Ruth Abernathy, a housing policy researcher at McMaster University. She says neither "
    "the Landlord and Tenant Board nor the real estate regulator sees them as its job. “Families fall through the "
    "middle, and nobody is responsible for catching them,” the researcher said.",
    "Marisol Quintero, whose family signed with Keystone in 2020, remembers the sales pitch in a hotel ballroom in "
    "Burlington. There was a slideshow, she says, and a song — “Home Sweet Home” — played as families walked in. "
    "“They had coffee and muffins and a photographer. It felt like a celebration,” the 41-year-old said. “I cried "
    "when we signed. Now I cry for a different reason.”",
    "The Real Estate Council of Ontario said in an email that it had received complaints about Keystone but that "
    "rent-to-own contracts sold directly by a company are generally outside its authority. The Ministry of Public and "
    "Business Service Delivery said it was “monitoring the situation.”",
    "Hamilton Centre MPP Nadia Ferreira has introduced a private member’s bill that would require rent-to-own sellers "
    "to hold deposits in trust. “If you take a family’s savings, you should not be allowed to gamble with them,” she "
    "said.",
    "For the Delormes, the bill comes too late. The bank that now owns their house has given them until November to "
    "leave. Curtis Delorme, who drives a delivery truck and coaches his son’s soccer team on weekends, says he still "
    "drives past the house he thought he owned. “Sometimes I park across the street and just look at it,” he said. "
    "“My son asks me why. I don’t have a good answer.”",
    "Shauna Delorme says they have signed up for the lawsuit, though she doubts they will see much of the money. "
    "“We’ll get a letter in five years saying sorry,” she said.",
)

OATH: tuple[str, ...] = (
    "The room at the Saskatoon public library fell quiet when the citizenship judge asked the 64 people in front of "
    "her to stand.",
    "Rima Haddad, who came to Canada from Aleppo in 2017 and who spent her first winter here working nights at a "
    "bakery because her pharmacy degree was not yet recognised, had practised the oath for a week. “I wanted to say "
    "it without looking at the paper,” she said afterward, holding her certificate with both hands. “I almost made "
    "it.”",
    "“I was a pharmacist in Syria for 11 years,” says Haddad, who passed her Canadian licensing exams last spring, "
    "“and here I started again with flour on my hands.”",
    "Since 2021, the oath has included a promise to respect the treaty rights of Indigenous peoples, a change the "
    "Truth and Reconciliation Commission had called for. Citizenship judge Eleanor Whitford says many new citizens "
    "ask her about that line. “People want to know what it means for them, personally,” Whitford said. “I tell them "
    "it means they are joining a country that made promises, and that keeping them is now partly their job.” Whitford "
    "has presided over more than 300 ceremonies. She still keeps a box of tissues on the podium. She says someone "
    "cries at every one, usually a grown man.",
    "Before the oath, Elder Harold Bear of the Muskeg Lake Cree Nation offered a welcome in Cree and then in English. "
    "He told the new citizens that the land they were standing on had been shared for a long time before any of them "
    "arrived. “You are guests who are becoming family,” he said. “Family has responsibilities.”",
    "The ceremony ended with “O Canada,” sung first in English and then in French, and with small flags handed out by "
    "volunteers from the local Rotary club. A banner over the stage read “Welcome Home.”",
    "Immigration, Refugees and Citizenship Canada said in a statement that more than 370,000 people became citizens "
    "last year, a record. The department said in-person ceremonies, which were replaced by video calls during the "
    "pandemic, are now “the preferred option” for most applicants.",
    "Not every new citizen wanted a ceremony in person. Kwame Asante, a software tester who took his oath online in "
    "March, says he did it from his kitchen because he could not get a day off work. “My mother watched from Accra on "
    "another phone. It was perfect for us,” he said.",
    "Jasmine Tran, who teaches political science at the University of Saskatchewan and studies immigration, says the "
    "ceremonies matter more than their short length suggests. Research on new citizens, she says, shows that people "
    "who attend in person are more likely to vote in their first election. “It sounds small. A room, a speech, a "
    "handshake. But people remember it,” Tran said.",
    "Haddad’s daughter, Lina, who is 12 and became a citizen alongside her mother, had her own view. “The best part "
    "was the cake,” she said. Her mother laughed. The pharmacist, who now works at a drugstore on Eighth Street, says "
    "she plans to vote in the next provincial election. “For the first time, my opinion counts on paper,” Haddad "
    "said.",
)

MINE: tuple[str, ...] = (
    "The gymnasium in Mayo was full long before the Yukon Water Board opened its hearing on Wednesday morning, and by "
    "noon people were standing along the back wall. At stake is a water licence for the proposed Silver Hawk mine, a "
    "silver and zinc project about 40 kilometres north of town that its owner, Northbound Metals, says could employ "
    "250 people for 14 years. Chief Lorraine Jack of the Na-Cho Nyäk Dun, whose great-grandparents trapped along the "
    "creek that would receive the mine’s treated water and who has led the First Nation since 2019, was the first to "
    "speak. “You are being asked to trust a company with a river our children will still need in a hundred years,” "
    "Jack told the board. She says the First Nation is not opposed to mining, but it wants a bond large enough to "
    "cover a full cleanup if the company walks away. The chief pointed to the Faro mine, where the federal government "
    "has spent hundreds of millions of dollars on a cleanup that could take decades. “We have already seen that "
    "movie. We know how it ends,” she said. Northbound’s vice-president of environment, Gareth Pryce, told the board "
    "the company had designed its water treatment plant to meet standards stricter than the territory requires. The "
    "mine, he said, would post a reclamation bond of $92 million. About a third of the mine’s workers would be hired "
    "from the region, according to Pryce. “We are not Faro. The science has changed, the rules have changed, and so "
    "has the industry,” Pryce said. Asked whether the company would raise the bond, he said that was a matter for the "
    "board. Outside, a handful of protesters held a banner reading “Water Is Life.” Others wore orange caps from the "
    "mine’s job fair. “People here are not anti-anything,” says Mayo’s mayor, Ron Delisle, whose hardware store sells "
    "to both the exploration camps and the trappers. “They just want to be sure the money doesn’t leave before the "
    "water does.” Dale Hutchings, a heavy-equipment operator who has spent eight years flying in and out of mines in "
    "Nunavut, says a local mine would let him sleep in his own bed. “I’ve missed three of my son’s birthdays. This is "
    "the first job in years I could drive to,” the 38-year-old said. According to a report prepared for the board by "
    "an independent consultant, the company’s estimate of cleanup costs is “likely low” by as much as 30 per cent. "
    "Northbound disputed that figure in a written response. Tamsin Okoro, a hydrologist at Yukon University who "
    "reviewed the company’s modelling for the First Nation, says the biggest risk is not the plant itself but the "
    "waste rock. “Water runs through those piles for centuries. You can’t treat it for 14 years and then leave,” "
    "Okoro said. The Yukon government, which must approve the licence after the board makes its recommendation, said "
    "in an email that it would not comment while the hearing was under way. The board is expected to hear from 40 "
    "more speakers before the hearing ends Friday. Jack says her community will keep showing up. “They can hold as "
    "many hearings as they want. We’ll be at every one.”",
)

LAYOFF: tuple[str, ...] = (
    "Fredericton’s biggest tech employer is cutting nearly a third of its workforce, a blow to a city that has spent "
    "a decade trying to sell itself as a cybersecurity hub.",
    "Bastion Cyber said in a news release Thursday that it would lay off 180 employees, most of them in its "
    "Fredericton office, as it shifts work to a new centre in Poland. The company blamed “a difficult market for "
    "venture-backed firms” and slowing sales in the United States.",
    "Chief executive Owen Lachance, who co-founded the company in a university lab in 2012 and who still lives in the "
    "city, called the decision the hardest of his career. In a video message to staff, seen by CBC News, he said the "
    "Fredericton office would remain the company’s headquarters. “This is still home. That doesn’t change,” Lachance "
    "says in the video.",
    "Employees were told in 15-minute video calls on Thursday morning. Priyanka Nair, a software developer who moved "
    "from Bangalore to Fredericton for the job in 2019, was on one of them. Her access to the company’s systems was "
    "cut before the call ended, she said. “I was still saying thank you to my manager when the screen went grey,” "
    "Nair said.",
    "Nair is on a work permit tied to her job, and she now has 90 days to find another employer or apply for a "
    "different status. “My husband and I bought a house here last year. We are not going anywhere if we can help it,” "
    "she said.",
    "Another developer, who asked not to be named because he is negotiating his severance, said the cuts hit the team "
    "that built the company’s flagship product. “They kept the sales people and let go of the people who know how it "
    "works,” he said.",
    "The layoffs are a setback for Opportunities New Brunswick, the provincial agency that gave Bastion a $4-million "
    "payroll rebate in 2021 in exchange for creating jobs. According to the agency, the rebate is paid only for jobs "
    "that exist, so the province will not lose money. Economic Development Minister Anne-Marie Cormier said she was "
    "“deeply disappointed” and that her staff had already contacted other firms about hiring the laid-off workers.",
    "Cormier was in Moncton on Friday for an unrelated announcement. She told reporters she had spoken with Lachance "
    "twice since Wednesday. She did not criticise the company. The province, she said, would “look at every tool” to "
    "keep the jobs in New Brunswick.",
    "Ravi Menon, an economist at the University of New Brunswick who studies the Atlantic tech sector, says the "
    "city’s bet on cybersecurity is not over. The talent stays, he says, even when the companies shrink. “Every "
    "layoff in a place like this seeds two or three start-ups. That was true in Waterloo and it’s true here,” Menon "
    "said.",
    "At the Lantern Room on Queen Street, where Bastion staff held a farewell on Thursday night, someone had written "
    "“Ctrl+Alt+Defeat” on the chalkboard. Nair was there. She says she has already had two calls from recruiters. "
    "“People here look after each other. That’s the part nobody puts in a brochure.”",
)

ARENA: tuple[str, ...] = (
    "Voters in Carrow Falls will decide on Monday whether to borrow $38 million for a new arena, and for the past "
    "month it has been hard to drive anywhere in town without passing a lawn sign. The green ones say “Build the "
    "Barn.” The red ones say “Not at This Price.” The town’s current rink, the Hollis Memorial Arena, opened in 1961 "
    "and has a roof that engineers say could fail under a heavy snow load. It was closed for six weeks last winter "
    "after an inspection found cracks in two trusses, according to the town. Mayor Brenda Kostiuk, who played her "
    "first hockey game in that rink and whose father drove its Zamboni for 30 years, says the vote is about more than "
    "hockey. “This building is where we hold graduations, funerals, the fall supper. If it goes, something goes with "
    "it,” Kostiuk said. The mayor said the town had applied for a provincial grant that could cover up to a third of "
    "the cost, but no answer is expected before the vote. Leading the no side is Stan Rempel, a retired accountant "
    "who says he loves hockey as much as anyone but has read the numbers. The loan, he says, would raise the average "
    "property tax bill by about $410 a year. “People on fixed incomes are going to have to choose between their taxes "
    "and their groceries,” the retired accountant said. “That’s not a choice a town should force on them.” Rempel "
    "says he would support a smaller rink without the second ice surface and the fitness centre the plan includes.",
    "The minor hockey association, which has about 300 players, has thrown its weight behind the yes side. Its "
    "president, Jolene Marchand, a mother of three whose youngest plays goal, said families have been driving 45 "
    "minutes to practice in Barrhead whenever the Hollis is closed. “I grew up in that barn,” says Marchand, who met "
    "her husband at a Friday night skate there, “and I want my kids to have one that doesn’t leak on them.” “Our kids "
    "are on the highway at six in the morning in January. Ask any parent how they feel about that,” she said. The "
    "arena’s longtime manager, Ed Sawchuk, has stayed out of the campaign. He has worked at the Hollis for 27 years. "
    "He knows every leak, he says, and every bucket that goes under them. “I’m not going to tell anybody how to "
    "vote,” Sawchuk said. “I’ll just say the building has given everything it has.” Kevin Larose, who studies "
    "municipal finance at the University of Alberta, said small towns across the Prairies are facing the same "
    "question as rinks built in the 1950s and 1960s wear out. Most, he said, cannot pay for them alone. Alberta "
    "Municipal Affairs said in an email that the town’s grant application was “under review.” Turnout in the town’s "
    "last referendum, on a fluoride question in 2014, was 61 per cent, according to the town clerk, Diane Fehr. Polls "
    "close at 8 p.m.",
)

CHILDCARE: tuple[str, ...] = (
    "Mélanie Gagnon put her daughter’s name on eleven daycare waiting lists before the girl was born. Fourteen months "
    "later, she is still waiting.",
    "“I did everything you are supposed to do. I planned. I called. I filled out every form,” says Gagnon, a nurse in "
    "Moncton who had hoped to go back to work in the fall. “And now I’m the one who has to explain to my manager why "
    "I can’t come back.”",
    "New Brunswick signed on to the federal child-care plan in 2022, promising to cut parents’ fees to an average of "
    "$10 a day by 2026. Fees have dropped sharply. The number of spaces has not kept up, according to Kyle Thibault, "
    "executive director of the Early Childhood Coalition of New Brunswick. He says the province has about one "
    "licensed space for every three children under six. “Cheaper care you can’t get is not cheaper care,” Thibault "
    "said. He wants the province to raise wages for early childhood educators, which he says are the main reason "
    "centres cannot open new rooms.",
    "Wendy Boudreau has run Little Acorns, a 40-space centre in Dieppe, for 18 years. She has the room and the "
    "licence to add a toddler room, she said, but cannot find staff. She posted an ad in January. She has had two "
    "applications. “One of them was my niece,” she said with a tired laugh. “I could fill that room tomorrow,” says "
    "Boudreau, pointing to a stack of files on her desk, “if I had two more people.”",
    "Early childhood educators in the province earn between $19 and $25 an hour, according to the coalition. Boudreau "
    "says her best worker left last year to stock shelves at a warehouse, where she earns more.",
    "Education and Early Childhood Development Minister Claire LeBlanc said in an interview that the province has "
    "created 1,900 new spaces since 2022 and will announce a wage grid for educators this spring. “We know parents "
    "are frustrated. We are frustrated too,” LeBlanc said. She would not say how much the grid would add to wages. "
    "Her department said in an email that 640 educators had entered the field since a wage top-up began in 2023.",
    "Employment and Social Development Canada said in a statement that provinces are responsible for the number of "
    "spaces they create with federal money.",
    "Gagnon’s husband, Patrick, works shifts at the port in Saint John, more than an hour away. For now, his mother "
    "drives in from Shediac three days a week to look after the baby. “She’s 71. She is wonderful. She can’t do this "
    "forever,” he said.",
    "Gagnon has started a Facebook group for parents on the lists. It has 2,300 members. The most popular post, she "
    "says, is a photo of a sign outside a Moncton centre that reads “No vacancies until 2027.” She has decided to "
    "take an extra year of unpaid leave. “It wasn’t a decision, really,” the 34-year-old said. “It was the only "
    "option left.”",
)

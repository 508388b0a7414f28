"""A thirty-third batch of fictional CANADIAN WEB NEWS ON HEALTH, SCIENCE AND THE COURTS for probing the quotes: a
study of wildfire smoke and children (its lead author and a co-author, outside experts "who was not involved in the
research", a health authority and a federal department, a doctor and a parent), a sentencing ruling in a trench death
(the judge's written reasons, "the judge wrote", the Crown attorney who "argued", the defence lawyer, the family's
statement, a ministry, a union, the accused and his company), an emergency department that closes overnight, told in
a few long blocks of several speakers each (the health authority, its medical director, a mayor, a minister's office,
a patient, a union, an ambulance service, a paramedic who is not named, an opposition critic), a coroner's inquest
into a death in a police cell (the coroner, officers who testified, the jury, the family and its lawyer, the RCMP and
its spokesperson, a police watchdog, a criminologist, the coroners service) and a measles outbreak, also in long
blocks (the medical officer of health, a provincial agency, a specialist, a school board, a mother, a pharmacist, a
ministry's spokesperson). Written for these tests; none is taken from any corpus, and every person, town, hospital,
company and journal in them is made up. The gold is in test_longform_probes_thirtythird.py."""

from __future__ import annotations

SMOKE: tuple[str, ...] = (
    "Children who breathed heavy wildfire smoke for even a few days were far more likely to end up in an emergency "
    "department with breathing problems in the weeks that followed, according to a new Canadian study that "
    "researchers say should change how provinces warn families about smoke.",
    "The study, published Tuesday in the journal Pediatric Respiratory Medicine, followed about 41,000 children in "
    "British Columbia and Alberta through the smoke seasons of 2021 to 2023.",
    "“What surprised us was how quickly it happened,” said Dr. Anjali Raghunathan, the study’s lead author and a "
    "pediatric respirologist at the University of Calgary. “Within three days of a bad smoke day, we saw visits for "
    "asthma climb by almost a third, and they stayed high for two weeks.”",
    "Raghunathan said the youngest children, those under five, were hit hardest, and that children from lower-income "
    "neighbourhoods were twice as likely to need care as children from wealthier ones. She said that gap likely "
    "reflects housing: older homes with no air conditioning or filtration, where families open windows in the heat.",
    "“You can tell a family to stay indoors, but indoors isn’t safe if the house is full of smoke too,” she said.",
    "The researchers linked hospital records to satellite estimates of fine particulate matter, known as PM2.5, for "
    "each child’s postal code. They found the risk rose with each additional day of heavy smoke, and did not level "
    "off.",
    "Dr. Michel Thibodeau, an environmental epidemiologist at Université Laval who was not involved in the research, "
    "called the study “one of the most careful looks we’ve had” at smoke and children in Canada. But he cautioned "
    "that satellite estimates can miss what happens inside a single home or school, and that the study could not say "
    "which children had been kept indoors.",
    "“It tells us the size of the problem. It doesn’t yet tell us what works,” Thibodeau said in an interview.",
    "The findings land as provinces prepare for what forecasters expect will be another long fire season. Alberta "
    "Health Services said in a statement it was reviewing the study and that its smoke guidance already advises "
    "parents of young children to limit time outdoors when the air quality health index reaches 7 or higher. Health "
    "Canada said it would update its advice for schools and daycares this spring. Dr. Evelyn Oduro, a family "
    "physician in Prince George, B.C., said she sees the pattern every summer. “By the second week of smoke, my "
    "waiting room is kids with puffers,” she said. “Parents ask me what to buy, and honestly, a box fan with a "
    "furnace filter taped to it does a lot.”",
    "For Kelsey Marchand of Kamloops, the study put numbers to a summer she would rather forget. Her son Eli, then "
    "four, spent two nights in hospital in August 2023 after a week of thick smoke. “Nobody told us that smoke could "
    "do that to a kid who’d never had asthma,” Marchand said. “I thought smoke was a campfire smell. I didn’t know it "
    "was a hospital stay.”",
    "Raghunathan said her team is now studying whether portable air cleaners handed out to families before the "
    "season can keep children out of emergency departments. Results are expected next year.",
    "“The message for parents is not to panic, it’s to plan,” said Dr. Sandra Kowalchuk, a pediatrician and clinical "
    "associate professor at the University of British Columbia, who was not involved in the study. “Know where the "
    "cleanest air is in your home, and set it up before the smoke arrives.”",
    "Co-author Ben Yazzie-Holt, a data scientist at the University of Alberta’s School of Public Health, said the "
    "team had expected to find an effect, “but not one this big, and not one that lasts this long.”",
)

TRENCH: tuple[str, ...] = (
    "A Hamilton contractor whose worker was killed when an unshored trench collapsed has been sentenced to four years "
    "in prison, in what an Ontario judge called a case of “profound and deliberate indifference” to the safety of "
    "the men he employed.",
    "Dario Pellegrini, 58, the owner of Pellegrini Excavating Ltd., was convicted in March of criminal negligence "
    "causing death in the 2022 death of Tomasz Wiśniewski, a 31-year-old labourer who was buried under nearly two "
    "metres of clay while laying a sewer connection in Stoney Creek.",
    "In written reasons released Friday, Justice Marguerite Solberg of the Ontario Superior Court said Pellegrini "
    "had been warned at least three times, including once by a provincial inspector, that the trench needed shoring "
    "or a trench box, and had chosen to go ahead without either to finish the job a day early. “This was not a "
    "momentary lapse,” the judge wrote. “Mr. Pellegrini weighed the cost of a day’s delay against the safety of his "
    "workers, and he chose the day.”",
    "Assistant Crown attorney Natalie Osei had asked for a sentence of five years. She argued that employers in the "
    "construction industry needed to hear that a death on a job site could mean a penitentiary term, not only a "
    "fine. “Trench deaths are preventable. Every one of them,” Osei told the court at the sentencing hearing in June.",
    "Defence lawyer Graham Whitcombe argued for a conditional sentence to be served in the community, pointing to "
    "Pellegrini’s lack of a criminal record, his remorse and letters from more than 40 employees and clients "
    "describing him as a generous boss. Whitcombe said outside court that his client was “devastated” and would "
    "consider an appeal.",
    "Solberg rejected a conditional sentence, writing that it would “fail entirely” to denounce conduct that put "
    "workers’ lives at risk for profit. She said she had given weight to Pellegrini’s remorse, which she found to be "
    "genuine, and to his age.",
    "In a statement read outside the courthouse by a cousin, the Wiśniewski family said no sentence could return "
    "Tomasz to them, but that they hoped the ruling would be read by “every boss who thinks a trench box is "
    "optional.” “Tomasz came to Canada to build a life. He built other people’s homes for six years,” the statement "
    "said. “He deserved to come home every night.”",
    "The Ministry of Labour, Immigration, Training and Skills Development said in an email that trench-related "
    "deaths in Ontario had fallen over the past decade, but that inspectors issued more than 600 orders related to "
    "trenching last year.",
    "Rosa Inácio, a business manager with the Labourers’ International Union of North America Local 837, who "
    "attended every day of the trial, said the sentence was “a start.” “For years, the worst that happened to a "
    "company was a fine they wrote off as the cost of doing business,” she said. “Today a man is going to jail. "
    "People in this industry will notice.”",
    "At the sentencing hearing, Pellegrini turned to the Wiśniewski family in the gallery and apologized. “I think "
    "about Tomasz every day,” he said then. “I should have stopped the job. I didn’t, and I will carry that.”",
    "Solberg wrote that the courts had for too long treated workplace deaths as regulatory matters. “The law has "
    "permitted criminal prosecutions for deaths like this one for two decades,” she wrote. “They remain rare. When "
    "they succeed, the sentence must say plainly what the conviction means.",
    "“A worker in a trench is entitled to the same protection of the criminal law as a pedestrian on a sidewalk.”",
    "Pellegrini Excavating, which is now run by Pellegrini’s son, said in a statement that it had since bought trench "
    "boxes for every crew and hired a full-time safety officer.",
    "Pellegrini has 30 days to file an appeal.",
)

EMERGENCY: tuple[str, ...] = (
    "KELDON, N.S. — The emergency department at Glenholme Memorial Hospital will close overnight for at least six "
    "more weeks because of a shortage of doctors and nurses, Nova Scotia Health said Wednesday, the latest in a "
    "string of closures that residents say has left the small valley town feeling abandoned. The health authority "
    "said the department would be open from 8 a.m. to 8 p.m. daily until the end of April, and that patients needing "
    "emergency care overnight should call 911 or go to the regional hospital in Carrow Bay, about 45 minutes away. "
    "Dr. Farah Lindqvist, the authority’s medical director for the western zone, said the closures were a last "
    "resort. “We do not close an emergency department lightly. We close it when we can’t staff it safely, and right "
    "now we can’t,” she said.",
    "Lindqvist said the authority had hired two doctors who would start in the summer and was offering nurses from "
    "elsewhere in the province extra pay to pick up shifts in Keldon. She said locum physicians had covered 40 per "
    "cent of the department’s shifts since January. Keldon Mayor Hollis Drummond said the town had heard such "
    "promises before. “Every time it closes, they tell us it’s temporary. It has been temporary for three years,” "
    "Drummond said in an interview. He said the council would ask for a meeting with Health Minister Colleen "
    "Arsenault and would pay for billboards in Halifax advertising the town to doctors. Arsenault’s office said the "
    "minister was aware of the situation and that the department was one of the government’s priorities for "
    "recruitment.",
    "For patients, the hours matter. Marjorie Feltham, 74, said she drove her husband to Carrow Bay at 2 a.m. in "
    "February when he had chest pains, because Keldon’s emergency department was closed. “Forty-five minutes on that "
    "road, in the dark, in sleet, wondering if he’d make it,” she said. “He did. The next person might not.” Her "
    "husband, Russell, had had a heart attack and spent nine days in hospital.",
    "Nurses say the closures feed on themselves. Janet MacQuarrie, president of the Nova Scotia Nurses’ Union local "
    "that represents staff at Glenholme, said nurses who are left to cover the day shifts are burning out and leaving "
    "for jobs in Halifax or Alberta. “The nurses who stay are working double shifts and getting called on their days "
    "off,” MacQuarrie said. “Then people wonder why nobody wants to come here.” The union said 14 of the hospital’s "
    "31 nursing positions were vacant.",
    "Emergency Health Services, which runs the province’s ambulances, said response times in the area had not "
    "changed since the overnight closures began. But a paramedic who works in the zone, who asked not to be named "
    "because she is not authorized to speak publicly, said crews are often tied up for hours taking patients to "
    "Carrow Bay. “When we’re on the highway with one patient, there’s nobody left in Keldon,” she said.",
    "Opposition health critic Devon Pyke said in the legislature Thursday that the government had promised to end "
    "emergency department closures by the end of its first term. “They made a promise they could not keep, and "
    "people in Keldon are paying for it,” Pyke said. Arsenault, asked about the closures in question period, said "
    "the government had added 300 doctors to the province since 2021. “We are not there yet. I’m the first to say "
    "it,” she said.",
)

INQUEST: tuple[str, ...] = (
    "A coroner’s jury in Halden River, B.C., has classified the death of a 46-year-old man who was found unresponsive "
    "in an RCMP cell as accidental, and made 14 recommendations aimed at preventing similar deaths, including more "
    "frequent physical checks of prisoners who are intoxicated.",
    "Gordon Lafleche-Bear died in hospital on Jan. 14, 2024, a day after he was arrested for public intoxication "
    "outside a bar on the town’s main street. An autopsy found he died of a head injury, likely suffered when he fell "
    "before his arrest, and of acute alcohol poisoning, according to evidence heard at the five-day inquest.",
    "Presiding coroner Ruth Abernathy told the jury in her closing instructions that its role was not to find fault "
    "but to find facts that could save lives. The jury’s recommendations are not binding.",
    "The inquest heard that officers checked on Lafleche-Bear every 15 minutes, as policy requires, but that most of "
    "the checks were done by watching a video monitor rather than entering the cell. Cst. Amrit Sandhu, one of the "
    "arresting officers, testified that Lafleche-Bear was talking and walking on his own when he was placed in the "
    "cell. “He was joking with us in the car,” Sandhu told the inquest. “There was nothing that told me he was hurt.” "
    "A guard on duty that night, Wesley Obomsawin, testified that he noticed the man had not moved for about an hour "
    "but assumed he was sleeping. He said he had never been trained to recognize the signs of a head injury.",
    "Among its recommendations, the jury called for the RCMP to require that guards enter cells and rouse "
    "intoxicated prisoners at least once an hour, and for the province to fund a nurse or paramedic in the cellblocks "
    "of detachments in the north.",
    "Lafleche-Bear’s sister, Denise Lafleche, said outside the courthouse that the family was relieved the jury had "
    "listened. “My brother was not a number in a cell. He was a father of three and he made everybody laugh,” she "
    "said. “If one of these recommendations keeps another family from getting that phone call, then this was worth "
    "it.”",
    "The family’s lawyer, Sébastien Ouimet, said the finding of accidental death did not mean the system had worked. "
    "He said the family would watch closely to see whether the RCMP adopts the recommendations, noting that an "
    "inquest in northern B.C. in 2016 had made similar ones. “We have been here before. The question is whether "
    "anybody reads these,” Ouimet said.",
    "In a statement, the B.C. RCMP said it would review the jury’s recommendations carefully and respond within the "
    "time set by the coroners service. Staff Sgt. Kirsten Hale, a spokesperson, said the force had already begun a "
    "pilot project that puts health-care workers in the cellblocks of three detachments. “Cells are not hospitals, "
    "and we know that,” Hale said.",
    "The Independent Investigations Office of B.C., the province’s police watchdog, investigated the death and found "
    "in 2024 that there were no reasonable grounds to believe an officer had committed an offence.",
    "Prof. Naomi Featherstone, a criminologist at Simon Fraser University who studies deaths in custody, said the "
    "case fits a pattern seen across Canada, where people who are drunk are held in police cells because there is "
    "nowhere else to take them. “We are using jail cells as sobering centres, and they were never designed for "
    "that,” she said. “The recommendations are good. But they are the same recommendations juries have been making "
    "for 20 years.”",
    "The B.C. Coroners Service said it would forward the recommendations to the RCMP, the Ministry of Public Safety "
    "and Solicitor General and Northern Health.",
)

MEASLES: tuple[str, ...] = (
    "Public health officials in Grey Ridge, Ont., are urging parents to check their children’s vaccination records "
    "after the region confirmed 23 cases of measles in five weeks, most of them in children who had not been "
    "vaccinated. Dr. Hamza Qureshi, medical officer of health for Grey Ridge Public Health, said Monday that the "
    "outbreak had likely begun with a traveller who returned from abroad in early March and attended a large church "
    "gathering while infectious. “Measles is the most contagious disease we know of. If you are not immune and you "
    "share a room with someone who has it, you will very likely get it,” Qureshi told reporters at a briefing in "
    "Owen’s Crossing. He said three children had been admitted to hospital, one of them to intensive care in London, "
    "and that the region expected more cases before the outbreak ended. Qureshi declined to name the church, saying "
    "the congregation had been co-operating with public health and that naming it would only discourage people from "
    "coming forward.",
    "Public Health Ontario said in its weekly report that the province had recorded 61 measles cases so far this "
    "year, more than in the previous five years combined. Dr. Lena Marchetti, an infectious diseases specialist at "
    "Western University who was not involved in the response, said the numbers reflect a drop in routine childhood "
    "vaccination during the COVID-19 pandemic that Ontario has not fully made up. “We lost ground and we haven’t won "
    "it back,” she said. “Ninety-five per cent coverage is what stops measles. Some schools in that region are at "
    "80.” The Bluewater Crest District School Board said it had sent letters to families at four schools where cases "
    "were confirmed, telling them that students without proof of vaccination could be kept home for up to 21 days.",
    "Among the families waiting is that of Miriam Hofstetter, whose two youngest children were diagnosed last week. "
    "Hofstetter said she had not vaccinated them because of things she read online after her eldest had a fever "
    "following a shot, and that she now regrets it. “I thought I was protecting them. I sat up two nights with my "
    "daughter at 40 degrees and I didn’t know if I was going to have to drive her to London,” she said. “I’m not here "
    "to judge anybody. I just want other parents to hear it from someone like me.” Her eldest son, 11, has since been "
    "vaccinated, she said.",
    "The region has added evening vaccination clinics in three towns. At the first one, in Marlowe on Saturday, "
    "nurses gave 340 shots, according to the health unit. Pharmacist Kwame Asante-Reid, who owns a drugstore in "
    "Marlowe, said his phone had not stopped ringing since the outbreak was announced. “A lot of these are adults "
    "born in the ’70s and ’80s who aren’t sure if they had one dose or two,” he said. “If you don’t know, get the "
    "shot. It won’t hurt you.” Qureshi said adults born in or after 1970 who have had only one dose are eligible for "
    "a second, free of charge. A spokesperson for Ontario’s Ministry of Health said the province had shipped 6,000 "
    "additional doses to the region and would cover the cost of the evening clinics.",
)

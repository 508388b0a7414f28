"""A hundredth batch of fictional stories for probing the quotes, in the manner of A LONG-FORM CANADIAN FEATURE ON A
MID-SIZED CITY'S OVERDOSE CRISIS as public-broadcaster web features and city dailies write it, two of its three
articles in long blocks of five to ten sentences as a web scraper leaves them: a mother whose son died of one pill
(named once in full, then "Colleen says", then "says the mother of three" and "she says" with her words split over
the cue), the region's medical officer of health who "argues" in mid-sentence and "adds", the police chief who "told a
community meeting" and stops short "saying" the rest, a harm-reduction outreach worker ("says X", "he admits", "adds
the outreach worker") and a man in recovery known by his first name only ("Marcus recalls"); a council vote on a
supervised-consumption site (a councillor who opposes it "told council" and "says", a business-improvement area's
director, the medical officer and the chief again, a retired nurse "whose grandson Coun. … once coached", the
provincial ministry "in a statement" with a second clause after "but noted that", and the chief who "declined to say"
again); and a pharmacist who doses methadone at her side door ("the pharmacist says", "she recalls", a bare quotation
after "she laughs"), the ministry "said in a statement, adding that", a drug-policy researcher at a university who
"notes" in mid-sentence, the outreach worker with a quotation split by "he says", and a roofer in recovery "who was
referred to the pharmacy by a nurse whose clinic Dr. … funds". Written for these tests; none is taken from any
corpus, and every person, city, region, street business, network and university in them is made up (the province,
its ministry and the kinds of bodies are real)."""

from __future__ import annotations

VIGIL: tuple[str, ...] = (
    "‘One pill’: a mother, an outreach worker and a city counting its dead",
    "CARROWBRIDGE, Ont. — Colleen Ashdown-Reyes keeps her son’s work boots by the back door, exactly where he left "
    "them the night before he died. Tyler was 26, a drywaller who had been clean for eight months when he bought what "
    "he thought was a single painkiller in a parking lot on Dunmore Street. The coroner later found fentanyl and a "
    "veterinary sedative in his blood. “I didn’t know you could die from one pill,” Colleen says. “Nobody tells you "
    "that until it’s your kid.” She found him on the bathroom floor at six on a Sunday morning in February. Every "
    "second Tuesday she now meets with other parents in the basement of a church on King Street. “I go because they "
    "are the only people who don’t flinch when I say his name,” says the mother of three, who carries naloxone in her "
    "purse. “If someone had been with him,” she says, “he would be alive. I believe that with everything I have.” Her "
    "two younger children have stopped asking her to put the boots away, she says, and she has stopped pretending she "
    "will.",
    "Tyler Ashdown-Reyes was one of 61 people who died of a drug poisoning in Carrowbridge last year, a rate more "
    "than three times the provincial average, according to the Tessaly Region public health unit. Dr. Priya "
    "Halvorsen-Adeyemi, the region’s medical officer of health, has called the toxic drug supply the worst public "
    "health emergency of her career. “We are burying people in their twenties and thirties at a rate this city has "
    "not seen since the worst years of HIV,” she says. The evidence for supervised consumption, she argues, is not "
    "seriously in dispute. “Nobody has ever died of an overdose inside a supervised site in this country,” "
    "Halvorsen-Adeyemi adds. “Not one person.” Police Chief Gordon Mbeki-Lawlor sees the same numbers from the other "
    "end. His officers carry naloxone and used it 140 times last year, he says, more often than they drew their "
    "firearms in a decade. “We cannot arrest our way out of this, and I have stopped pretending we can,” the chief "
    "told a community meeting in April. He stops short of endorsing a site, though, saying that is a decision for "
    "council.",
    "On the night Tyler died, nobody was with him. Jordan Kasprzak-Mills has spent nine years with the Riverbend Harm "
    "Reduction Network trying to make sure someone is. “People think we are handing out drugs, but we are handing out "
    "time,” says Kasprzak-Mills. “Time to get to a bed, time to get to detox, time to get to the next day.” On one "
    "cold night in March he reversed three overdoses in the lane behind the bus terminal, one of them a man he had "
    "brought back twice before. The work gets heavy, he admits. “Some weeks I go to more funerals than I go to the "
    "grocery store,” adds the outreach worker. Marcus, a former welder who asked that his last name not be printed, "
    "is one of the people Kasprzak-Mills has brought back, and he has been in recovery for two years. “Jordan found "
    "me blue behind a dumpster,” Marcus recalls. “The next thing I remember is him telling me I owed him a coffee.” "
    "He still buys him that coffee every Friday, and Kasprzak-Mills still pretends to be surprised.",
)

COUNCIL: tuple[str, ...] = (
    "Carrowbridge council splits over supervised-consumption site as downtown businesses push back",
    "CARROWBRIDGE, Ont. — After nearly seven hours of debate and 43 delegations, Carrowbridge city council voted 7-6 "
    "early Wednesday to endorse an application for a supervised-consumption site on Albion Street, two blocks from "
    "the downtown core. The site still needs federal approval and provincial funding, and neither level of government "
    "has promised either.",
    "Coun. Derek Hallsworth-Penney, who represents the ward that includes Albion Street, led the opposition. “Nobody "
    "in this chamber is against saving lives,” he told council. “What I am against is putting a site next to a "
    "daycare and telling the parents it will be fine.” He said he had received more than 900 emails on the subject, "
    "and that most of them came from people who live within a kilometre of the site.",
    "The daycare he referred to is 260 metres from the proposed site, according to a city staff report, which found "
    "that the location met every federal guideline. Hallsworth-Penney, a former paramedic, says he has seen what an "
    "overdose looks like. He argues the city should spend the money on treatment beds instead.",
    "Nadia Kowalczyk-Frame, executive director of the Downtown Carrowbridge Business Improvement Area, said her "
    "members have found needles in doorways, had windows broken and cleaned up after strangers in their washrooms. "
    "“Our members are not heartless. Half of them have lost someone themselves,” she said. “But they are being asked "
    "to carry a crisis that the province created and the province will not pay for.” The association asked council "
    "to delay the vote by six months, and the motion was defeated.",
    "Dr. Priya Halvorsen-Adeyemi, the region’s medical officer of health, spoke for 20 minutes before the vote. "
    "“Every month we wait, we will bury five or six more people,” she told councillors. “I can give you their ages "
    "now, because they are always the same.” Asked about the daycare, she said supervised sites tend to reduce the "
    "number of needles found in the streets around them, not raise it.",
    "Police Chief Gordon Mbeki-Lawlor, whom two councillors asked whether his service could keep the area safe, said "
    "his officers would patrol it like any other block. “We police the area around the hospital emergency "
    "department, and we will police this one the same way,” the chief said. He declined to say whether he supported "
    "the site.",
    "“I changed his diapers and I did his CPR, and the CPR did not work,” said Beverley Trottier-Lang, a retired "
    "nurse whose grandson Coun. Hallsworth-Penney once coached in minor hockey. Her grandson died in 2023, at 19. She "
    "said she does not care where the site goes, as long as it opens before another family loses someone.",
    "In a statement, Ontario’s Ministry of Health said it would review any application “on its merits” but noted "
    "that the province had shifted its funding toward treatment and recovery hubs. “Our government has been clear "
    "that we will not fund new supervised consumption sites near schools and daycares,” the ministry said in the "
    "statement. It did not say whether 260 metres was near enough to count.",
    "Hallsworth-Penney says he will bring a motion to reconsider at the next meeting of council. “I promised the "
    "people on Albion Street I would fight this, and I am going to keep that promise,” he says.",
    "Kowalczyk-Frame, for her part, says her members will watch the site closely if it opens. “If it works, I will "
    "be the first to say so,” she says. “If it doesn’t, I will be the first to say that too.”",
)

COUNTER: tuple[str, ...] = (
    "Behind the counter: a pharmacist, a researcher and the long road out of Carrowbridge’s drug crisis",
    "CARROWBRIDGE, Ont. — At 8:30 every morning, before the shelves are stocked, Mei-Lin Castellane-Osei unlocks the "
    "side door of her pharmacy on Queen Street and starts pouring doses of methadone. She has 140 patients on opioid "
    "agonist treatment, more than any other pharmacy in the region, and she knows most of them by name. “Some of my "
    "patients I have seen every single day for six years,” the pharmacist says. “I know when they have a new job, and "
    "I know when something has gone wrong before they tell me.” The work is not always welcome. A landlord two doors "
    "down once asked her to move the line of patients to the back lane, she recalls, and she refused. “They are "
    "patients, not a line,” says Castellane-Osei. The province cut the dispensing fee for methadone in 2022, and she "
    "now loses money on every dose, she says. Asked why she keeps doing it, she laughs. “Because if I stop, where do "
    "they go?”",
    "The province has moved in the other direction. Last year it closed two supervised sites in other cities and "
    "promised 19 treatment hubs in their place, of which six have opened. “Our focus is on getting people into "
    "treatment and recovery, not on keeping them in addiction,” the Ministry of Health said in a statement, adding "
    "that it had invested $378 million in the hubs. Dr. Oluwaseun Brandt-Vickery, who studies drug policy at Tessaly "
    "University, says the choice between treatment and harm reduction is a false one. “Treatment only works for "
    "people who are alive to receive it,” she says. Her team followed 2,400 people who used a supervised site in "
    "another Ontario city over five years and found that those who used it were 30 per cent more likely to start "
    "treatment, according to a study published last spring. The numbers, Brandt-Vickery notes, are not the whole "
    "story. “What the data cannot show you is the person who comes in for the fourth time and this time says yes,” "
    "she says. Jordan Kasprzak-Mills, an outreach worker with the Riverbend Harm Reduction Network, puts it another "
    "way. “Every person I have ever seen get well was someone I first met on a bad day,” he says, “and every one of "
    "them was alive when I met them.”",
    "One of her patients, a 41-year-old roofer named Shane, has been coming to the side door for three years. He "
    "asked that his last name not be used because his employer does not know. “Mei-Lin is the only person who has "
    "seen me every day for three years, including my mother,” he says. He started on prescription painkillers after "
    "a fall from a roof, he says, and moved to the street supply when the prescriptions ran out. “Nobody I knew "
    "thought of it as drugs. It was medicine until it wasn’t,” says Shane, who was referred to the pharmacy by a "
    "nurse whose clinic Dr. Halvorsen-Adeyemi’s office funds. Castellane-Osei says she has lost 11 patients to "
    "overdoses since 2019, and she keeps a list of their first names taped inside a cupboard. “I read it when I want "
    "to quit,” she says. Then she goes back to the counter.",
)

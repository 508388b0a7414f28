"""An eighty-seventh batch of fictional stories for probing the quotes, in the manner of DISEASE OUTBREAKS AND GLOBAL
HEALTH ABROAD as the wires, health desks and international broadcasters' sites write them: a UN health agency that
declares an emergency over Marburg virus in Tanzania (its director general who "told reporters in Geneva" and wrote
"in a post on X", "the agency chief", a pronoun chain across a paragraph of the health ministry's daily update, a
reporter's question in reported speech, an epidemiologist at a university who "said in an interview"); cholera in
northern Mozambique (the health ministry's update with no named voice, "according to the ministry", a doctor at a
treatment tent of an aid group, one long paragraph with a nurse, villagers, a farmer and "the doctor", the ministry's
spokeswoman); a vaccine maker's offer of doses (the company's statement, its chief executive, a split quotation with
its cue in the middle, "the virologist", "the chief executive", the agency's post on X); a neighbour that closes its
border (the country that says, its interior minister who "told parliament", a foreign ministry that "called" the
closure "…", one long paragraph with drivers, a driver, a trader and a council chairman, "the interior minister");
and a record year of dengue in Bangladesh (the health directorate, an epidemiologist, "the professor", a doctor at
an aid group's fever clinic who "urged", the health minister, critics, "the epidemiologist"). Surnames after the first
mention, descriptions standing for people, titles ("Dr.", "Interior Minister") before names. Written for these tests;
none is taken from any corpus, and every person, agency, company, aid group, university, council and village clinic
in them is made up (the countries, their ministries and the kinds of bodies are real)."""

from __future__ import annotations

EMERGENCY: tuple[str, ...] = (
    "UN health agency declares emergency as Marburg outbreak spreads in Tanzania",
    "GENEVA (Wire) — The United Nations’ Global Epidemic Response Agency declared an international health emergency "
    "on Friday over an outbreak of Marburg virus in northwestern Tanzania, saying the disease had reached two towns on "
    "a main trucking route and could cross borders within weeks.",
    "“This is a virus that kills half of the people it infects, and we are seeing it in places where people travel,” "
    "the agency’s director general, Dr. Casimir Ndayisenga-Lowe, told reporters in Geneva. “We cannot wait for it to "
    "reach a capital.”",
    "Ndayisenga-Lowe said 41 cases and 19 deaths had been confirmed since the first patient, a miner, fell ill in late "
    "August. He said the true number was probably higher because many families were caring for the sick at home.",
    "The agency chief said the declaration did not mean countries should close borders or stop trade with Tanzania, a "
    "message he repeated in a post on X later in the day: “Borders don’t stop viruses. Testing, tracing and trust do.”",
    "Tanzania’s health ministry said in its daily update that 212 contacts were being followed and that a treatment "
    "centre with 40 beds had opened in the town of Kisanga.",
    "He also urged donors to close a $38 million gap in the agency’s response plan. Asked whether an experimental "
    "vaccine would be ready in time, he said the first doses could reach Tanzania “within weeks, not months,” but "
    "declined to give a date.",
    "Dr. Hester Quarrington, an epidemiologist at the University of Ashgrove who has studied earlier Marburg "
    "outbreaks, said in an interview that the declaration came “about two weeks late.” “The signals were there in "
    "early September,” she said.",
)

CHOLERA: tuple[str, ...] = (
    "Cholera cases climb past 3,000 in Mozambique’s north as rains wash out latrines",
    "MAPUTO — Mozambique recorded 214 new cholera cases and six deaths in the past 24 hours, the health ministry said "
    "on Sunday, bringing the total since the outbreak began in October to 3,140.",
    "Most of the new cases were in Nampula province, according to the ministry, where floods last month destroyed "
    "wells and latrines in dozens of villages.",
    "The ministry said it had sent 40,000 doses of oral vaccine to the province and would open three more treatment "
    "tents this week. It urged families to boil drinking water and to bring the sick to a clinic at the first sign of "
    "diarrhoea.",
    "Dr. Faustino Mabjaia-Crowe, who runs a treatment tent in Ribáue for the aid group Open Hands Medical, said it had "
    "admitted 60 patients on Saturday alone. “We had beds for 30. People are lying on mats between the beds,” he said.",
    "The tent’s only nurse on the night shift, Albertina Cossa-Weir, said she had not slept more than four hours a "
    "night in a week. “The children come in too late, already dry like paper,” she said. Villagers said the nearest "
    "working borehole was a two-hour walk away. “We know the river water is bad, but what else can we drink?” said "
    "Joaquim Nhantumbo-Ray, a farmer whose two sons were admitted on Friday. The doctor said the group had asked the "
    "ministry for more rehydration salts but had received only half of what it needed.",
    "Asked whether the outbreak was under control, the ministry’s spokeswoman, Graça Tembe-Lindqvist, said it was "
    "“not yet” and that the rains would make the next month the hardest.",
)

VACCINE: tuple[str, ...] = (
    "Vaccine maker says Marburg shot could ship in weeks, pending regulators",
    "BASEL — Corvanta Biologics, the Swiss drugmaker developing the only Marburg vaccine in late-stage trials, said on "
    "Monday it could ship 100,000 doses to East Africa within three weeks if regulators approve emergency use.",
    "“We have been building stock at risk since the summer, because we did not want to be the bottleneck,” Corvanta’s "
    "chief executive, Ilse Marchetti-Obuya, said in a statement. The company said it would sell the doses at cost.",
    "Marchetti-Obuya told investors on a call later that the trial had shown the vaccine to be safe in 1,200 "
    "volunteers but that it had not yet been tested against an outbreak. “Safe is not the same as proven,” she said, "
    "“and we will be honest about that.”",
    "Dr. Oren Battisford-Nkemelu, a virologist at the University of Halvergate’s school of public health, said the "
    "trial was too small to know how well the shot worked. “It is the best we have, and the best we have may be "
    "enough,” the virologist said in an interview.",
    "The chief executive declined to say how much the company had spent on the program. Shares in Corvanta rose 6 "
    "percent in Zurich.",
    "She said the company was in talks with the Global Epidemic Response Agency about who would decide which health "
    "workers got the first doses. The agency said in a post on X that it welcomed the offer and that its experts would "
    "meet on Thursday.",
    "Rosalind Achterberg-Pike, a health analyst at Fenwick Reade in London, said selling at cost was “good politics "
    "and cheap advertising.”",
)

BORDER: tuple[str, ...] = (
    "Zambia shuts border crossing with Tanzania over Marburg fears, defying UN advice",
    "LUSAKA — Zambia closed its main border crossing with Tanzania on Tuesday and suspended bus services between the "
    "two countries, saying it could not risk Marburg reaching its towns along the railway.",
    "“We will not gamble with the lives of Zambians to keep trucks moving,” Interior Minister Chanda Mwewa-Holt told "
    "parliament. “When the outbreak is over, the border will reopen the same day.”",
    "The minister said soldiers would help police watch informal crossings and that anyone caught crossing would be "
    "held in quarantine for 21 days.",
    "Tanzania’s foreign ministry called the closure “an overreaction that punishes the sick for being sick” and said "
    "it had summoned Zambia’s envoy.",
    "At the Nakonde crossing, hundreds of trucks were stranded. Drivers said they had been given no warning. “I have "
    "fresh fish in this truck. In two days it is rubbish,” said Elias Kapambwe-Shore, a driver from Dar es Salaam. A "
    "trader, Memory Sichinga-Vale, said her shop had had no customers since the buses stopped. The local council "
    "chairman, Boniface Lungu-Ashby, said the town had asked Lusaka for food aid for the stranded drivers. “These men "
    "are not sick. They are hungry,” he said.",
    "The UN agency’s director general, Dr. Casimir Ndayisenga-Lowe, said in a post on X that border closures “drive "
    "people to bush paths where no one checks a temperature.”",
    "Mwewa-Holt, a former army doctor, said he had read the agency’s advice. “Geneva is far from Nakonde,” the "
    "interior minister said.",
)

DENGUE: tuple[str, ...] = (
    "Dengue deaths hit record in Bangladesh as hospitals run out of beds",
    "DHAKA — Dengue has killed 1,204 people in Bangladesh so far this year, more than in any full year on record, the "
    "health directorate said on Wednesday.",
    "Hospitals in the capital admitted 2,870 patients in the past day, the directorate said, and at least nine of the "
    "city’s 20 public hospitals had no free beds.",
    "“What we are seeing is not a season any more. It is a year-round epidemic,” said Farhana Quddus-Maitland, an "
    "epidemiologist at Meghna University who tracks the mosquito’s spread. In an interview, she said warmer winters "
    "had let the mosquito breed through months when it used to die off.",
    "She blamed city authorities for leaving building sites full of standing water. The professor said spraying alone "
    "would not work: “You cannot spray your way out of this.”",
    "At a fever clinic set up by the aid group Riverbank Health in a school in Jatrabari, Dr. Tanvir Alamgir-Shaw said "
    "children made up almost half of his patients. “The ones who come on the fourth or fifth day are the ones we "
    "lose,” he said. He urged parents not to wait for a rash.",
    "The health minister, Selina Rahmatullah-Grey, said the government had ordered 300,000 test kits and would add "
    "1,500 beds by the end of the month. Critics said the same promise had been made last year.",
    "Quddus-Maitland was unconvinced. “Beds are the last line. The first line is the drain outside your house,” the "
    "epidemiologist said.",
)

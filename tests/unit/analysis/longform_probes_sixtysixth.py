"""A sixty-sixth batch of fictional stories for probing the quotes, in the manner of MILITARY AND VETERANS NEWS as the
service press, the wires and the local papers near the bases write it: ranks abbreviated before names ("Maj. Gen.",
"Capt.", "Sgt. 1st Class", "Lt. Col.", "1st Lt."), ranks as the cue's subject ("the general said", "the captain said",
"the sergeant said"), units and commands as affiliations ("who commands the 4th Wing", "a spokesman for the 2nd Marine
Division"), "a senior defense official who briefed reporters on condition of anonymity", a department that "said in an
email", a widow quoted by her first name, and a court-martial's prosecutor, defence lawyer, judge and the accused's
mother. The pieces: a Pentagon briefing on drone patrols over the Baltic, a base closure told by its town, a veterans'
disability-claims backlog, a court-martial for a barracks beating, and an Army recruiting shortfall. Written for these
tests; none is taken from any corpus, and every person, base, unit, group, firm and institute in them is made up (the
countries, states, services and kinds of bodies are real)."""

from __future__ import annotations

BRIEFING: tuple[str, ...] = (
    "Pentagon to double drone patrols over the Baltic after string of close calls",
    "WASHINGTON — The Pentagon will double the number of unmanned surveillance flights over the Baltic Sea by the "
    "spring, a spokesman said Tuesday, after a series of close encounters between allied patrol aircraft and Russian "
    "fighter jets.",
    "“We are not escalating. We are watching more closely, and we want everyone to know we are watching,” Maj. Gen. "
    "Darnell Whitcombe-Ayers, the Pentagon press secretary, told reporters at the briefing.",
    "The general said the additional flights would be carried out by MQ-9 Reaper drones based at an airfield in "
    "Romania and by Navy P-8 patrol aircraft flying from Sicily. He declined to give the number of flights now flown "
    "each month, citing operational security.",
    "Whitcombe-Ayers added that the allies had been told of the decision in advance and that Finland and Sweden had "
    "offered the use of their airfields.",
    "A senior defense official who briefed reporters on condition of anonymity said there had been 14 unsafe "
    "intercepts since August, twice as many as in the same period last year. “Some of these pilots are showing off. "
    "Some of them are testing us. We don’t always know which,” the official said.",
    "In Moscow, the Russian Defence Ministry said in a statement that its aircraft had acted “in strict accordance "
    "with international rules” and accused NATO of staging provocations near the Kaliningrad region.",
    "Capt. Lena Ostrowski-Hahn, a spokeswoman for U.S. Naval Forces Europe, said one P-8 had been approached within "
    "20 feet by an Su-27 on Nov. 12. “That is not an intercept. That is a near miss,” the captain said.",
    "Asked whether the United States would arm the drones, Whitcombe-Ayers said: “They are there to look, not to "
    "shoot. That has not changed.”",
    "Lithuania’s defence minister, Rasa Dauginyte-Kerr, welcomed the decision. “The Baltic Sea is not a Russian lake, "
    "and every flight over it reminds Moscow of that,” she said in Vilnius on Wednesday.",
    "Analysts were less sure the flights would change anything. “Drones are good at seeing. They are not good at "
    "deterring,” said Peter Hallvard-Nunes, a former Air Force intelligence officer who is now a senior fellow at the "
    "Kestrel Institute for Security Studies. “A Russian pilot does not care how many cameras are pointed at him.”",
    "The announcement came a day after Sen. Marcia Delgado-Wren, a Democrat from New Mexico who sits on the Armed "
    "Services Committee, wrote to the defense secretary asking for a briefing on the intercepts. Her office said she "
    "had received one on Monday.",
    "“We will keep flying as long as they keep doing this,” Whitcombe-Ayers said as the briefing ended. “Or longer.”",
)

BASE: tuple[str, ...] = (
    "After 61 years, the gates of Merriam Air Force Base close, and Calloway wonders what comes next",
    "CALLOWAY, Kan. — For six decades, the lunch rush at the Bluestem Diner began when the shift changed at the 4th "
    "Wing’s hangars. On Friday, the last airmen left Merriam Air Force Base, and Doris Kettleman-Boyd served eleven "
    "customers all day.",
    "“I’ve been pouring coffee for sergeants since 1987,” said Kettleman-Boyd, 68, who owns the diner. “Their kids "
    "grew up in these booths. Now I don’t know who’s going to sit in them.”",
    "The Air Force announced the closure two years ago as part of a consolidation that moves the wing’s tanker "
    "aircraft to a larger base in Oklahoma. About 2,300 airmen and 900 civilian employees served at Merriam; the "
    "town’s population is 11,000.",
    "Mayor Ron Estabrook-Lyle said the city stood to lose about $40 million a year in payroll and spending. “You don’t "
    "replace that with a Walmart,” he said. “You replace it with a plan, and we don’t have one yet.”",
    "Col. Teresa Imhoff-Grant, who commands the 4th Wing, presided over the final ceremony Friday morning, as the "
    "wing’s flag was furled and cased on the flight line. “This wing isn’t ending. It’s moving,” the colonel told the "
    "few hundred people who came to watch. “But Calloway was its home, and a home is not something you move.”",
    "She said the wing’s history, including its part in the airlift to Berlin in 1961, would be kept in a small "
    "museum the town plans to open in the old base chapel.",
    "Not everyone was sentimental. Jake Ruddell-Shore, who runs a hardware store on Main Street, said the town had "
    "leaned on the base for too long. “We put all our eggs in one basket, and the basket belonged to the Pentagon,” he "
    "said.",
    "The Defense Department’s Office of Base Transition said in a statement that it had awarded Calloway a $1.2 "
    "million grant to plan the reuse of the 3,400-acre site.",
    "Kansas Gov. Lydia Farrow-Beck said on Thursday that the state would seek a private tenant for the runway, one of "
    "the longest in the Midwest. Two cargo companies have toured the site, according to the governor’s office.",
    "At the diner, retired Master Sgt. Walt Pruett-Hines, 74, who served at Merriam in the 1970s, sat at the counter "
    "with his coffee. “When I got here, it was a base with a town around it,” the sergeant said. “Now it’s a town with "
    "a hole in it.”",
    "Kettleman-Boyd said she would keep the diner open through the winter. “After that,” she said, “we’ll see who’s "
    "hungry.”",
)

BACKLOG: tuple[str, ...] = (
    "Veterans wait months for disability decisions as claims backlog tops 400,000",
    "The Department of Veterans Affairs has more than 400,000 disability claims that have waited longer than four "
    "months for a decision, the highest number since 2015, according to figures the department published Thursday.",
    "“Every one of those claims is a person who was told we’d have their back,” said Randall Oyelaran-Pike, the "
    "legislative director of the American Veterans Coalition, a group with 600,000 members. “Right now we don’t.”",
    "The department said in an email that the rise followed a surge of new claims under a 2022 law that extended "
    "benefits to veterans exposed to burn pits and other toxic substances, and that it had hired 2,100 claims "
    "processors this year.",
    "“We know that is not fast enough for the veterans who are waiting, and we are not satisfied,” the department "
    "said.",
    "Among those waiting is Carla, a 41-year-old widow in Tacoma, Wash., whose husband, a former Army staff sergeant, "
    "died of lung cancer last year. She asked that her last name not be used because she works for a federal "
    "contractor. “He filed the claim in March. He died in June. I’m still waiting,” she said.",
    "She said the department had asked her three times for the same medical records. “I send them, they lose them, "
    "they ask again,” she said.",
    "Rep. Thomas Akinwande-Rhys, a Republican from Ohio who chairs the House Veterans’ Affairs subcommittee on "
    "disability assistance, said he would call the department’s under secretary for benefits to testify in January. "
    "“Hiring people is not a plan. Training them is,” he said.",
    "Jennifer Salcedo-Brandt, a former claims processor who now studies veterans’ policy at the Marlowe Center for "
    "Public Service, said new hires take about 18 months to become fully productive. “The department is paying now "
    "for the people it didn’t hire in 2021,” she said.",
    "A VA official who was not authorized to speak publicly said the backlog was expected to peak in February and to "
    "fall below 300,000 by the end of next year.",
    "Oyelaran-Pike said his group had heard that promise before. “They told us the same thing in 2019, and in 2015, "
    "and in 2010,” he said. “The only thing that changes is the year.”",
)

COURT_MARTIAL: tuple[str, ...] = (
    "Marine sergeant found guilty in barracks beating, sentenced to 18 months",
    "CAMP HARLAN, N.C. — A military jury on Wednesday found a Marine sergeant guilty of aggravated assault for "
    "beating a junior Marine in a barracks stairwell in April, and sentenced him to 18 months’ confinement and a "
    "bad-conduct discharge.",
    "Sgt. Dwayne Castellano-Reece, 26, of the 2nd Battalion, 9th Marines, showed no reaction as the verdict was read. "
    "His mother, seated two rows behind him, wept.",
    "The prosecutor, Maj. Helen Fairweather-Ngata, told the jury in her closing argument that the sergeant had "
    "“confused leadership with cruelty.” “Lance Cpl. Ortiz-Vane did not fall down those stairs,” she said. “He was "
    "thrown.”",
    "The victim, Lance Cpl. Mateo Ortiz-Vane, 20, testified on Monday that the sergeant had struck him after he failed "
    "a room inspection. He suffered a fractured skull and spent nine days in hospital.",
    "Castellano-Reece’s defense lawyer, Capt. Brian Lutterell-Oakes, argued that the younger Marine had slipped "
    "during a scuffle that both men started. “This was a shove, and a shove on a staircase,” the captain said. “It was "
    "not a crime of cruelty. It was an accident with a bad ending.”",
    "The military judge, Lt. Col. Anne Whitlow-Grieve, told the jury before deliberations that it could not consider "
    "the sergeant’s combat record in deciding whether he was guilty, but could consider it in sentencing.",
    "After the sentence was announced, the sergeant’s mother, Gloria Castellano, said outside the courtroom that her "
    "son had been a good Marine for eight years. “They took one bad day and made it his whole life,” she said.",
    "Ortiz-Vane’s father, reached by phone in San Antonio, said the family was relieved. “My son wanted to be a Marine "
    "since he was nine years old. He still does,” he said.",
    "A spokesman for the 2nd Marine Division, 1st Lt. Kyle Brennard-Sato, said in a statement that the division "
    "“does not tolerate hazing or abuse of any kind” and that the case showed “the system works.”",
    "Lutterell-Oakes said he would ask the convening authority to reduce the sentence. The case will be reviewed "
    "automatically by the Navy-Marine Corps Court of Criminal Appeals.",
)

RECRUITING: tuple[str, ...] = (
    "Army misses recruiting goal for third year as fewer young Americans qualify",
    "The Army signed 52,300 new soldiers in the fiscal year that ended Sept. 30, about 9,000 short of its goal, the "
    "service said on Monday, the third year in a row it has fallen short.",
    "Lt. Gen. Harold Abernathy-Sloan, who heads Army Recruiting Command, said the shortfall reflected a shrinking pool "
    "of eligible young people rather than a lack of interest. “Only about one in four Americans between 17 and 24 can "
    "qualify to serve without a waiver,” the general said. “We are fishing in a smaller pond every year.”",
    "He said obesity, drug use and poor test scores disqualified most of those who were turned away, and that the "
    "Army’s preparatory course, which lets recruits raise their test scores and lose weight before basic training, "
    "had graduated 14,000 people since it began.",
    "In a strip mall outside Columbus, Ohio, Sgt. 1st Class Marisol Tran-Okafor works from a recruiting office "
    "between a nail salon and a mattress store. She has signed six recruits since July. “Ten years ago, parents asked "
    "me about college money,” she said. “Now they ask me whether their kid is going to be sent to a war.”",
    "The sergeant said the hardest part of her job was reaching young people who had never met a soldier. “Most of "
    "the kids I talk to, nobody in their family has served,” she said. “I’m the first uniform they’ve ever seen up "
    "close.”",
    "The Navy and the Air Force also missed their goals this year, while the Marine Corps and the Space Force met "
    "theirs, according to Pentagon figures.",
    "Retired Gen. Frances Oduya-Marsh, a former vice chief of staff of the Army who is now a senior adviser at the "
    "Lindqvist Center for Defense Strategy, said the services had relied for too long on the families of veterans. "
    "“We have become a family business,” she said. “That is not healthy for a democracy, and it is not sustainable "
    "for an army.”",
    "She urged Congress to expand the preparatory course and to lift limits on recruiting in high schools, which some "
    "states restrict.",
    "Kevin Marchbank-Tull, a defense analyst at Gray Harbor Analytics, a consulting firm that advises the Pentagon, "
    "said the shortfall had yet to reach combat units. “The Army is short of people in the places you don’t see: "
    "mechanics, cooks, truck drivers,” he said. “That’s where it hurts first.”",
    "A senior Army official, speaking on condition of anonymity to discuss internal planning, said the service was "
    "weighing a cut of two brigades’ worth of positions that it cannot fill.",
    "Asked whether the Army would lower its standards, Abernathy-Sloan was blunt. “No,” he said. “We’d rather be "
    "smaller than weaker.”",
)

"""A fifty-eighth batch of fictional stories for probing the quotes, in the manner of LABOUR DISPUTES AND STRIKES
AROUND THE WORLD as the wires, the British and Australian press and US labour reporters write them: a union leader
named once and then called "the union leader", "the union's chief negotiator" or "the general secretary"; strikers on
a picket line known by a first name or not at all ("one nurse, who asked not to be named, said"); an employers'
federation and a company that "said in a statement" or "countered"; a mediator or a conciliation service; a labour
minister who "warned"; "the union said" and "the union's members voted"; ballots and offers quoted from letters to
members; a chant, a banner or a placard quoted with no one to say it; "accused … of" and "vowed to". The stories:
nurses in England who reject a pay offer, dock workers in Australia who escalate stoppages, an axle plant in Ohio
whose union members vote down a tentative deal, a shipyard strike in South Korea, and a platinum strike in South
Africa. Written for these tests; none is taken from any corpus, and every person, union, company and federation in
them is made up (the countries, places and kinds of bodies are real)."""

from __future__ import annotations

NURSES: tuple[str, ...] = (
    "Nurses in England to strike for two days after rejecting ‘insulting’ pay offer",
    "LONDON — Tens of thousands of nurses in England will walk out for 48 hours next month after members of the "
    "Federation of Health and Care Workers (FHCW) rejected a 3.1 per cent pay offer that the union’s leader called "
    "“an insult dressed up as a settlement”.",
    "Marian Holloway-Pratt, the union’s general secretary, said the result of the ballot, in which 71 per cent of "
    "those voting backed strikes on a turnout of 58 per cent, showed that nurses had “run out of patience and run out "
    "of goodwill”. “Nobody goes into nursing to stand on a picket line. But our members have been asked to do more "
    "with less for ten years, and they have told the government, clearly and lawfully, that enough is enough,” she "
    "said.",
    "The walkouts, on 14 and 15 May, will affect 112 hospital trusts. The union said emergency departments, intensive "
    "care and cancer wards would be staffed at weekend levels under a “life and limb” agreement with employers.",
    "Health Secretary Damian Frobisher-Lyle said the offer was “fair and affordable” and accused the union of "
    "“choosing headlines over patients”. In a statement, he said: “This government has given nurses the largest pay "
    "rise in a decade. Strike action will cancel tens of thousands of operations and appointments, and the people who "
    "will pay the price are patients.” He warned that money for a larger rise would have to come “from the front line "
    "itself”. The Hospital Employers’ Confederation, which negotiates pay on behalf of trusts, said in a statement "
    "that it was “deeply disappointed” by the result and urged both sides to return to talks.",
    "Outside St Aldhelm’s Hospital in Croydon on Tuesday, where nurses held a rally ahead of the strike, one placard "
    "read “Clapped in 2020, crushed in 2025”, and the chant of “What do we want? Fair pay!” rose each time a bus "
    "sounded its horn.",
    "One nurse, who asked not to be named because she feared for her job, said she had taken a second job stacking "
    "shelves at a supermarket at night. “I love this job. I just can’t afford it any more,” she said. Another, Priya, "
    "a ward sister with 22 years’ service, said she had never voted to strike before. “I voted yes with my hand "
    "shaking. That tells you how bad it’s got,” she said.",
    "In a letter to members seen by this newspaper, the general secretary wrote that the union was “ready to talk at "
    "any hour of the day or night” but would not call off the strikes for “warm words and a cup of tea”. The letter "
    "added that a further ballot, on strikes through the summer, would open on 1 June.",
    "The National Conciliation Service said it had contacted both sides and stood ready to help. Its chief "
    "conciliator, Graham Ettrick-Boateng, told BBC Radio that there was “still a deal to be done” but that the gap "
    "between the two sides was “wider than I have seen it in some years”.",
    "Government sources said ministers were privately preparing an improved offer, but a Department of Health "
    "spokesperson said there was “no more money on the table”.",
)

WHARVES: tuple[str, ...] = (
    "Port stoppages to spread as wharfies reject Coralink’s final offer",
    "Dock workers at three of Australia’s biggest container terminals will escalate industrial action from Monday, "
    "after the Maritime Workers’ Alliance rejected what stevedoring company Coralink Terminals described as its "
    "“final and best” offer.",
    "The union’s national secretary, Declan Farrugia-Moss, said members at Port Botany, Melbourne’s Swanson Dock and "
    "Brisbane would stop work for four hours every shift and refuse overtime for at least a fortnight.",
    "“Coralink has made record profits off the backs of these workers. They have had two years to come to the table "
    "with something serious and they have come with a 2 per cent rise and a roster that would have people working 14 "
    "nights straight,” Mr Farrugia-Moss told reporters at the Port Botany gate. “Our members have voted, and they "
    "have voted 94 per cent for action. That’s not the union talking. That’s the workforce.”",
    "Coralink countered that its offer of 11 per cent over three years was “well above” what other stevedores had "
    "agreed, and said in a statement that the union was “holding the national supply chain to ransom”. The company’s "
    "chief executive, Andrea Kowalczyk-Hume, warned that the stoppages would add weeks of delays for importers "
    "already struggling in the lead-up to Christmas.",
    "The Australian Stevedoring Employers’ Council said the action was “the most serious disruption to the nation’s "
    "waterfront in a decade” and called on the Fair Work Commission to intervene.",
    "Federal Workplace Relations Minister Bronwyn Tallis-Achebe said she had spoken to both parties over the weekend "
    "and urged them to settle. “I am not going to pick a side in a private dispute. What I will say is that every day "
    "the ports are not working properly costs the country money, and both parties need to find a way through,” Ms "
    "Tallis-Achebe told ABC Radio National. She said the government would not rule out asking the commission to "
    "terminate the action if it threatened the economy.",
    "At the Swanson Dock gate on Friday morning, a banner strung across the fence read “Safe rosters save lives”, and "
    "a crane driver who gave his name only as Tony said he had worked 11 of the past 14 nights. “My kids ask me if I "
    "live here,” he said. A younger worker beside him, who did not want to be named, said: “We’re not greedy. We just "
    "want to see our families.”",
    "The Fair Work Commission has scheduled a conference for Wednesday. Commissioner Helen Ravensworth-Diaz, who will "
    "chair it, said in a brief statement that the commission “will do everything it can to help the parties reach "
    "agreement”.",
    "The union leader said the union would attend the conference “in good faith” but accused Coralink of “running a "
    "campaign of fear” among its customers. The union’s assistant secretary, Mei-Lin Okoro, said the company had "
    "written to each worker individually urging them to vote for its offer, a move she described as “an attempt to "
    "go around the union”. In the letter, seen by the ABC, Coralink told workers the offer “will not be improved” and "
    "that protected action would “put the future of this terminal at risk”. Coralink did not respond to a request for "
    "comment on the letter.",
)

AXLES: tuple[str, ...] = (
    "Strike at Ohio axle plant enters third week as union members reject tentative deal",
    "TOLEDO, Ohio (AP) — About 2,300 workers at an axle plant that supplies three of Detroit’s automakers will stay on "
    "strike after union members voted down a tentative agreement that their own bargaining committee had recommended.",
    "Members of United Industrial Workers Local 1187 rejected the four-year deal with Brenner Axle & Driveline by 61% "
    "to 39%, the union said Sunday night. The local’s president, Curtis Delahunt-Ruiz, said in a video posted for "
    "members that the vote was “a message to the company and, frankly, a message to us.”",
    "“Our members told us this deal didn’t go far enough on retirement, and they’re right to hold us to that,” "
    "Delahunt-Ruiz said. “We will go back to the table with their message, and we will not come back with less.”",
    "The local’s chief negotiator, Loretta Pryce-Adomako, said the bargaining committee would meet Tuesday to draw up "
    "new demands. On a call with members Sunday night, the chief negotiator said pensions “will be at the top of the "
    "list.”",
    "The deal would have raised wages 22% over four years and ended a two-tier system under which workers hired after "
    "2019 earn up to $9 an hour less than veterans, according to a summary the union sent to members. It did not "
    "restore the traditional pension, which the company froze in 2009.",
    "Brenner said in a statement that it was “disappointed” by the vote and that the rejected agreement was “the "
    "richest in the history of this company.” Spokesman Todd Varlamov-Peck said the company would “continue to "
    "bargain in good faith” but warned that customers were already moving some work to a plant in Mexico. “Every "
    "week this goes on, it gets harder to win that work back,” he said.",
    "On the picket line outside the plant’s main gate Monday, strikers warmed their hands over burn barrels as "
    "drivers honked. A hand-lettered sign read “Two tiers, one plant, zero respect.” Darnell, a forklift driver who "
    "would give only his first name, said he had voted no. “I’ve been here 14 years and the guy next to me, doing the "
    "same job, makes nine bucks less. That deal didn’t fix it. It just painted over it,” he said.",
    "Another striker, a 58-year-old machine operator who asked not to be identified because she hoped to go back to "
    "work under the same managers, said: “They froze my pension when I was 42. I’m not voting for anything that "
    "doesn’t thaw it.”",
    "A federal mediator met with both sides Monday, the Federal Mediation and Conciliation Service confirmed. Its "
    "acting director, Sheila Grummond-Ayodele, said the mediator would “stay with the parties as long as they need "
    "us.”",
    "Labor Secretary Colin Ashworth-Yeboah, asked about the strike at an event in Pittsburgh, said he hoped for a "
    "“fair contract, and a fast one,” and said he had spoken with Delahunt-Ruiz by phone. The company, he added, "
    "“has the means to do right by these workers.”",
    "Harriet Quintrell-Oduya, who studies collective bargaining at Cornell University’s School of Industrial and Labor "
    "Relations, said rejections of tentative deals had become far more common since 2021. “Members have watched "
    "inflation eat their raises and they have watched CEO pay climb. A leadership that brings back a deal the members "
    "don’t like now finds out about it at the ballot box,” she said.",
    "In a letter to members Monday, Delahunt-Ruiz wrote that strike pay of $500 a week would continue and that the "
    "local’s hardship fund had been “topped up by locals from three states.” “Hold the line,” the letter ended.",
)

SHIPYARD: tuple[str, ...] = (
    "South Korean shipyard workers stage first full strike in six years over wages, subcontracting",
    "SEOUL, July 8 (Reuters) - Thousands of workers at Hanmaru Heavy Industries walked off the job on Tuesday in the "
    "first full strike at the South Korean shipbuilder in six years, halting work on a backlog of liquefied natural "
    "gas carriers as a wage dispute deepened.",
    "The Hanmaru branch of the Korean Federation of Metal and Shipbuilding Workers said about 7,400 of its members "
    "joined the strike at the company’s main yard in Geoje, and that the walkout would last at least three days.",
    "“The company has had its best order book in a decade, and the people who build the ships have not seen it in "
    "their pay packets,” Ryu Min-cheol, the branch’s leader, told Reuters by phone. The union leader said the union "
    "was demanding a monthly base pay rise of 148,000 won ($107) and direct hiring of some of the yard’s roughly "
    "20,000 subcontracted workers, who he said earn about 30% less for the same work.",
    "Hanmaru said in a regulatory filing that the strike could delay delivery of four vessels due this year. In a "
    "separate statement, the company said its offer of a 5.2% raise plus a one-off bonus was “the best the company "
    "can sustainably afford” and accused the union of “taking the yard hostage at the moment of its recovery”.",
    "Labour Minister Seo Hyun-joo urged both sides to resolve the dispute through dialogue and warned that the "
    "government would “respond sternly” to any illegal acts, including the occupation of facilities. “Shipbuilding "
    "is a pillar of our export economy. Neither side should forget that,” Seo told reporters in Sejong.",
    "The National Labor Relations Commission, which mediated 10 rounds of talks before declaring them failed last "
    "month, said it was prepared to reopen mediation if both sides asked. A commission official, who declined to be "
    "named because he was not authorised to speak to the media, said the gap on subcontracting was “the hardest knot "
    "to untie”.",
    "At a rally outside the yard’s west gate, workers in orange overalls raised their fists and chanted “Same ship, "
    "same work, same pay!” Some held placards reading “Subcontractors are workers too”.",
    "Kim, a 34-year-old subcontracted welder who asked that only his family name be used, said he had worked at the "
    "yard for nine years without ever being on Hanmaru’s payroll. “I weld the same seams as the man next to me. He "
    "goes home with a bonus and I go home with a contract that ends in December,” he said. “When they say the company "
    "cannot afford it, I want to ask: afford what? The ships are sold.”",
    "Analysts said a prolonged strike could dent Hanmaru’s earnings in the third quarter. “A three-day strike is "
    "noise. A three-week strike starts to show up in the numbers, because the penalties for late delivery on these "
    "contracts are steep,” said Yoon Seo-ah, an analyst at Daesan Securities in Seoul. Hanmaru shares fell 2.4% in "
    "Seoul on Tuesday, against a 0.3% rise in the broader KOSPI index.",
    "The union said it would decide on Thursday whether to extend the strike, and vowed to “fight until subcontracted "
    "workers are treated as workers”.",
)

PLATINUM: tuple[str, ...] = (
    "South African platinum union rejects mediated offer as strike enters second month",
    "JOHANNESBURG, March 3 (Reuters) - Striking miners at Kgoro Platinum rejected a wage offer brokered by the state "
    "mediator on Monday, extending a five-week stoppage that has cut output at the world’s third-largest platinum "
    "producer by nearly a third.",
    "The Mineworkers and Allied Trades Union (MATU), which represents about 19,000 of Kgoro’s 26,000 workers, said "
    "members had turned down the offer of a 7% increase in the first year at mass meetings at the company’s four "
    "shafts near Rustenburg. General secretary Sipho Mabaso-Venter said the union would not sign any deal that did "
    "not lift the lowest-paid underground workers to 15,000 rand ($820) a month.",
    "“We have been patient. We went to the CCMA, we sat in those rooms for three weeks, and what came back is the "
    "same offer with a new bow on it,” Mabaso-Venter told a crowd of several thousand strikers at a football ground "
    "in Phokeng. “A rock drill operator who goes 1,200 metres underground every day should not have to choose "
    "between school fees and food.”",
    "The Commission for Conciliation, Mediation and Arbitration (CCMA), which chaired the talks, said in a statement "
    "it was “disappointed that the parties could not find each other” but that its doors remained open. Senior "
    "commissioner Thandeka Oduya-Brandt, who led the mediation, said the two sides were about 400 rand a month apart "
    "on the entry-level wage, a gap she called “bridgeable, with will”.",
    "Kgoro said the strike had cost it about 38,000 ounces of production and 2.1 billion rand in lost revenue so far. "
    "The company countered the union’s demands in a letter to employees on Friday, saying its offer was “above "
    "inflation in every year” and that the union’s demand “would put at least two shafts on the path to closure”. "
    "“We cannot pay wages that the shafts cannot earn,” chief executive Pieter van Rooyen-Mokoena said in the letter.",
    "The Platinum Producers’ Association, an industry body, warned that a prolonged strike at Kgoro risked spreading "
    "to other producers whose wage agreements expire in June. “Nobody in this industry wins from a long strike, least "
    "of all the workers,” its chief executive, Lindiwe Hartzenberg, said.",
    "Employment and Labour Minister Nomvula Sithebe-Kruger said police would be deployed to protect workers who "
    "wanted to return to work, and appealed for calm. She also accused “certain elements” of intimidating employees "
    "who were not on strike. She warned that violence on the picket line would be met “with the full force of the "
    "law”.",
    "Outside the Number 4 shaft, where strikers sat on the ground in the shade of a mine dump singing, a hand-painted "
    "sign read “R15,000 or nothing”. Thabo, a winch operator of 17 years, said he earned 11,200 rand a month and "
    "supported seven people. “The company says it cannot afford us. But they could afford the new offices in "
    "Sandton,” he said. A rock drill operator who did not want to give his name said some workers had begun borrowing "
    "from loan sharks to feed their families.",
    "Analysts said the strike was beginning to tighten the platinum market. “Kgoro is a big enough share of supply "
    "that five weeks of lost output matters,” said Refilwe Mokgadi-Stone, a mining analyst at Umbono Capital in "
    "Johannesburg. She added that the company’s balance sheet could absorb about two more months of stoppage before "
    "it would need to raise money.",
    "MATU said in a letter to members on Monday evening that mass meetings would be held on Wednesday to decide the "
    "next steps. The union’s members voted in 2023 to strike for five months at another producer, a stoppage that "
    "ended with a 9% rise.",
)

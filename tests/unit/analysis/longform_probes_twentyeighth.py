"""A twenty-eighth batch of fictional WORLD NEWSWIRE stories for probing the quotes, in the manner of agency copy (a
dateline "CITY (Reuters) -" or "CITY, Month Day (Reuters) -" on the first paragraph, short paragraphs, many speakers a
story): a WHO briefing on a Marburg outbreak (the agency, its incident manager and spokesman, the health ministry's
statement, the minister and a permanent secretary of the same ministry, a doctor and a neighbouring ministry's official
who are not named, a district commissioner through an interpreter), a central bank's surprise rate rise (the bank's
statement, the governor through an interpreter, a deputy governor, a strategist, a dealer who is not named, the
finance minister and a director general of her ministry, an employers' group, a former board member on condition of
anonymity, a former chief economist named only after his quote), a copper mine's collapse (the company's statement and
its chief executive, the labour minister and a deputy minister, the union's secretary general through an interpreter,
a trapped miner's mother, the mines minister on X, an analyst, a fire brigade spokesman) and a disputed presidential
count (the opposition candidate through an interpreter and her campaign director, the electoral commission's chairman
and its spokeswoman's statement, the EU's chief observer, the African Union's mission, a Western diplomat, the
president's spokesman, a taxi driver, the police). Written for these tests; none is taken from any corpus, and every
person in them is made up. The gold is in test_longform_probes_twentyeighth.py."""

from __future__ import annotations

OUTBREAK: tuple[str, ...] = (
    "GENEVA (Reuters) - The World Health Organization said on Thursday it was sending 40 more epidemiologists to "
    "northern Zambia, where a cluster of Marburg virus cases has grown to 23, including nine deaths, in less than "
    "three weeks.",
    "“We are not yet at the point where we can say this is contained, and I would be misleading you if I said "
    "otherwise,” Dr. Renske Achterhof, the WHO’s incident manager for the response, told reporters at a briefing in "
    "Geneva.",
    "Achterhof said contact tracers had identified 412 people who had been near a confirmed case, and that 61 of "
    "them had not yet been found.",
    "“Sixty-one is a number that keeps me awake,” she said. “Each of those people could be the start of a new chain.”",
    "The outbreak began in a gold-panning camp near the town of Mwinilunga, close to the borders with Angola and "
    "Congo, Zambia’s health ministry said in a statement on Wednesday. The first patient, a 34-year-old miner, died "
    "on Jan. 9, the statement said.",
    "Health Minister Chanda Mulenga-Phiri told parliament in Lusaka that the government had closed two border "
    "crossings to all but cargo traffic and set up isolation wards at three hospitals.",
    "“Our health workers are doing what was asked of them with very little,” Mulenga-Phiri said. “What they need "
    "now is gloves and gowns, not praise.”",
    "A second official of the ministry, permanent secretary Gift Kabwe-Nyirenda, said four of the dead were nurses "
    "or clinical officers who had treated patients before the virus was identified.",
    "“They did not know what they were dealing with,” Kabwe-Nyirenda said. “By the time we knew, they were already "
    "sick.”",
    "A doctor at the provincial hospital in Solwezi, who asked that his name be withheld because he had no "
    "permission to talk to journalists, told Reuters the isolation ward there had 12 beds and was full on Tuesday "
    "night.",
    "“We are putting new patients in a tent behind the laundry,” the doctor said.",
    "There is no licensed vaccine or treatment for Marburg, which belongs to the same family as Ebola and kills up to "
    "88% of those infected, according to the WHO. Candidate vaccines are being tested, and Achterhof said doses of "
    "one of them could reach Zambia “within days, not weeks” if the government approved a trial.",
    "“The protocol is ready. The doses are ready. What we need is a signature,” she said.",
    "Mwinilunga’s district commissioner, Emmanuel Sakala-Banda, said through an interpreter that traders from Angola "
    "had stopped crossing and that the price of maize meal at the town market had risen by a third in a week.",
    "“People are afraid of the hospital more than of the virus,” Sakala-Banda said. “They think whoever goes in "
    "does not come out.”",
    "WHO spokesman Joachim Ferreira-Holm said the agency had released $2 million from its contingency fund for "
    "emergencies and would ask donors for $18 million more.",
    "“This is a region that has seen outbreaks before and knows how to respond,” said Ferreira-Holm. “But it is a "
    "poor region, and a remote one, and speed costs money.”",
    "An official at Angola’s health ministry told Reuters on condition of anonymity that Angola had sent a team of 15 "
    "to the border and had no confirmed cases so far.",
    "“We are watching very closely,” the official said.",
    "The WHO said on Thursday the risk was “high” at the national level, “moderate” for the region and “low” "
    "globally. It does not recommend any restrictions on travel or trade with Zambia, Achterhof said.",
)

RATES: tuple[str, ...] = (
    "JAKARTA, March 12 (Reuters) - Bank Indonesia unexpectedly raised its benchmark interest rate by 50 basis points "
    "to 6.75% on Wednesday, its first increase in 14 months, saying it needed to defend the rupiah after the currency "
    "fell to its weakest level since 1998.",
    "Only two of 31 economists polled by Reuters had expected a move, and none had forecast an increase of that size.",
    "“The rupiah’s decline has gone beyond what the fundamentals of our economy justify, and we will not allow it to "
    "feed into prices,” Governor Surya Hadiningrat told a news conference, speaking through an interpreter.",
    "Hadiningrat said the bank had sold about $4 billion of its foreign reserves in the past month to slow the "
    "currency’s fall and was ready to sell more.",
    "“We have the ammunition. Today we showed we are willing to use it,” he said.",
    "Deputy Governor Larasati Wibisono, who oversees monetary operations, told reporters after the briefing that the "
    "board’s vote had been unanimous and that further increases were “not ruled out.”",
    "“We will look at the data month by month,” Wibisono said. “Nobody should assume this is the last step, and "
    "nobody should assume it is the first of many.”",
    "The rupiah strengthened 1.4% to 16,920 per dollar after the decision, while the main Jakarta stock index fell "
    "2.1%, led by banks and property developers.",
    "“That was a shock-and-awe move, and for today at least it worked,” said Natasha Lindqvist-Aydin, senior "
    "emerging markets strategist at Kestrel Capital in Singapore. “The question is whether they can hold the line "
    "when the Fed moves again.”",
    "A currency dealer at a state-owned bank in Jakarta said importers had rushed to buy dollars in the hour before "
    "the announcement. “Someone knew, or someone guessed very well,” he said, declining to be identified because "
    "his bank does not let him talk to the press.",
    "Finance Minister Dewi Kusumawardani said the government supported the central bank’s decision and would keep "
    "its budget deficit below the legal limit of 3% of gross domestic product.",
    "“Fiscal and monetary policy are moving in the same direction. That is the message we want investors to hear,” "
    "Kusumawardani said in a statement.",
    "Her ministry’s director general of budget financing, Teguh Santoso-Harahap, told reporters the government would "
    "cut its planned bond issuance in the second quarter by 15 trillion rupiah to ease pressure on yields.",
    "“We do not need to borrow as much as we planned, because revenue is ahead of target,” Santoso-Harahap said.",
    "Business groups were less enthusiastic. “Our members borrow in rupiah and pay for raw materials in dollars. "
    "Today their costs went up on both sides,” said Benny Tanoto, deputy chairman of the Indonesian Employers "
    "Association.",
    "“We understand the reasoning,” Tanoto added. “We do not enjoy the result.”",
    "“It is not a policy. It is a panic,” a former Bank Indonesia board member said of the decision, speaking on "
    "condition of anonymity because he still advises the government. The former official said the bank had waited "
    "too long and was now forced to act in a hurry.",
    "Bank Indonesia said in its policy statement that it expected inflation to stay within its target range of 1.5% "
    "to 3.5% this year and next, and that it would keep intervening in the spot and forward markets.",
    "The decision was taken at a board meeting brought forward by a day, according to two people familiar with the "
    "matter.",
    "“They moved before the market forced them to, and that is the right order,” the bank’s former chief economist "
    "told Reuters by telephone. The economist, Rudi Gunawan-Lubis, now teaches at the University of Indonesia.",
)

MINE: tuple[str, ...] = (
    "LIMA, Oct 3 (Reuters) - Rescuers in southern Peru were trying to reach seven miners trapped 340 metres "
    "underground after part of a tunnel collapsed at a copper mine on Tuesday night, the company and the government "
    "said on Wednesday.",
    "Two other workers were killed in the collapse and four were injured, Minera Altamisa said in a written "
    "statement, adding that the trapped men had been working in a section of the Huaylla mine that was being "
    "reinforced.",
    "“Our absolute priority is to bring our colleagues out alive, and every resource the company has is at the "
    "service of that effort,” the company said.",
    "Chief Executive Rodrigo Salazar-Vidal told reporters at the mine’s entrance that rescuers had drilled a borehole "
    "to within 20 metres of the chamber where the men were believed to be and had heard knocking from below late on "
    "Wednesday afternoon.",
    "“It was faint, but the technicians are certain of it,” Salazar-Vidal said through an interpreter. “That sound is "
    "the reason nobody here is going home tonight.”",
    "Peru’s labour ministry said it had ordered the suspension of all underground work at Huaylla and sent a team of "
    "inspectors to investigate.",
    "Labour Minister Elena Quispe-Montoya said the mine had been cited twice last year for failing to shore up "
    "tunnels, and had paid fines totalling 1.2 million soles.",
    "“Fines were not enough. If the investigation shows that the company ignored our inspectors, the consequences "
    "will not be a fine,” Quispe-Montoya told RPP radio.",
    "A deputy minister at the same ministry, Hugo Cárdenas-Ríos, told Reuters that the inspectors’ reports from last "
    "year had recommended closing the section where the collapse occurred until new supports were installed.",
    "“That recommendation was made in writing, and the company received it,” Cárdenas-Ríos said. He declined to say "
    "whether the supports had been installed, citing the investigation.",
    "The company said it had complied with every order from the regulators and that the reinforcement work was under "
    "way when the ground gave way.",
    "The union representing Huaylla’s 1,100 workers called a 48-hour strike at the company’s two other mines in the "
    "region. Its secretary general, Wilfredo Mamani, said through an interpreter that workers had complained for "
    "months about cracks in the tunnel walls.",
    "“We told the supervisors. We told the engineers. They told us to keep working,” Mamani said. “Now we are "
    "waiting at the gate like the families.”",
    "Outside the mine’s gate, Rosa Huamán, whose son Julio is among the trapped men, said she had not slept since the "
    "company called her at 2 a.m. on Wednesday.",
    "“He is 23. He took this job so his little sister could study,” she said, holding a photograph of him in his "
    "graduation gown. “I want to hear his voice, that is all.”",
    "Energy and Mines Minister Álvaro Benavides said on X that his ministry would review the permits of all "
    "underground copper mines in the region.",
    "Analysts said the accident was unlikely to dent Peru’s copper output, since Huaylla produced about 28,000 tonnes "
    "a year, less than 1% of the national total.",
    "“The market impact is small. The political impact could be large, because this government has promised a "
    "crackdown on mine safety for two years and has little to show for it,” said Carolina Basadre, a mining analyst "
    "at Lima brokerage Cordillera Valores.",
    "Rescuers expected to break through to the chamber by Friday, a spokesman for the national fire brigade told "
    "reporters, warning that the rock above it was unstable.",
)

COUNT: tuple[str, ...] = (
    "ANTANANARIVO, Nov 18 (Reuters) - Madagascar’s opposition refused on Monday to accept the partial results of last "
    "week’s presidential election, saying ballots from more than 600 polling stations had been counted twice, as "
    "European Union observers said the tallying had been “opaque.”",
    "Results from 78% of polling stations published by the Independent National Electoral Commission (CENI) on Sunday "
    "night gave President Hery Andrianasolo 51.3% of the vote, enough to avoid a run-off, against 36.8% for former "
    "Antananarivo mayor Lalao Rakotomalala.",
    "“We have the tally sheets from our own observers, signed by the polling station presidents, and they do not "
    "match what the commission is publishing,” Rakotomalala told a news conference, speaking through an interpreter. "
    "“We will not accept numbers that were written in an office.”",
    "Her campaign director, Tojo Ramanantsoa, said the party had documented 614 polling stations whose results "
    "appeared in the commission’s database twice, and would file a complaint with the High Constitutional Court on "
    "Tuesday.",
    "The electoral commission’s chairman, Arsène Razafindrakoto-Bé, rejected the accusation. “Every result we publish "
    "comes from a tally sheet that has been checked by three people, and any candidate may compare it with his own,” "
    "he told reporters in French.",
    "A commission spokeswoman, Fanja Rasoanaivo, said in a statement later on Monday that a “technical error” had "
    "caused some stations to appear twice on the commission’s website but that the votes had been counted only once.",
    "“The display was wrong. The count was not,” the statement said.",
    "The EU’s chief observer, Marta Esquivel-Brandt, told reporters that her mission had been refused access to the "
    "national tallying centre on three occasions since Friday.",
    "“Voting day itself was calm and well organised,” said Esquivel-Brandt, a Spanish member of the European "
    "Parliament. “What has happened since has not been transparent, and transparency is not optional.”",
    "She said the mission had not found evidence of fraud but “could not rule it out, because we have not been "
    "allowed to look.”",
    "A second observer group, the African Union’s mission, said in a preliminary statement that the vote had been "
    "“peaceful and broadly in line” with the continent’s standards, and called on all sides to pursue disputes "
    "through the courts.",
    "A Western diplomat in Antananarivo, speaking on condition of anonymity, said several embassies had asked the "
    "commission privately to publish results station by station. “They told us it would be done by Wednesday. We "
    "were told the same thing last Wednesday,” the diplomat said.",
    "Andrianasolo has not commented on the results. His spokesman, Naina Rajaonarison, said the opposition was "
    "“preparing the ground for unrest because it knows it has lost.”",
    "“The people voted. The commission counted. The court will decide. That is how a republic works,” Rajaonarison "
    "said in an interview with state television.",
    "In the capital’s Analakely market, several hundred opposition supporters gathered on Monday afternoon, watched "
    "by riot police. “They did this to us before and they are doing it again,” said Haja Randriamampionona, a "
    "41-year-old taxi driver, who said he had voted for the first time.",
    "Police spokesman Colonel Jean-Aimé Ravelonarivo said officers had orders to avoid force “as long as the "
    "gatherings remain peaceful.”",
    "Analysts said the dispute could delay the release of a $320 million International Monetary Fund programme.",
)

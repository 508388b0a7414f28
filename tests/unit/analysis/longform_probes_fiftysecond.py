"""A fifty-second batch of fictional stories for probing the quotes, in the manner of CANADIAN WEB NEWS ON TESTIMONY AT
PUBLIC INQUIRIES, CORONER'S INQUESTS AND TRIALS: witnesses who "testified", "told the inquiry", "told the commission",
"told the jury", "conceded", "agreed that" or answered "under cross-examination"; lawyers' questions put to a witness
and the answer ("Asked by X whether …, Y said no", "“Who was D?” Lindgren asked"); commissioners, coroners and judges
speaking from the bench; emails and text messages read into the record; witnesses first described by their role ("the
former deputy minister", "the constable", "the pathologist", "the contractor") and named later; long blocks with
several speakers, split quotes and pronoun chains. The stories: a dam failure's public inquiry, an inquest into a
death in a police holding cell, a kickback trial built on a contractor's evidence, a commission of inquiry into a
ferry's sinking, and a judicial inquiry into a late light-rail line. Written for these tests; none is taken from any
corpus, and every person, town, vessel, company and body in them is made up. The gold is in
test_longform_probes_fiftysecond.py."""

from __future__ import annotations

DAM_INQUIRY: tuple[str, ...] = (
    "Former deputy minister tells dam inquiry warnings never reached cabinet",
    "The former deputy minister of environment testified Monday that engineers’ warnings about the Corbeau Falls dam "
    "never reached cabinet in the two years before it failed. Annika Thorsteinson, who led the department from 2019 "
    "to 2023, told the commission she had read a summary of the 2021 inspection report but had not been shown the "
    "full document. “I was given two pages. The report was 140 pages long,” Thorsteinson said. She said the summary "
    "described the spillway cracks as “routine maintenance items.”",
    "Under cross-examination by Vivek Raghunathan, a lawyer for families of the six people killed in the flood, "
    "Thorsteinson conceded that she had never asked to see the full report. “In hindsight, I should have,” she said. "
    "Asked by Raghunathan whether she had told the minister about the cracks, Thorsteinson said no. She said she had "
    "not believed they were urgent.",
    "Commissioner Hélène Marchessault interrupted to ask the witness who decided what went into the summary. "
    "“Somebody chose those two pages, Ms. Thorsteinson. I would like to know who,” the commissioner said. "
    "Thorsteinson replied that the summary had been prepared by the department’s dam safety branch, which reported to "
    "an assistant deputy minister.",
    "Commission counsel Patrick Dunleavy read into the record an email sent in March 2022 by the branch’s senior "
    "engineer, Tomasz Wierzbicki, to his director. “If we get a spring like 2019 again, I do not think the spillway "
    "holds,” Wierzbicki wrote. Wierzbicki, who testified last week, told the commission he had sent similar warnings "
    "at least four times. The director, Gail Purcell-Mackenzie, is expected to testify Thursday.",
    "Outside the hearing room, Nadine Cloutier-Boyle, whose husband drowned when the water reached their farmhouse, "
    "said the testimony confirmed what families had suspected. “Everyone had a piece of paper, and nobody had the "
    "whole picture. My husband paid for that,” she said.",
)

CELL_INQUEST: tuple[str, ...] = (
    "Constable tells inquest he checked on man in cell every 15 minutes",
    "An RCMP constable told a coroner’s inquest in Wapella Crossing on Tuesday that he checked on Darnell Keewatin "
    "every 15 minutes on the night the 34-year-old died in a holding cell. Const. Brady Kowalchuk testified that "
    "Keewatin was “talking and laughing” at 2:15 a.m. and was found unresponsive at 2:40 a.m. “He seemed fine to me. I "
    "had no reason to think he was in medical distress,” the constable told the six-person jury.",
    "Under cross-examination by Rosalind Ahenakew, the lawyer for Keewatin’s family, Kowalchuk agreed that 2:15 and "
    "2:40 were 25 minutes apart. He said he had been called to the front counter to deal with a drunk driver. “I "
    "can’t be in two places at once,” Kowalchuk said. Ahenakew asked whether anyone else had been watching the cell "
    "camera. “No one was assigned to it that night,” he said.",
    "The guard on duty, Miriam Oyelaran, testified that she was a civilian employee hired six weeks earlier and had "
    "received two days of training. She said she had never been told that a prisoner who had taken drugs should be "
    "woken. “Nobody showed me the policy. I found out it existed at this inquest,” she said, crying.",
    "Dr. Sunil Varghese, the forensic pathologist who performed the autopsy, told the jury Keewatin died of a "
    "combination of methamphetamine and fentanyl. Asked by presiding coroner Louise Fairweather whether he would have "
    "survived with prompt medical care, the pathologist said it was “more likely than not.” Fairweather reminded the "
    "jury that an inquest does not find fault. “Your job is not to blame anyone. Your job is to help make sure this "
    "does not happen again,” the coroner said.",
    "Keewatin’s mother, Theresa Keewatin, listened from the front row. “My son was not a number on a clipboard,” she "
    "said outside the courthouse. The inquest continues Wednesday with evidence from the detachment commander.",
)

KICKBACK_TRIAL: tuple[str, ...] = (
    "Paving contractor tells jury he paid city manager $80,000 in cash",
    "A paving contractor told a jury in Sudbury on Wednesday that he handed a former city roads manager $80,000 in "
    "cash over three years in exchange for inside information on contract bids. Raymond Thibodeau-Kerr, who is "
    "testifying under an immunity agreement with the Crown, said he made the payments in a doughnut shop’s parking "
    "lot. “It was always an envelope, always a Friday,” Thibodeau-Kerr told the court.",
    "The former manager, Colin Ashdown-Price, 58, has pleaded not guilty to fraud and breach of trust. Crown "
    "prosecutor Meera Balasubramanian showed the jury a text message Thibodeau-Kerr said he received from "
    "Ashdown-Price the night before a 2021 tender closed. “Come in at 4.1. Nobody else is under 4.3,” the message "
    "read. Thibodeau-Kerr said he understood the numbers to mean millions of dollars.",
    "In a long cross-examination, defence lawyer Gordon Lefebvre-Nakamura suggested the witness had invented the "
    "payments to save himself. “You were facing 14 charges, Mr. Thibodeau-Kerr, and today you face none. Is that "
    "right?” Lefebvre-Nakamura asked. “That’s right,” the contractor said. “And all you had to do was tell this "
    "story,” the lawyer went on. Thibodeau-Kerr said it was not a story. “I wish it was. I lost my company over "
    "this,” he said.",
    "Justice Marguerite Oduya-Fenwick stopped the questioning twice. “Counsel, ask a question. The jury does not need "
    "your commentary,” the judge said at one point. Later, she told the jury that the immunity agreement was "
    "something they could weigh in deciding how much of the contractor’s evidence to believe.",
    "Outside court, Lefebvre-Nakamura told reporters his client looked forward to testifying. “Mr. Ashdown-Price has "
    "waited three years to tell his side,” he said. The trial, scheduled for six weeks, resumes Monday.",
)

FERRY_COMMISSION: tuple[str, ...] = (
    "Ferry captain tells commission he was ordered to sail despite wind warning",
    "The captain of the MV Tillicum Spirit told the commission of inquiry into its sinking that a company manager "
    "ordered him to leave port despite a gale warning. Capt. Elias Vandermolen, 61, testified for a second day in "
    "Nanaimo. “I said the crossing was not safe. He said the schedule was not optional,” Vandermolen told the "
    "commission. Under questioning by commission counsel Farida Haddad-Sorensen, he agreed that he had the legal "
    "authority as master to refuse. “On paper, yes. In practice, captains who refused did not stay captains long,” "
    "he said.",
    "The manager, operations director Kelvin Marchetti of Coastline Marine Services, testified earlier this month "
    "that he had only passed on the forecast and had never ordered any sailing. The commission on Thursday saw an "
    "email Marchetti sent to the company’s chief executive, Diane Holloway-Reyes, an hour after the ferry left. "
    "“Elias went. Told him we can’t cancel three in a row,” it read. Asked by Haddad-Sorensen whether the email was "
    "consistent with his earlier testimony, Marchetti, who was recalled to the stand, said he had chosen his words "
    "badly.",
    "Holloway-Reyes, who testified in the afternoon, said she did not read the email until the next morning. “By "
    "then there were 11 people in the water,” she said. She told the commission the company had since given captains "
    "the final word on every crossing. Commissioner Raymond Tsang-Lacroix asked her why that had not been the rule "
    "before. “I don’t have a good answer for you, commissioner,” Holloway-Reyes said.",
    "A Transport Canada marine inspector, Yusuf Abernethy, told the inquiry the vessel had passed its last "
    "inspection but that inspectors did not review company sailing policies. “We look at the ship. We don’t look at "
    "who is pressuring the master,” Abernethy said. The commissioner said he would make recommendations on that gap "
    "in his final report, due in the fall.",
)

TRANSIT_INQUIRY: tuple[str, ...] = (
    "Former mayor tells transit inquiry he learned of train delays from the news",
    "Former Ridgeport mayor Dennis Kalinowski told the judicial inquiry into the city’s light-rail line on Friday "
    "that he learned the trains would be a year late from a newspaper story. “I found out the same way everybody "
    "else did,” Kalinowski said. “That should tell you something about how this project was run.” He said city staff "
    "had assured council as late as that spring that the opening date would hold.",
    "The city’s former manager, Sophie Arsenault-Greer, painted a different picture. She testified that she briefed "
    "the mayor privately about the delays at least three times. Commission counsel Adebayo Lindgren read a text "
    "message she sent to her deputy after one of those meetings: “Told D. Said keep it quiet till after the "
    "budget.” “Who was D?” Lindgren asked. “The mayor,” she said.",
    "Recalled in the afternoon, Kalinowski denied ever telling anyone to keep the delays quiet. He conceded that he "
    "had met Arsenault-Greer several times about the project but said the meetings were about the budget. “If she "
    "says I knew, she is mistaken,” the former mayor said. Justice Theodora Mbeki-Hall, who is leading the inquiry, "
    "asked him whether he had kept notes of the meetings. He said he had not.",
    "The consortium that built the line, Tamarack Transit Partners, said in its closing submission that the city "
    "changed the design 200 times after the contract was signed. Its project director, Lucien Babineaux, told the "
    "inquiry in October that each change cost weeks. “You cannot redesign a station in month 30 and expect to open in "
    "month 36,” he said then.",
    "Mbeki-Hall is to deliver her report by June. Transit rider Anjali Desrochers, who sat through the day’s "
    "testimony, said she had expected more answers. “Everybody was told something by somebody, and nobody remembers "
    "who,” she said.",
)

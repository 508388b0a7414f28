"""An eighty-fourth batch of fictional stories for probing the quotes, in the manner of THE US CONGRESS, HEARINGS AND
LEGISLATION as the wires, the Capitol Hill press and network web sites write them: a defense secretary who "told the
Senate Armed Services Committee" about late submarines (a senator's question, which is no quote, her answer that she
"replied", "shot back that", "the Kentucky senator", "the secretary"); a stopgap spending bill passed a day before a
shutdown deadline (the Speaker who "told reporters in the Capitol", a senior Democratic aide and another "speaking on
condition of anonymity", the White House that "said in a statement of administration policy", "the Wyoming
senator", a union president); a House vote on a rail safety bill ("Rep. Janine Kettleborough, R-Ohio", "the Nebraska
Republican said", one long paragraph of floor debate with several speakers, "the freshman lawmaker added"); a
Montana senator's talking filibuster ("Sen. Ruth Ellingboe (D-Mont.)", a split quotation with its cue in the middle,
senators who "wrote on X", "the South Dakota Republican", "the 67-year-old", a pronoun chain across paragraphs); and
a stalled ban on lawmakers' stock trading (a watchdog's report, a chairman who "said through a spokeswoman", a
lobbyist "in an interview", a congressional scholar at a think tank who is then "the scholar"). Surnames after the
first mention, descriptions standing for people, titles ("Sen.", "Rep.", "Speaker", "Lt. Col.") before names.
Written for these tests; none is taken from any corpus, and every person, town, union, council, think tank and group
in them is made up (the country, its states, Congress and its committees are real kinds of bodies)."""

from __future__ import annotations

HEARING: tuple[str, ...] = (
    "Defense secretary concedes submarine delays as senators press on cost",
    "WASHINGTON — Defense Secretary Corinne Valcourt-Denny told the Senate Armed Services Committee on Tuesday that "
    "labor shortages at two Navy shipyards would push the delivery of the next attack submarines back by at least 18 "
    "months, the first time the Pentagon has put a figure on the slip.",
    "“We are not where we promised to be, and I will not pretend otherwise,” Valcourt-Denny said in her opening "
    "statement. “But the fix is welders and pipefitters, not more money on top of money we have already spent.”",
    "Sen. Walter Brickhouse (R-Ky.), who has pressed the Navy for two years over cost overruns, asked whether the "
    "department had known of the delays when it sent its budget request to Congress in March. She replied that the "
    "estimates then “were the best we had” and that they had changed over the summer. The Kentucky senator was not "
    "satisfied. “The best you had was wrong, and it was wrong by a year and a half,” he said.",
    "Sen. Dolores Quintal of New Mexico, the committee’s top Democrat, said the two yards had lost more than 4,000 "
    "welders since 2022 and that the Navy had been slow to raise their pay. Valcourt-Denny agreed, saying the "
    "department would ask Congress for authority to pay bonuses of up to $20,000 to skilled workers who sign on for "
    "three years.",
    "Asked by Quintal whether the bonuses would need new money, the secretary said they could be paid from funds "
    "Congress had already approved. “I am not here to ask you for a bigger check,” she said.",
    "The hearing grew testy when Sen. Gareth Pellerin (R-Idaho) held up a chart of cost overruns and accused the "
    "department of “managing by press release.” Valcourt-Denny shot back that the chart left out two years of "
    "inflation. “Senator, with respect, that chart is not the whole story,” she said.",
    "A Pentagon spokesman, Lt. Col. Desmond Ardery, said after the hearing that the secretary would send the committee "
    "a revised schedule for each boat before the month is out. The Navy did not answer emailed questions about the "
    "welders’ pay.",
)

SHUTDOWN: tuple[str, ...] = (
    "House passes stopgap spending bill a day before shutdown deadline",
    "WASHINGTON — The House on Thursday passed a bill to keep the government funded for seven more weeks, sending it "
    "to the Senate a day and a half before a shutdown deadline. Speaker Clifton Scarbrough told reporters in the "
    "Capitol that he expected the Senate to “do its job” and pass it unchanged.",
    "The measure passed 219 to 207, with 11 Democrats joining most Republicans. It keeps spending at current levels "
    "until Nov. 21 and adds $4.2 billion for disaster relief after a summer of floods in the Midwest.",
    "“Nobody in this building wants a shutdown, and tonight the House proved it,” Scarbrough said. He said he had "
    "spoken twice during the day with the Senate majority leader, Rosalind Pemberton-Saye, and that the two had “no "
    "daylight” between them on the bill.",
    "Democrats were split. A senior Democratic aide said the party’s leaders had not whipped against the bill because "
    "the disaster money was “too important to vote down.” Another aide, speaking on condition of anonymity to "
    "discuss private talks, said as many as 30 Senate Democrats could vote for it.",
    "The White House said in a statement of administration policy that it supported the bill but “strongly objects” "
    "to a provision that bars the Agriculture Department from moving staff out of Washington. The statement stopped "
    "short of a veto threat.",
    "In the Senate, Pemberton-Saye said on the floor that she would bring the bill up on Friday morning. “We will stay "
    "here until it is done, tonight, tomorrow, Saturday if we must,” the majority leader said. The chamber’s top "
    "Republican, Sen. Hollis Moncrieff of Wyoming, said his members wanted votes on three amendments but would not "
    "block the bill. “We will not be the ones who turn off the lights,” the Wyoming senator said.",
    "Federal workers’ unions urged senators to pass the bill. “Our members cannot live seven weeks at a time forever,” "
    "said Patrice Wendover-Lyle, the president of the Federal Clerical Employees Union, who called the stopgap “a "
    "bandage on a bandage.”",
    "Scarbrough brushed aside questions about what happens on Nov. 21. “That is a problem for November,” he told "
    "reporters, before walking into a closed meeting of House Republicans.",
)

RAIL: tuple[str, ...] = (
    "Rail safety bill clears House after months of delay, heads to Senate",
    "WASHINGTON (Wire) — The House on Wednesday passed a bill requiring two-person crews on most freight trains and "
    "new heat sensors on tank cars, 288 to 139, 14 months after a derailment and chemical fire forced 3,000 people "
    "from their homes in Orvale, Ohio.",
    "“The people of Orvale have waited long enough,” said Rep. Janine Kettleborough, R-Ohio, whose district includes "
    "the town. “Today they got an answer.” Kettleborough said she had written the sensor provision after talking to "
    "volunteer firefighters who reached the fire without knowing what the cars were carrying.",
    "Sixty-one Republicans joined all but three Democrats in voting for the bill. Rep. Lucas Tennemann, R-Neb., who "
    "voted no, said the crew rule would raise costs for short-haul railroads that carry grain across his state. “This "
    "bill was written for big railroads and big cities,” the Nebraska Republican said. “Farmers will pay for it.”",
    "The debate on the floor ran for more than three hours. Rep. Odalys Whitlatch, D-Calif., the top Democrat on the "
    "transportation panel, said the industry had spent $11 million lobbying against the crew rule. Rep. Bram "
    "Schollenberger, R-Texas, said the rule had “no basis in any safety data.” “Show me the study,” he said. Whitlatch "
    "answered that the board that investigated the Orvale fire had called for it. Rep. Teodor Vasquez-Lind, D-Ohio, a "
    "freshman, said he had grown up two miles from the tracks. “My mother still keeps a bag packed by the door,” the "
    "freshman lawmaker added.",
    "The Regional Railroads Council of America said in a written statement that the bill would “put small railroads "
    "out of business” and urged senators to reject it. The White House has said the president would sign it.",
    "Kettleborough said she had called the mayor of Orvale after the vote. “She cried. I cried. Then she asked me when "
    "the Senate votes,” Kettleborough said.",
)

FILIBUSTER: tuple[str, ...] = (
    "Montana Democrat holds Senate floor for 19 hours against water bill",
    "Sen. Ruth Ellingboe (D-Mont.) yielded the Senate floor at 4:12 a.m. Friday after speaking for 19 hours and 6 "
    "minutes against a bill that would let upstream states divert more water from the Missouri River basin, the "
    "longest speech in the chamber in more than a decade.",
    "“I said I would stand here as long as my legs held, and they held longer than I thought,” Ellingboe told "
    "reporters as she left the chamber, leaning on an aide. She said she had eaten nothing but two apples and had not "
    "sat down once, as the rules require.",
    "The speech did not stop the bill. The Senate voted 61 to 38 on Friday afternoon to end debate, clearing the way "
    "for a final vote next week. Sen. Curtis Vanderhoek (R-S.D.), the bill’s main sponsor, said the speech had been "
    "“a fine show” but had changed no votes.",
    "“She has every right to talk,” Vanderhoek said, “and we have every right to vote.” The South Dakota Republican "
    "said the bill had the support of seven governors, three of them Democrats.",
    "Ellingboe’s office posted clips of the speech through the night, and several Democrats cheered her on. "
    "“Nineteen hours for the river. Proud to call her my colleague,” Sen. Marcus Ibekwe-Strand (D-Minn.) wrote on X. "
    "Sen. Nadine Castellucci (R-Ariz.), whose state draws on a different river, wrote on X that the speech was “a lot "
    "of talk for a bill that passes anyway.”",
    "Ellingboe, 67, a former rancher and water lawyer in her third term, read letters from farmers and tribal leaders "
    "for much of the night. At one point she held up a jar of brown water from a creek near her family’s ranch.",
    "She said at about 2 a.m. that downstream towns would be left to “argue over the mud.” “This is not a bill about "
    "water. It is a bill about who counts,” she said.",
    "She said she would not try to hold the floor again next week. The 67-year-old said she planned to “sleep for a "
    "day and then count votes.”",
)

STOCKS: tuple[str, ...] = (
    "Ban on lawmakers’ stock trading stalls again as lobbying hits record",
    "WASHINGTON — A bipartisan bill to bar members of Congress from trading individual stocks has stalled in the House "
    "Administration Committee for the third time in four years, even as lobbying on it reached a record $38 million "
    "last year, the nonprofit Open Capitol Project said in a report on Monday.",
    "The bill’s main author, Rep. Delphine Aubertin, D-Vt., accused the committee’s chairman of burying it “without a "
    "hearing, without a vote, without a word.” “If the bill is bad, vote it down in daylight,” she said.",
    "The chairman, Rep. Harold Penhallow-Gage, R-Ga., said through a spokeswoman that the committee was “still "
    "reviewing” the bill and had other priorities this fall.",
    "Much of the spending came from trade groups for investment advisers and brokerages, the report found. Gordon "
    "Feldkamp-Ruiz, a lobbyist whose firm represents the Association of Retail Brokerage Firms, said his clients did "
    "not oppose limits but worried that a ban would push lawmakers’ spouses out of ordinary retirement accounts. "
    "“Nobody is lobbying for members to day-trade,” he said in an interview. “We are lobbying for a bill that a "
    "reasonable person can follow.”",
    "Theodora Sarkissian-Lowe, who studies Congress at the Brackenridge Forum, a think tank in Washington, said such "
    "bills often died in committee because leaders of both parties preferred not to make members vote on them. "
    "“Leaders love this bill in press releases and hate it on the floor,” she said. “A committee is where popular "
    "ideas go to wait.”",
    "The scholar, who worked for a decade as a House committee aide, said the best chance for the ban was a discharge "
    "petition, which needs 218 signatures to force a vote. Aubertin’s petition had 201 on Monday.",
    "Asked whether she had the votes, Aubertin said she was “17 names and one brave Republican leader” short. A "
    "senior Republican aide, who asked not to be named because he was not authorized to speak publicly, said leaders "
    "were unlikely to act before the midterm elections.",
    "Feldkamp-Ruiz said his clients would spend “whatever it takes to get the details right,” and declined to say how "
    "much that would be.",
)

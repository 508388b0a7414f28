"""A thirty-ninth batch of fictional LIVE BLOGS, EXPLAINERS AND Q&A PIECES AS WEB PAGES DELIVER THEM for probing the
quotes: a storm's live page of short timestamped entries (a timestamp on a line of its own, "Updated 10 minutes ago",
a governor who goes on in the next entry, a mayor's video on Facebook, a forecaster who "wrote on X", a president's
post, "Here's what X said about …:" with the quotation in the next block), an election night's live page (entry
headlines between the timestamps and the text, a campaign manager, an elections commissioner's post and the
quotation after it, a video on Instagram, a concession, a political scientist, a former governor on Facebook, a reply
on X), a "what we know so far" explainer of a derailment in bulleted points under question headings, a short
interview printed as questions and answers, and the highlights of a central banker's news conference (topic
headings, "Here's what X said when asked …:", the reaction, a pull quote signed with a dash). Written for these
tests; none is taken from any corpus, and every person, company, town and event in them is made up. The gold is in
test_longform_probes_thirtyninth.py."""

from __future__ import annotations

STORM_LIVE: tuple[str, ...] = (
    "Updated 10 minutes ago",
    "Hurricane Marisol came ashore near Port Calloway, Louisiana, early Thursday as a Category 3 storm, knocking out "
    "power to more than 400,000 customers and pushing a wall of water into low-lying neighborhoods. Follow our live "
    "coverage below.",
    "2:41 p.m. ET",
    "Gov. Renée Broussard-Tate said at an afternoon briefing in Baton Rouge that search teams had pulled 212 people "
    "from flooded homes overnight. “We are still in rescue mode. This is not a recovery operation yet,” she said.",
    "“If you are in Terrebonne Bend or Lower Calloway and you can stay put, stay put,” Broussard-Tate added. “The "
    "water is still rising in places we did not expect.”",
    "2:18 p.m. ET",
    "The National Weather Service said the storm had weakened to a Category 1 hurricane but warned that rainfall "
    "totals of up to 20 inches were possible across southern Mississippi through Friday.",
    "Forecaster Dale Whitcombe of the National Hurricane Center wrote on X that the flooding threat “is far from "
    "over,” adding that rivers would crest “well after the skies clear.”",
    "1:55 p.m. ET",
    "Port Calloway Mayor Felix Arceneaux posted a video on Facebook from the roof of City Hall, where water had "
    "reached the second step of the entrance. “We’ve got boats on every street that’s passable,” he said in the "
    "video. “If you hear a motor, wave a towel, a shirt, anything.”",
    "Arceneaux said later that two people had died in the city, one of them a man whose truck was swept off a flooded "
    "underpass on Highway 90.",
    "1:30 p.m. ET",
    "Residents who rode out the storm described a terrifying night. “The wind sounded like a train that never "
    "stopped,” said Lorna Guidry, 67, who sheltered in a church gymnasium with her two grandsons. “I prayed the whole "
    "time.”",
    "Her neighbor, Tomás Villareal, said he had tied his fishing boat to an oak tree and watched it float level with "
    "his gutters by dawn.",
    "12:47 p.m. ET",
    "Gulfline Power said in a statement that full restoration of power could take up to three weeks in the "
    "hardest-hit parishes. A company spokeswoman, Patrice Dugas, told reporters that crews from 14 states were staged "
    "in Texas and Arkansas. “We can’t put a bucket truck in four feet of water,” Dugas said.",
    "12:10 p.m. ET",
    "President Alan Merriweather said he had approved a major disaster declaration for 11 parishes. “Louisiana, "
    "we’ve got your back,” Merriweather wrote on X. “Help is on the way, and it will stay as long as it takes.”",
    "The Federal Emergency Management Agency’s administrator, Corinne Haddad, said teams had been pre-positioned in "
    "Alexandria and Jackson before the storm.",
    "11:32 a.m. ET",
    "Here’s what Broussard-Tate said about the levees on Thursday morning:",
    "“The federal levees held. Some of our local levees did not, and that is where we are seeing the worst of the "
    "flooding. We have engineers on every one of them right now.”",
    "10:58 a.m. ET",
    "Mississippi Gov. Warren Pickett said on a call with reporters that the coast had been “spared the worst” but "
    "that inland counties faced days of flooding. “Don’t let the sunshine fool you,” Pickett said.",
)

ELECTION_NIGHT: tuple[str, ...] = (
    "Last updated 11:52 p.m. ET",
    "Polls have closed across Virginia, where Republican Curtis Harlan and Democrat Adaeze Okonjo are fighting for "
    "the governor’s mansion in the most expensive race in the state’s history. Here’s the latest.",
    "11:52 p.m.",
    "Okonjo tells supporters to go home and get some sleep",
    "Adaeze Okonjo took the stage in Richmond shortly before midnight and told supporters the race was too close to "
    "call. “We are going to count every single ballot, and we are going to be patient about it,” she said to cheers. "
    "“Go home, get some sleep. We’ll know more tomorrow.”",
    "11:40 p.m.",
    "Harlan campaign: ‘We like where we are’",
    "Harlan’s campaign manager, Brooke Stallings, told reporters at the campaign’s election-night party in Virginia "
    "Beach that the remaining votes were mostly in Republican-leaning counties. “We like where we are. We like the "
    "math,” Stallings said.",
    "11:15 p.m.",
    "State elections commissioner Gail Eversole said in a post on X that about 190,000 mail ballots remained to be "
    "counted and that the count would resume at 9 a.m. Wednesday.",
    "“Every lawful ballot will be counted. That takes time, and that is by design,” Eversole wrote.",
    "10:48 p.m.",
    "Harlan posts a message to supporters",
    "Harlan posted a short video on Instagram from his campaign bus, his voice hoarse after a final day of rallies. "
    "“Whatever happens tonight, I’m proud of the race we ran,” he said. “Virginia, thank you.”",
    "10:30 p.m.",
    "Turnout appears to have topped 2021 levels in the suburbs of Northern Virginia, according to county registrars. "
    "Fairfax County registrar Mohan Iyer-Castillo said lines had stretched out the door at some precincts until well "
    "after polls closed at 7 p.m.",
    "10:02 p.m.",
    "Okonjo’s running mate weighs in",
    "State Sen. Lucinda Marsh-Abbott, the Democratic nominee for lieutenant governor, wrote on Facebook that she was "
    "“cautiously optimistic” and urged volunteers to stay near their phones in case the campaign needed help curing "
    "ballots.",
    "9:41 p.m.",
    "The Associated Press called the race for attorney general for Republican Dwayne Pruitt-Hollis, who defeated "
    "Democrat Sonia Kettleman by about five points. “Tonight Virginia voted for safe streets,” Pruitt-Hollis told "
    "supporters in Roanoke.",
    "Kettleman conceded in a statement. “The voters have spoken, and I respect their decision,” she said, adding that "
    "she had called Pruitt-Hollis to congratulate him.",
    "9:20 p.m.",
    "What the exit polls say",
    "Early exit polls showed the economy as the top issue for nearly four in 10 voters. “This is a pocketbook "
    "election, full stop,” said Marguerite Osei, a political scientist who teaches at the University of Richmond. "
    "She said "
    "Okonjo’s margins in the suburbs were running slightly behind those of the Democrat who won four years ago.",
    "“If she loses, it will be in Loudoun and Prince William, not in Richmond,” Osei said.",
    "8:55 p.m.",
    "Former governor Thaddeus Boone, a Democrat, posted on Facebook that he had voted for Okonjo but called the "
    "party’s closing ads “a mistake.”",
    "Harlan’s spokeswoman, Jenna Folau, responded on X: “Even Democrats know their campaign ran out of ideas.”",
)

WHAT_WE_KNOW: tuple[str, ...] = (
    "A freight train carrying vinyl chloride and other hazardous chemicals derailed Sunday night outside Millbrook "
    "Falls, Ohio, forcing the evacuation of about 2,000 residents. Here is what we know so far, and what we don’t.",
    "What happened",
    "• Thirty-one cars of a Ridgeline Rail freight train left the tracks at about 9:50 p.m. near the river crossing, "
    "the Millbrook Falls fire department said.",
    "• Five of the cars were carrying vinyl chloride, a flammable gas used to make plastics. Fire Chief Norma "
    "Petrakis said crews had let the fire burn itself out rather than risk an explosion.",
    "• No deaths or injuries have been reported. “We were very, very lucky,” Petrakis told reporters at a midnight "
    "briefing.",
    "Is the air safe?",
    "• The Ohio Environmental Protection Agency said its monitors had detected no dangerous levels of vinyl chloride "
    "outside the evacuation zone as of Monday afternoon.",
    "• Some residents are not convinced. “They say it’s safe, but my eyes have been burning since last night,” said "
    "Kayla Ostrowski, who lives three blocks from the tracks.",
    "• Dr. Anil Varghese, a toxicologist at Ohio State University, said short exposures at the levels reported so far "
    "were unlikely to cause lasting harm, but cautioned that residents with asthma should stay away until the area "
    "was cleaned.",
    "When can people go home?",
    "• Gov. Mark Delacroix-Hume said the evacuation order would stay in place at least through Wednesday. Here’s what "
    "he said at a news conference Monday:",
    "“I know people want to go home. I want them to go home. But I am not going to let anyone back into that zone "
    "until the experts tell me it is safe, and they have not told me that yet.”",
    "What the railroad says",
    "• Ridgeline Rail said in a statement that it was “deeply sorry” for the disruption and would open a family "
    "assistance center at the Millbrook Falls public library on Tuesday.",
    "• The company’s chief executive, Graham Oyelaran, wrote in a LinkedIn post that Ridgeline would “make this right "
    "for every family in Millbrook Falls.”",
    "• The railroad has not said what caused the derailment. A union official, Ted Brzezinski of the Brotherhood of "
    "Rail Workers, said members had warned for months that the company was cutting inspection time.",
    "What happens next",
    "• The National Transportation Safety Board is sending a team of investigators. NTSB board member Celia Fonseca "
    "said at a briefing in Washington that a preliminary report would come in about 30 days. “We will not speculate. "
    "We will follow the evidence,” she said.",
    "• Sen. Pamela Worthy, an Ohio Republican, said on Facebook that she would push for new limits on train length. "
    "“Two-mile trains through the middle of our towns are an accident waiting to happen,” she wrote.",
    "What we don’t know",
    "• How much vinyl chloride, if any, reached the river. State officials said water samples were being tested and "
    "results were expected Tuesday.",
    "• Whether the evacuation zone will grow. Petrakis said that would depend on the wind.",
)

TRADE_INTERVIEW: tuple[str, ...] = (
    "Lena Sørby-Kahl became Norway’s chief trade negotiator in March, weeks before Washington threatened tariffs on "
    "Nordic salmon. She spoke with us by video from Oslo on Friday. The interview has been edited for length and "
    "clarity.",
    "Sørby-Kahl, a former fisheries minister, said she remained hopeful that a deal could be reached before the "
    "tariffs take effect on July 1. “I have been in harder rooms than this one,” she said.",
    "Q: The talks broke down on Tuesday. What happened?",
    "A: They did not break down. We paused them. There is a difference, and I think both sides understand it. We had "
    "a disagreement about the inspection regime for farmed fish, and we need a week to consult the industry.",
    "Q: American officials say Norway is stalling.",
    "A: I have heard that. I would say that we have made three offers since April and received one counteroffer. You "
    "can decide who is stalling.",
    "Q: Would Norway retaliate if the tariffs go ahead?",
    "A: We do not want a trade war with our closest ally. But no government can accept a 25 percent tariff on its "
    "second-largest export and do nothing.",
    "Q: Has the European Union offered support?",
    "A: The commission has been very helpful. Commissioner Hartmann called me the day the tariffs were announced and "
    "said Brussels would stand with us.",
    "Following the interview, a spokesperson for the U.S. Trade Representative said in an email that Washington "
    "“remains open to a fair deal” but that Norway’s offers had not addressed American concerns about subsidies.",
    "Sørby-Kahl said in a follow-up message on Saturday that she expected talks to resume “within days.”",
)

FED_HIGHLIGHTS: tuple[str, ...] = (
    "The Federal Reserve held interest rates steady on Wednesday for a third straight meeting, and Chair Harold Vance "
    "told reporters the central bank was in no rush to cut. Here are the highlights from his news conference.",
    "On inflation",
    "Vance said price growth had cooled “meaningfully” over the past year but remained above the Fed’s 2 percent "
    "target. “We are not there yet. We can see it from here, but we are not there,” he said.",
    "On rate cuts",
    "Asked whether a cut in June was possible, Vance said: “I wouldn’t take anything off the table, and I wouldn’t "
    "put anything on it either.”",
    "He said most officials still expected to lower rates at some point this year, pointing to the committee’s new "
    "projections, which showed a median of two cuts.",
    "On the job market",
    "Here’s what Vance said when asked about the rise in unemployment to 4.3 percent:",
    "“I’d call it a normalization, not a deterioration. Layoffs remain low. Hiring has slowed. If that changes, we "
    "are prepared to respond.”",
    "On tariffs",
    "Vance declined to comment directly on the White House’s new tariffs on imported steel and aluminum, saying it "
    "was not the Fed’s role to judge trade policy. But he acknowledged that the duties could push up prices “at least "
    "for a while.”",
    "The reaction",
    "President Alan Merriweather, who has pushed for lower rates for months, wrote on X shortly after the news "
    "conference that the Fed was “asleep at the wheel.”",
    "Senator Rosa Villanueva-Pike, a Democrat on the Banking Committee, said in a statement that Vance had “done the "
    "right thing by ignoring the noise.”",
    "Markets barely moved. “He gave the market exactly nothing, which is what the market expected,” said Priyanka "
    "Raman-Doyle, chief U.S. economist at Halvorsen Capital. She said traders were still betting on a first cut in "
    "September.",
    "In a video posted to Instagram, Representative Colby Strand, a Republican from Iowa, said farmers in his "
    "district could not wait until September. “Every month of high rates is another month of borrowing costs on "
    "seed and equipment,” he said.",
    "Quote of the day",
    "“We are not going to be rushed by politics. Not now, not ever.” — Fed Chair Harold Vance",
)

"""A hundred-and-ninth batch of fictional stories for probing the quotes, in the manner of A US SENATE GENERAL-ELECTION
RACE IN A SWING STATE, ITS ATTACK ADS AND A FIGHT OVER ONE CANDIDATE'S BUSINESS RECORD, in a made-up election year, as
the wires, political web sites and state papers write it, in short paragraphs. The earlier US campaign batches had a
Senate debate, primaries, a presidential debate, ballot measures and ads fought on X; none had a general election
fought over a nominee's years as a chief executive, a plant she closed, the former worker who speaks in an ad against
her and her pay that year. A super PAC's ad in Michigan (the former worker who "says in the 30-second spot", a narrator
"saying", the PAC's spokesman "in a statement" whose quotation opens with the nominee's full name, the nominee's
spokeswoman "said in an email" and "wrote", "has said she", her rival "D-Mich." and "he told reporters" after a
quotation about "she", the company "in a statement", records that "show", a strategist "who was not authorized to speak
publicly"); both candidates on the stump ("told supporters at a rally in", "Sen. X, R-Ohio, who called her …",
"accused X of", "called her plan", a governor "who said he had", a quotation that opens a paragraph and is attributed in
the next sentence, "Asked whether …, he said", a campaign manager "in a statement", a retired nurse); a poll
("according to a … poll released Tuesday", "It found"), its director, a political scientist at a state university with
a cue in mid-sentence, the state party chairman who "wrote on Twitter", the other party's chairwoman who "called" it
something, both campaigns' spokespeople, an official "who was not authorized to speak publicly", "has said he" and
"has called"; and the president weighing in ("telling a union audience", "the president said"), the nominee who
"wrote on Twitter" and speaks "In an interview with" a paper, filings that "show", the plant's former union president,
a congresswoman "R-Mich.", a White House official and a PAC that "said Thursday". The two candidates are a woman and a
man, so "she" and "he" chains cross paragraphs where both are named. Written for these tests; none is taken from any
corpus, and every person, campaign, PAC, company, polling firm, university and paper in them is made up (the states,
cities and kinds of bodies are real). The gold is in test_longform_probes_hundredninth.py."""

from __future__ import annotations

AD: tuple[str, ...] = (
    "Super PAC ad hits Stalloway-Pruitt over the Saginaw plant she closed",
    "LANSING, Mich. — A Democratic super PAC began airing a television ad Tuesday that features a former worker at "
    "the Saginaw axle plant that Republican Senate nominee Renata Stalloway-Pruitt closed in 2031, opening a new "
    "front in one of the most expensive Senate races in the country.",
    "“I gave that company 23 years. She gave us a Friday afternoon,” Sharla Demming-Kowalczyk says in the 30-second "
    "spot, standing in front of the shuttered plant.",
    "Demming-Kowalczyk, who ran a press line at the Corvane Axle Systems plant, says in the ad that about 600 workers "
    "learned of the closing from a notice taped to the time clock.",
    "The ad, paid for by Huron Futures PAC, ends with a narrator saying that Stalloway-Pruitt “got a bonus, and "
    "Saginaw got the bill.”",
    "“Renata Stalloway-Pruitt wants to run Michigan the way she ran Corvane: for herself,” Calloway Betancourt-Nyhus, "
    "a spokesman for the PAC, said in a statement. “Michigan workers deserve to hear from the people who paid the "
    "price.”",
    "Betancourt-Nyhus said the group would spend $4.5 million to air the ad in the Detroit, Flint and Grand Rapids "
    "markets through Labor Day.",
    "The Stalloway-Pruitt campaign called the ad “a lie paid for by Washington.” Tamsin Albrecht-Oduya, a campaign "
    "spokeswoman, said in an email that the plant had lost money for six straight years before it closed and that "
    "the company had offered every worker severance and retraining.",
    "“Renata saved 2,000 jobs in Michigan by making hard choices at one plant,” Albrecht-Oduya wrote. “Garrick "
    "Oyelaran-Fitch has never made a payroll in his life.”",
    "Stalloway-Pruitt, who ran Corvane for nine years before stepping down in 2034, has said she is proud of her "
    "record at the company, and she has made it the center of her campaign.",
    "Her opponent, Rep. Garrick Oyelaran-Fitch, D-Mich., said the ad told “the story she doesn’t want told.”",
    "“She keeps talking about the jobs she saved. Go ask the people in Saginaw about the jobs she shipped to "
    "Monterrey,” he told reporters after an event at a union hall in Bay City.",
    "Corvane Axle Systems, which is now owned by a German supplier, said in a statement that it does not comment on "
    "political campaigns.",
    "Federal campaign finance records show that Huron Futures PAC has raised $19 million this cycle, most of it from "
    "two labor unions and a Michigan developer.",
    "A Republican strategist working on the race, who was not authorized to speak publicly about the campaign’s "
    "internal polling, said the campaign had expected the plant to come up “since the day she filed.”",
)

STUMP: tuple[str, ...] = (
    "On the stump, Stalloway-Pruitt and Oyelaran-Fitch trade charges over jobs, taxes and China",
    "GRAND RAPIDS, Mich. — Renata Stalloway-Pruitt told supporters at a rally in Grand Rapids on Saturday that her "
    "opponent had “spent 12 years in Congress voting for every tax increase that came across his desk.”",
    "She was joined on stage by Sen. Bartholomew Kinsella-Rudd, R-Ohio, who called her “the only candidate in this "
    "race who has ever signed the front of a paycheck.”",
    "“I ran a company with 4,000 employees and plants in three states. I know what it takes to bring a job back,” "
    "Stalloway-Pruitt said. “Garrick knows what it takes to give a speech about it.”",
    "She accused Oyelaran-Fitch of voting to send “billions of your dollars” to electric-vehicle companies that built "
    "their batteries in China, and she said she would push for tariffs on Chinese auto parts in her first year.",
    "Two hours later and 60 miles away, Oyelaran-Fitch told a crowd of autoworkers in Lansing that Stalloway-Pruitt’s "
    "tariff plan was “a tax on every family that buys a car.”",
    "He called her plan to cut the corporate tax rate “a gift to every company that ever closed a Michigan plant,” and "
    "he said she had never explained how she would pay for it.",
    "“She says she saved jobs. I say ask Saginaw,” he said. “I’ll stand on my record in this state any day of the "
    "week.”",
    "Oyelaran-Fitch was introduced by Gov. Yolanda Brightwater-Mensah, who said he had “fought for the Soo Locks when "
    "nobody in Washington could find them on a map.”",
    "“Nobody is going to buy this seat.” The governor said it twice, the second time to the loudest cheer of the "
    "night.",
    "After the rally, Oyelaran-Fitch took questions from reporters. Asked whether he would accept help from Huron "
    "Futures PAC, he said he “can’t control what outside groups do” and did not know who had paid for the ad.",
    "Stalloway-Pruitt’s campaign manager, Evander Holtzclaw-Amari, said in a statement that the congressman “can’t "
    "run from his voting record by running ads about hers.”",
    "The Stalloway-Pruitt campaign said it would hold 40 events in the last 10 days of the race.",
    "Dolores Fennimore-Riggs, a retired nurse from Wyoming, Mich., said she had voted for Democrats most of her life "
    "but would vote for Stalloway-Pruitt because “somebody has to know how to read a balance sheet.”",
)

POLL: tuple[str, ...] = (
    "Poll finds Michigan Senate race tied as attack ads pile up",
    "The Michigan Senate race is a dead heat, according to a Straitsview Research poll released Tuesday, with "
    "Oyelaran-Fitch at 46 percent and Stalloway-Pruitt at 45 percent among likely voters.",
    "The poll of 812 likely voters, taken Aug. 20-24, has a margin of error of 3.4 percentage points. It found that "
    "52 percent of voters had seen an ad about Stalloway-Pruitt’s business record.",
    "“The plant ad moved people, but not very far,” said Harriet Okonjo-Vail, Straitsview’s director of polling. "
    "“Voters who already disliked her like her less. Voters who liked her are not moving.”",
    "Okonjo-Vail said independents in Macomb and Kent counties had shifted toward Oyelaran-Fitch by four points since "
    "June, within the poll’s margin of error.",
    "Prakash Whitcombe-Ilves, a political scientist at Lakeshore State University, said the business record cut both "
    "ways. Voters in the Detroit suburbs, he said, tend to see a chief executive as competent, while voters in "
    "Saginaw and Flint see the same record as a betrayal.",
    "“She is running as the woman who can fix things, and he is running as the man who was there when she broke "
    "them,” Whitcombe-Ilves said. “Whichever story sticks in October wins.”",
    "Warrick Pendergast-Lowe, chairman of the Michigan Republican Party, wrote on Twitter that the poll “undercounts "
    "rural voters, like every poll in this state since 2016.”",
    "The chairwoman of the Michigan Democratic Party, Ilona Szabrowski-Kent, called the poll “a wake-up call for "
    "anyone who thinks this race is over” and said the party would open 15 more field offices.",
    "Tamsin Albrecht-Oduya, a spokeswoman for Stalloway-Pruitt, said in an email that the campaign’s own polling "
    "showed her ahead “by a margin that would make Garrick nervous.”",
    "“We don’t comment on internal polling, but we like where we are,” said Nikolai Ferrante-Sowa, a spokesman for "
    "Oyelaran-Fitch.",
    "A Democratic official familiar with the campaign’s plans, who was not authorized to speak publicly, said the "
    "congressman would begin airing his own ad about the Saginaw plant next week.",
    "Oyelaran-Fitch has said he will not take money from corporate PACs, a pledge Stalloway-Pruitt has called “a "
    "stunt by a man whose friends run super PACs.”",
)

PRESIDENT: tuple[str, ...] = (
    "President wades into Michigan Senate race as fight over Stalloway-Pruitt’s pay widens",
    "DETROIT — President Harlan Quist-Abernathy waded into the Michigan Senate race on Thursday, telling a union "
    "audience in Detroit that Republican Renata Stalloway-Pruitt had “made her money closing the plants your parents "
    "built.”",
    "“I don’t usually do this in a Senate race. I’m doing it in this one,” the president said. “Garrick "
    "Oyelaran-Fitch has been with you on every vote that mattered.”",
    "Stalloway-Pruitt answered within the hour. “The president flew in from Washington to lecture Michigan about "
    "jobs. I’ve created more of them than his whole Cabinet combined,” she wrote on Twitter.",
    "In an interview with the Petoskey Ledger, she said the president’s visit showed that Democrats were “scared of a "
    "woman who has actually run something.”",
    "She also said she would release her tax returns for the nine years she ran Corvane Axle Systems, something she "
    "had refused to do through the primary.",
    "Filings with the Securities and Exchange Commission show that Stalloway-Pruitt received a $3.1 million bonus in "
    "the year the Saginaw plant closed.",
    "Her campaign said the bonus was tied to the company’s stock price, not to the closing. “Renata’s pay went down "
    "the year after, when the stock did,” spokeswoman Tamsin Albrecht-Oduya said.",
    "Terrence Wojcik-Abara, who was president of the plant’s union local when it closed, said in an interview that "
    "the company had asked workers for wage concessions months before the closing and then “took the concessions and "
    "closed it anyway.”",
    "Oyelaran-Fitch, speaking to reporters in Detroit after the president’s speech, said the bonus showed “exactly "
    "whose side she was on.”",
    "Rep. Lucinda Harrowgate-Bey, R-Mich., said the president’s visit would backfire in the Upper Peninsula. “Up "
    "north, people don’t like being told how to vote by anybody, least of all a president,” she said.",
    "A White House official, who was not authorized to speak publicly about the president’s schedule, said "
    "Quist-Abernathy would return to Michigan at least twice before November.",
    "The president has said he will campaign in every state with a competitive Senate race, and aides say that list "
    "now runs to nine states.",
    "Huron Futures PAC said Thursday it would add a second ad featuring Wojcik-Abara.",
)

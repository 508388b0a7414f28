"""A hundred-and-first batch of fictional stories for probing the quotes, in the manner of US STATE BALLOT-MEASURE
CAMPAIGNS IN AN ELECTION YEAR as the wires, political web sites and state capitals' papers write them, in short
paragraphs of one to three sentences: a Nebraska minimum-wage initiative (the campaign manager at a rally, "supporters
… said", the opposing committee and its spokeswoman with "The measure, Haldeway-Stokes argued, would …", filings and
records that "show", the governor "calling it", a poll that "found" and "according to the pollster", two Senate
candidates, one "asked whether she supported the measure", a shelf stocker at the rally); a Colorado tax on
short-term rentals referred by the Legislature (the governor who endorses it, the state senator who sponsored it,
named again as "the senator", with "In his own county, he said, …", "Opponents call", the opposing committee "in a
statement" and its spokeswoman, records filed with the secretary of state, "according to" a political scientist at a
state university who "noted", a candidate for attorney general asked about it and "Her campaign said", a lift
mechanic); a Missouri sports-betting amendment (records that "show", "Backers say", the campaign manager, "The
campaign said in a statement" and "It accused", a casino company that "did not respond", the opposing committee's
spokeswoman with "The measure, she argued, …", the governor's spokesman and "the governor said", two Senate nominees
in a debate, "According to a poll by …" and the firm's director, a professor of government); and a South Dakota
open-primary amendment (its chief backer, a party chairman who "called" it something and the party "in a fundraising
email", records, "The campaign said in a statement", the secretary of state named again as "the secretary", "according
to" a political scientist and "In South Dakota, he said, …", a House candidate "asked whether he would vote for" it, a
retired mail carrier at a rally). Written for these tests; none is taken from any corpus, and every person,
committee, campaign, company, polling firm and university in them is made up (the states, cities and kinds of bodies
are real)."""

from __future__ import annotations

WAGE: tuple[str, ...] = (
    "Nebraska wage measure breaks spending record as both sides court rural voters",
    "LINCOLN, Neb. (AP) — Supporters of a ballot measure that would raise Nebraska’s minimum wage to $16 an hour by "
    "2029 said Tuesday they had collected more money than any initiative campaign in the state’s history.",
    "“Working people in this state have waited long enough, and they are done waiting for the Legislature,” said "
    "Dalia Fenstermacher-Ruiz, the campaign manager for Raise the Wage Nebraska, at a rally outside the Capitol.",
    "Initiative 436 would raise the wage from $13.50 in steps of $1 a year. Fenstermacher-Ruiz said the campaign had "
    "knocked on 210,000 doors since June.",
    "The opposing committee, Nebraskans for Local Jobs, says the increase would force small employers in rural "
    "counties to cut hours. “A diner in Ogallala is not a hotel in Omaha, and this measure treats them the same,” "
    "said Corinne Haldeway-Stokes, the committee’s spokeswoman.",
    "Campaign finance filings show the committee has raised $2.1 million, most of it from the state restaurant "
    "association and two grocery chains. Records show Raise the Wage Nebraska has raised $4.7 million, including $1.9 "
    "million from national labor unions.",
    "Gov. Lyle Brandstetter-Haas, a Republican, said last week that he would vote against the measure, calling it “a "
    "one-size-fits-all mandate written by people who have never signed the front of a paycheck.”",
    "The measure, Haldeway-Stokes argued, would also tie future increases to inflation with no way for lawmakers to "
    "pause them in a recession.",
    "A poll by Platte River Research released Monday found 58 percent of likely voters backing the measure and 34 "
    "percent opposed. Support was strongest among women under 45, according to the pollster, Norma Quickenden.",
    "“Wage increases poll well until the final two weeks, when the other side’s ads start running,” Quickenden said. "
    "“Fifty-eight is a good number, but it is not a safe one.”",
    "Asked whether she supported the measure, Senate candidate Maribel Oxendine-Pruitt, a Democrat, said she would "
    "vote for it but did not think it went far enough on paid leave. Her Republican opponent, Warren Tolliday-Brecht, "
    "told reporters in Kearney that he had “not made up his mind.”",
    "At the rally, Garrick Pomeroy-Sandoval, 52, who stocks shelves at a grocery in Grand Island, said he works two "
    "jobs. “I am not asking for a handout. I am asking to be able to quit one of them,” he said.",
)

RENTALS: tuple[str, ...] = (
    "Governor backs tax on short-term rentals to pay for housing as opponents cry foul",
    "DENVER — Gov. Esperanza Lindqvist-Amador on Thursday endorsed Proposition 127, a ballot measure that would tax "
    "short-term vacation rentals to pay for affordable housing, calling it “the fairest money this state will ever "
    "raise.”",
    "“Every family that rents a cabin in the mountains for a weekend will pay a little, and every family that cleans "
    "those cabins will be able to live in the town where they work,” the governor said at a news conference in "
    "Frisco.",
    "The measure was referred to the ballot by the Legislature in May after a bill sponsored by state Sen. Thaddeus "
    "Okafor-Lindgren, a Democrat from Summit County, passed on a party-line vote.",
    "Okafor-Lindgren said the tax, 6 percent on each night’s stay, would raise about $180 million a year. In his own "
    "county, he said, a teacher now spends more than half of her pay on rent.",
    "“We are not punishing anyone for owning a second home,” the senator said. “We are asking the people who profit "
    "most from tourism to help house the people who make tourism possible.”",
    "Opponents call the measure a tax on the middle class. Colorado Homeowners for Fair Taxes, the committee fighting "
    "it, said in a statement that many of the state’s 41,000 short-term rentals are owned by retirees who rent out a "
    "basement or a spare room.",
    "“This is a grandmother renting her basement to pay her property taxes,” said Priya Vandersloot-Kane, the "
    "committee’s spokeswoman. “The Legislature could not pass this honestly, so it is asking voters to do it.”",
    "Records filed with the secretary of state show the committee has raised $3.4 million, nearly all of it from a "
    "national association of vacation rental companies. Vandersloot-Kane said the group had also received “hundreds "
    "of small checks from Colorado hosts.”",
    "The measure faces a steeper climb than its sponsors admit, according to Harlan Buckwalter-Yi, a political "
    "scientist at Front Range State University. Colorado voters have rejected four of the last five statewide tax "
    "increases on the ballot, he noted.",
    "“Housing is popular and taxes are not, and this measure has both in it,” Buckwalter-Yi said. “Which word the "
    "voters hear in October decides it.”",
    "Asked whether she would vote for Proposition 127, the Republican candidate for attorney general, Dana "
    "Featherstonhaugh, said she had “serious concerns” about how the money would be spent. Her campaign said later in "
    "a statement that she would decide “after reading the fine print.”",
    "Tomasz Greenhalgh-Ortiz, a ski lift mechanic who came to the news conference, said he has moved four times in "
    "three years. “Every time the lease is up, the house becomes a rental for tourists,” he said.",
)

BETTING: tuple[str, ...] = (
    "Sports teams pour millions into Missouri betting measure; casino money funds the opposition",
    "ST. LOUIS, Oct 14 (Reuters) - The campaign to legalize sports betting in Missouri has spent more than $31 million "
    "on television ads since August, nearly all of it from the state’s professional sports teams, campaign finance "
    "records show.",
    "Amendment 6 would let Missourians bet on games through licensed mobile apps and at the state’s 13 casinos, with "
    "the tax money going to public schools. Backers say it would bring in $105 million a year; an estimate by the "
    "state auditor put the figure closer to $28 million.",
    "“Missourians are already betting. They drive to Kansas to do it, and Kansas keeps the money,” said Jerome "
    "Achterfeld-Boyce, the campaign manager for Winning for Missouri Schools, the committee behind the measure.",
    "The campaign said in a statement on Monday that its ads had been “checked line by line” against the auditor’s "
    "figures. It accused opponents of “hiding behind a casino company’s checkbook.”",
    "That company is Lakeshore Gaming Group, which owns two of the state’s casinos and has given $14 million to the "
    "opposing committee, Missourians Against the Betting Amendment, filings show. The company did not respond to a "
    "request for comment.",
    "Renata Castellanos-Whitby, a spokeswoman for the opposing committee, said the amendment was written to favor the "
    "teams. The measure, she argued, would give each team a license of its own while the casinos had to compete for "
    "the rest.",
    "“This is not about whether you can bet on a ballgame. It is about who gets to write the rules,” "
    "Castellanos-Whitby said.",
    "Gov. Benedict Ashcombe-Rao has not taken a position on the measure, a spokesman said. Asked about it at a bill "
    "signing in Joplin on Friday, the governor said voters were “smart enough to sort this out without my help.”",
    "Asked during Tuesday’s debate in Springfield whether she would vote for Amendment 6, Democrat Annaliese "
    "Thornbury-Carver said she would, “as long as the schools actually see the money.” Her Republican opponent, Rep. "
    "Walton Ferraby-Quist, said he opposed it because it would “put a casino in every teenager’s pocket.”",
    "According to a poll by Gateway Civic Research, 49 percent of likely voters support the measure and 44 percent "
    "oppose it, within the survey’s margin of error. The firm’s director, Otis Kettleridge, said support had fallen "
    "six points since the ads began.",
    "“People like the idea of school money. They like it less when the ad tells them who is paying for it,” "
    "Kettleridge said.",
    "Mira Santangelo-Webb, who teaches government at Ozark Plains State University, said the fight between teams and "
    "casinos had left ordinary voters out of the argument. “Both sides are telling voters that the other side is a "
    "billionaire, and both sides are right,” she said.",
)

PRIMARY: tuple[str, ...] = (
    "South Dakota’s open-primary fight turns on one question: who gets to vote in June?",
    "PIERRE, S.D. — The secretary of state’s office has certified Amendment J for the November ballot, setting up a "
    "fight over whether South Dakota should replace its party primaries with a single primary open to every voter.",
    "The amendment’s chief backer, former state Sen. Ingrid Bauernfeind-Lowry, who chairs Open Primaries South Dakota, "
    "said Wednesday that a third of the state’s voters are registered as independents and cannot vote in a Republican "
    "or Democratic primary. “They pay for those elections. They just aren’t allowed in,” she said.",
    "Under the measure, the top two finishers in each race, regardless of party, would advance to November. "
    "Bauernfeind-Lowry, a Republican who served three terms, said the change would reward candidates who “talk to "
    "everybody and not just the loudest 15 percent.”",
    "The state Republican Party has voted to oppose it. Its chairman, Clement Vosburgh-Hale, called the amendment “a "
    "scheme to let Democrats pick Republican nominees,” and the party said in a fundraising email that the measure was "
    "“bankrolled by out-of-state billionaires.”",
    "Records show the largest donor to the campaign for the amendment is a Washington-based group that backs open "
    "primaries, which has given $2.6 million. The campaign said in a statement that more than 6,000 South Dakotans had "
    "also given, most of them less than $100.",
    "Secretary of State Doreen Amsel-Whitcombe, who oversees elections, has stayed neutral. But the secretary told "
    "lawmakers last month that counties would need new ballots and more poll workers if the amendment passes, at a "
    "cost of about $1.8 million.",
    "Open primaries have passed in some states and failed in others, according to Lucas Ferreira-Dahl, a political "
    "scientist at Dakota Prairie State University. In South Dakota, he said, the result may come down to how many "
    "independents turn out at all.",
    "“Independents are the people this is written for, and they are the people least likely to vote,” Ferreira-Dahl "
    "said. “That is the whole paradox of it.”",
    "Asked whether he would vote for Amendment J, Rep. Dusty Kjellberg-Moss, the Republican running for the state’s "
    "lone U.S. House seat, said he would not. “I don’t think we fix politics by making the ballot more confusing,” he "
    "said.",
    "At a rally for the amendment in Sioux Falls on Saturday, about 200 people stood in the cold. Wilma "
    "Threadgill-Arneson, 67, a retired rural mail carrier and registered independent, said she had not voted in a "
    "primary since 1994. “I got tired of being told to pick a team,” she said.",
)

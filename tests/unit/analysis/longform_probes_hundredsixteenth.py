"""A hundred-and-sixteenth batch of fictional stories for probing the quotes, in the manner of US ELECTION NEWS as the
wires and state papers write it, in many short paragraphs: A RECOUNT IN A CLOSE RACE AND THE FIGHT OVER PROVISIONAL
BALLOTS, in a made-up election year. No batch before has a recount; the hundred-and-first has ballot measures and the
hundred-and-ninth a Senate race's attack ads. An open House seat in central Florida ends election week 212 votes
apart, and the stories follow the secretary of state who orders the machine recount ("the state's top elections
official said" in the lede, named next), the two candidates (a woman and a man, "she" and "he" in turn, a rally's
words and a debate's lines quoted in one sentence), their campaign managers and lawyers, a county supervisor of
elections and the canvassing board's chairman, voters in line to fix their provisional ballots ("Asked whether …, he
shrugged"), a circuit judge's written order ("she wrote"), a party chairman who "warned" and one who "claimed", an
election-law professor, "a person familiar with the talks", an anonymous aide and "X's campaign" and its statements
as a speaker. Written for these tests; none is taken from any corpus, and every person, wire, university and party
official in them is made up (the state, its counties, towns and kinds of bodies are real). The gold is in
test_longform_probes_hundredsixteenth.py."""

from __future__ import annotations

COUNT: tuple[str, ...] = (
    "Florida House race heads to a recount with 212 votes between the candidates",
    "DAYTONA BEACH, Fla. (Coastal Wire) — The race for an open U.S. House seat in central Florida will go to a "
    "recount, the state’s top elections official said Thursday, after the last unofficial tally left Republican "
    "Joanna Stenholm ahead of Democrat Travis Kemmerer by 212 votes out of more than 381,000 cast.",
    "Secretary of State Cecilia Norrgard ordered the machine recount in the morning. “The margin is well inside the "
    "half a percentage point the law sets, so there is no decision for me to make,” Norrgard said in a statement. "
    "“The counties will run every ballot through the machines again.”",
    "Under Florida law, a margin of less than half a percentage point sets off a machine recount, and a margin of "
    "less than a quarter of a point after it sets off a hand count of ballots the machines could not read.",
    "Kemmerer, 44, a former Navy pilot and Volusia County commissioner, told supporters at a union hall in Deltona on "
    "Wednesday night that he was “not conceding a single ballot.”",
    "“We are going to count every vote, and then we are going to count them again, because that is what the law "
    "says,” he said, to cheers.",
    "Stenholm, 52, a state senator and former real estate broker, told reporters outside her campaign office in "
    "Ormond Beach that the race was over “in every way that matters.” “The voters have spoken. They spoke on "
    "Tuesday,” she said. “A recount is the law, and we will respect it, but it is not going to turn 212 votes into a "
    "loss.”",
    "Kemmerer’s campaign manager, Danielle Avakian, accused the Stenholm campaign of trying to “declare victory before "
    "the counting is done.” She said the campaign had found more than 900 provisional ballots in Volusia and Flagler "
    "counties that had not yet been reviewed.",
    "“Those are voters who stood in line. They deserve an answer,” Avakian said.",
    "Brett Sulkowski, who manages Stenholm’s campaign, said the Democrats were “looking for votes in the couch "
    "cushions.” He told reporters that most of the provisional ballots would be rejected under the law “and "
    "everybody in this room knows it.”",
    "The Florida Democratic Party is sending about 60 lawyers and volunteers to the two counties. “We have been here "
    "before in this state, and we are not going to be outworked,” said its chairman, Raymond Touchette.",
    "A Stenholm aide, who spoke on the condition of anonymity because the aide was not authorized to discuss "
    "strategy, said the campaign had quietly hired a Tallahassee law firm two weeks before Election Day in case the "
    "race came down to a recount.",
    "The two candidates met only once, in an Oct. 14 debate in Daytona Beach, where Stenholm said Kemmerer “has never "
    "met a tax he didn’t want to raise” and Kemmerer called her “a rubber stamp for whoever is shouting loudest in "
    "Tallahassee.”",
    "Stenholm’s campaign said in a statement late Thursday that it “welcomes the recount and expects it to confirm "
    "what the voters decided.”",
    "The recount must be finished by noon on Nov. 15, according to the secretary of state’s office.",
)

PROVISIONAL: tuple[str, ...] = (
    "In Volusia County, a line of voters and a fight over 1,140 provisional ballots",
    "DELAND, Fla. (Coastal Wire) — By 8 a.m. Friday, the line outside the Volusia County elections office stretched "
    "past the courthouse steps, and most of the people in it had one thing in common: their ballots had not yet been "
    "counted.",
    "Curtis Brekkestad, 67, a retired bus mechanic from DeBary, said he had cast a provisional ballot on Tuesday "
    "because a poll worker could not find his name on the rolls. “I have voted in that same church for 30 years,” "
    "Brekkestad said. “Now they tell me I have to come down here and prove I exist.”",
    "Behind him, Yesenia Paredes, a 24-year-old nursing student, said she had received a text message from the "
    "Kemmerer campaign telling her that her signature did not match the one on file. “Nobody told me at the polls,” "
    "she said.",
    "The county’s supervisor of elections, Rhonda Gilliard, said 1,140 provisional ballots had been cast in Volusia, "
    "about twice as many as in the last midterm election. Voters whose ballots were flagged have until 5 p.m. "
    "Saturday to bring identification or sign an affidavit, she said.",
    "“We are not going to rush this, and we are not going to drag it out,” Gilliard told reporters. “The law gives us "
    "a deadline, and we will meet it.”",
    "The three-member canvassing board, which decides which provisional ballots are counted, met in a glass-walled "
    "room on the second floor while lawyers for both campaigns watched from rows of folding chairs.",
    "County Judge Albert Pruneda, who chairs the board, warned both sides at the outset that the board would not "
    "hear “speeches.” “If you have an objection to a ballot, make it to that ballot,” he said.",
    "Gregory Fensterwald, a lawyer for the Stenholm campaign, objected to 74 ballots cast by voters who had gone to "
    "the wrong precinct. He argued that Florida law does not allow such ballots to be counted, “however sympathetic "
    "the voter.”",
    "Miriam Castagnoli, who represents Kemmerer, said poll workers, not the voters, had sent many of those people to "
    "the wrong table. “You cannot punish a voter for following the instructions of the person in the vest,” she told "
    "the board.",
    "The board voted 2-1 to reject 61 of the 74 ballots and to count the other 13.",
    "Ingrid Tremblett, who teaches election law at Gulfmoor University in Orlando, said fights over provisional "
    "ballots have become the main event in close races. “The machine recount almost never moves more than a few dozen "
    "votes,” Tremblett said. “The provisionals are where a 212-vote race is actually decided, if it is decided "
    "anywhere.”",
    "By the afternoon, the line had thinned. Brekkestad was still in it. Asked whether he would wait, he shrugged. "
    "“I have nowhere else to be,” he said.",
)

COURT: tuple[str, ...] = (
    "Judge orders county to count 48 provisional ballots in Florida House recount",
    "TALLAHASSEE, Fla. (Coastal Wire) — A state judge on Monday ordered Volusia County to count 48 provisional "
    "ballots that its canvassing board had rejected, handing Democrat Travis Kemmerer a narrow legal win in a House "
    "race he still trails by fewer than 200 votes.",
    "In a nine-page order, Circuit Judge Loretta Brinkerhoff wrote that the voters had “done everything the law asked "
    "of them” and that the mistake was the county’s. “A voter who is sent to the wrong table by a poll worker has not "
    "voted in the wrong precinct,” she wrote.",
    "The judge gave the county until Wednesday to count the ballots and said she would not put her order on hold "
    "while the Stenholm campaign appealed.",
    "Stenholm’s campaign said it would appeal to the 5th District Court of Appeal. In a statement released by the "
    "campaign, Sulkowski said the judge had “rewritten the election code from the bench.” “We will appeal, and we "
    "expect to win,” he said.",
    "Stenholm, speaking to about 200 supporters at a church fellowship hall in Port Orange on Sunday night, before "
    "the ruling, said Democrats were “trying to win in a courtroom what they lost at the ballot box.” “I trust the "
    "people of this district. I wish my opponent did,” she said.",
    "Kemmerer told reporters in DeLand that the ruling was “a win for 48 people, not for me.” He declined to say "
    "whether he would concede if the recount left him behind.",
    "Lawyers for the two campaigns have been talking since the weekend about limiting the number of ballots each side "
    "would challenge, according to a person familiar with the talks, who spoke on the condition of anonymity because "
    "the talks were private. The person said the two sides had not agreed on anything and that the Stenholm campaign "
    "had walked out of one call on Saturday.",
    "Castagnoli would not confirm the talks. “We talk to the other side every day. That is what lawyers do,” she said.",
    "Norrgard, the secretary of state, said her office would certify the results on Nov. 21 “whatever the courts are "
    "doing by then.” A spokesman for her office, Wade Boudreaux, said later that the secretary was describing the "
    "legal deadline, not taking sides.",
    "Tremblett, the Gulfmoor election-law professor, was not surprised by the ruling. “The judge was careful. She did "
    "not say every rejected provisional counts. She said these 48 do,” she said.",
    "The chairman of the Volusia County Republican Party, Dale Hixenbaugh, claimed that the ruling would “open the "
    "door to every sloppy ballot in the state.”",
)

RESULT: tuple[str, ...] = (
    "After recount and court fight, Stenholm wins Florida House seat by 137 votes",
    "DAYTONA BEACH, Fla. (Coastal Wire) — Republican Joanna Stenholm won an open U.S. House seat in central Florida "
    "by 137 votes, state officials said Tuesday, after a machine recount, a hand count and a court fight over "
    "provisional ballots narrowed her lead but did not erase it.",
    "Democrat Travis Kemmerer conceded in a phone call to Stenholm on Tuesday morning, his campaign said. In a speech "
    "to supporters in Deltona an hour later, he said he had asked for the recount “because the margin demanded it, "
    "not because I thought I would win it.”",
    "“Every one of those ballots was looked at by a human being. I can live with that,” Kemmerer said. “I can’t live "
    "with not having asked.”",
    "Stenholm thanked him in a post on social media and said she would be “a congresswoman for the people who voted "
    "against me, too.” Speaking to reporters later, she said the recount had been “exhausting but fair” and praised "
    "the county’s elections workers.",
    "Of the 48 ballots the judge ordered counted, 31 went to Kemmerer, according to a tally kept by his campaign.",
    "“We said on election night that 212 votes was a real lead, and it was,” Sulkowski said.",
    "In Volusia County, Gilliard said the hand count had taken 41 hours over four days and had cost the county about "
    "$180,000. “Two days is not enough when you have a thousand of them,” she said.",
    "Touchette, the Democratic chairman, warned that the party would push for a change in the law on wrong-table "
    "ballots before the next election. “Forty-eight people almost lost their votes because of where a poll worker "
    "pointed,” he said.",
    "Paredes, the nursing student whose ballot was counted after she signed an affidavit, said she had not known "
    "until Tuesday who won. “I just wanted to know that mine was in there,” she said. “It was. That’s enough.”",
    "At their debate in October, Kemmerer had said he would “accept the result, whatever it is, the day it is "
    "certified.” On Tuesday, aides said, he kept that promise.",
)

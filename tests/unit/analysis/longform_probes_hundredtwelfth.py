"""A hundred-and-twelfth batch of fictional stories for probing the quotes, in the manner of A LEAKED RECORDING IN A US
PRESIDENTIAL GENERAL ELECTION AND THE CAMPAIGN'S DAMAGE CONTROL, in a made-up election year, as the wires and political
web sites write it, in short paragraphs of much reported speech. The earlier US campaign batches had a Senate debate,
primaries, a primary debate night, ballot measures, campaign analysis and a Senate race fought over a business record;
none had a scandal: a recording of a nominee at a donors' dinner and the week of apologies, defections and spin after
it. The recording surfaces (a paper that "said", the nominee who "can be heard saying" and his apology video "said in
the video", "the campaign said in a statement", "aides said", the running mate who "said he was offended" and "told
reporters", the rival nominee who "told reporters before boarding", her campaign manager who "accused X of …" and
"tweeted", the nominee's communications director who "dismissed the attack as …", donors who "spoke on condition of
anonymity" and "One of them said"); the Sunday shows ("said on NBC's …", "told CNN's …" and then "she said", a
senator "said in a statement" and "called on him", two senators and "wrote that", a governor's statement and "the
statement said", the party chairman "said" with the nominee's full name inside his quotation, a surrogate "said on
ABC's …" and "She accused Republicans of …" with the rival nominee named in the paragraph before, an evangelical
leader on CBS and "he said"); the second debate (a moderator who "she asked", the nominee "said" and "He said", the
rival "she said" after both are named, "shot back that", "asked by an audience member … whether", campaign managers in
the spin room, a snap poll that "found" and its director); and the days after ("told reporters aboard his campaign
plane", "He dismissed reports … as", people "who requested anonymity", a super PAC's spokesman "said only that", a
rally crowd that "chanted", the running mate again, an evangelical network's director "said in an interview" and "She
said" with the rival nominee named in between, "Asked about it by reporters …, she said", "In a post on X …, X called
the ad", a pollster "noting that"). The nominee in trouble is a man and his rival a woman, so "he" and "she" chains
cross paragraphs where both are named. Written for these tests; none is taken from any corpus, and every person,
campaign, PAC, paper, group, polling firm and university in them is made up (the networks, states, cities and kinds of
bodies are real). The gold is in test_longform_probes_hundredtwelfth.py."""

from __future__ import annotations

TAPE: tuple[str, ...] = (
    "Recording shows Brandeker-Voss mocking small-town voters and his own churchgoing at 2037 donors’ dinner",
    "WASHINGTON — Republican presidential nominee Hollis Brandeker-Voss was recorded at a private fundraiser three "
    "years ago describing voters in small-town Ohio as people who “will believe anything if you say it slowly” and "
    "joking that he went to church “for the cameras,” according to a recording obtained by the Beltway Courant on "
    "Friday.",
    "The recording, about four minutes long, was made at a dinner for donors in Naples, Fla., in March 2037, when "
    "Brandeker-Voss was governor of Missouri and weighing his first run for president. The Courant said it had been "
    "given the recording by a person who attended the dinner.",
    "“You go to the diner, you go to the church, you let them see you bow your head,” Brandeker-Voss can be heard "
    "saying on the recording, to laughter. “I go for the cameras. God knows I don’t go for the sermons.”",
    "Within hours, the campaign posted a 90-second video in which the nominee, seated in front of a fireplace, "
    "apologized. “I said things in that room that were wrong and that I don’t believe. I was trying to be funny, and "
    "I wasn’t,” Brandeker-Voss said in the video. “My faith is real, and the people of Ohio deserve better than what "
    "I said about them.”",
    "The campaign said in a statement that the recording had been “deliberately leaked by people who want to change "
    "the subject from the economy” and that the nominee would not leave the race.",
    "Aides said Brandeker-Voss had spent Friday afternoon calling Republican senators and governors to apologize "
    "personally.",
    "His running mate, Indiana Gov. Anselm Crowther-Diallo, said he was offended by the remarks. “I’m a man of faith, "
    "and I was offended, and I told him so,” Crowther-Diallo told reporters in Indianapolis. “He has asked for "
    "forgiveness. I believe in forgiveness.”",
    "Vice President Marguerite Talavera-Quinn, the Democratic nominee, did not mention the recording at a rally in "
    "Pittsburgh on Friday evening. But she told reporters before boarding Air Force Two that the voters of Ohio "
    "“don’t need anybody to talk slowly to them.”",
    "Her campaign manager, Desmond Eskridge-Lau, was less restrained. He accused Brandeker-Voss of “holding in "
    "contempt the very people he asks to vote for him” and said the apology video was “a hostage tape with better "
    "lighting.”",
    "“He didn’t apologize for saying it. He apologized for getting caught,” Eskridge-Lau tweeted.",
    "Brandeker-Voss’s communications director, Fenella Marchetti-Orr, dismissed the attack as “the same recycled "
    "outrage” from a campaign that “has nothing to say about grocery prices.”",
    "Two major Republican donors, who spoke on condition of anonymity to describe private conversations, said "
    "several of the party’s biggest contributors had asked the Republican National Committee whether the ticket could "
    "be changed before ballots are printed.",
    "One of them said the mood among donors was “closer to panic than to anger.”",
)

SUNDAY: tuple[str, ...] = (
    "Republicans split on Sunday shows as three senators pull endorsements of Brandeker-Voss",
    "WASHINGTON — Republicans spent Sunday arguing in public over whether their presidential nominee could survive a "
    "recording of him mocking small-town voters, as three Republican senators and a governor withdrew their "
    "endorsements and the party’s chairman declined to say whether the ticket would change.",
    "“Hollis made a mistake, he owned it, and he apologized. Most Americans have said worse at a dinner table,” Sen. "
    "Royce Pemberton-Ilic, R-Ga., said on NBC’s Meet the Press. “This election is about the price of groceries, not a "
    "tape from three years ago.”",
    "Pressed on whether he would campaign with the nominee this week, Pemberton-Ilic said he would “be wherever the "
    "campaign needs me.”",
    "Rep. Adaeze Holmquist-Vance, R-Fla., told CNN’s State of the Union that the remarks were “indefensible” but that "
    "she would still vote for the ticket. “I’m not voting for a Sunday school teacher. I’m voting for a tax policy,” "
    "she said.",
    "Others were not so forgiving. Sen. Cordelia Ashby-Nkemelu, R-Utah, said in a statement that she could “no longer "
    "in good conscience” support Brandeker-Voss and called on him to “step aside for the good of the party and the "
    "country.”",
    "Sen. Lucius Farraday-Obuya of Kansas and Sen. Pilar Esterhazy-Coombs of Maine followed within hours with "
    "statements of their own. Farraday-Obuya said the recording showed “a man who thinks faith is a prop,” and "
    "Esterhazy-Coombs wrote that she would write in another Republican.",
    "New Hampshire Gov. Benedikt Marchbanks-Oye withdrew his endorsement in a two-sentence statement. “I cannot ask "
    "the people of New Hampshire to vote for a man I would not trust with my own vote. I won’t be voting for the "
    "Republican ticket this year,” the statement said.",
    "The Republican National Committee chairman, Thornton Galligan-Reyes, appeared on Fox News Sunday and declined to "
    "say whether the party had discussed replacing the nominee. “There is one nominee, and his name is Hollis "
    "Brandeker-Voss,” Galligan-Reyes said. “The voters chose him, and the voters will decide.”",
    "Democrats were happy to keep the focus on the recording. “He told you who he is. He told a room full of "
    "millionaires that you’re gullible,” Gov. Thalia Verhoeven-Sands of Pennsylvania, a Talavera-Quinn surrogate, said "
    "on ABC’s This Week.",
    "She accused Republicans of “pretending to be shocked by a man they have known for 20 years.”",
    "The Rev. Josiah Merriwether-Kane, president of the Heartland Faith Coalition, which has chapters in 14 states, "
    "said on CBS’s Face the Nation that the remarks about church had “wounded a lot of people who pray for this "
    "country every Sunday.”",
    "But Merriwether-Kane stopped short of withdrawing his group’s support. “We are not electing a pastor,” he said. "
    "“I have told the governor that our people are hurting, and I have told him that they will hear him out.”",
    "Indiana Gov. Anselm Crowther-Diallo, the vice presidential nominee, said on the same program that it was “not my "
    "decision and not my wish” for the ticket to change.",
)

DEBATE: tuple[str, ...] = (
    "Brandeker-Voss apologizes again on debate stage; Talavera-Quinn says voters ‘heard what he really thinks’",
    "ST. LOUIS — Hollis Brandeker-Voss apologized again Wednesday night for remarks caught on a leaked recording, "
    "telling a town hall audience in St. Louis that he was “ashamed of what I said and ashamed that I said it.”",
    "The question came 11 minutes into the second presidential debate, from moderator Yvette Rosenquist-Boyd of NBC "
    "News. “Governor, on that recording you said you go to church for the cameras. Why should a voter of faith "
    "believe anything you say about faith now?” she asked.",
    "“Because I’m standing here telling you I was wrong, which is more than my opponent has ever done about "
    "anything,” Brandeker-Voss said. He said he had spoken with his pastor in Springfield “every day since Friday.”",
    "Talavera-Quinn, given two minutes to respond, turned to face the audience rather than her opponent. “I believe "
    "in forgiveness too. But you don’t get to apologize to people you were laughing at three years ago and expect "
    "them to forget the laugh,” she said.",
    "She said voters had “heard what he really thinks when he thought nobody was listening,” and she accused him of "
    "treating small towns “as a backdrop.”",
    "Brandeker-Voss shot back that the vice president “has been in Washington so long she thinks Ohio is a flyover "
    "state,” a line that drew the loudest applause of the night from his supporters in the hall.",
    "Later, asked by an audience member, a retired machinist from Florissant named Clement Ostrowski-Hale, whether he "
    "would release the full recording of the dinner, Brandeker-Voss said he did not have it and “would not know where "
    "to find it.”",
    "After the debate, the Talavera-Quinn campaign said in a statement that Brandeker-Voss had “apologized for the "
    "recording and then insulted Ohio again in the same hour.”",
    "In the spin room, Brandeker-Voss’s campaign manager, Rutger Vandersloot-Amadi, told reporters the nominee had "
    "“won the night on the economy, which is the only thing voters are going to remember in November.”",
    "Desmond Eskridge-Lau, Talavera-Quinn’s campaign manager, said the Republican had “spent 90 minutes proving the "
    "tape was accurate.”",
    "A snap poll of debate watchers by the Marlowe Hill University Poll found that 51 percent thought Talavera-Quinn "
    "had won, against 38 percent for Brandeker-Voss.",
    "“Those are not great numbers for him, but they are not a collapse,” said Imogen Stroud-Kapoor, the poll’s "
    "director. “Republicans who watched mostly came home. The question is the ones who didn’t watch and only saw the "
    "clip.”",
)

PLANE: tuple[str, ...] = (
    "Brandeker-Voss tells reporters on his plane he is ‘not going anywhere’ as donors weigh a break",
    "ABOARD THE CAMPAIGN PLANE — Hollis Brandeker-Voss told reporters aboard his campaign plane on Thursday that he "
    "would “be the nominee on Election Day, period,” brushing aside calls from three Republican senators to leave the "
    "race.",
    "“I have heard from those senators. I heard from them in the primary too, and I beat all of their candidates,” he "
    "said, standing in the aisle of the plane somewhere over Iowa.",
    "He dismissed reports that donors were talking about replacing him as “gossip from people who didn’t give me a "
    "dime in the primary.”",
    "Those reports have not gone away. Three people who have spoken with major Republican donors this week, who "
    "requested anonymity to describe private conversations, said at least two large super PACs had paused spending on "
    "television ads for the ticket.",
    "A spokesman for one of the groups, American Hearth Action, said only that it was “reviewing its plans for the "
    "fall, as we always do in September.”",
    "At a rally that evening in Cedar Rapids, the crowd chanted “We love Hollis!” before he reached the stage, and he "
    "told them he was “not going to apologize a fourth time.”",
    "“I’ve said I’m sorry. I meant it. Now let’s talk about your grocery bill,” Brandeker-Voss said, to cheers.",
    "His running mate, Indiana Gov. Anselm Crowther-Diallo, was not there. Crowther-Diallo, campaigning in "
    "Wisconsin, told reporters in Green Bay that he and Brandeker-Voss had “had a long talk, man to man,” and that he "
    "remained on the ticket.",
    "Bettina Lockridge-Amos, executive director of the Iowa Covenant Network, an evangelical group, said in an "
    "interview that pastors in her network were “not telling anyone how to vote, but we are telling them to pray "
    "about it.”",
    "She said turnout among evangelical voters, not defections to Talavera-Quinn, was the real risk for Republicans. "
    "“Our people don’t switch. They stay home,” she said.",
    "Talavera-Quinn, campaigning in Michigan, largely left the recording alone. Asked about it by reporters in Flint, "
    "she said she would “let the voters of Ohio speak for themselves” and turned to her plan for child care.",
    "Her campaign has put up a new ad in Ohio that plays the recording without comment, and aides said it would run "
    "through Election Day.",
    "In a post on X on Thursday night, Brandeker-Voss called the ad “a cheap trick from a campaign that can’t win on "
    "the issues.”",
    "A new Hollenbeck Research poll of Ohio released Thursday showed Talavera-Quinn ahead by four points, after "
    "trailing by two in September. “The tape cost him Ohio’s suburbs, at least for now,” said Gideon Pashley-Nwosu, "
    "the firm’s president, noting that the movement came mostly among women over 50.",
)

"""A thirty-second batch of fictional US POLITICAL NEWS of a made-up campaign season for probing the quotes: four wire
stories of many short paragraphs and one web analysis piece of a few long blocks. A Senate debate in Ohio (the two
candidates and their exchanges, a spokesman who "called" a figure something, a strategist and party officials who are
not named, a former president's post, "according to two people familiar with"), a primary poll in New Hampshire (the
pollster, a campaign manager's memo, "told reporters", aides and an adviser who are not named, "said in an interview
with", a political scientist, analysts), a candidate's speech in Milwaukee quoted at length over several paragraphs
(her opponent's spokeswoman, the opponent, "according to a person familiar with", aides, the mayor, a voter, a union
leader, a party chairman's post), a war of words in Georgia over a super PAC's ad ("said of", "fired back", "wrote on
X", an association's statement, consultants of both parties) and an analysis of water in an Arizona Senate race
(strategists, a campaign's statement, a pollster, a former state senator, a utility and a farm bureau). Written for
these tests; none is taken from any corpus, and every person, campaign and pollster in them is made up. The gold is
in test_longform_probes_thirtysecond.py."""

from __future__ import annotations

DEBATE: tuple[str, ...] = (
    "COLUMBUS, Ohio — Republican Carl Brenneman and Democratic Rep. Dana Whitlock clashed over abortion, tariffs "
    "and each other’s records Thursday night in the only scheduled debate of Ohio’s closely watched Senate race.",
    "Brenneman, a trucking executive who has never held office, repeatedly tied Whitlock to the president, saying "
    "she had voted with the White House “98 percent of the time.”",
    "“Congresswoman Whitlock has been in Washington for a dozen years, and the only thing she has built is her "
    "pension,” Brenneman said.",
    "Whitlock, a former county prosecutor, fired back that Brenneman had laid off 300 drivers in Toledo while paying "
    "himself a $4 million bonus.",
    "“Carl wants to talk about Washington because he doesn’t want to talk about Toledo,” she said. “Ask those "
    "drivers what he built.”",
    "The exchange drew jeers from the audience, which the moderator had asked to stay silent.",
    "On abortion, Whitlock said she would vote to restore the protections of Roe v. Wade, and accused Brenneman of "
    "dodging the question.",
    "Brenneman said the issue should be left to the states. “I’m not going to Washington to write a national ban, "
    "and I’ve said that from day one,” he told the moderator.",
    "A poll released Monday by Buckeye Research Group showed Brenneman ahead by 2 percentage points, within the "
    "survey’s margin of error.",
    "Republicans are counting on the seat to keep their Senate majority. “If we lose Ohio, we lose the chamber. "
    "It’s that simple,” said a Republican strategist who advises several Senate campaigns and spoke on condition of "
    "anonymity to discuss internal polling.",
    "Democrats, meanwhile, worry that Whitlock has not done enough to win over rural voters. Two Democratic "
    "officials involved in the race said her campaign had been slow to put staff in the state’s southeastern "
    "counties.",
    "Whitlock dismissed that concern when asked about it Thursday. “I’ve been to all 88 counties. Some of them "
    "twice,” she said.",
    "Whitlock’s campaign said after the debate that it had raised $1.2 million in the 90 minutes the candidates were "
    "on stage.",
    "Brenneman spokesman Tyler Voss called that figure “a number pulled out of thin air” and said the Republican had "
    "“won on every issue voters care about.”",
    "Whitlock told reporters after the debate that she was “not going to take lectures on honesty from a man who "
    "won’t release his tax returns.”",
    "Asked about the returns, Brenneman said he would release them “when the audit is finished,” and declined to say "
    "when that would be.",
    "Brenneman has leaned on the support of former President Dale Harrigan, who wrote on social media Wednesday that "
    "the trucking executive was “a winner who will never back down.”",
    "Harrigan is expected to hold a rally for Brenneman in Youngstown next week, according to two people familiar "
    "with the planning.",
    "Ohio Gov. Ray Sandoval, a Republican who has stayed out of the race, said in a statement that both candidates "
    "had “given Ohio’s voters a lively night.”",
    "Early voting in Ohio begins Oct. 8.",
)

POLL: tuple[str, ...] = (
    "MANCHESTER, N.H. — Former Colorado Gov. Marianne Oduya has pulled into a statistical tie with Sen. Paul Kessler "
    "in New Hampshire, a new poll shows, less than three weeks before the state’s Democratic primary.",
    "The Granite Point University survey found Kessler at 27 percent and Oduya at 25 percent among likely primary "
    "voters, with Minnesota Rep. Grant Aldana at 14 percent.",
    "“This is the first time since we started polling the race in June that anyone has been within striking "
    "distance of Kessler,” said Renata Holm, director of the Granite Point Survey Center.",
    "Holm said Oduya’s gains came mostly from independents, who may vote in either party’s primary in New "
    "Hampshire, and from voters older than 65.",
    "She cautioned that nearly a third of likely voters said they could still change their minds.",
    "Oduya’s campaign seized on the numbers. “Momentum is real, and it’s ours,” campaign manager Deshawn Pruitt "
    "wrote in a memo to supporters Tuesday morning.",
    "Pruitt said the campaign would spend $3 million on television in the state over the final two weeks, more than "
    "double its earlier plan.",
    "Kessler, campaigning in Nashua, brushed the poll aside. “Polls go up, polls go down. I’ve been in this business "
    "long enough to know the only one that counts is on Feb. 11,” he told reporters outside a diner.",
    "He also took a swipe at Oduya’s record in Colorado, saying she had “left the state with a hole in its budget you "
    "could drive a snowplow through.”",
    "Oduya responded hours later at a town hall in Concord. “Paul’s a good man, but he’s been running for president "
    "since I was in law school,” she said to laughter. “Colorado balanced its budget every year I was governor. Look "
    "it up.”",
    "Aides to Kessler acknowledged privately that the race had tightened. One senior adviser, who would discuss "
    "strategy only if not named, said the campaign had moved staff from South Carolina to New "
    "Hampshire last week.",
    "“We always knew it would be close here,” the adviser said.",
    "Aldana, whose support has slipped since the fall, said in an interview with WMUR-TV that he was “not going "
    "anywhere.”",
    "“I’ve got the money to go through Super Tuesday, and I intend to,” Aldana said.",
    "Independent analysts say the poll’s findings match a broader trend in the early states.",
    "“Kessler’s floor is solid, but his ceiling is low,” said Dwight Amell, a political scientist at Dartmouth "
    "College who studies the primary. “Oduya has room to grow, and she knows it.”",
    "The Granite Point poll surveyed 812 likely Democratic primary voters from Jan. 14 to Jan. 19; its "
    "results may be off by 3.4 points either way.",
)

SPEECH: tuple[str, ...] = (
    "MILWAUKEE — Sen. Ruth Castellanos opened her campaign’s final swing through Wisconsin on Saturday with a speech "
    "that cast the election as a choice about “who gets to have a good life in this country.”",
    "Speaking for nearly 40 minutes to a crowd of about 3,000 at a union hall on the city’s south side, Castellanos "
    "returned again and again to the cost of child care, housing and insulin.",
    "“When my mother was raising four kids on a waitress’s pay, she could still rent a two-bedroom apartment on this "
    "side of town,” Castellanos said. “Today, a waitress working doubles can’t rent a studio. That is not an "
    "accident. That is a choice somebody made in Washington.”",
    "“I’m running to make a different choice,” she went on.",
    "“I want a country where a nurse in Kenosha can afford to live in Kenosha. I want a country where your insulin "
    "costs what it costs to make, not what some executive thinks you’ll pay. And I want a country where nobody has to "
    "pass a hat online because their kid got sick.”",
    "The crowd chanted her name as she finished.",
    "Castellanos did not mention her Republican opponent, Gov. Wade Tillery of Indiana, by name. But she mocked his "
    "plan to cut corporate taxes, calling it “a tax cut for the people who own the yacht and a bill for the people who "
    "clean it.”",
    "Tillery’s campaign responded within minutes. “Senator Castellanos has spent 18 years voting for higher taxes and "
    "then flying home to complain about prices,” spokeswoman Ashley Corrigan said in a statement.",
    "Tillery himself, speaking to reporters in Grand Rapids, Mich., said Castellanos was “running against a cartoon” "
    "and predicted he would carry Wisconsin.",
    "The stop in Milwaukee came a day after the Castellanos campaign shuffled its Wisconsin leadership, according to "
    "a person familiar with the change who was not authorized to discuss it publicly.",
    "The state director, Kyle Benavides, was moved to a national role, the person said.",
    "Two other aides said the move reflected frustration at campaign headquarters in Chicago with turnout among young "
    "voters in Madison.",
    "Asked about the change, Castellanos told reporters on her campaign bus that Benavides was “one of the best "
    "organizers in the country” and that she wanted him “working on all 50 states, not just one.”",
    "Mayor Theo Lindqvist of Milwaukee, who introduced Castellanos, said the city would decide the state. “Whoever "
    "wins Milwaukee County by enough wins Wisconsin. Everybody in this room knows that,” he said.",
    "“Our members are going to knock on 100,000 doors for her,” said Denise Farrow, president of the Wisconsin "
    "Service Workers Council, which endorsed Castellanos in May.",
    "Outside, about two dozen Tillery supporters waved signs along Lincoln Avenue. “She talks about prices, but who’s "
    "been in charge?” said Gerald Kuhn, 61, a retired machinist from Cudahy.",
    "Wisconsin Republican Party Chairman Neil Austad said in a post on X that Castellanos had “finally found "
    "Milwaukee on a map.”",
    "Inside, Castellanos closed with a promise to return. “I’ll be back in Wisconsin before this is over. I’ll be "
    "back a lot,” she said. “You’re going to get sick of me.”",
)

ATTACK_AD: tuple[str, ...] = (
    "ATLANTA — The race for Georgia governor turned sharply personal Wednesday as Republican Lt. Gov. Bo Hatcher and "
    "Democratic state Sen. Nia Ellerbee traded attacks over a television ad that Hatcher’s allies had begun airing "
    "in Atlanta.",
    "The ad, paid for by a super PAC called Georgia Forward Fund, accuses Ellerbee of wanting to “defund the sheriffs” "
    "and shows her face next to burning cars.",
    "“It’s a lie, and Bo Hatcher knows it’s a lie,” Ellerbee said at a news conference outside the state Capitol. “I "
    "have never once called for cutting a single dollar from a sheriff’s office in this state.”",
    "Ellerbee said of Hatcher: “He can’t win on his record, so he’s hiring people to lie about mine.”",
    "Hatcher’s campaign fired back within the hour. “Nia Ellerbee voted against the public safety budget three times. "
    "That’s not an ad, that’s the record,” campaign spokesman Reid Mabry said in an emailed statement.",
    "Hatcher said his campaign had no control over the super PAC’s ads, which state law bars candidates from "
    "coordinating with.",
    "But he did not distance himself from the message. “If the shoe fits,” Hatcher wrote on X on Wednesday "
    "afternoon, linking to a news story about Ellerbee’s budget votes.",
    "Ellerbee’s campaign manager, Marcus Doyle, responded on the same platform: “Bo, you are the lieutenant governor. "
    "You can read a budget. Try it.”",
    "Georgia Forward Fund’s president, Linda Strayhorn, defended the ad, saying in a statement that every claim in it "
    "was “sourced and accurate.”",
    "The Georgia Sheriffs’ Association, which does not endorse in partisan races, said in a statement that it had not "
    "been consulted about the ad and asked both campaigns to “leave our deputies out of it.”",
    "Political observers said the exchange showed how close the race had become.",
    "“When both sides are this angry this early, it means their own polling is telling them it’s a coin flip,” said "
    "Marisol Whitaker, a Republican consultant in Atlanta who is not working for either campaign.",
    "Whitaker said the ad was aimed at suburban women in Cobb and Gwinnett counties, who swung toward Democrats in the "
    "last two elections.",
    "Democratic strategist Omar Bledsoe disagreed. “This ad is for the base. Nobody in Alpharetta is going to believe "
    "Nia Ellerbee wants to burn down Atlanta,” he said.",
    "State Republican Party Chairwoman Cheryl Voigt called Ellerbee “the most liberal nominee this state has ever "
    "seen” in a fundraising email sent to supporters Wednesday evening.",
    "Hatcher, speaking later at a campaign stop in Macon, told supporters that Ellerbee “would rather talk about an ad "
    "than about why crime is up in her district.”",
    "Ellerbee, asked by a reporter whether she would run negative ads of her own, smiled. “We’ll see,” she said.",
    "Hatcher leads Ellerbee 47 percent to 44 percent in a survey by the Peachtree Polling Institute released last "
    "week.",
)

WATER: tuple[str, ...] = (
    "For most of the summer, the Senate race in Arizona looked like a referendum on the border, which is what "
    "Republican Sheriff Dustin Kroll wanted it to be. Kroll, who runs the sheriff’s office in Cochise County, has "
    "built his campaign around the claim that Washington abandoned the state’s border towns, and his advertising has "
    "rarely strayed from that theme. “Every family in my county has a story about the border. Every single one,” "
    "Kroll said at a rally in Sierra Vista in August. But in the past month the conversation has shifted to a subject "
    "that both campaigns once treated as too technical for television: water. The federal decision to cut Arizona’s "
    "share of the Colorado River for a third straight year has left farmers in Pinal County fallowing fields, and "
    "developers in the Phoenix suburbs say they cannot get permits for new subdivisions. “Water is the issue nobody "
    "polls on until it’s the only issue,” said Graciela Montaño, a Democratic strategist in Phoenix who worked on the "
    "last two Senate races in the state. Montaño said the Democrat, former astronaut Ellen Sayward, had been slow to "
    "talk about it but was now “finally speaking the language of people who have to watch their wells go dry.”",
    "Sayward has spent the last two weeks on a tour of farm towns and retirement communities along the Gila River, "
    "and her campaign released an ad on Monday that shows her standing in a dry canal. “I’ve seen the Earth from "
    "space, and I can tell you this is the only planet we’ve got water on,” she says in the ad. In an interview with "
    "the Arizona Desert Sun, Sayward said she would push for federal money to line canals and recycle wastewater, and "
    "she accused Kroll of having “no plan beyond a press release.” Kroll’s campaign called that charge absurd. "
    "“Sheriff Kroll has lived through three droughts in Cochise County. He doesn’t need an astronaut to explain water "
    "to him,” campaign spokeswoman Brittany Haskell said in a statement. Kroll himself has said little on the subject "
    "beyond a promise, made in a television interview last week, to “fight for every drop that belongs to Arizona.” "
    "Republican strategists privately concede that the issue favors Sayward, who has a background in science and a "
    "campaign that has spent heavily on rural outreach. One consultant advising Republican House candidates in the "
    "state, who asked not to be named to discuss the race candidly, said Kroll’s team had been “caught flat-footed” "
    "by the river cuts.",
    "Not everyone is convinced that water will decide the race. Lucas Ferreira, who directs the polling unit at "
    "Saguaro Public Research in Tempe, said his surveys still show immigration and the cost of living well ahead of "
    "water when voters are asked to name the most important issue. “It’s real, but it’s regional,” Ferreira said. "
    "“If you live in Scottsdale, your tap still works.” He said the race remained within the margin of error, with "
    "Kroll slightly ahead among men and Sayward well ahead among women with college degrees. Others argue that the "
    "numbers understate the shift. Anita Rosebrook, a former Republican state senator from Casa Grande who has "
    "endorsed Sayward, said farmers she has known for 40 years are telling her they will split their tickets for the "
    "first time. “These are people who have voted for every Republican since Goldwater,” Rosebrook said in an "
    "interview. “They’re not voting for a Democrat. They’re voting for a canal.”",
    "The Salt River Project, the utility that supplies much of the Phoenix area, said in a statement last week that "
    "its customers would see no shortages this year. The Arizona Farm Bureau has been more blunt, warning that as "
    "many as a third of the state’s cotton acreage could go unplanted next spring. Both campaigns have noticed. "
    "Sayward plans to visit Yuma and Casa Grande again before the end of the month, her campaign said on Friday, and "
    "Kroll is scheduled to meet with irrigation district managers in Maricopa on Tuesday, according to an advisory "
    "released by his office. “Whoever convinces those farmers that they actually get it wins Pinal County,” Montaño "
    "said. “And whoever wins Pinal County is going to be very hard to beat.”",
)

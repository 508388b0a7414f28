"""A seventy-fifth batch of fictional stories for probing the quotes, in the manner of US CAMPAIGN ANALYSIS as political
web sites write it, in a made-up election year: a poll that "shows" a governor's race tightening, with the poll's
director, the two candidates, strategists who spoke "on condition of anonymity" and a person familiar with a group's
plans; a Senate race fought in a candidate's posts on X and an ad whose narrator is quoted, with the rival's statement,
a spokesman and unnamed aides; a presidential candidate who "told CNN's" interviewer he is staying in, with the
interviewer, a rival's chairman, a congresswoman and "according to" a filing; a state party chairwoman's letter to
county chairs, a rival's posts, a county chairman and the party's executive director; and voters at a diner before a
primary, with the owner, an institute's survey and a family. Descriptions that refer back ("the Ohio Republican said",
"the former governor said", "the Minnesota senator told", "the owner said", "the retired nurse said"), "who" clauses
after names, participles that continue a quote ("…, adding that …") and posts that "wrote". Written for these tests;
none is taken from any corpus, and every person, campaign, poll, institute, group, paper and diner in them is made up
(the countries, states, towns and kinds of bodies are real)."""

from __future__ import annotations

POLL: tuple[str, ...] = (
    "New poll shows Ohio governor’s race tightening as Brumfitt-Ross gains in the suburbs",
    "A new Lakemoor University poll shows state Sen. Dale Brumfitt-Ross pulling within three points of former Gov. "
    "Harriet Okonkwo-Vale in the race for Ohio governor, a sharp turn in a contest that Democrats had treated as safe "
    "only a month ago. The survey, released Tuesday, found Okonkwo-Vale at 47 percent and Brumfitt-Ross at 44 percent "
    "among likely voters, with 9 percent undecided.",
    "“The suburbs moved, and they moved fast,” said Priya Sandoval-Heck, who directs the poll. Sandoval-Heck said the "
    "shift came almost entirely from college-educated women in the counties around Columbus and Cincinnati, adding "
    "that the margin of error was 3.4 percentage points.",
    "The numbers suggest that the Republican’s message on property taxes is landing. “People are opening their tax "
    "bills and they are furious,” Brumfitt-Ross told reporters after a rally in Mason on Wednesday. “Harriet had eight "
    "years to fix this.” The Ohio Republican said he would cut the state’s share of the levy by a fifth in his first "
    "budget.",
    "Two Democratic strategists who have advised the Okonkwo-Vale campaign, speaking on condition of anonymity to "
    "discuss internal numbers, said the campaign’s own polling had shown a similar narrowing since Labor Day. One of "
    "them said the former governor had been “too slow” to answer the tax ads, which began running in August.",
    "Okonkwo-Vale, who governed the state for eight years, brushed the poll aside on Thursday. “I’ve been behind by "
    "more than three points and won,” she said at a union hall in Toledo. “I’d rather be ahead by three than behind by "
    "three.” The former governor said her campaign would begin its own advertising on taxes next week, and accused "
    "Brumfitt-Ross of voting for “every levy that came across his desk” in the state Senate.",
    "Her campaign manager, Terrence Vollmar-Ash, said in a statement that the Lakemoor poll had “oversampled "
    "Republicans in the southwest” and that internal numbers showed a six-point lead. The Brumfitt-Ross campaign did "
    "not respond to a request for comment.",
    "Other surveys tell a mixed story. A Buckeye Civic Research poll taken the same week had Okonkwo-Vale ahead by "
    "seven, and a person familiar with the Heartland Governors Fund’s plans said the group was weighing a $9 million "
    "ad buy in the state, which it had largely ignored until now.",
)

WATER: tuple[str, ...] = (
    "Tevenaugh-Reyes hits back after Ostrander-Bey ad on water",
    "Rep. Calvin Ostrander-Bey, the Republican running for Senate in Arizona, went after his Democratic rival on "
    "Monday in a string of posts on X, calling Rep. Marisol Tevenaugh-Reyes “a former Tucson council member who has "
    "never met a water bill she wouldn’t raise.” In a second post, Ostrander-Bey wrote that she had “skipped 14 votes "
    "on the Colorado River compact” during her time on the council.",
    "The posts came a day after his campaign released a 30-second ad that opens on a dry canal outside Casa Grande. "
    "“Marisol Tevenaugh-Reyes says she’ll protect Arizona’s water,” a narrator says over the footage. “Her record says "
    "something else.” The ad, which will run in Phoenix and Tucson for two weeks, closes with Ostrander-Bey in a work "
    "shirt saying he will “fight for every acre-foot.”",
    "Tevenaugh-Reyes, who served two terms on the Tucson City Council before winning a House seat, answered within "
    "hours. “Calvin has been in Congress for ten years and has passed exactly zero water bills,” she said in a "
    "statement. “He can make all the ads he wants. Farmers in Pinal County know who showed up.”",
    "She also posted a video of her own, filmed at a pecan orchard near Marana, in which she tells the camera that the "
    "ad is “a lie dressed up as a farm report.” By Tuesday afternoon it had been viewed more than 400,000 times, "
    "according to her campaign.",
    "A spokesman for Ostrander-Bey, Dmitri Kallenbach-Rowe, said the 14 missed votes were “a matter of public record” "
    "and that the campaign stood by the ad. Asked about the video, he said, “If she wants to talk about water, she can "
    "start by explaining those votes.”",
    "Two Republican aides who have worked on Arizona races, speaking on condition of anonymity because they were not "
    "authorized to discuss strategy, said the campaign had tested the water message in focus groups in Maricopa County "
    "and found it moved older independents more than any issue except the border. A senior aide to Tevenaugh-Reyes, "
    "who also requested anonymity, said the Democrat planned to answer with an ad featuring farmers from both parties.",
    "An official of the state Republican Party, Yvette Crandall-Soto, told the Phoenix Ledger-Dispatch that "
    "Ostrander-Bey would keep up the attacks. “This is the fight Calvin wants,” the party official said. “Water is the "
    "whole election here.”",
)

INTERVIEW: tuple[str, ...] = (
    "Ablewhite-Moreno says he won’t drop out before Super Tuesday",
    "Sen. Garrison Ablewhite-Moreno said Sunday that he would stay in the Democratic presidential race at least "
    "through Super Tuesday, despite finishing fourth in New Hampshire and a campaign that aides say has less than $2 "
    "million in the bank.",
    "“I’m not going anywhere,” the Minnesota senator told CNN’s Rhonda Pettibone-Yates in an interview that aired "
    "Sunday. “Two states have voted. Forty-eight haven’t. I’d be doing those voters a disservice if I walked away "
    "now.”",
    "Pressed on whether his campaign could afford to compete in California, where a single week of television costs "
    "upward of $8 million, Ablewhite-Moreno conceded that the campaign could not match its rivals there. “We’re going "
    "to be smart,” he said, adding that the campaign would focus on Minnesota, Colorado and Utah, where it has field "
    "offices.",
    "Pettibone-Yates noted that two of his national co-chairs, Reps. Opal Leverett-Hume and Francis Maddox-Ngata, had "
    "endorsed the front-runner, Gov. Beatrix Solberg-Kane of Pennsylvania, on Friday. “I love Opal and Francis, and I "
    "understand the pressure they’re under,” Ablewhite-Moreno said. “But endorsements don’t vote.”",
    "In a statement after the interview, Solberg-Kane’s campaign chairman, Lionel Ashgrove-Pike, said the governor "
    "“respects Senator Ablewhite-Moreno’s service” but that Democrats needed “to start pulling in one direction.” "
    "Leverett-Hume, who represents a district in suburban Denver, told reporters on Monday that she had called "
    "Ablewhite-Moreno before making her endorsement public. “It was the hardest call I’ve made in this job,” the "
    "Colorado Democrat said.",
    "Behind the scenes, the mood is darker. Three people familiar with the campaign’s finances, who spoke on condition "
    "of anonymity to describe private conversations, said senior staff had agreed to defer their salaries through "
    "March. According to a filing with federal election regulators, the campaign ended January with $1.7 million in "
    "cash and $600,000 in unpaid bills.",
    "A campaign spokeswoman, Teodora Haverkamp-Liu, said the senator had “never been a money candidate” and pointed to "
    "40,000 new donors since New Hampshire. “Grass-roots money comes in slower,” she said. “It also doesn’t leave.”",
)

LETTER: tuple[str, ...] = (
    "Georgia GOP chairwoman warns county parties over rival slate ahead of convention",
    "The chairwoman of the Georgia Republican Party, Lorna Quillfeather-Dade, warned county chairs in a letter on "
    "Friday that any county party that backs a rival slate of delegates at next month’s state convention could lose "
    "its share of the party’s get-out-the-vote money. The letter, which was obtained by the Atlanta Courier-Post, says "
    "the party will “not fund a civil war with donors’ money.”",
    "“Every dollar we spend fighting each other in May is a dollar we don’t spend in November,” Quillfeather-Dade "
    "wrote. She added that the party’s rules gave the state executive committee, not county parties, the final say "
    "over how coordinated funds are spent.",
    "The slate, organized by a group that calls itself Georgia Patriots Forward, would replace about a third of the "
    "party’s national convention delegates with supporters of Wendell Brisco-Tate, a businessman from Valdosta who is "
    "challenging Sen. Aurelia Dunmore-Pratt in the Republican primary. Brisco-Tate called the letter “a threat, plain "
    "and simple” in a post on X late Friday. “The party bosses are scared of their own voters,” he wrote.",
    "Jared Pennycook-Hale, who chairs the Republican Party in Lowndes County and signed on to the slate, said he had "
    "not decided whether to back down. “Lorna is a friend, but she works for us, not the other way around,” "
    "Pennycook-Hale said in a phone interview. “We’ll see who shows up in Macon.”",
    "Dunmore-Pratt’s campaign declined to comment on the letter. A person familiar with the senator’s plans said she "
    "intended to stay out of the fight over delegates and would spend the weekend campaigning in Augusta. According to "
    "two county chairs who attended a call with party staff on Thursday, Quillfeather-Dade told them the state party "
    "had raised $4.2 million this cycle and had no intention of “handing it to a faction.”",
    "The party’s executive director, Samuel Orrick-Banda, said in an interview that the letter was “a reminder, not a "
    "threat,” and that no county had yet lost any money. He said the chairwoman had sent a similar letter two years "
    "ago, when a smaller slate was withdrawn before the convention.",
    "Republican strategists in the state said the fight could hurt turnout in the fall. “Nobody in the suburbs of "
    "Atlanta cares who goes to the national convention,” said Keisha Lambrecht-Ode, a consultant who ran the party’s "
    "coordinated campaign in the last midterms. “They care whether the party looks like it can run a state. Right now "
    "it doesn’t.”",
)

DINER: tuple[str, ...] = (
    "At a Manchester diner, voters weigh a crowded field over eggs and coffee",
    "At the Kettle & Crank Diner on Elm Street, the booths fill by 6:30 a.m., and by 7 the talk has usually turned to "
    "the primary. On Tuesday morning, with nine days left before voters go to the polls, most of the regulars said "
    "they had not made up their minds.",
    "“I’ve seen four of them in person and I still couldn’t tell you,” said Bernadette Fairweather-Nunn, 71, a retired "
    "school nurse who has voted in every New Hampshire primary since 1976. She said she liked Solberg-Kane’s record on "
    "health care but worried that the governor “talks like she’s already won.”",
    "Across the counter, Dwayne Oyelaran-Birch, a contractor from Goffstown, said he was leaning toward "
    "Ablewhite-Moreno, mostly because the senator had come to his union hall twice. “He stayed for two hours and he "
    "didn’t look at his phone once,” Oyelaran-Birch said, adding that he had voted for a Republican for governor last "
    "time. His wife, Charlene, shook her head. “He says that every time,” she said. “He votes for whoever shook his "
    "hand last.”",
    "The diner’s owner, Stavros Pelletreau-Kim, who bought the place from his uncle, keeps a jar by the register where "
    "customers drop a bean for their candidate. Pelletreau-Kim said the jar had been “dead wrong” in the last two "
    "primaries, which he said was part of its charm. “It’s not a poll,” the owner said. “It’s breakfast.”",
    "A statewide survey released Monday by the Granite Hollow Institute suggests the diner is not unusual: it found "
    "that 38 percent of likely Democratic primary voters remained undecided or open to changing their minds, the "
    "highest share at this point in any cycle the institute has tracked. The institute’s director, Nathaniel "
    "Brightwater-Osei, said undecided voters in New Hampshire “tend to break late and break together.”",
    "Not everyone at the diner was undecided. Marguerite Tollefsen-Abara, a 34-year-old nurse practitioner who was "
    "eating with her two children, said she had been a volunteer for Solberg-Kane since the summer and had knocked on "
    "about 600 doors. “People here want to be asked,” she said. “They don’t want to be told.” Her son, Eli, 9, said he "
    "was voting for pancakes.",
    "On the way out, Fairweather-Nunn stopped at the bean jar and dropped nothing in. “I’ll know when I’m standing in "
    "the booth,” the retired nurse said. “That’s how it always goes.”",
)

"""A fifty-fifth batch of fictional stories for probing the quotes, in the manner of WEB STORIES WRITTEN FROM BROADCAST
INTERVIEWS: the Sunday political talk shows of the US ("said on NBC's Meet the Press", "appearing on CNN's State of
the Union", "told host X", "in an interview that aired Sunday"), Canadian and British radio and TV ("told CBC Radio's
The House", "speaking on CTV's Question Period", "on the BBC's Today programme", "told LBC", "told Global News") and
podcasts ("said on his podcast", "told the hosts of the podcast X"). The host's questions ("When asked whether …",
"Pressed by host X on whether …", "X asked whether …"), the host as a speaker of their own ("X noted that", "he
said", "put it to the minister that"), guests who "pushed back", "conceded", "dodged a question", "replied"; several
guests in one story; shows' names the recogniser may take for a person or a body ("The House", "Question Period",
"Main Street Council", "Hollis & Grey", "Today"); quotations over two sentences with the cue between; pronoun chains
across the paragraphs of a long write-up. The stories: senators trading blame over a shutdown, a trade minister on
a lumber dispute, a housing secretary's morning round of interviews, a former governor's podcast, and a defense
secretary on a carrier deployment. Written for these tests; none is taken from any corpus, and every person, show,
podcast and body in them is made up (the networks are real). The gold is in test_longform_probes_fiftyfifth.py."""

from __future__ import annotations

SHUTDOWN: tuple[str, ...] = (
    "Senators trade blame on Sunday shows as shutdown enters second week",
    "Senate Majority Leader Thomas Garrity said Sunday that Democrats would bear the blame if the government stayed "
    "closed past the end of the month. “We have passed a clean bill three times. The votes are there if they want "
    "them,” Garrity said on NBC’s Meet the Press. Pressed by host Ellen Marchbanks on whether he would accept a "
    "short-term extension, the Kentucky Republican said he was open to one “for a matter of weeks, not months.”",
    "Marchbanks noted that Garrity had voted against a similar stopgap in 2019. “You called it a gimmick then,” she "
    "said. Garrity conceded the point but argued that the circumstances were different. “I was wrong to call it that. "
    "But that bill funded nothing we had agreed on,” he said.",
    "Appearing on CNN’s State of the Union, Senate Minority Leader Rosalind Achebe-Hart pushed back, saying "
    "Republicans had added $14 billion for border enforcement to the last bill at the final hour. “You don’t get to "
    "move the goalposts and then call us the ones who walked off the field,” she told host Marcus Delacroix-Webb. "
    "Achebe-Hart dodged a question about whether she would support the extension Garrity described. “I’ll look at "
    "any bill they send. I haven’t seen one,” she said.",
    "Budget director Wendell Okafor-Lynn, speaking on ABC’s This Week, said federal agencies had begun to run out of "
    "money for contractors. He warned that air traffic controllers, who are working without pay, could start calling "
    "in sick. “We saw it in 2019. Nobody should be surprised if we see it again,” Okafor-Lynn said. Asked by host "
    "Jonah Feldstein whether the White House had a plan to pay them, he said only that “every option is on the "
    "table.”",
    "Marchbanks noted at the close of her program that the shutdown was now the third longest in the country’s "
    "history.",
)

LUMBER: tuple[str, ...] = (
    "Trade minister says Ottawa won’t blink first in lumber dispute",
    "International Trade Minister Geneviève Okonkwo-Belliveau says Canada will not drop its challenge to new American "
    "duties on softwood lumber, even if Washington offers relief on steel. “We are not going to trade one industry for "
    "another. That is not a negotiation, that is a ransom,” Okonkwo-Belliveau told CBC Radio’s The House in an "
    "interview that aired Saturday.",
    "The minister said she had spoken twice this month with her American counterpart, and that officials would meet "
    "again in Ottawa next week. When asked whether Canada would retaliate with tariffs of its own, she said “nothing "
    "is off the table,” but that Ottawa’s first choice was a negotiated deal.",
    "Host Catherine Lindqvist-Moore put it to the minister that mills in northern British Columbia had already "
    "closed. “Three mills in eight months. Those workers are not going to wait for a panel ruling,” Lindqvist-Moore "
    "said. Okonkwo-Belliveau conceded that the dispute process was slow. “It is slow, and it is frustrating. It is "
    "also the only process we have ever won,” she said.",
    "Conservative trade critic Darnell Fitzgibbon-Rao told Global News that the government had been caught "
    "flat-footed. “They knew these duties were coming for a year. What did they do with that year?” Fitzgibbon-Rao "
    "said in an interview. He called on the minister to fly to Washington this week.",
    "Speaking on CTV’s Question Period, the head of the Northern Interior Sawmillers Council, Marguerite "
    "Salonen-Achterberg, said her members could not survive another two years of duties. “Some of our smaller members "
    "are down to their last line of credit,” she said. The council later said in a statement that it supported the "
    "minister’s approach “for now.”",
    "Okonkwo-Belliveau told The House she expected a ruling from the trade panel before the end of the year. “After "
    "that, the Americans will have a choice to make,” she said.",
)

GREEN_BELT: tuple[str, ...] = (
    "Housing secretary refuses to rule out green belt building",
    "The housing secretary, Miriam Ashcombe-Pryce, has refused to rule out building on protected green belt land to "
    "meet the government’s target of 1.5 million homes. Asked repeatedly on the BBC’s Today programme whether the "
    "target could be met without it, Ashcombe-Pryce said the government would “look at every site on its merits.”",
    "Presenter Owen Trevelyan-Shaw pointed out that her own party had promised in its manifesto to protect the green "
    "belt. “You stood on that manifesto. Voters in your constituency will have read it,” he said. “I stood on a "
    "promise to build homes, and I intend to keep it,” she replied.",
    "Later, on Sky News, Ashcombe-Pryce said she had “no plans” to change the planning rules this year but would not "
    "be “held hostage” by local objections. Pressed by presenter Kavita Rhodes-Harlow on whether that meant "
    "overriding councils, she said: “It means councils will have to play their part. Most of them want to.”",
    "The shadow housing secretary, Bartholomew Kinsella, told LBC that the minister had been “all over the place” and "
    "that the target was “a slogan, not a plan.” “If she cannot tell us where the homes are going, she cannot tell us "
    "they are going to be built,” Kinsella said.",
    "The Campaign to Protect Rural Shires, a countryside charity, said in a statement that the interview had left "
    "“more questions than answers.” Its chief executive, Philippa Oyelowo-Grant, told the Today programme later in "
    "the morning that green belt sites accounted for less than a tenth of the land with planning permission that had "
    "not been built on. “The land is there. The builders are sitting on it,” she said.",
)

PODCAST: tuple[str, ...] = (
    "Former governor says party ‘lost the plot’ on trade in podcast interview",
    "Former Michigan governor Raymond Kowalski-Brandt said the Democratic Party had “lost the plot” on trade and would "
    "keep losing industrial states until it admitted as much. “We told autoworkers for thirty years that the jobs "
    "would come back. They didn’t, and people noticed,” Kowalski-Brandt said on the latest episode of his podcast, "
    "Main Street Council, released Tuesday.",
    "Kowalski-Brandt, who served two terms before losing a Senate race in 2022, said he had no plans to run for office "
    "again. He said his party’s leaders in Washington had spent more time “talking to donors than to shift workers.” "
    "He went further later in the episode, telling his co-host, the former union organizer Dolores Achterberg-Ruiz, "
    "that tariffs on Chinese electric vehicles were “the one thing the other side got right.”",
    "Achterberg-Ruiz pushed back. “Tariffs without a plan for the plants are just a tax on the people buying the "
    "cars,” she said. The two agreed that the party needed candidates who had worked outside politics.",
    "The episode drew a sharp response from the Michigan Democratic Party. Its chair, Terrence Obuya-Lindgren, told "
    "the hosts of the podcast Hollis & Grey on Wednesday that Kowalski-Brandt was “relitigating fights from 2016.” "
    "“Ray is a friend. Ray is also not on the ballot, and our candidates are,” Obuya-Lindgren said.",
    "Hollis & Grey co-host Nadia Hollis said on the show that she had heard the same complaint from voters in Ohio and "
    "Pennsylvania. “Whether he’s right or not, he’s saying out loud what a lot of people say at the diner,” Hollis "
    "said.",
    "Kowalski-Brandt did not respond to a request for comment. In a post on X on Thursday, he wrote that he stood by "
    "every word. “If the truth costs me some friends, I have a podcast to keep me company,” he wrote.",
)

CARRIER: tuple[str, ...] = (
    "Defense secretary defends carrier deployment, says talks ‘still possible’",
    "Defense Secretary Lorraine Castellanos-Webb said Sunday that the United States would keep a second aircraft "
    "carrier in the eastern Mediterranean “as long as it takes” to deter attacks on American troops in the region. In "
    "an interview that aired Sunday on CBS’s Face the Nation, Castellanos-Webb said the deployment was “defensive, "
    "full stop.”",
    "She told host Gideon Abernathy-Cole that there had been 11 drone and rocket attacks on bases housing American "
    "troops since March. None had caused serious injuries, she said, but “it only takes one.”",
    "Abernathy-Cole asked whether the administration had ruled out strikes on the groups responsible. “We don’t rule "
    "things in or out on Sunday television,” she said, smiling. “But I would not want to be the person who ordered "
    "those attacks.”",
    "The secretary said she had spoken with her counterparts in Turkey and Greece over the weekend, and that both had "
    "offered to help with surveillance flights. She said talks with the groups’ backers were “still possible” through "
    "intermediaries, though she declined to name them.",
    "Later in the program, Senator Howard Ngata-Pryor, the top Republican on the Armed Services Committee, said the "
    "carrier was not enough. “A carrier is a message. Right now the message is that we’ll absorb the hits,” "
    "Ngata-Pryor told Abernathy-Cole. He said he would push for a vote on new authority for the use of force before "
    "the end of the year. He said the administration was “waiting for a funeral to act.”",
    "Ngata-Pryor’s comments drew a quick reply from the Pentagon. Its press secretary, Colonel Abigail Drummond-Osei, "
    "wrote on X that the senator “knows better” and that the secretary had briefed his committee twice this month. "
    "Castellanos-Webb did not answer questions about the post. As she left the studio, though, she told reporters she "
    "had “great respect” for the senator. “He and I want the same thing. We disagree about how fast to get there,” "
    "she said.",
    "A former Pentagon official, Desmond Farrow-Ibe, now a fellow at the Hollingsworth Institute, said in a phone "
    "interview that the carrier bought time but not a strategy. He said the administration’s real test would come if "
    "an American soldier were killed. “That is when the pressure Ngata-Pryor is talking about becomes impossible to "
    "ignore,” he said.",
)

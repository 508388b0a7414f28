"""A hundred-and-fourth batch of fictional stories for probing the quotes, in the manner of A US PRESIDENTIAL PRIMARY
DEBATE NIGHT AND THE MORNING AFTER, in a made-up election year, as the wires, political web sites and network web
pages write it, in short paragraphs: the debate itself (six Republicans on one stage, lines "said, turning to" a
rival, "shot back", a candidate who "accused both front-runners of …" and then "he said" set in mid-sentence, a
businessman who "called" a senator something "and said", a moderator who "asked", a closing line "told the
audience"); the spin room (two campaign managers, a senator backing one candidate who "told reporters", a campaign aide,
a businessman working the room himself, the state party chairman, a pollster on his focus group with "According to
X, …", one of the group, a campaign's statement); a network's fact-check page ("X claimed that …, which is false", "X
said …. That is misleading.", "said … of her proposal", a spokesman "asked about" the layoffs, court records and an
analysis that "show", a think tank's president "in an email"); and the morning after (a candidate who "told reporters
at a diner", "in an interview with" a radio show, "saying" after a verb that is no cue, a quotation that opens a
paragraph and is attributed in the next sentence, a campaign "said in a statement", a candidate who "tweeted" and
"wrote", "wrote on social media", a political scientist, an instant poll, an aide "speaking on condition of
anonymity"). Candidates are quoted about one another by name inside their quotations. Written for these tests; none is
taken from any corpus, and every person, campaign, network, company, institute, college and radio show in them is
made up (the states, cities and kinds of bodies are real). The gold is in test_longform_probes_hundredfourth.py."""

from __future__ import annotations

DEBATE: tuple[str, ...] = (
    "Quenneville-Obi and Achterberg-Lyle trade blows over gas taxes and Medicare in first Republican debate",
    "DES MOINES, Iowa — Nevada Gov. Marisol Quenneville-Obi and Ohio Sen. Desmond Achterberg-Lyle clashed over "
    "taxes, Medicare and each other’s records Wednesday night as six Republicans seeking the party’s 2036 "
    "presidential nomination met on a debate stage for the first time.",
    "“I have balanced four budgets in a state that the experts said could not balance one,” Quenneville-Obi said in "
    "her opening statement. “Washington has balanced none.”",
    "Achterberg-Lyle, who leads in most national polls, said the governor had “raised the gas tax twice” and then, "
    "turning to her, asked whether she would do the same to the country.",
    "“Desmond has been in the Senate for 18 years, and the only thing he has ever balanced is a fundraising "
    "schedule,” Quenneville-Obi shot back.",
    "Former Ambassador Rutger Pell-Amadi, polling in single digits, accused both front-runners of ignoring China. "
    "Tariffs on Chinese steel, he said, had cost Iowa farmers their soybean markets twice in a decade.",
    "Businessman Tobin Greaves-Nakashima called Achterberg-Lyle “a career politician with a tan” and said he would "
    "not take a salary as president.",
    "The moderator, Lorna Iversen-Bakshi of the Keystone Broadcast Network, twice asked Achterberg-Lyle whether he "
    "would sign a national abortion ban. He said the question belonged to the states and that he would veto “any bill "
    "that takes it back to Washington.”",
    "Rep. Yvonne Strathdee-Koenig of Florida, the only House member on the stage, said the party had lost the suburbs "
    "“because we keep talking about ourselves.”",
    "“If you want four more years of this, there are five other people up here,” she said, turning to the rest of "
    "the stage.",
    "Medicare drew the sharpest exchange of the night. Achterberg-Lyle said Quenneville-Obi’s plan would let insurers "
    "“cherry-pick the healthy” and accused her of copying it from a Washington think tank.",
    "“That is not true, and he knows it is not true,” the governor said, turning to Achterberg-Lyle. “My plan keeps "
    "every senior on the plan they have today.”",
    "Former Gov. Caleb Wrexham-Oduya of South Carolina, who rarely spoke, told the audience in his closing statement "
    "that he was “the only one up here who has cut a state’s income tax to zero.”",
    "The next debate is scheduled for Oct. 14 in Manchester, N.H. Candidates must reach 4 percent in three national "
    "polls to qualify.",
)

SPIN: tuple[str, ...] = (
    "In the spin room, every campaign won the debate",
    "DES MOINES — Before the candidates had left the stage Wednesday night, their campaign managers, surrogates and "
    "a few senators were already in the spin room down the hall, each explaining why their candidate had won.",
    "“She owned that stage,” said Hollis Dunmore-Achebe, Quenneville-Obi’s campaign manager. “Desmond came in as the "
    "front-runner and left as the guy who had to explain his Medicare plan three times.”",
    "Dunmore-Achebe said the campaign had raised $1.2 million online in the two hours after the debate, a figure that "
    "could not be independently verified.",
    "Across the room, Sen. Oren Castellweis of Texas, who endorsed Achterberg-Lyle in June, told reporters the "
    "senator had been “the only adult on the stage.”",
    "“Marisol Quenneville-Obi spent ninety minutes attacking Desmond because she has nothing else to talk about,” "
    "Castellweis said. “Nevada voters know her record. Iowa voters are about to.”",
    "Achterberg-Lyle’s campaign manager, Priscilla Vantongeren, was more measured. The senator “did what front-runners "
    "do,” she said, adding that the campaign would not change its plans for Iowa.",
    "Pell-Amadi did not come to the spin room. A campaign aide said the former ambassador was “perfectly happy” with "
    "his night.",
    "Greaves-Nakashima worked the room himself. “I don’t need a spin doctor. I’m the only guy up there who ever made "
    "a payroll,” he told a crowd of reporters.",
    "The chairman of the state Republican Party, Augustin Feldkamp-Rowe, said the party had sold every one of the "
    "1,900 seats in the hall and that the debate had drawn “the biggest crowd this building has seen since the "
    "caucuses.”",
    "Fenwick Adeyemi-Stroud, a Republican pollster who watched the debate with a focus group of 14 undecided "
    "caucusgoers in Ankeny, said nine of them had moved toward Quenneville-Obi by the end of the night.",
    "“The gas tax line hurt her for about five minutes, and then the Medicare answer won them back,” Adeyemi-Stroud "
    "said. “Nobody in that room could tell you what Pell-Amadi’s China plan was, but they all remembered he had one.”",
    "According to Adeyemi-Stroud, only two members of the group said they would caucus for Achterberg-Lyle, down from "
    "five before the debate.",
    "One of them, a retired schoolteacher from Altoona, said she liked the senator’s answer on abortion but found him "
    "“smug.”",
    "Strathdee-Koenig’s campaign said in a statement that the congresswoman had “said what every suburban mother in "
    "America is thinking.”",
)

FACTCHECK: tuple[str, ...] = (
    "Fact check: What the Republican candidates got wrong in Wednesday’s debate",
    "Six Republican presidential candidates made dozens of claims about the economy, trade and each other’s records "
    "during Wednesday night’s debate in Des Moines. Here is a look at some of them.",
    "Quenneville-Obi claimed that Nevada had added “more manufacturing jobs than any state in the West” during her "
    "time as governor, which is false. Federal figures show Arizona and Utah both added more.",
    "Achterberg-Lyle said the governor had “raised the gas tax twice.” That is misleading. Nevada’s gas tax rose twice "
    "while she was in office, but one of the increases was automatic, set by a law passed before she took office.",
    "Pell-Amadi claimed that tariffs on Chinese steel had cost Iowa farmers their soybean markets “twice in a "
    "decade.” This needs context: exports fell sharply in two years, but both times they recovered within 18 months.",
    "Greaves-Nakashima said his company, Kestrelmark Logistics, had “never laid off a single American worker.” Court "
    "records show the company closed a warehouse in Toledo in 2029 and laid off 340 people.",
    "Asked about the layoffs after the debate, a Greaves-Nakashima spokesman, Dmitri Halloran-Voss, said the Toledo "
    "workers had been offered jobs at other sites.",
    "Strathdee-Koenig said the party had lost “every suburban county in Pennsylvania” in the last election. She is "
    "nearly right: the party lost 11 of 12.",
    "“My plan keeps every senior on the plan they have today,” Quenneville-Obi said of her Medicare proposal. That is "
    "true for current enrollees, according to an analysis by the Ferncastle Budget Project, but new enrollees after "
    "2040 would be moved to private plans.",
    "Wrexham-Oduya said he had cut South Carolina’s income tax “to zero.” He did not. The top rate fell from 6.5 "
    "percent to 3.9 percent while he was governor, according to the state’s Department of Revenue.",
    "Wrexham-Oduya’s campaign did not respond to a request for comment.",
    "Achterberg-Lyle accused Quenneville-Obi of copying her Medicare plan from a Washington think tank. The plan’s "
    "outline does resemble a 2033 paper by the Hollandale Institute, whose president, Nadia Vorhees-Kimura, said in "
    "an email that the institute “did not write anyone’s plan.”",
)

MORNING: tuple[str, ...] = (
    "After the debate, Quenneville-Obi claims momentum as Achterberg-Lyle plays down the night",
    "ANKENY, Iowa — The morning after the first Republican debate, Nevada Gov. Marisol Quenneville-Obi told "
    "reporters at a diner here that she had “changed the race” and that Iowa voters had finally seen the difference "
    "between a governor and a senator.",
    "“Marisol had a good night. I had a good night. The difference is, I’ll have a good January,” Achterberg-Lyle "
    "said in an interview with Prairie Morning, a Des Moines radio show.",
    "The senator dismissed the focus groups and instant polls that had him losing the debate, saying caucusgoers "
    "“don’t make up their minds on a Wednesday in September.”",
    "“He is running out the clock, and Iowans can see it.” Quenneville-Obi said it three times on Thursday, at "
    "stops in Ankeny, Ames and Boone, each time about Achterberg-Lyle.",
    "Desmond for America, the senator’s campaign, said in a statement that the governor was “running from her own "
    "record” and that it had raised more money on debate night than on any day since its launch.",
    "Greaves-Nakashima tweeted before dawn that he had “won the debate by a mile” and posted a clip of his exchange "
    "with Achterberg-Lyle. “Career politicians hate this one weird trick: telling the truth,” he wrote.",
    "Pell-Amadi, asked by reporters in Cedar Rapids whether he would stay in the race after finishing last in an "
    "instant poll, said he would “stay in as long as there is a China.”",
    "Strathdee-Koenig wrote on social media that she had qualified for the second debate, and her campaign manager, "
    "Colette Brundage-Farouk, told reporters the campaign had hired 30 organizers in New Hampshire.",
    "Not everyone saw a winner. “Nobody landed a punch that will matter in January,” said Ingrid Solvang-Mbeki, a "
    "political scientist at Ridgecrest College in Cedar Falls.",
    "Solvang-Mbeki said the debate had mostly confirmed what voters already thought of the front-runners, noting that "
    "neither had been asked about farm subsidies.",
    "According to a Keystone Broadcast Network instant poll of 610 debate watchers, 38 percent said Quenneville-Obi "
    "won, 27 percent Achterberg-Lyle and 12 percent Greaves-Nakashima.",
    "The state party chairman, Augustin Feldkamp-Rowe, said the party would hold a second forum in Sioux City in "
    "November. “Six is a lot of candidates for one stage,” he said. “By November, it won’t be six.”",
    "A senior aide to Achterberg-Lyle, speaking on condition of anonymity to discuss internal polling, said the "
    "senator still led in Iowa by about eight points.",
)

"""A ninety-ninth batch of fictional stories for probing the quotes, in the manner of A LONG-FORM US WEB FEATURE ON
SMALL-TOWN NEWSPAPERS THAT CLOSED (A "NEWS DESERT") as public-radio web sites and magazine-style regional sites write
it, in long blocks of five to nine sentences: a Kansas county weekly shut by its chain (its last editor and her
husband of one surname, told apart by first name, "the former publisher" on his porch, the chain that "said in an
email" and "It added", "recalls the longtime reporter", a county commissioner "in an interview" and "Brakefield-Moyer
adds", readers in the diner, one "a farmer whose letters to the editor Marjorie Quillfeather printed", a journalism
professor who studies local news with "says X" after a reported clause and a split "Turnout …, she says, fewer …");
a nonprofit newsroom started in a Georgia county after its paper closed (its founder and "Its founder says", the old
editor and her husband with a quotation split by "Walter Marchbanks says", the chain's spokeswoman "in an email" with
a second "and that", a state press association's director, a reader "who has eaten breakfast there … since the
Sentinel's sports editor, Randy Obermeyer, hired him"); and a Wisconsin town whose readers tried to buy their paper
back (a petition's organizer, the chain "in an email" split over its cue, "The former publisher, …, says", the last
editor and her husband, a county board chairman, the state press association's director and a professor, "she
admits"). Written for these tests; none is taken from any corpus, and every person, paper, chain, newsroom, diner,
university and association in them is made up (the states and kinds of bodies are real)."""

from __future__ import annotations

LEDGER: tuple[str, ...] = (
    "When the Ledger went dark: a Kansas county learns to live without its newspaper",
    "HOLLENBECK, Kan. — For 112 years, the Wexley County Ledger came out every Thursday morning, and for most of "
    "those years it was the only place anyone could read what the county commission had decided. The last issue was "
    "printed on a Wednesday night in March. Marjorie Quillfeather, who had edited the paper for 14 years, wrote the "
    "final front page herself, and her husband, Dale Quillfeather, took the photograph that ran above the fold. “I "
    "wrote the obituary of a newspaper that had printed every obituary in this county since 1912,” Marjorie "
    "Quillfeather says. “It was the hardest thing I have ever written, and I have written about children dying.” She "
    "keeps a copy of that issue folded on the kitchen table. Dale says he still cannot bring himself to look at it.",
    "The Ledger’s owner, Brightwater Community Media, a chain based in Nashville that bought the paper in 2017, said "
    "in an email that the paper had lost money for six straight years. “We explored every option, including a sale, "
    "before making this difficult decision,” the company said in an email. It added that subscribers would receive "
    "refunds for the rest of their subscriptions. The chain has closed or merged 31 of its papers since 2020, "
    "according to a count by the state press association. Brightwater did not respond to questions about how many "
    "people it had laid off.",
    "Orrin Vasbinder, whose family owned the Ledger for three generations before he sold it, has not forgiven "
    "himself. “I told myself they would keep it going, and I believed it because I wanted to,” the former publisher "
    "says from the porch of his house on Elm Street. He is 81 now. The chain, he says, cut the newsroom from nine "
    "people to two within a year of the sale. “By the end, Marjorie was the whole newspaper,” he says. “She was the "
    "reporter, the editor, the photographer when Dale was busy, and the one who took the calls when somebody’s name "
    "was spelled wrong.”",
    "Gene Albertsma covered the county courthouse for the Ledger for 31 years before the chain eliminated his job in "
    "2019. “There were meetings where I was the only person in the room who was not on the payroll,” recalls the "
    "longtime reporter, who now drives a school bus. Nobody covers those meetings now. Last fall the commission "
    "approved a $4 million jail expansion without a single story written about it beforehand, he says. “Nobody knew "
    "until the tax bills came.”",
    "County Commissioner Lucinda Brakefield-Moyer, who voted for the expansion, disputes that account. “Every one of "
    "those meetings was open to the public, and the agendas were posted online,” she said in an interview. “But I "
    "will grant you this: nobody reads an agenda online.” She says she misses the paper more than she expected to, "
    "if only because the Ledger told her what her constituents were angry about before they called her. “Now I find "
    "out at the grocery store,” Brakefield-Moyer adds.",
    "At the Wagon Wheel Diner on Main Street, the morning regulars still talk about the paper as if it might come "
    "back. “I used to read it front to back, even the legal notices,” says Verna Pettibone, 78, a retired "
    "schoolteacher. “Now I get my news from Facebook, and half of it is lies.” Across the counter, Hollis Dunaway, a "
    "farmer whose letters to the editor Marjorie Quillfeather printed for nearly 30 years, shakes his head. “Where am "
    "I supposed to complain now?” he says. The others in the booth laughed, but he was not joking, he insisted.",
    "The loss of a paper like the Ledger has measurable effects, says Teodora Ashgrove-Linn, a journalism professor "
    "at Pellham State University who studies local news. Turnout in local elections falls, she says, fewer "
    "candidates run for office, and borrowing costs for local governments rise. “When the watchdog leaves, the cost "
    "of government goes up, and the people who pay it are the readers who lost the paper,” Ashgrove-Linn said. "
    "Wexley County is now one of more than 200 counties in the country with no local news source at all, according "
    "to her research. “That is what we mean by a news desert,” she says. “It is not that there is no information. It "
    "is that nobody is paid to check it.”",
)

LANTERN: tuple[str, ...] = (
    "Can a nonprofit newsroom bring the news back to a county that lost its paper?",
    "TALLOW CREEK, Ga. — The Tallow Creek Sentinel printed its last edition in 2022, and for almost a year nobody "
    "covered the school board. Then Desmond Achterberg-Nwosu, a former statehouse reporter, raised $310,000 from two "
    "foundations and a few hundred residents and started the Piedmont Lantern, a nonprofit newsroom that publishes "
    "online and in a free monthly print edition. “People told me a website can’t replace a newspaper, and they were "
    "right,” Achterberg-Nwosu says. “What it can do is show up at the meeting.” The Lantern has three reporters, all "
    "under 30. Its founder says it will need to double its budget within two years to survive.",
    "Rosalind Marchbanks, who edited the Sentinel for its last 11 years, writes a column for the Lantern now. Her "
    "husband, Walter Marchbanks, ran the Sentinel’s press until the owner sold it for scrap. “Walter cried when the "
    "truck took it away, and he is not a man who cries,” she says. He disagrees. “I had something in my eye,” Walter "
    "Marchbanks says, “for about a week.” The couple still get calls from readers asking when the paper will come "
    "back, she adds.",
    "The Sentinel’s last owner was Cardale Publishing Holdings, which still prints a regional daily 40 miles away. A "
    "spokeswoman for the company, Bethany Saltonstall-Ibe, said in an email that the paper had been “unsustainable for "
    "years” and that Cardale remained “committed to the communities we serve.” The company said it had offered the "
    "Sentinel’s name to local buyers and found none. Asked about that, Rosalind Marchbanks laughs. “They offered it to "
    "me for $250,000,” she says. “For a name.”",
    "Many of the Lantern’s readers are older and do not use the internet, which is why the monthly print edition "
    "matters, says Harmon Oyelaran-Fitch, executive director of the Southeastern Community Press Association. “Print "
    "is not nostalgia in a place like this,” he says. “It is access.” The association counted 19 weekly papers that "
    "closed in the state in the past five years, he said, and only four nonprofit sites that started in their place.",
    "At the Skillet & Spoon, a diner across from the courthouse, the Lantern’s print edition sits in a stack by the "
    "register. “It’s good, but it’s thin,” says Calvin Tenbrink, who has eaten breakfast there most days since the "
    "Sentinel’s sports editor, Randy Obermeyer, hired him to deliver papers in 1971. He reads every issue twice, he "
    "says, because it comes only once a month.",
    "Achterberg-Nwosu is under no illusions. “The math of local news has not changed,” he says. “Advertising left, "
    "and it is not coming back. We are asking people to pay for something they used to get as a side effect of "
    "selling car ads.” If the Lantern fails, he added, the county would go back to having nobody at the meetings at "
    "all.",
)

COURIER: tuple[str, ...] = (
    "After its paper closed, a Wisconsin town tried to buy it back",
    "ASHKETTLE FALLS, Wis. — The Ashkettle Falls Courier closed on a Friday in January, and by Monday a petition was "
    "circulating at the Blue Heron Diner. Nearly 600 residents signed it, asking the paper’s owner, Northway Media "
    "Partners, to sell the Courier to a cooperative of its readers. “We did not want a new paper, we wanted ours,” "
    "says Greta Holmquist-Barr, a retired nurse who started the petition. She and her neighbors raised $180,000 in "
    "six weeks. The company turned them down.",
    "In an email, Northway said the Courier’s name, archive and subscriber list were “valuable assets” that it planned "
    "to keep. “We appreciate the community’s passion for local journalism,” the company said in an email, “but the "
    "Courier is not for sale.” It did not say what it planned to do with the archive, which holds every issue since "
    "1894.",
    "That archive is what worries Bernard Kiesewetter most. The former publisher, who sold the Courier to Northway in "
    "2015, says the bound volumes are stored in a warehouse in Green Bay without climate control. “A hundred and "
    "thirty years of births, deaths, weddings and high school basketball scores, sitting in a building that floods,” "
    "he said. “If that goes, it does not come back.” Kiesewetter, 77, has offered to buy the archive himself. "
    "Northway has not answered him, he says.",
    "The Courier’s last editor, Annika Sorensby, and her husband, Pete Sorensby, who sold its ads, live two blocks "
    "from the empty office. She learned of the closure on a video call with a regional manager she had never met, she "
    "recalls. “He read from a script and asked if I had any questions,” she says. “I asked who would cover the "
    "village board. He said that was a great question.” Pete Sorensby puts it more bluntly. “They bought it to close "
    "it,” he says.",
    "The county now posts its legal notices on its own website, which state law allowed once the Courier closed, "
    "says Kyle Ostrander-Pell, who chairs the county board. “It saves us about $40,000 a year,” he says. “I would pay "
    "it twice to have the paper back.”",
    "The state press association has asked lawmakers for a tax credit for local newsrooms that hire reporters. “A "
    "town without a paper is a town where nobody is watching,” said Marisa Quintanar-Boyle, the association’s "
    "executive director. She said at least 40 Wisconsin weeklies had closed since 2005. A professor who studies local "
    "news at a university in Madison, Elias Brandvold-Oduya, doubts that credits alone would help. “Tax credits help "
    "papers that have an owner who wants to keep them,” he says. “They do nothing against an owner who has decided to "
    "leave.”",
    "Back at the Blue Heron Diner, Holmquist-Barr is not giving up. The cooperative has started a weekly email "
    "newsletter, and 1,100 people have signed up. “It’s not the Courier,” she admits. “But on Thursday mornings, "
    "people here have something to argue about again.”",
)

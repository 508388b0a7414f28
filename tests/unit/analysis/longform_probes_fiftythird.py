"""A fifty-third batch of fictional stories for probing the quotes, in the manner of the CANADIAN TECHNOLOGY AND
STARTUP PRESS AND QUOTES TAKEN FROM SOCIAL MEDIA (a tech business site, a startup news site, a national paper's tech
desk): founders and investors who "told BetaKit" or "said in an interview", a chief executive who "wrote in a LinkedIn
post", a minister who "posted on X, formerly Twitter" and goes on "in a thread", a company that wrote "in a blog post
announcing the round", executives quoted from a press release, employees on an anonymous forum, a union of tech
workers; company and product names the recogniser may take for people or miss ("Ledgerleaf", "Orrery", a robot called
"Marlowe", "Fieldnote"); long blocks with several speakers, split quotes, pronoun chains and speakers first described
("the founder", "the 28-year-old", "the professor", "the farmer"). The stories: a payroll start-up's Series B, layoffs
at an education-software company, a minister defending AI rules on social media, a robot maker sold to an American
buyer, and a farm-sensor start-up that shuts down. Written for these tests; none is taken from any corpus, and every
person, company, product, fund and body in them is made up. The gold is in test_longform_probes_fiftythird.py."""

from __future__ import annotations

SERIES_B: tuple[str, ...] = (
    "Ledgerleaf raises $40 million to take its payroll software to the United States",
    "Toronto-based Ledgerleaf has raised $40 million in a Series B round led by Maple Ridge Ventures, the company "
    "announced on Tuesday. Co-founder and chief executive Priya Ramanathan told BetaKit the money would go to hiring "
    "engineers and opening an office in Austin. “Small businesses in Canada were our proving ground. Now we want to "
    "show we can win south of the border,” Ramanathan said in an interview. The 28-year-old started the company in "
    "2021 from her parents’ basement in Brampton after watching her father, a restaurant owner, struggle with payroll.",
    "In a blog post announcing the round, the company wrote that it now processes payroll for more than 9,000 "
    "employers. “We are not building a feature. We are building the back office that a corner store never had,” the "
    "company wrote. Dominic Achterberg, a partner at Maple Ridge Ventures who will join Ledgerleaf’s board, said in an "
    "interview that the firm had tracked the company for two years. “Priya’s team ships faster than anyone we have "
    "met in this category,” he said. Achterberg said he was not worried by the slowdown in venture funding. “Good "
    "companies get funded in any market,” he added.",
    "Not everyone is convinced. Mira Castellano, a fintech analyst at Brightwater Research in Montreal, said payroll "
    "was a crowded field in the United States. “The American market has three giants and a hundred startups. "
    "Ledgerleaf will need more than a good product,” Castellano said. Ramanathan wrote in a LinkedIn post on "
    "Wednesday that she had heard the doubts before. “Every investor who passed on our seed round said the same "
    "thing. We are still here,” she wrote. Ledgerleaf, which employs 140 people, said it planned to add 60 more by "
    "the end of next year.",
)

LAYOFFS: tuple[str, ...] = (
    "Quillwork lays off a third of its staff as edtech demand cools",
    "Halifax education software company Quillwork has laid off 85 people, about a third of its workforce, its chief "
    "executive announced on Monday. “This is the hardest decision I have made since we started Quillwork. I take full "
    "responsibility for hiring ahead of demand,” Nathaniel Osei-Bonsu wrote in a LinkedIn post. The founder said the "
    "company had grown too quickly during the pandemic, when schools rushed to buy online tools. He said departing "
    "employees would receive 12 weeks of severance and keep their laptops.",
    "Employees said the cuts came without warning. On Blind, an anonymous forum for tech workers, one user who said "
    "they worked at Quillwork wrote that staff learned of the layoffs when their Slack accounts were shut off. “Found "
    "out I was gone when my calendar disappeared,” another post said. Quillwork did not respond to questions about "
    "the posts.",
    "The Atlantic Tech Workers Union, which formed last year and says it has 400 members, posted on X, formerly "
    "Twitter, that the layoffs showed why workers needed a union. “Twelve weeks is not a gift. It is the floor,” the "
    "union said in a thread. Its organizer, Fiona MacKinnon-Baptiste, told the Chronicle Herald that the union had "
    "asked Quillwork for a meeting. “They found time to close a funding round in April. They can find an hour for "
    "us,” MacKinnon-Baptiste said.",
    "Gabriel Thériault, a software developer who lost his job after four years at the company, said he held no grudge "
    "against Osei-Bonsu. “Nate built something real, and a lot of us learned our trade there. But the way it ended "
    "stung,” the 31-year-old said. He said he had already had three interviews. Nova Scotia’s economic development "
    "minister, Colleen Fitzroy, wrote on X that her department would help laid-off workers find jobs in the province. "
    "“Halifax’s tech talent is not going anywhere,” she wrote.",
)

AI_RULES: tuple[str, ...] = (
    "Ottawa’s AI safety rules draw fire from startups",
    "Federal Innovation Minister Anjali Brisebois took to social media on Thursday to defend her government’s "
    "proposed rules for high-risk artificial intelligence. “Canadians deserve to know when a machine is making "
    "decisions about their loans, their jobs and their health. That is not red tape, it is respect,” Brisebois posted "
    "on X, formerly Twitter. In a thread of seven posts, the minister said the rules would apply only to systems used "
    "in hiring, lending and health care. She said her office had met more than 200 companies.",
    "Founders were quick to reply. Tobias Wren-Lachance, chief executive of Montreal machine-learning startup Orrery, "
    "said in a thread that the rules would push young companies to incorporate in Delaware. “Nobody at a seed-stage "
    "startup can afford a compliance team of five. We will build in Canada and ship from somewhere else,” he wrote. "
    "Orrery, which sells software that reads medical scans, raised $12 million last year. The company said in a "
    "statement that it supported transparency but wanted a longer phase-in.",
    "Benjamin Adeyemi-Clarke, president of the Council of Canadian Builders, an industry group representing 150 "
    "technology firms, told the Globe and Mail the bill was written without enough input from small firms. “The "
    "minister met 200 companies. I would like to know how many of them had fewer than 50 employees,” he said. Dr. "
    "Helene Vasquez-Moreau, who studies technology law at the University of Ottawa, said the criticism was "
    "overstated. “Europe passed far stricter rules and its startups did not leave,” the professor said. She said the "
    "bill’s fines were lower than those in the European Union.",
    "Brisebois responded on Friday. “Happy to meet any founder who wants to talk. My door and my DMs are open,” she "
    "wrote on LinkedIn.",
)

ROBOT_SALE: tuple[str, ...] = (
    "Hollis Robotics sold to U.S. logistics giant for $310 million",
    "Vancouver warehouse-robot maker Hollis Robotics has agreed to be acquired by Ohio-based Carver Logistics for "
    "$310 million, the companies said Wednesday. Hollis’s best-known product, a shelf-picking robot called Marlowe, "
    "is used in more than 80 warehouses in North America. “Marlowe was a sketch on a napkin six years ago. Today it "
    "picks four million items a month,” Hollis co-founder and chief executive Ines Fairweather said in a press "
    "release. Carver chief executive Douglas Pemberton said in the same release that the deal would let Carver offer "
    "robots to its own customers.",
    "Fairweather, 41, told The Logic in an interview that the company had talked to three buyers. “We wanted a home "
    "where Marlowe keeps getting built in Vancouver,” she said. She said all 210 employees would keep their jobs and "
    "the team would stay in the city for at least three years. Her co-founder, Arjun Whitlock, who built the robot’s "
    "first arm in his garage, wrote on LinkedIn that he would leave after the deal closes. “Time for me to go build "
    "the next Marlowe,” Whitlock wrote.",
    "Some in the local industry see the sale as a loss. “Every time one of our best companies is sold to an American "
    "buyer, we lose the head office, the patents and eventually the jobs,” said Kenji Aldana-Brooks, managing partner "
    "of Vancouver investment firm Salal Capital, which was not an investor in Hollis. Aldana-Brooks said British "
    "Columbia needed more late-stage funds. A spokesperson for Carver said the company had no plans to move Hollis’s "
    "patents.",
    "Ada Kowalczyk, a Hollis engineer, posted a photo of the team on Instagram. “Proud of this crew, whatever the "
    "logo on the door,” she wrote.",
)

SENSOR_SHUTDOWN: tuple[str, ...] = (
    "Saskatoon agtech startup Fieldnote shuts down after failing to raise",
    "Fieldnote, a Saskatoon startup that sold soil sensors to Prairie farmers, is shutting down after it failed to "
    "raise a new round, its founder said in a Medium post on Sunday. “We ran out of runway before we ran out of "
    "believers,” wrote Colin Bergstrom-Adu. In the post, the 34-year-old said the company had signed 600 farms but "
    "could not make each sensor for less than it charged. He said the company would return what was left of its cash "
    "to investors.",
    "Harvest Lane Capital, Fieldnote’s largest investor, said it stood by the team. “Hardware is hard, and farming is "
    "harder. Colin’s team did everything right except pick an easy problem,” general partner Rosalind Tkachuk said "
    "in an interview. Tkachuk said her fund would keep investing in agriculture.",
    "Farmers who used the sensors said they would miss them. Dale Ostrowski, who grows canola and lentils near "
    "Rosetown, said Fieldnote’s app told him which fields needed fertilizer before he could see it in the crop. “I "
    "saved more on fertilizer in one season than the sensors cost me,” Ostrowski said. He said he had asked the "
    "company whether he could keep using the sensors. “They told me the app goes dark on the 30th,” the farmer said.",
    "Saskatchewan’s trade minister, Wendell Achterhof, said in a post on X that the province’s new tax credit for "
    "agriculture technology would help the next Fieldnote. Opposition critic Marisa Delorme replied in the thread "
    "that the credit came two years too late. “Fieldnote did not need a post. It needed a partner,” Delorme wrote.",
)

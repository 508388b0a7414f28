"""A fifth batch of fictional long-form feature articles for probing the quotes, each a tuple of paragraphs: Canadian
local, court, business, political, health and arts features in few long blocks with several speakers a block, split
quotes with the cue in the middle, present and inverted cues ("says X", "X told the Y", "X added"), speakers brought in
by a long apposition and then named by surname, by title ("the judge", "the minister", "the professor") and by
pronoun, organisations that speak and are then "the union", "the agency" or "it", written statements and posts ("said
in an email", "wrote in a post"), a quotation running into the next paragraph, partial quotations in narration,
"according to", a speaker named in the sentence after the quotation and unnamed spokespeople. Written for these
tests; none is taken from any corpus. The gold is in test_longform_probes_fifth.py."""

from __future__ import annotations

LIBRARY: tuple[str, ...] = (
    "The flood came on a Sunday, which is the only reason nobody was hurt. By the time staff at the Riverside "
    "branch of the Pine Hollow Public Library arrived on Monday morning, the water in the basement stood at knee "
    "height and the children’s collection, some 9,000 books, was floating. Rosalind Achterberg, the library’s chief "
    "executive officer and a former school librarian who has worked in the system for 27 years, was among the first "
    "to wade in. “I’ve seen a lot of things in this job, but I had never seen a picture book float past me,” "
    "Achterberg says. “It was almost funny, until it wasn’t.” The branch has been closed since. The City of Pine "
    "Hollow, which owns the building, says a sump pump failed during the storm and that the backup alarm had been "
    "disconnected during renovations last year. “The smell was the worst part.” Ernie Paquette, the branch’s "
    "custodian for 19 years, says he spent a week with fans and a wet vacuum before the city sent a cleaning crew.",
    "Achterberg has spent the months since trying to keep the branch’s programs alive in borrowed rooms. Story time "
    "now happens in the gym of Lakeview Public School, and the seniors’ book club meets at the legion. “We are a "
    "library without a building,” she said, “which is a bit like a church without a roof. You can still do it, but "
    "everybody gets wet.” Parents have noticed. Hana Sorensen, who brings her twin three-year-olds to story time "
    "every Thursday, says the gym is loud and the children can’t borrow books afterward. “They used to come home "
    "with a stack of books taller than they are,” she said. “Now they come home with a sticker.” The library board "
    "chair, Coun. Walter Brezinski, told the Chronicle-Journal the board will ask council for $2.3 million to repair "
    "the building and move the children’s collection upstairs. Brezinski called the basement “a mistake we made in "
    "1974.” “We are not going to put books in a basement again,” Brezinski said. “Not on my watch.” The councillor "
    "added that the insurance payout would cover about half the cost.",
    "Not everyone is waiting for council. CUPE Local 3381, which represents the branch’s 14 staff, says the flood "
    "exposed years of neglect. In a post on its Facebook page, the union wrote that members had reported water "
    "stains in the basement as early as 2021. “Management was told. Management did nothing,” the post said. The "
    "union’s president, Darlene Moose, said no staff have lost their jobs, but some part-time workers have seen "
    "their hours cut in half. “People are paying their rent with fewer shifts,” Moose said. “That is the part nobody "
    "at city hall sees.” A spokesperson for the City of Pine Hollow said in an email that the city had no record of "
    "any complaint about water in the basement before the flood. It said an independent engineer is reviewing the "
    "failure and that the report will be made public.",
    "For Achterberg, the hardest part has been the books themselves. Staff froze about 600 of the least damaged ones "
    "in a borrowed freezer truck, a trick used by archivists, in the hope of drying them out later. Most of the rest "
    "went to the landfill. “Some of those books had been read by three generations of kids in this neighbourhood,” "
    "she says. “You could see the names written inside the covers.” The chief executive says donations have poured "
    "in since a story about the flood ran in the paper, and that the library now has more picture books than it has "
    "room to shelve. “I have boxes in my office, boxes in my car, boxes in my sister’s garage,” she said. “If you "
    "are thinking of donating, please, hold off until spring.” Council will vote on the repair money on March 14.",
)

SENTENCING: tuple[str, ...] = (
    "For almost two years, Marguerite Leblanc has driven past the intersection of Portage Road and Ellis Street on "
    "her way to work, and for almost two years she has looked away. It was there, on a wet night in October 2024, "
    "that her son, 22-year-old Julien Leblanc, was struck and killed by a pickup truck while crossing on a green "
    "light. On Tuesday, the driver, Kyle Brandvold, 34, of Brandon, was sentenced to four years in prison for "
    "dangerous driving causing death. Justice Priya Venkataraman of the Court of King’s Bench, a former Crown "
    "attorney who was appointed to the bench in 2019, said the sentence had to send a message. “The roads of this "
    "province are not a racetrack,” Venkataraman said as she delivered her decision. “Mr. Brandvold treated them as "
    "one, and a young man is dead.” Brandvold, who pleaded guilty in March, was also banned from driving for ten "
    "years.",
    "Court heard that Brandvold had been drinking at a friend’s house and was driving at more than 100 kilometres an "
    "hour in a 50 zone, according to an agreed statement of facts. Crown prosecutor Alana Fitzsimmons had asked for "
    "six years. She told the court Brandvold had two previous convictions for impaired driving and had been driving "
    "on a suspended licence. “This was not a mistake. This was a choice, made again and again,” Fitzsimmons said. "
    "Defence lawyer Raymond Osei-Bonsu argued for three years, saying his client had taken responsibility and had "
    "been sober for 18 months. “He does not ask for forgiveness,” Osei-Bonsu said. “He knows he hasn’t earned it.” "
    "The judge said she accepted that Brandvold was remorseful, but that his record weighed heavily against him. "
    "“Remorse is real, and it matters,” she said. “It does not bring anyone home.”",
    "Marguerite Leblanc read a victim impact statement before the sentence was handed down, her voice breaking "
    "several times. She described her son as a second-year nursing student who called her every night at ten. “I "
    "still keep my phone on the table at ten o’clock,” she told the court. “I know it won’t ring. I keep it there "
    "anyway.” Outside the courthouse, she said the sentence was “not enough, but it is something.” Her daughter, "
    "Sophie Leblanc, said the family would push for tougher rules for drivers with previous convictions. “Two "
    "convictions, and he still had a truck and the keys to it,” she said. “Somebody should have to answer for "
    "that.” Manitoba Justice declined to comment on the case, but a spokesperson for the department said in an "
    "email that the province is reviewing its ignition interlock program. According to the spokesperson, the review "
    "will be finished by the end of the year.",
    "Brandvold, dressed in a grey suit, stood when the judge asked if he had anything to say. He turned to face the "
    "Leblanc family. “I think about Julien every day,” he said. “I am sorry. I know that is a small word.” He was "
    "led out of the courtroom in handcuffs. His lawyer said after the hearing that his client would not appeal. “He "
    "wants this to be over for the family,” Osei-Bonsu said. “That is the one thing he can give them.” The Leblancs "
    "plan to hold a vigil at the intersection on the second anniversary of the crash. “We will stand where he "
    "stood,” Marguerite Leblanc said. “And this time, everybody will stop.”",
)

SAWMILL: tuple[str, ...] = (
    "The whistle at the Carrow Lake sawmill has marked shift changes in this northern Ontario town since 1952. Next "
    "month, it will blow for the last time. Northwood Forest Products Ltd., the Vancouver-based company that has "
    "owned the mill since 2008, announced Thursday that it will close the operation in June, eliminating 212 jobs. "
    "In a news release, the company said a shortage of timber, high freight costs and a slump in U.S. lumber prices "
    "had made the mill “no longer viable.” Northwood chief executive Graham Tessier, a forester by training who spent "
    "a decade running mills in British Columbia before taking the top job, said the decision was painful. “This is a "
    "mill with a proud history and a workforce that has never let us down,” Tessier said in the release. “The "
    "economics simply no longer work.” The company says it will offer severance and help workers find jobs at its "
    "two other Ontario mills.",
    "Unifor Local 1127, which represents the mill’s hourly workers, said it was blindsided. The union said it learned "
    "of the closure from a conference call that began fifteen minutes before the public announcement. “They had "
    "months to plan this and they gave us fifteen minutes,” said local president Bernadette Kowalchuk, who has "
    "worked at the mill for 26 years. “That tells you everything about how they see us.” Kowalchuk said the union "
    "would ask the province to find a buyer for the mill. In a letter posted on the union’s website, Kowalchuk wrote "
    "that the mill “can still make money under an owner who wants it to.” The minister’s office said in a statement "
    "that Natural Resources Minister Arjun Dhillon had spoken with Northwood and with the union and that the "
    "government “stands ready to help.”",
    "In Carrow Lake, population 3,100, the mill is the largest employer by a wide margin. Mayor Lise Fortier says "
    "roughly one in four households has someone who works there or at one of the trucking firms and logging "
    "contractors that supply it. “It’s not just 212 jobs. It’s the hockey sponsorships, the restaurant, the hardware "
    "store,” the mayor said. “Everything in this town is downstream of that mill.” Fortier said she had called the "
    "premier’s office and asked for a meeting. She also said the town would lose about $900,000 a year in property "
    "taxes, nearly a fifth of its budget. Economist Devika Raman, who studies resource towns at Lakehead University, "
    "said Carrow Lake’s situation is common across the north. “When a single-industry town loses its industry, the "
    "first thing to go is the young people,” Raman said. “The second thing is the school.” According to Raman, towns "
    "that have found new employers within five years have usually recovered, while the rest have shrunk by a third "
    "or more.",
    "At the Legion on Thursday night, the talk was of little else. Pete Lindqvist, 58, has worked at the mill since "
    "he was 19, most of it on the green chain. He says he is too young to retire and too old to start over. “Where "
    "am I going to go? Thunder Bay? My house is paid off here,” Lindqvist said. “Nobody is going to buy it now.” His "
    "wife, Carol, works at the town office. She said the couple had been planning a trip to Portugal for their 35th "
    "anniversary and would now cancel it. “We’ll go to the lake instead,” she said. “The lake is free.”",
    "“For now,” her husband added.",
)

HOUSING: tuple[str, ...] = (
    "Ontario’s housing minister says the province will miss its target of 1.5 million new homes by 2031, the first "
    "time the government has conceded what critics and economists have been saying for two years. Speaking to "
    "reporters at Queen’s Park on Wednesday, Housing Minister Tamsin Okafor-Reid, a former Mississauga city "
    "councillor who was appointed to cabinet last spring, said the target remained “the right ambition” but that "
    "high interest rates and a shortage of skilled trades had slowed construction. “I would rather be honest with "
    "Ontarians than pretend,” the minister said. “We are behind. We are not giving up.” Okafor-Reid said the "
    "province would publish a revised timeline in the fall. She did not say how far short the province expects to "
    "fall.",
    "Opposition housing critic Daniel Mbeki-Strand wasted no time. In a post on X, the New Democrat wrote that the "
    "government had “finally admitted what every renter in this province already knew.” At a news conference an "
    "hour later, he went further. “This minister has had two years and billions of dollars,” Mbeki-Strand said, “and "
    "the only thing that has gone up faster than rents is the number of press releases.” He called on the province "
    "to build public housing directly, as it did in the 1970s. Liberal MPP Colleen Arbuthnot, who represents Ottawa "
    "South, said the announcement confirmed the need for an independent review. The minister’s admission was “the "
    "first honest thing this government has said about housing,” Arbuthnot told reporters.",
    "The Ontario Home Builders’ Association said it welcomed the minister’s candour. The association’s president, "
    "Ravi Castellano, said builders are ready to build but cannot make projects work at current costs. “A "
    "two-bedroom condo in the GTA now costs more to build than most families can pay for it,” Castellano said. "
    "“Development charges are part of that. Interest rates are part of that. The cost of land is part of that.",
    "“Until governments at every level deal with all three, the numbers won’t move.”",
    "Municipal leaders were more measured. The Association of Municipalities of Ontario said in a statement that "
    "cities had approved more housing than ever last year and that approvals were not the problem. “Shovels are "
    "ready,” the statement said. AMO president Gerald Nakashima said the province should let cities charge a "
    "vacancy tax on empty homes. Asked whether the missed target put her job at risk, Okafor-Reid laughed. “That’s a "
    "question for the premier,” she said. “I’m too busy to worry about it.” The premier’s office did not respond to "
    "a request for comment. Later in the day, the premier, Douglas Whitmore, told a crowd in Barrie that he had "
    "“full confidence” in his housing minister. “She is doing exactly what I asked her to do,” Whitmore said.",
)

TICKS: tuple[str, ...] = (
    "The blacklegged tick is about the size of a sesame seed, and Dr. Ingrid Halvorsen has spent the past eleven "
    "years counting them. Halvorsen, an associate professor of biology at Mount Allison University who runs one of "
    "the largest tick surveillance programs in Atlantic Canada, says the numbers her students collect along New "
    "Brunswick’s trails have roughly tripled since 2014. “When I started, we would drag a white flannel sheet along a "
    "trail for an hour and find two or three ticks,” she says. “Now we find two or three in the first five "
    "minutes.” The biologist says warmer winters are letting ticks survive farther north and that deer and mice "
    "carry them into new areas every year.",
    "The ticks matter because of what they carry. Lyme disease cases in New Brunswick reached 412 last year, a "
    "record, according to the province’s Office of the Chief Medical Officer of Health. The office said in its "
    "annual report that the true number is likely higher because many cases go undiagnosed. Dr. Yusuf "
    "Adeyemi-Clarke, the deputy chief medical officer, told a legislative committee in February that the province is "
    "expanding free testing for people who find a tick on their body. “We want people to send us the tick, not wait "
    "for the rash,” Adeyemi-Clarke said. “By the time you have a rash, you already have the disease.” The Public "
    "Health Agency of Canada also tracks the spread. The agency says its models show that by 2050, nearly the whole "
    "of southern New Brunswick will be a risk area. It warns that the cases reported so far are “only the "
    "beginning.”",
    "For people who have been sick, the numbers are personal. Melanie Comeau, a 44-year-old teacher from Shediac, was "
    "bitten while gardening in 2022 and didn’t notice the tick for two days. She spent most of the following year "
    "with joint pain so severe she could not hold a pen. “I went to three different doctors before anyone tested "
    "me,” she said. “One of them told me it was in my head.” Comeau now volunteers with Lyme NB, a patient group that "
    "lobbies for better diagnosis. The group says doctors in the province still miss early cases because they are "
    "not trained to look for them. Its chair, Bernard Thibodeau, said the group has asked the College of Physicians "
    "and Surgeons of New Brunswick for mandatory training. “We are not anti-doctor,” Thibodeau said. “We just want "
    "doctors to know what we know.”",
    "The college said in an email that it “shares the goal” of better diagnosis and that Lyme disease is already "
    "part of continuing education for family physicians. Halvorsen is cautious about the calls for alarm. The ticks, "
    "she says, are here to stay, but most bites do not transmit the disease, especially if the tick is removed "
    "within a day. “I don’t want people to stop going outside,” the professor said. “I want them to check their "
    "socks when they come back in.” Her advice for the summer is simple. “Long pants, light colours, and a mirror,” "
    "Halvorsen said, laughing. “Ticks are not shy. You shouldn’t be either.” “Check behind your knees.” That advice "
    "comes from Tessa Lunn, a park ranger at Fundy National Park, who says she finds ticks on herself about once a "
    "week in June.",
)

FESTIVAL: tuple[str, ...] = (
    "Every August for thirty-one years, the Cape Breton village of Inverloch has swollen from 600 people to nearly "
    "6,000 for the Celtic Roots Gathering, a four-day festival of fiddling, step dancing and late-night kitchen "
    "parties. This year, for the first time, the festival almost didn’t happen. Its artistic director, Fionnuala "
    "MacPhee, a fiddler who has toured with half the bands on this year’s lineup and who took over the festival from "
    "her late father in 2019, says the Gathering came within a week of cancelling in May after its main sponsor "
    "pulled out. “I had the letter written. I had the press release written,” MacPhee says, sitting on the steps of "
    "the parish hall. “I just couldn’t make myself press send.”",
    "The sponsor, Atlantic Mutual Insurance, had given the festival $85,000 a year since 2011. The company said in a "
    "statement that it was “refocusing its community investment” on youth sport and mental health. It thanked the "
    "festival for “many wonderful years.” MacPhee says the news came by email on a Friday afternoon. “Eighty-five "
    "thousand dollars is a third of our budget,” she said. “You don’t replace that with a bake sale.” But the village "
    "tried. Within two weeks, a fundraiser at the fire hall had brought in $22,000, and a crowdfunding page set up by "
    "local step-dance teacher Rhona Beaton had raised another $31,000. Beaton, who has taught three generations of "
    "dancers in Inverloch, says the money came from everywhere. “A woman in New Zealand sent us two hundred "
    "dollars,” the teacher said. “She came to the festival once, in 1998.”",
    "The province stepped in last. Nova Scotia’s Communities, Culture, Tourism and Heritage department gave the "
    "festival a one-time grant of $40,000 in June. Minister Kenneth Oyelaran said the Gathering brings an estimated "
    "$3 million a year into the local economy. “This is not charity,” Oyelaran said. “It’s one of the best "
    "investments in tourism we make.” The money closed the gap for this year, but MacPhee says she does not know "
    "what will happen in 2027. A board member, Alasdair Gillis, said the festival is now looking for several smaller "
    "sponsors instead of one large one. “We put all our eggs in one basket,” Gillis said. “We won’t do that again.”",
    "On the opening night, the parish hall was packed past its fire-code limit, and the first tune of the night went "
    "to the youngest fiddler on the bill, 13-year-old Ewan MacKinnon of Mabou. “I was shaking the whole time,” he "
    "said afterward. “My bow was bouncing.” His grandfather, Hector MacKinnon, played at the first Gathering in 1995. "
    "“He plays better than I did at his age,” the elder MacKinnon said. “Don’t tell him I said that.” Near the back "
    "of the hall, MacPhee watched with her arms crossed. When the tune ended, she said, she finally let herself "
    "believe the festival would survive. “That boy is the reason we do this,” she said. “Not the money. Not the "
    "tourists.",
    "“Him.”",
)

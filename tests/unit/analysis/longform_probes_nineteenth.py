"""A nineteenth batch of fictional long-form feature stories for probing the quotes, in the manner of US, British and
Australian web magazines, each a tuple of paragraphs, three delivered as one or two long blocks as a web scraper leaves
them: a night shift on a long-haul freight train (the engineer, the conductor, a union official by phone, the
railroad's spokeswoman by email, engineers who asked not to be named), a family vineyard hit by wildfire smoke (a
sister and brother of the same surname, their mother, a wine scientist, the insurer "in a written statement" and its
spokesman), a court interpreter's working life (the interpreter, a retired judge, a defence solicitor, a defendant's
sister, the ministry "in a statement", an association chair), a search-and-rescue dog team (a handler and her husband
of the same surname, the dog's trainer under a nickname, a sheriff's deputy, the hiker they found, an incident report),
a 1970s rock band's reunion (a singer and his sister, the guitarist under a nickname, the old manager, the drummer, a
critic) and a competitive barbecue team (a pitmaster under a nickname and his wife, a judge, a rival, the sanctioning
association by email). Shapes: a quotation opening the story before anyone is named ("The voice belongs to X"),
speakers introduced late ("says X, 58, who ..."), first names after full names, nicknames, gestures as cues ("she
laughs", "he shrugs", "she shrugs"), quotations inside quotations, the writer's "I" and rhetorical questions, a
document read aloud, "as one of them put it", a speaker brought back by role only ("the engineer", "the manager").
Written for these tests; none is taken from any corpus. The gold is in test_longform_probes_nineteenth.py."""

from __future__ import annotations

FREIGHT: tuple[str, ...] = (
    "“Watch the signal, not the track. The track will lie to you at night.” The voice comes from the left-hand seat "
    "of a 4,400-horsepower locomotive idling in a rail yard outside North Platte, Nebraska, a little after 10 p.m. on "
    "a Tuesday in March. It belongs to Ray Kessler, 61, who has been running freight trains across the Great Plains "
    "for 34 years and who, by his own count, has spent more nights in this cab than in his own bed. Tonight he is "
    "taking a mile-and-a-half-long train of 112 cars, most of them loaded with coal from the Powder River Basin, 240 "
    "miles west to Cheyenne, Wyoming.",
    "Across the cab, conductor Lupe Navarro is working through a stack of paper the thickness of a paperback novel: "
    "the train list, the track bulletins, the slow orders, the hazardous-materials sheets. “People think the engineer "
    "drives and the conductor punches tickets,” she says, without looking up. “There are no tickets. I’m responsible "
    "for every car on this train and everything in it.” Navarro, 39, hired on with the railroad nine years ago after "
    "a stint driving a school bus in Grand Island. “It paid better than the bus and the kids were quieter,” she "
    "laughs.",
    "How does anyone stay awake through a night like this? I put the question to Kessler as the train eases out of "
    "the yard and onto the main line, its headlight throwing a long white cone down the track. He shrugs. “Coffee, "
    "sunflower seeds, and you talk. You talk about anything.” What do they talk about? Tonight it is mostly his "
    "granddaughter’s softball team, the price of diesel for his pickup and a long, unresolved argument about whether "
    "the best diner in western Nebraska is in Sidney or in Kimball.",
    "Freight railroading is a business of long stretches of nothing. For an hour at a time there is only the throb of "
    "the engine, the click of the rails and the occasional crossing, where Kessler leans on the horn in the "
    "long-long-short-long pattern every engineer in North America knows. The cab is cramped and loud, heated by a "
    "unit that works on only one setting. There is a toilet, of a sort, in the nose of the locomotive. There is no "
    "radio except the railroad’s own.",
    "The hours are the hard part, and they are the reason the union is in a fight with the railroad. Road crews on "
    "this line work without fixed schedules; they are on call around the clock and can be summoned to work with two "
    "hours’ notice, day or night, weekday or holiday. “You can’t plan a dentist appointment, you can’t plan a "
    "birthday. You sleep when the phone lets you,” says Dale Pruitt, the legislative director of the union’s Nebraska "
    "chapter, whom I reached by phone the following week. Pruitt says fatigue is the single biggest safety problem on "
    "the railroad today. “We have engineers who have been awake for 20 hours running 15,000 tons through a town at "
    "night. That should scare everybody.”",
    "The railroad sees it differently. In an email, a spokeswoman for Great Western Rail, Melissa Tran, wrote that "
    "the company “complies with all federal hours-of-service rules” and that crews “receive a minimum of ten hours of "
    "undisturbed rest between assignments.” She added that the railroad had introduced a scheduling pilot on two of "
    "its subdivisions last year, under which crews know their start times a week in advance. “We believe the pilot "
    "shows real promise and we intend to expand it,” Tran wrote.",
    "Somewhere past Ogallala, a little after 1 a.m., Navarro reads out a bulletin over the hiss of the radio: “Speed "
    "restriction, 25 miles per hour, milepost 318 to milepost 322, track work.” Kessler repeats it back, word for "
    "word, and then repeats it again to himself. It is a ritual he learned from his first engineer, a man everyone on "
    "the division called Tiny, who stood six foot five and weighed close to 300 pounds. “Tiny used to tell me, ‘The "
    "day you stop repeating it back is the day you hit something,’” Kessler recalls. “I was 27 and I thought he was "
    "an old fool. He was right about everything.”",
    "Kessler and Navarro have worked together on and off for six years, and they have the shorthand of an old married "
    "couple. She calls him Pops. He calls her Boss, and she doesn’t object. “Technically the conductor is in charge "
    "of the train,” Navarro says. “He just doesn’t like hearing it.” Pops, for his part, doesn’t argue the point. "
    "“She’s the smartest person on this railroad,” he admits. “Don’t print that.”",
    "Not everyone on the railroad is so cheerful. Several engineers I spoke to in North Platte asked that their names "
    "not be used because they feared discipline for talking to a reporter. They describe missed weddings, missed "
    "funerals and marriages that did not survive the phone. As one of them put it, “They count the cars, they count "
    "the miles, they don’t count us.”",
    "Pruitt says the union wants a guaranteed schedule of rest days, something the railroad has resisted for the "
    "better part of a decade. Negotiations resume in June. The engineer is more philosophical about all of it. “The "
    "railroad was here before me and it’ll be here after me,” Kessler says. “I just want to get this train to "
    "Cheyenne with everybody in one piece.”",
    "At 6:40 a.m., with the sun coming up pink behind us and the Laramie Mountains turning gold ahead, the train "
    "rolls into the Cheyenne yard. Navarro gathers up her paperwork, clips it into a binder and stretches until her "
    "back cracks. “Same time tomorrow?” I ask. “Tomorrow’s my day off,” she says. “Ask me again Thursday.”",
)


VINEYARD: tuple[str, ...] = (
    "“Smell that? That’s the whole vintage, gone up the chimney.” Kate Whelan is standing between two rows of shiraz "
    "vines in the Adelaide Hills, holding a bunch of grapes to her nose as though it might tell her something "
    "different this time. It doesn’t. Below her, the valley is green and still, and the only sign of the summer’s "
    "fires is a dark line of scorched gum trees along the far ridge. The fires that burnt through the ranges to the "
    "east in January never touched the Whelans’ 40 hectares, but the smoke sat over the valley for nine days, and the "
    "grapes drank it in. “You can’t see it, you can’t wash it off, and you won’t taste it until the wine’s in the "
    "barrel,” says Kate, 44, who makes the wine at Three Gullies Estate, the vineyard her grandparents planted in "
    "1962. Her brother, Tom Whelan, runs the vineyard side of the business, and he is less willing to concede defeat. "
    "“We’ve had smoke before. We had smoke in 2020 and we made a decent rosé,” Tom says. Kate rolls her eyes. "
    "“Decent,” she repeats. “We sold it to a cleaning company for vinegar.” The smoke problem is chemical, not "
    "cosmetic, explains Priya Raman, a senior research scientist at the Australian Wine Research Institute who has "
    "studied smoke taint for more than a decade. Compounds called volatile phenols bind to sugars in the grape skins "
    "and are released slowly during fermentation, and even in the mouth as the wine is drunk. “The frustrating thing "
    "for growers is that the fruit can look perfect,” Raman says. “The damage is invisible until it’s too late to do "
    "anything about it.” Raman says the institute tested more than 3,000 samples from across South Australia after "
    "the January fires, three times the number in an ordinary year. Her advice to growers is blunt: test early and "
    "test often. Did the Whelans test? They did, and the results, which arrived by email on a Sunday night in "
    "February, were the worst of the 14 blocks on the property. Kate reads the key line from her phone: “Guaiacol "
    "levels in all submitted samples exceed the sensory threshold for red wine.” She puts the phone back in her "
    "pocket. “That’s a polite way of saying we’re stuffed.” Their mother, Margaret Whelan, 76, has seen drought, "
    "frost, hail and one locust plague on this land, and she is the calmest person in the kitchen when I visit on a "
    "grey afternoon in April. “My husband used to say, ‘The vines don’t care what you think, so don’t waste your "
    "breath shouting at them,’” Margaret says, pouring tea. “He was right. You pick yourself up. Next year is next "
    "year.” Margaret still does the books, and she knows to the dollar what the lost vintage will cost: roughly "
    "$380,000 in fruit that will now be dumped or sold at a loss to bulk producers. Is any of it insured? Only "
    "partly. Most crop policies cover fire damage but treat smoke taint as a grey area, and the family’s claim has "
    "been sitting with their insurer, Harvest Mutual, since March. The family has sent the insurer the laboratory "
    "results, photographs of the smoke over the valley taken from the veranda, and a spreadsheet of every tonne "
    "picked since 2010. They have heard nothing back beyond an automated acknowledgement. In a written statement, "
    "Harvest Mutual said it was “working closely with affected growers” and that each claim would be “assessed on its "
    "merits under the terms of the policy.” A spokesman for the insurer, Gavin Lowe, said the company had paid out on "
    "60 smoke-related claims in the region so far. “We understand the distress this has caused and we are moving as "
    "quickly as the evidence allows,” Lowe said. Tom is not impressed. “Sixty claims. There are two hundred growers "
    "in these hills,” he says. “Where are the other hundred and forty?” Tom and Kate, who have run the place together "
    "since their father died in 2015, do not always agree on what comes next. Kate wants to plant earlier-ripening "
    "varieties that can be picked before the fire season peaks; Tom wants to stick with shiraz and take his chances. "
    "“Dad planted shiraz. Grandad planted shiraz. I’m not going to be the Whelan who pulls it out,” Tom says. His "
    "sister laughs. “He says that every time, and then he comes round,” she says. The wider industry is watching "
    "nervously. Cellar doors across the Hills report that tourists have been asking whether this year’s wines are "
    "safe to drink, a question that makes winemakers wince. The honest answer is that smoke-tainted wine is not "
    "dangerous, merely unpleasant, tasting of ashtrays and burnt bandages. Wine Australia estimates that smoke from "
    "the summer’s fires affected more than 1,200 hectares of vineyard in the state, according to figures released "
    "last month. The mood, as one neighbouring grower put it at the local pub, is “grim but not beaten.” Raman, for "
    "her part, believes there is reason for cautious hope. Her team is trialling a spray-on film that may stop the "
    "compounds from entering the grape skins in the first place. “It’s early days. I wouldn’t tell anyone to bet the "
    "farm on it,” the scientist says. “But two seasons ago we had nothing.” As I leave, Margaret walks me to the car "
    "and points to a crooked row of old vines by the machinery shed, the first her husband ever planted. “Those ones "
    "came through,” she says. “They always do.”",
)


INTERPRETER: tuple[str, ...] = (
    "It is 9.40 on a wet Monday morning at Wood Green Crown Court in north London, and Irina Popescu is already on "
    "her second coffee from the machine in the basement, a bitter brown liquid she drinks without noticing. In 20 "
    "minutes she will stand beside a young Romanian man accused of handling stolen car parts and become, for the "
    "length of his trial, his voice. “People imagine we just swap the words over, like a dictionary,” she says. “But "
    "the words are the easy part. The hard part is keeping your own face out of it.”",
    "Popescu, 52, has worked as a court interpreter in Romanian and Moldovan for 19 years. She came to London in 2003 "
    "with a degree in English literature from the University of Bucharest and, she admits, no idea what a magistrate "
    "was. “I thought a barrister was someone who made coffee,” she laughs.",
    "The work has changed since then, and not for the better, according to interpreters and lawyers. Since the "
    "Ministry of Justice outsourced court interpreting to private agencies in 2012, rates have fallen and many of the "
    "most experienced linguists have drifted into other work. “I used to get paid for the whole day. Now I get paid "
    "by the hour, and if a case is adjourned at 10.15, I go home with nothing,” Popescu says. Fiona Reid, who chairs "
    "the Association of Court Linguists, says roughly a third of the association’s members have left the profession "
    "in the past five years. “Every time an experienced interpreter leaves, a defendant somewhere gets a worse "
    "trial,” Reid says.",
    "The Ministry of Justice did not respond to questions about rates of pay. In a statement, it said that "
    "interpreting standards were “monitored rigorously” and that “the vast majority of hearings proceed without "
    "difficulty.”",
    "What happens when it goes wrong? Geoffrey Hale sat as a circuit judge for 22 years before retiring in 2021, and "
    "he remembers the cases. “I had a trial collapse on the fourth day because the interpreter had been translating "
    "‘I was there’ as ‘I did it,’” says Hale, now 74, who lives in Suffolk and still sits occasionally as a tribunal "
    "chairman. “Four days. Thirty thousand pounds of public money. And a man who very nearly went to prison for "
    "something he didn’t say.” The judge says he came to see a good interpreter as the most important person in the "
    "room that nobody looks at.",
    "Defence solicitor Marcus Adeyemi, who has represented dozens of clients through interpreters at courts across "
    "London, agrees. “If I can’t talk to my client, I can’t defend him. It’s that simple,” he says. Adeyemi recalls a "
    "client, a Lithuanian labourer, who sat through an entire bail hearing without understanding that he had been "
    "released. “He asked me afterwards, ‘When do they take me back to the cells?’ He’d been free for an hour.”",
    "Inside Court 4, Popescu takes her place in the dock beside the defendant, a 23-year-old from Constanța, and "
    "interprets in a low, steady murmur as the prosecutor opens the case. In the public gallery sits his sister, "
    "Daniela Munteanu, who took two days off from her job at a care home in Enfield to be here. At the lunch break "
    "she finds Popescu on the stairs and grips her arm. “My mother called me last night crying. She said, ‘Make sure "
    "he understands everything, make sure somebody explains,’” Munteanu tells me afterwards. “And this lady explains. "
    "She doesn’t judge him. She just explains.”",
    "The prosecution case takes two days. Popescu interprets the evidence of a police officer, a mechanic and a "
    "warehouse manager, switching between English and Romanian mid-sentence with the ease of someone changing gear on "
    "an empty road. At one point she asks the judge to have a witness repeat a phrase, a slang word for a catalytic "
    "converter that she has not heard before. Nobody in the courtroom seems to notice. That, she says later, is the "
    "point.",
    "Interpreters are bound by a code of conduct that forbids them from offering advice or opinion to anyone in the "
    "case. Popescu keeps a laminated copy in her handbag and reads me a line from it on the bus home: “The "
    "interpreter shall interpret faithfully and accurately, adding nothing and omitting nothing.” She taps the card "
    "with a fingernail. “Adding nothing, omitting nothing. It sounds simple. Try doing it when a man is crying.”",
    "The strain tells. Popescu says she has sat through murder trials, rape trials and a child-cruelty case that she "
    "still will not talk about. Many interpreters, she says, carry the evidence home with them. Reid says the "
    "association has been asking for access to the same counselling available to court staff for four years. “Ushers "
    "get it. Jurors can get it. Interpreters, who hear every word twice, get nothing,” she says.",
    "Why stay, then? The question seems to surprise her. Popescu thinks about it as the bus crawls up the Seven "
    "Sisters Road in the rain. She has a daughter at university in Leeds and a mortgage on a flat in Tottenham, she "
    "points out, and there are easier ways to pay for both. But she has never found work that mattered as much.",
    "The trial of Munteanu’s brother ends on the Thursday with an acquittal. His sister cries in the gallery; the "
    "interpreter does not. “Not in court. Never in court,” Popescu says, pulling on her coat. “On the train, maybe.”",
)


DOGS: tuple[str, ...] = (
    "“Find it. Go find it.” The command is barely above a whisper, but the dog, a four-year-old German shepherd named "
    "Bodie, is gone before the second word is out, nose down, tail up, crashing through the manzanita on a ridge "
    "above Bend, Oregon. Somewhere in the half-mile of brush ahead of him, a volunteer is lying under a camouflage "
    "tarp, pretending to be lost. Eleven minutes later Bodie is back, barking, and then off again to lead his handler "
    "to the tarp. “Good boy. Good, good boy,” says Jo Halvorsen, 58, a retired middle-school science teacher who has "
    "spent the past 14 years training dogs to find people who don’t want to be lost, and some who do. Halvorsen and "
    "Bodie are one of six certified dog teams in Juniper County Search and Rescue, an all-volunteer unit that was "
    "called out 71 times last year, a record. The volunteers pay for their own dogs, their own gear and their own "
    "gas, and they train every Saturday and most Wednesday evenings, in snow, in smoke and in the August heat. "
    "Certification takes two years and involves tests in wilderness, rubble and water; a dog that fails any part of "
    "it goes back to being a pet. Roughly half fail. “People assume we’re paid. We’re not. Bodie works for a tennis "
    "ball and I work for the tennis ball’s approval,” Jo says, and laughs. Her husband, Pete Halvorsen, a retired "
    "firefighter, lays the training trails and plays the lost hiker more often than he would like. “I’ve been found "
    "under every bush in this county,” Pete says. “Some of them twice.” On the morning I join them, Pete is wedged "
    "into a hollow under a fallen ponderosa with a thermos and a paperback, and he has been there for 40 minutes. Jo "
    "says Pete is the best victim on the team because he genuinely hates being found. “He moves around. He hides in "
    "creeks. That’s what real people do,” she says. Bodie was trained from eight weeks old by Walt Ambrose, 71, a "
    "former Army dog handler who has bred and trained search dogs for three decades and whom everyone on the team "
    "calls Sarge. What makes a good search dog? “Drive. You can teach a dog everything except wanting it,” Ambrose "
    "says. He remembers the day he met the puppy that became Bodie. “He climbed out of the whelping box, walked past "
    "all the others and chewed my bootlace off. I told Jo, ‘That one. That one’s going to make you crazy and he’s "
    "going to save somebody,’” Sarge recalls. “I was right on both counts.”",
    "The call that made Bodie’s name came last October. Evan Marsh, a 27-year-old software tester from Portland, set "
    "out alone to climb a peak in the Three Sisters Wilderness and did not come back. His car was found at the "
    "trailhead two days later, a parking ticket on the windshield. Deputy Carla Ruiz of the Juniper County Sheriff’s "
    "Office, who coordinated the search, says the conditions were about as bad as she has seen in 16 years: snow "
    "above 6,000 feet, fog, and a missing man who had told nobody his route. “We had helicopters grounded and 40 "
    "people on foot, and honestly, we were starting to plan for a recovery rather than a rescue,” Ruiz says. On the "
    "third morning, Bodie picked up a scent at the edge of a boulder field and would not let it go. Jo followed him "
    "for two hours, post-holing through snow to her knees. “He kept looking back at me like, ‘Are you coming or "
    "not?’” she says. They found Marsh at the bottom of a gully with a broken ankle, hypothermic but conscious. He "
    "remembers the dog before he remembers the people. “There was this wet nose in my face, and I thought I was "
    "hallucinating,” Marsh tells me on a video call from his apartment. “Then I heard a woman yelling, ‘He’s here! "
    "He’s alive!’ and I started crying.” He has since sent the team a check every month and a box of tennis balls "
    "every Christmas. He has been back to the Three Sisters twice since, both times with a friend and a satellite "
    "beacon, and both times he has told three people exactly where he was going. The sheriff’s office credits the "
    "volunteers with saving his life. In its incident report, which I obtained through a public records request, the "
    "office wrote: “Subject located by SAR K-9 team in terrain inaccessible to ground searchers. Subject would not "
    "likely have survived a further night.” The deputy is blunter. “Without that dog, we don’t find him. Period,” "
    "Ruiz says. Is there a downside to all this? There is: the team is aging. Four of the six handlers are over 55, "
    "and nobody new has finished the two-year certification since 2022. Ambrose worries the unit will shrink to "
    "nothing once he stops breeding dogs. “I’m 71. I’ve got maybe two more litters in me,” he says. The sheriff has "
    "asked the county commission for $40,000 to cover fuel and vet bills, a request the commission will consider in "
    "its fall budget. Jo is more hopeful. After the Marsh rescue, she says, 30 people came to an open day, and four "
    "of them stayed. “Four is a start,” she shrugs. “Bodie started with one bootlace.” In the back of her truck, the "
    "dog in question is asleep on a pile of old blankets, a tennis ball wedged in his jaws.",
)


BAND: tuple[str, ...] = (
    "“We were loud, we were skint and we were never, ever in tune.” Colin Webb is describing the band he joined as a "
    "17-year-old in 1973, and he is grinning like the teenager in the photograph on the wall behind him: four kids in "
    "satin jackets outside a working men’s club in Rotherham, squinting into the sun. That band, Harbour Lights, "
    "released two albums, had one top-20 single, “Kiss Me on the Motorway”, and split in 1979 amid what the music "
    "press of the day called “creative differences” and what Webb, now 69, calls “a punch-up in a Travelodge car "
    "park.” Next month, for the first time in 45 years, all four surviving members will play together again, at the "
    "Leadmill in Sheffield. The gig sold out in 11 minutes. A second night was added the following week and sold out "
    "in 20. Tickets are now changing hands online for ten times their face value, which the band members, to a "
    "person, find baffling. “I thought we’d sell a hundred tickets to our cousins,” says Mick Draper, the singer, who "
    "wrote most of the band’s songs and now runs a guitar shop in Doncaster. “Eleven minutes. I had to sit down.” "
    "Draper’s younger sister, Pauline Draper, played bass in the band from the age of 16, and she has the clearest "
    "memories of the bad years. “Mick was the genius and Spider was the party and I was the one who remembered where "
    "we’d parked the van,” Pauline says. Spider is Webb, so called for his long fingers and not, he insists, for his "
    "personality. Draper was 24 when the band split. He spent the 1980s writing jingles for regional radio and the "
    "1990s, by his own account, mostly in the pub.",
    "The reunion was not the band’s idea. It was the idea of Leonard Fairbrother, 81, who managed Harbour Lights from "
    "their first gig to their last and who still keeps their contracts in a biscuit tin in the loft of his bungalow "
    "in Harrogate. Fairbrother, known to the band then and now as Uncle Len, spent two years writing letters to each "
    "of them. Fairbrother managed a dozen bands in the 1970s and 1980s, most of which nobody remembers, and he admits "
    "that Harbour Lights were the only one he ever really loved. The fifth original member, the keyboard player Alan "
    "Grice, died in 2011; the band will play one of his songs, a ballad called “Low Tide,” as an encore. He reads me "
    "one, addressed to Mick, dated March 2023: “Dear Michael, you were a pain in the neck in 1979 and I expect you "
    "still are, but the songs were good and people want to hear them before we’re all dead.” He folds it up again and "
    "tucks it back into its envelope. “I sent that to all four of them, with the names changed. Three said yes by "
    "return of post,” Fairbrother says. The fourth was the drummer, Terry Oduya, who had not spoken to Mick Draper "
    "since the night in the car park. “Len rang me every Sunday for eight months. In the end it was easier to say yes "
    "than to keep picking up the phone,” Oduya says, deadpan, when I meet him in a café near Leeds station. What "
    "changed his mind, really? He stirs his tea for a long while before he answers. “My wife said, ‘Terry, you’re 70, "
    "you’ve got nothing to prove and nothing to lose. Go and play the drums,’” he says. “So I am.” Uncle Len, for his "
    "part, takes no credit for any of it. “They were always going to say yes. They just needed someone to ask,” the "
    "manager says.",
    "Harbour Lights were never critics’ darlings. In their day they were a singles band with a reputation for chaotic "
    "live shows, a broken stage in Hull and a ban from a ferry company after an incident involving a fire "
    "extinguisher that nobody will discuss on the record. Not everyone is convinced that the world needs more Harbour "
    "Lights. Sasha Kline, who reviewed the band’s second album for Melody Weekly in 1977 and called it “the sound of "
    "a pub band that has found a thesaurus,” says she will be at the Leadmill, but with low expectations. “Reunions "
    "are about the audience’s youth, not the band’s. Everybody in that room will be 19 again for two hours, and "
    "that’s lovely, but it isn’t music criticism,” Kline says. Has she softened on the album? She laughs. “Slightly. "
    "The title track holds up. The rest is still a thesaurus.” The band have been rehearsing twice a week in a "
    "lock-up in Attercliffe that smells of engine oil and damp carpet. I sat in on a session in May. It was loud; it "
    "was not, by any measure, in tune. Mick stopped them halfway through the second verse of “Motorway.” “Terry, "
    "you’re dragging,” he said. “I’m 70,” said the drummer. “Everything drags.” Pauline laughed so hard she had to "
    "put down her bass. Afterwards, in the car park, I ask the Drapers whether the old arguments have gone away. “Not "
    "a chance,” says Pauline. “But we’re too old to hold a grudge and too old to throw a punch,” Mick says. His "
    "sister shakes her head. “Speak for yourself.” The rehearsal ran for three hours, with two tea breaks and one "
    "lengthy argument about the key of the second single.",
)


BARBECUE: tuple[str, ...] = (
    "It is 3 a.m. in a field outside Lebanon, Tennessee, and the only light for a hundred yards is the orange glow "
    "from the firebox of a smoker the size of a small boat. “Brisket doesn’t care that you’re tired. Brisket doesn’t "
    "care about anything,” says a voice from the dark. The voice belongs to Darnell Hughes, 49, a postal worker from "
    "Kansas City who has spent most weekends of the past eleven years chasing trophies on the competitive barbecue "
    "circuit, and who answers, on the circuit, only to Bones. He has the forearms of a man who lifts 15-pound "
    "briskets for a living and the patience of a man who has learned not to open the smoker door.",
    "His team, Smoke Signals, is one of 84 entered in this weekend’s contest, and it is, by the standings, the "
    "third-best team in the country this year. Bones does the meat. His wife, Renee Hughes, does the sauces, the "
    "rubs, the paperwork and, she says, most of the worrying. “He’s the artist. I’m the one who makes sure the artist "
    "turned in his entry form,” Renee says. Bones doesn’t dispute it. “Without her we’d be a guy with a grill,” he "
    "says.",
    "Smoke Signals travels in a converted horse trailer with a kitchen, two bunks and a smoker welded to the back. "
    "The team’s name is painted on the side in letters a foot high, along with the logos of a charcoal company and a "
    "Kansas City tire dealer that sponsor them. Renee keeps a binder of every contest since 2014: the weather, the "
    "wood, the meat supplier, the score from every judge. Bones has never opened it.",
    "Competitive barbecue is bigger business than most people realize. The Midwest Barbecue Association, which "
    "sanctions more than 300 contests a year, said in an email that its membership had doubled since 2015 and that "
    "prize money at its top events now exceeds $50,000. Top teams spend $20,000 a season on meat, fuel and entry "
    "fees, Renee estimates, and most of them never break even. Why do it? “Same reason people golf,” says Bones. "
    "“You’re never going to be perfect, so you keep going back.”",
    "The judging is blind. Entries go into identical white foam boxes with a number and nothing else, and six judges "
    "score each one for appearance, tenderness and taste. The scoring runs from two to nine. A nine is rare; a two "
    "means the judge thinks something has gone badly wrong. Gary Lindqvist, a retired high school principal from "
    "Nashville who has judged more than 200 contests, walks me through it. “You get one bite. One. And that bite has "
    "to tell you everything the cook did for the last 14 hours,” Lindqvist says. Judges are forbidden from talking to "
    "each other while they score. “It’s quieter than church in there,” he says. The rulebook is specific about what "
    "judges must ignore. He reads the relevant passage aloud to me from his phone: “Judges shall not consider the "
    "garnish, the box or the reputation of any team.” Lindqvist chuckles. “The reputation part is the hard one. "
    "Everybody knows who Bones is.”",
    "Not every rival is a fan. Tammy Cole, whose team Hog Wild beat Smoke Signals for the national brisket title two "
    "years ago, says the sport has become an arms race of ever-bigger smokers and ever-more-expensive Wagyu beef. "
    "“When I started, it was guys with a barrel cut in half. Now it’s people with sponsors and trailers that cost "
    "more than my house,” Cole says. She pauses. “I have a sponsor and a trailer that costs more than my house. I’m "
    "part of the problem.” Cole and the Hugheses are friends, mostly. “Bones and I have a deal. We’re allowed to hate "
    "each other from Friday night to Sunday lunchtime,” she says.",
    "I ask Bones about the rumor, repeated to me at three different campsites, that he injects his brisket with cold "
    "coffee. He gives me a long look. “I’ve heard that rumor. I may have started that rumor,” he says. And the truth? "
    "“The truth is salt, pepper, and not going to bed.”",
    "The night wears on. At 5 a.m. Bones wraps the briskets in butcher paper, and at 7 he pulls the ribs, testing "
    "each rack by lifting it in the middle with a pair of tongs to see how it bends. Renee is asleep in a camping "
    "chair with a clipboard on her lap. Nobody wakes her. Turn-in for chicken is at noon, ribs at 12:30, pork at 1 "
    "and brisket at 1:30, each in a window of ten minutes; a box that arrives one minute late is disqualified, "
    "however good it is. By 11, the whole field smells like hickory and nerves.",
    "The results are announced at 4 p.m. on Saturday from the back of a flatbed truck. Smoke Signals takes second in "
    "ribs and fourth in brisket, and third overall. Hog Wild wins. Bones claps loudest. Cole comes over to shake his "
    "hand, and they hug for a long time. “She earned it. That brisket was a love letter,” he says. Renee is already "
    "packing the truck. “Next weekend, Memphis,” she says. “We’ve got 14 hours to get there and 13 of them he’ll "
    "spend talking about that brisket.”",
    "As one of the contest volunteers put it, watching the teams pack up their rigs in the dusk: “These people drive "
    "a thousand miles to cook for strangers and lose. You have to love it or you’d be crazy.”",
)

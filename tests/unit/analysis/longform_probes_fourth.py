"""A fourth batch of fictional long-form feature articles for probing the quotes, each a tuple of paragraphs: Canadian
sports, local, business, politics, arts and health features in few long blocks, with several speakers a block, split
quotes, present and inverted cues ("says X", "X told the Y"), descriptions ("the mayor", "the coach"), pronoun chains
with a pronoun in a clause before the cue ("When she arrived, …, she says"), organisations that speak and are then
"the company", titles before names ("Coun. X", "Liberal MPP X"), a quotation running into the next paragraph,
"according to", partial quotations in narration and a list of names. Written for these tests; none is taken from any
corpus. The gold is in test_longform_probes_fourth.py."""

from __future__ import annotations

ARENA: tuple[str, ...] = (
    "The Zamboni at the Kestrel Lake Memorial Arena is older than most of the players who skate behind it. So is "
    "the roof, which is why the Kestrel Lake Ravens spent the first half of their season playing home games forty "
    "minutes away in Wynyard. When head coach Dale Prokopchuk got the call in September that engineers had found "
    "cracks in two of the trusses, he was on the ice running a drill. “I remember thinking, this is a joke, "
    "somebody is pulling my leg,” Prokopchuk says. “Then I saw the look on the manager’s face and I knew it "
    "wasn’t.” The team’s general manager, Sheila Nakamura, had spent the summer selling season tickets. She says "
    "the town of 2,400 sold more of them this year than in any year since 2011. “People were excited,” she said. "
    "“We had a good young team, and then we didn’t have a rink.”",
    "The Saskatchewan Junior Hockey League says it was the first time in its history that a team had been forced "
    "out of its home rink mid-season. The league allowed the Ravens to move their games to Wynyard and paid part "
    "of the bus costs, according to commissioner Tom Ferland. “Nobody wanted to see Kestrel Lake fold over a "
    "roof,” Ferland told the Leader-Post. “These towns are the league.” For the players, most of them 17 to 20 and "
    "billeted with local families, the road games were a grind. Defenceman Colton Reimer, 19, grew up in Kestrel "
    "Lake and used to sweep the stands as a kid for a free hot dog. When he heard the rink was closed, he says, he "
    "drove over and sat in the parking lot for an hour. “It’s the only place I’ve ever wanted to play,” he says. "
    "His billet mother, Irene Dubois, has housed Ravens players for fourteen seasons. “They eat like horses and "
    "they leave their socks everywhere,” she says, “but I love every one of them.”",
    "The town’s mayor, Gordon Ashdown, says council has approved $1.8 million for a new roof, with another "
    "$600,000 coming from the province’s community infrastructure fund. Ashdown called the repair “the most "
    "important thing this council will do in its term.” Not everyone agrees. Coun. Lorraine Whitecap voted "
    "against the spending, arguing that the town’s water treatment plant is in worse shape than the arena. “I "
    "love hockey as much as anyone,” Whitecap said at the November meeting. “But you can’t drink a hockey game.” "
    "The mayor says the water plant is next on the list. Construction crews finished the roof in the last week of "
    "January, and the Ravens played their first home game in four months on Feb. 2, a 5-3 win over the Melfort "
    "Mustangs. The building was full. Nakamura, who counted the tickets herself, says 1,100 people came through "
    "the doors, nearly half the town. “I cried at the anthem,” she admits. “Don’t put that in the paper.” "
    "Prokopchuk was less sentimental. “We gave up two goals in the third period,” the coach said. “We have work "
    "to do.”",
    "Reimer scored twice that night. Afterward, still in his gear, he said the roof didn’t matter to him as much "
    "as the people under it. “You look up and you see your grade-three teacher, your dentist, the guy from the "
    "gas station,” he said. “That’s why you play here.”",
)

FERRY: tuple[str, ...] = (
    "For the 900 people who live year-round on Tillicum Island, the ferry is not a convenience. It is the road to "
    "the hospital, the high school and the grocery store. So when Salish Coast Ferries announced in March that it "
    "would cut the last sailing of the evening from the island’s schedule, the reaction was swift. “It’s like "
    "telling a town on the mainland that the highway closes at seven,” says Marjorie Keeling, who chairs the "
    "Tillicum Island Ferry Advisory Committee. The company says the 9:40 p.m. sailing carries an average of eleven "
    "vehicles and that it cannot find enough crew to staff it. In a statement, Salish Coast said it “regrets the "
    "impact on island residents” and that the change was needed to keep the rest of the schedule reliable. The "
    "ferry operator has lost 60 deckhands and engineers to retirement in the past two years, according to its "
    "annual report.",
    "Dr. Anil Chaudhry, the island’s only physician, says the cut will put lives at risk. On most nights, he said, "
    "the last ferry is how patients who need a scan or a specialist get to Nanaimo without waiting for an air "
    "ambulance. “I had a man with a bowel obstruction on a Tuesday night last fall,” Chaudhry said. “If that boat "
    "hadn’t been running, I don’t know what I would have done with him. The helicopter was in Port Hardy.” The "
    "island’s representative in Victoria, Green MLA Rebecca Thornbury, raised the cut in the legislature last "
    "week, calling it “a decision made by people who will never have to live with it.” Transportation Minister "
    "Kevin Mah told her the government had asked the company to review the change. Later, speaking to reporters, "
    "Mah said the province does not run the ferries day to day. “I’ve been clear with the company that we expect "
    "them to listen to coastal communities,” he said. “But I’m not going to pretend I can hire deckhands from my "
    "office.”",
    "On the island, people have started to plan around the gap. Tomas Eriksen runs the general store at Tillicum "
    "Landing. When the schedule was posted, he says, he started closing an hour earlier because his two part-time "
    "staff live on the mainland and take the 9:40 home. “I lose maybe three hundred dollars a week,” Eriksen says. "
    "“That doesn’t sound like much until you run a store on an island.” His neighbour, Claire Bouchard, teaches at "
    "the high school in Nanaimo and commutes by ferry. She says the cut means she can no longer stay for the "
    "basketball games she coaches. “The kids ask me why I leave at half-time,” she said. “What am I supposed to "
    "tell them?",
    "“That the boat doesn’t wait? They already know the boat doesn’t wait.”",
    "The advisory committee has collected 640 signatures on a petition asking the company to restore the sailing "
    "at least three nights a week. Keeling says the company has agreed to meet the committee in May. Salish Coast "
    "spokesperson Dana Whitford said in an email that the operator is running a recruitment campaign in Prince "
    "Rupert and Campbell River and hopes to restore the late sailing by the fall. “We know how much the island "
    "depends on us,” Whitford wrote. The company also said it would add a water taxi on Friday nights through the "
    "summer. Keeling called the water taxi “a Band-Aid,” but said she would take it. “A Band-Aid is better than "
    "bleeding,” she said.",
)

GROCER: tuple[str, ...] = (
    "After 68 years and three generations, the Ferreira family is selling its grocery stores. Ferreira's Fresh "
    "Market, which runs seven supermarkets in Hamilton and the Niagara region, has agreed to be bought by Maple "
    "Crest Foods Inc. for an undisclosed sum, the two companies said Monday. Maple Crest, the Mississauga-based "
    "chain that owns 140 stores in Ontario and Quebec, said it would keep the Ferreira's name and all 620 "
    'employees for at least two years. "My grandfather sold cabbages out of the back of a truck on Barton '
    "Street,\" said Luis Ferreira, the company's president. \"I'd like to think he would understand. The business "
    'needs to be bigger than we can make it." Ferreira, 54, said he will stay on as an adviser for a year. His '
    "sister, Ana Ferreira-Wong, who runs the company's bakery and prepared-foods division, said the decision was "
    'the hardest the family had ever made. "We had the conversation at my mother\'s kitchen table," she says. '
    '"Nobody was happy. Everybody agreed."',
    "Grocery analysts said the deal was no surprise. Independent grocers have struggled to compete with the "
    "national chains on price since food inflation took off in 2022, according to Priyanka Deol, a retail analyst "
    'at Lakeport Securities. "A seven-store chain simply can\'t buy at the volumes the big players do," Deol '
    'said. "The Ferreiras held on longer than most." She said she expected Maple Crest to use the stores to push '
    "into the Niagara market, where it has only two locations. Maple Crest chief executive Graham Oduya told "
    'analysts on a conference call that the stores were "exactly the kind of neighbourhood grocer our customers '
    'tell us they miss." The company expects the deal to close in the summer, pending approval by the Competition '
    "Bureau.",
    "At the Ferreira's on Locke Street, the news landed hard with some regulars. Beatrice Lam, 81, has shopped at "
    "the store since it opened in 1979. She says the staff carry her bags to the car and know she likes her bread "
    'sliced thin. "Will the new people know that?" she asked. "I don\'t think so." Store manager Raj Menon, who '
    "has worked for the family for 22 years, told staff about the sale at a meeting before the doors opened "
    "Monday. He said most employees were relieved their jobs were safe for now, though some worried about what "
    'happens after two years. "I told them the truth, which is that I don\'t know," Menon said. "Nobody knows." '
    "The union that represents workers at four of the stores, UFCW Local 175, said it would seek a meeting with "
    "Maple Crest to make sure the existing collective agreements are honoured. The union called the two-year "
    'promise "a good start, not a guarantee."',
    "For Luis Ferreira, the last week has been a blur of phone calls. When he walked into the Locke Street store "
    'on Tuesday, he says, three customers hugged him before he got to the produce section. "One lady told me I '
    'was a traitor, and then she hugged me too," the grocer says, laughing. He says he has no plans to retire. '
    '"I\'ll probably end up working in somebody\'s store," he said. "I don\'t know how to do anything else."',
)

COUNCIL: tuple[str, ...] = (
    "After four hours of debate and 31 public delegations, Kingsford city council voted early Wednesday to keep "
    "the separated bike lanes on Princess Avenue, ending a fight that has consumed city hall for most of the year. "
    "The vote was 6-5. Councillors Meera Balasubramanian, Jon Petrakis, Elodie Gagné, Ray Kowalski and Samira "
    "Youssef joined Mayor Helen Brandt in voting to keep the lanes. Coun. Jon Petrakis, who represents the ward "
    "the lanes run through, said the decision was about safety, not politics. “Two people were killed on that "
    "street in the three years before the lanes went in,” Petrakis said. “None since. I don’t know what else you "
    "want the data to say.” Coun. Derek Hollis, who led the push to remove them, described the lanes as “a "
    "solution looking for a problem” and said they had cost businesses on the avenue a quarter of their parking. "
    "“My phone has not stopped ringing since the paint went down,” he said.",
    "The Princess Avenue Business Improvement Area, which represents about 90 merchants, has opposed the lanes "
    "since they were installed in 2023. Its executive director, Natalie Gruber, told council that sales at member "
    "businesses had fallen an average of 11 per cent. The BIA says it surveyed its members in the spring and that "
    "two-thirds wanted the lanes removed. But a study commissioned by the city found no measurable change in "
    "spending on the street, according to the city’s transportation manager, Omar Siddiqui. “Our counts show more "
    "people on Princess Avenue now, not fewer,” Siddiqui told council. “They are just arriving differently.” "
    "Gruber disputed the study. “The city counted bicycles in June,” she said afterward. “Come back in February "
    "and count them.”",
    "The debate drew attention well beyond city hall. Liberal MPP Fiona Carmichael, whose riding includes the "
    "avenue, wrote to council last month urging it to keep the lanes, a letter she read aloud during the "
    "delegations. Progressive Conservative MPP Stan Whitlock said the province should have the power to overrule "
    "councils on bike lanes that block traffic, as it already does in Toronto. “If a city can’t move its own "
    "traffic, somebody has to,” Whitlock told a radio host. Brandt, in her second term as mayor, has tried to stay "
    "above the fray. When she arrived at the meeting Tuesday night, past a crowd holding signs on both sides, she "
    "told reporters she would vote with the evidence. “I ride a bike. I also drive a car. Most people in this city "
    "do both,” the mayor said. “I’d like us to stop pretending this is a war.” She said council would ask staff to "
    "look at adding loading zones and short-term parking on the side streets.",
    "Outside, cyclists and merchants traded chants until well past midnight. Hamid Rahimi, who owns a shoe repair "
    "shop on Princess Avenue, said he had lost customers who used to park in front of his door. “They are old "
    "people. They are not going to ride a bike to pick up their shoes,” he said. A few metres away, Grace "
    "Olufemi, a nurse who cycles to Kingsford General Hospital, said the lanes had changed her life. “Before, I "
    "took the bus because I was scared,” she says. “Now my daughter rides with me to school.” Hollis says he will "
    "bring the issue back after next year’s municipal election. “This isn’t over,” the councillor said.",
)

THEATRE: tuple[str, ...] = (
    "The rehearsal hall of Théâtre du Rocher is a converted bowling alley on the edge of downtown Sudbury, and on "
    "a Thursday afternoon in October it smells of fresh paint and cold coffee. Artistic director Geneviève "
    "Lacombe is on her knees taping marks on the floor. “We have eleven days until opening and no second act,” she "
    "says, not looking up. “That’s normal. Don’t worry.” Lacombe, 46, has run the French-language company since "
    "2015. When she took over, she says, it had a deficit of $180,000 and a subscriber list of fewer than 300 "
    "people. It now has 1,400 subscribers and has not run a deficit in six years. “I learned to say no,” she says. "
    "“No to the big musical, no to the expensive set, no to the famous actor from Montreal who wants a hotel "
    "suite.”",
    "The play in rehearsal, Les Chambres froides, is by Sudbury playwright Marc-André Bisson, who worked for "
    "twelve years in the nickel mines before he wrote his first script. It follows three generations of a mining "
    "family over a single night. Bisson sits in the back row during rehearsals and rarely speaks. “I’ve said "
    "everything I have to say. It’s in the text,” he says when asked for notes. “Now it belongs to them.” The "
    "lead, veteran actor Solange Mercier, plays the grandmother. Mercier grew up in Kapuskasing and says the play "
    "reminded her of her father, who worked underground for thirty years. “There’s a speech in the second act "
    "where she talks about waiting for the shift whistle,” Mercier says. “The first time I read it, I had to put "
    "the script down and go for a walk.",
    "“My mother used to stand at the kitchen window at six o’clock exactly. We weren’t allowed to talk to her "
    "until she saw his truck.”",
    "Franco-Ontarian theatre has had a difficult decade. Funding from the Ontario Arts Council has been flat since "
    "2019, and two francophone companies in the north have closed. The council said in a statement that it had "
    "increased support for francophone organizations by 4 per cent this year and that it “recognizes the unique "
    "role” they play in minority communities. Lacombe called that increase “a rounding error” compared with the "
    "rising cost of everything from lumber to rent. Patrick Gauthier, who teaches theatre at Université "
    "Laurentienne, says companies like Théâtre du Rocher are often the only place young francophones in the north "
    "see professional work in their own language. “If the Rocher goes, a kid in Hearst or Timmins grows up "
    "thinking theatre is something that happens in English, somewhere else,” the professor said. According to "
    "Gauthier, about a third of the program’s current students first saw a play at the Rocher on a school trip.",
    "The company’s board chair, Denis Rainville, says the Rocher is in good shape for now but that the board has "
    "started a campaign to build a $2-million endowment. He told the Sudbury Star that the company had already "
    "raised $450,000 from local donors, including a gift from a group of retired miners. Back in the rehearsal "
    "hall, the actors run the last scene again. Lacombe stops them twice. The third time she lets it go to the "
    "end, and nobody moves for a few seconds. “Okay,” she says finally. “Okay. That’s the play.”",
)

PHARMACY: tuple[str, ...] = (
    "Since January, pharmacists in New Brunswick have been allowed to assess and prescribe for 30 common "
    "ailments, from urinary tract infections to shingles. At Harbourview Pharmacy in Saint John, owner Kwame "
    "Asante says the change has transformed his days. “I used to spend half my time on the phone trying to reach "
    "doctors who were never going to call back,” Asante says. “Now I can just help the person in front of me.” His "
    "pharmacy has done more than 1,100 assessments in eight months, he said, most of them for people who do not "
    "have a family doctor. According to the Department of Health, about 74,000 New Brunswickers are on the "
    "province’s waiting list for one.",
    "The New Brunswick Pharmacists’ Association says 210 pharmacies now offer the service. The association’s "
    "president, Hélène Cormier, said the numbers show pent-up demand. “People were going without care, or they "
    "were going to the emergency room for a prescription they could have had in fifteen minutes at the corner "
    "drugstore,” she said. Not all doctors are convinced. Dr. Stephen Mallory, a family physician in Moncton and "
    "past president of the New Brunswick Medical Society, worries that some conditions will be missed. “A sore "
    "throat is usually a sore throat,” Mallory said. “Usually. The one time it isn’t, you want someone who can "
    "examine the whole patient.” The medical society said in a statement that it supports expanded pharmacy "
    "services but wants clear rules for referring patients to physicians. It called the current guidance "
    "“vague.”",
    "For patients, the appeal is simple. Leah Donovan, 34, had been without a family doctor since hers retired in "
    "2021. When she developed a painful rash along her ribs last spring, she says, she assumed she would spend the "
    "night in the emergency department. Instead, a friend told her to try the pharmacy. “I was in and out in "
    "twenty minutes with a prescription for shingles,” Donovan said. “I actually cried in the parking lot. It was "
    "the first time in two years the health system had worked for me.” Her mother, Joan Donovan, who lives in "
    "Sussex, has had a similar experience. “I don’t need a doctor for my blood pressure pills every three "
    "months,” she says. “I need someone who picks up the phone.”",
    "Health Minister Claudette Arseneau said the government plans to add ten more conditions to the list next "
    "year, including some skin infections and minor eye problems. She told the legislature that the program had "
    "saved the health system an estimated $4.2 million in emergency and walk-in visits. Opposition health critic "
    "Ben Sawatsky said the program is a good idea but no substitute for recruiting doctors. “Pharmacists are "
    "doing great work,” Sawatsky said. “But the minister is using them to paper over the fact that 74,000 people "
    "still don’t have a family physician.” Asante, for his part, says he would like the province to pay "
    "pharmacists for the time the assessments take. Right now, he says, the fee barely covers the cost of the "
    "consultation room. “We’re happy to do it,” the pharmacist said. “We just can’t do it for free forever.”",
)

"""A sixth batch of fictional long-form feature articles for probing the quotes, each a tuple of paragraphs: Canadian
sports, farming, First Nation, transit, hospital and school-board features in few long blocks with several speakers a
block, split quotes, present and inverted cues, speakers described before they are named ("A grain buyer who …,
Marvin Szabo does not …") or named only in the sentence after their quotation, "That advice comes from X", relatives
("Her husband, Len, added …", "His wife, Linda, …"), reported questions ("Asked whether …, he said …"), a union local
with a number that is then "the union" and "it", "the minister's office said", organisations that speak and are then
"the department", "the agency", "the health authority" or "it", statements by email, letter and post, and lists of
speakers in one block. Written for these tests; none is taken from any corpus. The gold is in
test_longform_probes_sixth.py."""

from __future__ import annotations

HOCKEY: tuple[str, ...] = (
    "For 41 winters, the Kestrel Falls Blizzard have been the reason this Saskatchewan town of 2,600 fills its rink "
    "on a Friday night. This season may be the last. The junior A club’s volunteer board told fans at a packed "
    "meeting on Sunday that it is $180,000 short and will fold in April unless a new owner or a wave of "
    "season-ticket sales arrives. A grain buyer who has kept the team’s books since 2009 and missed only two home "
    "games in that time, Marvin Szabo does not sugar-coat the numbers. “We are spending money we don’t have on bus "
    "trips we can’t afford,” says Szabo, the board’s treasurer. “Something has to give, and it isn’t going to be the "
    "bus company.” Bus costs alone have doubled since 2021, he says, and a Regina firm that sponsored the team’s "
    "jerseys pulled out last spring.",
    "“The kids have no idea how close this is.” Head coach Renée Lachapelle, who played four seasons at the "
    "University of Regina before taking over the bench in 2022, says she has tried to keep the finances out of the "
    "dressing room. “They’re 17, 18 years old,” she said. “Their job is to play hockey and go to school. My job is "
    "to worry.” Her captain, 19-year-old defenceman Owen Tait of Moose Jaw, said the players know anyway. “You hear "
    "things at the rink,” Tait said. “Guys’ billets talk, the parents talk.” Tait’s billet mother, Gail Hruska, has "
    "housed Blizzard players for 14 seasons. “I’ve had 23 boys at my kitchen table,” she says. “Three of them asked "
    "me to their weddings.” Her husband, Len, added that the team is the only thing that gets the town out of the "
    "house in January. “Take the Blizzard away and you might as well turn off the lights,” he said.",
    "The Prairie Junior Hockey League says it wants the Blizzard to survive. In an email, commissioner Dale Fenwick "
    "wrote that the league has helped two other clubs through ownership changes in the past decade and “is prepared "
    "to do the same here.” Asked whether the league would cover the shortfall itself, Fenwick said that was not on "
    "the table. “We are a league of 12 teams, not a bank,” he said. The league, he added, could let the club skip a "
    "season and return. Szabo said a year off would kill the team. “Once the billets find other things to do and "
    "the sponsors find other teams, you don’t get them back,” the treasurer said.",
    "“Buy a season ticket, even if you never go. Buy two.” That advice comes from Irene Baptiste, who ran the "
    "Blizzard’s board for 11 years before Szabo and who still sells 50-50 tickets at every home game. Baptiste, 74, "
    "notes that the team has come close to folding before, in 1987 and again in 2003. “Both times, this town showed "
    "up,” she said. Mayor Colin Ostrowski says the town will match every dollar raised by local businesses up to "
    "$40,000. Lachapelle, for her part, says she is not going anywhere. “If there’s a team in October, I’m behind "
    "the bench,” the coach said. “If there isn’t, I’ll be in the stands for whoever comes next.”",
)

FARM: tuple[str, ...] = (
    "The durum on Harjit and Simran Brar’s farm south of Taber should be waist-high by now. Instead, it barely "
    "reaches Simran Brar’s ankle, and in the low spots it has stopped growing altogether. “I have never walked a "
    "field this early and known it was done,” says Simran Brar, who farms 3,200 acres with her husband and his "
    "brother. “You can hear it crunch.” Her husband added that the farm has had 41 millimetres of rain since April, "
    "less than a third of normal. “My father talked about 1988,” Harjit Brar said. “This is worse than anything he "
    "described.” Across the south of the province, the story is the same. The Alberta Wheat Commission, which "
    "represents about 14,000 growers, says early estimates point to yields 40 per cent below the five-year average "
    "in the driest counties.",
    "The commission has asked Ottawa to speed up drought assistance. In a letter to federal Agriculture Minister "
    "Claire Desrosiers, it said farmers need to know by July whether they will get help, because that is when they "
    "decide whether to sell cattle or buy feed. “Waiting until the fall is waiting until it is too late,” the letter "
    "said. The minister’s office said in a statement that the federal and provincial governments are assessing the "
    "damage and that AgriRecovery funding “remains on the table.” Asked whether that meant a decision by July, a "
    "spokesperson for Desrosiers, Mathieu Lévesque, said only that the assessment is moving as fast as possible. "
    "Alberta’s agriculture minister, Troy Kowalski, told reporters in Lethbridge on Tuesday that the province has "
    "already opened some Crown land for emergency grazing. “We are not going to let anybody’s herd go to the "
    "auction mart because we were slow,” Kowalski said.",
    "Cattle are the second worry. A rancher who runs 300 cow-calf pairs west of Pincher Creek and chairs the local "
    "grazing association, Dwayne Pritchard says he has already sold a fifth of his herd because the pasture is gone "
    "and hay costs twice what it did last year. “You sell the old cows first, then the young ones you were counting "
    "on,” Pritchard says. “Every one you sell is ten years of breeding walking onto a truck.” Agronomist Leah "
    "Nakamura, who works with growers across the region for an independent crop consulting firm, says some farmers "
    "are now cutting failed grain crops for feed. “It’s not what anybody planted it for, but a cow doesn’t care,” "
    "she said. She warns that cutting early comes with a nitrate risk, and that farmers should get feed tested "
    "before they use it. The cost of a test, she notes, is about $40. “Forty dollars is cheap,” Nakamura said. “A "
    "dead cow isn’t.”",
    "Insurance will soften the blow for some. The Agriculture Financial Services Corporation, the provincial Crown "
    "corporation that runs crop insurance, said it has received more than 2,900 early damage reports, nearly triple "
    "last year’s number. The corporation said adjusters are working weekends. Back at the Brar farm, Simran Brar "
    "says they will be fine this year, thanks to insurance and a good crop in 2024. It’s next year that worries "
    "her. “If the subsoil doesn’t recharge over the winter, we start 2027 already behind,” she said. “Farming is a "
    "lot of hope. Right now I’m running a little short.”",
)

WATER: tuple[str, ...] = (
    "For 2,214 days, the people of Wapisiw Lake First Nation have boiled their water. On Friday, the community 300 "
    "kilometres north of Sioux Lookout will finally open the tap on a new treatment plant, and Chief Nora Keesick "
    "says she will believe it when she drinks it. “We’ve had ribbon cuttings before,” Keesick said in an interview "
    "from the band office. “We’ve had a plant that worked for three weeks. So you’ll forgive me if I wait for the "
    "lab results.” The $38-million plant was paid for by Indigenous Services Canada. The department says the plant "
    "meets federal standards and that two operators from the community have been trained to run it. In a "
    "statement, it said the advisory will be lifted once water samples pass testing for 30 consecutive days.",
    "Those two operators are Jordan Meekis, 26, and his uncle, Abel Meekis, 51. The younger Meekis spent 18 months "
    "in training in Thunder Bay and says the job is the most important one in the community. “If I mess up, people "
    "get sick. Kids get sick,” he said. “So I don’t mess up.” His uncle, who ran the old plant for a decade, said "
    "the difference is like night and day. “The old one, I was fixing it with parts from a snowmobile,” Abel Meekis "
    "said, laughing. “This one has a computer that tells me what’s wrong before it goes wrong.”",
    "Not everyone is ready to celebrate. Elder Bella Fiddler, who remembers hauling water from the lake in pails as "
    "a girl, said the community should never have waited six years. “They would not make a town in the south wait "
    "six weeks,” she said in Oji-Cree, through an interpreter. Coun. Thomas Anderson, who holds the band’s health "
    "portfolio, says the advisory has left lasting damage: skin infections among children, and a generation that "
    "does not trust the tap. “My kids have never had a glass of water from the sink,” Anderson said. “My youngest "
    "asked me if it’s allowed.” The nursing station has seen fewer skin infections since bottled water deliveries "
    "began in 2022, according to Anderson. Asked whether the community would seek compensation, he said the "
    "council would discuss it after the advisory is lifted.",
    "The federal Indigenous Services minister, Paul Whitecloud, is expected to attend Friday’s opening. His office "
    "said in an email that the minister “looks forward to celebrating this milestone with the community.” The "
    "office said 11 long-term advisories remain in Ontario. The Northern Treaty Chiefs Council, which represents 49 "
    "First Nations in the north, said in a post on social media that Wapisiw Lake’s wait shows the system is "
    "broken. “No community should have to fight for six years for what every Canadian takes for granted,” the post "
    "read. Back at the band office, Keesick has one plan for Friday. “I’m going to fill a glass, and I’m going to "
    "drink it in front of everybody,” the chief said. “Then we’ll see.”",
)

TRANSIT: tuple[str, ...] = (
    "The trains of Millbank’s new light-rail line were supposed to run every five minutes. On most mornings this "
    "winter, riders on the Riverside Line platforms have waited 15, 20, sometimes 40. Tri-Rivers Transit, the "
    "regional agency that runs the line, says cold weather has exposed a problem with the overhead wires and that a "
    "fix will take until at least March. The agency said in a statement on Monday that eight of its 13 trains are "
    "in service. “We know this is not the service riders were promised,” general manager Howard Ng said in the "
    "statement. “We are not going to pretend otherwise.” Riders are less patient. Jasmine Bell, a nurse who takes "
    "the train to St. Brendan’s Hospital, says she has been late four times this month. Kofi Mensah, a first-year "
    "student, says he now leaves an hour early. And Dorothy Kwan, 81, says she has given up on the train "
    "altogether and pays $30 for a cab.",
    "Unifor Local 4410, which represents the line’s 160 operators and maintenance workers, says the problems were "
    "predictable. The union said it warned the agency in writing in 2024 that the wires had not been tested in "
    "temperatures below minus 25. “We told them. We have the letter,” said Local 4410 president Gurpreet Sandhu, a "
    "former bus driver who has led the local since 2019. “Nobody wanted to hear it before the opening ceremony.” It "
    "also says its members are working 16-hour shifts to keep the remaining trains running. The agency disputes "
    "that. Ng said in an interview that shifts are capped at 12 hours and that no worker has been asked to exceed "
    "the cap. “Safety is the one thing I will not bend on,” he said.",
    "At city hall, the delays have become a political fight. Coun. Miriam Abernethy, who chairs the transit "
    "committee, said council was given assurances that every system had been tested. “I asked that question "
    "directly, in public, and I was told yes,” she said. “I’d like to know who told me that, and what they knew.” "
    "Coun. Rick Duchesne, who voted against the line in 2017, was less diplomatic. “I said this would be a money "
    "pit. I’d love to be wrong,” he said. Mayor Stephanie Oduya said she has asked the province for an independent "
    "review. The Ontario transportation minister’s office said it had received the request and is “reviewing it "
    "carefully.”",
    "The contractor that built the line, Halvard Rail Group, said in an email that it is working with the agency on "
    "a fix and that the wires met the specifications in its contract. For riders, the question is whether to trust "
    "the schedule. “I check the app, and the app lies,” says Jasmine Bell. “It says four minutes. Then it says "
    "eleven. Then the train shows up with no room.” The nurse said she has started carpooling with a colleague on "
    "night shifts. “I love the idea of this train,” she said. “I just need it to come.”",
)

HOSPITAL: tuple[str, ...] = (
    "The sign on the emergency department door at Tidewater Memorial Hospital in Caspian Harbour has become "
    "familiar: closed tonight, go to Truro. The department was closed for 97 nights last year, according to figures "
    "released by Nova Scotia Health, the provincial health authority. Dr. Alisha Forde, one of three family "
    "physicians who cover the emergency department, says the closures are a staffing problem, not a money problem. "
    "“We have the beds. We have the equipment,” Forde says. “What we don’t have is a second nurse at three in the "
    "morning.” The health authority says it has hired 11 nurses for the region since January. It said in a "
    "statement that recruiting to rural sites remains “a challenge across the province.”",
    "The Nova Scotia Nurses’ Union puts it differently. Its president, Colleen MacAulay, a registered nurse who "
    "worked in emergency departments for 22 years before she was elected, said nurses are leaving rural hospitals "
    "because they are asked to work alone. “Nobody goes into nursing to be the only nurse in the building when a "
    "car crash comes in,” MacAulay said. The union says it surveyed 640 of its members last fall and that more than "
    "half said they had considered leaving the profession. It wants the province to guarantee a minimum of two "
    "nurses on every emergency shift. Health Minister Gordon Fraser-Kent said the province is looking at the idea. "
    "“I don’t disagree with the goal,” the minister told reporters at Province House on Thursday. “The question is "
    "where the nurses come from.”",
    "For people in Caspian Harbour, the closures are measured in kilometres. Truro is 74 kilometres away, much of it "
    "on a two-lane highway. Last November, Everett Boudreau, a 67-year-old retired fisherman, had chest pains on a "
    "night the department was closed. His wife, Linda, drove him to Truro. “I was doing 130 on the 224 with the "
    "flashers on,” she said. “I kept looking over to see if he was still breathing.” Doctors in Truro told the "
    "couple he had had a heart attack. “They said another half hour and I wouldn’t be here,” Boudreau said. "
    "“That’s the kind of thing you think about at four in the morning.” The Boudreaus’ neighbour, Marnie Halloran, "
    "started a petition after hearing their story; it has 3,400 signatures. “This isn’t a rich place, but we pay "
    "our taxes like everybody else,” Halloran said.",
    "The local MLA, Opposition health critic Danielle Comeau, said the government has known about the problem for "
    "years. “Every summer, they announce a recruitment push,” Comeau said. “Every winter, the door is locked.” "
    "Asked whether her party would guarantee the two-nurse minimum, she said it would. Back in the emergency "
    "department, Forde says she is staying. She grew up in Caspian Harbour, and her mother was a nurse at Tidewater "
    "for 30 years. “She worked alone too, some nights,” the doctor said. “She used to say you could do it for a "
    "while. Nobody should have to do it forever.”",
)

SCHOOL: tuple[str, ...] = (
    "After three hours of delegations and one recess called to calm the room, trustees of the Hollis Highlands "
    "District School Board voted 6-3 on Wednesday night to close Cedar Narrows Public School in June. The school, "
    "which opened in 1958, has 61 students in a building meant for 240. Director of education Marcus Fairweather "
    "told trustees that keeping it open would cost about $1.1 million in repairs over the next five years. “We "
    "cannot justify that spending for a building that is three-quarters empty,” Fairweather said. “I say that with "
    "no pleasure.” The students will move to Dorset Ridge Public School, a 35-minute bus ride away.",
    "The three trustees who voted against the closure each spoke before the vote. Trustee Anne-Marie Gagnon said "
    "the board was balancing its budget on the backs of rural families. Trustee Brian Okeke said a 35-minute ride "
    "is really 50 minutes for children at the end of the route. And trustee Lois Kettering, a retired principal who "
    "taught at Cedar Narrows for 12 years, said the school is the last public building in the village. “When the "
    "school goes, the village goes,” Kettering said. “I have watched it happen three times in this county.” Board "
    "chair Pierre Lavoie, who voted for the closure, said afterward that he understood the anger. “These are not "
    "easy votes, and they shouldn’t be,” he said.",
    "Parents packed the board room. “My daughter gets carsick. Fifty minutes each way, twice a day, for a "
    "seven-year-old?” Erin Szymanski, who has two children at the school, asked trustees during her delegation. "
    "She said parents will ask the Ministry of Education for an administrative review of the decision. Another "
    "parent, Dev Raghunathan, was more blunt. “You decided this months ago,” he told the board. “Tonight was "
    "theatre.” A Grade 6 student, 11-year-old Ava Chartrand, read a letter signed by 48 of her classmates. “Please "
    "don’t close our school,” it began. The Ministry of Education said in an email that it had not yet received a "
    "request for a review and that closure decisions are made by school boards.",
    "The Elementary Teachers’ Federation of Ontario local, which represents the school’s five teachers, said none "
    "of them will lose their jobs; they will be offered positions elsewhere in the board. Cedar Narrows’ principal, "
    "Yvonne Delisle, declined to comment on the vote. She did say she would miss the place. “Thirty-one years in "
    "this board, and this is the best school I’ve worked in,” Delisle said. “Small doesn’t mean less.” Outside after "
    "the vote, Kettering was hugging parents in the parking lot. Asked whether she thought the decision could still "
    "be reversed, the trustee shook her head. “Not by this board,” she said. “Maybe by the next one.”",
)

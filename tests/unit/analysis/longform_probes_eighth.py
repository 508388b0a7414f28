"""An eighth batch of fictional long-form feature articles for probing the quotes, each a tuple of paragraphs: a tech
start-up's layoffs, a housing co-op's vote delivered as ONE long block with four speakers, a First Nation's lobster
fishery, a rural veterinarian shortage, a women's soccer club and a municipal strike. Shapes: "X told The Canadian
Press" and "told CBC News" (the outlet is the listener), former employees who asked not to be named, a speaker quoted,
then described ("the 31-year-old", "the teenager") and then named by first name only, organisations that speak "in a
statement" and are then "it", "the union" or "the department", a post that speaks for its union, an elder who speaks
in her own language "translated by her grandson", a quotation running into the next paragraph with the cue only in
the first, Q&A passages of questions and bare answers, "according to" an association and statements by email.
Written for these tests; none is taken from any corpus. The gold is in test_longform_probes_eighth.py."""

from __future__ import annotations

STARTUP: tuple[str, ...] = (
    "Kestrel Ledger, a Waterloo start-up that sells bookkeeping software to farms, laid off 84 of its 210 employees "
    "on Monday, eight months after raising $40 million from investors. In a video call that lasted nine minutes, the "
    "company’s co-founder and chief executive, Anjali Moorthy, told staff that the cuts were “the hardest decision I "
    "have made.” “We hired for a world that did not arrive,” Moorthy told The Canadian Press on Tuesday. “That is on "
    "me, not on the people who are leaving.”",
    "Three former employees, who asked not to be named because their severance agreements are not yet signed, "
    "described the call as abrupt. “You got an email at 8:52 with a calendar invite for nine,” one of them, a software "
    "developer who had been with the company for four years, said. “By 9:10 my laptop was locked.” Another said the "
    "severance offered was four weeks’ pay plus one week for each year of service, which she called “the legal "
    "minimum with a bow on it.”",
    "Moorthy, 38, founded the company in 2017 with Grant Eberhardt, a former agronomist who still serves as its chief "
    "product officer. Eberhardt wrote in a LinkedIn post on Monday night that he was “gutted” and that he would "
    "personally help anyone who was laid off find a new job. “If you were on my team, my phone is on,” he wrote. "
    "Kestrel Ledger said in a statement that the cuts fall mostly on its sales and marketing staff and that it has "
    "enough money to operate for three more years. The company said it would not seek new funding this year.",
    "Analysts say the cuts are part of a wider reckoning. “Farm software was the hot thing in 2021, and every fund "
    "wanted a piece,” says Rebecca Szeto, a partner at the Toronto venture firm Northline Capital who did not invest "
    "in Kestrel Ledger. “Now the money wants to see profit, and farms are slow buyers. They buy after harvest, if the "
    "harvest was good.” Szeto said she expects more layoffs in the sector before spring. Asked whether Kestrel Ledger "
    "could be sold, she said a sale was “possible, but not this winter.”",
    "For the 84 who left, the job market in Waterloo Region is tighter than it was two years ago. Marcus Oduya, a data "
    "analyst who was laid off on Monday, said he had already sent out 30 applications. “I have a mortgage and a "
    "six-month-old,” the 31-year-old told CBC News. “I can’t wait for the market to turn.” Oduya said he does not "
    "blame Moorthy. “She cried on the call,” Marcus said. “I believe it was real. It doesn’t pay the mortgage.”",
    "Moorthy said on Tuesday that the company would keep paying health benefits for laid-off staff until the end of "
    "March. She said she would not take a salary for the rest of the year. “It is a gesture,” she said. “I know it’s "
    "only a gesture.”",
)

COOP: tuple[str, ...] = (
    "The Larkspur Housing Co-operative on Gladstone Avenue in Ottawa has 64 units, a waiting list of 300 names and, "
    "since a member vote in June, a plan to tear half of itself down. Members voted 41 to 19 to replace the two "
    "oldest townhouse rows with a six-storey building of 140 units, a project the co-op’s board says can only be paid "
    "for if a third of the new units rent at market rates. “It’s the only way the numbers work,” says board president "
    "Delphine Arcand, a retired bus driver who has lived at Larkspur since 1986. “We either grow or we slowly fall "
    "apart. The roofs are 40 years old.” Not everyone agrees. Tobias Wynne, who lives in one of the rows that would "
    "come down, calls the plan “a betrayal of what a co-op is for.” “My kids grew up in this unit,” says Wynne, a "
    "58-year-old carpenter. “Now I’m told I can come back in three years, if I’m lucky, to a one-bedroom on the fifth "
    "floor.” Arcand says every household that is moved will be offered a unit in the new building at its current "
    "housing charge. Wynne’s neighbour, Farah Qureshi, voted in favour. “I have a son in a wheelchair and we live up "
    "two flights of stairs,” she says. “An elevator is not a luxury for us.” Qureshi says she understands why some "
    "neighbours are angry. “It’s their home. It’s mine too. We’re both right, that’s the problem.” The co-op’s "
    "property manager, Ezra Lindqvist, says construction could start in 2026 if the city approves the rezoning. “The "
    "city has been supportive, but supportive isn’t a permit,” he says. Wynne and six other members have asked the "
    "Co-operative Housing Federation of Canada to review the vote. The federation said it had received the request "
    "and would respond within 30 days.",
)

LOBSTER: tuple[str, ...] = (
    "Before dawn on the first day of the season, the wharf at Cape Morrow was already busy: trucks backing trailers "
    "to the water, men in orange coveralls stacking traps, a drone somebody had brought to film it all. Kerrigan "
    "Paul, 34, has fished lobster out of this harbour since he was 15. “My grandfather fished here, my father fished "
    "here, and nobody ever asked them for a piece of paper,” Paul said as he loaded bait. “Now I have a piece of "
    "paper, and they still want another one.”",
    "The paper he means is a licence issued by the Amaskwik First Nation under its own management plan, which sets "
    "its season, trap limits and tags. Fisheries and Oceans Canada does not recognize the plan. In a statement, the "
    "department said it “remains committed to implementing the Treaty right to fish in pursuit of a moderate "
    "livelihood” but that all fishing must happen under federal licences. It said fishery officers would be on the "
    "water and would “take appropriate action” against unlicensed gear.",
    "Chief Roseanne Bernard of the Amaskwik First Nation says the band will not back down. “The Supreme Court told "
    "Canada in 1999 what our rights are,” Bernard said in an interview at the band office. “Twenty-five years later "
    "we are still waiting for Canada to listen.” Asked whether she worries about a repeat of the violence of 2020, "
    "when lobster pounds were burned, the chief paused. “Every day,” she said.",
    "The oldest person on the wharf that morning was Mary Louise Sack, 87, who came down in a wheelchair pushed by her "
    "grandson. She spoke in Mi’kmaw, translated by her grandson, Devon. “When I was a girl the Indian agent took my "
    "father’s nets,” she said. “Now they take the traps. It is the same thing with new words.” Devon Sack, who is 22 "
    "and fishes on his uncle’s boat, said his grandmother had insisted on coming. “She said she wanted the boats to "
    "see her,” he said.",
    "The Canadian Press put three questions to the federal Fisheries Minister, Laurent Dufresne, through his office. "
    "Will officers seize traps this week? “Enforcement decisions are made by officers on the water, not by the "
    "minister.” Is the department negotiating with the band? “Our door is open and it has always been open.” Why not "
    "recognize the band’s plan? “A moderate livelihood fishery has to work within the conservation framework that "
    "protects the stock for everyone.” Back on the wharf, Paul had heard it before. “Door’s open,” he said, laughing, "
    "as he cast off. “They just never say which door.”",
    "Late in the afternoon, the first boats came back. Paul’s haul was light, 40 pounds from 30 traps, and two of his "
    "traps were missing. He said he did not know who took them. “Could be the tide, could be DFO, could be a guy with "
    "a grudge,” he said. A spokesperson for the department said it had not seized any traps in the area on Monday. "
    "The RCMP said officers were present “to keep the peace” and that no arrests had been made.",
)

VETS: tuple[str, ...] = (
    "When a heifer went down in a calving barn near Kindersley at two in the morning last March, Wade Halvorsen "
    "called four veterinary clinics. Two did not answer, one had closed for good and one was three hours away. “By "
    "the time I got a vet out, I’d lost the calf and nearly lost the cow,” said Halvorsen, who runs 300 head of "
    "cattle with his wife, Bonnie. “That’s a $4,000 night, and it’s not the money I’m upset about.”",
    "Saskatchewan has about one large-animal veterinarian for every 12,000 cattle, according to the Saskatchewan "
    "Veterinary Medical Association, and two thirds of them are over 50. In an email, the association’s registrar, "
    "Dr. Helen Kowalski, said the province needs at least 40 more mixed-practice vets in rural areas. “We graduate "
    "good vets,” she wrote. “We just can’t keep them out here.” The association said it is lobbying the province for "
    "a student-loan forgiveness program like the one for rural doctors.",
    "One vet who stayed is Chantal Dubé, who took over a clinic in Rosetown two years ago from a veterinarian who had "
    "run it for 41 years. “I knew what I was signing up for, sort of,” Dubé says. “I didn’t know I would be the only "
    "vet for a hundred kilometres on a long weekend.” The 31-year-old works most weekends and has not taken a holiday "
    "longer than four days since she arrived. “He left me his phone number and his dog,” the 31-year-old said of her "
    "predecessor. Chantal laughs when asked whether she would do it again. “Ask me in February, during calving,” she "
    "says. “Today? Yes.”",
    "The province says help is coming. Agriculture Minister Travis Kerluke told reporters in Regina on Thursday that "
    "the government would fund 10 more seats for Saskatchewan students at the Western College of Veterinary Medicine "
    "in Saskatoon starting next fall. Kerluke said the seats would come with a condition. “If we pay for your seat, "
    "we’d like you to practise in rural Saskatchewan for five years,” he said. Critics say that will take too long. "
    "“A student who starts next fall is out in 2030,” said Opposition agriculture critic Naomi Ferris. “What do "
    "farmers do until then? Call a vet in Alberta?”",
    "Back near Kindersley, Halvorsen has started doing more of the work himself. Bonnie Halvorsen said her husband now "
    "keeps a calving kit and antibiotics in the truck. “He watches YouTube videos at midnight,” she said. “I don’t "
    "love it. But what else are we going to do?”",
)

SOCCER: tuple[str, ...] = (
    "Three hours before kickoff, the Halifax Tides’ goalkeeper was already at the stadium, taping her fingers alone "
    "in the dressing room. “I like the quiet,” Maya Ashoona said. “Once the fans come in, it’s not quiet for a long "
    "time.” The 19-year-old from Iqaluit is the youngest starting keeper in the league and, by most counts, its best: "
    "eight clean sheets in 14 games. The teenager says she learned to dive on gym mats. “There was no grass field in "
    "Iqaluit when I was little,” she said. “The first time I dove on real grass I thought, oh, this is easy.”",
    "Her coach, Ingrid Solheim, a former Norwegian international who took over the Tides last winter, said she first "
    "saw Ashoona on a grainy video a friend sent from a youth tournament in Ottawa. “She was 15, she was maybe "
    "five-foot-six, and she was shouting at her defenders like a 30-year-old captain,” Solheim told The Canadian "
    "Press. “I thought, that one doesn’t need teaching. She needs a team.”",
    "Ashoona’s mother, Leetia, flew down for the home opener and has not missed a game on television since. “When she "
    "was small she would stand in the net in the hallway and tell her brothers to shoot at her,” Leetia Ashoona said. "
    "“We lost two lamps and a window that way.",
    "“I told her, if you are going to break things, be good at it. So she got good at it.”",
    "The league has had a harder season. Two clubs missed payroll in August, and players on a third say they have not "
    "been paid for travel since June. In a statement, the Atlantic Women’s Soccer League said all player salaries are "
    "now current. It said it had “secured new investment” and expected every club to finish the season. Players are "
    "less sure. “We hear a lot of statements,” said Tides defender Keisha Morrow, the team’s players’ association "
    "representative. “We’d like to see deposits.”",
    "Ashoona has heard the talk and says she does not listen to it. Maya, who signed a two-year contract in January, "
    "said her goal is simple: the national team by 2027. “Every day I think about that shirt,” she said. Her coach "
    "thinks it could come sooner. “If she keeps this up, Canada will call before that,” Solheim said. “And I will be "
    "sad, because I will lose her for the camps.”",
)

STRIKE: tuple[str, ...] = (
    "Garbage has not been collected in Riverbend for 19 days, and the city’s 400 outside workers say they are "
    "prepared to stay out until Christmas. “We didn’t want this,” said Rhonda Fehr, president of Local 1120 of the "
    "Municipal Workers’ Union, standing at a picket line outside the public works yard on Thursday. “But we are not "
    "going back for a two per cent raise when groceries went up nine.”",
    "The city says it cannot afford more. In a statement released Wednesday night, the City of Riverbend said its "
    "latest offer, 2.5 per cent in each of three years, is “fair, competitive and final.” It said the union’s demand "
    "would add $6.8 million to the budget over three years, the equivalent of a five per cent tax increase. The union "
    "said in a response posted on Facebook an hour later that the city’s numbers were “fiction.” Local 1120 said the "
    "city had found $4 million for a new council chamber last year. “Funny how the money shows up for some things,” "
    "the post said.",
    "Mayor Gordon Pylypchuk, in his second term, has said little in public since the strike began. At a news "
    "conference on Thursday, he took four questions. Would the city return to the table? “Our negotiators are "
    "available 24 hours a day.” Would he consider binding arbitration? “No. Council sets the budget, not an "
    "arbitrator.” Pylypchuk said the city has hired a private contractor to empty the bins at parks and schools. "
    "Asked how much that costs, he said he did not have the figure.",
    "On Maple Crescent, the bins stand at the curb, lids propped up by bags. Ilse Gunderson, 74, has lived on the "
    "street for 40 years and says she has never seen it like this. “The crows are having a festival,” the retired "
    "nurse said. Her neighbour, a father of three who gave only his first name, Kevin, because he works for a city "
    "contractor, said he supports the workers. “I’d want a raise too,” he said. “I just wish they’d strike in "
    "January, when it doesn’t smell.” The union said on Friday it would allow workers to collect garbage at the "
    "seniors’ residence on Maple Crescent, a gesture the mayor called “a stunt.” The Local 1120 president said it was "
    "nothing of the kind. “Those are our parents and grandparents,” Fehr said.",
)

"""A twenty-seventh batch of fictional CANADIAN regional daily features for probing the quotes, each a tuple of
paragraphs, two delivered as one long block as a web scraper leaves them: a rural nursing home's staffing crisis (a
daughter and a nurse who share a surname, the union local's president, the minister's emailed statement, the society's
director, a councillor), a city council's vote to rebuild a pool (the mayor, three councillors, a swim coach, a retired
farmer, the recreation director, the minister's emailed statement, a boy), a shrimp season opening under a cut quota
(a skipper and his cousin who share a surname, the department's statement, the plant owner, the mayor, the union
local's head, the minister's emailed statement, a scientist who is not named), a deadly stretch of highway (a mother,
the police and a sergeant, the mayor, a councillor, a truck driver, a nurse, the minister's emailed statement, the
member of the legislature, the father) and a regional airport losing its last route (a patient, the airline's release
and its chief, a spokesperson, the airport manager, the mayor, a councillor, the district chair, a student who shares
the manager's surname, the minister's emailed statement, the ministry). Shapes: residents named in full, then by
surname and pronoun over several paragraphs, "Coun. X" and "the councillor", "says X, who …" and "X says", a
description after the name ("the nurse says", "the coach says"), cues in the middle of a quote, the reporter's own
questions ("Was he surprised by the vote?") and "Asked whether …, X said", two people with one surname. Written for
these tests; none is taken from any corpus, and every person in them is made up. The gold is in
test_longform_probes_twentyseventh.py."""

from __future__ import annotations

CARE_HOME: tuple[str, ...] = (
    "Every afternoon at 3 o’clock, Colleen MacAskill signs the visitor book at Harbourview Manor in Pictou County, "
    "walks past the nurses’ station and sits with her mother, who turned 91 in March and no longer remembers the "
    "name of the town where she taught school for 34 years.",
    "“Some days she knows me and some days she thinks I’m the new aide,” MacAskill says. “I come either way.”",
    "But since January, MacAskill says, the visits have shown her something else: a 62-bed home that runs, on many "
    "nights, with two registered nurses fewer than its schedule calls for, and residents who wait 40 minutes or "
    "more for help getting to the bathroom.",
    "“I found her at suppertime still in the clothes from the morning,” she says. “Nobody was being cruel. There "
    "just wasn’t anybody.”",
    "The home, run by the not-for-profit Northumberland Seniors Society, told families in a letter last month that "
    "it had closed 10 beds to new admissions because it could not staff them.",
    "Dale MacAskill has been a licensed practical nurse at Harbourview for 17 years. She is no relation to Colleen,"
    " though the two women joke that half of the county is.",
    "“On a bad night I have 31 residents and one aide, and I’m doing the medication pass for all of them,” Dale "
    "MacAskill said in an interview at her kitchen table in Stellarton. “You cut corners you never thought you’d "
    "cut. Then you go home and you can’t sleep because of the corners.”",
    "The nurse says she has worked double shifts at least twice a week since the fall, and that three of the "
    "colleagues she trained have left for agency work, which pays as much as $20 an hour more.",
    "“They come back to the same building, same residents, wearing an agency badge, and they make twice what I "
    "make,” she said. “I don’t blame them. I blame whoever set it up that way.”",
    "Her union says the problem reaches well beyond one home. Gwendolyn Strachan-Oyelaran, president of CUPE Local "
    "2718, which represents about 140 workers at Harbourview and two other homes in the county, said the local has "
    "filed 46 staffing grievances since September.",
    "“Every one of those is a night when somebody’s mother didn’t get turned, or didn’t get fed on time,” says "
    "Strachan-Oyelaran, who worked as a continuing-care assistant for 22 years before she was elected. “We’ve been "
    "telling the province this for five years.”",
    "Asked whether the union would consider job action, Strachan-Oyelaran said the local was “not there yet,” but "
    "that members would vote on a strike mandate if the province did not move on agency wages by the spring.",
    "Nova Scotia’s Minister of Seniors and Long-Term Care, Thaddeus Kinsella-Baptiste, declined an interview. In an"
    " emailed statement, he said the province has hired 1,100 continuing-care assistants since 2022 and is “working"
    " with every home to reduce its reliance on agency staff.”",
    "“We know there is more to do, and we will keep doing it,” the statement said.",
    "The society’s executive director, Ferdinand Achterberg, said the home has advertised for registered nurses "
    "continuously for 14 months and has received four applications.",
    "“We are competing with Halifax, with Alberta, with the agencies, and with the simple fact that young nurses "
    "don’t want to live in a town with no daycare spaces,” he said. Achterberg said closing the beds was “the worst"
    " decision I’ve made in this job, and the only responsible one.”",
    "Coun. Imelda Doucette-Reyes, who sits on the county’s health committee, said she had asked the society’s board"
    " for the staffing figures twice and been refused twice. “If the home runs on public money, the numbers are "
    "public,” the councillor said. “I don’t think that’s a radical idea.”",
    "Back at Harbourview, Colleen MacAskill has started keeping a notebook. She writes down the time she arrives, "
    "who is on the floor, and how long her mother waits when she rings the call bell.",
    "“I’m not trying to get anybody in trouble,” she said. “I want somebody in an office in Halifax to read it.”",
    "Would she move her mother to another home if a bed opened? MacAskill paused. “Where?” she asked. “They’re all "
    "the same, or worse.”",
    "Dale MacAskill is due back on the night shift on Thursday. She said she had thought about leaving nursing "
    "altogether, “but then who’s going to be there at 3 a.m.?”",
)

POOL: tuple[str, ...] = (
    "Dauphin city council voted 5-4 on Tuesday night to spend $31 million rebuilding the Kinsmen Aquatic Centre, "
    "ending two years of argument over whether the city’s only indoor pool, closed since a roof beam cracked in "
    "2023, should be replaced or left to the school division and the neighbouring towns. Mayor Evangeline "
    "Thorsteinson cast the deciding vote after almost four hours of debate. “I have heard every argument in this "
    "room twice, and some of them three times,” Thorsteinson told the packed chamber before the vote. “What I have "
    "not heard is a plan for where a seven-year-old in this city learns to swim if we say no.” Coun. Barnabas "
    "Wojcik-Halloran, who led the opposition, said the rebuild would push residential property taxes up by about "
    "4.5 per cent over three years. “We are not a rich city. We are a city with a lot of retired people on fixed "
    "incomes, and we just asked them to pay for a pool most of them will never use,” the councillor said after the "
    "meeting. Wojcik-Halloran said he would bring a motion in January to put the project to a referendum, though "
    "city staff said a referendum could not legally overturn a borrowing bylaw once it had passed third reading. "
    "Coun. Priya Gallant-Mbeki, who chairs the recreation committee, voted in favour. “People talk about this as a "
    "luxury,” says Gallant-Mbeki. “It’s a drowning-prevention program with a roof on it.” She noted that Dauphin "
    "sits within an hour’s drive of a dozen lakes, and that the Lifesaving Society counted 11 drownings in the "
    "region over the last decade. Asked by the Herald whether she was worried about the tax increase, Gallant-Mbeki"
    " said she was, “but I’m more worried about what it costs us to do nothing.” Among the more than 80 residents "
    "in the gallery was Marguerite Lachance-Osei, who has coached the Dauphin Dolphins swim club for 19 years. "
    "Since the pool closed, the club has driven its 46 swimmers to Swan River twice a week, a 90-minute trip each "
    "way. “We lost half our kids the first winter,” Lachance-Osei said. “Parents can’t do that drive in January on "
    "a Tuesday night. I don’t blame them.” The coach says the club’s older swimmers have been training in the "
    "school division’s 20-metre pool at 5:30 in the morning, when the division can spare the lane time. “They’re "
    "good kids. They show up. But you can’t build a swimmer in a pool you get for 45 minutes a week,” she said. Not"
    " everyone in the gallery agreed. Ewart Fehr, a retired grain farmer who lives in the city’s north end, said he"
    " had come to speak against the project. “I swam in the river. My kids swam in the river,” Fehr said. “I’m not "
    "against children learning to swim. I’m against a $31-million building with a wave machine.” Told that the plan"
    " did not include a wave machine, Fehr laughed. “Give them time,” he said. The city’s director of recreation, "
    "Solveig Abernethy-Kanu, told council the new building would have a six-lane, 25-metre pool, a teaching pool "
    "and a change room that meets accessibility standards, and that it could open by the fall of 2028 if tenders "
    "come in on budget. “That is a big if, and I want council to hear me say it,” Abernethy-Kanu said. The province"
    " has committed $9 million through its municipal infrastructure program. In an emailed statement, Manitoba’s "
    "Minister of Municipal and Northern Relations, Odalys Kristjanson, said the province “recognizes the importance"
    " of recreation facilities to the health of rural communities” and would not add to its share. “Our commitment "
    "to Dauphin is clear and has not changed,” Kristjanson said in the statement. Coun. Hollis Ruminski, who also "
    "voted against, said he supported a pool but not this one. “Build it smaller. Build it for what we can afford,”"
    " Ruminski said. “The councillor across the table keeps telling me I’m against kids. I coached minor hockey for"
    " 12 years.” Thorsteinson said she expected the tax debate to follow council into next year’s budget. “It "
    "should,” the mayor said. “This is the biggest thing this council will do, and people ought to argue about it.”"
    " Outside the chamber, 11-year-old Lennox Gallant, whose family drives to Swan River three times a week, said "
    "he was glad. Was he surprised by the vote? “Kind of,” he said. “My mom said they’d say no.”",
)

SHRIMP: tuple[str, ...] = (
    "The Lady Ainsley left the wharf at Port au Choix before dawn on Monday, the first boat out on the first day of"
    " a northern shrimp season that her skipper, Wendell Pardy, fears may be the last he can afford.",
    "“Forty years I’ve been doing this, and I’ve never gone out with less,” Pardy said on the wharf, a coffee in "
    "one hand and his phone in the other, checking the ice report. “You do the math on fuel and crew and it doesn’t"
    " come out. It just doesn’t.”",
    "Fisheries and Oceans Canada cut the total allowable catch for the area by 38 per cent this year, to 6,200 "
    "tonnes, citing survey results that put the stock near what the department calls its critical zone. In a "
    "statement, the department said the cut was “necessary to give the stock a chance to rebuild” and that it would"
    " review the quota again in the fall.",
    "Pardy says the science is wrong, or at least late. “They’re counting shrimp with a survey boat that was broke "
    "down half of last year,” he said. “Ask any skipper on this coast. The shrimp are there. The cod are eating "
    "them, sure, but they’re there.”",
    "His cousin Roxanne Pardy has worked the peeling line at the Northern Pride plant in Port au Choix for 23 "
    "summers. Last year the plant ran for 14 weeks. This year, she says, the plant manager has told workers to "
    "expect eight.",
    "“Eight weeks doesn’t get you your stamps for EI,” Roxanne Pardy said. “So what happens is people leave. The "
    "young ones are already gone to Fort McMurray. The ones my age, we’re too old to go and too young to quit.”",
    "She said she had already applied for a job in the school cafeteria in case the plant closes early.",
    "The plant’s owner, Cyril Abernathy-Vokey, said the company would process every pound it could buy but could "
    "not promise a full season. “I’ve got 160 people on the payroll and a quota that feeds maybe 90 of them,” he "
    "said. “I’m not going to stand here and tell anybody it’s fine.”",
    "Was he thinking about closing the plant for good? “I think about it every night,” Abernathy-Vokey said. “I "
    "haven’t decided anything.”",
    "Port au Choix Mayor Lorne Gaultois said the town council would meet the plant’s owners next week. “The plant "
    "is the town,” Gaultois said. “There’s no second employer here. There’s the plant, the school and the Co-op.”",
    "Gaultois, who fished shrimp himself for 20 years before he ran for council, said the town has lost 110 "
    "residents since the last census. “Every one of them had a reason to stay until they didn’t,” he said.",
    "“The quota cut is a decision made in Ottawa by people who have never seen a shrimp come out of the water,” "
    "says Lloyd Coombs-Ransome, who heads the union local that represents the plant’s workers. “And it lands on a "
    "peeling line in a town of 800 people.”",
    "Coombs-Ransome said the union wants Ottawa to extend employment insurance for plant workers hit by the cut, as"
    " it did for crab workers in 2009. Asked whether the union disputed the science, he said it did not “dispute "
    "that the stock is in trouble. We dispute who pays for it.”",
    "Newfoundland and Labrador’s Fisheries Minister, Geraldine Mercer-Tobin, said in an emailed statement that she "
    "had written to her federal counterpart asking for “an urgent, targeted income support program for plant "
    "workers and harvesters affected by this year’s quota decision.”",
    "“The people of the Great Northern Peninsula did not cause this decline, and they should not carry it alone,” "
    "Mercer-Tobin said in the statement.",
    "A federal fisheries scientist who studies the stock, and who had no clearance to speak publicly, said warmer"
    " water in the gulf has pushed shrimp into deeper, colder pockets where the survey does reach them. “The survey"
    " isn’t missing them. They’re just fewer,” the scientist said.",
    "Wendell Pardy was back at the wharf by 4 p.m. with 2,900 pounds in the hold, about half of what he would have "
    "landed on a first day five years ago. Was it worth going out? “Ask me in August,” he said.",
    "His cousin was waiting for the trucks at the plant. “First day’s always good,” Roxanne Pardy said. “It’s the "
    "last day you worry about.”",
)

HIGHWAY: tuple[str, ...] = (
    "Every time a transport truck passes the white cross on Highway 11 north of Hearst, Bernadette Quill-Sauvé "
    "flinches. Her son Mathis was 19 when his car was crushed between two tractor-trailers on that stretch in "
    "February 2023. “People say it gets easier,” Quill-Sauvé said last week, standing on the gravel shoulder where "
    "she has planted a spruce. “It gets quieter. That is not the same thing.” The spruce is taller than she is now,"
    " and she waters it from a jug she keeps in the trunk. Since her son’s death, Quill-Sauvé has collected more "
    "than 14,000 signatures on a petition asking the province to twin the two-lane highway between Hearst and "
    "Kapuskasing, or at least to add passing lanes every 10 kilometres. She says she has written to three "
    "transportation ministers and met one of them. “He listened. He was kind. Then nothing happened,” she said. "
    "Ontario Provincial Police say there have been 11 fatal collisions on the 90-kilometre stretch in the past five"
    " years, seven of them involving a transport truck. Sgt. Roderick Papineau-Kwan, the detachment’s traffic "
    "co-ordinator, said most of them happened in winter, when snow squalls cut visibility to almost nothing in a "
    "few seconds. “A driver who is doing everything right can still be in a whiteout behind a truck they can’t "
    "see,” Papineau-Kwan said. “Then someone behind them decides to pass.” The sergeant says the OPP has added "
    "winter patrols but that enforcement alone cannot make the road safe. “We can’t write a ticket to a snowstorm,”"
    " he said. Kapuskasing Mayor Henriette Lavigne-Okoro said the town council has passed a resolution supporting "
    "the petition every year since 2023. “Our hospital, our airport and our high school are on this highway. So are"
    " our grocery trucks,” Lavigne-Okoro said. “This is not a rural road. It is the Trans-Canada.” Asked whether "
    "she thought the province would act before the next election, the mayor laughed. “I thought that before the "
    "last one,” she said. Coun. Aurèle Bisson-Tait, who drives the highway to Hearst twice a week for dialysis, "
    "says he no longer does it after dark. “I leave at noon so I’m home before four,” says Bisson-Tait, who is 71. "
    "“My daughter makes me text her from the hospital parking lot.” The councillor said he wanted the province to "
    "build more paved pull-offs where truckers can stop to check their loads and wait out squalls. Truck driver "
    "Gurpreet Dhaliwal-Moore, who hauls lumber between Hearst and Sudbury, said the lack of places to stop is what "
    "worries him most. “If I pull over on a shoulder that narrow in a whiteout, I’m the hazard,” Dhaliwal-Moore "
    "said. “So you keep going at 40 with your four-ways on and you pray.” He says he has seen drivers pass on blind"
    " hills at least once every trip. “Not young kids, either. Grown men in pickups,” he said. Lucienne Quill, an "
    "emergency-room nurse at the hospital in Hearst and Bernadette’s sister-in-law, says the staff there know the "
    "highway by its injuries. “We know when there’s been a crash before the ambulance calls, because the phones "
    "start ringing from the families,” the nurse says. “This is a small place. You know who’s on the road.” In an "
    "emailed statement, Ontario’s Minister of Transportation, Corisande Whitlock-Ames, said the ministry is "
    "“studying options to improve safety on Highway 11 in the Hearst-Kapuskasing corridor, including passing "
    "lanes,” and that a planning study would be finished next year. “Safety on northern highways is a priority for "
    "this government,” the minister said. The local member of provincial parliament, Théo Mainville, called the "
    "statement “the same paragraph we have received since 2019.” “A planning study is a promise to make a promise,”"
    " Mainville said. “Families up here are done waiting for studies.” Quill-Sauvé has heard that before, too. She "
    "keeps her son’s hockey jersey in the back window of her car, and she drives the stretch to Hearst every Sunday"
    " to visit her mother. Is she afraid? “Every single time,” Quill-Sauvé said. “But I won’t let that road decide "
    "where I go.” Her husband, Gilles Sauvé, said the family is not looking for anyone to blame. “The trucker that "
    "hit Mathis stopped and held his hand,” he said. “He writes us every Christmas. He wants the road fixed as much"
    " as we do.”",
)

AIRPORT: tuple[str, ...] = (
    "For 31 years, the morning flight from Castlegar to Vancouver has been how Rosalind Tremblay-Haugen got to her "
    "chemotherapy appointments, her grandchildren’s birthdays and, once, her own wedding.",
    "On Friday, Selkirk Air told the West Kootenay Regional Airport that it would end its last scheduled route out "
    "of the city on Jan. 31, citing cancellations, rising costs and a shortage of pilots.",
    "“I cried when I heard, and I’m not a crier,” Tremblay-Haugen said from her home in Robson. “Nine hours in a "
    "car over the Kootenay Pass in January is not a trip you make when you’re 74 and sick. It’s a trip you don’t "
    "make.”",
    "Tremblay-Haugen says she has flown the route 40 times in the past two years for treatment at the cancer centre"
    " in Vancouver, and that about one flight in four was cancelled because of fog or low cloud in the valley.",
    "“They called it ‘Cancelgar’ when I was a girl,” she said. “We laughed. It’s not funny now.”",
    "In a news release, the airline said its on-time performance at Castlegar had fallen below 60 per cent last "
    "winter and that the route had lost money in each of the past four years. “This was a difficult decision, and "
    "not one we took lightly,” chief executive Marcus Oyelaran-Beck said in the release.",
    "Oyelaran-Beck did not answer a request for an interview. Asked whether the airline would consider a summer"
    " schedule, a spokesperson, Delphine Ashworth, said “all options remain on the table for the future,” but that "
    "there were no plans to return.",
    "The airport’s manager, Kenji Vandermeer, said the airport had spent $4.8 million since 2021 on a new "
    "instrument approach meant to cut the number of fog cancellations, and that Transport Canada approved the "
    "approach only in October.",
    "“We did everything we were asked to do. We fixed the problem they said was the problem,” Vandermeer said. "
    "“Then they left anyway.”",
    "The manager says he has already begun talking with two other carriers, but that neither would commit to a "
    "route before the spring. “I’m not going to promise anybody a flight I don’t have,” he said.",
    "Castlegar Mayor Ingrid Sorensen-Achebe called the decision “a punch in the stomach” for a region that has been"
    " trying to attract doctors and remote workers. “When a surgeon asks me how she gets home to see her parents, I"
    " used to say, ‘There’s a flight every morning,’” Sorensen-Achebe said. “What do I tell her now?”",
    "Coun. Dario Fitzsimmons-Lee, who runs an engineering firm with 22 employees in the city, says he flies to "
    "Vancouver twice a month to meet clients. “I’ll drive to Cranbrook and fly out of there, or I’ll drive to "
    "Kelowna,” Fitzsimmons-Lee said. “But every one of those is a day gone.”",
    "The councillor said he would ask council to write to the federal transport minister asking Ottawa to treat "
    "regional routes like Castlegar’s as an essential service.",
    "The chair of the Regional District of Central Kootenay, Ottoline Brassard, said the district would ask the "
    "province to help pay a new carrier’s start-up costs. “Other provinces do it. Quebec does it for its regions,” "
    "Brassard said.",
    "Hana Vandermeer, a nursing student in Vancouver and no relation to the airport manager, said she had booked a "
    "flight home for reading week in February and got a refund notice on Friday night. “I’ll take the bus, I "
    "guess,” Hana Vandermeer said. “Twelve hours. Bring snacks.” She said half of her classmates from the Kootenays"
    " were doing the same arithmetic.",
    "B.C.’s Minister of Transportation and Infrastructure, Alasdair Nakamura-Byrne, said in an emailed statement "
    "that the province was “disappointed by Selkirk Air’s decision” and would “work with the airport and the "
    "regional district to restore scheduled service as quickly as possible.”",
    "The ministry said it would continue to fund the Health Connections bus, which carries patients from the "
    "Kootenays to appointments in Kelowna and Vancouver.",
    "Tremblay-Haugen has ridden the bus once. “It left at 5 in the morning and got to Kelowna at 11,” she said. "
    "“Then I had my treatment and rode it home. I was sick the whole way.”",
    "Would she ride it again? “If I have to,” she said. “That’s the answer to everything now. If I have to.”",
)

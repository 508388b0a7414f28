"""A twenty-ninth batch of fictional CANADIAN and US LONG-FORM WEB FEATURES for probing the quotes, each a tuple of
one to three long blocks with no paragraph breaks, as a web scraper leaves them, some cut off in mid-sentence: a
family meat market's second generation (a father and his daughter and son who share his surname, a retired teacher,
a nurse who lives nearby, a business association "in a written statement" and then "the group", a young butcher), a
rural water supply corporation in a drought (a rancher and her husband of one surname, the general manager, the
board's letter and its president, the state agency's statement and a spokesperson, a hydrologist), a university's
housing crunch (a student sleeping in her car, her landlord and a nurse of the same surname who takes her in, the
students' union's report and then "the group" and its president, the dean of students, the university's statement,
the mayor, a widow on Main Street), a community radio station going off the air (the founding host and his wife, the
society that holds the licence, the manager, the regulator's emailed statement, the mayor, a trucker on the air, a
teenage volunteer) and an orchard after a late frost (a widow and her son, a growers' council's letter and then "the
group", a horticulturist, the federal crop insurance agency, a crew leader speaking through his daughter, a packing
house manager). Shapes: present-tense cues ("says", "recalls", "adds", "insists", "explains"), speakers named after
their quote, descriptions standing for them ("the 38-year-old", "the retired teacher", "the engineer"), pronoun
chains, split quotes, quotations inside quotations, a cue in a parenthesis of the narration. Written for these
tests; none is taken from any corpus, and every person in them is made up. The gold is in
test_longform_probes_twentyninth.py."""

from __future__ import annotations

MARKET: tuple[str, ...] = (
    "The smokehouse behind Hryniuk’s Meats on Selkirk Avenue still runs on the brick firebox Bohdan Hryniuk built in "
    "1981, and on a grey Tuesday morning in February it is his daughter who is feeding it. “He would tell you the "
    "wood matters more than the meat, which is not true, but I stopped arguing with him years ago,” says Lesia "
    "Hryniuk, 38, who took over the business from her father last spring. The 38-year-old grew up stacking maple logs "
    "in the lane and swore, at 19, that she would never work here. She studied accounting, spent a decade at a bank "
    "downtown, and came back when her father’s knees gave out. “I thought I was coming for six months,” she says. "
    "“That was four years ago.” Her father, now 71, still comes in most mornings. He sits on a stool by the sausage "
    "stuffer and, his daughter says, criticizes everything. “She changed the recipe for the kovbasa,” Bohdan Hryniuk "
    "says, shaking his head. “Less garlic. Who asked for less garlic?” Lesia laughs when she hears this. “Nobody "
    "asked for less garlic, Tato. I didn’t change it.” She insists the recipe is the one he wrote on an index card in "
    "1983, which is now laminated and taped above the grinder. What she has changed is nearly everything else: the "
    "shop takes cards, has a website and ships frozen pierogies to customers in four provinces. Sales are up by about "
    "a third since she took over, she says, though the margins are thinner than",
    "The shop was opened by Bohdan and his late wife, Halyna, two years after they arrived from Lviv with one "
    "suitcase each. “My mother did the books and the counter, my father did the meat, and if you asked either of them "
    "who ran the place you got two different answers,” Lesia says. Her brother, Marko Hryniuk, 35, a paramedic in "
    "Brandon, says he was never considered as a successor, and does not mind. “Dad asked me once, when I was 16. I "
    "said, ‘I faint when I see blood,’ which is a funny thing for a paramedic to have said,” he recalls. “He never "
    "asked again.” Regular customers have noticed the change, and not all of them approve. Walter Pankiw, a retired "
    "teacher who has bought his Easter ham here since 1986, says the new vacuum-sealed packages look like something "
    "from a supermarket. “The meat is the same. The paper was better,” the retired teacher says. Others are happier. "
    "“I can order on Thursday night and pick up on Saturday without standing in a line that goes out the door,” says "
    "Amira Haddad-Fournier, who lives three blocks away and works nights as a nurse. The North End Business "
    "Association, which represents about 120 shops along the avenue, says family businesses like the Hryniuks’ are "
    "the reason the street has survived two decades of big-box competition. “When a shop like that changes hands "
    "inside the family, the whole block breathes out,” the group says in a written statement. It adds that at least "
    "nine shops on Selkirk Avenue have closed since 2019 because no one in the next generation wanted them.",
    "Bohdan Hryniuk, for his part, says he worries less about the shop than about his daughter. “She works like I "
    "worked. Six in the morning to seven at night. I did that because I had to,” he says. “She has a choice.” Lesia "
    "says she has hired a second butcher, a 24-year-old named Dmytro Savchuk who trained in Kyiv before the war, so "
    "that she can take Sundays off. Savchuk says the smokehouse was the reason he took the job. “In Ukraine every "
    "village had someone like Mr. Hryniuk,” he says. “Here I found one on the second day.” Asked whether she will "
    "pass the shop on one day, Lesia shrugs. Her son is seven. “He likes the sausage. That is as far as the "
    "succession plan goes,” she says. Then she goes back out to the lane, where the smoke is",
)

WATER: tuple[str, ...] = (
    "By the second week of August, the well that serves the Hollister family’s ranch outside Dripping Springs was "
    "pulling up sand. “You turn on the tap and it coughs at you, and then it gives you something that looks like "
    "chocolate milk,” says Charlene Hollister, 61, who has raised Angus cattle on the property with her husband for "
    "33 years. She and her husband, Wade Hollister, now haul water from town twice a week in a 500-gallon tank on a "
    "flatbed trailer. Wade does the driving. “I tell people I’m in the water business now. Cattle are a hobby,” he "
    "says, not quite joking. The Hollisters are among about 340 households that get their water from the Pedernales "
    "Ridge Water Supply Corporation, a member-owned utility that has drawn from the same aquifer since 1974. Last "
    "month, for the first time in its history, the corporation told its members that it could no longer guarantee "
    "service to properties at the ends of its lines. “We are not out of water. We are out of pressure, and in a "
    "system like ours that comes to the same thing at the far end of the pipe,” says Teodoro Villarreal, the "
    "corporation’s general manager. The 47-year-old engineer, who grew up two miles from the pumping station, says "
    "the aquifer has dropped 38 feet since March. He keeps a chart of the readings taped to the wall of his office, "
    "and he says he looks at it more than he should. “Every Monday I write down a number and every Monday it’s "
    "worse,” Villarreal says.",
    "The corporation has banned lawn watering, asked members to cut their use by a quarter and, in a letter sent to "
    "every household on Aug. 4, warned that it may have to ration water by the hour. “This is not a decision the "
    "board takes lightly, and it is not one we expect to reverse before the rains come,” the letter says. Board "
    "president Ingrid Sorensen-Maes, a retired schoolteacher, says the board was slow to act in the spring and has "
    "apologized for it at two public meetings. “We hoped May would save us. May did not save us,” she says. The "
    "retired teacher says she now gets about 40 phone calls a week, many of them angry, and answers all of them "
    "herself. One came from a developer who wanted to know whether the 60 homes he plans to build on the ridge would "
    "be connected. “I said, ‘Not this year, and I can’t tell you about next year,’ and he said, ‘Then who can?’” "
    "Sorensen-Maes recalls. “I told him to ask the sky.” The Texas Water Development Board, the state agency that "
    "plans for droughts, says in a statement that small rural systems are the most exposed to falling groundwater "
    "and that it has a loan program to help them drill deeper wells. A spokesperson for the agency says the "
    "Pedernales Ridge corporation applied for a loan in June and that its application is under review. Hydrologist "
    "Marisol Echeverría-Lund, who studies the aquifer at a university in San Marcos, says deeper wells buy time but "
    "not much else. “You can chase the water down, but the aquifer is a bank account, and for ten years we’ve been "
    "writing checks against it,” she says. She adds that the region’s population has nearly doubled since 2010. “The "
    "rain we get in a wet year used to be enough. It isn’t any more, and the people moving here were never told "
    "that,” the hydrologist says. Some were told, and came anyway.",
    "At the Hollister place, Charlene has started keeping a bucket in the shower. Her husband says he has sold 40 of "
    "their 110 cows because he cannot water them, and will sell more in October if nothing changes. “My father sold "
    "down in ’56 and swore he’d never do it again,” Wade says. “He didn’t have to. I did.” Charlene is more hopeful, "
    "or says she is. “It’s rained in September before,” she says. “I’m counting on it.” Villarreal, asked if he is "
    "counting on it too, says he is counting on nothing but the readings. “Hope isn’t a water plan,” says the "
    "engineer, “but it’s what most of us have got until the",
)

HOUSING: tuple[str, ...] = (
    "For most of October, Priyanka Venkataraman slept in a 2009 Honda Civic in the parking lot of a 24-hour gym, "
    "showered in the gym’s locker room and went to her 8:30 a.m. organic chemistry lecture as if nothing were wrong. "
    "“I had a membership, I had a car, and I had a student card. What I didn’t have was a lease,” says the "
    "20-year-old, a second-year biology student at Cabot Ridge University in Antigonish Falls, N.S. She had signed "
    "for a room in a shared house in August, she says, and arrived to find the landlord had rented it twice. The "
    "other tenant had a signed copy too. “He was very nice about it. He said, ‘One of you is going to be "
    "disappointed,’ and then he gave the key to the other girl,” she recalls. Venkataraman is not the only one. The "
    "Cabot Ridge Students’ Union says at least 85 students told it this fall that they had no stable place to live, "
    "up from 30 a year ago, and it believes the real number is higher. “Students don’t come to us first. They come "
    "to us when they have run out of couches,” the union says in a report released Monday. The group says it wants "
    "the university to convert an empty wing of a residence, closed for repairs since 2021, into emergency rooms "
    "this winter. It also says it has started a list of landlords to avoid, which now has",
    "Dean of students Rhiannon Achebe-Whitford says the university knows the numbers and does not dispute them. “We "
    "have 1,900 beds on campus and 4,600 first- and second-year students. You don’t need a calculator to see the "
    "problem,” she says. The dean, who has held the job since 2022, says the residence wing the union wants reopened "
    "has no working fire-suppression system and cannot be used until the work is finished next fall. “If I put a "
    "student in that building and something happened, I would not be able to live with it, and I should not be "
    "allowed to,” Achebe-Whitford says. She says the university has instead rented 40 rooms in two motels on the "
    "highway for the winter term and has set up a fund of $250,000 for emergency rent. In a statement, Cabot Ridge "
    "University says it plans to build a 600-bed residence by 2029 and is in talks with the province about "
    "financing. The university says it has also asked the town to allow secondary suites in single-family homes near "
    "campus. The town’s mayor, Cormac Delahunty-Shaw, says council will vote on that in January and that he expects "
    "it to pass. “People in this town complain about students until the students leave in April, and then they "
    "complain that the coffee shops are empty,” the mayor says. Not everyone in town agrees. Eunice MacPhail, 74, "
    "who has lived on Main Street since 1971, says the houses around her have become “dormitories with lawns.” "
    "“There were families in every one of these houses when my children were small,” the 74-year-old says. “Now I "
    "know the names of none of my neighbours, because they change every eight months.”",
    "Back in the gym parking lot, Venkataraman’s story ended, for now, with a phone call in early November. A "
    "classmate’s mother, a nurse in town named Oksana Venkataraman — no relation, the two women discovered, "
    "laughing, on the doorstep — had a spare room over her garage. “I saw the name on the class list my daughter "
    "showed me and I thought, well, that’s a sign,” Oksana Venkataraman says. She charges $400 a month, less than "
    "half of what rooms near campus now go for. Priyanka insists she will pay more when she can. “She won’t take it. "
    "I’ve tried twice,” the student says. The students’ union, for its part, says stories like hers should not "
    "depend on luck. “A spare room over a garage is a kindness. It is not a housing policy,” says Jasper "
    "Okonkwo-Reid, the union’s president, who is a fourth-year history student and lived in a basement with no "
    "window for his first two years. He says the union will bring its list of demands to the university’s board of "
    "governors on Dec. 9. Asked what happens if the board says no, Okonkwo-Reid pauses. “Then we come back in "
    "January with more students and a bigger room,” he says.",
)

RADIO: tuple[str, ...] = (
    "At 5:58 every weekday morning for 31 years, Harold Lindgren has unlocked the door of a converted dentist’s "
    "office on Queen Street, switched on the coffee maker and then the transmitter, in that order. “The coffee takes "
    "longer to warm up,” he says. “The transmitter is younger than the coffee maker, by about a year.” On March 31, "
    "CKBR 92.1, the community station Lindgren helped found in a church basement in 1993, will go off the air for "
    "good. The Barrow Lake Community Broadcasting Society, the volunteer board that holds the station’s licence, "
    "announced the closing last week after its transmitter failed an inspection and an estimate for a new one came "
    "in at $68,000. “We looked at every option we could think of, and a few we couldn’t afford to think about,” the "
    "society says in a notice posted on the station’s website. The society says it has about $9,000 in the bank and "
    "that donations, which once paid for most of the station’s costs, have fallen by half since 2020. Lindgren, 79, "
    "a former paper mill electrician, says he is not angry at the board. “They’re good people. They did the sums, "
    "and the sums said no,” he says. His wife, Margit Lindgren, is less forgiving. “Thirty-one years he’s given that "
    "station, and they tell him by email,” she says, stirring her tea at the kitchen table of the couple’s "
    "bungalow. “By email!” The 76-year-old says her husband did not sleep the night the message came. He says he "
    "slept fine.",
    "The station’s manager, Delphine Oakes-Mbeki, is its only paid employee, and she works 20 hours a week for it. "
    "She says the station reaches about 2,400 listeners on a good morning, in a town of 6,000, and is the only place "
    "to hear local news since the weekly paper went online-only in 2019. “When the highway closes, people call us "
    "before they call the OPP. When the power goes out, they listen to us on a battery radio,” says Oakes-Mbeki, "
    "44. “Who are they going to listen to in April?” During the ice storm of 2013, she recalls, Lindgren stayed on "
    "the air for 19 hours straight, reading out the names of people who needed wood, water or a ride. “A woman "
    "phoned in and said, ‘Tell Harold my mother’s furnace is out,’ and by the time he’d read it, two men with a "
    "generator were already in her driveway,” she says. The Canadian Radio-television and Telecommunications "
    "Commission, which licenses broadcasters, says in an emailed statement that it does not fund stations and that "
    "a community licence can be transferred to another non-profit if one comes forward. The commission adds that it "
    "has received no such application. Mayor Ross Tremblay-Kaur says the town cannot afford to buy a transmitter "
    "either, but council will look at whether it can pay",
    "Listeners have been calling the morning show all week, and Lindgren has put most of them on the air. One of "
    "them, a trucker named Gus Ferreira-Boyd, told him he has listened to the show on his way to the mine every "
    "morning since 2004. “You were the weather and the hockey scores and somebody’s lost dog, and I liked it better "
    "than anything on the satellite,” Ferreira-Boyd said on the air Wednesday. A teenager who volunteers on "
    "Saturdays, Noor Al-Hakim, says she hopes a group of students can raise enough to keep a smaller, internet-only "
    "version going. “It wouldn’t be the same, I know that,” the 17-year-old says. “But it wouldn’t be nothing.” "
    "Lindgren is not sure the internet is the point. “Half the people who listen to me don’t own a computer. The "
    "other half won’t admit it,” he says. He plans to do his last show on March 31 the way he did his first one, "
    "with a recording of the Barrow Lake Legion pipe band and a reading of the day’s school bus cancellations. “If "
    "there are no cancellations, I’ll read the ones from 1993,” he says. “I kept the",
)

ORCHARD: tuple[str, ...] = (
    "On the night of April 14, the thermometer on the shed at the Santangelo orchard in Zillah, Wash., read 24 "
    "degrees at 3 a.m., and Gloria Santangelo knew before dawn what it meant. “You walk out and the blossoms look "
    "fine. They look perfect. Then you cut one open and the middle is black, like somebody burned it with a match,” "
    "says Santangelo, 66, who has grown cherries and apples on 90 acres here since her husband died in 2008. Her son, "
    "Nick Santangelo, 41, ran the wind machines all night and lit smudge pots in the lowest block, where the cold "
    "settles first. It was not enough. “We had four machines going and it was like trying to heat a football field "
    "with a hair dryer,” he says. The family now expects to pick about a fifth of a normal cherry crop and perhaps "
    "half of its apples. Gloria says she has seen frosts before, in 1985 and 2012, but nothing this late in the "
    "spring and this hard. “My father-in-law used to say, ‘The orchard gives you one bad year in ten, and it picks "
    "which one,’” she says. “He never said it would pick two in a row.” Last year, hail took a third of their "
    "Honeycrisp. Nick says the orchard lost about $310,000 then and carried most of it on a line of credit that",
    "Across the Yakima Valley, growers are still counting. The Washington Tree Fruit Growers’ Council, which "
    "represents about 1,100 orchards, estimates that the April frost damaged blossoms on at least 40 percent of the "
    "state’s cherry acreage. “This is the worst spring freeze our members have seen in a generation, and it has come "
    "on top of three years of low prices,” the council says in a letter to the state’s congressional delegation. The "
    "group says it wants federal disaster aid declared for eight counties and an extension on loan payments for "
    "growers who already owe money on last season. Dr. Anneliese Vukovic-Harrow, a horticulturist with the state "
    "university’s extension office in Prosser, says the damage is uneven, and some growers on hillsides were spared. "
    "Cold air behaves like water, she explains: it runs downhill and pools. “A grower on a slope can lose nothing, "
    "and his neighbour at the bottom can lose everything, on the same night, a quarter mile apart,” Vukovic-Harrow "
    "says. She says frosts after bloom have become more damaging as warm spells push trees to flower earlier. “The "
    "freeze wasn’t unusual. The blossoms being out on April 14 was,” the horticulturist says. The federal crop "
    "insurance program, run by the U.S. Department of Agriculture’s Risk Management Agency, covers frost losses, but "
    "many small growers carry only the cheapest policy. The agency says in a statement that adjusters have been "
    "assigned to every county that reported losses and that claims will be paid within 30 days of a signed report. "
    "Nick Santangelo says the family’s policy will cover perhaps a third of what they lost. “Insurance keeps the "
    "lights on,” he says. “It doesn’t keep the people.”",
    "The people are what worry Gloria most. For 19 summers the orchard has hired the same crew of about 25 pickers, "
    "most of them from two families in Michoacán, and this year it will need perhaps eight. Efraín Ocampo, 52, who "
    "has led the crew since 2009, says through his daughter, who translates, that he understands. “He says it is "
    "nobody’s fault, it is the weather, and the weather does not sign contracts,” says Yesenia Ocampo, 23, who "
    "studies nursing in Yakima. Her father adds, in English, that he will call the Santangelos in May of next year "
    "anyway. Ron Delgado-Marsh, who manages the packing house in Wapato where the Santangelos send their fruit, says "
    "he is laying off a shift for the summer. “We’ll run one line instead of three. I’ve got 60 people asking me when "
    "they come back, and I have no answer,” he says. Gloria, for her part, refuses to talk about selling. “My husband "
    "planted the Rainiers in that north block the year Nick was born,” she says, pointing up the hill. “They’re 41. "
    "They’ll have a good year again. So will",
)

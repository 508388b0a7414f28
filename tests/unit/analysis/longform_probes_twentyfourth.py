"""A twenty-fourth batch of fictional CANADIAN long-form web pieces for probing the quotes, in the manner of magazine
profiles and explainers on news sites, each a tuple of paragraphs, two delivered as one long block as a web scraper
leaves them: a paramedic's burnout (the paramedic, her husband, a partner on the ambulance, a psychologist, the
service's statement), a curling club's last season (the club president, an icemaker, a skip and her sister, the
town's recreation manager by email), a housing co-op's founder (the founder, her daughter, a member, a housing
researcher, the city's housing director), an explainer on carbon-rebate cheques (two economists and the minister, the
revenue agency's statement) and a Cree language teacher (the teacher, a student, her mother, the school principal, a
linguist, the school division's statement). Shapes: people named again by the given name alone, as features do, a
quote introduced by a colon ("Her answer: “…”"), a question put by the writer and answered by a quote ("Would she do it
again? “…,” she says."), cues after the quote ("she recalls", "he laughs", "she adds"), statements and emails, and
the writer's own questions in an explainer, which nobody says. Written for these tests; none is taken from any corpus,
and every person in them is made up. The gold is in test_longform_probes_twentyfourth.py."""

from __future__ import annotations

PARAMEDIC: tuple[str, ...] = (
    "The call that Marisol Okafor still thinks about came at 3:40 on a February morning in 2022. A man in his fifties "
    "had collapsed in a snowbank outside a bingo hall in east Hamilton, and by the time her ambulance got there he had "
    "been without a pulse for almost twenty minutes.",
    "“We worked him for forty minutes in the back of the truck. I knew, and my partner knew, and we kept going "
    "anyway,” Marisol recalls, sitting at her kitchen table with a mug of tea she does not drink. “That was the night "
    "something in me just went quiet.”",
    "Okafor, 41, spent 14 years as a primary care paramedic with Hamilton Paramedic Service. Last spring she went on "
    "leave, and in September she resigned. She is one of 62 paramedics to leave the service in the past two years, "
    "according to figures the city released in November.",
    "Her husband, Dev Okafor, a high school shop teacher, saw the change before she did. “She stopped telling me about "
    "her shifts. For ten years she told me everything, the funny ones and the awful ones, and then nothing,” he says. "
    "He started keeping the kids busy on her days off so the house would be quiet.",
    "Marisol’s partner for most of those years, Brent Kowalczyk, is still on the road. He says the job has changed "
    "more in five years than in the twenty before. “We used to spend an hour at the hospital door. Now we spend six. "
    "You sit there holding a patient’s hand in a hallway while the calls stack up behind you,” Brent says. Does he "
    "think about leaving? He laughs. “Every shift. And then I come back.”",
    "Dr. Anjali Ramnarine, a clinical psychologist in Toronto who treats first responders, says what Okafor describes "
    "is common. The damage, she says, often comes less from a single terrible call than from the hours in between. "
    "“People think the trauma is the car crash. Very often it is the offload delay, the feeling that you cannot do the "
    "job you trained for,” Ramnarine says. She adds that paramedics wait an average of two years before asking for "
    "help.",
    "The Ontario Paramedic Association, which represents about 9,000 paramedics, says the province needs a standard "
    "for how long an ambulance crew can be held at a hospital. Its president, Curtis Lamontagne, says the group has "
    "asked for one three times since 2019. “Nobody would accept a fire truck parked at the station for six hours with "
    "the crew inside doing paperwork,” Lamontagne says. “That is what we are doing with ambulances.”",
    "In a written statement, Hamilton Paramedic Service said it had hired 30 paramedics this year and added a peer "
    "support team. The service said offload delays “remain a province-wide challenge” and that it was working with "
    "hospitals to shorten them.",
    "Marisol now works at a garden centre in Ancaster. She says she sleeps through the night for the first time in "
    "years. Would she do it again? “Absolutely,” she says. “I would just ask for help a lot sooner.”",
)

CURLING: tuple[str, ...] = (
    "The Wainwright Curling Club has made ice every November since 1956, but this winter will be its last. The club’s "
    "board voted in August to close the four-sheet rink at the end of the season, after the compressor that cools the "
    "ice failed for the second time in three years. Replacing it would cost about $280,000, according to a quote the "
    "club received from a refrigeration contractor. “We have 71 members. We raised $40,000 at the bonspiel last year "
    "and we were proud of it,” club president Lorne Haugen says. “You do the math.” Haugen, a retired grain buyer who "
    "has curled here since he was nine, walks the length of sheet two as he talks, pointing out the dents the old "
    "rocks have left in the boards. “That one’s from my dad,” he says. The club’s icemaker, Wendell Sayese, has spent "
    "22 winters pebbling this ice. He says the last few have been a fight. “Some mornings I come in and the ice is "
    "soft as butter at one end. I can keep it going for one more year. After that I can’t promise anything,” Wendell "
    "says. Asked what he will do next winter, he shrugs. His answer: “Probably sit at home and watch the Brier like "
    "everybody else.” The club is not alone. Curling Alberta says 14 rural clubs in the province have closed since "
    "2015, most of them over the cost of refrigeration. The association’s executive director, Marcus Twinn, says small "
    "towns built their rinks in the same decade, so the machinery is wearing out all at once. “It’s like a whole "
    "generation of furnaces dying in the same winter,” Twinn says. He adds that the association has no money of its "
    "own to lend. Skip Rhonda Vermette’s team has won the club women’s championship six times. She learned the game "
    "here from her grandmother. “This is where I learned to lose, which is more important than learning to win,” "
    "Rhonda says. Her sister and longtime third, Colleen Vermette, says the club has been the town’s living room. "
    "“Where else do farmers and nurses and teenagers all sit at the same table on a Tuesday night?” Colleen asks. She "
    "adds that the closest other rink is 45 minutes away. In an email, the town’s recreation manager, Priya Dhaliwal, "
    "said council had looked at taking over the building but could not find money for it in the capital budget. “The "
    "town recognizes how much the club means to Wainwright,” she wrote. Dhaliwal said the town would help the club "
    "apply for a provincial grant, though none would arrive before spring. Some of the youngest members are taking it "
    "hardest. Kaylee Sayese, Wendell’s granddaughter, is 14 and plays lead on the club’s junior team. “I was going to "
    "skip here one day. That was the plan,” Kaylee says. Her grandfather, she adds, has promised to drive her to the "
    "rink in Vermilion twice a week. Haugen is not counting on the grant. Is there any chance the club survives? "
    "“There’s always a chance,” he says. “That’s curling.”",
)

COOP: tuple[str, ...] = (
    "In 1979, Bernadette Lacroix-Mensah was a single mother of two living in a basement apartment in Saint-Henri with "
    "water running down one wall. Forty-five years later, she lives in a sunny third-floor unit in the building she "
    "helped build: the Coopérative d’habitation Les Tisserands, 48 units of housing that rent for well under half the "
    "market rate.",
    "“We didn’t know anything. We had a church basement, a borrowed typewriter and eleven stubborn women,” Bernadette "
    "says, laughing. “The stubborn part turned out to be the only thing that mattered.”",
    "The co-op opened in 1983 with federal money that has long since dried up. Lacroix-Mensah, now 82, still chairs "
    "its maintenance committee. Her daughter, Josée Mensah, grew up in the building and says her mother ran it like a "
    "small village. “If a kid broke a window, by supper time my mother knew whose kid it was, and that kid was holding "
    "a broom,” Josée says. She adds that she did not understand how unusual the place was until she tried to rent an "
    "apartment of her own.",
    "Farid Belkacem, who has lived in the co-op for 17 years, drives a city bus. He says he could not live in the "
    "neighbourhood otherwise. “My rent is $780. Across the street, the same two bedrooms are $2,100,” Farid says. “My "
    "kids go to the same school I walk past every day on my route.” He says he joined the board two years ago because "
    "the founders will not be around forever. “Somebody has to learn where Bernadette keeps the keys,” he says.",
    "Not everything has been easy. In the late 1990s the co-op nearly went bankrupt after a roof replacement ran "
    "$300,000 over budget, and members voted to raise their own housing charges by a third. “There were meetings where "
    "people screamed at each other. I went home and cried more than once,” Bernadette recalls. “Then we came back the "
    "next week and voted.”",
    "The question is whether a building like Les Tisserands could be built today. Sandrine Aubut-Leclerc, who studies "
    "co-operative housing at the Université du Québec à Montréal, says it could, but only with land the city already "
    "owns. “The financing is hard, but it is solvable. Land is the problem. A group of eleven women with a typewriter "
    "cannot outbid a developer,” Aubut-Leclerc says.",
    "The city’s director of housing, Mathieu Tremblay, says Montreal has set aside 14 lots for non-profit and "
    "co-operative projects since 2021. “We want more Tisserands. We just need more people willing to do what Madame "
    "Lacroix-Mensah did,” Tremblay said in an interview.",
    "Tremblay says the city is also studying a program that would let co-ops buy buildings from landlords who want to "
    "sell. Aubut-Leclerc calls that the most promising idea in a decade. She says it should have come twenty years "
    "ago. “Every year we waited, the buildings got more expensive and the founders got older,” she says.",
    "What would she tell them? Bernadette thinks about it for a long moment. Her advice: “Find the stubborn ones. Then "
    "never let them leave the committee.”",
)

REBATE: tuple[str, ...] = (
    "Millions of Canadian households will see another carbon rebate deposit this month. Here is what the payment is, "
    "who gets it and why economists still argue about it. What is the rebate? The Canada Carbon Rebate is a quarterly "
    "payment the federal government sends to households in provinces where the federal fuel charge applies. A family "
    "of four in Alberta will receive $1,800 this year, according to the Department of Finance. Finance Minister "
    "Catherine Dubreuil-Anand says the payment is designed to return most of the money the fuel charge collects. "
    "“Eight out of ten families get more back than they pay. That is not a talking point, it is the arithmetic,” "
    "Dubreuil-Anand told reporters in Ottawa on Monday. Is that true? Mostly, says Graham Ostrowski, an economist at "
    "the University of Calgary who has studied the policy since it began. “If you only count the fuel charge and the "
    "cheque, the minister is right. Most households come out ahead,” Ostrowski says. He adds that the picture changes "
    "once you count slower growth in the economy as a whole. “That part is smaller, and it is much harder to measure, "
    "but it is not zero,” he says. Why does that matter? Ostrowski’s view: the rebate works as designed, but the "
    "government oversells it. Leah Nakashima, an economist at the Institute for Fiscal Fairness, a think-tank in "
    "Halifax, says the growth argument is overstated. She says the cost to the economy is tiny next to the cost of "
    "doing nothing. “Every serious model we have looked at puts the drag on growth at a fraction of a per cent,” "
    "Nakashima says. “People notice the price at the pump. They don’t notice the deposit.” That, she adds, is the real "
    "political problem. Rural households get an extra 20 per cent on top of the base payment. Ostrowski says that "
    "top-up is the part of the policy he would keep even if everything else changed. “People in small towns drive "
    "farther and have no bus to take. The top-up is the fairest line in the whole scheme,” he says. Do you need to "
    "apply? No. The Canada Revenue Agency said in a statement that anyone who files a tax return is enrolled "
    "automatically. The agency said about 300,000 people missed a payment last year because they had not filed. Why do "
    "so many people think they lose money? Nakashima says the deposit arrives with a label most people never read. “It "
    "shows up in your bank account as ‘Canada’ and a string of numbers. Half the people I talk to think it is a GST "
    "refund,” she says. The Department of Finance said in a statement that it was working with banks to label the "
    "deposits more clearly. Will the rebate survive? Dubreuil-Anand says it will as long as her government is in "
    "office. Conservative finance critic Owen Birchall says his party would scrap both the charge and the rebate. "
    "“Canadians don’t need Ottawa to take their money and mail part of it back,” Birchall said in the House of "
    "Commons. Nakashima is less sure the rebate will last. “Policies that people can’t see tend to die quietly,” she "
    "says.",
)

CREE: tuple[str, ...] = (
    "Every morning at 8:45, before the announcements, Harriet Kakakaway stands at the door of her classroom at "
    "Sakastew School in northern Saskatchewan and greets each of her 23 Grade 4 students in Cree. Most of them answer "
    "back now. In September, only three could.",
    "“When I was their age, a teacher washed my mouth out with soap for speaking it,” Harriet says. “Now I get paid to "
    "teach it. I think about that every single day.”",
    "Kakakaway, 58, learned Cree from her grandparents on a trapline near Pelican Narrows. She spent twenty years as "
    "an education assistant before going back to university for her teaching degree at 49. Her mother, Eliza "
    "Kakakaway, now 86, still corrects her grammar. “She has a city accent now,” Eliza laughs. “But her heart is "
    "right.”",
    "One of Harriet’s students, ten-year-old Tristan Bear, says he speaks Cree with his kokum on the phone every "
    "Sunday. “She cried the first time. I thought I said something bad,” Tristan says. His favourite word, he says, is "
    "the one for northern lights. He will not tell a visitor what it is. “You have to take the class,” he says.",
    "The school’s principal, Dale Morin, says the Cree program has changed the building. Attendance in Kakakaway’s "
    "class is the highest in the school, he says. “Kids want to be in that room. They don’t want to miss a day in case "
    "she teaches a new song,” Morin says.",
    "Language experts say teachers like Kakakaway are in short supply. There are perhaps 90,000 Cree speakers in "
    "Canada, according to the most recent census, and most of them are over 50. Wilfred Bouvier-Sinclair, a linguist "
    "at the University of Saskatchewan, says the next ten years will decide the language’s future. “The elders are the "
    "dictionaries. When an elder dies, we lose words nobody wrote down,” Bouvier-Sinclair says. He adds that fluent "
    "teachers are retiring faster than new ones are trained.",
    "Harriet’s days are long. After the bell she runs a Cree club for parents, and on Wednesday nights she teaches "
    "adults at the band hall. Her mother goes to every class. “I sit in the back and make sure she gets the old words "
    "right,” Eliza says. Harriet rolls her eyes. “She sits in the front,” she says.",
    "In an email, the Northern Lights School Division said it would add two Cree teaching positions next year and was "
    "working with First Nations University on a training program. “Language is at the centre of our plan,” the "
    "division wrote.",
    "The division’s superintendent, Gloria Nateweyes, said in a phone interview that the waiting list for Harriet’s "
    "adult class now runs to 60 names. “We could fill three more classes tomorrow if we had the teachers,” she said. "
    "Asked where those teachers will come from, Nateweyes paused. “That is the question that keeps me up at night,” "
    "she said.",
    "Harriet plans to teach for five more years. Who will take her place? She does not hesitate. Her answer: “One of "
    "these kids. I’m already watching for which one.”",
)

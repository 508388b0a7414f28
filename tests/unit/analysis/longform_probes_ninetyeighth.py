"""A ninety-eighth batch of fictional stories for probing the quotes, in the manner of A LONG-FORM CANADIAN FEATURE ON
A SMALL PRAIRIE PACKING-PLANT TOWN REMADE BY A DECADE OF NEWCOMER FAMILIES as national broadcasters' and dailies' web
pages deliver it, with few paragraph breaks (blocks of five to nine sentences, some cut off). The fifteenth batch has
one story of a newcomer family's first Prairie winter in a city; this one is the town ten years on, told through its
plant, its church sponsors and its school: the town a decade later (a father and his daughter of one surname in the
present tense, "Her father laughs" and "He says", the plant's human resources head who "adds", the mayor in an
interview cut off in mid-sentence, a sociologist whose relative clause names a man she is not, "recalls the retired
teacher"); a church's sponsors waiting for a fourth family (the committee's volunteer, a couple with their son
translating for his mother, "says through her son", "The couple say", a settlement agency's director named once and
then "the director" and "She added", a provincial minister's office "said in an email" and "It said", a federal
department "in a statement"); and the town's crowded school (its principal, a mother who speaks "through" a school
liaison worker who then speaks for herself, the mother's son, the plant manager, a ministry spokesperson by email, the
retired teacher with another's name inside her relative clause, a last block cut off). Written for these tests; none
is taken from any corpus, and every person, town, plant, church, agency, school, team and university in them is made
up (the provinces, cities, countries, ministries and kinds of bodies are real)."""

from __future__ import annotations

TOWN: tuple[str, ...] = (
    "‘We stayed for the town’: How a packing plant and a decade of newcomers remade Tollerton, Sask.",
    "TOLLERTON, Sask. — On a Saturday morning in February, the line at the Tollerton Co-op runs past the bread aisle, "
    "and most of the conversations in it are not in English. Tesfalem Woldegiorgis, 51, pushes a cart with his "
    "daughter, Saba, 19, and stops every few metres to shake a hand. “Ten years ago I knew two people in this town, "
    "and one of them was my boss,” he says. “Now I cannot buy milk in less than an hour.” Woldegiorgis came from "
    "Eritrea by way of a refugee camp in Sudan and a cousin’s couch in Calgary, and took a job on the cut floor at "
    "Harrowfield Packers in the spring of 2015. His wife and three children followed 14 months later. Saba was nine. "
    "“I remember the cold, and I remember that nobody at school could say my name,” she says. “Now half of them call "
    "me Sabs, which is worse.” Her father laughs at that. He says he still works the early shift, and that he has "
    "never once thought of leaving.",
    "Harrowfield Packers slaughters about 9,000 hogs a day and employs 1,450 people, in a town whose population was "
    "4,100 at the 2011 census and is now closer to 6,800. More than a third of the plant’s workers were born outside "
    "Canada, according to the company. Colleen Ferreira-Dyck, the plant’s vice-president of human resources, says it "
    "began recruiting in the Philippines, Mexico and East Africa in 2013 after it could not fill 300 jobs locally. "
    "“We put ads in every paper from Winnipeg to Lethbridge and got eleven applications,” she says. “So we stopped "
    "pretending the workers were going to come from here.” The company pays for English classes on site and has a "
    "prayer room off the cafeteria, which she calls “the best 400 square feet we ever built.” Ferreira-Dyck says "
    "turnover on the cut floor has fallen from 60 per cent a year to about 18 since families began settling in town "
    "rather than workers coming alone. “A man with his kids in the school here doesn’t quit in February,” she adds.",
    "Mayor Glen Rasmussen-Hale, a grain farmer who has held the job since 2016, was not an easy convert, and he says "
    "so. He voted against the town’s first welcome committee as a councillor, worried about the cost of housing and "
    "the wait at the clinic. “I was wrong about the people and right about the houses,” he says. “We still haven’t "
    "built enough of them.” The town has added 410 housing units since 2015, most of them duplexes and a 60-unit "
    "rental block the plant helped pay for, and the rental vacancy rate is under one per cent, the mayor says. He "
    "wants the province to double its money for rural housing. “Every spring I have families sleeping three to a room "
    "because there is nothing to rent,” Rasmussen-Hale said in an interview at the town office, a room decorated with "
    "flags from 31 countries, one for each",
    "Small towns that pin their future on one plant have seen this story go both ways, says Ingrid Maalouf-Strand, a "
    "sociologist at Coteau Plains University in Regina who has studied meat-packing towns in Alberta, Kansas and "
    "Saskatchewan for 20 years. In some, newcomers arrive, work for three years and move on to the city as soon as "
    "their permanent residency comes through. “What makes a town like Tollerton different is not the plant, which is "
    "the same plant everywhere,” she says. “It is whether the hockey association, the church and the curling rink open "
    "the door.” The sociologist, who has interviewed Woldegiorgis and dozens of his co-workers for a book due out next "
    "year, says the town’s churches did much of the early work. Her numbers show that about seven in ten families who "
    "came to Tollerton between 2014 and 2018 are still there. “That is an extraordinary number,” Maalouf-Strand says. "
    "“In most of the towns I study it is closer to four.”",
    "Doreen Kowalchuk-Baptiste taught Grade 4 at Tollerton Elementary for 31 years before she retired in 2019. The "
    "first fall, there were six children in her class who spoke no English, she recalls, and no one to help. “I used "
    "a lot of pictures and a lot of pointing,” recalls the retired teacher. “By Christmas they were correcting my "
    "spelling.” Saba Woldegiorgis starts nursing school in Saskatoon in September. She says she will come back. Her "
    "father is not so sure. “She says that now,” he says, “but Saskatoon has more than one Co-op.”",
)

SPONSORS: tuple[str, ...] = (
    "A church basement, a rented duplex and 14 months of paperwork: Tollerton’s sponsors wait for their fourth family",
    "TOLLERTON, Sask. — The quilts are folded on a table in the basement of Grace Coulee Mennonite Church, beside a "
    "box of winter boots in six sizes and a binder thick with forms. The church has sponsored three refugee families "
    "since 2016 and is waiting for a fourth, a widow and her two sons now in Pakistan, whose file has been in process "
    "for 14 months. “We have the money, we have the duplex and we have 40 people who want to drive them to the "
    "dentist,” says Marlene Voth-Ellison, a retired nurse who has run the church’s refugee committee from the start. "
    "“What we do not have is a date.” She says the group raised $38,000 for the family’s first year, most of it at a "
    "pie auction in October. Voth-Ellison keeps a photo of each family on the fridge upstairs. “People ask why a "
    "church of 150 old Mennonites does this,” she says. “Our grandparents came here with nothing, on somebody else’s "
    "money. We are paying it back.”",
    "The first family the church brought over, Rahimullah and Zarmina Sadozai, arrived from Kabul in January 2017 "
    "with four children and two suitcases. The couple now own a house on Fifth Street and a small grocery that sells "
    "halal meat from the plant, and they speak to a reporter in their shop, with their eldest son, Wahid, translating "
    "for his mother. “When we landed in Saskatoon it was minus 38,” Rahimullah Sadozai says in English. “I asked "
    "Marlene, is it always like this? She said no, sometimes it is colder.” His wife, who worked as a midwife in "
    "Kabul, says she misses her work more than she misses the weather. “In Afghanistan I helped 2,000 babies come "
    "into the world,” she says through her son. “Here I sell them rice.” The couple say they would sponsor a family "
    "themselves if they could afford it. Zarmina Sadozai is studying for the exam that would let her work as a "
    "midwife in Saskatchewan, Wahid says, but the course is in Regina, four hours away.",
    "Bridgeway Newcomer Services opened a Tollerton office in 2015 with one employee in a room above the bank. It now "
    "has 14 staff, runs English classes four nights a week and helps about 600 clients a year fill out everything "
    "from tax returns to permanent residency applications. Its executive director, Adaeze Okafor-Lindqvist, says the "
    "sponsors are the reason the town’s refugees have done so well. “A government-assisted refugee gets a caseworker "
    "for a year,” she says. “A family sponsored by a church gets a caseworker, three grandmothers and a man with a "
    "truck.” The director says the agency’s waiting list for English classes has grown to 140 people since Ottawa cut "
    "its funding for the program by 12 per cent in April. It has asked the province to fill the gap. “We are turning "
    "away the very people the plant needs to promote,” the director said. She added that two of her own staff had "
    "started as clients.",
    "In an email, the office of Saskatchewan’s Immigration and Career Training Minister, Carla Denholm-Reyes, said the "
    "province had spent $4.2 million on newcomer language programs last year and “continues to review” requests from "
    "rural agencies. It said the minister had visited Tollerton in June and “heard directly from employers and "
    "families about the needs of the community.” The office did not say whether more money would come. Immigration, "
    "Refugees and Citizenship Canada said in a statement that processing times for privately sponsored refugees from "
    "Pakistan average 22 months. Back in the church basement, Voth-Ellison sets the boots in a row, smallest to "
    "largest. “Twenty-two months,” she says. “That boy will need the next size by the time he gets here.”",
)

SCHOOL: tuple[str, ...] = (
    "At Tollerton Composite, 31 languages, a stage turned into classrooms and a graduation rate that went up",
    "TOLLERTON, Sask. — When Brent Olafson-Ng became principal of Tollerton Composite School in 2014, the school had "
    "380 students and one teacher of English as an additional language, who drove in from Humboldt two days a week. "
    "This fall it has 710 students who speak 31 languages at home, and seven EAL teachers. “The building was designed "
    "for 450,” Olafson-Ng says, walking a hallway where a portable classroom’s door opens onto the gym. “We have "
    "turned the stage into two classrooms and the staff room into a third. I eat lunch in my car.” He says the school "
    "division has asked the province for a new wing three years running. The principal is proud of the numbers he "
    "can show: last June, 94 per cent of the school’s Grade 12 students graduated, up from 81 per cent a decade ago. "
    "“People assumed the newcomer kids would pull the average down,” he says. “They pulled it up.”",
    "Guadalupe Moreno-Kaplinski works the night sanitation shift at the plant and sleeps while her sons are in class. "
    "Speaking through Rosalba Quintanilla-Hart, a school liaison worker who interprets at parent-teacher nights, she "
    "says she went to her first meeting with a teacher only last year. “I was ashamed of my English, so I stayed "
    "home,” she says. “Rosalba told me the teachers were more afraid of my Spanish.” Quintanilla-Hart, who came from "
    "Monterrey in 2012 to work at the plant herself, says many parents work shifts that never meet the school day. "
    "“They love their kids. They are just asleep at three o’clock,” the liaison worker says. Moreno-Kaplinski’s older "
    "son, Diego, 17, plays defence for the Tollerton Tundras and wants to study engineering. “My mom says I have to be "
    "the first one in the family at university,” he says. “No pressure.”",
    "Harrowfield Packers gives 12 scholarships a year to Tollerton Composite graduates whose parents work at the "
    "plant, and its plant manager, Dwayne Lindenau, sits on the school’s community council. “Half my supervisors are "
    "going to come out of that building,” Lindenau says. “I would rather they came out of it with Grade 12 math.” The "
    "company has also offered to pay for part of the new wing, he says, if the province will pay for the rest. Asked "
    "about the request, a spokesperson for the Ministry of Education said in an email that the school was “on the "
    "list of capital priorities” and that a decision was expected with the spring budget. Maalouf-Strand, the "
    "sociologist, says the school is where the town’s future is being decided. “The parents came for the jobs,” she "
    "says. “The children are deciding whether to stay, and they are deciding it in Grade 10.”",
    "Kowalchuk-Baptiste, who still runs the homework club in the library two afternoons a week alongside Saba "
    "Woldegiorgis, says the children she taught in 2015 are now bringing their younger siblings. “I taught the big "
    "sisters, and now I am teaching the little brothers,” says the retired teacher. “I have not changed my spelling "
    "tests in ten years, and they still beat me.” Graduation is on June 27 in the hockey arena, the only room in town "
    "big enough, and the principal says the program will be printed in English, French and, this year for the first "
    "time, Tigrinya. “Saba’s father asked me for it,” he said. “It took me",
)

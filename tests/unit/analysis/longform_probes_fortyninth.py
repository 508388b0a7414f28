"""A forty-ninth batch of fictional stories for probing the quotes, in the manner of CANADIAN LOCAL AND COMMUNITY NEWS
OF A MULTICULTURAL CITY (a public broadcaster's local pages, a big daily's suburban desk, local dailies of Brampton,
Surrey, Markham and Winnipeg): speakers with South Asian, Chinese, Filipino, Somali, Arabic, Ukrainian, Vietnamese,
Korean, Punjabi and Tamil names the recogniser may not know ("Harpreet Kaur Dhillon" then "Dhillon", "Nguyen Thi Lan"
then "Nguyen", "Abdirahman Warsame" then "Warsame"), quotes given "through an interpreter", "said in Punjabi" or "in
Mandarin, translated by her daughter", community bodies that speak (a gurdwara's committee, a mosque's board, a
settlement agency, a business improvement area), city councillors and MPPs, many speakers a block (three stories
delivered as one to three long blocks as a web scraper leaves them), split quotes, pronoun chains and speakers first
described ("the grandmother", "the restaurant owner"). The stories: a parade route fight in Brampton, a settlement
agency's funding cut in Surrey, a Markham plaza's redevelopment, newcomers and a grocer in Winnipeg's North End, and a
mosque's vandalised sign in Mississauga. Written for these tests; none is taken from any corpus, and every person,
business and group in them is made up. The gold is in test_longform_probes_fortyninth.py."""

from __future__ import annotations

PARADE_ROUTE: tuple[str, ...] = (
    "Brampton gurdwara says new parade rules put Vaisakhi procession at risk",
    "The management committee of the Gurdwara Sahib Nirmal Darbar in Brampton says a new city bylaw on street events "
    "could force it to shorten this spring’s Vaisakhi procession, which draws tens of thousands of people to the "
    "city’s east end. In a statement posted on Thursday, the committee said the new rules on road closures were "
    "“written without a single conversation with the Sikh community”. Jaspal Singh Grewal, the committee’s general "
    "secretary, said the gurdwara had run the procession along the same route for 19 years without a serious "
    "incident. “We are not asking for special treatment. We are asking to be treated like the Santa Claus parade,” "
    "Grewal said. He added that volunteers already paid for their own traffic marshals. Harpreet Kaur Dhillon, 81, "
    "has walked in the procession every year since it began. “My feet are old but my heart walks in front,” the "
    "grandmother said in Punjabi, translated by her granddaughter. Dhillon said she would walk the old route whatever "
    "the city decided.",
    "Ward 9 and 10 Coun. Manpreet Sidhu-Bhangu said she would bring a motion to exempt religious processions that have "
    "run for more than ten years. “Nobody on council wants to cancel Vaisakhi. This is a drafting problem and we can "
    "fix it,” Sidhu-Bhangu told the Guardian. A city spokesperson, Kelsey Morrow, said in an email that staff were "
    "“reviewing the feedback” and that the bylaw had been meant to bring order to a growing number of events. Morrow "
    "said no permit had yet been refused. Brampton North MPP Rajinder Pal Singh Aujla called the bylaw “a solution in "
    "search of a problem.” He said he had raised it with the province’s minister of municipal affairs.",
)

SETTLEMENT_FUNDS: tuple[str, ...] = (
    "Surrey settlement agency cuts English classes after federal funding drops",
    "A Surrey settlement agency says it will close four of its nine English classes next month after its federal "
    "funding was cut by nearly a third. The Fraser Valley Newcomer Services Society said in a news release that about "
    "180 adult learners, most of them refugees, would be put on a waiting list. “These are the classes people take in "
    "their first six months. That is exactly when they need us,” said Maria Luisa Santos-Reyes, the society’s "
    "executive director. Santos-Reyes said the agency had been told of the cut only in March. She said staff would "
    "try to move the most urgent cases into evening groups run by volunteers, but warned that volunteers could not "
    "replace certified teachers. Abdirahman Warsame, who arrived from Kenya’s Dadaab camp with his wife and five "
    "children last year, attends the morning class at the society’s office on King George Boulevard. Speaking through "
    "an interpreter, the 44-year-old said he needed English to get his trucking licence. “In the camp I drove for the "
    "aid agencies for eleven years. Here I cannot read the test,” Warsame said. He said his eldest daughter already "
    "translated letters from the school for him.",
    "Tharshini Balasingam, a mother of two from Jaffna who teaches in the class as a volunteer, said the waiting list "
    "would hit women hardest. “The fathers go to work. The mothers stay home with the babies and the language never "
    "comes,” Balasingam said. Immigration, Refugees and Citizenship Canada said in an emailed statement that "
    "settlement funding in British Columbia had returned to its level before the pandemic and that agencies had been "
    "given notice. The department said it was “committed to supporting newcomers” across the province. Surrey Centre "
    "MP Daljit Singh Rehal said the numbers did not add up for a city that takes in more newcomers than any other in "
    "the province. “Ottawa is counting heads in Vancouver and forgetting where people actually land,” he said. Rehal "
    "said he had written to the minister asking for the cut to be reviewed. Coun. Linda Pham, who chairs the city’s "
    "diversity advisory committee, said the city could not fill the gap itself but would offer free rooms in its "
    "libraries.",
)

MARKHAM_PLAZA: tuple[str, ...] = (
    "Markham plaza tenants fear for their shops as towers plan goes to council",
    "For 26 years, Chen Xiuying has sold dumplings from a narrow counter at the back of the Golden Harvest Plaza on "
    "Highway 7. Now the plaza’s owner wants to replace it with four towers of up to 38 storeys, and the 67-year-old "
    "does not know where she will go. “I built this place with my two hands,” Chen said in Mandarin, translated by "
    "her daughter, Wendy Zhao. “If they take it, they should help us come back.” Zhao said her mother had been offered "
    "no space in the new building and no money to move.",
    "The restaurant owner next door, Wai-keung Lau, was more hopeful. “A plaza like this cannot stay the same forever. "
    "More people living upstairs means more people eating downstairs,” Lau said. He said he had met the developer "
    "twice and had been promised first refusal on a ground-floor unit. Jun-seo Park, who chairs the Unionville-Highway "
    "7 Business Improvement Area, said about 60 small businesses in the plaza employed more than 400 people. “These "
    "shops are the reason people drive here from all over the GTA,” Park said. The BIA said in a letter to council "
    "that it wanted the city to make the developer pay for temporary space during construction. Regional Coun. Vivian "
    "Tam said she shared the tenants’ worries but that the city could not block a project that met the provincial "
    "rules on housing near transit. “My job is to get the best deal for the people in that plaza, and I intend to,” "
    "Tam said. Markham-Unionville MPP Kavitha Sivanesan said the province’s housing targets had left councils with "
    "“almost no tools” to protect small businesses. She said she would table a private member’s bill on commercial "
    "tenant relocation. The developer, Harbourline Properties, said in a statement that it was “committed to "
    "keeping the plaza’s character” and would hold an open house next month.",
)

NORTH_END: tuple[str, ...] = (
    "North End grocer and Ukrainian newcomers build an unlikely friendship",
    "When Mykola Hnatyshyn walked into the corner store on Selkirk Avenue two winters ago, he had a dictionary app, "
    "forty dollars and a list his wife had written in Ukrainian. The owner, Nguyen Thi Lan, could read none of it. "
    "“We pointed at everything. She laughed, I laughed, and we left with too much rice,” Hnatyshyn said through an "
    "interpreter at the Holy Trinity parish hall, where about 30 Ukrainian families now meet every Sunday. Nguyen, "
    "who came to Winnipeg from Vietnam as a child in 1981, said she recognised the look on his face. “It was my "
    "mother’s face, in the same city, forty years before,” she said. Nguyen now stocks buckwheat, sour cream and "
    "smoked fish for the families, and she said sales had nearly doubled.",
    "Oksana Melnychuk, who coordinates volunteers for the parish, said the store had become “a kind of second "
    "community centre”. She said the families had arrived with almost nothing. “People talk about integration as if "
    "it happens in an office. It happens at a cash register,” Melnychuk said. The Manitoba Association of Newcomer "
    "Settlement Agencies said in a report this month that more than 8,000 Ukrainians had settled in the province "
    "since 2022. Its executive director, Ahmed Farouk Nasser, said Winnipeg’s older immigrant neighbourhoods were "
    "doing work that government programs did not pay for. Point Douglas Coun. Ray Kowalchuk said the city should "
    "help small stores that served newcomers with grants for signs in several languages. “Selkirk Avenue has always "
    "been where people start. We should treat it that way,” he said.",
    "Lan Nguyen, as her customers know her, said she did not expect thanks. “Somebody helped my parents. Now it is my "
    "turn,” Nguyen said. Hnatyshyn, who now works at a cabinet factory in St. Boniface, said he still shops there "
    "every Saturday.",
)

MOSQUE_SIGN: tuple[str, ...] = (
    "Mississauga mosque sign defaced for second time this year",
    "The board of the Al-Noor Islamic Centre in Mississauga says it will install security cameras after its sign on "
    "Dundas Street was spray-painted with hateful slogans overnight on Saturday, the second such attack this year. "
    "The board said in a statement that it was “shaken but not afraid” and thanked neighbours who had helped clean "
    "the sign on Sunday morning. Samira Haddad, the board’s president, said worshippers arriving for dawn prayers had "
    "found the damage. “Our children read these words on their way in. That is what hurts,” Haddad said. She said the "
    "centre had reported the first attack in March and that no one had been charged. Imam Yusuf Abdelrahman told "
    "worshippers at Friday prayers that anger should not become hatred. “We answer with open doors,” he said. Peel "
    "Regional Police said its hate crime unit was investigating and asked anyone with video of the area to come "
    "forward. Const. Tanya Fernandes, a police spokesperson, said officers had stepped up patrols around places of "
    "worship in the area. Ward 4 Coun. Adnan Qureshi said the attack was an attack on the whole city. “Mississauga "
    "is not going to let a can of paint tell it who belongs here,” Qureshi said. Next-door neighbour Elaine Kowalski, "
    "who brought coffee to the volunteers, said she had lived beside the mosque for fifteen years. “They shovel my "
    "driveway before I wake up,” Kowalski said.",
)

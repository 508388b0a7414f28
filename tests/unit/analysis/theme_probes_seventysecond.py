"""A seventy-second batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: war memory, commemorations, apologies and reparations
between states, as agency copy, the regional press, the financial press, a local weekly and the sports and business
desks tell them. A chancellor laying a wreath on Crete on an airborne battle's anniversary and the reparations claim
that greets him, a history-textbook row that draws a neighbour's protest, a state apology for a colonial massacre and
the payments that follow it, the remains of airmen handed over and flown home with military honours, foreign troops
marching with veterans in a liberation parade and a war museum's loan of a tank; with the look-alikes that carry none of
the three themes: a town's anniversary parade, a local history society's exhibition, a "memorial" fun run, a "campaign"
to restore a bandstand, a "veteran" teacher retiring, a football club's centenary match against old rivals, a grocer's
"battle" for customers and its founding family's public apology.

Boundaries judged here: a leader's wreath abroad on a battle's anniversary and the host's words on reconciliation are
diplomacy (military optional for the wreath at a war cemetery), the battle told as history only optional military, a
warship's salute military (diplomacy optional), a demand for wartime reparations and the other state's reply diplomacy
(trade optional: it is a claim for money), talks on energy on the same visit diplomacy (trade optional); a neighbour's
protest over textbooks, the other side's answer and what the textbooks say as the row's subject are diplomacy, the
summit it clouds diplomacy (military optional for drills named beside it), a civic group's protest at an embassy
diplomacy, and publishers' "battle" for school contracts no theme; a state's apology for a massacre by its troops and
the other state's acceptance are diplomacy (military optional), the massacre told as history optional military, the
payments to victims' children and the lawsuits only optional diplomacy, an investment signed on the same visit trade and
diplomacy; remains handed over by one state to another and the joint searches for them are diplomacy (military
optional), an ambassador's words on them diplomacy, a laboratory's identification only optional military, tariff talks
told beside it trade and diplomacy; foreign troops marching in a parade abroad military (diplomacy optional), a king and
a governor general taking the salute diplomacy (military optional), a joint exercise between allies military and
diplomacy, a museum loan agreed by two ministers diplomacy (military optional), an embassy's regret at no invitation
diplomacy; every look-alike no theme. Blind, main's rules got 8 of these 62 paragraphs wrong, none of them a label slip:
military given to protesters' demand for reparations for an "occupation", to a club that kept playing "through the war
years" with players from an army camp and to a sports side's "attack" against a "defence"; diplomacy missed for a
chancellor's wreath abroad on a battle's anniversary, for a chief cabinet secretary's answer on textbooks and for what
the textbooks say (paragraphs that go on with a row between states), for joint teams of two states digging for the
remains of a shot-down crew and for a king and a governor general taking a parade's salute. Mended: a governor general
as no general and, beside another state's king, a head of state; a side's defence that concedes goals as a team's; a
state speaking alone through a voice whose name is set between commas ("Japan's chief cabinet secretary, Kenji Okuyama,
told reporters"); two states' joint teams as work between them (see test_theme_war_memory.py): 4 left. Left by pattern:
diplomacy missed for a chancellor's wreath abroad (no word of a journey; "wreath" as a weak word of a visit was tried
and dropped: the lead's diplomacy then lifted the battle told as history through the peoples of its dead) and for what
the textbooks say (the row's subject, with no word of it); military given to protesters' demand for reparations for an
"occupation" and to a club's war years with players from an army camp. All written for these tests; none is taken from
any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTYSECOND_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "German chancellor lays wreath on Crete on 85th anniversary of airborne battle",
        [
            Probe(
                "SOUDA BAY, Crete, May 20 (Stallard) - German Chancellor Friedrich Brenneke laid a wreath on Tuesday "
                "at the war cemetery above Souda Bay on the 85th anniversary of the battle of Crete, the first German "
                "leader to attend the ceremony in more than two decades.",
                "d",
                "m",
            ),
            Probe(
                "Greek Prime Minister Nikos Kostavaras, standing beside him, said the two countries had turned "
                '"the graves of our grandfathers into the ground of a common Europe" and thanked Berlin for coming.',
                "d",
            ),
            Probe(
                "German paratroopers dropped on the island in May 1941 and took it after 12 days of fighting in "
                "which thousands of Cretan civilians, British, Australian and New Zealand soldiers died.",
                "",
                "m",
            ),
            Probe(
                "Outside the cemetery gate, about 200 protesters from a Cretan victims' association held banners "
                "demanding that Germany pay reparations for the occupation and repay a loan the Greek central bank "
                "was forced to grant the occupiers in 1942.",
                "d",
                "t",
            ),
            Probe(
                "Athens has put the claims at 289 billion euros. Berlin holds that the question was settled in law "
                "by the 1990 treaty on German unification, and Brenneke's spokeswoman said on Tuesday that the "
                "government's position had not changed.",
                "d",
                "t",
            ),
            Probe(
                "Greece's foreign ministry said it would raise the claims again at the next round of political "
                "consultations between the two ministries in Berlin in the autumn.",
                "d",
                "t",
            ),
            Probe(
                "The German frigate Lahnstein, anchored in the bay, fired a 21-gun salute as the two leaders left "
                "the cemetery, and Greek navy sailors formed an honour guard on the quay.",
                "m",
                "d",
            ),
            Probe(
                "Brenneke later flew to Athens for talks with Kostavaras on migration across the Aegean and on a "
                "planned power cable linking the Greek and German grids through Italy.",
                "d",
                "t",
            ),
            Probe(
                "The island's last known resistance fighter, Manolis Dragoumis, 101, did not attend; his grandson "
                "said he had been too unwell to travel from his village.",
                "",
                "m",
            ),
            Probe(
                "In nearby Chania, the town council opened a week of concerts and a street fair to mark the "
                "centenary of the covered municipal market.",
                "",
            ),
        ],
    ),
    (
        "Seoul summons Japanese envoy over history textbooks",
        [
            Probe(
                "SEOUL - South Korea summoned Japan's deputy ambassador on Friday to protest against 12 new Japanese "
                "high-school history textbooks that it said play down the forced labour of Koreans in Japanese mines "
                "and factories during the Second World War.",
                "d",
                "m",
            ),
            Probe(
                'A foreign ministry spokeswoman, Ha Jin-seo, said the books "distort history and teach young '
                'Japanese to forget" and urged Tokyo to correct them before they reach classrooms in April.',
                "d",
            ),
            Probe(
                "Japan's chief cabinet secretary, Kenji Okuyama, told reporters that the textbooks had been screened "
                "by independent experts and that the government did not write their contents.",
                "d",
            ),
            Probe(
                "Japan's foreign ministry said it had explained its position to the Korean side through diplomatic "
                "channels and hoped the matter would not affect the leaders' meeting.",
                "d",
            ),
            Probe(
                'Several of the approved books describe the workers as having been "mobilised" rather than "forced", '
                "and two leave out a 2015 reference to the Koreans who died at an island coal mine.",
                "d",
            ),
            Probe(
                "The row comes a month before the two countries' leaders are due to meet in Busan, and half a year "
                "after they resumed missile-warning drills with the United States.",
                "d",
                "m",
            ),
            Probe(
                "A civic group that represents the families of former labourers said it would hold a protest outside "
                "the Japanese embassy on Saturday.",
                "d",
            ),
            Probe(
                "Lee Soo-min, a historian at a university in Daejeon, said the textbooks had shaped what each country "
                "remembered of the war for decades, and that the two governments had never agreed on a shared text.",
                "d",
                "m",
            ),
            Probe(
                "In the same round of screening, the education ministry approved 38 mathematics and science books, "
                "and Japan's three largest publishers are in a fierce battle for school contracts that fall due in "
                "the autumn.",
                "",
            ),
        ],
    ),
    (
        "Netherlands apologises for 1947 massacre in Sulawesi, offers payments to victims' children",
        [
            Probe(
                "JAKARTA - Dutch Prime Minister Maaike Verhoeckx apologised on Thursday for the killing of about 400 "
                "men by Dutch troops in the village of Tangkuli in South Sulawesi in 1947, speaking at a ceremony in "
                "Jakarta on the second day of a state visit.",
                "d",
                "m",
            ),
            Probe(
                'Indonesia\'s president accepted the apology and said it opened "a new chapter" between the two '
                "nations, whose relations have long been shaped by the four years of fighting that followed "
                "Indonesia's declaration of independence.",
                "d",
                "m",
            ),
            Probe(
                "Soldiers of a Dutch special unit rounded up the men of Tangkuli at dawn on Jan. 28, 1947, and shot "
                "them in groups beside the village mosque, according to a report by Dutch and Indonesian historians "
                "published in 2022.",
                "",
                "m",
            ),
            Probe(
                "The Hague will pay 5,000 euros to each surviving child of a victim, and lawyers in Makassar said "
                "about 40 families had already filed claims in Dutch courts.",
                "",
                "d",
            ),
            Probe(
                "The two governments also signed an agreement under which Dutch pension funds and the state "
                "development bank will invest 300 million euros in a green-hydrogen plant and port at Kendal, in "
                "Central Java.",
                "td",
            ),
            Probe(
                'In Tangkuli, Daeng Ramli, 82, whose father was among the dead, said the words were "late but '
                'true", and that he hoped the prime minister would come to the village herself.',
                "",
                "d",
            ),
            Probe(
                "Verhoeckx's coalition partner, the farmers' party, said the payments should have been debated in "
                "parliament first.",
                "",
                "d",
            ),
            Probe(
                "Indonesia's foreign minister said Jakarta would not seek reparations from the Netherlands but "
                "expected the Dutch to return more objects taken from the archipelago during colonial rule.",
                "d",
            ),
        ],
    ),
    (
        "Vietnam hands over remains of six U.S. airmen, flown home with military honours",
        [
            Probe(
                "DA NANG, Vietnam (Stallard) - Vietnam handed over on Wednesday remains believed to be those of six "
                "American airmen missing since the war, and a U.S. honour guard carried the flag-draped cases into an "
                "Air Force transport plane at Da Nang airport.",
                "d",
                "m",
            ),
            Probe(
                "The remains were found by joint U.S. and Vietnamese teams who dug for five months at the crash site "
                "of an F-4 Phantom shot down over Quang Binh province in 1968 and at two sites in the central "
                "highlands.",
                "d",
                "m",
            ),
            Probe(
                'U.S. Ambassador Carla Whitcombe said the search for the missing had been "the foundation on which '
                'everything else between our two countries was built".',
                "d",
            ),
            Probe(
                "Vietnam's deputy defence minister asked Washington to help find more of the estimated 200,000 "
                "Vietnamese soldiers still missing, and the U.S. side handed over 3,000 pages of wartime maps and "
                "records.",
                "dm",
            ),
            Probe(
                "Since 1985 the remains of more than 730 Americans have been returned from Vietnam; about 1,570 are "
                "still missing.",
                "",
                "dm",
            ),
            Probe(
                "The remains will be flown to a laboratory in Hawaii, where scientists will try to identify them "
                "using dental records and DNA from relatives.",
                "",
                "m",
            ),
            Probe(
                "A U.S. Navy destroyer is due to call at Da Nang next month, the fourth American warship to visit "
                "the port since the two countries upgraded their ties in 2023.",
                "md",
            ),
            Probe(
                "The handover comes as Hanoi and Washington negotiate over the 20 percent tariff the United States "
                "placed on Vietnamese goods in April.",
                "td",
            ),
        ],
    ),
    (
        "Millbrook marks 150 years with parade, fun run and a look back",
        [
            Probe(
                "MILLBROOK - The town will mark its 150th anniversary on Saturday with a parade down Main Street, with "
                "floats from more than 30 local businesses, the high-school band and the volunteer fire company.",
                "",
            ),
            Probe(
                "Members of American Legion Post 212 will lead the parade with the colour guard, as they have every "
                "Founders' Day since 1948.",
                "",
            ),
            Probe(
                "The Millbrook Historical Society's exhibition at the public library, open through August, shows "
                "photographs of the old woollen mill, the flood of 1911 and the town's first motorised fire engine.",
                "",
            ),
            Probe(
                "The Harriet Vance Memorial 5K fun run, named for the librarian who founded the society, starts at "
                "8 a.m. at the park; entry is $20 and proceeds go to the library's children's room.",
                "",
            ),
            Probe(
                "The society's three-year campaign to restore the bandstand on the green has raised $84,000 of the "
                "$110,000 it needs, treasurer Ed Beaulac said.",
                "",
            ),
            Probe(
                "A time capsule buried under the library steps for the town's centenary in 1976 will be opened at "
                "noon; organisers would not say what is inside.",
                "",
            ),
            Probe(
                "Doris Pell, a veteran teacher who retires this month after 41 years at Millbrook Elementary, will be "
                "the parade's grand marshal.",
                "",
            ),
            Probe(
                '"Half the town learned to read in my classroom, so I suppose they owe me one," Pell said.',
                "",
            ),
        ],
    ),
    (
        "Eastvale mark centenary with win over old rivals Rotherford",
        [
            Probe(
                "Eastvale Town marked their 100th year with a 3-1 win over old rivals Rotherford Athletic in an "
                "anniversary match in front of a sell-out crowd of 11,000 on Saturday.",
                "",
            ),
            Probe(
                "The club was founded by railway workers in 1926 and kept playing through the war years with guest "
                "players from a nearby army camp, club historian Alan Greaves said.",
                "",
            ),
            Probe(
                "Players of both sides stood for a minute's applause before kick-off in memory of the club's record "
                "goalscorer, who died in January.",
                "",
            ),
            Probe(
                "Veteran goalkeeper Tom Ashworth, 39, made his last appearance and was carried off on his team-mates' "
                "shoulders.",
                "",
            ),
            Probe(
                "Rotherford's attack pressed for an hour but could not break through a defence that has conceded only "
                "nine goals at home all season.",
                "",
            ),
            Probe(
                "Eastvale's shirt sponsor, the broadband firm Lakemond Fibre, marked the day with free tickets for "
                "new customers, part of its battle with larger rivals for homes across the valley.",
                "",
            ),
        ],
    ),
    (
        "Foreign troops march with veterans as Dutch town marks 80 years since liberation",
        [
            Probe(
                "HARDERWOLD, Netherlands - Soldiers from Canada, Britain, Poland and the United States marched "
                "through Harderwold on Monday beside a handful of veterans to mark 80 years since the town's "
                "liberation.",
                "m",
                "d",
            ),
            Probe(
                "The Dutch king and Canada's governor general took the salute from a stand on the market square, "
                "where 40,000 people had gathered.",
                "d",
                "m",
            ),
            Probe(
                "Canada's defence minister, who also attended, said the two NATO allies would hold a joint "
                "exercise on Dutch soil in the autumn for the first time in a decade.",
                "md",
            ),
            Probe(
                "Only three Canadian veterans of the 1945 campaign were able to make the journey this year; the "
                "youngest is 99.",
                "",
                "m",
            ),
            Probe(
                "Under an agreement signed by the two countries' culture ministers, the Canadian War Museum will lend "
                "the town museum a Sherman tank and the flag raised over the town hall in April 1945 for a year.",
                "d",
                "m",
            ),
            Probe(
                "Russia's embassy in The Hague said it regretted that no Russian diplomat had been invited, though "
                "Soviet prisoners of war were among those freed from a camp near the town.",
                "d",
                "m",
            ),
            Probe(
                "The town's bakers sold 60,000 liberation pastries in orange icing over the weekend, a record, the "
                "local traders' association said.",
                "",
            ),
        ],
    ),
    (
        "Fennick family apologises for founder's remarks as grocer's price battle bites",
        [
            Probe(
                "The family that controls the grocery chain Fennick's made a public apology on Monday for remarks "
                "by its 84-year-old founder about night-shift workers, which were filmed at a charity dinner.",
                "",
            ),
            Probe(
                '"We are sorry, and we are ashamed," the family said in a letter to the chain\'s 14,000 staff.',
                "",
            ),
            Probe(
                "The apology comes as Fennick's fights a battle for customers with discount rivals, cutting prices on "
                "400 items and opening on Sundays in 60 stores.",
                "",
            ),
            Probe(
                "Shares in the company fell 4 percent on Monday; they have lost a fifth of their value this year.",
                "",
            ),
            Probe(
                "The chief executive said the campaign to win back shoppers would cost about 30 million pounds in "
                "the first half, and that no stores would close.",
                "",
            ),
            Probe(
                "A spokeswoman for the shopworkers' union said staff would accept the apology only if the founder "
                "stepped down from the board.",
                "",
            ),
        ],
    ),
]

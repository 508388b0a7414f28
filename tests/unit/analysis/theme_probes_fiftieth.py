"""A fiftieth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: humanitarian and refugee news, as agency copy, aid
agencies' field updates carried by the wires and web features tell it. An aid convoy waiting for safe passage through a
front line, a border crossing opened for refugees after talks between two governments, a displacement camp shelled, a
food agency cutting rations for lack of donor money, a pledging conference, a sanctions exemption for aid, a returnee
deal between two states, a famine warning in a blockaded region; with look-alikes of domestic news: a city's homeless
shelters in a cold snap, a food bank's winter appeal, relief after a flood, a charity gala, a refugee family's bakery.

Boundaries judged here: the war that blocks a convoy, shells a camp or blockades a region is military, and so are the
people it displaces, as earlier batches labelled them; states agreeing to open a crossing, to take people back or to
pledge money at a conference are relations between states (diplomacy), and so are a state's calls on others to take
refugees in; the UN Security Council's vote is diplomacy and the sanctions it carves aid out of are trade, as are the
banks that would not move money and the imports a sea war makes dearer. A UN agency cutting rations, its funding gap
and donors' aid budgets are humanitarian work, not a theme of their own: diplomacy optional. A state sealing its
border against another's refugees is military with diplomacy optional (as the sixteenth batch had it). A city's
shelters, a food bank's "front line", a flood's relief lorries and soldiers (military optional), a hospice's
"ambassador" at a gala and a refugee family's bakery that ships pastries to other cities get no theme; the war the
family fled long ago is military optional.
Blind, main's rules got 9 of these 83 paragraphs wrong, one a label slip (shipments of rice and fuel barred from a
blockaded region's other regions are exchange between markets of one state: trade optional, as the forty-ninth batch
had goods between provinces), relabelled; 8 left: military missed for a town cut off in the convoy's story and given to
a "Taliban government" and a returnees' transit "camp"; diplomacy missed for a state's call on others to take refugees
in, a pledge beside a coalition's war, last year's conference and "the deal" of returns; trade given to a "food bank".
After this batch's mends (a food bank as no bank, a Taliban "government" or "administration" as no armed group, a
transit camp as no camp of war, a town "cut off" as an effect of war in a story of war), 4 are left (see KNOWN_MISSES
in test_theme_probes.py). One paragraph's opening was reworded after the run (no label changed) so that it no longer
starts like an earlier batch's known miss.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FIFTIETH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Aid convoy stuck for nine days at front line awaiting safe passage",
        [
            Probe(
                "PORT SUDAN, May 12 (Wirenews) - A convoy of 38 lorries carrying food and medicine for some 150,000 "
                "people has been stuck for nine days at the edge of a front line in North Kordofan, waiting for the "
                "warring sides to guarantee it safe passage, the United Nations said on Monday.",
                "m",
                "d",
            ),
            Probe(
                "The army and the paramilitary force it has fought for two years have each given spoken assurances, "
                "but neither has put them in writing, said Halima Osei, a spokeswoman for the UN humanitarian office.",
                "m",
                "d",
            ),
            Probe(
                "Drivers sleep beside their trucks at night. Two of the convoy's vehicles were hit by gunfire last "
                "week on the road from Kosti, and one driver was wounded.",
                "m",
            ),
            Probe(
                "Aid workers say the town of Um Saddah, cut off since March, has had no deliveries since the rains "
                "began, and that a clinic run by a medical charity is down to its last stocks of antibiotics.",
                "m",
            ),
            Probe(
                "Envoys from the United States, Saudi Arabia and Egypt, who have tried to broker a truce, urged both "
                "sides in a joint statement to let the convoy through.",
                "d",
                "m",
            ),
            Probe(
                "A similar convoy reached the area in January only after a three-day pause in the fighting, negotiated "
                "by the International Committee of the Red Cross.",
                "m",
                "d",
            ),
            Probe(
                "The World Food Programme says nearly half of the country's population needs food aid.",
                "",
                "md",
            ),
        ],
    ),
    (
        "Thailand to open second border crossing for people fleeing Myanmar fighting",
        [
            Probe(
                "BANGKOK (Wirenews) - Thailand will open a second border crossing for people fleeing fighting in "
                "eastern Myanmar, its foreign minister said on Thursday after talks with his Myanmar counterpart in "
                "Bangkok.",
                "d",
                "m",
            ),
            Probe(
                "The crossing at Ban Khlong Rua, closed since 2021, will open for four hours a day from Monday to "
                "women, children, the elderly and the wounded, Foreign Minister Anan Chaiwong told reporters.",
                "d",
                "m",
            ),
            Probe(
                "More than 20,000 people have gathered on the Myanmar side of the Moei river since the army began air "
                "strikes on villages held by ethnic Karen rebels last month, according to a local relief group.",
                "m",
            ),
            Probe(
                "Myanmar's junta, which says the strikes target terrorists, agreed to let Thai officials register "
                "those crossing and to take back any who wish to return once the fighting eases, a joint statement "
                "said.",
                "dm",
            ),
            Probe(
                "Rights groups said Thailand had in the past pushed refugees back across the river and urged it to "
                "let men in as well.",
                "",
                "dm",
            ),
            Probe(
                "The UN refugee agency welcomed the agreement and said it stood ready to help run reception centres "
                "on the Thai side.",
                "d",
            ),
            Probe(
                "In Mae Sot, the nearest Thai town, hospitals have treated more than 300 people for blast and gunshot "
                "wounds since April.",
                "m",
            ),
        ],
    ),
    (
        "Shells hit camp for displaced near Goma, killing 11",
        [
            Probe(
                "GOMA, Democratic Republic of Congo (Wirenews) - Shells struck a camp for displaced people outside "
                "Goma on Friday, killing at least 11 people, including six children, camp officials and aid workers "
                "said.",
                "m",
            ),
            Probe(
                "The army and the rebels each blamed the other for the attack on the Kasika camp, home to about "
                "60,000 people who fled fighting in North Kivu.",
                "m",
            ),
            Probe(
                '"The bombs fell on the latrines and the market, where people were queuing for water," said Jeanne '
                "Mirimo, a camp leader.",
                "m",
            ),
            Probe(
                "A medical charity that runs the camp's clinic said it had received 47 wounded and moved the most "
                "serious cases to a hospital in the city.",
                "m",
            ),
            Probe(
                "Congo's government accuses neighbouring Rwanda of backing the rebels, a charge Kigali denies. Talks "
                "between the two countries hosted by Angola broke off in December.",
                "dm",
            ),
            Probe(
                "The UN peacekeeping mission said it had sent patrols to the edge of the camp and called for an "
                "investigation.",
                "m",
                "d",
            ),
            Probe(
                "Aid groups say more than 700,000 people are now sheltering around Goma, many in camps without enough "
                "latrines, and cholera cases have been rising since March.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Food agency to cut refugee rations in Kenya by 40% as donor money dries up",
        [
            Probe(
                "NAIROBI (Wirenews) - The World Food Programme will cut rations for about 700,000 refugees in Kenya "
                "by 40 percent from next month because of a funding shortfall, the UN agency said on Tuesday.",
                "",
                "d",
            ),
            Probe(
                "Refugees in the camps, most of whom fled war in Somalia and South Sudan, will receive about 1,100 "
                "calories a day, well below the minimum of 2,100 the agency recommends.",
                "",
                "m",
            ),
            Probe(
                "The agency said it had received only 28 percent of the $240 million it needs for its Kenya "
                "operations this year, after several of its largest donors cut their aid budgets.",
                "",
                "d",
            ),
            Probe(
                "The United States, which gave nearly half of the agency's money for Kenya last year, has frozen most "
                "foreign aid pending a review, and Britain and Germany have both announced cuts to overseas "
                "development spending.",
                "",
                "d",
            ),
            Probe(
                '"We are being forced to choose between the hungry and the starving," said the agency\'s country '
                "director, Lotte Brenner.",
                "",
            ),
            Probe(
                "Kenya's interior ministry said the cuts risked pushing refugees to leave the camps in search of "
                "work, and repeated its call for other countries to take more of them in.",
                "d",
            ),
            Probe(
                "Ration cuts in 2023 were followed by a rise in child malnutrition and in the number of girls married "
                "off early, aid groups said.",
                "",
            ),
        ],
    ),
    (
        "Donors pledge $1.9 billion for Yemen, less than half of UN appeal",
        [
            Probe(
                "GENEVA (Wirenews) - Donor governments pledged $1.9 billion in humanitarian aid for Yemen at a "
                "conference in Geneva on Wednesday, less than half of what the United Nations says is needed this "
                "year.",
                "d",
            ),
            Probe(
                "The conference, co-hosted by Sweden and Switzerland, drew representatives of more than 70 countries "
                "and organisations.",
                "d",
            ),
            Probe(
                "Saudi Arabia, which leads a coalition that has fought the Houthi movement since 2015, pledged $400 "
                "million, the largest single amount, followed by the European Union with 180 million euros.",
                "dm",
            ),
            Probe(
                "UN aid chief Tomas Aalto told delegates that 18 million Yemenis needed help and that the country's "
                "currency had lost a third of its value in a year, pushing food prices beyond the reach of many "
                "families.",
                "",
                "dt",
            ),
            Probe(
                "Aid agencies said fighting had eased since a truce two years ago but that attacks on shipping in the "
                "Red Sea had raised the cost of importing food and fuel, on which Yemen depends for almost all its "
                "needs.",
                "mt",
            ),
            Probe(
                "The Houthis, who control the capital Sanaa and most of the population, detained dozens of UN staff "
                "last year, and the UN has since suspended some of its work in areas they hold.",
                "",
                "dm",
            ),
            Probe("Last year's conference raised $1.2 billion.", "d"),
        ],
    ),
    (
        "Security Council extends sanctions carve-out for humanitarian aid",
        [
            Probe(
                "UNITED NATIONS (Wirenews) - The UN Security Council on Friday voted to exempt humanitarian aid from "
                "all UN sanctions regimes for two more years, renewing a carve-out that aid agencies say lets them pay "
                "for fuel, rent and salaries in countries under sanctions without fear of prosecution.",
                "dt",
            ),
            Probe(
                "The resolution, drafted by the United States and Ireland, passed 14-0, with India abstaining.",
                "d",
                "t",
            ),
            Probe(
                "Before the exemption, banks often refused to handle transfers to charities working in Afghanistan, "
                "Syria or Somalia for fear of breaching sanctions, and some aid groups carried cash across borders in "
                "suitcases.",
                "t",
            ),
            Probe(
                "India's ambassador said the exemption could be abused by armed groups to raise money and buy "
                "weapons, pointing to attacks in Kashmir.",
                "d",
                "mt",
            ),
            Probe(
                "The International Committee of the Red Cross welcomed the vote, saying lorries of medicine could keep "
                "moving into areas held by groups on sanctions lists.",
                "",
                "tdm",
            ),
        ],
    ),
    (
        "Pakistan, Afghanistan agree phased return of 800,000 undocumented Afghans",
        [
            Probe(
                "ISLAMABAD (Wirenews) - Pakistan and Afghanistan's Taliban government agreed on Monday to a phased "
                "return of about 800,000 Afghans living in Pakistan without papers, after two days of talks in Kabul.",
                "d",
            ),
            Probe(
                "Under the deal, returns will be paused in winter, families will be allowed to take their savings "
                "across the border, and Pakistan will stop the night-time raids that have sent thousands fleeing "
                "since October.",
                "d",
                "t",
            ),
            Probe(
                "The Torkham crossing, the main route, has seen up to 9,000 people a day, many arriving with nothing "
                "but the clothes they wore, according to the International Organization for Migration.",
                "",
                "d",
            ),
            Probe(
                "Relations between the neighbours have soured over attacks by Pakistani Taliban militants, who "
                "Islamabad says shelter on Afghan soil.",
                "dm",
            ),
            Probe(
                "Pakistani officials say some of the undocumented Afghans have taken part in militant attacks, a "
                "claim rights groups reject.",
                "m",
                "d",
            ),
            Probe(
                "At a transit camp on the Afghan side, returnees receive a cash grant of $150 and a bus ticket to "
                "their home province.",
                "",
                "d",
            ),
            Probe(
                '"My children were born in Peshawar. They have never seen Afghanistan," said Gul Bibi, 41, who '
                "arrived with five children and a sack of cooking pots.",
                "",
            ),
        ],
    ),
    (
        "Blockaded Rakhine faces famine within months, hunger monitor warns",
        [
            Probe(
                "BANGKOK/GENEVA (Wirenews) - Parts of Myanmar's Rakhine state face famine within months as a "
                "blockade by the military and fighting with the Arakan Army cut off food supplies, a UN-backed "
                "hunger monitor warned on Thursday.",
                "m",
                "d",
            ),
            Probe(
                "The monitor said about 2 million people were at risk of starvation, and that rice prices in Sittwe "
                "had quadrupled since January.",
                "",
                "m",
            ),
            Probe(
                "The army has closed roads and waterways into the state and barred shipments of rice, fuel and "
                "medicine from other regions, aid workers say.",
                "m",
                "t",
            ),
            Probe(
                "Bangladesh, which hosts about a million Rohingya refugees who fled earlier army crackdowns, has "
                "sealed its border and said it cannot take in more.",
                "m",
                "d",
            ),
            Probe(
                "Trade across the Naf river, once a lifeline for Rakhine's markets, has stopped since the Arakan Army "
                "took the border town of Maungdaw.",
                "mt",
            ),
            Probe(
                "The junta, asked about the blockade, gave no answer. It has said before that aid must go through its "
                "own relief committees.",
                "",
                "m",
            ),
            Probe(
                "The monitor declared famine in parts of Sudan last year, the first such finding since 2017.",
                "",
                "m",
            ),
        ],
    ),
    (
        "City opens three more homeless shelters as deep freeze sets in",
        [
            Probe(
                "MINNEAPOLIS - The city will open three more overnight shelters this week as temperatures are "
                "forecast to fall below minus 20, Mayor Rita Halvorsen said on Monday.",
                "",
            ),
            Probe(
                "The shelters, in two church halls and a former school gym, will add 240 beds to the roughly 1,900 "
                "already run by the county and nonprofit groups.",
                "",
            ),
            Probe(
                "Outreach workers have been driving vans along the light-rail line each night, handing out sleeping "
                "bags and hand warmers to people sleeping rough.",
                "",
            ),
            Probe(
                '"Nobody should die on a bench in this city because there was no bed," said Darnell Okafor, who runs '
                "the county's street outreach team.",
                "",
            ),
            Probe(
                "The county board approved $4.2 million in emergency funding last week, part of it from a state grant "
                "for winter response.",
                "",
            ),
            Probe(
                "Advocates said the shelters fill up by 9 p.m. most nights and called for a permanent low-barrier "
                "shelter downtown.",
                "",
            ),
        ],
    ),
    (
        "Food bank network launches biggest winter appeal as demand soars",
        [
            Probe(
                "LEEDS - A food bank network that feeds more than 9,000 families in West Yorkshire has launched its "
                "biggest winter appeal yet, saying demand has risen by a third since last year.",
                "",
            ),
            Probe(
                '"Our volunteers are on the front line of the cost-of-living crisis," said Harriet Combe, the '
                'network\'s chief executive. "Every week we meet working parents who have never needed us before."',
                "",
            ),
            Probe(
                "The appeal, backed by the city's two football clubs, asks supermarket shoppers to drop tinned fish, "
                "rice, nappies and sanitary products into collection points at the tills.",
                "",
            ),
            Probe(
                "A supermarket chain has pledged to match cash donations up to 250,000 pounds, and a local haulage "
                "firm has lent two lorries and drivers to move stock between warehouses.",
                "",
            ),
            Probe(
                "The network said rising food prices, partly driven by import costs, meant the money it raised "
                "bought less than it did two years ago.",
                "",
                "t",
            ),
            Probe(
                "Last winter it ran out of baby formula twice and had to ration parcels to three days' worth of food.",
                "",
            ),
        ],
    ),
    (
        "Relief reaches cut-off villages in eastern Spain as flood waters fall",
        [
            Probe(
                "VALENCIA, Spain (Wirenews) - Relief lorries reached villages cut off for four days by floods in "
                "eastern Spain on Sunday as the river fell back below its banks, regional officials said.",
                "",
            ),
            Probe(
                "Soldiers from the army's emergency unit used amphibious vehicles to bring bottled water, nappies and "
                "insulin to Benimaclet del Riu, where about 3,000 people had been without power since Wednesday.",
                "",
                "m",
            ),
            Probe("The floods have killed 14 people; two are still missing.", ""),
            Probe(
                "Volunteers formed human chains to pass sandbags and shovel mud out of homes, and a campaign on social "
                "media collected more than 40 tonnes of food and clothes in a day.",
                "",
            ),
            Probe(
                "The regional president, Jorge Calvet, said he would ask Madrid to declare a disaster zone, which "
                "would release emergency funds for farmers whose orange groves were under water.",
                "",
            ),
            Probe("Insurers said claims could top 300 million euros.", ""),
        ],
    ),
    (
        "Hospice gala raises 2.1 million pounds",
        [
            Probe(
                "LONDON - A black-tie gala at a Mayfair hotel on Saturday raised 2.1 million pounds for a children's "
                "hospice in south London, the organisers said.",
                "",
            ),
            Probe(
                "Guests bid 85,000 pounds for a week at a villa in Tuscany and 40,000 pounds for a shirt signed by the "
                "England captain.",
                "",
            ),
            Probe(
                "The hospice's ambassador, the actor Imogen Hale, told the 400 guests about her nephew, who spent his "
                "last weeks there.",
                "",
            ),
            Probe(
                "Its chief executive, Marcus Feld, said the money would pay for eight more nurses and a new family "
                "suite, and would help cover a shortfall left by cuts in health service funding.",
                "",
            ),
            Probe(
                "The evening ended with a set by the band of the Coldstream Guards and fireworks over the river.",
                "",
                "m",
            ),
        ],
    ),
    (
        "From Aleppo to the north end: a refugee family's bakery wins over a neighbourhood",
        [
            Probe(
                "When the Haddads opened a bakery on a quiet corner of Halifax's north end three years ago, they sold "
                "out of bread by noon on the first day. Now the queue starts before 7 a.m.",
                "",
            ),
            Probe(
                "Samir Haddad, 46, learned to bake from his father in Aleppo. The family fled Syria's war in 2013 and "
                "spent four years in Lebanon before being resettled in Canada under a private sponsorship program.",
                "",
                "md",
            ),
            Probe(
                '"In Lebanon I could not work legally. Here, the first thing the neighbours asked was: when do you '
                'open?" he said.',
                "",
            ),
            Probe(
                "The bakery sells flatbread, ka'ak and date-filled ma'amoul, and has started shipping boxes of "
                "pastries to customers in Toronto and Montreal.",
                "",
            ),
            Probe(
                "His wife, Rania, runs the till and the bakery's Instagram account; their eldest son is studying "
                "engineering at the university.",
                "",
            ),
            Probe("This month the Haddads hired two more staff, both newcomers from Afghanistan.", ""),
        ],
    ),
]

"""A nineteenth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for
the format), written and labelled by the guidelines before any run against the rules: the Horn of Africa (a drone
strike across the Djibouti-Eritrea border), the Caspian (a summit communique read paragraph by paragraph), the
Balkans (a defence pact ratified by a parliament), the Andes (a border bridge reopened), the Arctic (a council's
envoys meeting again), sanctions relief for grain payments, peacekeepers withdrawn, an embassy evacuated, a rare
earths export ban, a long analysis of the Red Sea's small states and their foreign bases, a Central Asian leader's
state visit told through its programme, an envoy sent to mend ties in the Andes, and stories that get no theme (a
flood, a court case, a football transfer, a local election, a health scare).
Blind, main's rules got 29 of these 138 paragraphs wrong (three of them a theme given to the stories that get none);
after this round's first mend (a visit told through its programme: what the visitor does), 27; 24 after its second
(bribes, judges and defendants are cues against trade), 21 after its third (raw materials are traded goods),
20 after its fourth (bases kept abroad), 19 after its fifth (a communique read point by point),
18 after its sixth (a joint commission).
See KNOWN_MISSES in test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

NINETEENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Djibouti Says Drone From Eritrea Struck Border Post",
        [
            Probe(
                (
                    "DJIBOUTI, Feb 9 - Djibouti accused Eritrea on Sunday of flying an armed drone across their "
                    "northern border and striking a police and army post near Ras Doumeira, killing two guards."
                ),
                "md",
            ),
            Probe(
                (
                    "The government in Djibouti said the aircraft came in low from the north shortly after dawn and "
                    "fired two munitions before turning back."
                ),
                "m",
            ),
            Probe(
                (
                    "Asmara did not answer requests for comment. Eritrea's information minister wrote online that the "
                    "accusation was 'a fabrication meant for foreign ears'."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Djibouti summoned the Eritrean charge d'affaires and said it would take the matter to the African "
                    "Union's peace and security council."
                ),
                "d",
            ),
            Probe(
                (
                    "The two states fought a brief war over the same headland in 2008, and Qatari mediators kept "
                    "observers on the frontier until 2017."
                ),
                "md",
            ),
            Probe(
                (
                    "Residents of the nearest village said they heard a long buzzing and then two blasts, and that "
                    "soldiers closed the track to the coast for the rest of the day."
                ),
                "m",
            ),
            Probe(
                (
                    "One of the dead was a 19-year-old conscript from the capital, his family said. He had been posted "
                    "to the border three weeks ago."
                ),
                "m",
            ),
            Probe(
                (
                    "Several foreign powers keep bases in Djibouti, among them the United States, France, China and "
                    "Japan, and none commented on the strike."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The African Union commission chairman urged both governments to exercise restraint and offered "
                    "to send an envoy to both capitals."
                ),
                "d",
            ),
            Probe(
                (
                    "Shipping along the Bab el-Mandeb strait, a few kilometres to the east, was not affected, port "
                    "officials said."
                ),
                "",
                "tm",
            ),
        ],
    ),
    (
        "Caspian Leaders Agree To Keep Foreign Forces Off The Sea",
        [
            Probe(
                (
                    "ASHGABAT, Aug 12 - The leaders of the five Caspian states ended a summit in Turkmenistan's "
                    "capital on Wednesday with a communique that bars the armed forces of any other country from the "
                    "sea."
                ),
                "dm",
            ),
            Probe(
                (
                    "The text, signed by the presidents of Russia, Iran, Kazakhstan, Azerbaijan and Turkmenistan, "
                    "runs to 22 points. The first restates the 2018 convention on the sea's legal status, which "
                    "Tehran has still not ratified."
                ),
                "d",
            ),
            Probe(
                (
                    "Point four says the five will not allow their territory to be used for aggression against any of "
                    "the others."
                ),
                "md",
            ),
            Probe(
                (
                    "Points six to nine deal with the seabed. The five agree to settle the remaining boundaries "
                    "between neighbours by bilateral agreements, and to meet again on the disputed fields in the "
                    "south."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "The communique says undersea pipelines need only the consent of the states whose sectors they "
                    "cross, a line that Turkmenistan and Azerbaijan have pressed for years so that gas can reach "
                    "Europe."
                ),
                "td",
            ),
            Probe(
                (
                    "Moscow and Tehran had long argued that all five should approve such a line on environmental "
                    "grounds."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "Point twelve sets a shared quota for sturgeon fishing for five years, and point thirteen a joint "
                    "watch on the falling level of the water."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "The leaders also agreed to raise cargo through the sea's ports by a third by 2030 and to cut "
                    "customs checks on the route from China to Europe."
                ),
                "t",
                "d",
            ),
            Probe(
                ("Kazakhstan's president told reporters the text 'closes the sea to other people's quarrels'."),
                "d",
                "m",
            ),
            Probe(
                (
                    "Iran's president, who arrived a day late, met Azerbaijan's leader on the sidelines for the first "
                    "time since their countries restored ambassadors."
                ),
                "d",
            ),
            Probe(
                (
                    "The next summit will be held in Baku in two years. Officials said a draft on naval incidents "
                    "would be ready by then."
                ),
                "d",
                "m",
            ),
        ],
    ),
    (
        "Montenegro's Parliament Ratifies Defence Pact With Croatia",
        [
            Probe(
                (
                    "PODGORICA, May 21 - Montenegro's parliament on Thursday ratified a defence cooperation agreement "
                    "with Croatia by 49 votes to 21, clearing the way for joint training and shared air policing."
                ),
                "md",
            ),
            Probe(
                (
                    "Under the pact, Croatian fighter jets will guard Montenegrin airspace alongside Italian ones, and "
                    "the two navies will hold exercises in the Adriatic twice a year."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Opposition deputies from the pro-Serbian bloc walked out before the vote, saying the agreement "
                    "would drag the country into other people's wars."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Defence Minister Dragan Krivokapic told the chamber the text created no bases and sent no "
                    "soldiers abroad without parliament's consent."
                ),
                "m",
                "d",
            ),
            Probe(
                ("Both countries are members of NATO. Zagreb's parliament ratified the agreement in March."),
                "d",
                "m",
            ),
            Probe(
                (
                    "Relations between the neighbours have warmed since a dispute over a training ship seized after "
                    "the wars of the 1990s was settled last year."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Belgrade's foreign ministry said it regretted the vote and hoped Podgorica would not become 'a "
                    "platform against Serbia'."
                ),
                "d",
            ),
            Probe(
                (
                    "The law takes effect once it is signed by the president, who has eight days to return it to the "
                    "chamber."
                ),
                "",
                "dm",
            ),
        ],
    ),
    (
        "Ecuador And Colombia Reopen Border Bridge After Nine Months",
        [
            Probe(
                (
                    "TULCAN, Ecuador, Oct 3 - Trucks began crossing the main bridge between Ecuador and Colombia on "
                    "Friday for the first time since January, after the two governments ended a row that had shut "
                    "the border to goods."
                ),
                "td",
            ),
            Probe(
                (
                    "The first lorries carried flowers and cocoa north and medicines and car parts south, customs "
                    "officers said, and queues stretched back several kilometres on both sides by noon."
                ),
                "t",
            ),
            Probe(
                (
                    "Quito closed the crossing after Bogota imposed a 30 percent levy on Ecuadorean goods in a dispute "
                    "over electricity sales; Bogota answered by closing it from its side."
                ),
                "td",
            ),
            Probe(
                (
                    "The two presidents agreed to lift both measures at a meeting in Panama last week, and their "
                    "foreign ministers signed the text on Thursday in Ipiales."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "'Nine months of this hurt families on both sides who have nothing to do with politics,' said "
                    "Ecuador's foreign minister, Gabriela Sommerfeld."
                ),
                "d",
            ),
            Probe(
                (
                    "Commerce between the neighbours fell by nearly half during the closure, according to Ecuador's "
                    "central bank."
                ),
                "t",
            ),
            Probe(
                (
                    "Money changers who work the bridge said business was slow to return. 'People still do not "
                    "believe it,' said one, counting pesos at a plastic table."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "Police on both sides stepped up checks, saying armed groups had used the closure to move cocaine "
                    "and fuel along unofficial paths across the river."
                ),
                "",
                "m",
            ),
            Probe(
                (
                    "Foot traffic had continued through the closure, and an estimated 4,000 people cross each day to "
                    "work, study or see a doctor."
                ),
                "",
                "d",
            ),
            Probe(
                ("The ministers said a joint commission would meet every three months to keep the crossing open."),
                "d",
                "t",
            ),
        ],
    ),
    (
        "Arctic Council Envoys Meet Face To Face For First Time Since 2022",
        [
            Probe(
                (
                    "TROMSO, Norway, April 16 - Senior officials of the eight Arctic states sat at one table on "
                    "Wednesday for the first time in three years, as the Arctic Council tried to revive work frozen "
                    "since the war in Ukraine began."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Russia's delegation was led by its ambassador at large for the region, who shook hands with his "
                    "Norwegian host before the doors closed."
                ),
                "d",
            ),
            Probe(
                (
                    "The seven other members had paused all meetings in March 2022 and later restarted some projects "
                    "without Moscow."
                ),
                "d",
            ),
            Probe(
                (
                    "On the agenda were search and rescue at sea, oil spill response and the council's scientific "
                    "groups, officials said; security is excluded from its work by its founding declaration."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Norway, which chairs the council until next year, called the meeting 'a modest step' and said no "
                    "decisions had been taken."
                ),
                "d",
            ),
            Probe(
                (
                    "Finland's envoy said the Nordic states had agreed among themselves beforehand how far they would "
                    "go."
                ),
                "d",
            ),
            Probe(
                (
                    "Indigenous peoples' groups, which sit on the council as permanent participants, said their "
                    "members across the border had been cut off from each other for too long."
                ),
                "",
                "d",
            ),
            Probe(
                (
                    "The next meeting is planned for October in Arkhangelsk, though two delegations said they had not "
                    "yet decided whether to travel."
                ),
                "d",
            ),
        ],
    ),
    (
        "Washington Eases Curbs On Payments For Grain Sold To Syria",
        [
            Probe(
                (
                    "WASHINGTON, Jan 22 - The U.S. Treasury on Tuesday issued a licence allowing banks to process "
                    "payments for wheat and other grain sold to Syria, easing sanctions that traders say had kept "
                    "cargoes away from its ports."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "The licence covers food, seeds and fertiliser for 18 months and lets U.S. banks deal with the "
                    "state grain agency, which was placed on a blacklist in 2019."
                ),
                "t",
            ),
            Probe(
                ("Aid groups said bread prices in Damascus had doubled since the autumn as stocks ran low."),
                "",
                "t",
            ),
            Probe(
                (
                    "A State Department spokesman told reporters the step was 'about feeding people, not about "
                    "rewarding anyone', and that other measures would stay in place."
                ),
                "d",
                "t",
            ),
            Probe(
                ("Damascus welcomed the decision but said it fell short, calling for all sanctions to be lifted."),
                "d",
                "t",
            ),
            Probe(
                (
                    "Syria imported about 1.5 million tonnes of wheat last year, mostly from Russia, according to "
                    "trade estimates."
                ),
                "t",
            ),
            Probe(
                (
                    "Grain houses in Geneva said they would wait for guidance from their own banks before offering "
                    "cargoes. 'The licence is one thing, the compliance department is another,' said one trader."
                ),
                "t",
            ),
            Probe(
                (
                    "The European Union is expected to discuss a similar exemption when its foreign ministers meet "
                    "next month."
                ),
                "d",
                "t",
            ),
        ],
    ),
    (
        "Last East African Troops Leave Eastern Congo",
        [
            Probe(
                (
                    "GOMA, Dec 8 - The last soldiers of an East African regional force left eastern Congo on Friday, "
                    "ending a year-long mission that Kinshasa accused of failing to fight the rebels."
                ),
                "md",
            ),
            Probe(
                (
                    "A column of Kenyan armoured vehicles crossed into Uganda in the morning, and a final flight took "
                    "off from Goma's airport with South Sudanese and Burundian officers, a spokesman said."
                ),
                "m",
            ),
            Probe(
                (
                    "Congo's government declined to renew the mandate last month, saying the force had stood between "
                    "the lines instead of helping its army retake territory."
                ),
                "md",
            ),
            Probe(
                (
                    "The bloc's secretary general said the troops had kept roads open and protected displaced people, "
                    "and that the decision to leave belonged to the host country."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Southern African soldiers are due to take over some positions in January under a separate "
                    "agreement with Kinshasa."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Residents of Kibumba, north of the city, said they feared what would come next. 'When they were "
                    "here, at least the road was open,' said a farmer."
                ),
                "m",
            ),
            Probe(
                (
                    "Fighting near Sake has forced thousands more people into camps around Goma in the past week, aid "
                    "agencies said."
                ),
                "m",
            ),
            Probe(
                (
                    "Kinshasa and Kigali accuse each other of backing armed groups in the region, and their foreign "
                    "ministers have not met since talks in Luanda broke down."
                ),
                "dm",
            ),
        ],
    ),
    (
        "Italy Evacuates Embassy In Juba As Fighting Nears Capital",
        [
            Probe(
                (
                    "ROME, July 14 - Italy closed its embassy in South Sudan on Monday and flew its diplomats and "
                    "about 60 citizens out of Juba on a military plane, as fighting spread to the outskirts of the "
                    "capital."
                ),
                "dm",
            ),
            Probe(
                (
                    "Foreign Minister Antonio Tajani said the ambassador would work from Nairobi 'until conditions "
                    "allow a return'."
                ),
                "d",
            ),
            Probe(
                (
                    "Germany and the Netherlands said they had cut their embassies to a few staff and urged their "
                    "nationals to leave on commercial flights while the airport remained open."
                ),
                "d",
            ),
            Probe(
                (
                    "Forces loyal to the first vice president clashed with the army at a checkpoint on the road to "
                    "Bor over the weekend, and residents reported gunfire in two districts overnight."
                ),
                "m",
            ),
            Probe(
                (
                    "The UN mission said it had opened the gates of its bases to civilians and that some 8,000 "
                    "people were sheltering there."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "South Sudan's foreign ministry said the departures were 'premature' and that the government "
                    "controlled the city."
                ),
                "d",
            ),
            Probe(
                (
                    "Those flown out included aid workers, a priest and a family of four, Italian media said. They "
                    "landed at Ciampino late on Monday."
                ),
                "",
                "d",
            ),
        ],
    ),
    (
        "Kazakhstan Halts Rare Earth Exports, Citing Domestic Needs",
        [
            Probe(
                (
                    "ASTANA, March 5 - Kazakhstan will stop exports of rare earth oxides and concentrates from April "
                    "for at least six months, the industry ministry said on Wednesday, in a move that caught buyers in "
                    "Europe and South Korea by surprise."
                ),
                "t",
            ),
            Probe(
                (
                    "The ministry said the ban would give a new processing plant in the east time to secure feedstock "
                    "and was not aimed at any country."
                ),
                "t",
            ),
            Probe(
                (
                    "Kazakhstan signed a raw materials partnership with the European Union in 2022, and Brussels said "
                    "it was seeking an explanation from Astana."
                ),
                "dt",
            ),
            Probe(
                (
                    "A South Korean battery maker that had contracted about a fifth of the output said its stocks "
                    "would last until the summer."
                ),
                "t",
            ),
            Probe(
                (
                    "China refines most of the world's rare earths, and Western governments have courted Central "
                    "Asian producers to reduce their reliance on it."
                ),
                "t",
                "d",
            ),
            Probe(
                ("Prices of neodymium oxide rose 6 percent in Shanghai after the announcement."),
                "t",
            ),
            Probe(
                (
                    "'They want the factories, not just the mines,' said an analyst in Almaty. 'Everyone who wants "
                    "their metals will now be asked to build something here.'"
                ),
                "t",
            ),
        ],
    ),
    (
        "Analysis: The Red Sea's Small States Rent Out Their Shores",
        [
            Probe(
                (
                    "DJIBOUTI, Nov 2 - From the terrace of the Kempinski hotel, a visitor can count the flags of half "
                    "a dozen navies in a single afternoon."
                ),
                "m",
            ),
            Probe(
                (
                    "Djibouti, a country of about a million people, is home to more foreign military bases than any "
                    "other: American, French, Italian, Japanese and Chinese, with Saudi Arabia said to be planning its "
                    "own."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The rent is worth more than $300 million a year, officials estimate, a large share of the "
                    "government's revenue."
                ),
                "m",
                "t",
            ),
            Probe(
                (
                    "'We do not choose between our friends,' the foreign minister said in an interview in his office. "
                    "'Everyone is welcome who respects our sovereignty.'"
                ),
                "d",
            ),
            Probe(
                (
                    "The logic is geography. Every ship between the Suez Canal and the Indian Ocean passes the Bab "
                    "el-Mandeb, a strait 30 km wide at its narrowest."
                ),
                "",
                "tm",
            ),
            Probe(
                (
                    "When Houthi forces in Yemen began firing missiles at ships in 2023, the bases became launch pads "
                    "for the escorts and the drones that hunted the launchers."
                ),
                "m",
            ),
            Probe(
                (
                    "Across the water, Eritrea has taken the opposite path. It let the United Arab Emirates build a "
                    "port and an airstrip at Assab for the war in Yemen, and Abu Dhabi dismantled much of it in 2021."
                ),
                "md",
            ),
            Probe(
                (
                    "Since then Asmara has shown interest in Moscow's plans for a naval supply point, though Russian "
                    "officials have said little in public."
                ),
                "md",
            ),
            Probe(
                (
                    "Somaliland, which broke away from Somalia in 1991 and is not recognised by any state, offered "
                    "Ethiopia a stretch of coast last year in exchange for recognition."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Mogadishu called the offer an attack on its unity and expelled Ethiopia's ambassador; Egypt and "
                    "Eritrea rallied to its side within weeks."
                ),
                "d",
            ),
            Probe(
                (
                    "Ethiopia, landlocked since Eritrea's independence, says access to the sea is a matter of "
                    "survival for 120 million people."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "Its prime minister has said he wants it by peaceful means. His generals have been less careful in "
                    "what they say."
                ),
                "md",
            ),
            Probe(
                (
                    "Sudan is the last piece. Its army, at war with a paramilitary force since 2023, has been courted "
                    "by Russia, Turkey and Iran, each wanting a foothold at Port Sudan."
                ),
                "md",
            ),
            Probe(
                (
                    "For the small states, the risk is that the guests fall out with each other on their doorstep, a "
                    "European diplomat in Djibouti said."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "An American officer said Chinese personnel had pointed lasers at U.S. pilots near the base in "
                    "2018. Beijing denied it."
                ),
                "m",
                "d",
            ),
            Probe(
                ("Since then the two have kept to their own corners, and no incident has been made public."),
                "m",
                "d",
            ),
            Probe(
                (
                    "The ports are the other half of the story. A Chinese-built railway links Djibouti to Addis Ababa, "
                    "and more than 90 percent of Ethiopia's imports come through it."
                ),
                "t",
            ),
            Probe(
                (
                    "'Whoever holds the ports holds Ethiopia's breath,' said a professor of international relations "
                    "at Addis Ababa University."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "What comes next depends on capitals far away, he added: on whether Washington and Beijing keep "
                    "their rivalry polite, and whether the Gulf states keep paying for friends."
                ),
                "d",
            ),
        ],
    ),
    (
        "Floods Cut Off Towns In Bosnian River Valley",
        [
            Probe(
                (
                    "SARAJEVO, Oct 5 - Floods cut off three towns in central Bosnia on Saturday after two days of "
                    "heavy rain, and at least 14 people died in landslides, officials said."
                ),
            ),
            Probe(
                (
                    "Army helicopters lifted people from roofs in Jablanica, where the river rose two metres in a few "
                    "hours, and soldiers helped firefighters clear blocked roads."
                ),
                "",
                "m",
            ),
            Probe(
                (
                    "The railway to the coast was closed, and the motorway south of Konjic was shut after a bridge "
                    "was swept away."
                ),
            ),
            Probe(
                (
                    "Neighbouring Croatia and Serbia sent rescue teams, and the European Union said it was ready to "
                    "help."
                ),
                "",
                "d",
            ),
            Probe(
                (
                    "'The water came through the door while we were asleep,' said Emina Hadzic, 67, who spent the "
                    "night in a school gym."
                ),
            ),
            Probe(
                ("Meteorologists said more rain was forecast for Monday and warned of further slides."),
            ),
        ],
    ),
    (
        "Former Customs Chief Jailed For Eight Years Over Bribes",
        [
            Probe(
                (
                    "SKOPJE, June 11 - A court in North Macedonia sentenced the former head of the customs "
                    "administration to eight years in prison on Tuesday for taking bribes to wave through smuggled "
                    "cigarettes."
                ),
            ),
            Probe(
                (
                    "Judges found that Zoran Petrovski took at least 400,000 euros from a ring that moved the goods in "
                    "lorries declared as furniture."
                ),
            ),
            Probe(
                (
                    "His lawyer said he would appeal, arguing that the main witness had been promised a lighter "
                    "sentence in return for his testimony."
                ),
            ),
            Probe(
                ("Eleven other defendants, among them four customs officers, received terms of one to five years."),
            ),
            Probe(
                (
                    "The case was one of the largest brought by the special prosecutor's office, set up after a "
                    "wiretapping scandal in 2015."
                ),
            ),
        ],
    ),
    (
        "Porto Sell Striker To Galatasaray For Record Fee",
        [
            Probe(
                (
                    "LISBON, Aug 30 - Porto have sold Colombian striker Andres Caicedo to Galatasaray for 48 million "
                    "euros, the Portuguese club said on Friday, a record for a player leaving the league."
                ),
            ),
            Probe(
                ("The 23-year-old scored 27 goals last season and was pursued by clubs in England and Saudi Arabia."),
            ),
            Probe(
                (
                    "Galatasaray, who won the Turkish title in May, will pay the fee in three instalments, Porto said "
                    "in a filing to the stock market regulator."
                ),
            ),
            Probe(
                (
                    "'Istanbul is a city that lives for football,' Caicedo told the Turkish club's television channel "
                    "after landing."
                ),
            ),
            Probe(
                ("Porto's coach said he would not replace him before the window closes on Monday."),
            ),
        ],
    ),
    (
        "Tromso Mayor Wins Second Term As Greens Gain",
        [
            Probe(
                (
                    "TROMSO, Sept 9 - Tromso's Labour mayor, Kristin Roymo, won a second term on Monday as the Greens "
                    "doubled their seats on the city council, final results showed."
                ),
            ),
            Probe(
                (
                    "The campaign was dominated by housing costs and a plan for a new bridge to the mainland, which "
                    "the Greens oppose."
                ),
            ),
            Probe(
                ("Turnout was 61 percent, slightly lower than four years ago."),
            ),
            Probe(
                ("The Progress Party, which campaigned against road tolls, lost four of its nine seats."),
            ),
            Probe(
                ("Roymo said she would start talks on a new majority with the Greens and the Centre Party this week."),
            ),
        ],
    ),
    (
        "Cholera Cases Rise In Port City As Water Plant Fails",
        [
            Probe(
                (
                    "MOMBASA, Kenya, Jan 17 - Health officials in Mombasa reported 212 cholera cases and six deaths in "
                    "the past week, after a breakdown at the city's main water treatment plant."
                ),
            ),
            Probe(
                (
                    "The county has closed street food stalls near the old town and sent tankers of clean water to "
                    "the worst-hit districts."
                ),
            ),
            Probe(
                (
                    "'We are fighting this street by street,' the county health officer told reporters at a hospital "
                    "where patients lay on mats in the corridors."
                ),
            ),
            Probe(
                ("The World Health Organization said it had sent oral vaccines for 100,000 people."),
            ),
            Probe(
                ("Engineers expect the plant to be repaired by the end of the month, the water company said."),
            ),
        ],
    ),
    (
        "Turkmen President Begins First State Visit To South Korea",
        [
            Probe(
                (
                    "SEOUL, Sept 24 - Turkmenistan's president, Serdar Berdimuhamedov, arrived in Seoul on Tuesday "
                    "for a three-day state visit, the first by a Turkmen leader in eleven years."
                ),
                "d",
            ),
            Probe(
                (
                    "He was met at the airport by the foreign minister and a guard of honour, and drove straight to "
                    "the national cemetery, where he laid a wreath."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "In the afternoon he held talks with President Lee Jae-myung at the presidential office, followed "
                    "by a dinner in his honour."
                ),
                "d",
            ),
            Probe(
                (
                    "The two leaders watched their ministers sign nine memorandums, on gas processing, fertiliser "
                    "plants, health care and the training of diplomats."
                ),
                "dt",
            ),
            Probe(
                (
                    "Korean builders have put up chemical plants worth more than $4 billion in Turkmenistan since "
                    "2010, and Ashgabat wants them to return for a new gas field in the east."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "On Wednesday he toured a shipyard in Ulsan and rode a high-speed train to Busan, where he was "
                    "shown a container terminal."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "He also visited a children's hospital that treats young patients from Central Asia, and was "
                    "given an honorary doctorate by a university in Seoul."
                ),
                "d",
            ),
            Probe(
                (
                    "'We came as friends and we leave as partners,' he told Korean and Turkmen business leaders at a "
                    "breakfast on Thursday."
                ),
                "d",
                "t",
            ),
            Probe(
                ("Lee accepted an invitation to visit Ashgabat next year, Seoul's presidential office said."),
                "d",
            ),
            Probe(
                (
                    "Rights groups urged Seoul to raise the case of journalists jailed in Turkmenistan. The office did "
                    "not say whether it had."
                ),
                "d",
            ),
        ],
    ),
    (
        "Chile Sends Envoy To La Paz To Mend Ties",
        [
            Probe(
                (
                    "SANTIAGO, Nov 14 - Chile will send a special envoy to La Paz next week to prepare the return of "
                    "consuls-general withdrawn during a row over migrants, the foreign ministry said on Thursday."
                ),
                "d",
            ),
            Probe(
                (
                    "The two countries have had no ambassadors since 1978, when Bolivia broke off relations over its "
                    "lost access to the Pacific."
                ),
                "d",
            ),
            Probe(
                (
                    "The envoy, former senator Ximena Rincon, will carry a letter from President Boric and meet "
                    "Bolivia's foreign minister, the ministry said."
                ),
                "d",
            ),
            Probe(
                (
                    "She will also travel to the border post at Colchane, where Chile expelled 130 migrants across "
                    "the frontier in March, provoking protests from La Paz."
                ),
                "d",
            ),
            Probe(
                ("Bolivia's government spokeswoman said it would receive her 'with an open door'."),
                "d",
            ),
            Probe(
                (
                    "Bolivian exports to Chile, mostly soybeans and zinc through the port of Arica, were worth about "
                    "$900 million last year."
                ),
                "t",
            ),
        ],
    ),
]

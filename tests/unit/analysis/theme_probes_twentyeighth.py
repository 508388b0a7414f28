"""A twenty-eighth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: world news and newswire on subjects the earlier batches
leave out (an arms sale voted down by a parliament, election observers of a regional body expelled, a sea boundary
drawn by a tribunal, a state leaving the treaty that bans landmines, citizens lured abroad to fight, a loan backed by
frozen central bank reserves, a pilot who defects with his jet, a switch of recognition from Taipei to Beijing, a
foreign-built nuclear power plant, a cut undersea cable and an airliner forced down to arrest a passenger), told with
paragraphs that carry their theme only through the article's subject; and two that get no theme although they use
its words (a drone light show, a school's model UN conference).
Blind, main's rules got 71 of these 183 paragraphs wrong (military missed 26 times, diplomacy 19, trade 16; military
given 8 times where it does not belong, diplomacy 5, trade 2): a coat of arms read as arms, armour and sabotage not
read as words of war, men "sent to fight" abroad, armoured carriers told on as "the vehicles", the UN as the source of
a toll, an international tribunal between two states.
After this round's mends (those seven), 56. See KNOWN_MISSES in test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

TWENTYEIGHTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Danish Parliament Votes Down Sale Of Armoured Vehicles To Egypt",
        [
            Probe(
                "COPENHAGEN, March 4 (Wirenews) - Denmark's parliament on Tuesday voted down a government plan to sell "
                "40 armoured personnel carriers to Egypt, the first time in two decades that lawmakers have blocked an "
                "arms export approved by ministers.",
                "md",
                "t",
            ),
            Probe(
                "The motion failed by 91 votes to 84 after two small parties in the governing coalition broke ranks.",
                "m",
                "dt",
            ),
            Probe(
                "The vehicles, built at a plant in Jutland, were to be delivered from next year under a contract worth "
                "about 1.4 billion crowns.",
                "m",
                "t",
            ),
            Probe(
                "Opponents said they could not rule out that the carriers would end up in Sudan or Libya, where Cairo "
                "backs armed factions, or be turned against protesters at home.",
                "m",
                "d",
            ),
            Probe(
                '"We will not send armour into a region on fire on the strength of a promise," said Mette Lund, a '
                "lawmaker for the Red-Green Alliance.",
                "m",
            ),
            Probe(
                "Egypt's embassy in Copenhagen said it regretted the vote, which it said reflected \"a "
                "misunderstanding of Egypt's role as a force for stability\".",
                "d",
                "m",
            ),
            Probe(
                "The foreign ministry in Cairo summoned Denmark's ambassador on Wednesday, two diplomats said.",
                "d",
            ),
            Probe(
                "Defence Minister Jakob Ravn said the government would respect the decision but warned that it could "
                "hurt the standing of Danish industry with buyers abroad.",
                "m",
                "t",
            ),
            Probe(
                "The maker, Nordpanser, said 220 jobs depended on the order and that it would ask the government for "
                "help in finding other customers.",
                "",
                "mt",
            ),
            Probe(
                "It was the company's largest foreign order since it was founded in 1961.",
                "",
                "mt",
            ),
            Probe(
                "Under Danish law, arms exports need a licence from the justice ministry, and parliament has a say "
                "only on sales above one billion crowns or to states outside NATO and the European Union.",
                "m",
                "t",
            ),
            Probe(
                "Rights groups had lobbied for months against the sale, citing Egypt's record of detaining critics.",
                "m",
                "d",
            ),
            Probe(
                "Egypt has bought weapons from France, Germany and Italy in recent years as it seeks to reduce its "
                "reliance on the United States, which gives it about 1.3 billion dollars in military aid a year.",
                "md",
                "t",
            ),
            Probe(
                "Germany approved the sale of two frigates to Cairo last year despite similar objections in the "
                "Bundestag.",
                "md",
                "t",
            ),
            Probe(
                "The vote comes as European governments argue over common rules for arms exports, which each country "
                "still sets for itself.",
                "m",
                "dt",
            ),
            Probe(
                "Ravn said ministers would study the reasons for the defeat before deciding whether to put a smaller "
                "sale to a vote.",
                "m",
            ),
            Probe(
                "Egyptian officials declined to say whether Cairo would now turn to another supplier.",
                "m",
                "dt",
            ),
        ],
    ),
    (
        "Chad Expels African Union Observers Two Days Before Vote",
        [
            Probe(
                "N'DJAMENA, Oct 12 (Wirenews) - Chad expelled a team of 60 election observers from the African Union "
                "on Sunday, two days before a presidential vote, accusing them of meddling in its internal affairs.",
                "d",
            ),
            Probe(
                "The observers were given 24 hours to leave. Most flew to Addis Ababa on Monday morning, a member of "
                "the team said.",
                "d",
            ),
            Probe(
                'The government\'s spokesman said the mission had "gone beyond its mandate" by meeting opposition '
                "leaders and publishing a statement on the arrest of a candidate.",
                "d",
            ),
            Probe(
                'The African Union\'s commission said it "deeply regretted" the decision and that its observers had '
                "acted within the terms agreed with the government in August.",
                "d",
            ),
            Probe(
                "The union had sent observers to every presidential election in Chad since 1996.",
                "d",
            ),
            Probe(
                "Tuesday's vote pits the incumbent, in power since 2021, against seven challengers. The main "
                "opposition candidate, Idriss Mahamat, was arrested last week on charges of inciting violence.",
                "",
            ),
            Probe("His lawyers say the charges are political.", ""),
            Probe(
                'The European Union, which did not send observers, said the expulsion raised "serious doubts" about '
                "the credibility of the vote.",
                "d",
            ),
            Probe(
                "France, which withdrew its last troops from Chad this year, said it was following the situation "
                "closely.",
                "d",
                "m",
            ),
            Probe(
                "Local observer groups said they would still deploy about 3,000 volunteers to polling stations but "
                "feared they would be turned away.",
                "",
            ),
            Probe(
                "Observers from the Economic Community of Central African States, a regional bloc, were allowed to "
                "stay, the foreign ministry said.",
                "d",
            ),
            Probe("The bloc's team of 25 is led by a former prime minister of Gabon.", "d"),
            Probe(
                "Diplomats in N'Djamena said the government appeared to want a smaller, friendlier audience for the "
                "count.",
                "d",
            ),
            Probe(
                "Results are expected within a week. A run-off, if needed, would be held in November.",
                "",
            ),
            Probe(
                "Chad's army has been fighting Islamist insurgents around Lake Chad for a decade.",
                "m",
            ),
            Probe(
                "The African Union suspended Chad's neighbour Niger after a coup in 2023 and has threatened to review "
                "its ties with governments that deny access to its missions.",
                "d",
            ),
        ],
    ),
    (
        "Tribunal Draws Sea Border Between Benin And Nigeria",
        [
            Probe(
                "HAMBURG, June 18 (Wirenews) - An international tribunal on Thursday drew a sea border between Benin "
                "and Nigeria, giving each a share of waters where oil companies have found signs of gas and ending a "
                "dispute that has blocked exploration for 15 years.",
                "dt",
            ),
            Probe(
                "The International Tribunal for the Law of the Sea gave Nigeria about 60 percent of the 12,000 square "
                "kilometres in dispute, most of it in deep water far from shore.",
                "d",
            ),
            Probe(
                "Benin had asked for a line running straight out to sea from the end of the land border. Nigeria "
                "argued for one that bent eastward to follow the coast.",
                "d",
            ),
            Probe(
                "The judges chose a middle course, adjusting an equidistant line to account for the curve of the "
                "coastline, in a ruling adopted by 19 votes to 2.",
                "d",
            ),
            Probe(
                "Both governments had agreed in advance to accept the ruling, which cannot be appealed.",
                "d",
            ),
            Probe(
                "Benin's foreign minister, speaking outside the court, said his country had \"won what mattered "
                "most\": access to the open sea beyond Nigeria's waters.",
                "d",
            ),
            Probe(
                'Nigeria\'s attorney general said the judgment was "fair and final" and that Abuja would start talks '
                "with Porto-Novo on exploiting any fields that straddle the line.",
                "dt",
            ),
            Probe(
                "Three blocks offered by Benin in a 2011 licensing round lie partly in waters now awarded to Nigeria. "
                "The companies holding them, a French and a Chinese firm, have done no drilling since the dispute "
                "began.",
                "t",
                "d",
            ),
            Probe(
                "Analysts at Coastline Research in Lagos said the ruling could unlock investment of up to 4 billion "
                "dollars over a decade.",
                "t",
            ),
            Probe(
                "Fishermen from both countries have clashed in the area, and Benin's navy seized two Nigerian "
                "trawlers in 2019.",
                "m",
                "d",
            ),
            Probe(
                "The tribunal, set up under the UN convention on the law of the sea, has ruled on about a dozen "
                "boundary cases since it opened in 1996.",
                "d",
            ),
            Probe("It was the first such case between two West African states.", "d"),
            Probe(
                "Ghana and Ivory Coast settled a similar dispute before a special chamber of the tribunal in 2017.",
                "d",
            ),
            Probe(
                "The two governments said a joint commission would meet in Cotonou next month to mark the line on "
                "charts.",
                "d",
            ),
        ],
    ),
    (
        "Latvia Leaves Treaty Banning Landmines",
        [
            Probe(
                "RIGA, April 16 (Wirenews) - Latvia's parliament voted on Wednesday to leave the international treaty "
                "banning anti-personnel landmines, saying it needed every means to defend its border with Russia and "
                "Belarus.",
                "md",
            ),
            Probe(
                "The withdrawal takes effect six months after Riga notifies the United Nations, which it plans to do "
                "this week.",
                "d",
                "m",
            ),
            Probe(
                "Defence Minister Andris Kalnins said the army would not lay mines in peacetime but wanted to stock "
                "them and train with them.",
                "m",
            ),
            Probe(
                '"The treaty was written for a different Europe," he told lawmakers. "Our neighbour has never signed '
                'it and has used these weapons on a massive scale in Ukraine."',
                "m",
                "d",
            ),
            Probe("The vote passed by 68 to 11, with several lawmakers absent.", "m", "d"),
            Probe(
                "Estonia and Lithuania have taken the same step, and Poland and Finland have said they will follow. "
                "All five border Russia.",
                "md",
            ),
            Probe(
                "The treaty, signed in Ottawa in 1997, has 164 members. No member in Europe had left it before.",
                "d",
                "m",
            ),
            Probe(
                "The International Committee of the Red Cross said it was deeply concerned and urged Latvia to "
                "reconsider.",
                "d",
                "m",
            ),
            Probe(
                "Mines kill or maim thousands of civilians a year, many of them children, long after wars have ended, "
                "the committee said.",
                "m",
            ),
            Probe(
                'Campaigners who won the Nobel Peace Prize for the treaty in 1997 called the vote "a shameful step '
                'back".',
                "d",
                "m",
            ),
            Probe(
                "Latvia plans to buy mines from South Korea and to start making its own at a state plant by 2027, the "
                "ministry said.",
                "m",
                "td",
            ),
            Probe(
                "It has also begun building a line of bunkers, anti-tank ditches and concrete barriers along its "
                "eastern border under a plan shared with its Baltic neighbours.",
                "m",
                "d",
            ),
            Probe(
                'Russia\'s foreign ministry said the move showed the Baltic states were "preparing for war" and that '
                "Moscow would take it into account in its military planning.",
                "md",
            ),
            Probe(
                "Ukraine, which rights groups have accused of using mines supplied by the United States, remains a "
                "member of the treaty.",
                "md",
            ),
            Probe("The United States, China and Russia have never joined it.", "d", "m"),
        ],
    ),
    (
        "Sri Lanka Summons Russian Envoy Over Citizens Lured To Fight In Ukraine",
        [
            Probe(
                "COLOMBO, Feb 7 (Wirenews) - Sri Lanka summoned Russia's ambassador on Friday and demanded the return "
                "of dozens of its citizens who it says were lured to Russia with promises of civilian jobs and sent "
                "to fight in Ukraine.",
                "dm",
            ),
            Probe(
                "The foreign ministry said at least 14 Sri Lankans had been killed at the front and that the families "
                "of 90 others had asked for help in reaching them.",
                "m",
                "d",
            ),
            Probe(
                "Most are former soldiers who answered advertisements promising work as security guards or drivers, "
                "with pay of up to 3,000 dollars a month.",
                "m",
            ),
            Probe(
                '"They were given a week of training and sent to the trenches," said Nimal Perera, whose brother '
                "called him from a field hospital in Donetsk in December.",
                "m",
            ),
            Probe(
                "Police have arrested six people accused of running the recruitment network, among them a retired "
                "army major and two travel agents in Colombo.",
                "m",
            ),
            Probe(
                "They are charged with human trafficking and could face up to 20 years in prison.",
                "",
                "m",
            ),
            Probe(
                "Russia's embassy said it had no record of Sri Lankans serving in its armed forces and that anyone "
                "who had signed a contract had done so freely.",
                "md",
            ),
            Probe(
                "A delegation led by the deputy foreign minister will travel to Moscow later this month to seek the "
                "release of the men from their contracts, the ministry said.",
                "d",
                "m",
            ),
            Probe(
                "Nepal and India have made similar requests. Moscow agreed last year to discharge some Indians after "
                "India's prime minister raised the issue with the Russian president.",
                "d",
                "m",
            ),
            Probe(
                "Russia has turned to foreign recruits as its losses mount, according to Western intelligence "
                "estimates, offering large signing bonuses and, in some cases, citizenship.",
                "m",
            ),
            Probe(
                "Some Sri Lankans have also been recruited to fight for Ukraine, the government said, and it has "
                "warned its citizens against joining either side.",
                "m",
                "d",
            ),
            Probe(
                "The opposition accused the government of ignoring warnings from families for more than a year.",
                "",
                "dm",
            ),
            Probe(
                "Perera said his brother had asked to come home three times and was told his contract ran until the "
                "end of the war.",
                "m",
            ),
            Probe('"We only want him back alive," he said.', "", "m"),
        ],
    ),
    (
        "EU Agrees To Lend Ukraine Against Frozen Russian Reserves",
        [
            Probe(
                "BRUSSELS, Dec 12 (Wirenews) - European Union governments agreed on Thursday to lend Ukraine 45 "
                "billion euros backed by the income from Russian central bank assets frozen in Europe since 2022.",
                "td",
                "m",
            ),
            Probe(
                "The loan will be repaid from the interest and other profits earned on the assets, which are held "
                "mostly at a clearing house in Belgium, rather than by Kyiv.",
                "t",
            ),
            Probe(
                "About 190 billion euros of the Russian central bank's reserves are held at the clearing house, "
                "Euroclear, in securities that have matured into cash.",
                "t",
            ),
            Probe(
                "Belgium had held out for weeks, demanding guarantees from other member states that it would not be "
                "left alone to face legal claims from Moscow.",
                "dt",
            ),
            Probe(
                'Its prime minister said on Thursday the guarantees were "sufficient for now".',
                "d",
                "t",
            ),
            Probe(
                "Russia's central bank called the decision theft and said it would sue in Russian courts and seize "
                "Western assets held in Russia in response.",
                "td",
            ),
            Probe(
                '"Any attempt to use our reserves will meet a mirror response," a spokeswoman for the Russian foreign '
                "ministry told reporters.",
                "d",
                "t",
            ),
            Probe(
                "Western companies still have billions of dollars tied up in Russia, much of it in accounts that "
                "cannot be moved without government permission.",
                "t",
            ),
            Probe(
                "Ukraine's finance minister said the money would go to the budget and to buying weapons, and thanked "
                'the EU for its "solidarity".',
                "tm",
                "d",
            ),
            Probe(
                "The Group of Seven agreed in June on a similar loan of 50 billion dollars, to which the EU is "
                "contributing.",
                "td",
            ),
            Probe(
                "Hungary, which opposes arming Ukraine, abstained but did not block the decision, which needed only a "
                "qualified majority.",
                "d",
                "mt",
            ),
            Probe(
                "Economists at Bruegel, a Brussels think-tank, said seizing the assets outright, as some governments "
                "in the north and east of the bloc want, would carry risks for the euro as a reserve currency.",
                "t",
                "d",
            ),
            Probe(
                "The European Central Bank has warned that it could lead other central banks to move their reserves "
                "out of Europe.",
                "t",
            ),
            Probe("The first payments are due in March.", "t"),
        ],
    ),
    (
        "Myanmar Pilot Lands Fighter Jet In Thailand, Seeks Asylum",
        [
            Probe(
                "BANGKOK, Aug 3 (Wirenews) - A Myanmar air force pilot flew a fighter jet across the border and landed "
                "at a Thai air base on Saturday, asking for asylum, Thai officials said.",
                "m",
                "d",
            ),
            Probe(
                "The MiG-29 touched down at Udon air base shortly after 9 a.m. with about ten minutes of fuel left. "
                "The pilot, a captain, was unarmed and surrendered to base guards.",
                "m",
            ),
            Probe(
                "Thailand's air force said its radar had tracked the plane from the moment it crossed the border and "
                "that two of its own jets had been scrambled to escort it.",
                "m",
            ),
            Probe(
                "The pilot told Thai officers he had refused orders to bomb villages in Karen State, according to a "
                "Thai security official who spoke on condition of anonymity.",
                "m",
            ),
            Probe(
                "Myanmar's junta demanded the return of both the pilot and the aircraft, which it described as stolen "
                "property of the state.",
                "md",
            ),
            Probe(
                "Thailand's foreign ministry said it was studying the request and would act in line with its laws and "
                "international obligations.",
                "d",
            ),
            Probe(
                "Thai officials said privately that they expected to hand back the plane but not the pilot.",
                "d",
                "m",
            ),
            Probe(
                "It was the first defection of a military pilot with an aircraft since the army seized power in 2021.",
                "m",
            ),
            Probe(
                "Hundreds of soldiers and police officers have deserted to join the armed resistance, but pilots "
                "have been among the most loyal to the generals.",
                "m",
            ),
            Probe(
                "The air force has carried out hundreds of strikes on villages and camps held by rebels, killing "
                "civilians, according to the United Nations.",
                "m",
            ),
            Probe(
                "Thailand, which shares a 2,400 km border with Myanmar, has kept working ties with the junta and "
                "hosted talks between its envoys and neighbouring states.",
                "d",
            ),
            Probe(
                "A spokesman for the National Unity Government, the opposition's administration in exile, urged "
                "Bangkok not to return the pilot and called on others to follow his example.",
                "m",
                "d",
            ),
            Probe("The jet was parked in a hangar under guard on Sunday.", "m"),
        ],
    ),
    (
        "Marshall Islands Cuts Ties With Taiwan, Recognises Beijing",
        [
            Probe(
                "MAJURO, Jan 22 (Wirenews) - The Marshall Islands cut diplomatic ties with Taiwan on Monday and "
                "recognised the government in Beijing, leaving Taipei with eleven formal allies.",
                "d",
            ),
            Probe(
                'President Tony Laijen said the decision was "in the best interest of the nation and its people" and '
                "followed months of talks.",
                "d",
            ),
            Probe(
                "China's foreign ministry welcomed the move and said the two countries would sign an agreement on aid "
                "and investment within weeks.",
                "dt",
            ),
            Probe(
                'Taiwan\'s foreign minister accused Beijing of "dollar diplomacy" and said Taipei had refused to match '
                "offers of money for roads, a new port and a hospital.",
                "dt",
            ),
            Probe("Taiwan closed its embassy in Majuro and recalled its staff the same day.", "d"),
            Probe("Its ambassador had been in the post for six years.", "d"),
            Probe(
                "The Marshall Islands is bound to the United States by a compact under which Washington is "
                "responsible for its defence and runs a missile test range on Kwajalein atoll.",
                "md",
            ),
            Probe(
                "The State Department said it was disappointed and would seek assurances that the compact, renewed "
                "last year with 2.3 billion dollars in funding over 20 years, was not affected.",
                "d",
                "tm",
            ),
            Probe(
                "Chinese fishing fleets already work in the islands' waters, and Chinese firms have bid for a "
                "contract to rebuild the airport runway.",
                "t",
                "d",
            ),
            Probe(
                "Opposition senators said they had not been consulted and would seek a vote of no confidence.",
                "",
                "d",
            ),
            Probe("Beijing has won over ten of Taiwan's allies since 2016, most recently Nauru.", "d"),
            Probe(
                "It considers the island part of its territory and has stepped up military pressure on it, sending "
                "warships and aircraft around it almost daily.",
                "md",
            ),
            Probe(
                "Taiwan's remaining allies are mostly small states in the Pacific and the Caribbean, together with "
                "Paraguay and the Vatican.",
                "d",
            ),
            Probe("Laijen will visit Beijing in March, officials said.", "d"),
        ],
    ),
    (
        "Ghana Picks Korean Firm To Build First Nuclear Power Plant",
        [
            Probe(
                "ACCRA, Sept 15 (Wirenews) - Ghana chose a South Korean state company on Monday to build its first "
                "nuclear power plant, a project worth about 9 billion dollars that officials hope will end years of "
                "power cuts.",
                "t",
                "d",
            ),
            Probe(
                "Korea Hydro & Nuclear Power beat bids from Russia's Rosatom and China's state nuclear group, the "
                "energy minister said.",
                "t",
                "d",
            ),
            Probe(
                "The plant, with two reactors of 1,000 megawatts each, is to be built on the coast west of Accra. The "
                "first is due to start in 2034.",
                "t",
            ),
            Probe(
                "Seoul will arrange loans for most of the cost through its export bank, and Ghana will pay them back "
                "from the sale of power over 25 years.",
                "t",
                "d",
            ),
            Probe(
                "South Korea's president called his Ghanaian counterpart to congratulate him, and the two agreed to "
                "meet at a summit in Seoul in June.",
                "d",
                "t",
            ),
            Probe(
                "Ghana has signed an agreement with the United States on civil nuclear cooperation, which allows "
                "American firms to supply fuel and parts, and it plans to buy its fuel from an American supplier.",
                "td",
            ),
            Probe(
                "The International Atomic Energy Agency, the UN's nuclear watchdog, has advised Ghana on safety rules "
                "and on training staff since 2012.",
                "d",
            ),
            Probe(
                "The country lost about 2 percent of its economic output to power cuts in 2023, according to the "
                "World Bank.",
                "",
                "t",
            ),
            Probe(
                "Critics said the project would add to a public debt that forced Ghana to seek a 3 billion dollar "
                "rescue from the International Monetary Fund two years ago.",
                "t",
                "d",
            ),
            Probe(
                '"We are buying a very expensive machine with borrowed money," said Esi Mensah, an economist at the '
                "University of Ghana.",
                "t",
            ),
            Probe(
                "Rosatom had signed a memorandum with Ghana in 2015 and had been seen as the favourite until last "
                "year.",
                "t",
                "d",
            ),
            Probe(
                "Officials said the choice rested on price and on Korea's record of building reactors on time in the "
                "United Arab Emirates.",
                "t",
            ),
            Probe(
                "No African country except South Africa produces nuclear power. Egypt is building a plant with Russian "
                "help at El Dabaa, on the Mediterranean.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Sweden Boards Cargo Ship After Cable To Latvia Is Cut",
        [
            Probe(
                "STOCKHOLM, Jan 27 (Wirenews) - Swedish coast guard officers boarded a cargo ship in the Baltic Sea on "
                "Sunday after a data cable linking Sweden and Latvia was cut, and police opened an investigation into "
                "suspected sabotage.",
                "m",
                "dt",
            ),
            Probe(
                "The Malta-flagged ship, the Vega Star, had been sailing from a Russian port to Egypt with a cargo of "
                "fertiliser when the cable went dark early on Sunday, the coast guard said.",
                "m",
                "t",
            ),
            Probe(
                "Its anchor chain was found to be damaged and the anchor itself missing, investigators said.",
                "m",
            ),
            Probe(
                "Latvia's state radio and television centre, which runs the cable, said traffic had been rerouted and "
                "users would not notice the outage.",
                "",
                "mt",
            ),
            Probe(
                "It was the fourth cable or pipeline damaged on the floor of the Baltic in 15 months.",
                "m",
            ),
            Probe(
                "NATO said it would send more ships and surveillance aircraft to patrol the sea, as part of a mission "
                "launched last year to protect undersea infrastructure.",
                "m",
                "d",
            ),
            Probe(
                "Latvia's prime minister said her government was in close contact with Stockholm and that \"no one "
                'should doubt our resolve to defend our infrastructure".',
                "dm",
            ),
            Probe(
                "The ship's Greek manager said the crew had done nothing wrong and was cooperating with the "
                "investigation.",
                "",
                "mt",
            ),
            Probe(
                'Russia\'s embassy in Stockholm said accusations of Russian involvement were "absurd" and that no one '
                "had shown any evidence.",
                "d",
                "m",
            ),
            Probe(
                "Investigators have not said whom they suspect. Officials in several Baltic states have said earlier "
                "incidents fit a pattern of attacks by Moscow's so-called shadow fleet of ageing vessels.",
                "m",
                "d",
            ),
            Probe(
                "A Chinese ship was suspected of dragging its anchor over two cables in November 2024, but Beijing "
                "refused to let Swedish prosecutors board it.",
                "d",
                "m",
            ),
            Probe(
                "Sweden's navy said a submarine rescue ship would search for the anchor on Monday.",
                "m",
            ),
        ],
    ),
    (
        "Airliner Forced To Land In Minsk, Exiled Blogger Arrested",
        [
            Probe(
                "VILNIUS, May 9 (Wirenews) - A Lithuanian airliner flying from Istanbul to Vilnius was forced to land "
                "in Minsk on Friday after a Belarusian fighter jet was sent to intercept it, and an exiled opposition "
                "blogger on board was arrested, passengers said.",
                "md",
            ),
            Probe(
                "The crew had been told by air traffic controllers that there was a bomb on board. No bomb was found.",
                "",
                "m",
            ),
            Probe(
                "The plane, carrying 126 passengers, was allowed to leave for Vilnius seven hours later without the "
                "blogger, Andrei Sushko, and his partner.",
                "",
                "md",
            ),
            Probe(
                'Lithuania\'s president called the diversion "state-sponsored hijacking" and said Minsk had put the '
                "lives of passengers from a dozen countries at risk.",
                "d",
                "m",
            ),
            Probe(
                "European Union leaders, meeting in Brussels, agreed to ban Belarusian airlines from the bloc's "
                "airspace and airports and asked European carriers to avoid flying over Belarus.",
                "d",
                "t",
            ),
            Probe(
                "Belarus's foreign ministry said the country had acted in line with international rules after a "
                'credible threat and rejected what it called "unfounded accusations".',
                "d",
            ),
            Probe(
                "Sushko, 27, ran a channel on a messaging app that was followed by more than 300,000 people during "
                "protests against the president in 2020.",
                "",
            ),
            Probe(
                "He faces charges of organising mass unrest that carry up to 15 years in prison.",
                "",
            ),
            Probe(
                "The International Civil Aviation Organization, a UN agency, said it would investigate whether "
                "Belarus had broken the convention that governs flights over foreign territory.",
                "d",
            ),
            Probe(
                "Passengers said the pilot announced the diversion about 20 minutes before the plane would have "
                "crossed into Lithuania.",
                "",
                "m",
            ),
            Probe(
                "Lithuania and Poland closed their airspace to Belarusian planes the same evening.",
                "d",
            ),
            Probe(
                "The United States said it would coordinate its response with its allies and demanded the blogger's "
                "immediate release.",
                "d",
            ),
        ],
    ),
    (
        "Australia Pays Second Instalment For Nuclear-Powered Submarines",
        [
            Probe(
                "CANBERRA, July 30 (Wirenews) - Australia has paid the United States a second instalment of 800 "
                "million dollars towards expanding American shipyards that will build its first nuclear-powered "
                "submarines, the defence ministry said on Wednesday.",
                "mtd",
            ),
            Probe(
                "The payment brings Canberra's contribution to the American submarine industry to 1.6 billion "
                "dollars of the 3 billion it promised under a pact with Washington and London.",
                "mt",
                "d",
            ),
            Probe(
                "Under the pact, Australia is to buy three to five used Virginia-class boats in the 2030s before "
                "building a new class of its own with British help in Adelaide.",
                "md",
                "t",
            ),
            Probe(
                "Critics have questioned whether American yards, already behind on orders for their own navy, can "
                "spare any boats at all.",
                "m",
                "t",
            ),
            Probe(
                "A review ordered by the Pentagon in June found that the plan met American interests but asked for "
                "clearer commitments on how Australia would use the boats in a war over Taiwan.",
                "md",
            ),
            Probe(
                'Australia\'s defence minister said the country had "never made and would never make" any such '
                "commitment, and that the submarines would remain under Australian command.",
                "md",
            ),
            Probe(
                "The boats will carry conventional weapons only. Their reactors use highly enriched uranium sealed "
                "for the life of the vessel, which will not need refuelling.",
                "m",
            ),
            Probe(
                "China says the pact breaches the spirit of the treaty against the spread of nuclear weapons. The "
                "International Atomic Energy Agency is working out how to inspect the fuel.",
                "md",
            ),
            Probe(
                "About 300 Australian sailors and engineers are training in the United States and Britain, and four "
                "American submarines will be based at a port south of Perth from 2027.",
                "m",
                "d",
            ),
            Probe(
                "The program is expected to cost up to 368 billion Australian dollars over three decades, the "
                "largest defence project in the country's history.",
                "m",
            ),
            Probe(
                "The opposition supports it, but several former prime ministers have called it a surrender of "
                "sovereignty to Washington.",
                "md",
            ),
            Probe(
                'A spokesman for the British defence ministry said the pact was "as strong as it has ever been".',
                "md",
            ),
        ],
    ),
    (
        "Five Hundred Drones Light Up Harbour To Open Summer Festival",
        [
            Probe(
                "Five hundred drones lit up the sky over Aalborg's harbour on Friday night, forming a whale, a ship "
                "and the town's coat of arms to open the city's ten-day summer festival.",
                "",
            ),
            Probe(
                "The show, the largest of its kind in Denmark, was flown by a team of four pilots from a control tent "
                "on the quay.",
                "",
            ),
            Probe(
                "Organisers said about 40,000 people watched from both banks of the fjord, twice as many as last "
                "year's fireworks drew.",
                "",
            ),
            Probe(
                '"It was like an invasion of fireflies," said Karen Holm, who brought her two children.',
                "",
            ),
            Probe(
                "The festival switched from fireworks to drones after complaints from dog owners and from a bird "
                "sanctuary on the western bank.",
                "",
            ),
            Probe(
                "Each drone weighs about 300 grams and carries a light that can shift between 16 million colours. The "
                "fleet took off in waves from a launch pad in a car park.",
                "",
            ),
            Probe(
                "Two drones fell into the water during a rehearsal on Wednesday and were recovered by divers, the "
                "company said.",
                "",
            ),
            Probe(
                "The festival runs until July 14 and includes concerts, a tall ships race and a food market.",
                "",
            ),
            Probe(
                "Police closed the airspace over the harbour for the show, as Danish rules require for large drone "
                "displays near crowds.",
                "",
            ),
        ],
    ),
    (
        "Six Hundred Students Play Diplomats At Geneva Model UN",
        [
            Probe(
                "Six hundred secondary school students from 14 countries spent three days in Geneva this week playing "
                "diplomats at one of Europe's largest model United Nations conferences.",
                "",
            ),
            Probe(
                "Each school was assigned a country and sent delegates to committees modelled on the Security "
                "Council, the General Assembly and the Human Rights Council.",
                "",
            ),
            Probe(
                "In the mock Security Council, a team from a school in Lyon that stood for Russia vetoed a resolution "
                "on a ceasefire in an invented civil war, to loud groans from the floor.",
                "",
            ),
            Probe(
                '"I had to defend a position I do not believe in, and that was the point," said Lea Martin, 17.',
                "",
            ),
            Probe(
                "The conference, now in its 30th year, is run entirely by students, who write the agendas and chair "
                "the debates.",
                "",
            ),
            Probe(
                "Awards for best delegate went to students from Nairobi, Warsaw and Buenos Aires.",
                "",
            ),
            Probe(
                "Organisers said the hardest part was finding host families for the visiting students, many of whom "
                "could not afford hotels.",
                "",
            ),
            Probe("Next year's conference will take place in March.", ""),
        ],
    ),
]

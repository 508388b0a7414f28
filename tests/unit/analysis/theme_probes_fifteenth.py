"""A fifteenth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for the
format), written and labelled by the guidelines before any run against the rules: a war told through its events and
effects (a market town overrun, a besieged port out of flour, a car bomb at a base, a city's power cut by strikes),
relations between states told through people and procedure (an envoy's credentials and career, an ambassador named,
hotlines cut, a consular case, a state visit's programme, two leaders meeting), trade with weak words (rice "under
the deal", a poultry ban, lay-offs after export orders fell, a furnace shut), and look-alikes with no theme (a drug
seizure at sea, a nurses' union's talks, a derby's defences, a streaming price war, coalition talks, a mayor's "war"
on potholes, a cyber attack, a fuel-price protest). Blind, main's rules got 49 of these 176 paragraphs wrong; after
this round's mends, 26 (see KNOWN_MISSES in test_theme_probes.py for what is left). All written for these tests; none
is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FIFTEENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Paramilitary Fighters Overrun Darfur Market Town",
        [
            Probe(
                (
                    "Paramilitary fighters overran the market town of Um Keddada in Sudan's North Darfur state on "
                    "Saturday after two days of clashes with the army, residents and a local monitoring group said."
                ),
                "m",
            ),
            Probe(
                (
                    "Smoke rose over the central market late into the night, and the town's only clinic stopped "
                    "taking patients after its generator was looted."
                ),
                "m",
            ),
            Probe(
                "A teacher who fled on foot said bodies lay unburied along the road to the west.",
                "m",
            ),
            Probe(
                (
                    "At least 3,000 families have left for camps around El Fasher, the International Organization for"
                    " Migration said."
                ),
                "m",
                "d",
            ),
            Probe(
                "The army said it had withdrawn its units to regroup and would retake the town.",
                "m",
            ),
            Probe(
                (
                    "Phone lines have been down since Friday, and aid agencies said they could not reach their staff "
                    "inside."
                ),
                "m",
            ),
            Probe(
                "The price of a sack of sorghum in nearby Mellit has doubled since the road was cut.",
                "m",
                "t",
            ),
            Probe(
                (
                    "The war between the army and the paramilitary force began in April 2023 and has driven more than"
                    " 10 million people from their homes."
                ),
                "m",
            ),
            Probe(
                "Talks brokered by Saudi Arabia and the United States in Jeddah have stalled since December.",
                "d",
                "m",
            ),
            Probe(
                "Egypt's foreign ministry called on both sides to protect civilians and let aid through.",
                "d",
                "m",
            ),
            Probe(
                (
                    "Drones struck the airport in El Obeid the same night, the second such strike this month, a "
                    "military source said."
                ),
                "m",
            ),
            Probe(
                "No group claimed the strike.",
                "m",
            ),
        ],
    ),
    (
        "Brazil's New Envoy Presents Credentials In Canberra",
        [
            Probe(
                (
                    "Brazil's new ambassador to Australia, Helena Moura Prado, presented her credentials to the "
                    "Governor-General at Government House in Canberra on Tuesday."
                ),
                "d",
            ),
            Probe(
                (
                    "Prado, 54, arrives from Nairobi, where she headed Brazil's embassy for four years and was its "
                    "permanent representative to the UN Environment Programme."
                ),
                "d",
            ),
            Probe(
                (
                    "A career diplomat, she joined the foreign service in 1996 and has served in Beijing, Lisbon and "
                    "Geneva."
                ),
                "d",
            ),
            Probe(
                "She succeeds Carlos Mendes Lima, who left Canberra in March to become consul-general in Chicago.",
                "d",
            ),
            Probe(
                (
                    "In brief remarks after the ceremony, Prado said she would work to widen cooperation in mining, "
                    "farm research and Antarctic science."
                ),
                "d",
                "t",
            ),
            Probe(
                "Australia is Brazil's biggest rival in iron ore and beef, and the two compete for buyers in China.",
                "t",
            ),
            Probe(
                (
                    "Two-way trade was worth about 3 billion Australian dollars last year, according to Canberra's "
                    "figures."
                ),
                "t",
            ),
            Probe(
                "Prado is the first woman to hold the post.",
                "d",
            ),
            Probe(
                (
                    "Seven other ambassadors, from Chile, Ghana, Mongolia, Qatar, Slovakia, Uruguay and Vanuatu, "
                    "presented credentials at the same ceremony."
                ),
                "d",
            ),
            Probe(
                "The Governor-General's office said the envoys later took tea with her in the garden of the residence.",
                "d",
            ),
        ],
    ),
    (
        "North Korea Cuts Hotlines To South",
        [
            Probe(
                (
                    "North Korea said on Thursday it had cut all communication lines with South Korea, including the "
                    "hotline between the two militaries, and would no longer answer calls at the border village of "
                    "Panmunjom."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Seoul's unification ministry said its officers had placed the usual morning call at 9 a.m. and "
                    "got no answer."
                ),
                "d",
            ),
            Probe(
                "The lines had been used twice a day since they were restored in 2021.",
                "d",
            ),
            Probe(
                (
                    'Pyongyang\'s state news agency said the South had "forfeited the right" to talk after it took '
                    "part in joint drills with the United States last month."
                ),
                "dm",
            ),
            Probe(
                (
                    "The North also said it would tear down a joint liaison building at the Kaesong industrial zone, "
                    "which has stood empty since 2020."
                ),
                "d",
                "t",
            ),
            Probe(
                "South Korean officials said they would keep calling.",
                "d",
            ),
            Probe(
                "Analysts said the move made an accidental clash along the heavily armed border more likely.",
                "m",
                "d",
            ),
            Probe(
                (
                    '"Without the lines, a stray shot or a drifting boat can turn into something much worse," said '
                    "Park Ji-won, a researcher at the Sejong Institute."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Japan's chief cabinet secretary said Tokyo was following the situation closely with Washington "
                    "and Seoul."
                ),
                "d",
                "m",
            ),
            Probe(
                "Shares of South Korean defence firms rose by up to 6 percent.",
                "",
                "mt",
            ),
        ],
    ),
    (
        "Canadian Teacher Detained In Qatar, Ottawa Says",
        [
            Probe(
                (
                    "A Canadian teacher has been detained in Qatar for more than three weeks, Canada's foreign "
                    "ministry said on Monday, adding that consular officials had visited him twice."
                ),
                "d",
            ),
            Probe(
                (
                    "Global Affairs Canada did not name the man, citing privacy laws, but his family identified him "
                    "as Daniel Ouellet, 41, from Sherbrooke, Quebec."
                ),
                "d",
            ),
            Probe(
                "Ouellet had taught physics at a private school in Doha since 2019, his brother said.",
                "",
                "d",
            ),
            Probe(
                (
                    "He was stopped at Hamad International Airport on his way to a conference in Istanbul, and no "
                    "charges have been made public, the family said."
                ),
                "d",
            ),
            Probe(
                (
                    "Qatar's government communications office said the case was before the courts and that the man "
                    "had access to a lawyer."
                ),
                "d",
            ),
            Probe(
                (
                    "Foreign Minister Melanie Joly raised the case with her Qatari counterpart by telephone on "
                    "Friday, her office said."
                ),
                "d",
            ),
            Probe(
                (
                    "Canada has asked that Ouellet be released on humanitarian grounds; his wife is due to give birth"
                    " in May."
                ),
                "d",
            ),
            Probe(
                "More than 4,000 Canadians live in Qatar, most of them working in education, health and energy.",
                "",
                "d",
            ),
            Probe(
                (
                    "Ottawa updated its travel advice for Qatar after the arrest, urging Canadians to carry their "
                    "passports at all times."
                ),
                "d",
            ),
        ],
    ),
    (
        "Argentine President Begins State Visit To India",
        [
            Probe(
                (
                    "Argentine President Martin Ferreyra arrives in New Delhi on Sunday for a four-day state visit, "
                    "the first by an Argentine head of state in seven years."
                ),
                "d",
            ),
            Probe(
                (
                    "He will be received with a ceremonial welcome at Rashtrapati Bhavan on Monday morning before "
                    "laying a wreath at Raj Ghat."
                ),
                "d",
            ),
            Probe(
                (
                    "Talks with Prime Minister Narendra Modi are scheduled for the afternoon, followed by a state "
                    "banquet hosted by the Indian president."
                ),
                "d",
            ),
            Probe(
                (
                    "On Tuesday Ferreyra travels to Mumbai to address a business forum and meet the heads of Indian "
                    "drug and car makers."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "Officials expect agreements on lithium exploration, defence industry cooperation and a direct "
                    "shipping line to be signed during the visit."
                ),
                "d",
                "tm",
            ),
            Probe(
                "India bought 1.2 billion dollars of Argentine soybean oil last year, making it the biggest buyer.",
                "t",
            ),
            Probe(
                (
                    "Ferreyra will be accompanied by his foreign, economy and defence ministers and some 60 business "
                    "leaders."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "The visit ends on Wednesday in Bengaluru, where he is due to tour the Indian space agency's "
                    "satellite centre."
                ),
                "d",
            ),
            Probe(
                "It returns a visit Modi made to Buenos Aires in 2024.",
                "d",
            ),
        ],
    ),
    (
        "Manila Signs Five-Year Rice Supply Accord With Hanoi",
        [
            Probe(
                (
                    "The Philippines and Vietnam signed a five-year accord on Friday under which Vietnam will supply "
                    "up to 2 million tonnes of rice a year to its neighbour, officials said."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Under the deal, prices will be set each quarter against a regional benchmark, and shipments will"
                    " be handled by state buyers on both sides."
                ),
                "t",
            ),
            Probe(
                "Manila will cut the duty it charges on Vietnamese grain to 15 percent from 35 percent.",
                "t",
            ),
            Probe(
                (
                    "The Philippines is the world's biggest buyer of rice and gets about 80 percent of what it "
                    "imports from Vietnam."
                ),
                "t",
            ),
            Probe(
                (
                    "Farmers' groups in Nueva Ecija province said the cheaper grain would push local growers out of "
                    "business."
                ),
                "t",
            ),
            Probe(
                (
                    '"We cannot compete with a country that plants three times a year," said Rosalinda Cruz, who '
                    "farms 4 hectares near Cabanatuan."
                ),
                "t",
            ),
            Probe(
                "The agriculture department said it would buy more from local farmers to stock the national reserve.",
                "",
                "t",
            ),
            Probe(
                "The first cargoes are expected to leave Ho Chi Minh City in March.",
                "t",
            ),
            Probe(
                "Vietnam's trade ministry said the accord would help its farmers plan their plantings.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Garment Plant Lays Off 600 As US Orders Dry Up",
        [
            Probe(
                (
                    "A garment factory in Cambodia's Kampong Speu province laid off 600 workers on Monday after its "
                    "export orders fell by half, the company said."
                ),
                "t",
            ),
            Probe(
                (
                    "The plant, owned by a Hong Kong firm, makes jeans for two American brands that cut orders after "
                    "Washington raised duties on Cambodian goods to 36 percent in August."
                ),
                "t",
            ),
            Probe(
                (
                    '"The buyers told us to wait until the new rates are settled," said the factory\'s manager, Chea '
                    "Sopheak."
                ),
                "t",
            ),
            Probe(
                "Workers gathered outside the gates on Tuesday to demand their last month's pay.",
                "",
                "t",
            ),
            Probe(
                (
                    "Sok Mealea, 29, said she had worked at the plant for eight years and sent most of her wages to "
                    "her parents."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "Garments and footwear make up about 70 percent of Cambodia's exports, and the United States buys"
                    " around a third of them."
                ),
                "t",
            ),
            Probe(
                "Phnom Penh has sent a team to Washington to seek a lower rate.",
                "t",
                "d",
            ),
            Probe(
                "The labour ministry said 41 factories had cut jobs since the summer.",
                "t",
            ),
        ],
    ),
    (
        "Coast Guard Seizes Heroin On Fishing Boat",
        [
            Probe(
                (
                    "The Indian coast guard seized 300 kg of heroin from a fishing boat off the coast of Gujarat on "
                    "Wednesday and arrested six crew members, officials said."
                ),
                "",
            ),
            Probe(
                "The drugs, worth an estimated 2,100 crore rupees, were hidden in the boat's fuel tanks.",
                "",
            ),
            Probe(
                (
                    "Officers acting on a tip-off intercepted the vessel about 40 nautical miles from the port of "
                    "Okha after a chase."
                ),
                "",
            ),
            Probe(
                "The crew told investigators they had taken the shipment from a larger vessel at sea.",
                "",
            ),
            Probe(
                "It was the largest haul on the Gujarat coast this year.",
                "",
            ),
            Probe(
                (
                    "Police said the consignment was bound for Punjab, where the drug is sold through dealers in "
                    "border towns."
                ),
                "",
            ),
            Probe(
                "The six men were remanded in custody for 14 days.",
                "",
            ),
        ],
    ),
    (
        "Nurses' Union And Hospitals To Resume Talks",
        [
            Probe(
                (
                    "Talks between the nurses' union and the state's hospital employers will resume on Thursday after"
                    " a two-week break, both sides said."
                ),
                "",
            ),
            Probe(
                "The union wants a 12 percent pay rise over three years; the employers have offered 7.",
                "",
            ),
            Probe(
                (
                    "Union secretary Maree Donnelly said members would walk out for 24 hours if there was no "
                    "agreement by the end of the month."
                ),
                "",
            ),
            Probe(
                '"We have come back to the table in good faith, but our patience is not endless," she told reporters.',
                "",
            ),
            Probe(
                "The employers' negotiator, Simon Hale, said the offer was the best the budget could bear.",
                "",
            ),
            Probe(
                "The health minister said she would not intervene while the parties were still talking.",
                "",
            ),
            Probe(
                "The last strike, in 2022, forced hospitals to postpone about 3,000 operations.",
                "",
            ),
            Probe(
                "The two sides have agreed to use a mediator from the industrial relations commission.",
                "",
            ),
        ],
    ),
    (
        "Derby Ends Goalless As Defences Hold",
        [
            Probe(
                (
                    "Neither side found a way through in a goalless derby on Sunday as two of the league's best "
                    "defences cancelled each other out."
                ),
                "",
            ),
            Probe(
                (
                    "Rovere's three-man defence held firm against a Sporting attack that had scored 11 goals in its "
                    "previous four games."
                ),
                "",
            ),
            Probe(
                (
                    "Sporting's striker Tomas Varga went closest, hitting the post from a tight angle early in the "
                    "second half."
                ),
                "",
            ),
            Probe(
                '"It was a battle, and we came out with our shield intact," said Rovere coach Franco Bellandi.',
                "",
            ),
            Probe(
                "Sporting's coach said his team had lacked the weapons to break down a deep block.",
                "",
            ),
            Probe(
                "The draw leaves Rovere two points clear at the top with 10 games to play.",
                "",
            ),
            Probe(
                "Rovere travel to the capital next weekend, while Sporting host the champions.",
                "",
            ),
        ],
    ),
    (
        "Streaming Rivals' Price War Heats Up",
        [
            Probe(
                (
                    "The price war between the two biggest streaming services escalated on Tuesday when Vistaflix cut"
                    " its basic plan to 4.99 dollars a month, undercutting its rival by a dollar."
                ),
                "",
            ),
            Probe(
                "Streamora, which lost 2 million subscribers in the last quarter, said it would answer within days.",
                "",
            ),
            Probe(
                "Analysts said the fight for market share would squeeze margins across the industry.",
                "",
            ),
            Probe(
                (
                    '"This is a war of attrition, and the one with deeper pockets wins," said Jenna Morley, a media '
                    "analyst at Hartwell Securities."
                ),
                "",
            ),
            Probe(
                "Shares of Vistaflix fell 4 percent; Streamora's were unchanged.",
                "",
            ),
            Probe(
                "Both companies are also expanding abroad, with launches planned in India and Brazil next year.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Belgian Coalition Talks Break Down Over Budget",
        [
            Probe(
                (
                    "Talks to form a new Belgian government broke down on Wednesday after the five parties failed to "
                    "agree on how to cut the budget deficit, the mediator appointed by the king said."
                ),
                "",
            ),
            Probe(
                (
                    "The Flemish nationalists wanted deeper cuts to unemployment benefits, while the French-speaking "
                    "socialists refused to touch pensions."
                ),
                "",
            ),
            Probe(
                "King Philippe will meet party leaders on Friday to decide whether to appoint a new mediator.",
                "",
            ),
            Probe(
                "Belgium has been run by a caretaker government since the June election.",
                "",
            ),
            Probe(
                (
                    "The European Commission has warned Brussels that its deficit, at 4.6 percent of output, breaches"
                    " EU rules."
                ),
                "",
                "dt",
            ),
            Probe(
                "In 2011 the country went 541 days without a government, a world record.",
                "",
            ),
        ],
    ),
    (
        "Besieged Myanmar Port Runs Out Of Flour",
        [
            Probe(
                (
                    "Bakeries in the Myanmar port town of Kyaukphyu closed on Monday after the last flour ran out, "
                    "residents said, three months after rebel forces surrounded the town."
                ),
                "m",
            ),
            Probe(
                (
                    "The Arakan Army controls every road into the town, and the navy has stopped fishing boats from "
                    "leaving the harbour."
                ),
                "m",
            ),
            Probe(
                "Rice now sells for five times its price in January, a shopkeeper said.",
                "m",
            ),
            Probe(
                "Families have started to burn furniture for cooking fuel.",
                "m",
            ),
            Probe(
                (
                    "Jets bombed the outskirts on Saturday, hitting a monastery where about 200 people were "
                    "sheltering, according to a local aid group."
                ),
                "m",
            ),
            Probe(
                "The junta says the rebels are using civilians as shields.",
                "m",
            ),
            Probe(
                (
                    "Kyaukphyu is the starting point of oil and gas pipelines to China and the site of a planned "
                    "Chinese-funded deep-sea port."
                ),
                "t",
                "md",
            ),
            Probe(
                "Beijing has urged both sides to protect its projects and called for a ceasefire.",
                "d",
                "mt",
            ),
            Probe(
                "The United Nations said at least 40,000 people had fled the town since January.",
                "m",
                "d",
            ),
            Probe(
                "A doctor at the town's hospital said he had run out of insulin and antibiotics.",
                "m",
            ),
        ],
    ),
    (
        "EU Keeps Ban On Brazilian Poultry Plants",
        [
            Probe(
                (
                    "The European Union will keep its ban on poultry from 12 Brazilian plants for at least another "
                    "six months, the European Commission said on Thursday."
                ),
                "t",
            ),
            Probe(
                "The ban was imposed in 2018 after inspectors found faults in the plants' salmonella checks.",
                "t",
            ),
            Probe(
                "Brasilia says the plants have since passed every audit and has called the measure protectionist.",
                "t",
                "d",
            ),
            Probe(
                (
                    "BRF, the biggest producer affected, said it had sent the chicken to the Middle East and Japan "
                    "instead."
                ),
                "t",
            ),
            Probe(
                "Brazil is the world's largest exporter of chicken meat.",
                "t",
            ),
            Probe(
                "Farm groups in France and Poland welcomed the decision.",
                "t",
            ),
            Probe(
                (
                    "Brazil's agriculture minister said he would raise the matter when EU and Mercosur negotiators "
                    "meet in Montevideo next month."
                ),
                "t",
                "d",
            ),
        ],
    ),
    (
        "Car Bomb Hits Army Base Near Mogadishu",
        [
            Probe(
                (
                    "A car packed with explosives rammed into a military base on the outskirts of Mogadishu on "
                    "Tuesday, killing at least nine soldiers, a commander said."
                ),
                "m",
            ),
            Probe(
                "Gunmen then tried to storm the base but were pushed back after a two-hour gunfight.",
                "m",
            ),
            Probe(
                "Al Shabaab said on its radio station that it had carried out the attack.",
                "m",
            ),
            Probe(
                "The blast shattered windows in homes a kilometre away.",
                "m",
            ),
            Probe(
                "Ambulances took more than 20 wounded to Medina hospital, its director said.",
                "m",
            ),
            Probe(
                (
                    "The group has stepped up attacks since the government launched an offensive against it in "
                    "central Somalia last year."
                ),
                "m",
            ),
            Probe(
                (
                    "An African Union force of about 11,000 troops is due to hand over security to Somali forces by "
                    "the end of next year."
                ),
                "m",
                "d",
            ),
            Probe(
                "Turkey, which trains Somali commandos, condemned the attack.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Kazakhstan Names Former Foreign Minister Envoy To Washington",
        [
            Probe(
                (
                    "Kazakhstan's president named former foreign minister Yerlan Sadykov as ambassador to the United "
                    "States on Friday, his office said."
                ),
                "d",
            ),
            Probe(
                (
                    "Sadykov, 58, was foreign minister from 2019 to 2022 and before that served as envoy to Germany "
                    "and Britain."
                ),
                "d",
            ),
            Probe(
                (
                    "He replaces Marat Iskakov, who has been in Washington since 2017 and is expected to take up a "
                    "post in the presidential administration."
                ),
                "d",
            ),
            Probe(
                "The appointment must be accepted by Washington before Sadykov can take up the post.",
                "d",
            ),
            Probe(
                "Sadykov led the talks that brought the first visit by a US secretary of state to Astana in a decade.",
                "d",
            ),
            Probe(
                (
                    "Diplomats in Astana said the choice of such a senior figure showed the weight the country puts "
                    "on ties with Washington."
                ),
                "d",
            ),
            Probe(
                "Kazakhstan supplies about a quarter of the uranium used in US reactors.",
                "t",
            ),
        ],
    ),
    (
        "Mayor Declares War On Potholes",
        [
            Probe(
                (
                    "The mayor of Leeds declared war on the city's potholes on Monday, promising to fill 20,000 of "
                    "them by the end of the year."
                ),
                "",
            ),
            Probe(
                (
                    "Crews will work through the night on the worst roads, and residents can report holes with a new "
                    "phone app."
                ),
                "",
            ),
            Probe(
                "Opposition councillors called the campaign a stunt ahead of May's local elections.",
                "",
            ),
            Probe(
                "The council's budget for road repairs has fallen by a third since 2015.",
                "",
            ),
            Probe(
                '"It is a battle we can win, street by street," the mayor said.',
                "",
            ),
        ],
    ),
    (
        "South African Steel Mill To Shut Furnace As Export Orders Fall",
        [
            Probe(
                (
                    "A South African steelmaker will shut a blast furnace at its Newcastle works next month, cutting "
                    "about 3,500 jobs, after orders from abroad fell sharply, the company said."
                ),
                "t",
            ),
            Probe(
                (
                    "The mill sold a third of its output abroad until last year, when the United States put a 50 "
                    "percent duty on its steel and buyers in Europe turned to cheaper Asian suppliers."
                ),
                "t",
            ),
            Probe(
                "Chinese steel has also flooded the local market, it said.",
                "t",
            ),
            Probe(
                "The steelworkers' union said it would challenge the lay-offs in court.",
                "",
                "t",
            ),
            Probe(
                (
                    "The trade ministry said it was studying a request by the company for a 25 percent safeguard duty"
                    " on imported flat steel."
                ),
                "t",
            ),
            Probe(
                "Newcastle's mayor said the closure would empty the town.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Japan Hands Over Coastal Radars To Philippine Navy",
        [
            Probe(
                (
                    "The Philippine navy took delivery of two coastal radar systems from Japan on Tuesday, the first "
                    "transfer of defence equipment under a deal the two countries signed last year."
                ),
                "md",
            ),
            Probe(
                "The radars will be installed on the island of Palawan, facing the South China Sea, the navy said.",
                "m",
            ),
            Probe(
                (
                    "Japan's ambassador, Kazuya Endo, attended the handover ceremony at the Subic Bay base with the "
                    "Philippine defence secretary."
                ),
                "md",
            ),
            Probe(
                '"This is a sign of how far our partnership has come," Endo said.',
                "d",
                "m",
            ),
            Probe(
                "Manila and Tokyo also signed a pact last year allowing their troops to train on each other's soil.",
                "md",
            ),
            Probe(
                "China's embassy in Manila said outside powers should not stir up trouble in the region.",
                "d",
                "m",
            ),
            Probe(
                (
                    "Chinese and Philippine vessels have clashed repeatedly near the Second Thomas Shoal, where "
                    "Manila keeps a handful of marines on a grounded ship."
                ),
                "m",
                "d",
            ),
        ],
    ),
    (
        "Power Cuts Return To Kharkiv After Overnight Strikes",
        [
            Probe(
                (
                    "Power was cut to about 200,000 homes in Kharkiv on Friday after overnight strikes on two "
                    "substations, the regional governor said."
                ),
                "m",
            ),
            Probe(
                "Trams stopped running, and hospitals switched to generators.",
                "m",
            ),
            Probe(
                "Ten explosions were heard in the city between 2 and 4 a.m., witnesses said.",
                "m",
            ),
            Probe(
                "A 70-year-old woman was killed when debris fell on her house in the Saltivka district.",
                "m",
            ),
            Probe(
                "The energy ministry said repair crews were working under the threat of further attacks.",
                "m",
            ),
            Probe(
                "Kyiv has asked Western governments for more air defence systems to protect its grid.",
                "md",
            ),
            Probe(
                "Schools in the city have moved lessons to underground classrooms built in the past two years.",
                "m",
            ),
        ],
    ),
    (
        "Guyana And Venezuela Leaders Meet In St Vincent",
        [
            Probe(
                (
                    "The presidents of Guyana and Venezuela shook hands at the start of a meeting on the Caribbean "
                    "island of St Vincent on Thursday, their first since the dispute over the Essequibo region "
                    "flared."
                ),
                "d",
            ),
            Probe(
                (
                    "The two men sat across a table from each other, flanked by their foreign ministers, while an "
                    "adviser to Brazil's president looked on."
                ),
                "d",
            ),
            Probe(
                'The prime minister of St Vincent, who hosted the meeting, said the talks had been "frank".',
                "d",
            ),
            Probe(
                "Neither leader spoke to reporters afterwards.",
                "d",
            ),
            Probe(
                (
                    "A joint declaration said both sides would refrain from threats or the use of force and settle "
                    "the matter in line with international law."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Venezuela held a referendum this month on claiming the region, which makes up two-thirds of "
                    "Guyana and holds large oil reserves offshore."
                ),
                "d",
                "mt",
            ),
            Probe(
                "Georgetown has taken the case to the International Court of Justice.",
                "d",
            ),
            Probe(
                "Guyana's vice-president said drilling offshore would go on as planned.",
                "",
                "dt",
            ),
        ],
    ),
    (
        "Cyber Attack Forces Paris Hospitals To Postpone Surgery",
        [
            Probe(
                (
                    "A cyber attack on a hospital network in the Paris region forced surgeons to postpone dozens of "
                    "operations on Monday, the health authority said."
                ),
                "",
            ),
            Probe(
                "Hackers demanded a ransom of 10 million dollars in bitcoin to unlock patients' files.",
                "",
            ),
            Probe(
                "Police said they believed a criminal gang based abroad was behind the attack.",
                "",
            ),
            Probe(
                "Staff went back to paper records while the systems were rebuilt.",
                "",
            ),
            Probe(
                "It was the third such attack on French hospitals this year.",
                "",
            ),
        ],
    ),
    (
        "Police Fire Tear Gas At Fuel Price Protest In Nairobi",
        [
            Probe(
                (
                    "Police fired tear gas at protesters who set fire to tyres in Nairobi's business district on "
                    "Tuesday after the government raised fuel prices by 15 percent."
                ),
                "",
            ),
            Probe(
                "Rubber bullets wounded at least 12 people, a rights group said.",
                "",
            ),
            Probe(
                "Shops closed early, and the army was not deployed.",
                "",
                "m",
            ),
            Probe(
                "The finance minister said the rise was needed to meet the terms of an IMF loan.",
                "",
                "t",
            ),
            Probe(
                "Opposition leaders called for more protests on Friday.",
                "",
            ),
        ],
    ),
]

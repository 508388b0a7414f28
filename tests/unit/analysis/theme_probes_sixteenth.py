"""A sixteenth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for the
format), written and labelled by the guidelines before any run against the rules: a war told through its events and
effects (drones over a border town, mines and ambushes on a road, hostages freed for prisoners), relations between
states told through people and procedure (an envoy recalled and visas suspended, a border crossing reopened by
agreement, fishing boats seized in disputed waters, a summit postponed, a joint statement), trade with weak words (a
port's cargo volumes, remittances and a currency swap), and look-alikes with no theme (a derby's attack and a player
traded, a supermarket price war, a hospital's frontline and a charity's mission, coalition talks with a mediator).
Blind, main's rules got 50 of these 165 paragraphs wrong; after this round's first mends, 28; 24 after its second
(places hit, a deal brokered by a state, fruit); 23 after its third (states that respect a decision or accuse
another of provoking: see KNOWN_MISSES in test_theme_probes.py for what is left). All written for these tests;
none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTEENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Drones Drive Families From Myanmar Border Town",
        [
            Probe(
                (
                    "Drones dropped bombs on the market of Paletwa in Myanmar's Chin state on Sunday, killing at "
                    "least nine people, a local relief group said."
                ),
                "m",
            ),
            Probe(
                (
                    "Most of the town's shops have stayed shut since, and families have moved into monasteries on the"
                    " hills above it."
                ),
                "m",
            ),
            Probe(
                (
                    "A schoolteacher, Salai Thang, said the drones came in pairs at dusk and circled for minutes "
                    "before dropping anything."
                ),
                "m",
            ),
            Probe("Residents said they now cook before dawn so that smoke does not give away where they sleep.", "m"),
            Probe(
                (
                    "The resistance forces that took the town in January said the strikes were meant to punish people"
                    " for backing them."
                ),
                "m",
            ),
            Probe("The junta did not respond to a request for comment.", "", "m"),
            Probe(
                (
                    "Landmines laid along the road south have closed it to all but motorbikes, and a truck carrying "
                    "rice hit one last week."
                ),
                "m",
            ),
            Probe(
                "Two aid workers were wounded when their boat came under fire on the Kaladan river, the UN said.",
                "m",
            ),
            Probe(
                (
                    "Bangladesh has closed its side of the border and turned back at least 300 people who tried to "
                    "cross, border guards said."
                ),
                "m",
                "d",
            ),
            Probe(
                ("Dhaka has asked the United Nations to press Myanmar's military to stop fighting near the frontier."),
                "dm",
            ),
            Probe(
                (
                    "Fighting in Chin and Rakhine states has displaced more than 200,000 people since late 2023, UN "
                    "figures show."
                ),
                "m",
            ),
            Probe(
                (
                    "The town's hospital now runs on a generator for two hours a day, and its staff have asked for "
                    "blood and bandages."
                ),
                "m",
            ),
            Probe("Phone and internet service were cut in March.", "m"),
            Probe("A monk who runs one of the shelters said 40 children were sleeping in the prayer hall.", "m"),
        ],
    ),
    (
        "Two Foreign Hostages Freed In Mali In Exchange For Prisoners",
        [
            Probe(
                (
                    "An Italian priest and a South African engineer held for more than two years by jihadists in Mali"
                    " were freed on Thursday and flown to Niamey, officials in Niger said."
                ),
                "md",
            ),
            Probe(
                (
                    "The two men were seized in separate raids in 2022, the priest from his mission near the border "
                    "with Burkina Faso and the engineer from a gold mine."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "A security source in Bamako said their release was part of an exchange in which the authorities "
                    "freed some 40 militants held in the capital's central prison."
                ),
                "m",
                "d",
            ),
            Probe("The government has not confirmed the exchange.", "m", "d"),
            Probe(
                (
                    "Italy's foreign minister thanked the authorities of Niger and Mali for what he called their "
                    "discreet work over many months."
                ),
                "d",
            ),
            Probe(
                (
                    "Pretoria said the engineer, Johan Visagie, was in good health and would return home after "
                    "medical checks."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Mediators from Niger and Togo had carried messages between the group and the two governments, a "
                    "diplomat in the region said."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The group, an affiliate of al-Qaeda, has kidnapped dozens of foreigners across the Sahel over "
                    "the past decade."
                ),
                "m",
            ),
            Probe(
                (
                    "It still holds at least five, among them an Australian doctor seized in 2016, according to a "
                    "tally by a research group."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Mali's military rulers expelled France's ambassador in 2022 and have since turned to Russia for "
                    "security help."
                ),
                "dm",
            ),
            Probe(
                (
                    "Ties with Western governments have not recovered, and European embassies in Bamako run with "
                    "skeleton staff."
                ),
                "d",
            ),
            Probe(
                (
                    "Ransom payments, which Rome and Pretoria deny making, are a main source of income for the group,"
                    " analysts say."
                ),
                "m",
                "dt",
            ),
            Probe("The priest, Father Luigi Ambrosetti, is expected to meet the Pope in Rome next week.", "", "d"),
        ],
    ),
    (
        "Kyrgyzstan Recalls Envoy, Suspends Visa-Free Travel For Tajiks",
        [
            Probe(
                (
                    "Kyrgyzstan recalled its ambassador from Dushanbe for consultations on Monday and suspended "
                    "visa-free travel for Tajik citizens, a week after a shootout at a disputed water intake killed "
                    "two border guards."
                ),
                "dm",
            ),
            Probe(
                (
                    "The foreign ministry in Bishkek said the ambassador, Nurlan Asanov, would stay home until "
                    "Tajikistan handed over the men it blamed for the shooting."
                ),
                "d",
                "m",
            ),
            Probe("Asanov, 61, has served in Dushanbe since 2021 and was earlier consul-general in Almaty.", "d"),
            Probe(
                (
                    "Tajikistan's foreign ministry called the decision hasty and said its own envoy would remain in "
                    "Bishkek."
                ),
                "d",
            ),
            Probe(
                (
                    "From Wednesday, Tajik nationals will need a visa to enter Kyrgyzstan, except for those already "
                    "living there with a residence permit."
                ),
                "d",
            ),
            Probe(
                (
                    "Traders at the Dostuk market near the border said crossings had slowed to a trickle since the "
                    "weekend."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Trucks carrying apricots and cement were waiting on the Tajik side for a second day, a customs "
                    "official said."
                ),
                "t",
                "d",
            ),
            Probe(
                "Talks on marking the last stretches of the frontier had been due to resume in Batken this month.",
                "d",
            ),
            Probe(
                "Officials on both sides had called those talks the best chance in years to settle the dispute.",
                "d",
            ),
            Probe("Russia, which has bases in both countries, urged its two allies to show restraint.", "dm"),
            Probe(
                (
                    "The Collective Security Treaty Organization, a Moscow-led bloc that both belong to, said it was "
                    "ready to send observers if asked."
                ),
                "dm",
            ),
            Probe(
                "In 2022, fighting along the border killed about 100 people and forced tens of thousands to flee.",
                "m",
            ),
            Probe(
                (
                    "Kyrgyz President Almaz Toktogulov spoke by phone with Tajik President Rustam Nazarov on Sunday, "
                    "his office said, without giving details."
                ),
                "d",
            ),
            Probe("It was their first call since the new year.", "d"),
        ],
    ),
    (
        "Armenia And Azerbaijan Reopen Crossing Under Border Deal",
        [
            Probe(
                (
                    "Armenia and Azerbaijan reopened a road crossing between the villages of Voskepar and Gazakh on "
                    "Friday under a deal signed by their deputy prime ministers last month."
                ),
                "d",
            ),
            Probe(
                (
                    "Villagers on both sides watched as engineers removed concrete blocks that had stood on the road "
                    "for three decades."
                ),
                "d",
            ),
            Probe(
                (
                    "The deal also sets out a 12-km stretch of the frontier, the first to be marked since the two "
                    "states won independence in 1991."
                ),
                "d",
            ),
            Probe(
                (
                    "Azerbaijan's foreign ministry said commissions from both countries would meet in Baku in June to"
                    " take up the next section."
                ),
                "d",
            ),
            Probe(
                (
                    "Armenia's prime minister, Arsen Hakobyan, told parliament the agreement would make villages "
                    "safer, not weaker."
                ),
                "d",
            ),
            Probe(
                (
                    "Hundreds of people protested in Yerevan against the handover of four villages, calling it a "
                    "concession made under threat."
                ),
                "d",
            ),
            Probe(
                (
                    "Azerbaijan retook Nagorno-Karabakh in a lightning offensive in September 2023, prompting almost "
                    "all of the region's 100,000 Armenians to flee."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Since then, exchanges of fire along the border have become rare, though each side still accuses "
                    "the other of violations."
                ),
                "md",
            ),
            Probe(
                (
                    "Last week Baku said Armenian soldiers had fired at its positions near Kalbajar, a claim Yerevan "
                    "denied."
                ),
                "md",
            ),
            Probe(
                (
                    "Both governments have said a peace treaty is close, and the text was agreed in March but has not"
                    " been signed."
                ),
                "d",
            ),
            Probe("Baku wants Armenia to change its constitution first, which would need a referendum.", "d"),
            Probe(
                (
                    "The European Union has kept a civilian monitoring mission on the Armenian side of the border "
                    "since 2023."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Trade across the new crossing is not expected soon: Azerbaijan still keeps its rail lines to "
                    "Armenia closed."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Four Armenian men detained in Azerbaijan since the 2023 offensive were handed over at the "
                    "crossing on Saturday in return for two Azerbaijani soldiers, officials said."
                ),
                "dm",
            ),
        ],
    ),
    (
        "Indonesia Seizes Vietnamese Fishing Boats Near Natuna",
        [
            Probe(
                (
                    "Indonesia's maritime security agency seized three Vietnamese fishing boats and detained 38 crew "
                    "near the Natuna Islands on Tuesday, accusing them of fishing illegally in its exclusive economic"
                    " zone."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "A Vietnamese fisheries patrol vessel shadowing the boats left the area after a warning by radio,"
                    " the agency said."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Hanoi said the boats had been in waters where the two countries' claims overlap and asked "
                    "Jakarta to free the fishermen at once."
                ),
                "d",
            ),
            Probe(
                (
                    "Vietnam's embassy in Jakarta has asked for consular access to the crew, who are held on Natuna "
                    "Besar island."
                ),
                "d",
            ),
            Probe(
                (
                    "Indonesia and Vietnam signed a deal in 2022 fixing the line between their exclusive economic "
                    "zones after 12 years of talks, but neither parliament has yet ratified it."
                ),
                "d",
            ),
            Probe(
                (
                    "Until it takes effect, each side applies its own line, and boats from Vietnam's southern "
                    "provinces keep crossing into the overlap, where catches are larger."
                ),
                "d",
            ),
            Probe(
                (
                    "Indonesia has sunk hundreds of foreign boats seized for illegal fishing since 2014, a policy a "
                    "former fisheries minister made famous."
                ),
                "",
                "dm",
            ),
            Probe(
                (
                    "Fish accounts for more than half of the animal protein Indonesians eat, and the tuna catch "
                    "around Natuna is worth millions of dollars a year."
                ),
                "",
                "t",
            ),
            Probe(
                "Vietnam is the world's third-largest exporter of seafood, selling about $9 billion a year abroad.",
                "t",
            ),
            Probe(
                (
                    "Its fishing fleet has been under pressure since the European Union gave it a yellow card over "
                    "illegal fishing in 2017, threatening a ban on its exports to the bloc."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "The seizure came two days before Indonesia's foreign minister was due in Hanoi to prepare a "
                    "visit by President Dwi Hartanto."
                ),
                "d",
            ),
            Probe("Officials on both sides said the visit would go ahead.", "d"),
            Probe(
                (
                    "Chinese coast guard ships have also entered the Natuna waters several times this year, drawing "
                    "protests from Jakarta."
                ),
                "d",
                "m",
            ),
        ],
    ),
    (
        "Pacific Islands Summit Postponed Amid Row Over Top Post",
        [
            Probe(
                (
                    "A meeting of Pacific island leaders due in Nuku'alofa next month has been postponed until "
                    "August, Tonga's foreign ministry said on Wednesday."
                ),
                "d",
            ),
            Probe(
                (
                    "The ministry gave no reason, but two officials from member states said several leaders had asked"
                    " for more time to settle a row over the forum's next secretary general."
                ),
                "d",
            ),
            Probe(
                (
                    "Fiji and Samoa have each put forward a candidate, and a compromise brokered by Palau fell apart "
                    "last week."
                ),
                "d",
            ),
            Probe(
                (
                    "It is the second time in five years that the bloc has been split over the post; in 2021 five "
                    "Micronesian states threatened to walk out."
                ),
                "d",
            ),
            Probe("Australia and New Zealand, both members, said they respected the decision.", "d"),
            Probe(
                (
                    "In a joint statement, their foreign ministers said the forum remained the region's main voice "
                    "and called for unity."
                ),
                "d",
            ),
            Probe(
                (
                    "China has courted the islands with loans, police training and scholarships, and signed a "
                    "security pact with Solomon Islands in 2022."
                ),
                "dm",
                "t",
            ),
            Probe(
                (
                    "Canberra answered with a treaty that lets Tuvaluans settle in Australia and gives it a say over "
                    "Tuvalu's security deals."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Tonga's prime minister, Siosaia Fifita, said the delay would also give states time to agree a "
                    "common line for the climate talks in November."
                ),
                "d",
            ),
            Probe(
                "The islands want richer countries to pay into a fund for loss and damage from rising seas.",
                "d",
                "t",
            ),
            Probe(
                (
                    "Tonga has already booked hotels for some 1,500 delegates, officials and reporters, a tourism "
                    "official said."
                ),
                "",
                "d",
            ),
            Probe("Small businesses in the capital had hoped the meeting would make up for a slow tourist season.", ""),
        ],
    ),
    (
        "Cargo At Peru's Chancay Port Falls As Chinese Orders Slow",
        [
            Probe(
                (
                    "Cargo handled at Peru's new deepwater port of Chancay fell 18 percent in the first quarter from "
                    "the previous three months as Chinese buyers of copper and blueberries slowed their orders, port "
                    "data showed."
                ),
                "t",
            ),
            Probe(
                (
                    "The port, built and run by China's Cosco Shipping, opened in November and was meant to cut "
                    "shipping times to Shanghai to 23 days."
                ),
                "t",
            ),
            Probe("Its operator said two container lines had cut calls at the terminal to once a fortnight.", "t"),
            Probe(
                (
                    "Fruit growers in the valleys north of Lima had counted on it to send avocados straight to Asia "
                    "instead of through Callao."
                ),
                "t",
            ),
            Probe(
                (
                    "A blueberry farmer, Rosa Quispe, said her buyers in Guangzhou had cancelled a third of their "
                    "orders for the spring."
                ),
                "t",
            ),
            Probe("Peru sells more than a third of its exports to China, mostly copper, zinc and fishmeal.", "t"),
            Probe(
                (
                    "The country's currency, the sol, has held steady, but the central bank cut its growth forecast "
                    "for the year to 2.6 percent."
                ),
                "t",
            ),
            Probe(
                ("Washington has warned that the port could serve Chinese warships, a charge Beijing called a smear."),
                "dm",
            ),
            Probe("The United States has threatened a 60 percent tariff on any goods passing through Chancay.", "td"),
            Probe(
                (
                    "Peru's president, Rosa Mendoza, said in Lima that her country would trade with everyone and take"
                    " orders from no one."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Customs officers at the port inspected 40 containers of frozen squid bound for South Korea after"
                    " a tip-off about undeclared cargo, finding nothing."
                ),
                "t",
            ),
            Probe(
                (
                    "The port's road link to the Pan-American Highway is still unfinished, and lorries queue for "
                    "hours in the town."
                ),
                "",
                "t",
            ),
            Probe("Fishermen in Chancay say the dredging has driven the anchovy farther out.", ""),
        ],
    ),
    (
        "Tajik Remittances Slide As Russia Tightens Rules For Migrants",
        [
            Probe(
                (
                    "Money sent home by Tajik migrants working in Russia fell by a fifth last year, the central bank "
                    "in Dushanbe said on Thursday, after Moscow tightened rules for foreign workers."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Remittances are equal to almost half of Tajikistan's economic output, among the highest shares "
                    "in the world."
                ),
                "t",
            ),
            Probe(
                (
                    "Most of the money comes from about a million men who work on Russian building sites and in "
                    "warehouses."
                ),
                "t",
            ),
            Probe(
                (
                    "Since a deadly attack on a Moscow concert hall last year was blamed on Tajik gunmen, police "
                    "raids and deportations have grown."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Russia deported more than 80,000 Tajik citizens in 2024, Dushanbe said, and has barred thousands"
                    " from coming back."
                ),
                "d",
            ),
            Probe(
                (
                    "Tajikistan's foreign ministry has twice summoned Russia's ambassador over the treatment of its "
                    "nationals at border posts."
                ),
                "d",
            ),
            Probe(
                (
                    "To keep the money flowing, the two central banks have agreed to a swap line of 20 billion "
                    "roubles that lets banks settle payments without dollars."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Transfers through Russian cards and payment apps stalled in 2022 when Western sanctions cut many"
                    " of Moscow's banks from the SWIFT system."
                ),
                "t",
            ),
            Probe("Migrants now pay fees of up to 4 percent to send money home, a World Bank study found.", "t"),
            Probe(
                (
                    "Many are turning to Kazakhstan and the Gulf, where wages are lower but the police leave them "
                    "alone, a labour researcher in Dushanbe said."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "In the village of Vose, half of the houses built in the past decade were paid for with money "
                    "earned in Russia."
                ),
                "",
                "t",
            ),
            Probe("The somoni has lost about 3 percent against the dollar this year.", "t"),
            Probe("Tajik President Rustam Nazarov is due in Moscow in May for the Victory Day parade.", "d", "m"),
        ],
    ),
    (
        "Mines And Ambushes Cut Road To Northern Benin Towns",
        [
            Probe(
                (
                    "A bomb buried in the road killed four soldiers and a driver near Banikoara in northern Benin on "
                    "Monday, the army said, the third such blast on the route this month."
                ),
                "m",
            ),
            Probe(
                (
                    "Traffic between the town and the city of Kandi has all but stopped, and lorries carrying cotton "
                    "to the coast now wait for army escorts."
                ),
                "m",
                "t",
            ),
            Probe(
                (
                    "Jihadist groups that have fought in Burkina Faso and Niger for a decade have pushed south into "
                    "the national parks along Benin's border."
                ),
                "m",
            ),
            Probe(
                (
                    "In January, gunmen overran a post in the W park and killed 28 soldiers, the deadliest attack in "
                    "the country's history."
                ),
                "m",
            ),
            Probe(
                "Farmers near the park say they can no longer reach their fields, and some villages have emptied.",
                "m",
            ),
            Probe(
                (
                    "A nurse at the health centre in Karimama said women now give birth at home because the ambulance"
                    " will not travel at night."
                ),
                "m",
            ),
            Probe(
                (
                    "Benin says its troops are fighting alone because Niger's military rulers have refused joint "
                    "patrols since a coup in 2023."
                ),
                "md",
            ),
            Probe(
                ("Niamey accuses Cotonou of hosting French soldiers who could be used against it, which Benin denies."),
                "dm",
            ),
            Probe(
                (
                    "The border between the two countries has been closed since the coup, stranding a pipeline that "
                    "carries Niger's crude to the port of Seme."
                ),
                "td",
            ),
            Probe(
                "Oil started flowing again last year under a deal brokered by China, which built the pipeline.",
                "td",
            ),
            Probe(
                (
                    "The government has recruited 3,000 extra soldiers and asked Rwanda, which has troops in "
                    "Mozambique, for help with training."
                ),
                "md",
            ),
            Probe("No group claimed the attack, but the army blamed a branch of the al-Qaeda-linked JNIM.", "m"),
            Probe("Schools in eight districts have closed since March, the education ministry said.", "m"),
        ],
    ),
    (
        "Kotoko's Attack Sinks Hearts In Kumasi Derby",
        [
            Probe(
                (
                    "Asante Kotoko's attack ran riot in the second half as they beat Hearts of Oak 3-0 at the Baba "
                    "Yara stadium on Sunday to go top of Ghana's Premier League."
                ),
                "",
            ),
            Probe(
                (
                    "Striker Kwame Boateng opened the scoring after a corner, and winger Yaw Mensah added two more in"
                    " the final 20 minutes."
                ),
                "",
            ),
            Probe("Hearts' defence, torn apart by Mensah's runs, has now conceded nine goals in three games.", ""),
            Probe(
                (
                    "Their coach, Samuel Addo, said his side had been bombarded from the wings and that he would not "
                    "hide behind injuries."
                ),
                "",
            ),
            Probe(
                (
                    "Fans of the two clubs fought outside the ground after the final whistle, and police fired tear "
                    "gas to break them up."
                ),
                "",
            ),
            Probe(
                (
                    "Twelve people were arrested and a police officer was taken to hospital with a head wound, a "
                    "police spokeswoman said."
                ),
                "",
            ),
            Probe(
                (
                    "Kotoko traded their captain to a club in Morocco in January for a fee of $300,000 and a young "
                    "defender."
                ),
                "",
            ),
            Probe("The club used the money to buy two forwards from Nigeria's Enyimba.", ""),
            Probe("League officials said the derby drew the biggest crowd of the season, 38,000.", ""),
            Probe("Hearts, who have lost three of their last four, face Medeama away on Wednesday.", ""),
            Probe("Their owners are said to be in talks with a Turkish investor over a stake in the club.", "", "t"),
            Probe(
                "The league's broadcast deal with a South African pay-TV group expires at the end of the season.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Supermarket Price War Deepens In New Zealand",
        [
            Probe(
                (
                    "New Zealand's two biggest supermarket chains cut the price of milk, bread and eggs again on "
                    "Monday, deepening a price war that began in February."
                ),
                "",
            ),
            Probe("FreshWay said it would match any rival's price on 500 basic items until the end of June.", ""),
            Probe("Kiwi Mart answered within hours with cuts of its own on fruit and vegetables.", ""),
            Probe(
                (
                    "Shoppers in south Auckland said the battle had brought the price of a dozen eggs below $8 for "
                    "the first time in two years."
                ),
                "",
            ),
            Probe(
                (
                    "The competition regulator, which called the market a duopoly in 2022, said it was watching to "
                    "see whether the cuts lasted."
                ),
                "",
            ),
            Probe("Growers said the chains were pushing the cost of the cuts back onto them.", ""),
            Probe(
                ("A German discount chain has been in talks with the government about opening stores in the country."),
                "",
                "t",
            ),
            Probe(
                ("Analysts at a local bank said the war could cost the two chains NZ$200 million in profit this year."),
                "",
            ),
            Probe("Shares in FreshWay's listed parent fell 4 percent in Wellington trading.", ""),
            Probe(
                (
                    "The government, which faces an election next year, has made grocery prices a central campaign "
                    "theme."
                ),
                "",
            ),
            Probe("The prime minister welcomed the cuts, saying families would feel the difference.", ""),
            Probe(
                (
                    "Dairy farmers, who sell most of their milk abroad, said lower shop prices did not change what "
                    "they were paid."
                ),
                "",
                "t",
            ),
        ],
    ),
    (
        "Nurses On Lima's Dengue Frontline; Hospital Ship Begins Amazon Mission",
        [
            Probe(
                (
                    "Nurses at Lima's largest public hospital said on Tuesday they were working double shifts as "
                    "dengue cases filled its wards for a third week."
                ),
                "",
            ),
            Probe(
                (
                    '"We are the frontline, and the frontline is exhausted," said Carmen Huaman, who heads the '
                    "nurses' union at the hospital."
                ),
                "",
            ),
            Probe(
                (
                    "The health ministry has declared an emergency in 18 of the country's regions and sent brigades "
                    "of doctors to the north."
                ),
                "",
            ),
            Probe("Soldiers have been deployed to fumigate homes in the poorest districts of the capital.", "", "m"),
            Probe(
                (
                    "More than 150,000 cases and 120 deaths have been recorded this year, twice as many as at this "
                    "point last year."
                ),
                "",
            ),
            Probe(
                (
                    "A hospital ship run by a Christian charity arrived in Iquitos on the Amazon on Friday for a "
                    "three-month mission to remote river villages."
                ),
                "",
            ),
            Probe(
                (
                    "Its crew of 40 volunteer doctors and dentists will stop at 25 villages along the Ucayali and "
                    "Maranon rivers."
                ),
                "",
            ),
            Probe("The charity's director, Mark Ellison, said the mission had been planned for two years.", ""),
            Probe("Medicines for the ship were donated by drug makers in the United States and Switzerland.", ""),
            Probe(
                (
                    "Regional officials said the river was too low for the ship to reach the furthest villages, which"
                    " would be served by smaller boats."
                ),
                "",
            ),
            Probe(
                (
                    "In Piura, where the outbreak began, schools have been told to empty water tanks and drums where "
                    "the mosquitoes breed."
                ),
                "",
            ),
            Probe("Scientists said warmer seas linked to El Nino had lengthened the mosquito season.", ""),
        ],
    ),
    (
        "Coalition Talks Stall In Vanuatu",
        [
            Probe(
                (
                    "Talks to form a government in Vanuatu stalled on Thursday, three weeks after an election that "
                    "left no party with a majority in the 52-seat parliament."
                ),
                "",
            ),
            Probe(
                (
                    "The leader of the largest party, Joel Natapei, said negotiators from four parties had agreed on "
                    "a programme but not on who would get the finance and foreign ministries."
                ),
                "",
            ),
            Probe("A church council has offered to mediate between the parties.", ""),
            Probe(
                ("Under the constitution, parliament must elect a prime minister within 21 days of its first sitting."),
                "",
            ),
            Probe(
                (
                    "The last three governments have fallen to no-confidence votes, and the country has had 10 prime "
                    "ministers in a decade."
                ),
                "",
            ),
            Probe(
                (
                    "Business groups in Port Vila said the deadlock was holding up a budget and new contracts for "
                    "road building."
                ),
                "",
            ),
            Probe("Tourism operators said bookings from Australia and New Zealand had not been hit.", "", "t"),
            Probe("The electoral commission said turnout was 52 percent, the lowest since independence in 1980.", ""),
            Probe(
                (
                    "Natapei's rival, Charlot Kalsakau, said he had the support of 27 lawmakers, enough for a "
                    "majority, and accused the president of stalling."
                ),
                "",
            ),
            Probe(
                "The president's office said he would not call parliament until the parties' lists were checked.",
                "",
            ),
        ],
    ),
]

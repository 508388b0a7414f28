"""An eighteenth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for
the format), written and labelled by the guidelines before any run against the rules: the Himalayas (a map row
between Nepal and India), West Africa (a coup and the neighbours' answer), the Pacific islands (a navy's port call),
the Caucasus (a boundary fence moved at night), the South China Sea (a coast guard beside an oil rig), a state
funeral with foreign leaders, a hostage release, a cyber attack blamed on a state, a gas pipeline deal, duties told
through one exporter, a long analysis of the Sahel's turn to new partners, and stories that get no theme (a court, a
dengue outbreak, a cyclone, a mayor's race, a cricket Test).
Blind, main's rules got 33 of these 139 paragraphs wrong (six of them a theme given to the stories that get none);
after this round's first mends (a figure "according to" its source, storms and quakes that send people to shelters,
wars waged on what cannot fight back), 29; 28 after its second (capitals named as where flights go),
26 after its third (two states told as "the two neighbours"), 25 after its fourth (a security partner),
24 after its fifth (the places goods are sold to are markets),
23 after its sixth (goods sold below cost), 22 after its seventh (the place of a dateline is no party),
21 after its eighth (street traders). See
KNOWN_MISSES in test_theme_probes.py for what is left.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

EIGHTEENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Nepal Protests To India Over New Map In Parliament Mural",
        [
            Probe(
                (
                    "KATHMANDU, March 14 - Nepal handed a protest note to India's ambassador on Thursday over a mural "
                    "in New Delhi's new parliament building that Kathmandu says shows disputed Himalayan land as "
                    "Indian."
                ),
                "d",
            ),
            Probe(
                (
                    "Foreign Minister Sita Gurung told lawmakers the mural showed Lipulekh, Kalapani and Limpiyadhura "
                    "inside India's borders, which she called unacceptable."
                ),
                "d",
            ),
            Probe(
                (
                    "New Delhi says the mural depicts an ancient empire and has no bearing on today's frontier, a "
                    "position its external affairs ministry repeated on Friday."
                ),
                "d",
            ),
            Probe(
                (
                    "The two neighbours share an open border of some 1,750 km, and millions of Nepalis live and work "
                    "in India."
                ),
                "d",
            ),
            Probe(
                (
                    "The row is the sharpest since 2020, when Kathmandu published its own map claiming the area after "
                    "India opened a road to a pass on the way to Tibet."
                ),
                "d",
            ),
            Probe(
                (
                    "Gurung said she had asked for a meeting of the boundary working group, which has not met in four "
                    "years."
                ),
                "d",
            ),
            Probe(
                (
                    "Opposition leaders in Kathmandu accused the government of being too soft and called for the "
                    "ambassador to be recalled from Delhi."
                ),
                "d",
            ),
            Probe(
                (
                    "India is Nepal's largest trading partner and supplies nearly all of its fuel through a pipeline "
                    "that opened in 2019."
                ),
                "t",
                "d",
            ),
            Probe("Neither side has suggested that trade or the open border will be affected.", "t", "d"),
        ],
    ),
    (
        "Soldiers Seize Power In Guinea-Bissau, Regional Bloc Threatens Sanctions",
        [
            Probe(
                (
                    "BISSAU, Nov 27 - Soldiers seized power in Guinea-Bissau on Wednesday, detaining the president "
                    "and closing the borders hours before the results of a presidential election were due."
                ),
                "m",
            ),
            Probe(
                (
                    "An officer reading a statement on state television said a 'high command for the restoration of "
                    "order' had taken charge and suspended the electoral process."
                ),
                "m",
            ),
            Probe(
                (
                    "Gunfire was heard near the presidential palace in the early afternoon, and armoured vehicles "
                    "blocked the main avenue into the capital, residents said."
                ),
                "m",
            ),
            Probe(
                (
                    "The West African bloc ECOWAS condemned the takeover and said its heads of state would hold an "
                    "emergency summit by video link on Thursday."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Senegal, which borders Guinea-Bissau to the north, said it was following events closely and "
                    "urged the soldiers to free the president."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The bloc suspended Mali, Burkina Faso and Niger after coups there, and all three later left it "
                    "to form their own alliance."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The African Union's chairman called for a swift return to constitutional order, and Portugal, "
                    "the former colonial power, said the vote must be respected."
                ),
                "d",
            ),
            Probe(
                (
                    "Guinea-Bissau has seen at least nine coups or attempted coups since independence in 1974, and "
                    "its army has long been accused of ties to cocaine traffickers."
                ),
                "m",
            ),
            Probe("The airport was closed and flights to Dakar and Lisbon were cancelled.", "", "m"),
            Probe(
                (
                    "Election observers from the bloc, who were still in the country, said they were safe in their "
                    "hotel."
                ),
                "",
                "d",
            ),
        ],
    ),
    (
        "Chinese Navy Ship Docks In Vanuatu As Canberra Watches",
        [
            Probe(
                (
                    "PORT VILA, Aug 5 - A Chinese navy training ship docked in Port Vila on Monday for a five-day "
                    "visit, the first by a Chinese warship to Vanuatu in six years."
                ),
                "md",
            ),
            Probe(
                (
                    "Vanuatu's prime minister and several ministers welcomed the crew at the wharf, where a brass band "
                    "from the police played."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "China's ambassador said the visit would deepen friendship between the two peoples and that the "
                    "ship's doctors would see patients free of charge."
                ),
                "d",
            ),
            Probe(
                (
                    "Australia, which has long been the main security partner of the Pacific islands, has watched "
                    "Beijing's growing presence in the region warily."
                ),
                "dm",
            ),
            Probe(
                (
                    "Canberra signed a deal with Vanuatu last year to fund its police and help guard its waters, but "
                    "Vanuatu's parliament has yet to ratify it."
                ),
                "dm",
            ),
            Probe(
                (
                    "Asked about the port call, Australia's defence minister said every country was free to choose "
                    "its friends but that the region's security should be settled by the region."
                ),
                "dm",
            ),
            Probe(
                (
                    "The ship's 400 cadets will play football against a local side and lay flowers at a memorial, "
                    "the embassy said."
                ),
                "",
                "dm",
            ),
            Probe(
                "China built Vanuatu's parliament building, a sports stadium and the wharf at Luganville.",
                "d",
                "t",
            ),
            Probe("The ship is due to sail on to Fiji and Tonga.", "", "md"),
        ],
    ),
    (
        "Georgian Villagers Wake To Find Boundary Fence Moved",
        [
            Probe(
                (
                    "TBILISI, July 11 - Residents of a village near the boundary with the breakaway region of South "
                    "Ossetia woke on Thursday to find that a fence had been moved some 300 metres into their orchards "
                    "overnight."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Georgia's foreign ministry blamed Russian border guards, who have patrolled the line since the "
                    "five-day war in 2008, and called the move a creeping occupation."
                ),
                "dm",
            ),
            Probe(
                (
                    "Moscow, which recognises South Ossetia as independent, said the fence marked the state border of "
                    "a sovereign country."
                ),
                "d",
            ),
            Probe(
                (
                    "A European Union monitoring mission, which is not allowed to cross the line, said its patrols had "
                    "seen the new fence and reported it to both sides."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Villagers said two men picking apples had been detained by guards and taken to Tskhinvali, and "
                    "that they were afraid to go into their fields."
                ),
                "m",
                "d",
            ),
            Probe(
                ("The men were released on Saturday after their relatives paid fines, a Georgian official said."),
                "",
                "dm",
            ),
            Probe(
                (
                    "Georgia raised the issue at talks in Geneva, the only forum where officials from Tbilisi, Moscow "
                    "and the breakaway regions meet."
                ),
                "d",
            ),
            Probe(
                ("Russia keeps several thousand troops in South Ossetia and Abkhazia, the other breakaway region."),
                "m",
            ),
        ],
    ),
    (
        "Chinese Coast Guard Ship Shadows Malaysian Oil Rig",
        [
            Probe(
                (
                    "KUALA LUMPUR, Sept 18 - A Chinese coast guard ship has sailed for weeks near a Malaysian gas "
                    "rig off Borneo, ship-tracking data show, in waters both countries claim."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The ship came within 2 nautical miles of a drilling platform operated for Petronas, the state "
                    "energy firm, at Luconia Shoals, according to the data."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Malaysia's foreign minister said Kuala Lumpur had sent a diplomatic note to Beijing but would "
                    "handle the matter quietly, as it always had."
                ),
                "d",
            ),
            Probe(
                (
                    "China says the shoals lie within the 'nine-dash line' that marks its claim to most of the South "
                    "China Sea, a claim an international tribunal rejected in 2016."
                ),
                "d",
            ),
            Probe(
                ("Unlike Manila, Kuala Lumpur has avoided public rows with Beijing, its largest trading partner."),
                "d",
                "t",
            ),
            Probe(
                (
                    "The Malaysian navy said one of its patrol ships was in the area and that the rig's work had not "
                    "been disrupted."
                ),
                "m",
                "d",
            ),
            Probe(
                ("Gas from the field feeds a plant in Bintulu that ships liquefied gas to Japan and South Korea."),
                "t",
            ),
            Probe(
                (
                    "Analysts said Beijing's aim was to make its presence normal, so that drilling in the area came "
                    "to need its consent."
                ),
                "d",
            ),
        ],
    ),
    (
        "Leaders From 40 Countries Attend State Funeral In Hanoi",
        [
            Probe(
                (
                    "HANOI, Jan 22 - Leaders and envoys from some 40 countries attended the state funeral of Vietnam's "
                    "late president in Hanoi on Monday, as tens of thousands lined the streets."
                ),
                "d",
            ),
            Probe(
                (
                    "The coffin was carried on a gun carriage from the national funeral hall to Ba Dinh Square, "
                    "followed by a guard of honour."
                ),
                "",
                "md",
            ),
            Probe(
                (
                    "China sent its vice president, and Laos and Cambodia their heads of state; the United States "
                    "was represented by its ambassador and a former secretary of state."
                ),
                "d",
            ),
            Probe(
                ("Japan's prime minister, who flew in for the day, laid a wreath and signed the book of condolence."),
                "d",
            ),
            Probe(
                (
                    "On the sidelines, he held talks with his Vietnamese counterpart and agreed to meet again at a "
                    "summit in Tokyo in the spring, Japanese officials said."
                ),
                "d",
            ),
            Probe(
                (
                    "The late president, a former police chief, led a long anti-graft campaign that removed dozens of "
                    "senior officials."
                ),
                "",
            ),
            Probe(
                (
                    "He also presided over Vietnam's 'bamboo diplomacy', raising ties with Washington, Beijing and "
                    "Moscow to the highest level in the same year."
                ),
                "d",
            ),
            Probe(
                ("Cambodia's king, who was seated beside the Lao president, left before the burial for a flight home."),
                "",
                "d",
            ),
            Probe("Flags will fly at half mast across the country until Wednesday.", ""),
        ],
    ),
    (
        "Thai Farm Workers Freed After 14 Months In Captivity",
        [
            Probe(
                (
                    "BANGKOK, Jan 26 - Five Thai farm workers held hostage in Gaza for more than a year were freed on "
                    "Thursday and handed to the Red Cross, Thailand's foreign ministry said."
                ),
                "dm",
            ),
            Probe(
                (
                    "The men, who were seized from an avocado farm near the border on the day of the attack, were "
                    "taken across into Egypt and flown to a military base near Tel Aviv."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Thailand's foreign minister thanked Qatar, Egypt and Iran, whose officials he said had helped "
                    "secure their release."
                ),
                "d",
            ),
            Probe(
                (
                    "Bangkok, which has friendly ties with both Israel and the Arab states, held separate talks with "
                    "Hamas officials in Tehran last year."
                ),
                "d",
            ),
            Probe(
                ("Their families, in villages in the northeast, gathered around televisions to watch the handover."),
                "",
                "d",
            ),
            Probe(
                (
                    "Some 30,000 Thais worked on Israeli farms before the war, and many have since gone back despite "
                    "a government warning."
                ),
                "",
                "dmt",
            ),
            Probe(
                (
                    "Forty-one Thais were killed in the attack, the largest toll of any foreign country, and one is "
                    "still believed to be held."
                ),
                "m",
            ),
            Probe(
                ("Officials said they would be examined by doctors before flying home, probably next week."),
                "",
                "d",
            ),
        ],
    ),
    (
        "Czech Republic Blames Chinese State Hackers For Ministry Breach",
        [
            Probe(
                (
                    "PRAGUE, May 28 - The Czech Republic on Wednesday blamed a hacking group tied to China's ministry "
                    "of state security for a years-long breach of its foreign ministry's unclassified email."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "Prague summoned China's ambassador and said the campaign, which began in 2022, was directed at "
                    "one of its critical infrastructure bodies."
                ),
                "d",
            ),
            Probe(
                (
                    "'This behaviour damages our bilateral relations,' Foreign Minister Jan Lipavsky said in a "
                    "statement."
                ),
                "d",
            ),
            Probe(
                (
                    "The Chinese embassy rejected what it called groundless smears and urged Prague to stop "
                    "hyping so-called cyber threats."
                ),
                "d",
            ),
            Probe(
                (
                    "NATO and the European Union issued statements of support, and Britain and the United States "
                    "said they shared the Czech assessment."
                ),
                "d",
            ),
            Probe(
                (
                    "Czech security officials said the hackers had read messages between diplomats but had not "
                    "reached the classified network."
                ),
                "",
                "dm",
            ),
            Probe(
                ("The ministry has since built a new email system with stronger protection, Lipavsky said."),
                "",
            ),
            Probe(
                (
                    "Relations between the two countries have been strained since a Czech parliament speaker visited "
                    "Taiwan in 2020."
                ),
                "d",
            ),
        ],
    ),
    (
        "Azerbaijan And Turkey Sign Deal To Extend Gas Pipeline To Nakhchivan",
        [
            Probe(
                (
                    "BAKU, Feb 9 - Azerbaijan and Turkey signed a deal on Friday to build an 85-km gas pipeline from "
                    "the Turkish border to the Azerbaijani exclave of Nakhchivan, which is cut off from the rest of "
                    "the country by Armenia."
                ),
                "td",
            ),
            Probe(
                (
                    "The presidents of the two countries watched their energy ministers sign the agreement at a "
                    "ceremony in Nakhchivan, which Turkey's president called 'one nation, two states' in action."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "The pipeline, costing about $100 million, will carry up to 500 million cubic metres of gas a "
                    "year and end Nakhchivan's reliance on supplies through Iran."
                ),
                "t",
            ),
            Probe(
                ("State energy firms Botas and SOCAR will share the cost, with work to be finished within two years."),
                "t",
            ),
            Probe(
                (
                    "Iran has supplied the exclave under a swap deal since 2006, taking Azerbaijani gas in the north "
                    "and delivering an equal amount to Nakhchivan."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "The two leaders also discussed a planned road and rail link through southern Armenia, which "
                    "Yerevan says must run under its control."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "Armenia's foreign ministry said it had no objection to the pipeline, which does not cross its "
                    "territory."
                ),
                "d",
            ),
            Probe(
                (
                    "Azerbaijan sells most of its gas to Turkey and southern Europe, and has promised to double "
                    "exports to the European Union by 2027."
                ),
                "t",
            ),
        ],
    ),
    (
        "Basmati Exporter Counts Cost Of Iran Payment Freeze",
        [
            Probe(
                (
                    "KARNAL, India, Oct 4 - Rakesh Mittal's warehouses on the edge of this farm town are stacked to "
                    "the roof with 18,000 tonnes of basmati rice that was meant to be on its way to Iran."
                ),
                "t",
            ),
            Probe(
                (
                    "Buyers in Tehran stopped paying in August, when Iranian banks ran short of rupees in the "
                    "accounts the two countries use to settle trade without dollars."
                ),
                "t",
            ),
            Probe(
                (
                    "'We have not received a single rupee for three months,' said Mittal, whose firm sends two thirds "
                    "of its rice there."
                ),
                "t",
            ),
            Probe(
                (
                    "Iran buys about a quarter of India's basmati shipments, second only to Saudi Arabia, and "
                    "millers say the freeze has pushed down prices paid to farmers."
                ),
                "t",
            ),
            Probe(
                (
                    "The rupee arrangement was set up after Washington reimposed sanctions on Tehran in 2018 and "
                    "India stopped buying Iranian oil, which had funded the accounts."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "An official at the commerce ministry in New Delhi said the government was in touch with Iranian "
                    "authorities and with exporters to resolve the backlog."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "Mittal has laid off 60 of his 250 workers and says he will cut more if money does not come "
                    "by the new year."
                ),
                "",
                "t",
            ),
            Probe(
                ("He is trying to sell part of the stock in Iraq and Yemen, though at prices 15 percent lower."),
                "t",
            ),
        ],
    ),
    (
        "Analysis: Sahel Juntas Bet On Moscow As Western Forces Leave",
        [
            Probe(
                (
                    "NIAMEY, June 3 - A year after the last French soldiers left Niger, the uniforms on the streets "
                    "of the capital belong to a new set of partners."
                ),
                "m",
            ),
            Probe(
                (
                    "Russian instructors arrived in April with an air defence system, and a small Turkish team now "
                    "maintains the drones that the army flies over the west."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The generals who seized power in Niamey, like those in Bamako and Ouagadougou before them, say "
                    "a decade of Western help failed to stop the insurgents."
                ),
                "m",
            ),
            Probe(
                (
                    "The numbers bear part of that out: deaths from attacks across the three countries have risen "
                    "every year since 2019, according to a conflict monitor."
                ),
                "m",
            ),
            Probe(
                ("But the new arrangement has not turned the tide either, diplomats and analysts say."),
                "m",
                "d",
            ),
            Probe(
                (
                    "In Mali, where Russian mercenaries have fought beside the army since 2021, the jihadists cut "
                    "roads to the north for months last year and blockaded Timbuktu."
                ),
                "m",
            ),
            Probe(
                (
                    "'They have swapped one patron for another, and the patron has changed nothing on the ground,' "
                    "said a Western diplomat in the region."
                ),
                "md",
            ),
            Probe(
                (
                    "The three juntas have formed an Alliance of Sahel States, pledging to defend each other, and "
                    "talk of a common currency and passport."
                ),
                "dm",
                "t",
            ),
            Probe(
                ("They have also ordered out UN peacekeepers from Mali and ended a tax treaty with Paris."),
                "dm",
                "t",
            ),
            Probe(
                (
                    "For the United States, which had 1,000 personnel and a drone base at Agadez, the loss is one of "
                    "sight: it no longer sees what moves across the desert."
                ),
                "m",
            ),
            Probe(
                (
                    "Washington's last officers left in September after talks broke down over Niamey's contacts with "
                    "Tehran."
                ),
                "dm",
            ),
            Probe(
                (
                    "Coastal states to the south, among them Benin and Togo, fear the violence will spread and have "
                    "moved soldiers north."
                ),
                "m",
            ),
            Probe(
                (
                    "Yet they still need the juntas: Niger's oil now reaches the sea only through a pipeline to a "
                    "port in Benin, which was shut for months during a row last year."
                ),
                "td",
            ),
            Probe(
                (
                    "For ordinary people, the price is paid in daily life: markets close early, buses travel in "
                    "convoys, and in some towns nobody works the fields beyond sight of the walls."
                ),
                "m",
            ),
        ],
    ),
    (
        "Mexican Tomato Grower Braces For US Duty",
        [
            Probe(
                (
                    "CULIACAN, Mexico, July 15 - At the packing sheds of Agricola Los Altos, workers sorting "
                    "tomatoes for Texas supermarkets were told on Monday that a third of the night shift would go."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "The reason is a 17 percent anti-dumping duty that Washington will charge on most Mexican "
                    "tomatoes from Monday, after pulling out of a 2019 agreement that set minimum prices."
                ),
                "t",
            ),
            Probe(
                (
                    "'Our customers in the United States will pay more, and they will buy less,' said the firm's "
                    "owner, Jorge Beltran, whose family has grown tomatoes in Sinaloa for three generations."
                ),
                "t",
            ),
            Probe(
                (
                    "Mexico supplies about 70 percent of the tomatoes eaten in the United States, a trade worth "
                    "some $3 billion a year."
                ),
                "t",
            ),
            Probe(
                (
                    "Florida growers, who brought the complaint, say Mexican tomatoes are sold below cost and have "
                    "driven many of them out of business."
                ),
                "t",
            ),
            Probe(
                (
                    "Mexico's economy ministry said it regretted the decision and would keep talking to the Commerce "
                    "Department in search of a new accord."
                ),
                "td",
            ),
            Probe(
                (
                    "Beltran has begun sending some of his crop to Canada and Japan, though at lower prices and "
                    "higher freight costs."
                ),
                "t",
            ),
            Probe("He said he would decide in September whether to plant his full acreage for the winter.", "", "t"),
        ],
    ),
    (
        "Belarus Frees Five In Swap With Poland",
        [
            Probe(
                (
                    "WARSAW, Aug 1 - Belarus released five people jailed on spying charges, among them a Polish "
                    "journalist, in exchange for a Belarusian held in Poland, the two countries said on Thursday."
                ),
                "d",
                "m",
            ),
            Probe(
                (
                    "The swap took place at a border crossing near Brest on Thursday morning, with officers from both "
                    "sides walking the men across a bridge."
                ),
                "d",
            ),
            Probe(
                (
                    "Poland's foreign minister said months of quiet work, with help from the United States, had "
                    "made it possible."
                ),
                "d",
            ),
            Probe(
                (
                    "The journalist, Andrzej Nowak, had been sentenced to eight years in a Belarusian penal colony for "
                    "what a court called harming national security."
                ),
                "",
                "dm",
            ),
            Probe(
                (
                    "The Belarusian handed over, a former officer, was arrested in Gdansk in 2023 and accused of "
                    "gathering information on military sites for Minsk."
                ),
                "m",
                "d",
            ),
            Probe(
                ("Minsk's state news agency said he had been returned 'thanks to the efforts of the president'."),
                "d",
            ),
            Probe(
                (
                    "Relations between the neighbours have been poor since 2020, and Poland has closed all but two "
                    "crossings on their border."
                ),
                "d",
            ),
            Probe("Nowak's wife said he had lost 20 kg and wanted to rest before speaking to reporters.", "", "d"),
        ],
    ),
    (
        "Court Frees Former Minister On Bail In Land Case",
        [
            Probe(
                (
                    "DHAKA, Feb 12 - A Bangladesh court on Monday granted bail to a former land minister held since "
                    "October on charges of grabbing government plots in the capital."
                ),
                "",
            ),
            Probe(
                (
                    "His lawyers argued that the charges were politically motivated and that he had been held "
                    "without trial for four months."
                ),
                "",
            ),
            Probe("Prosecutors said they would appeal to the High Court.", ""),
            Probe(
                (
                    "The anti-corruption commission has filed cases against more than 40 former ministers and "
                    "lawmakers since the government fell."
                ),
                "",
            ),
            Probe("Supporters cheered outside the court as he left in a white car.", ""),
        ],
    ),
    (
        "Dengue Cases Surge In Dhaka As Hospitals Fill",
        [
            Probe(
                (
                    "DHAKA, Aug 30 - Hospitals in Bangladesh's capital ran out of beds for dengue patients on Friday "
                    "as the number of cases this year passed 60,000, the health directorate said."
                ),
                "",
            ),
            Probe(
                (
                    "At least 280 people have died, more than in the whole of last year, and doctors said the "
                    "outbreak had yet to peak."
                ),
                "",
            ),
            Probe(
                (
                    "City officials have sent teams to spray insecticide, and the army has been asked to help clear "
                    "standing water from building sites."
                ),
                "",
            ),
            Probe(
                (
                    "'We are fighting a war against the mosquito, and we are losing it in the slums,' said the head of "
                    "the medicine ward at a state hospital."
                ),
                "",
            ),
            Probe("Children and the elderly make up most of those in intensive care.", ""),
        ],
    ),
    (
        "Cyclone Forces Million To Flee Coast",
        [
            Probe(
                (
                    "COX'S BAZAR, May 26 - More than a million people fled to shelters along the coast of Bangladesh "
                    "and Myanmar on Sunday as a cyclone with winds of 180 kph swept in from the Bay of Bengal."
                ),
                "",
            ),
            Probe(
                (
                    "Soldiers and volunteers went from village to village with loudspeakers, urging families to leave "
                    "their homes."
                ),
                "",
            ),
            Probe(
                (
                    "The storm is expected to bring a surge of up to four metres and heavy rain to the camps where "
                    "nearly a million Rohingya refugees live."
                ),
                "",
                "d",
            ),
            Probe("Ports at Chittagong and Mongla were closed and flights were cancelled.", ""),
            Probe("Forecasters said the storm would weaken as it moved inland on Monday.", ""),
        ],
    ),
    (
        "Lagos Governor Race Tightens As Rivals Trade Barbs",
        [
            Probe(
                (
                    "LAGOS, March 6 - The race for governor of Lagos, Nigeria's commercial capital, has narrowed to a "
                    "contest between the ruling party's candidate and a businessman backed by young voters."
                ),
                "",
            ),
            Probe(
                (
                    "The two clashed on Sunday over flooding, traffic and the cost of the city's new rail line, "
                    "built with Chinese loans."
                ),
                "",
                "t",
            ),
            Probe(
                (
                    "The businessman accused the governor of waging war on street traders, whose stalls have been "
                    "cleared from several markets."
                ),
                "",
            ),
            Probe("The governor said his opponent had never run anything bigger than a shop.", ""),
            Probe("Polls open on Saturday at 8 a.m.", ""),
        ],
    ),
    (
        "Sri Lanka Crush Bangladesh To Win Test Series",
        [
            Probe(
                (
                    "COLOMBO, April 2 - Sri Lanka beat Bangladesh by an innings and 78 runs in Colombo on Tuesday to "
                    "win the two-match Test series 2-0."
                ),
                "",
            ),
            Probe(
                (
                    "Left-arm spinner Prabath Jayasuriya took six wickets as the visitors were bowled out for 211 in "
                    "the last session."
                ),
                "",
            ),
            Probe(
                (
                    "Bangladesh's captain said his batsmen had surrendered without a fight and that the attack had "
                    "been too strong for them."
                ),
                "",
            ),
            Probe("The teams now play three one-day internationals, starting in Kandy on Friday.", ""),
        ],
    ),
]

"""A fortieth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: the Americas seen from the US border and the Latin
American English-language press. Remittances and a peso's swing, a tariff threat tied to migration, the review of a
three-state North American trade pact, a cartel war met by soldiers and a national guard, joint sea patrols against
migrant boats, an ambassador recalled over asylum in an embassy and an extradition request, a summit of a Caribbean
bloc, a small state's debt talks with a lender, a canal's drought and its shipping fees; and a border town's local
round-up of look-alikes (a "trade" school, a county's "border", a grocers' price "war", a football club's "attack").

Boundaries judged here: a cartel war is crime, not armed conflict, by the guidelines, so its killings are no theme
with military optional; but soldiers and a national guard deployed against the gunmen, their patrols and a firefight
with them are armed forces at work (military). A state's national guard sent to its borders to stop migrants is a
deployment told for migration: military optional. A navy or coast guard boat stopping one migrant boat is a patrol's
catch: military optional; joint sea patrols agreed between two states and boats donated to a navy are security
cooperation (military, and diplomacy where the agreement is the clause). An IMF programme is lending (trade, with
diplomacy optional), as earlier batches labelled it, and so is the opposition's complaint of how it was negotiated (a
label slip, after the blind run: first trade alone was optional there); an extradition approved by a court is
optional diplomacy.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FORTIETH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Remittances hit monthly record as peso weakens past 20 to the dollar",
        [
            Probe(
                "Mexicans living abroad sent home a record US $6.4 billion in remittances in May, up 7% from a year "
                "earlier, the Bank of Mexico (Banxico) reported on Tuesday.",
                "t",
            ),
            Probe(
                "The increase came as the peso weakened past 20 to the US dollar for the first time since March, "
                "meaning each dollar sent home bought more in pesos.",
                "t",
            ),
            Probe(
                "Nearly all of the money, 96%, came from the United States, where an estimated 12 million "
                "Mexican-born people live. Guanajuato, Michoacán and Jalisco were the states that received the most.",
                "t",
            ),
            Probe(
                "Economist Mariana Olvera of the consulting firm Analítica Bajío said the weaker peso was a windfall "
                "for families in rural communities who depend on the money to pay for food, school fees and home "
                "repairs.",
                "t",
            ),
            Probe(
                "But she warned that a proposed US tax of 3.5% on remittance transfers, approved by the House of "
                "Representatives last month, could push some migrants toward informal channels.",
                "t",
            ),
            Probe(
                "The peso's slide followed comments by US Treasury officials about the review of the North American "
                "trade agreement and a cut in Banxico's benchmark interest rate to 8.25%.",
                "t",
            ),
            Probe(
                "In Ocotlán, a town of 100,000 in Jalisco, money-transfer offices had lines out the door on Monday "
                'morning. "My son sends $300 every two weeks from Chicago," said Rosa Elvira Manzo, 67. "Without it '
                'we would not eat meat."',
                "t",
            ),
            Probe(
                "Municipal officials said they hoped a new trade school offering courses in welding, plumbing and "
                "auto mechanics would give young people in the town a reason to stay rather than head north.",
                "",
            ),
            Probe(
                "Remittances are Mexico's largest source of foreign currency after car exports, ahead of tourism and "
                "oil sales, according to Banxico.",
                "t",
            ),
        ],
    ),
    (
        "White House threatens 25% tariff on Mexican goods over migration",
        [
            Probe(
                "EL PASO, Texas (Border Report) - The White House on Thursday threatened to impose a 25% tariff on "
                "all goods imported from Mexico unless the Mexican government does more to stop migrants from "
                "reaching the U.S. border.",
                "td",
            ),
            Probe(
                'In a post on social media, President Dale Whitcomb said Mexico had "ten days to get serious" or the '
                "tariff would take effect, rising by five points every month until crossings fell.",
                "td",
            ),
            Probe(
                "Mexico's economy minister, Octavio Ledesma, said his government would not negotiate \"with a gun to "
                'its head" but would send a delegation to Washington next week to present its figures on migration '
                "enforcement.",
                "td",
            ),
            Probe(
                "Mexico is the largest trading partner of the United States, with two-way trade in goods of nearly "
                "$800 billion last year, and about 80% of Mexican exports go north.",
                "t",
            ),
            Probe(
                "At the Ysleta-Zaragoza bridge, truck drivers hauling auto parts and televisions said they feared "
                'long delays if the tariff went ahead. "Half of Juárez works for the maquilas," said driver Efrén '
                'Carrasco. "If they stop, we all stop."',
                "t",
            ),
            Probe(
                "Mexico has already deployed some 15,000 members of its National Guard to its northern and southern "
                "borders to stop migrants, and detentions of migrants in Mexico rose 40% in the first quarter, "
                "according to the Interior Ministry.",
                "",
                "md",
            ),
            Probe(
                "Border Patrol agents in the El Paso sector recorded 31,000 apprehensions in April, down from a peak "
                "of 54,000 in December, according to U.S. Customs and Border Protection.",
                "",
            ),
            Probe(
                "Business groups on both sides of the border urged the two governments to settle the dispute. The "
                'Border Trade Alliance said a tariff would "tax American families and factories, not migrants."',
                "t",
                "d",
            ),
            Probe(
                "Whitcomb used a similar threat in his first term, when Mexico agreed within days to send troops to "
                "its southern border in return for the tariff being dropped.",
                "td",
                "m",
            ),
        ],
    ),
    (
        "USMCA review opens in Mexico City with cars, steel and dairy on the table",
        [
            Probe(
                "Trade officials from Mexico, the United States and Canada opened the first formal joint review of "
                "the United States-Mexico-Canada Agreement (USMCA) in Mexico City on Monday, with the pact's rules on "
                "cars, steel and dairy at the top of the agenda.",
                "td",
            ),
            Probe(
                "Under the agreement, which replaced NAFTA in 2020, the three countries must decide by July 1 whether "
                "to extend it for another 16 years; if any one of them refuses, annual reviews begin and the deal "
                "expires in 2036.",
                "t",
                "d",
            ),
            Probe(
                "U.S. Trade Representative Kelsey Marchetti said Washington wanted stricter rules of origin so that "
                'more of each vehicle is built in North America, and an end to what she called the "back door" for '
                "Chinese parts through Mexican plants.",
                "t",
                "d",
            ),
            Probe(
                'Mexico\'s deputy economy minister, Lucía Barraza, said her country was "ready to listen" and had '
                "already raised tariffs on steel, textiles and cars from countries without a trade agreement, "
                "including China.",
                "t",
                "d",
            ),
            Probe(
                "Canada's delegation, led by International Trade Minister Dominic Hébert, came under pressure over "
                'its dairy quotas and a digital services tax on U.S. tech companies. "Supply management is not on '
                'the table," Hébert told reporters at the Canadian embassy.',
                "t",
                "d",
            ),
            Probe(
                "The three delegations will meet again in Ottawa in April, and a meeting of the three leaders is "
                "possible before the July deadline, officials said.",
                "td",
            ),
            Probe(
                "Trade among the three countries reached $1.9 trillion last year, and some 5 million U.S. jobs depend "
                "on exports to Mexico and Canada, according to the U.S. Chamber of Commerce.",
                "t",
            ),
            Probe(
                "Outside the venue, members of the National Peasant Confederation protested against imports of U.S. "
                "yellow corn, which they say have driven local growers out of business.",
                "t",
            ),
            Probe(
                "Separately, Mexico's Supreme Court on Tuesday struck down a state law that taxed ride-hailing "
                "drivers in Nuevo León, saying only Congress could set such levies.",
                "",
            ),
        ],
    ),
    (
        "Army and National Guard reinforcements reach Culiacán as cartel war enters fourth month",
        [
            Probe(
                "CULIACÁN, Sinaloa - Some 1,100 soldiers and members of the National Guard arrived in Culiacán on "
                "Sunday, the Defense Ministry said, bringing the number of federal troops in the state to more than "
                "11,000 as fighting between rival factions of the Sinaloa Cartel entered its fourth month.",
                "m",
            ),
            Probe(
                "At least 640 people have been killed and more than 700 reported missing since the factions loyal to "
                "two jailed leaders turned on each other in September, according to the state prosecutor's office.",
                "",
                "m",
            ),
            Probe(
                "On Saturday night, gunmen in armored trucks opened fire on a National Guard patrol on the highway to "
                "Mazatlán, wounding four guardsmen. Troops returned fire and killed three attackers, the ministry "
                "said, and seized rifles, a .50 caliber machine gun and drones fitted with explosives.",
                "m",
            ),
            Probe(
                "Security Minister Ricardo Tovar said the reinforcements would patrol the city's main avenues and set "
                'up checkpoints at the entrances to the state capital. "We will not leave Culiacán in the hands of '
                'criminals," he said.',
                "m",
            ),
            Probe(
                "Schools in the city have switched to online classes on several days, and restaurant owners say "
                "business has fallen by half as residents stay home after dark.",
                "",
                "m",
            ),
            Probe(
                "The state's governor, Rubén Ochoa, who has been accused by opposition lawmakers of ties to one of "
                "the factions, denied the accusation and said he would not resign.",
                "",
            ),
            Probe(
                "In Washington, the State Department said it was watching the violence closely, and a U.S. official "
                'said the designation of the cartels as foreign terrorist organizations allowed "all options" to be '
                "considered. President Silvia Herrán said Mexico would not accept any U.S. military action on its "
                "soil.",
                "dm",
            ),
            Probe(
                "Mexico has extradited or transferred 55 cartel figures to the United States this year, a gesture "
                "officials in both capitals have described as a sign of growing security cooperation.",
                "d",
                "m",
            ),
            Probe(
                "Second-division football club Dorados said its home match on Friday would be played without fans "
                "for security reasons.",
                "",
            ),
        ],
    ),
    (
        "Dominican Republic, US to launch joint sea patrols as migrant crossings rise",
        [
            Probe(
                "SANTO DOMINGO (Dominican Today) - The Dominican Navy and the U.S. Coast Guard will begin joint "
                "patrols in the Mona Passage next month under an agreement signed on Wednesday, as the number of "
                "migrants attempting the crossing to Puerto Rico in small boats rises.",
                "md",
            ),
            Probe(
                "The agreement allows U.S. cutters to stop and board Dominican-flagged vessels suspected of carrying "
                "migrants or drugs, and Dominican officers to ride aboard U.S. ships, said Vice Admiral Héctor "
                "Polanco, the navy's chief of staff.",
                "m",
                "d",
            ),
            Probe(
                "On Sunday, a Dominican patrol boat intercepted a wooden yola carrying 62 people off Miches, on the "
                "eastern coast; the passengers, including nine children, were taken to the navy base at Sans Souci.",
                "",
                "m",
            ),
            Probe(
                "The U.S. Coast Guard said its crews had intercepted 1,450 Dominicans and 890 Haitians at sea since "
                "October, more than in all of the previous fiscal year, and returned most of them.",
                "",
                "md",
            ),
            Probe(
                "At least 27 people have drowned in the passage this year, according to the International "
                "Organization for Migration, which urged both governments to open more legal routes.",
                "",
                "d",
            ),
            Probe(
                "Smugglers charge between 40,000 and 80,000 pesos for a seat on the boats, which leave at night from "
                "beaches near Miches and Sabana de la Mar, prosecutors said. Eleven alleged organizers were arrested "
                "last month.",
                "",
            ),
            Probe(
                "The accord also covers drug interdiction. Last year Dominican authorities seized a record 46 tonnes "
                "of cocaine, much of it arriving from Venezuela and Colombia in go-fast boats, according to the "
                "National Drug Control Directorate.",
                "d",
                "m",
            ),
            Probe(
                "The United States has also donated four interceptor boats and a maritime patrol aircraft to the "
                "Dominican Navy under a security assistance programme worth $12 million.",
                "m",
                "d",
            ),
            Probe(
                "President Luis Alcántara, who has built a wall along part of the border with Haiti and stepped up "
                'deportations, said his country could not "carry the burden of Haiti\'s crisis alone."',
                "",
                "dm",
            ),
        ],
    ),
    (
        "Peru recalls ambassador to Honduras after embassy grants asylum to ex-premier",
        [
            Probe(
                "LIMA (Buenos Aires Times) - Peru recalled its ambassador to Honduras on Tuesday after the Honduran "
                "government granted asylum to former prime minister Aníbal Cornejo, who is wanted in Peru on "
                "corruption charges, the Foreign Ministry said.",
                "d",
            ),
            Probe(
                "Cornejo, 61, entered the Honduran embassy in Lima's San Isidro district on Friday, hours before a "
                "judge ordered his arrest in a case over bribes paid by a construction company for highway "
                "contracts.",
                "",
                "d",
            ),
            Probe(
                "Foreign Minister Elena Salaverry said Peru would formally request Cornejo's extradition and asked "
                'Tegucigalpa to deny him safe conduct out of the country. "Asylum is not a shield for corruption," '
                "she said.",
                "d",
            ),
            Probe(
                "Honduras's foreign ministry said in a statement that it had acted under the 1954 Caracas Convention "
                'on Diplomatic Asylum and that Cornejo faced "political persecution" at home.',
                "d",
            ),
            Probe(
                "Peru's Congress voted 78-22 on Monday to lift the immunity Cornejo held as a former minister, and his "
                "lawyers have filed an appeal with the Constitutional Court.",
                "",
            ),
            Probe(
                "The Organization of American States said it was ready to help both countries find a solution, and "
                "Chile offered to mediate.",
                "d",
            ),
            Probe(
                "Trade between Peru and Honduras is small, about $120 million a year, mostly Peruvian zinc, grapes and "
                "fishmeal, and analysts said the recall was unlikely to affect commerce.",
                "t",
                "d",
            ),
            Probe(
                "In a separate case, Peru's Supreme Court on Monday approved a request to extradite to the United "
                "States a businessman accused of laundering money for a drug ring through shell companies in Miami.",
                "",
                "d",
            ),
            Probe(
                "Cornejo's lawyer, Martín Gálvez, told radio station RPP that his client would leave for Tegucigalpa "
                '"as soon as the safe conduct is issued" and would not return while "the persecution" continued.',
                "",
                "d",
            ),
        ],
    ),
    (
        "CARICOM leaders open summit with Haiti security crisis top of agenda",
        [
            Probe(
                "BASSETERRE, St Kitts (Gleaner) - Caribbean Community (CARICOM) heads of government opened their "
                "regular meeting on Sunday with Haiti's security crisis, climate finance and the free movement of "
                "people at the top of the agenda.",
                "d",
                "m",
            ),
            Probe(
                "The conference chairman, St Kitts and Nevis Prime Minister Calvin Moorhouse, said the region could "
                'not "wait for others" to restore order in Haiti, where armed gangs control most of Port-au-Prince.',
                "d",
                "m",
            ),
            Probe(
                "Leaders are expected to discuss funding for the Kenyan-led multinational security support mission, "
                "whose 1,000 police officers from Kenya, Jamaica, the Bahamas and Belize have struggled to push back "
                "the gangs.",
                "md",
            ),
            Probe(
                "Jamaica's Chief of Defence Staff, Lieutenant General Marvin Pryce, told the Gleaner that 24 more "
                "Jamaica Defence Force soldiers would deploy to Haiti next month.",
                "m",
            ),
            Probe(
                "On trade, the leaders will review progress on the CARICOM Single Market and Economy and a plan to "
                "cut the region's food import bill, which stands at about US$6 billion a year, by 25 per cent.",
                "t",
                "d",
            ),
            Probe(
                "From October, nationals of Barbados, Belize, Dominica and St Vincent and the Grenadines will be able "
                "to live and work in one another's countries without a permit under the bloc's free movement "
                "arrangement.",
                "d",
                "t",
            ),
            Probe(
                "A U.S. delegation led by Deputy Secretary of State Roger Keane will join the meeting on Tuesday for "
                "talks on energy security and deportation flights.",
                "d",
                "t",
            ),
            Probe(
                "Some leaders have criticised Washington's plan to tax remittances and its visa restrictions on "
                "Caribbean officials over Cuban medical missions.",
                "dt",
            ),
            Probe(
                "The meeting closes on Wednesday with a joint communiqué and a press conference by the chairman.",
                "d",
            ),
        ],
    ),
    (
        "Belize reaches staff-level deal with IMF as it seeks to restructure PetroCaribe debt",
        [
            Probe(
                "BELMOPAN (Amandala) - Belize and the International Monetary Fund reached a staff-level agreement on "
                "Friday on a three-year programme that would unlock US$115 million in financing, as the government "
                "seeks to restructure debt owed to a Venezuelan oil fund and to private bondholders.",
                "t",
                "d",
            ),
            Probe(
                'Finance Minister Cordel Ysaguirre told reporters the deal would "restore confidence" and allow '
                "Belize to refinance a US$300 million bond that falls due next year at a lower interest rate.",
                "t",
            ),
            Probe(
                "Under the programme, the government has agreed to raise its general sales tax from 12.5 to 14 per "
                "cent and cap public wage increases, measures the public service union has vowed to fight.",
                "",
                "t",
            ),
            Probe(
                "Belize owes about US$420 million to PetroCaribe, the Venezuelan oil-financing scheme, and the "
                "government has asked Caracas to accept a buyback at a discount, as the Dominican Republic and "
                "Jamaica did in 2015.",
                "td",
            ),
            Probe(
                "Bondholders, led by a group of U.S. investment funds, hold most of the remaining US$550 million bond "
                "and have hired advisers to negotiate.",
                "t",
            ),
            Probe(
                "Opposition leader Moses Barrow-Tillett said the agreement had been negotiated in secret and demanded "
                "that it be debated in the House of Representatives.",
                "",
                "td",
            ),
            Probe(
                "The IMF mission chief, Ilse Vandermeer, said in a statement that Belize's economy grew 4.1 per cent "
                'last year on strong tourism but that public debt, at 62 per cent of GDP, left the country "highly '
                'vulnerable to shocks such as hurricanes."',
                "t",
                "d",
            ),
            Probe(
                "The agreement must be approved by the IMF's executive board in Washington, expected in September.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Canal cuts daily transits and raises water surcharge as Gatún Lake drops",
        [
            Probe(
                "PANAMA CITY (Newsroom Panama) - The Panama Canal Authority will cut the number of daily transits to "
                "24 from 36 and raise the surcharge it charges ships for fresh water from next month, as a drought "
                "leaves Gatún Lake at its lowest level for the time of year since records began.",
                "t",
            ),
            Probe(
                "Each ship that passes through the canal's locks uses some 200 million litres of fresh water drawn "
                "from the lake, which also supplies drinking water to more than half of Panama's 4.4 million people.",
                "",
                "t",
            ),
            Probe(
                "Shipping lines said the restrictions would add weeks to voyages between Asia and the U.S. East "
                "Coast. Some liquefied gas carriers have already switched to routes around the Cape of Good Hope or "
                "through the Suez Canal.",
                "t",
            ),
            Probe(
                "Canal administrator Joaquín Vásquez-Lobo said the price of a slot auctioned outside the regular "
                "booking system had reached $2.4 million for one tanker last week.",
                "t",
            ),
            Probe(
                "The canal handled about 5 per cent of world seaborne trade last year and earned $4.9 billion for the "
                "state, making it the country's largest single source of revenue.",
                "t",
            ),
            Probe(
                "The United States and China are the canal's two biggest users, and Washington has accused Panama of "
                "letting Chinese firms gain too much control over ports at either end of the waterway, a charge "
                "Panama's president, Aurelio Cedeño, rejected.",
                "dt",
            ),
            Probe(
                "The government plans to build a $1.6 billion reservoir on the Indio River to secure water for the "
                "canal, but farmers in the area, who would lose their land, have blocked roads in protest.",
                "",
                "t",
            ),
            Probe(
                "Exporters of Chilean cherries and Peruvian grapes, who rely on the canal to reach the U.S. East Coast "
                "and Europe, said they were booking refrigerated ships weeks earlier than usual.",
                "t",
            ),
        ],
    ),
    (
        "Around Laredo: county backs trade school, grocers' price war, Toros fall again",
        [
            Probe(
                "LAREDO, Texas - Webb County commissioners on Monday approved $14 million for a trade school campus on "
                "the city's east side, where students will train as electricians, welders and diesel mechanics.",
                "",
            ),
            Probe(
                "County Judge Tano Villarreal said the school would also serve students who live along the county's "
                "border with Zapata County, and a shuttle would run to the county line twice a day.",
                "",
            ),
            Probe(
                "A dispute over the border between Webb and Duval counties, where a survey error left 40 ranches "
                "paying taxes to both, will go before a state district judge in March.",
                "",
            ),
            Probe(
                "Meanwhile, a price war between the city's two largest grocery chains, Lonestar Foods and Del Río "
                "Market, has pushed the price of a gallon of milk below $2 and a dozen eggs to $1.79.",
                "",
            ),
            Probe(
                "\"It's a war, and the shoppers are winning,\" said Del Río Market's regional manager, Abel Trujillo, "
                "who said the chain would match any advertised price in the city.",
                "",
            ),
            Probe(
                "Some smaller grocers said they could not keep up. \"We buy from the same distributors, but we don't "
                'have their volume," said Imelda Saenz, who owns a corner store on Guadalupe Street.',
                "",
            ),
            Probe(
                "At the World Trade Bridge, customs brokers said northbound truck traffic rose 6% in February, led by "
                "shipments of auto parts and electronics from plants in Nuevo León.",
                "t",
            ),
            Probe(
                "In soccer, the Laredo Toros' attack went missing again on Saturday as the club lost 2-0 to the "
                "Brownsville Pelicans in front of 6,200 fans, its third straight defeat.",
                "",
            ),
            Probe(
                'Coach Marcelo Ibarra said his forwards had "no bullets left" after a long road trip. "We shot 14 '
                'times and hit the target twice," he said.',
                "",
            ),
            Probe(
                "The two clubs meet again in the cup in May, a fixture fans call the Battle of the Border.",
                "",
            ),
        ],
    ),
]

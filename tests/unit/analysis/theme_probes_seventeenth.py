"""A seventeenth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for
the format), written and labelled by the guidelines before any run against the rules: the Horn of Africa (an envoy
expelled over a port lease), the Gulf (a tanker seized), the Balkans (a siege at a monastery and troops at a border),
a Latin American border claim at the world court, the Arctic (a trawler detained), arms sales, peacekeepers ambushed,
sanctions on potash, refugee returns agreed between two states, 1980s wire copy on cocoa and on jobs, and stories
that get no theme (an election with foreign observers, a court, a brewer's results, a derby, a campaign debate).
Blind, main's rules got 26 of these 144 paragraphs wrong (none of them a theme given to the stories that get none);
after this round's first mends (a commodity pact's buffer stock, an air force's radar and pilots, arming a group,
international law), 20; 19 after its second (a share of the world's oil), 17 after its third (war risk cover, a day of
mourning), 15 after its fourth (regional bodies of states; see KNOWN_MISSES in test_theme_probes.py for what is left).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTEENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Somalia Expels Ethiopian Ambassador Over Port Accord",
        [
            Probe(
                (
                    "MOGADISHU, Jan 9 - Somalia ordered Ethiopia's ambassador to leave within 72 hours on Tuesday "
                    "and closed two Ethiopian consulates, widening a row over a port deal Addis Ababa struck with "
                    "the breakaway region of Somaliland."
                ),
                "d",
            ),
            Probe(
                (
                    "The foreign ministry in Mogadishu said the envoy had been told of the decision at a meeting on "
                    "Monday evening."
                ),
                "d",
            ),
            Probe(
                (
                    "Under the accord signed last month, Somaliland would lease 20 km of its coast to Ethiopia for a "
                    "naval base in return for possible recognition."
                ),
                "dm",
            ),
            Probe(
                ("Somalia, which regards Somaliland as part of its territory, says the deal violates its sovereignty."),
                "d",
            ),
            Probe(
                (
                    "Ethiopia's government spokesman said the accord harmed no one and that Addis Ababa would not be "
                    "drawn into a war of words."
                ),
                "d",
            ),
            Probe(
                (
                    "Landlocked Ethiopia, a country of some 120 million people, has sought access to the sea since "
                    "Eritrea's independence in 1993 left it without a coast."
                ),
                "",
                "d",
            ),
            Probe(
                (
                    "Egypt and Eritrea have backed Mogadishu, and Cairo has offered to send troops to a new African "
                    "Union force in Somalia."
                ),
                "dm",
            ),
            Probe("Somaliland's leader said the region would press ahead with the lease regardless of the row.", "d"),
            Probe(
                (
                    "The African Union and the Arab League have called for calm, and Turkey has offered to host "
                    "talks between the two governments."
                ),
                "d",
            ),
            Probe(
                (
                    "Ethiopian troops have been deployed in Somalia for years to fight al Shabaab militants, and it "
                    "is unclear whether they will stay."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "Al Shabaab, which has fought the Somali government since 2006, has used the row to recruit, "
                    "analysts said."
                ),
                "m",
            ),
            Probe(
                (
                    "Somalia's president is due in Asmara on Thursday for talks with the Eritrean leader, his office "
                    "said."
                ),
                "d",
            ),
        ],
    ),
    (
        "Tanker Seized In Gulf Of Oman, Maritime Agency Says",
        [
            Probe(
                (
                    "DUBAI, May 3 - Armed men boarded a Panama-flagged tanker in the Gulf of Oman on Wednesday and "
                    "steered it towards Iranian waters, a British maritime security agency said."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The vessel, carrying about 130,000 tonnes of fuel oil from Fujairah to Singapore, had 21 crew "
                    "aboard, its manager said."
                ),
                "m",
                "t",
            ),
            Probe(
                (
                    "Iran's navy said it had seized the ship under a court order after it collided with an Iranian "
                    "vessel."
                ),
                "m",
            ),
            Probe(
                (
                    "The US Fifth Fleet said a destroyer had been sent to the area and that a patrol aircraft was "
                    "watching the tanker."
                ),
                "m",
            ),
            Probe(
                "Washington called the seizure a violation of international law and demanded the crew's release.",
                "d",
                "m",
            ),
            Probe("Tehran said the case was a legal matter for its courts.", "d", "m"),
            Probe("It was the third tanker taken in the Gulf this year.", "m"),
            Probe(
                (
                    "Shipping insurers raised war-risk premiums for the Strait of Hormuz after the seizure, brokers "
                    "said."
                ),
                "t",
                "m",
            ),
            Probe("About a fifth of the world's oil passes through the strait.", "t"),
            Probe("Benchmark Brent crude rose 1.2 percent to $84.10 a barrel by midday in London.", "t"),
            Probe("The crew, mostly from India and Sri Lanka, were safe, the ship's manager said.", "", "md"),
            Probe(
                (
                    "India's foreign ministry said its embassy in Tehran was seeking consular access to the 17 "
                    "Indian sailors."
                ),
                "d",
            ),
        ],
    ),
    (
        "Kosovo And Serbia Trade Blame After Monastery Siege",
        [
            Probe(
                (
                    "PRISTINA, Sept 25 - Kosovo police and armed Serbs exchanged fire for hours around a monastery "
                    "in the north on Sunday, leaving a police officer and three gunmen dead."
                ),
                "m",
            ),
            Probe(
                (
                    "Kosovo's prime minister accused Belgrade of arming and training the group, which he called a "
                    "professional unit."
                ),
                "dm",
            ),
            Probe(
                (
                    "Serbia's president denied any role and said the men were local Serbs who had resisted the "
                    "terror of Kosovo's police."
                ),
                "d",
                "m",
            ),
            Probe(
                ("Police said they had found rocket launchers, mines and armoured vehicles in the monastery grounds."),
                "m",
            ),
            Probe(
                (
                    "NATO said it would send 200 more soldiers to its peacekeeping force, KFOR, which has some 4,500 "
                    "troops in Kosovo."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The United States said it was watching a large Serbian build-up of troops and tanks near the "
                    "border and urged Belgrade to pull them back."
                ),
                "md",
            ),
            Probe("Belgrade said the deployment was routine.", "m", "d"),
            Probe(
                (
                    "The European Union's envoy for the region, who has mediated talks between the two sides since "
                    "2011, said the attack threatened years of work."
                ),
                "d",
                "m",
            ),
            Probe("Kosovo declared independence from Serbia in 2008, and Belgrade has never recognised it.", "d"),
            Probe("Some 50,000 Serbs live in northern Kosovo, where many reject the authority of Pristina.", "", "d"),
            Probe(
                (
                    "Shops in the northern part of the divided town of Mitrovica stayed closed on Monday, and police "
                    "kept up checkpoints on the roads."
                ),
                "m",
            ),
            Probe("Kosovo declared a day of mourning for the officer.", "m"),
        ],
    ),
    (
        "Guatemala And Belize Make Their Case At World Court",
        [
            Probe(
                (
                    "THE HAGUE, Nov 14 - Guatemala asked the International Court of Justice on Monday to award it "
                    "roughly half of Belize's territory, opening hearings in a dispute that dates to the 19th "
                    "century."
                ),
                "d",
            ),
            Probe(
                (
                    "Guatemala says it inherited the land from Spain and that an 1859 treaty with Britain lapsed "
                    "when London failed to build a road it had promised."
                ),
                "d",
            ),
            Probe(
                (
                    "Belize, a former British colony that became independent in 1981, says its borders were settled "
                    "by that treaty."
                ),
                "d",
            ),
            Probe(
                (
                    "Both countries agreed in 2008 to put the claim to the court and held referendums to approve the "
                    "move."
                ),
                "d",
            ),
            Probe("A ruling is not expected for at least a year.", "d"),
            Probe(
                (
                    "Incidents along the Sarstoon river, where Guatemalan naval patrols have challenged Belizean "
                    "boats, have raised tension in recent years."
                ),
                "md",
            ),
            Probe(
                (
                    "In 2016 a Guatemalan soldier shot dead a Belizean teenager near the border, prompting protests "
                    "in Belize City."
                ),
                "m",
                "d",
            ),
            Probe(
                (
                    "The Organization of American States runs an office in the adjacency zone that looks into such "
                    "incidents."
                ),
                "d",
                "m",
            ),
            Probe("Farmers on both sides cross the line daily to sell produce and buy goods.", "", "td"),
            Probe(
                (
                    "Belize's foreign minister told reporters outside the court that her country had every "
                    "confidence in the law."
                ),
                "d",
            ),
            Probe("Guatemala's delegation is led by a former foreign minister.", "d"),
        ],
    ),
    (
        "Norway Detains Russian Trawler Off Svalbard",
        [
            Probe(
                (
                    "OSLO, Oct 2 - Norway's coast guard detained a Russian trawler off Svalbard on Tuesday for "
                    "fishing without a licence in the zone around the archipelago, the Norwegian navy said."
                ),
                "d",
                "m",
            ),
            Probe("The trawler, with 27 crew, was escorted to Tromso, where the captain faces a fine.", "d", "m"),
            Probe(
                (
                    "Russia's embassy in Oslo said Norway had no right to police the waters and demanded the ship's "
                    "release."
                ),
                "d",
            ),
            Probe("Moscow does not recognise the fisheries zone Norway set up around Svalbard in 1977.", "d"),
            Probe(
                (
                    "Under a 1920 treaty, Norway holds sovereignty over the islands, but citizens of the signatory "
                    "states may live and work there."
                ),
                "d",
            ),
            Probe(
                (
                    "Russia's state coal company still runs a mine at Barentsburg, home to about 400 people, mostly "
                    "from Russia and Ukraine."
                ),
                "",
                "td",
            ),
            Probe(
                (
                    "Norway has stepped up military patrols in the High North since Russia invaded Ukraine, and NATO "
                    "held its largest Arctic exercise in decades there last year."
                ),
                "m",
            ),
            Probe(
                ("Russian bombers flew along the Norwegian coast twice last month, shadowed by Norwegian F-35 jets."),
                "m",
            ),
            Probe("The Arctic Council, whose eight members include both states, has barely met since 2022.", "d"),
            Probe(
                (
                    "Cod prices in Tromso have risen by a third this year after Norway and Russia cut their joint "
                    "quota for the Barents Sea."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "The two countries have set the quota together every year since 1975, one of few areas where "
                    "they still cooperate."
                ),
                "d",
                "t",
            ),
        ],
    ),
    (
        "COCOA PRODUCERS SEEK WITHHOLDING SCHEME UNDER PACT",
        [
            Probe(
                (
                    "ABIDJAN, March 12 - Cocoa producing countries meeting here agreed to press consumers for a "
                    "buffer stock withholding scheme under the International Cocoa Agreement, delegates said."
                ),
                "t",
                "d",
            ),
            Probe(
                (
                    "The Ivory Coast, the world's largest producer, and Ghana want withholding to start when prices "
                    "fall below 1,600 SDRs a tonne, they said."
                ),
                "t",
            ),
            Probe(
                (
                    "Consumer members, led by West Germany and the U.S., have opposed any scheme that would raise "
                    "buffer stock costs."
                ),
                "t",
                "d",
            ),
            Probe("The International Cocoa Organization council resumes in London on March 23.", "t", "d"),
            Probe(
                (
                    "Prices on the London futures market fell 12 stg to 1,287 stg a tonne on Thursday on "
                    "expectations of a large mid-crop."
                ),
                "t",
            ),
            Probe("Dealers said Brazilian and Malaysian output would keep the market well supplied.", "t"),
            Probe("The buffer stock manager has bought 75,000 tonnes since the pact took effect.", "t"),
        ],
    ),
    (
        "WEST GERMAN UNEMPLOYMENT FALLS IN FEBRUARY",
        [
            Probe(
                (
                    "NUREMBERG, March 5 - West German unemployment fell to 2.48 million in February from 2.51 "
                    "million in January, the Federal Labour Office said."
                ),
                "",
            ),
            Probe("The seasonally adjusted jobless rate was unchanged at 8.9 pct.", ""),
            Probe(
                (
                    "Labour Office president Heinrich Franke said the cold weather had kept building workers idle "
                    "longer than usual."
                ),
                "",
            ),
            Probe(
                (
                    "He said the strong mark had begun to hurt exporters, and manufacturing firms were hiring fewer "
                    "workers than a year ago."
                ),
                "t",
            ),
            Probe(
                (
                    "Economists said the figures gave the Bundesbank no reason to cut interest rates at its council "
                    "meeting on Thursday."
                ),
                "",
                "t",
            ),
            Probe("The number of short-time workers rose to 310,000 from 264,000.", ""),
        ],
    ),
    (
        "US Clears $3.5 Billion Sale Of Fighter Jets To Morocco",
        [
            Probe(
                (
                    "WASHINGTON, June 8 - The State Department has approved the sale of 25 F-16 fighter jets and "
                    "related equipment to Morocco for about $3.5 billion, the Pentagon's arms sales agency said on "
                    "Thursday."
                ),
                "md",
                "t",
            ),
            Probe("The package includes engines, radar, and training for Moroccan pilots.", "m"),
            Probe(
                (
                    "The agency said the sale would improve the security of a major non-NATO ally that remains a "
                    "force for stability in North Africa."
                ),
                "md",
            ),
            Probe("Congress has 30 days to object, and no lawmaker has said they would.", "", "md"),
            Probe(
                (
                    "Algeria, which has cut diplomatic ties with Rabat, buys most of its weapons from Russia and has "
                    "increased its defence budget by almost half this year."
                ),
                "md",
            ),
            Probe(
                (
                    "The two neighbours are at odds over Western Sahara, where the Polisario Front is fighting for "
                    "independence."
                ),
                "md",
            ),
            Probe(
                (
                    "Lockheed Martin, which builds the jets at a plant in South Carolina, said the order would keep "
                    "the line busy until 2028."
                ),
                "m",
                "t",
            ),
            Probe("Shares in the company rose 1 percent in New York.", "", "t"),
            Probe(
                (
                    "Morocco also signed a deal last year to buy Israeli drones, after the two countries restored "
                    "relations in 2020."
                ),
                "md",
            ),
        ],
    ),
    (
        "Two Peacekeepers Killed In Ambush In Central African Republic",
        [
            Probe(
                (
                    "BANGUI, Feb 6 - Two Pakistani peacekeepers were killed and a third wounded when their patrol "
                    "was ambushed near the town of Bria on Monday, the UN mission in the Central African Republic "
                    "said."
                ),
                "m",
                "d",
            ),
            Probe("The attackers fired on the convoy from the bush and fled when the troops returned fire.", "m"),
            Probe(
                ("The UN secretary-general condemned the attack and said attacks on peacekeepers could be war crimes."),
                "m",
                "d",
            ),
            Probe(
                (
                    "Pakistan's foreign ministry said the soldiers had died in the service of peace and that their "
                    "bodies would be flown home on Thursday."
                ),
                "m",
                "d",
            ),
            Probe(
                "MINUSCA has about 14,000 troops and police in the country, one of the UN's largest missions.", "m", "d"
            ),
            Probe(
                "Its mandate, renewed by the Security Council in November, runs until the end of the year.", "d", "m"
            ),
            Probe(
                (
                    "The government in Bangui has relied increasingly on Russian instructors and on fighters hired "
                    "through Wagner to fight rebel groups."
                ),
                "m",
                "d",
            ),
            Probe(
                "Rebel groups control large parts of the north and east, where gold and diamonds are mined.", "m", "t"
            ),
            Probe("Aid groups said 3,000 people had fled Bria since the ambush.", "m"),
            Probe("The road between Bria and the capital has been closed to civilian traffic.", "m"),
        ],
    ),
    (
        "EU Widens Sanctions On Belarus To Potash, Tyres",
        [
            Probe(
                (
                    "BRUSSELS, June 24 - European Union governments agreed on Thursday to bar imports of potash, "
                    "tyres and petroleum products from Belarus, stepping up pressure on Minsk over the forced "
                    "landing of a Ryanair jet."
                ),
                "td",
            ),
            Probe(
                (
                    "The measures also ban EU banks from lending to the Belarusian state and freeze the assets of 78 "
                    "officials, among them the interior minister."
                ),
                "td",
            ),
            Probe("Potash, used to make fertiliser, is Belarus's largest export after oil products.", "t"),
            Probe(
                ("Belaruskali, the state producer, ships most of its potash through the Lithuanian port of Klaipeda."),
                "t",
            ),
            Probe("Lithuania said it would stop the shipments once the contracts ran out in February.", "td"),
            Probe("Minsk called the measures economic war and said it would respond.", "d", "t"),
            Probe(
                (
                    "President Alexander Lukashenko has threatened to let migrants cross into the EU and to cut gas "
                    "transit to the bloc."
                ),
                "d",
                "t",
            ),
            Probe("Britain, Canada and the United States announced similar steps on the same day.", "d", "t"),
            Probe("Analysts said Belarus would find buyers in China and India but at a discount.", "t"),
            Probe("The bloc first imposed sanctions after a disputed election in August last year.", "d", "t"),
        ],
    ),
    (
        "Bangladesh And Myanmar Agree To Trial Return Of Rohingya",
        [
            Probe(
                (
                    "DHAKA, March 15 - Bangladesh and Myanmar agreed on Wednesday to a pilot scheme to return about "
                    "1,100 Rohingya refugees to Rakhine state before the monsoon, officials said after talks in "
                    "Kunming hosted by China."
                ),
                "d",
            ),
            Probe(
                (
                    "A Myanmar delegation will visit the camps in Cox's Bazar next week to verify the identity of "
                    "those selected."
                ),
                "d",
            ),
            Probe(
                (
                    "More than 700,000 Rohingya fled to Bangladesh in 2017 after a military crackdown that UN "
                    "investigators said was carried out with genocidal intent."
                ),
                "m",
                "d",
            ),
            Probe("Refugee leaders said few would go back without a guarantee of citizenship and safety.", "d"),
            Probe(
                (
                    "The UN refugee agency said conditions in Rakhine were not yet right for returns and that it had "
                    "not been part of the talks."
                ),
                "d",
            ),
            Probe("Two earlier attempts, in 2018 and 2019, failed when no refugees agreed to board the buses.", "d"),
            Probe("Fighting between the army and the Arakan Army rebels has since spread across much of Rakhine.", "m"),
            Probe(
                (
                    "Bangladesh's foreign secretary said his country could no longer bear the cost of hosting the "
                    "refugees as foreign aid for the camps falls."
                ),
                "d",
                "t",
            ),
            Probe(
                (
                    "Food rations in the camps were cut to $8 a person a month this year after the World Food "
                    "Programme ran short of funds."
                ),
                "",
                "dt",
            ),
            Probe("China has mediated between the two neighbours since 2017.", "d"),
        ],
    ),
    (
        "Observers Praise Calm Vote In Malawi As Count Begins",
        [
            Probe(
                (
                    "LILONGWE, Sept 17 - Malawians voted peacefully on Tuesday in presidential and parliamentary "
                    "elections, and counting began soon after polls closed, the electoral commission said."
                ),
                "",
            ),
            Probe("Turnout was about 68 percent, the commission said.", ""),
            Probe(
                (
                    "Observers from the European Union, the African Union and the Southern African Development "
                    "Community said the vote had been well run, though some polling stations opened late."
                ),
                "",
                "d",
            ),
            Probe(
                (
                    "The head of the EU mission told reporters that her team had visited 600 polling stations in all "
                    "28 districts."
                ),
                "",
                "d",
            ),
            Probe(
                (
                    "President Chilima is seeking a second term against four challengers, among them the former "
                    "president Peter Mutharika."
                ),
                "",
            ),
            Probe("Maize prices and power cuts dominated the campaign.", ""),
            Probe("Opposition parties complained of delays in the delivery of ballot papers in the south.", ""),
            Probe("Results must be announced within eight days.", ""),
            Probe(
                (
                    "The constitutional court annulled the 2019 election over irregularities, the first such ruling "
                    "in Africa to lead to a rerun won by the opposition."
                ),
                "",
            ),
        ],
    ),
    (
        "Court Jails Former Mayor Of Oeiras For Bribery",
        [
            Probe(
                (
                    "A Lisbon court on Friday sentenced the former mayor of Oeiras to six years in prison for taking "
                    "bribes from builders in return for planning permits."
                ),
                "",
            ),
            Probe(
                (
                    "Judges found that he had received more than 900,000 euros through a cousin's company between "
                    "2014 and 2019."
                ),
                "",
            ),
            Probe("His lawyer said he would appeal.", ""),
            Probe("Two builders were given suspended sentences.", ""),
            Probe("Prosecutors had sought eight years.", ""),
            Probe(
                (
                    "The case is one of several to have shaken local government in Portugal, where an anti-graft "
                    "agency was set up in 2021."
                ),
                "",
            ),
        ],
    ),
    (
        "Hot Summer Lifts Danish Brewer's Profit",
        [
            Probe(
                (
                    "Danish brewer Norbryg reported a 14 percent rise in second-quarter operating profit on "
                    "Wednesday, helped by a hot summer and higher prices."
                ),
                "",
            ),
            Probe("Sales volumes rose 3 percent, with strong demand for alcohol-free beer.", ""),
            Probe(
                ("The company raised its full-year forecast and said it would buy back shares worth 2 billion crowns."),
                "",
            ),
            Probe("Chief executive Mette Lund said costs for cans and barley had begun to ease.", ""),
            Probe("Shares rose 6 percent in Copenhagen.", ""),
            Probe("Its business in Vietnam, where it has two breweries, grew fastest.", "", "t"),
        ],
    ),
    (
        "Rangers Fight Back To Beat Celtic In Old Firm Clash",
        [
            Probe(
                (
                    "Rangers came from a goal down to beat Celtic 2-1 at Ibrox on Sunday and close the gap at the "
                    "top of the Scottish Premiership to three points."
                ),
                "",
            ),
            Probe(
                (
                    "Celtic's captain opened the scoring with a header from a corner after 12 minutes, and the "
                    "visitors dominated the first half."
                ),
                "",
            ),
            Probe("The home side's manager said his players had shown they were ready for a battle.", ""),
            Probe("Two late strikes, the second a shot from 25 metres in stoppage time, turned the match.", ""),
            Probe("Police made 11 arrests around the ground, mostly for disorder, a spokesman said.", ""),
            Probe("Celtic host Dundee on Wednesday, while Rangers travel to Aberdeen.", ""),
        ],
    ),
    (
        "Senate Hopefuls Clash Over Jobs In Ohio Debate",
        [
            Probe(
                (
                    "The two candidates for Ohio's open Senate seat traded insults over jobs and abortion in their "
                    "only televised debate on Tuesday night."
                ),
                "",
            ),
            Probe(
                (
                    "The Republican, a former car dealer, said his opponent had voted for a trade deal with China "
                    "that cost the state thousands of factory jobs."
                ),
                "t",
            ),
            Probe(
                "The Democrat said she had never voted for the deal and accused him of lying about her record.", "", "t"
            ),
            Probe("Both promised to stand up to Beijing and to bring jobs home.", "", "td"),
            Probe("A poll last week gave the Republican a four-point lead.", ""),
            Probe("The debate, held at a college in Dayton, was marked by several heated exchanges over crime.", ""),
            Probe("Early voting begins next week.", ""),
        ],
    ),
]

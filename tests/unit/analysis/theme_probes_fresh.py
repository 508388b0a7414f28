"""Fresh fictional articles for probing the themes (see theme_probes.py for the format), written before the rules they
check were changed, in styles the other probes have little of: datelined newswire, business pages, long-form world
news, and look-alikes that must get no theme (domestic politics, sport, culture, crime without armed conflict, a
court, the weather). All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FRESH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Minister Summons Envoy Over Detained Engineer",
        [
            Probe(
                "OSLAND, March 3 - Norway's foreign minister summoned Iran's ambassador on Monday to demand "
                "consular access to a Norwegian engineer held in Tehran since January, the ministry said.",
                "d",
            ),
            Probe(
                "The engineer, who worked for a water utility, was arrested at the airport as he was about to fly "
                "home, his family said.",
                "d",
            ),
            Probe(
                "Iranian state media said he faced charges of spying, which his employer called absurd.",
                "d",
            ),
            Probe(
                "A spokeswoman for the ministry told reporters at a regular briefing that Oslo had raised the case "
                "at every level and would keep doing so.",
                "d",
            ),
        ],
    ),
    (
        "Court Approves Extradition Of Banker To United States",
        [
            Probe(
                "A Swiss court on Wednesday approved the extradition of a former banker to the United States, where "
                "he is wanted on fraud charges, rejecting his argument that he would not get a fair trial.",
                "d",
                "t",
            ),
            Probe(
                "Washington requested his extradition last year under a treaty between the two countries.",
                "d",
            ),
            Probe("His lawyer said he would appeal to the supreme court.", "", "d"),
        ],
    ),
    (
        "Foreign Ministers Meet To Rescue Stalled Water Accord",
        [
            Probe(
                "The foreign ministers of Egypt, Sudan and Ethiopia met in Khartoum on Sunday for the first time in "
                "two years, seeking to revive an accord on sharing the waters of the Nile.",
                "d",
            ),
            Probe(
                "Cairo has long said the dam upstream threatens its supply, while Addis Ababa says it needs the "
                "power for millions of homes without electricity.",
                "d",
            ),
            Probe(
                "The three agreed to set up technical committees and meet again before the rainy season, according "
                "to a joint statement.",
                "d",
            ),
            Probe(
                "Farmers in the delta say the river has been lower each summer, though scientists blame the drought "
                "as much as the dam.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Shelling Kills Three In Frontline Town",
        [
            Probe(
                "KERAVA, Nov 9 - Shelling killed three people and wounded eight in the frontline town of Kerava "
                "overnight, the regional governor said on Saturday.",
                "m",
            ),
            Probe(
                "A shell hit a five-storey apartment block shortly after midnight, and rescuers pulled two "
                "survivors from the rubble at dawn.",
                "m",
            ),
            Probe(
                "The town, about 10 km from the front, has been hit almost daily since the summer.",
                "m",
            ),
            Probe(
                "The defence ministry said its air defences shot down 41 of 45 drones launched overnight.",
                "m",
            ),
        ],
    ),
    (
        "Militants Ambush Convoy In Northern Province",
        [
            Probe(
                "Militants ambushed a convoy carrying fuel in the northern province on Friday, killing nine drivers "
                "and setting the tankers ablaze, police and local officials said.",
                "m",
            ),
            Probe(
                "No group claimed responsibility, but the area has seen a rise in attacks by insurgents linked to "
                "the Islamic State.",
                "m",
            ),
            Probe(
                "The road is the only supply route to three towns that have been cut off since the rainy season.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Navy Orders Six Frigates In Biggest Deal In A Decade",
        [
            Probe(
                "The navy has ordered six frigates from a domestic shipyard for 4.2 billion euros, the largest "
                "defence procurement in a decade, the government said on Tuesday.",
                "m",
            ),
            Probe(
                "The ships will replace vessels built in the 1980s and carry anti-submarine helicopters.",
                "m",
            ),
            Probe(
                "Shares in the shipbuilder rose 7 percent on the news.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Allies Begin Air Exercise Over Baltic",
        [
            Probe(
                "Fighter jets from eleven countries began a two-week exercise over the Baltic Sea on Monday, "
                "practising the defence of the alliance's eastern flank.",
                "m",
                "d",
            ),
            Probe(
                "Crews will rehearse refuelling in the air and intercepting aircraft that fly without transponders.",
                "m",
            ),
        ],
    ),
    (
        "Factory Orders Fall As Export Demand Weakens",
        [
            Probe(
                "German factory orders fell 1.8 percent in October, dragged down by weaker demand from abroad, "
                "the statistics office said on Thursday.",
                "t",
            ),
            Probe(
                "Foreign orders dropped 3.1 percent, with orders from outside the euro zone down 4.6 percent.",
                "t",
            ),
            Probe(
                "Economists polled by the agency had expected a small rise.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Carmaker Cuts Outlook, Blames Tariffs",
        [
            Probe(
                "The carmaker cut its full-year profit forecast on Wednesday, saying new tariffs on cars shipped to "
                "the United States would cost it about 800 million euros this year.",
                "t",
            ),
            Probe(
                "Chief executive Lena Vogt told analysts the company would move some production to its plant in "
                "South Carolina.",
                "t",
            ),
            Probe(
                "Its shares fell 4 percent in Frankfurt.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Opposition Leader Wins Party Vote",
        [
            Probe(
                "The opposition chose a former mayor as its leader on Saturday, hoping she can win back voters "
                "in the industrial north before the election next spring.",
            ),
            Probe(
                "She promised to cut waiting times in hospitals and build 300,000 homes, and attacked the "
                "government's record on crime.",
            ),
            Probe(
                "Her rival conceded defeat in a short speech to party members in the capital.",
            ),
        ],
    ),
    (
        "Striker Fires Champions To Cup Final",
        [
            Probe(
                "A late strike from the captain sent the champions into the cup final on Sunday, after a tense "
                "night in which both sides had a goal ruled out.",
            ),
            Probe(
                "The visitors' defence held firm for most of the second half before a mistake let him through.",
            ),
            Probe("The final will be played in the capital next month.", ""),
        ],
    ),
    (
        "Gang Leader Jailed For Life",
        [
            Probe(
                "A court jailed the leader of a drug gang for life on Monday for ordering the killing of two rivals "
                "who were shot outside a nightclub last year.",
            ),
            Probe(
                "Prosecutors said the gang had smuggled cocaine through the port hidden in banana boxes.",
            ),
            Probe("Police said they had seized 14 firearms and 2 million in cash in raids on the gang.", ""),
        ],
    ),
    (
        "Festival Opens With Film About Exile",
        [
            Probe(
                "The film festival opened on Thursday with a drama about a poet who fled his country in the 1970s "
                "and never went back.",
            ),
            Probe(
                "The director said she had spent ten years finding the money to make it and had cast his "
                "granddaughter in a small part.",
            ),
        ],
    ),
    (
        "Storm Leaves Thousands Without Power",
        [
            Probe(
                "A storm with winds of up to 140 km an hour left 80,000 homes without power on Tuesday and closed "
                "schools along the coast.",
            ),
            Probe(
                "Soldiers were sent to help clear fallen trees from roads in the worst-hit villages.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Rival Leaders Agree To Talks As Fighting Rages",
        [
            Probe(
                "The leaders of the two warring factions agreed on Thursday to talks in Nairobi, hosted by Kenya's "
                "president, as fighting for the capital entered its third week.",
                "dm",
            ),
            Probe(
                "The African Union and the United Nations welcomed the move and urged both sides to silence their "
                "guns while the talks go on.",
                "d",
                "m",
            ),
            Probe(
                "Aid agencies say more than 200,000 people have fled the city since the first clashes.",
                "m",
            ),
            Probe(
                "Earlier mediation by neighbouring states failed when one side walked out.",
                "d",
            ),
        ],
    ),
    (
        "Leaders Pledge Closer Ties At Summit",
        [
            Probe(
                "India and Japan pledged on Saturday to deepen cooperation on defence, clean energy and "
                "semiconductors as their prime ministers met for an annual summit in Tokyo.",
                "d",
                "mt",
            ),
            Probe(
                "The two sides signed eight agreements, including one to share data on shipping in the Indian Ocean.",
                "d",
                "m",
            ),
            Probe(
                "The Indian leader later visited a bullet train factory and laid a wreath at a memorial in the city.",
                "d",
            ),
        ],
    ),
    (
        "Country Joins Others In Recognising Palestinian State",
        [
            Probe(
                "Ireland formally recognised a Palestinian state on Tuesday, joining a growing group of European "
                "governments, and said it would upgrade its representative office to an embassy.",
                "d",
            ),
            Probe(
                "Israel recalled its ambassador in Dublin for consultations and called the decision a reward "
                "for terrorism.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Warning Against Travel To Border Region",
        [
            Probe(
                "Britain raised its travel warning for the border region on Friday, advising against all travel "
                "within 50 km of the frontier after a spate of kidnappings of foreigners.",
                "d",
            ),
            Probe(
                "The Foreign Office said British nationals already there should leave by commercial means while "
                "flights were still running.",
                "d",
            ),
        ],
    ),
    (
        "Parliament Passes Budget After All-Night Session",
        [
            Probe(
                "Parliament passed next year's budget early on Friday after an all-night session, raising spending "
                "on pensions and cutting fuel subsidies.",
            ),
            Probe(
                "The finance minister said the deficit would fall to 2.9 percent of output, within the limit set by "
                "law.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Grain Shipments Resume From Black Sea Ports",
        [
            Probe(
                "Ships carrying grain began leaving Black Sea ports again on Monday after a three-week halt, "
                "traders said, easing fears of a shortage in North Africa.",
                "t",
            ),
            Probe(
                "Insurers had refused to cover vessels after a mine damaged a bulk carrier near the coast.",
                "t",
                "m",
            ),
        ],
    ),
]

#: A second batch, written after the first lexicon changes and before any further one: a held-out check of them.
SECOND_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Council Fails To Agree On Sanctions After Veto",
        [
            Probe(
                "Russia vetoed a Security Council resolution on Wednesday that would have extended sanctions on "
                "Mali, with China abstaining and the other 13 members voting in favour.",
                "d",
                "t",
            ),
            Probe(
                "The French ambassador said the veto left the panel of experts who monitor the sanctions without a "
                "mandate for the first time since 2017.",
                "d",
                "t",
            ),
            Probe(
                "Moscow's envoy said the measures had outlived their purpose and punished ordinary people.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Prisoners Swapped At Border Crossing",
        [
            Probe(
                "The two countries exchanged 48 prisoners each at a border crossing on Sunday in a swap brokered "
                "by the United Arab Emirates, officials on both sides said.",
                "d",
                "m",
            ),
            Probe(
                "Most of those freed were soldiers captured in the first months of the war, the defence ministry said.",
                "m",
                "d",
            ),
            Probe(
                "Relatives waited for hours in the cold, some holding photographs of sons still missing.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Peacekeepers Wounded As Camp Comes Under Fire",
        [
            Probe(
                "Three peacekeepers were wounded when their camp in the south came under mortar fire on Thursday, "
                "the mission said, condemning what it called a deliberate attack.",
                "m",
            ),
            Probe(
                "The mission has 10,000 troops in the area to monitor a ceasefire agreed two decades ago.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Warships Shadow Each Other Near Disputed Reef",
        [
            Probe(
                "Chinese and Philippine coast guard vessels shadowed each other near a disputed reef for a third "
                "day, and Manila said one of its boats had been hit by a water cannon.",
                "md",
            ),
            Probe(
                "Manila summoned the Chinese deputy ambassador to protest, the foreign ministry said.",
                "d",
            ),
            Probe(
                "Beijing said the Philippine boat had entered its waters without permission and that its coast "
                "guard had acted in a professional manner.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Central Bank Holds Rates, Warns On Currency",
        [
            Probe(
                "The central bank kept its main interest rate at 6.5 percent on Thursday and said it was ready to "
                "act if the currency fell further against the dollar.",
                "t",
            ),
            Probe(
                "The peso has lost 9 percent this year as investors pulled money out of emerging markets.",
                "t",
            ),
        ],
    ),
    (
        "Retailer Posts Record Christmas Sales",
        [
            Probe(
                "The retailer said sales in the six weeks to January 4 rose 5.2 percent, helped by strong demand "
                "for toys and clothing, and raised its profit outlook.",
            ),
            Probe(
                "Its chief executive said shoppers had spent more freely than expected despite higher energy bills.",
            ),
        ],
    ),
    (
        "Police Break Up Protest Over Pension Reform",
        [
            Probe(
                "Police fired tear gas and arrested 40 people as tens of thousands marched against plans to raise "
                "the retirement age, the interior ministry said.",
            ),
            Probe(
                "Union leaders said they would call a general strike next week if the government did not back down.",
            ),
        ],
    ),
    (
        "Plot To Attack Christmas Market Foiled",
        [
            Probe(
                "Police arrested three men suspected of planning a bomb attack on a Christmas market, prosecutors "
                "said, adding that the men had pledged allegiance to the Islamic State.",
                "m",
            ),
            Probe(
                "Officers found bomb-making materials and a list of targets in a flat used by the group.",
                "m",
            ),
        ],
    ),
    (
        "Soldiers Seize Power, Dissolve Government",
        [
            Probe(
                "Soldiers seized the state broadcaster early on Wednesday and announced on air that the army had "
                "dissolved the government and suspended the constitution.",
                "m",
            ),
            Probe(
                "The regional bloc condemned the coup and threatened sanctions unless civilian rule was restored "
                "within six months.",
                "d",
                "mt",
            ),
            Probe(
                "Gunfire was heard near the presidential palace before dawn, residents said.",
                "m",
            ),
        ],
    ),
    (
        "Defence Budget Rises To Record As Threats Grow",
        [
            Probe(
                "The government will raise defence spending to 2.5 percent of economic output by 2030, buying "
                "long-range missiles, more fighter jets and air defence systems, the prime minister said.",
                "m",
            ),
            Probe(
                "Opposition parties said the money would be better spent on schools and hospitals.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Hackers Linked To Foreign State Hit Water Utilities",
        [
            Probe(
                "Hackers working for a foreign intelligence service broke into the control systems of three water "
                "utilities last month, the national cyber agency said on Friday.",
                "",
                "md",
            ),
            Probe(
                "The agency did not name the country but said the group had targeted utilities in Europe before.",
                "",
                "md",
            ),
        ],
    ),
    (
        "Oil Jumps After Producers Agree Deeper Cuts",
        [
            Probe(
                "Oil prices rose more than 3 percent on Monday after Saudi Arabia and Russia led a group of "
                "producers in agreeing to cut output by a further million barrels a day.",
                "t",
                "d",
            ),
            Probe(
                "Brent crude traded at 86 dollars a barrel by midday in London.",
                "t",
            ),
        ],
    ),
    (
        "Minister Resigns Over Expenses",
        [
            Probe(
                "The transport minister resigned on Sunday after newspapers reported that she had charged the "
                "taxpayer for flights taken on family holidays.",
            ),
            Probe(
                "The prime minister thanked her for her service and named a junior minister to replace her.",
            ),
        ],
    ),
    (
        "Border Closed As Refugees Flee Fighting",
        [
            Probe(
                "Thousands of people fleeing fighting between the army and rebels crossed into the neighbouring "
                "country before its government closed the border on Saturday.",
                "m",
                "d",
            ),
            Probe(
                "The UN refugee agency appealed to the government to reopen the crossing and let the families in.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Tennis Star Wins Fourth Title In Melbourne",
        [
            Probe(
                "The world number one beat her long-time rival in three sets on Saturday to win her fourth title, "
                "holding her nerve in a tense final set.",
            ),
            Probe(
                "Her opponent said she had been fighting a shoulder injury all fortnight and would take a break.",
            ),
        ],
    ),
]

"""A forty-fifth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: maritime and shipping news, in the manner of a shipping
daily, a maritime security bulletin and agency copy. Drone attacks on merchant ships in a strait and the naval escorts
sent, insurers' war-risk premiums and rerouted container lines, a port concession signed between two states,
sanctions on a shadow fleet of tankers and a flag registry that strikes them off, a coast guard standoff over a reef,
piracy off a coast, a canal's transit fees in a drought, a shipbuilding order for frigates. With look-alikes that get
no theme: a cruise line's results, a ferry workers' strike, a yacht race's "armada", a port city's festival, a
"torpedoed" merger, a container terminal's automation dispute with its dockers.

Boundaries judged here: freight rates, premiums and rerouted services are trade (markets, supply chains) when they
are moved by an attack or a canal, and the attack itself is military where it is told (a passing "since the attacks"
is not); a coast guard's water cannon against another state's ships in a disputed sea is a quarrel between states
(diplomacy) whose arms are optional; piracy met by warships is military, a robbery at anchor or a master's precautions
told alone are optional military.
Blind, main's rules got 17 of these 68 paragraphs wrong (trade missed 11 times, military twice; trade given 3 times,
military once). Two were label slips, relabelled: a warship downing a drone aimed at a container ship and a naval
mission grouping merchant ships into convoys protect shipping as the attack in the lead hurts it, so trade is optional
there as it is in the lead. After this batch's mends (the shipping market's words: spot rates, underwriters and the
area they list, cargoes in the plural; a walkout or stoppage as a cue against trade; the navy's maritime trade office
as no word of trade; a yacht as sport), 9 (see KNOWN_MISSES in test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FORTYFIFTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Drones Strike Two Tankers In Bab el-Mandeb; Navies Send Escorts",
        [
            Probe(
                "DJIBOUTI, May 9 (Wirenews) - Two explosive-laden drones struck a Liberian-flagged product tanker "
                "and a Maltese bulk carrier in the Bab el-Mandeb strait on Friday, setting one ablaze, the British "
                "military's maritime trade office said.",
                "m",
                "t",
            ),
            Probe(
                "The crew of the tanker, the Corran Bay, put out the fire after four hours and the vessel was making "
                "its way to Djibouti under its own power, its Greek manager Halcyon Ship Management said.",
                "m",
                "t",
            ),
            Probe(
                "No group claimed the attack, but Houthi forces in Yemen have fired dozens of missiles and drones at "
                "shipping in the waterway since last year, saying they target vessels linked to Israel.",
                "m",
            ),
            Probe(
                "A French frigate shot down a third drone heading for a container ship about 40 nautical miles west "
                "of Hodeidah, the French armed forces ministry said.",
                "m",
                "t",
            ),
            Probe(
                "The European Union's naval mission said it would add two destroyers to its escort force and group "
                "merchant ships into convoys through the southern Red Sea from next week.",
                "m",
                "dt",
            ),
            Probe(
                "India and Italy also said they were sending warships, and the Indian navy said one of its destroyers "
                "had already shadowed three Indian-crewed vessels through the strait.",
                "m",
                "d",
            ),
            Probe(
                "About 12 percent of world trade normally passes through the strait, and traffic has already fallen "
                "by half as owners send ships around the Cape of Good Hope.",
                "t",
                "m",
            ),
            Probe(
                "Brent crude rose 2 percent to $88 a barrel on the news.",
                "t",
            ),
            Probe(
                "The International Maritime Organization's secretary-general called the attacks a threat to "
                "seafarers and freedom of navigation and urged states with influence over the Houthis to use it.",
                "md",
            ),
            Probe(
                "Both ships were in ballast and no crew were hurt, the maritime trade office said.",
                "m",
                "t",
            ),
        ],
    ),
    (
        "War-Risk Premiums Triple As Box Lines Reroute Asia-Europe Loops",
        [
            Probe(
                "LONDON - War-risk premiums for Red Sea transits have tripled to 0.7 percent of a ship's hull value "
                "since the attacks resumed in April, brokers said on Monday, adding as much as $700,000 to a single "
                "voyage of a large container ship.",
                "t",
                "m",
            ),
            Probe(
                "Underwriters at Lloyd's have widened the listed area to cover the whole southern Red Sea and the "
                "Gulf of Aden, and some will no longer quote for ships with any link to Israel or the United States.",
                "t",
                "md",
            ),
            Probe(
                "Nordhavn Line said it would send all six of its Asia-Europe loops around Africa from next week, "
                "adding 10 to 14 days to each round voyage and taking some 9 percent of its capacity off the market.",
                "t",
                "m",
            ),
            Probe(
                "Spot rates from Shanghai to Rotterdam jumped 38 percent in a week to $4,850 per forty-foot box, the "
                "Drewry index showed, and shippers of furniture and car parts warned of gaps on store shelves by "
                "summer.",
                "t",
            ),
            Probe(
                "Egypt's Suez Canal Authority said transits had fallen to 34 a day from 72 a year ago, costing it "
                "about $500 million a month in fees.",
                "t",
                "m",
            ),
            Probe(
                '"Nobody is going to put a crew through that strait for a few days saved," said Pia Lund, head of '
                'chartering at a Copenhagen broker. "Until the navies can guarantee passage, it\'s the Cape."',
                "tm",
            ),
            Probe(
                "Elsewhere in the market, Meridian Cruises reported a record first-quarter profit of $212 million as "
                "bookings for Caribbean and Alaska sailings ran 11 percent ahead of last year.",
                "",
            ),
            Probe(
                "The cruise operator said it had moved two ships out of the eastern Mediterranean this season and "
                "raised its full-year forecast.",
                "",
                "m",
            ),
            Probe(
                "At the Port of Antwerp-Bruges, dockers walked out for 24 hours over plans to automate the straddle "
                "carriers at a container terminal, the third stoppage this year in the dispute.",
                "",
            ),
            Probe(
                "The terminal operator said the robots would cut costs by a fifth; the union said 400 jobs were at "
                "stake and threatened an indefinite strike.",
                "",
            ),
        ],
    ),
    (
        "Sri Lanka Signs 35-Year Port Concession With India's Adhira",
        [
            Probe(
                "COLOMBO - Sri Lanka on Tuesday signed a 35-year concession with India's Adhira Ports to build and run "
                "a deep-water container terminal at Trincomalee, in a deal the two governments said would deepen "
                "economic ties.",
                "td",
            ),
            Probe(
                "The $1.1 billion project, to be financed partly by India's Export-Import Bank, will give the terminal "
                "an annual capacity of 2.4 million boxes by 2031.",
                "t",
                "d",
            ),
            Probe(
                "India's foreign minister, who witnessed the signing with his Sri Lankan counterpart, said the port "
                "would make the island a hub for the Bay of Bengal and called the two states natural partners.",
                "dt",
            ),
            Probe(
                "The agreement comes two years after a Chinese state firm took control of the port of Hambantota on "
                "a 99-year lease, a deal New Delhi saw as a foothold for Beijing's navy on its doorstep.",
                "dt",
                "m",
            ),
            Probe(
                "Under the concession, Sri Lanka's Ports Authority keeps a 15 percent stake and the right to approve "
                "any visit by foreign warships to the terminal, a clause officials said was meant to ease Chinese "
                "concerns.",
                "dm",
                "t",
            ),
            Probe(
                "Opposition lawmakers said the deal had been signed without a tender and that they would challenge "
                "it in the Supreme Court.",
                "",
                "td",
            ),
            Probe(
                "The signing took place as Trincomalee opened its annual harbour festival, with fireworks, a regatta "
                "of fishing boats and food stalls along the quay.",
                "",
            ),
            Probe(
                "Organisers said some 60,000 visitors were expected over the week.",
                "",
            ),
        ],
    ),
    (
        "Panama Registry Strikes Off 31 Tankers After US Sanctions",
        [
            Probe(
                "PANAMA CITY (Wirenews) - Panama's ship registry said on Wednesday it had begun removing 31 tankers "
                "from its flag after the United States sanctioned them for carrying Iranian and Russian oil above "
                "the price cap.",
                "t",
                "d",
            ),
            Probe(
                "The tankers, most of them more than 20 years old and owned through shell companies in Dubai and the "
                "Marshall Islands, form part of a so-called shadow fleet that moves crude outside Western insurance "
                "and finance.",
                "t",
            ),
            Probe(
                "The U.S. Treasury said the ships had carried more than $5 billion of oil since last year, much of it "
                "transferred ship-to-ship off Malaysia before landing at refineries in China.",
                "t",
            ),
            Probe(
                "Once de-flagged, a tanker cannot legally sail until it finds a new registry, and several have turned "
                "to smaller flags such as Gabon, the Comoros and Cameroon, or sailed with false papers.",
                "t",
            ),
            Probe(
                "Panama's maritime authority said it had cancelled 214 registrations in the past 18 months under an "
                "agreement with Washington and would inspect any tanker older than 15 years before it joins.",
                "t",
                "d",
            ),
            Probe(
                "Denmark, whose straits carry much of Russia's Baltic oil exports, said it would check the insurance "
                "papers of tankers anchoring off Skagen, a step Moscow called piracy.",
                "td",
            ),
            Probe(
                "The Danish navy has shadowed several of the tankers after one dragged its anchor across an "
                "undersea power cable in December.",
                "m",
                "t",
            ),
            Probe(
                "Traders said the price of Russian Urals crude rose $1.50 a barrel on the news, as buyers priced in "
                "fewer ships able to load it.",
                "t",
            ),
            Probe(
                "Iran's foreign ministry called the sanctions economic terrorism and said its oil sales would go on.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Coast Guard Ships Face Off At Second Thomas Shoal",
        [
            Probe(
                "MANILA - Chinese coast guard ships fired water cannon at two Philippine supply boats near Second "
                "Thomas Shoal on Sunday, injuring three crew, in the latest standoff over the disputed reef in the "
                "South China Sea, the Philippine military said.",
                "d",
                "m",
            ),
            Probe(
                "The boats were carrying food and water to a handful of Philippine marines stationed on a rusting "
                "navy ship that Manila grounded on the reef in 1999 to press its claim.",
                "m",
                "d",
            ),
            Probe(
                "China's coast guard said it had taken necessary control measures against vessels that intruded into "
                "Chinese waters, and accused Manila of trying to reinforce the wreck with building materials.",
                "d",
                "m",
            ),
            Probe(
                "The Philippine foreign ministry summoned China's ambassador and filed its 150th diplomatic protest "
                "since 2022.",
                "d",
            ),
            Probe(
                "The U.S. State Department said an armed attack on Philippine public vessels, aircraft or armed "
                "forces, including those of its coast guard, would invoke the two countries' 1951 mutual defence "
                "treaty.",
                "md",
            ),
            Probe(
                "A Chinese navy corvette and a cluster of maritime militia boats watched the encounter from a few "
                "miles away, according to a Philippine coast guard spokesman, who released video of the clash.",
                "m",
                "d",
            ),
            Probe(
                "An international tribunal ruled in 2016 that China's sweeping claims in the sea had no legal basis, "
                "a ruling Beijing rejects.",
                "d",
            ),
            Probe(
                "Fishermen in nearby Palawan said they had stopped going out to the shoal because of the standoff.",
                "",
                "dm",
            ),
        ],
    ),
    (
        "Maritime Security Bulletin: Pirates Board Bulker Off Somalia",
        [
            Probe(
                "Pirates armed with rifles and a rocket-propelled grenade boarded the bulk carrier Aster Wind about "
                "380 nautical miles east of Mogadishu on Thursday and took its 22 crew hostage, the EU naval force "
                "Atalanta said.",
                "m",
            ),
            Probe(
                "The Spanish frigate Navarra was sent to track the ship, which the pirates were steering towards the "
                "Puntland coast.",
                "m",
            ),
            Probe(
                "It is the ninth boarding off Somalia since November, after a lull of almost six years, and analysts "
                "say pirate groups have taken advantage of warships being pulled north to the Red Sea.",
                "m",
            ),
            Probe(
                "India's navy said its commandos had freed a Maltese-flagged bulker last month after a 40-hour "
                "operation and handed 35 suspected pirates to police in Mumbai.",
                "m",
            ),
            Probe(
                "In the Gulf of Guinea, a tanker was robbed at anchor off Lome overnight on Tuesday; the crew locked "
                "themselves in the citadel and the robbers escaped with ship's stores.",
                "",
                "m",
            ),
            Probe(
                "The Joint War Committee of London insurers is reviewing whether to extend its listed area off East "
                "Africa, which would raise the cost of cover for ships calling at Mombasa and Dar es Salaam.",
                "t",
                "m",
            ),
            Probe(
                "Masters are advised to keep a 24-hour watch, rig razor wire and report to the regional reporting "
                "centre when entering the high-risk area.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Panama Canal Raises Transit Fees As Drought Cuts Crossings",
        [
            Probe(
                "The Panama Canal Authority will raise transit fees by up to 25 percent from January and cap daily "
                "crossings at 24 as a drought drains Gatun Lake, the reservoir that feeds its locks.",
                "t",
            ),
            Probe(
                "The lake stood at 79.6 feet on Monday, near its record low, forcing the canal to limit the draught "
                "of the largest ships and auction slots to those that cannot wait.",
                "t",
            ),
            Probe(
                "A liquefied gas carrier paid $4 million at auction last month to skip a queue of more than 100 "
                "ships, a record that shipbrokers said reflected the premium on U.S. gas cargoes bound for Asia.",
                "t",
            ),
            Probe(
                "U.S. grain exporters have shifted soybean shipments to Gulf ports that route through the Suez Canal "
                "or around the Cape, raising freight costs by about $20 a tonne.",
                "t",
            ),
            Probe(
                "Canal administrator Rafael Mendez said the fees were needed to fund a new reservoir on the Indio "
                "river, which would take six years to build.",
                "t",
            ),
            Probe(
                "Farmers in the river valley have protested against the plan, which would flood some 2,000 homes.",
                "",
            ),
            Probe(
                "Separately, ferry workers on the Colon-Taboga routes went on strike on Friday for higher pay, "
                "stranding some 3,000 commuters.",
                "",
            ),
            Probe(
                "The ferry union said the strike would last until the operator met its demand for a 9 percent rise.",
                "",
            ),
        ],
    ),
    (
        "Norway Orders Five Frigates From Britain's Clydeway In $12 Billion Deal",
        [
            Probe(
                "OSLO - Norway has ordered five anti-submarine frigates from British shipbuilder Clydeway in a deal "
                "worth about $12 billion, the largest defence purchase in its history, the defence ministry said on "
                "Monday.",
                "m",
                "td",
            ),
            Probe(
                "The frigates, to be built in Glasgow and delivered from 2030, will hunt Russian submarines in the "
                "North Atlantic and escort allied convoys in a war, Defence Minister Eirik Haugland said.",
                "m",
                "d",
            ),
            Probe(
                "Britain's defence secretary called the order a strategic partnership between two close NATO allies "
                "and said the two navies would train, maintain and operate the ships together.",
                "md",
                "t",
            ),
            Probe(
                "Clydeway beat bids from France's Naval Group and Germany's TKMS, and its shares rose 9 percent in "
                "London.",
                "",
                "mt",
            ),
            Probe(
                "The order will secure some 4,000 jobs on the Clyde, the company said, and about 30 percent of the "
                "work will go to Norwegian suppliers.",
                "",
                "mt",
            ),
            Probe(
                "Clydeway's planned merger with engineering group Harland Bates was torpedoed last year when "
                "competition regulators blocked it, a decision the company has appealed.",
                "",
            ),
            Probe(
                "The shipyard's chairman, a keen sailor, will skipper one of the 40 yachts in next month's Round the "
                "Islands race, an armada that sails from Cowes at dawn.",
                "",
            ),
            Probe(
                "Norway's navy currently operates four frigates, after a fifth sank in 2018 following a collision "
                "with a tanker in a fjord.",
                "m",
            ),
        ],
    ),
]

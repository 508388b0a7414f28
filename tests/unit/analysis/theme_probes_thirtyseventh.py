"""A thirty-seventh batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: business newswire where the themes cross (a dateline,
eight to eleven paragraphs of market figures, company statements and officials' replies): export controls on
chipmaking tools and the reply of the state they aim at, a defence group's results with a tank sale held up by its
government's licence, tanker insurance and freight rates through a strait where navies escort convoys, a state visit
that signs trade and warship deals, a deep-water port built on a foreign state bank's loan, a tariff dispute at the
WTO answered with a retaliation list, a sanctions ban on reloading gas at a port, a fuel corridor financed by a Gulf
fund in a territory a neighbour claims; and one look-alike with no theme (a hostile takeover told in the words of war).
Blind, main's rules got 18 of these 89 paragraphs wrong (trade missed 6 times, diplomacy 3, military once; military
given 5 times, trade 3, diplomacy once): the look-alike's takeover "battle", "war chests" and "line of defence" read
as military; a ministry's and a spokeswoman's reply to export curbs and a minister's call to her counterpart missing
diplomacy; an insurer's and a shipowner's words, a contractor and an opposition's warning about a loan missing trade.
One was a label slip (a territory's own currency, named beside its army as a mark of statehood: trade optional, as
military is). After this round's mends (a takeover battle and shareholders a cue against war; "foreign and defence
ministers" no word of trade; a state that brings a share of a firm's sales its market; a "political weapon" no
weapon), 12: trade told through "the rules", insurance, a shipowner's words, a port's builder and a loan's critics;
a state's reply to export curbs and a minister's call to her counterpart short of diplomacy; an arms deal's
suppliers short of military; a visit's trade figures given diplomacy; and the takeover's "line of defence" and
"truce", which still lift each other.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

THIRTYSEVENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Dutch Widen Curbs On Chip Tools To China; Beijing Vows Response",
        [
            Probe(
                "THE HAGUE, Oct 7 (Globewire) - The Netherlands on Tuesday widened its export controls on machines "
                "used to make advanced semiconductors, requiring licences for shipments to China of three more types "
                "of deposition and etching tools, the trade ministry said.",
                "t",
                "d",
            ),
            Probe(
                "The rules take effect on Dec. 1 and follow similar steps by Washington and Tokyo, which have pressed "
                "allies for two years to keep tools that can make chips for weapons out of Chinese hands.",
                "td",
                "m",
            ),
            Probe(
                "Shares in Veldmaas, the Eindhoven-based toolmaker whose machines are most affected, fell 4.2 percent "
                "in Amsterdam. China accounted for 31 percent of its sales in the first half of the year.",
                "t",
            ),
            Probe(
                "The company said in a statement it expected the rules to cut next year's revenue by 300 million to "
                "400 million euros, and that it would keep servicing machines already installed in China.",
                "t",
            ),
            Probe(
                "China's commerce ministry said it firmly opposed the move and would take necessary measures to "
                "protect the lawful rights of its companies.",
                "td",
            ),
            Probe(
                "Spokeswoman Lin Qiaoyu told a regular briefing in Beijing that the Dutch government had bowed to "
                "pressure from a certain country and was turning normal commerce into a political weapon.",
                "td",
            ),
            Probe(
                "China refines most of the world's gallium and germanium, metals used in chips and radar, and last "
                "year restricted their export in what was widely seen as a reply to earlier Western curbs.",
                "t",
                "dm",
            ),
            Probe(
                "Dutch Trade Minister Marieke Schouten said the decision was taken on national security grounds alone "
                "and was not aimed at any one country.",
                "t",
                "dm",
            ),
            Probe(
                "She said she had spoken to her Chinese counterpart by telephone on Monday to explain the measures "
                "before they were announced.",
                "d",
                "t",
            ),
            Probe(
                "Industry groups in the Netherlands have warned that repeated curbs could push Chinese buyers towards "
                "domestic suppliers, which are catching up fast with state support.",
                "t",
            ),
            Probe(
                "Veldmaas shares have still gained about 18 percent this year on strong demand from chipmakers in "
                "Taiwan and South Korea.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Rheinfeld Defence Profit Doubles, Saudi Tank Order Awaits Berlin Licence",
        [
            Probe(
                "DUSSELDORF, Nov 6 (Globewire) - Rheinfeld Defence, Germany's second-largest maker of armoured "
                "vehicles, said on Thursday its third-quarter operating profit more than doubled to 412 million euros "
                "as European armies restocked after three years of war in Ukraine.",
                "m",
                "t",
            ),
            Probe(
                "Sales rose 38 percent to 2.9 billion euros and the order backlog reached a record 41 billion, led by "
                "ammunition contracts from Germany, Lithuania and the Netherlands.",
                "m",
                "t",
            ),
            Probe(
                "Chief Executive Anja Breuer told analysts on a call that the group would open a third shell plant "
                "next year, in Romania, to meet demand that would not fall back for a decade.",
                "m",
                "t",
            ),
            Probe(
                "The shares, which have more than tripled since early 2022, fell 3 percent after the company kept its "
                "full-year forecast unchanged.",
                "",
            ),
            Probe(
                "Breuer said a 3 billion euro order for 120 battle tanks from Saudi Arabia was still waiting for an "
                "export licence from the federal government, which has held it since March.",
                "mt",
                "d",
            ),
            Probe(
                "Berlin has tightened its stance on arms sales to the Gulf since the kingdom's forces were accused of "
                "killing civilians in air strikes in Yemen, though it approved the sale of air defence missiles to "
                "Riyadh last year.",
                "m",
                "dt",
            ),
            Probe(
                "A government spokesman said licence decisions took account of foreign and security policy and "
                "declined to comment on individual cases.",
                "m",
                "dt",
            ),
            Probe(
                "Saudi officials have told German diplomats that the kingdom could turn to South Korean or French "
                "suppliers if no answer came by the end of the year, two people familiar with the talks said.",
                "dm",
                "t",
            ),
            Probe(
                "The group also confirmed it was in talks to buy a Spanish maker of military trucks, which would give "
                "it a foothold in a market where governments favour local suppliers.",
                "",
                "mt",
            ),
            Probe(
                "The results come a week after rival Kaskor Systems, which makes air defence radars, raised its own "
                "forecast on orders from Poland and Denmark.",
                "m",
                "t",
            ),
        ],
    ),
    (
        "Tanker Insurance Triples As Navies Start Convoys Through Hormuz",
        [
            Probe(
                "LONDON/DUBAI, June 12 (Globewire) - The cost of insuring a tanker through the Strait of Hormuz "
                "tripled this week after two ships were hit by limpet mines off the Omani coast, brokers said, as "
                "Western navies began escorting convoys through the waterway.",
                "tm",
            ),
            Probe(
                "War-risk premiums rose to about 0.6 percent of a ship's value for a single passage, from 0.2 percent "
                "a week ago, adding some $600,000 to the cost of a voyage for a large crude carrier.",
                "t",
                "m",
            ),
            Probe(
                "Benchmark Brent crude rose 3.1 percent to $91.40 a barrel on Wednesday. About a fifth of the world's "
                "oil passes through the strait.",
                "t",
            ),
            Probe(
                "Iran has denied any role in the attacks and accused the United States of staging them to justify a "
                "larger military presence in the Gulf.",
                "m",
                "d",
            ),
            Probe(
                "Britain and France said on Tuesday their frigates would accompany tankers flying their flags in "
                "groups of four to six, and the U.S. Fifth Fleet said it would provide air cover.",
                "m",
                "d",
            ),
            Probe(
                "Shipping companies were divided. Norway's largest tanker owner, Fjordline Tankers, said it would "
                "join the convoys, while two Greek owners said they would wait at anchor off Fujairah until the "
                "situation became clearer.",
                "t",
                "m",
            ),
            Probe(
                '"We are not going to send crews into a minefield for a few days of higher rates," said the chief '
                "executive of one of the Greek firms, who asked not to be named.",
                "t",
                "m",
            ),
            Probe(
                "Charter rates for very large crude carriers on the route from the Gulf to China climbed to their "
                "highest since 2020, at about $95,000 a day, according to shipbroker data.",
                "t",
            ),
            Probe(
                "India and China, the largest buyers of Gulf crude, called for restraint. Beijing's foreign ministry "
                'said it was in contact with "all parties" to keep the waterway open.',
                "d",
                "tm",
            ),
            Probe(
                "The Joint War Committee of the London market, which lists areas of elevated risk for insurers, added "
                "Iran's coastal waters up to 12 nautical miles to its list on Monday.",
                "t",
                "m",
            ),
        ],
    ),
    (
        "Philippine President Signs $8 Billion In Deals On State Visit To Seoul",
        [
            Probe(
                "SEOUL, April 22 (Globewire) - Philippine President Ramon Dizon and South Korean President Kim "
                "Hae-won signed agreements worth about $8 billion on Tuesday on the first day of a three-day state "
                "visit, covering nickel processing, shipbuilding and a free trade pact that takes effect in July.",
                "td",
            ),
            Probe(
                "The two leaders also agreed to raise ties to a strategic partnership and to hold annual meetings of "
                "their foreign and defence ministers.",
                "d",
                "m",
            ),
            Probe(
                "Korean companies pledged to invest $3.5 billion in the Philippines, including a battery materials "
                "plant in Mindanao to be built by Sunwoo Chemical and a $1.2 billion upgrade of the Subic shipyard by "
                "Daemyung Heavy Industries.",
                "t",
                "d",
            ),
            Probe(
                "The Subic yard, which a South Korean builder abandoned in 2019 after running up debts, is also "
                "expected to repair ships for the Philippine navy, officials said.",
                "t",
                "m",
            ),
            Probe(
                "Manila also agreed to buy two more frigates from South Korea, adding to six warships it has ordered "
                "from Korean yards since 2016.",
                "mt",
                "d",
            ),
            Probe(
                "Under the free trade agreement, South Korea will remove tariffs on 96 percent of Philippine goods, "
                "including bananas and pineapples, while Manila will phase out its 30 percent duty on Korean cars "
                "over seven years.",
                "t",
                "d",
            ),
            Probe(
                "Trade between the two countries reached $15.6 billion last year, with the Philippines running a "
                "deficit of about $6 billion.",
                "t",
            ),
            Probe(
                "Dizon told a business forum on Wednesday that his country wanted partners, not patrons, and would "
                "not have to choose between Washington and Beijing.",
                "d",
                "t",
            ),
            Probe(
                "He is due to visit a shipyard in Ulsan on Thursday before flying to Tokyo for talks with Japan's "
                "prime minister.",
                "d",
            ),
            Probe(
                "Philippine business groups welcomed the deals but said investment pledges made during earlier "
                "presidential trips had often failed to materialise.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Chinese State Bank Lends $900 Million For Guinea-Bissau Port",
        [
            Probe(
                "BISSAU, Feb 17 (Globewire) - China's state export credit bank signed a $900 million loan on Monday "
                "to build a deep-water port at Buba in southern Guinea-Bissau, the finance ministry said, the largest "
                "foreign loan in the country's history.",
                "t",
                "d",
            ),
            Probe(
                "The port, to be built by Sinoharbour Construction, a state-owned group, will handle bauxite from "
                "mines in the interior and is due to open in 2029.",
                "t",
            ),
            Probe(
                "The loan carries an interest rate of 2 percent and a grace period of seven years, and will be repaid "
                "in part with bauxite export revenues, according to a copy of the agreement seen by Globewire.",
                "t",
            ),
            Probe(
                "The deal was signed in Bissau in the presence of China's ambassador, Zhao Minghui, who said it showed "
                "that the friendship between the two peoples was as deep as the sea.",
                "d",
                "t",
            ),
            Probe(
                "Opposition lawmakers said the terms had not been shown to parliament and warned the country could "
                "lose control of the port if it failed to pay, as Sri Lanka did at Hambantota.",
                "t",
                "d",
            ),
            Probe(
                "The International Monetary Fund, which has a $38 million programme with Guinea-Bissau, said it was "
                "seeking details of the loan to assess its effect on the country's debt.",
                "t",
                "d",
            ),
            Probe(
                "U.S. officials have raised concerns in several West African capitals that Chinese-built ports could "
                "one day host Chinese warships, a charge Beijing rejects.",
                "md",
            ),
            Probe(
                "China's only overseas military base is in Djibouti, though Washington has said Beijing has sought "
                "access to ports in Equatorial Guinea and Cambodia.",
                "m",
                "d",
            ),
            Probe(
                "Finance Minister Suleimane Djalo said the port would be run on commercial terms and that no military "
                "vessel of any country would use it.",
                "mt",
                "d",
            ),
            Probe(
                "Bauxite exports make up about a tenth of Guinea-Bissau's foreign earnings, with cashew nuts "
                "accounting for most of the rest.",
                "t",
            ),
        ],
    ),
    (
        "Mexico Lists U.S. Goods For Retaliation After WTO Tomato Ruling",
        [
            Probe(
                "MEXICO CITY, Aug 28 (Globewire) - Mexico on Thursday published a list of U.S. goods worth $1.9 "
                "billion a year that could face retaliatory duties of up to 25 percent, a week after a World Trade "
                "Organization panel found Washington's tariffs on Mexican tomatoes broke global trade rules.",
                "t",
                "d",
            ),
            Probe(
                "The list includes pork, bourbon, cranberries and motorcycles, goods chosen, economy ministry "
                "officials said, to hit states whose lawmakers back the tomato duties.",
                "t",
            ),
            Probe(
                "Economy Minister Lorena Vidal said Mexico preferred a negotiated settlement and had invited the U.S. "
                "trade representative to talks in Washington next month.",
                "td",
            ),
            Probe(
                '"The panel has spoken. We hope our partners will respect the rules they wrote," she told reporters.',
                "t",
                "d",
            ),
            Probe(
                "The U.S. Trade Representative's office said it would appeal the ruling, which sends the case into a "
                "void, since the WTO's Appellate Body has had no members since 2019 because Washington blocks "
                "appointments.",
                "t",
                "d",
            ),
            Probe(
                "Mexico argues that once an appeal cannot be heard, it may retaliate without waiting, a reading the "
                "United States disputes.",
                "t",
                "d",
            ),
            Probe(
                "Florida growers, who brought the original complaint, said the duties of 21 percent imposed in 2024 "
                "had saved thousands of farm jobs.",
                "t",
            ),
            Probe(
                "U.S. imports of Mexican tomatoes fell by about a quarter after the duties, to $2.3 billion last year, "
                "while prices in American supermarkets rose.",
                "t",
            ),
            Probe(
                "Growers' associations in Sinaloa, the main producing state, said packing houses had cut about 40,000 "
                "seasonal jobs since the duties took effect.",
                "t",
            ),
            Probe(
                "The dispute comes as the two countries and Canada prepare for a review of their regional trade pact "
                "next year.",
                "td",
            ),
        ],
    ),
    (
        "EU Bans Reloading Of Russian LNG At Its Ports; Zeebrugge Counts Cost",
        [
            Probe(
                "BRUSSELS, Jan 23 (Globewire) - European Union governments on Wednesday agreed to ban the "
                "transshipment of Russian liquefied natural gas through EU ports from March, part of a 16th package "
                "of sanctions over the war in Ukraine.",
                "td",
                "m",
            ),
            Probe(
                "The measure will hit the terminal at Zeebrugge, which reloads about 5 million tonnes a year of "
                "Russian LNG from ice-class tankers onto ordinary ships bound for Asia.",
                "t",
            ),
            Probe(
                "Fluxlane, which runs the terminal under a 20-year contract with a Russian producer, said it would "
                "seek compensation and that the ban could cost about 150 jobs.",
                "t",
            ),
            Probe(
                "The ban does not stop imports of Russian gas for use within the EU, which some member states, "
                "including Hungary and Slovakia, still rely on.",
                "t",
                "d",
            ),
            Probe(
                "Hungary had threatened to veto the package until it won an exemption for a pipeline that carries "
                "Russian oil to its refineries, diplomats said.",
                "td",
            ),
            Probe(
                "Moscow called the sanctions illegal and said it would find other routes. "
                '"European consumers will pay for these decisions," a Kremlin spokesman said.',
                "td",
            ),
            Probe(
                "Ukraine's foreign minister, Oksana Melnyk, said the measure was overdue and urged the bloc to ban "
                "imports of Russian LNG altogether.",
                "td",
                "m",
            ),
            Probe(
                "Gas prices on the Dutch TTF hub, Europe's benchmark, rose 2 percent to 46 euros per megawatt hour "
                "after the decision.",
                "t",
            ),
            Probe(
                "Analysts at Brenner Energy Research said Russia could shift the cargoes to ship-to-ship transfers "
                "off Murmansk, but at higher cost and with fewer tankers available in winter.",
                "t",
            ),
            Probe(
                "The package also adds 74 vessels of Russia's so-called shadow fleet to a list of ships barred from "
                "EU ports and services, bringing the total to 153.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Gulf Fund Lends $650 Million For Berbera Fuel Corridor; Somalia Protests",
        [
            Probe(
                "HARGEISA, May 9 (Globewire) - A Gulf state development fund agreed on Friday to lend $650 million "
                "for a road and fuel pipeline linking the port of Berbera to the Ethiopian border, Somaliland's "
                "government said, a project meant to give landlocked Ethiopia a second route to the sea.",
                "t",
                "d",
            ),
            Probe(
                "Ethiopia, a country of 120 million people, moves about 95 percent of its imports and exports "
                "through neighbouring Djibouti, paying more than $1.5 billion a year in port fees.",
                "t",
            ),
            Probe(
                "Somalia, which regards Somaliland as part of its territory, said the agreement was null and void and "
                "recalled its ambassador to the United Arab Emirates for consultations.",
                "d",
                "t",
            ),
            Probe(
                "Mogadishu broke off relations with Addis Ababa for several months last year after Ethiopia signed a "
                "memorandum with Somaliland seeking a naval base on its coast in return for possible recognition.",
                "dm",
            ),
            Probe(
                "The fund, which also helped pay for the expansion of Berbera's container terminal in 2021, did not "
                "respond to a request for comment.",
                "t",
            ),
            Probe(
                "The pipeline will carry diesel and jet fuel from tanks at Berbera to a depot near the border town of "
                "Togochale, cutting the cost of trucking fuel by about a third, according to a feasibility study.",
                "t",
            ),
            Probe(
                'Lorry drivers on the corridor say the road is already busier than a year ago. "Before, I made the '
                'trip twice a month. Now it is four times," said Abdi Warsame, who drives a fuel tanker for a company '
                "in Hargeisa.",
                "t",
            ),
            Probe(
                "Security on the route remains a concern. Al Shabaab fighters have attacked convoys in eastern "
                "Ethiopia, and Somaliland's army clashed with clan militias near Las Anod in 2023.",
                "m",
            ),
            Probe(
                "Ethiopian officials said the corridor was a commercial project and would not change Addis Ababa's "
                "position on Somalia's territorial integrity.",
                "d",
                "t",
            ),
            Probe(
                "Somaliland, which declared independence in 1991, is not recognised by any UN member state but has "
                "its own currency, army and passports.",
                "d",
                "mt",
            ),
        ],
    ),
    (
        "Lindqvist Board Rejects Raised Norrboda Bid, Readies Long Fight",
        [
            Probe(
                "STOCKHOLM, Sept 3 (Globewire) - The board of Swedish packaging maker Lindqvist Pack on Wednesday "
                "rejected a raised 4.1 billion crown bid from rival Norrboda, digging in for a long takeover battle "
                "that bankers say could run into the new year.",
                "",
            ),
            Probe(
                "Norrboda, which already owns 18 percent of Lindqvist, called the board's response a declaration of "
                "war on its own shareholders and said it would take its offer directly to investors.",
                "",
            ),
            Probe(
                "Lindqvist's chairman, Per Ekholm, said the offer undervalued the company by any measure and that the "
                "board had hired advisers to look at every line of defence.",
                "",
            ),
            Probe(
                'Analysts said a truce was unlikely. "Both camps have war chests and neither can afford to retreat," '
                "said Karin Sjoberg at a Stockholm brokerage.",
                "",
            ),
            Probe(
                "Lindqvist shares rose 6 percent to 212 crowns, above the offer price of 205, suggesting investors "
                "expect a higher bid.",
                "",
            ),
            Probe(
                "The battle has split the company's largest investors. A pension fund with 9 percent said it would "
                "accept, while the founding family, with 14 percent, said it would fight the bid.",
                "",
            ),
            Probe(
                "Norrboda's chief executive, Jonas Berg, said the combined group would save 600 million crowns a "
                "year, largely by closing two of Lindqvist's five plants in Sweden.",
                "",
            ),
            Probe("Unions at the plants in Gavle and Orebro said they would oppose any closures.", ""),
        ],
    ),
]

"""A fifty-second batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: markets and commodities reports where world affairs move
prices, as the wires and the financial press write them. Oil on warships facing off in a strait, wheat on a port
blockade, defence stocks after an alliance summit pledges spending, a currency under sanctions, gold as a haven in a
war, war-risk insurance and freight rates after attacks on ships, metals on export curbs, bonds on a ceasefire; with
look-alikes of market news with no theme: a retailer's results and a "war" of price cuts between supermarkets with a
"battle" for market share, a rate decision on domestic inflation beside a "truce" in a bidding fight and a "summit" of
a company's investors.

Boundaries judged here: prices, futures, freight, premiums, currencies and bonds moved by world affairs are trade
(markets, exchange between states); the event that moves them takes its own theme where a clause tells it (warships
shadowing a frigate, a mine on a tug, a pledge at a summit, a ceasefire brokered), not where a word only names it ("on
the news", "the conflict premium"). A share price alone is optional trade, and takes trade where it is tied to exports
or to a state's market; a domestic rate decision on domestic prices is optional trade, a supermarket price war and a
bidding fight get no theme.
Blind, main's rules got 13 of these 87 paragraphs wrong, two of them label slips, relabelled: a drone that hits a bulk
carrier and a tanker is an attack on shipping, trade optional as in the forty-fifth batch; a bidder's shares above its
offer are a share price alone, trade optional by this batch's own boundary. 11 left: trade missed for the price of
gold and of bonds in a war or ceasefire story and for charter rates; diplomacy missed for talks on a missile
programme that broke down (trade given there); and the look-alikes' words taken at face value (a chief executive's
"war", an "investor summit", a "peace treaty" between bidders, "gains in defence" as military, diplomacy on a share
price).
After this batch's mends (the markets' units and instruments as words of trade: futures, gold by the ounce, charter
rates, bonds "on the dollar"; a price that hits a record as no blow; a lead's shares as no participants of its summit),
5 are left: talks on a missile programme between a fictional state and three governments (diplomacy 1.5 of 2.8), a
sector's "gains in defence" under a headline of defence stocks, and the look-alikes' figures of speech (a chief
executive's "war", an "investor summit", a "peace treaty" between bidders); see KNOWN_MISSES in test_theme_probes.py.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FIFTYSECOND_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Oil jumps 4% as warships face off near Strait of Tarvan",
        [
            Probe(
                "LONDON, March 4 (Wirenews) - Oil prices jumped more than 4 percent on Tuesday, their biggest one-day "
                "gain in six months, after navy vessels of Qaresh and Dalmoria faced off near the Strait of Tarvan, "
                "through which about a sixth of the world's seaborne crude passes.",
                "tm",
                "d",
            ),
            Probe(
                "Brent crude futures settled up $3.41, or 4.2 percent, at $84.90 a barrel. U.S. West Texas "
                "Intermediate crude rose $3.12 to $80.55.",
                "t",
            ),
            Probe(
                "Qaresh's navy said two of its patrol boats had shadowed a Dalmorian frigate for several hours and "
                "warned it to leave what Qaresh calls its territorial waters. Dalmoria said the frigate was escorting "
                "tankers in international waters.",
                "m",
                "dt",
            ),
            Probe(
                '"The market had priced in almost no risk from the strait, and now it has to price in some," said '
                'Hanne Ostberg, head of commodities research at Kelder Bank. "A few hours of shadowing is not a '
                'blockade, but tankers will think twice."',
                "t",
                "m",
            ),
            Probe(
                "Charter rates for supertankers loading in the Gulf of Tarvan rose by a fifth in afternoon trade, "
                "shipbrokers said, and at least two owners said they would wait for naval escorts before sending "
                "ships through.",
                "t",
                "m",
            ),
            Probe(
                "Dalmoria's foreign ministry summoned Qaresh's ambassador and demanded an explanation, while a "
                "spokesman for the United Nations secretary-general urged both governments to show restraint.",
                "d",
                "m",
            ),
            Probe(
                "Gains were capped by data showing U.S. crude inventories rose by 3.2 million barrels last week, more "
                "than analysts had expected.",
                "t",
            ),
            Probe(
                "Shares of European refiners fell, while tanker operators rallied; Fjellstad Tankers jumped 9 percent "
                "in Oslo.",
                "",
                "t",
            ),
            Probe(
                "Gold rose 0.8 percent as investors sought safety, and the dollar firmed against most currencies.",
                "t",
            ),
        ],
    ),
    (
        "Wheat hits two-year high as blockade of Port Yarrow enters second week",
        [
            Probe(
                "CHICAGO, May 12 (Wirenews) - Wheat futures climbed to their highest in two years on Monday as a naval "
                "blockade of Port Yarrow, Orvania's main grain outlet, entered its second week with no sign that "
                "ships would be let through.",
                "tm",
            ),
            Probe(
                "The most-active wheat contract on the Chicago Board of Trade rose 28 cents to $7.92 a bushel after "
                "touching $8.01, its highest since March of last year. Corn rose 9 cents and soybeans were little "
                "changed.",
                "t",
            ),
            Probe(
                "Orvania shipped about 11 million tonnes of wheat last season, most of it through Yarrow, to buyers in "
                "North Africa and the Middle East.",
                "t",
            ),
            Probe(
                "Kestrian warships have turned back at least six grain carriers since the blockade began, and a mine "
                "struck a tug near the harbour entrance on Friday, Orvania's port authority said.",
                "m",
                "t",
            ),
            Probe(
                "Egypt's state grain buyer cancelled a tender for imported wheat on Monday after receiving only two "
                "offers, both priced well above its last purchase, traders said.",
                "t",
            ),
            Probe(
                '"Buyers who relied on Orvanian wheat are scrambling for French and Argentine cargoes, and the sellers '
                'know it," said Teodor Lind, a grains analyst at Harwell Commodities in Geneva.',
                "t",
            ),
            Probe(
                "Turkey said on Sunday it was ready to host talks on a safe corridor for grain ships, and Orvania's "
                "foreign minister was due in Ankara on Wednesday. Kestria has not said whether it would take part.",
                "d",
                "tm",
            ),
            Probe(
                "Traders said a corridor deal could send prices down as fast as they had risen, with some 2 million "
                "tonnes of grain waiting in Yarrow's silos.",
                "t",
                "d",
            ),
            Probe("Milling wheat on Euronext in Paris rose 3.50 euros to 268 euros a tonne.", "t"),
        ],
    ),
    (
        "Defence stocks hit records after alliance summit pledges higher spending",
        [
            Probe(
                "FRANKFURT, June 26 (Wirenews) - Shares of European defence companies rose to record highs on Thursday "
                "after leaders at an alliance summit in Valmora pledged to lift military spending to 3.5 percent of "
                "economic output within eight years.",
                "md",
                "t",
            ),
            Probe(
                "Germany's Rennwerk, which makes armoured vehicles and artillery shells, rose 7.4 percent, and "
                "Italian missile maker Caprona Sistemi gained 6.1 percent. The STOXX Europe aerospace and defence "
                "index climbed 4.8 percent, its best day since March.",
                "",
                "tm",
            ),
            Probe(
                "The summit's final communique said allies would spend at least 1.5 percent of output on "
                "infrastructure, cyber defence and resilience, on top of 2 percent on their armed forces.",
                "md",
            ),
            Probe(
                '"Investors had doubted that governments would commit to a number, and now they have one with a '
                'date," said Pieter Aalders, a portfolio manager at Gelder Asset Management in Amsterdam. "Order books '
                'for ammunition and air defence will be full for a decade."',
                "m",
                "td",
            ),
            Probe(
                "Not every ally signed up with enthusiasm. Spain's prime minister said after the talks that his "
                "government would reach the target by its own path, and two other leaders asked for longer.",
                "d",
                "m",
            ),
            Probe(
                "Analysts at Brevik Securities raised their price targets for six defence groups, saying European "
                "armies would need to buy more of their weapons at home rather than from U.S. suppliers.",
                "mt",
            ),
            Probe(
                "The rally spread to makers of steel and explosives, while bond yields of the more indebted allies "
                "rose on worries about how the spending would be paid for.",
                "",
                "tm",
            ),
            Probe(
                "The shares of Rennwerk have more than quadrupled since early 2022.",
                "",
                "t",
            ),
            Probe(
                "Europe's broader market was flat, with losses in carmakers offsetting the gains in defence.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Varnese dinar slides to record low as new sanctions hit banks",
        [
            Probe(
                "DUBAI, Oct 9 (Wirenews) - Varna's dinar fell to a record low against the dollar on the open market on "
                "Wednesday, a day after the United States and the European Union cut three more of its banks off from "
                "international payments over the country's missile programme.",
                "t",
                "md",
            ),
            Probe(
                "The dinar traded at about 612,000 to the dollar in the exchange shops of the capital, according to "
                "dealers and currency websites, down from 571,000 before the announcement.",
                "t",
            ),
            Probe(
                "The new measures bar the banks from dealing in dollars and euros and freeze any assets they hold "
                "abroad. The Treasury said the banks had moved money for firms that buy parts for drones and "
                "ballistic missiles.",
                "tm",
            ),
            Probe(
                "Varna's foreign ministry called the sanctions economic warfare and said it would bring a complaint "
                "to the United Nations.",
                "dt",
            ),
            Probe(
                "The central bank said it would sell hard currency to importers of food and medicine at a fixed rate "
                "and warned traders against hoarding dollars.",
                "t",
            ),
            Probe(
                '"Every round of sanctions makes the dollar dearer in the street, and every fall of the dinar feeds '
                'straight into prices of imported goods," said Laleh Moradi, an economist at the Istanbul-based '
                "Anatolia Research Centre.",
                "t",
            ),
            Probe(
                "Oil exports, the country's main source of hard currency, have fallen to about 900,000 barrels a day "
                "as buyers in Asia demand bigger discounts to take the risk.",
                "t",
            ),
            Probe(
                "Prices of gold coins in the bazaar rose 6 percent on the day as savers sought a hedge against the "
                "currency's fall.",
                "t",
            ),
            Probe(
                "Talks between Varna and three European governments on the missile programme broke down in June.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Gold tops $3,000 as war in Halvany drives investors to safety",
        [
            Probe(
                "SINGAPORE, Feb 17 (Wirenews) - Gold rose above $3,000 an ounce for the first time on Monday as "
                "fighting spread in Halvany over the weekend and investors fled riskier assets for the metal's "
                "safety.",
                "tm",
            ),
            Probe(
                "Spot gold was up 1.9 percent at $3,012.40 an ounce by 0640 GMT, after hitting a record $3,024.10 "
                "earlier in the session. U.S. gold futures rose 2.1 percent.",
                "t",
            ),
            Probe(
                "Troops of the Halvanian government and rebel forces fought for control of the airport outside the "
                "capital on Sunday, and artillery fire was heard in the city's southern districts, residents said.",
                "m",
            ),
            Probe(
                '"Gold is the one asset nobody has to trust a government to hold," said Renske Vermeulen, a precious '
                'metals strategist at Oldham & Pryce. "As long as the fighting spreads, the floor keeps rising."',
                "t",
                "m",
            ),
            Probe(
                "Holdings of the world's largest gold-backed exchange-traded fund rose by 14 tonnes last week, the "
                "biggest weekly inflow since 2020.",
                "t",
            ),
            Probe(
                "Central banks, led by those of China, Poland and Turkey, have bought more than 1,000 tonnes of gold a "
                "year for three years as they move reserves away from the dollar.",
                "t",
            ),
            Probe(
                "Silver rose 1.4 percent and platinum was little changed. The yen and the Swiss franc, two other "
                "havens, gained against the dollar.",
                "t",
            ),
            Probe(
                "Neighbouring states closed their borders with Halvany on Sunday and the African Union called an "
                "emergency meeting of its peace and security council.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "War-risk premiums double after drone attacks on ships in the Gulf of Merrin",
        [
            Probe(
                "LONDON, Aug 21 (Wirenews) - Insurers doubled the war-risk premiums they charge ships calling in the "
                "Gulf of Merrin after drones struck two merchant vessels this week, brokers said on Thursday, adding "
                "to costs for owners already paying more to sail around the region.",
                "tm",
            ),
            Probe(
                "Cover for a seven-day call now costs about 0.5 percent of a ship's hull value, up from 0.25 percent "
                "last week, three brokers said. For a large container ship worth $150 million, that adds $375,000 to "
                "a single voyage.",
                "t",
            ),
            Probe(
                "A drone hit the bridge of the bulk carrier Northern Grace on Tuesday, wounding two crew members, and "
                "a second struck a product tanker at anchor off Port Selim on Wednesday. A militia that controls part "
                "of the coast claimed both attacks.",
                "m",
                "t",
            ),
            Probe(
                "Container lines Oresund Line and Pacifica Freight said they would divert ships around the Cape of "
                "Storms until further notice, adding about ten days to voyages between Asia and northern Europe.",
                "t",
            ),
            Probe(
                "The Drewmark index of container spot rates rose 11 percent this week to $3,640 per 40-foot box, with "
                "the Shanghai to Rotterdam route up 17 percent.",
                "t",
            ),
            Probe(
                "The navies of four states have sent frigates to escort ships through the gulf, and a coalition "
                "warship shot down three drones on Wednesday night, the coalition's command said.",
                "m",
                "d",
            ),
            Probe(
                '"Underwriters will write cover as long as the navies are there, but at a price," said Mark Tillotson, '
                "a marine war underwriter at the Lloyd's syndicate Brackwater. \"One more hit on a tanker and "
                'some of them will stop quoting altogether."',
                "t",
                "m",
            ),
            Probe(
                "Shares of container lines rose on expectations of higher rates, and Oresund Line gained 5 percent "
                "in Copenhagen.",
                "",
                "t",
            ),
            Probe(
                "Port Selim handled about 2 million containers last year, most of them for re-export to East Africa.",
                "t",
            ),
        ],
    ),
    (
        "Gallium and germanium prices surge as Beijing tightens export curbs",
        [
            Probe(
                "HONG KONG, Dec 3 (Wirenews) - Prices of gallium and germanium outside China jumped to records on "
                "Tuesday after Beijing banned their export to the United States, a day after Washington widened its "
                "curbs on sales of advanced chips to Chinese firms.",
                "t",
                "d",
            ),
            Probe(
                "Gallium in Rotterdam was quoted at $1,150 a kilogram, up from $595 in early November, according to "
                "the price reporting agency Metalview. Germanium rose 12 percent to $3,400 a kilogram.",
                "t",
            ),
            Probe(
                "China produces about 98 percent of the world's gallium, used in chips and in radar, and 60 percent "
                "of its germanium, used in fibre optics and night-vision equipment.",
                "t",
                "m",
            ),
            Probe(
                "China's commerce ministry said the ban was needed to protect national security and that the metals "
                "had military uses. It also tightened checks on graphite shipped to U.S. buyers.",
                "t",
                "m",
            ),
            Probe(
                "The U.S. State Department said the move was coercion and that Washington was consulting allies in "
                "Japan and Europe on a joint response.",
                "d",
                "t",
            ),
            Probe(
                '"Buyers have inventories for a few months, not a few years," said Olga Brandt, an analyst at '
                'Falkner Metals Research. "After that the question is how fast anyone else can build a refinery."',
                "t",
            ),
            Probe(
                "Shares of Canadian and Australian miners with gallium projects rose sharply, with Nullarbor Minerals "
                "up 31 percent in Sydney.",
                "",
                "t",
            ),
            Probe(
                "Copper fell 0.6 percent on the London Metal Exchange on worries about demand from Chinese factories, "
                "while aluminium was steady.",
                "t",
            ),
            Probe(
                "Exports of gallium from China to all destinations fell by half last year after Beijing first "
                "required licences for them, customs figures show.",
                "t",
            ),
        ],
    ),
    (
        "Sorvian bonds rally as ceasefire takes hold",
        [
            Probe(
                "LONDON, April 2 (Wirenews) - Sorvia's dollar bonds rallied for a third day on Wednesday as a "
                "ceasefire brokered by Qatar and Turkey in the war with Dravonia held along the front line, and "
                "investors began to price in the cost of rebuilding.",
                "tmd",
            ),
            Probe(
                "The country's bonds due in 2035 rose 4.5 cents to 61 cents on the dollar, their highest since the "
                "invasion, according to Tradeweb data. Yields on the notes fell by more than 100 basis points.",
                "t",
                "m",
            ),
            Probe(
                "Under the ceasefire, agreed after four days of talks in Doha, both armies are to pull heavy weapons "
                "back 15 km from the line of contact, and monitors from the OSCE are to watch the withdrawal.",
                "md",
            ),
            Probe(
                "No shelling was reported on Tuesday night for the first time since September, Sorvia's general "
                "staff said.",
                "m",
            ),
            Probe(
                '"The ceasefire is fragile, but the bonds were priced for a war without end," said Ines Carvalho, a '
                'portfolio manager for emerging markets debt at Alcantara Capital. "Even a shaky peace is worth '
                'twenty cents."',
                "t",
                "m",
            ),
            Probe(
                "The sorv, the national currency, strengthened 2 percent against the euro, and the cost of "
                "insuring Sorvia's debt against default fell to its lowest in a year.",
                "t",
            ),
            Probe(
                "Sorvia is due to resume talks with its foreign bondholders on restructuring $20 billion of debt next "
                "month, with the International Monetary Fund's backing.",
                "t",
                "d",
            ),
            Probe(
                "Dravonia's local-currency bonds, held mostly by its own banks, barely moved.",
                "",
                "t",
            ),
            Probe(
                "Diplomats said the two governments' foreign ministers were expected to meet in Istanbul later this "
                "month to discuss a prisoner exchange and the return of civilians.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Harlow & Finch profit falls as supermarket price war bites",
        [
            Probe(
                "LONDON, Jan 15 (Wirenews) - Harlow & Finch, Britain's fourth-largest grocer, reported a 19 percent "
                "fall in half-year profit on Wednesday, blaming a price war with its bigger rivals that has cut the "
                "cost of a typical basket by 4 percent since the summer.",
                "",
            ),
            Probe(
                "Pre-tax profit for the six months to December fell to 212 million pounds from 262 million, while "
                "sales rose 2.1 percent to 9.8 billion pounds.",
                "",
            ),
            Probe(
                "The chain has been locked in a battle for market share with Greenholm and Fairbasket, which have "
                "both promised to match the prices of the German discount chains on 600 staple items.",
                "",
            ),
            Probe(
                '"We will not lose this war by standing still," chief executive Rosalind Kemp told reporters. "Our '
                'customers have told us what they want, and it is lower prices."',
                "",
            ),
            Probe(
                "Kemp said the chain would cut 900 jobs at its head office and in stores and close 14 of its larger "
                "shops, and that it had no plans to raise prices in the spring.",
                "",
            ),
            Probe(
                'Analysts at Corbett Securities said the truce the big grocers had kept on prices since 2021 was "well '
                'and truly over" and that margins across the sector would shrink.',
                "",
            ),
            Probe(
                "Harlow & Finch shares fell 6 percent to 188 pence, their lowest in a decade.",
                "",
                "t",
            ),
            Probe(
                "The company held its dividend at 4.1 pence a share.",
                "",
            ),
        ],
    ),
    (
        "Central bank holds rates; Tellmark ends bidding fight for Orwin",
        [
            Probe(
                "STOCKHOLM, Sept 19 (Wirenews) - Sweden's central bank kept its main interest rate at 2.25 percent on "
                "Thursday, saying domestic inflation had eased but that wage rises and rents were still pushing up "
                "prices at home.",
                "",
                "t",
            ),
            Probe(
                "Governor Anneli Fors told a news conference that the bank could cut once more before the end of the "
                "year if inflation kept falling, and that household debt remained its main worry.",
                "",
                "t",
            ),
            Probe(
                "In company news, Tellmark and Brodin Capital called a truce in their bidding fight for the software "
                "maker Orwin, agreeing to make a joint offer of 148 crowns a share after a month of rival bids.",
                "",
            ),
            Probe(
                "The two had raised their offers four times since August in a battle that one banker called the "
                "fiercest takeover war in Stockholm in a decade.",
                "",
            ),
            Probe(
                "Orwin's largest shareholders are to meet at what the company called an investor summit in Uppsala "
                "next week to decide whether to accept the joint bid.",
                "",
            ),
            Probe(
                '"This is a peace treaty between two bidders, not a better deal for us," said Gunnar Ekholm, who '
                'manages a fund holding 4 percent of Orwin. "We will fight for a higher price."',
                "",
            ),
            Probe(
                "Orwin shares fell 3 percent to 151 crowns, above the offer, suggesting some investors expect a "
                "sweeter bid.",
                "",
                "t",
            ),
            Probe(
                "The Stockholm benchmark index ended 0.4 percent higher, led by banks and property firms.",
                "",
                "t",
            ),
        ],
    ),
]

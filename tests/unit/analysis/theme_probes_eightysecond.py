"""An eighty-second batch of fictional articles for probing the themes (see theme_probes.py for the format), written
and labelled by the guidelines before any run against the rules: fishing grounds and coast guards between states, as
agency copy, the regional press and the business desk tell them (the fifty-fifth batch had a fleet escorted by
cutters into disputed waters, quota talks and a seafood import ban, so this one takes the fleets that fish far from
home and the states that police them). A crab boat seized off disputed islands and its crew held, a coast guard's
water cannon and ramming at a shoal with an envoy summoned and a joint patrol, a tuna group's catch barred by a
market over forced labour on its boats, a shiprider agreement that puts an island state's officers on another's
cutters, an access agreement with its quotas renewed for money, a skipper's court case and his consul; with the
look-alikes that carry none of the three themes: a harbour's fishing derby, a fish auction's prices after storms, a
coast guard's rescue of a yacht's crew and a crab survey run by two American states.

Boundaries judged here: a boat seized by one state's border guards or coast guard in waters another state claims is a
quarrel between states (diplomacy) whose arms are optional, the boat towed to port, its owner's word and its crab's
price optional, the captain's coming trial optional diplomacy, and a suspended agreement on fishing by the islands
diplomacy (the sanctions it cites optional trade); a coast guard's water cannon and ramming at a disputed shoal, the
envoy summoned and the other state's answer are diplomacy (arms optional), an injured fisherman and his lost catch
optional, a treaty ally's pledge diplomacy and military, two navies' joint patrol military (diplomacy optional); a
market's order to hold a company's catch over forced labour, and the company's efforts to have it lifted, are trade,
its government's contact with the market's diplomacy, its crews' consulate optional diplomacy and its quarterly profit
optional trade; a shiprider agreement, its signing and its terms are diplomacy (the cutters' arms optional), licence
fees paid by foreign fleets trade, a third state's warning diplomacy; an access agreement renewed for money is trade and
diplomacy, its quotas and fees trade, its rounds of talks diplomacy, foreign owners on their quotas trade, fishmeal
plants owned abroad grinding fish for export trade; a foreign skipper fined by a court optional diplomacy and the boat's
interception optional diplomacy and military, his consul diplomacy, the catch's value in markets abroad optional trade,
his debts none, two states' joint patrols and aid to fishing villages diplomacy (military optional); every look-alike (a
derby's "battle" with a fish, its coast guard auxiliary and sponsors; a fish auction's record prices, optional trade; a
yacht's crew lifted by a coast guard helicopter; a crab survey and catch limits set by two states of one country)
nothing.
Blind, main's rules got 12 of these 58 paragraphs wrong, no label slip found (see KNOWN_MISSES in
test_theme_probes.py): diplomacy missed for a coast guard's water cannon and ramming at a disputed shoal (read as
military) and for a shiprider agreement's terms told through what an officer on a cutter may do; trade missed for
licence fees paid by foreign fleets to fish a state's waters (read as diplomacy) and for a company's efforts to have an
import order lifted; military given to a summons over a coast guard's actions, to fishermen who will keep sailing to
the shoal, to an angler's "battle" with a fish and to a coast guard helicopter's rescue of a yacht's crew; trade given
to a court's fine in roubles, to a state's "trade and economic office" that acts as its embassy, and to fish-and-chip
shops' prices and a market's landings in the look-alike of a fish auction. Then 11: a state's office named for trade
and the economy that stands in for its embassy is no word of trade (the shipped themes file's exclusions). Then 10: a
struggle that feels "like a battle" is no war (the same). Then 9: a paragraph that opens on what is done under a
text's terms goes on with the agreement just told (see themes/under_terms.py). Then 8: one state's coast guard that
rams, blocks, chases or turns a water cannon on another state's boats tells a quarrel between them (see
themes/force_at_sea.py). Then 7: a sum in roubles is a fine's or a wage's, no currency traded (see themes/amounts.py).
Then 6: what fleets pay "for the right to fish" is fishing access bought (the shipped themes file); "cooking oil" as no
word of trade mended the fish-and-chip shops and the landings they lifted but took trade from the thirty-first batch's
border traders who cross into India to buy it, so it was dropped. Left: trade missed for a company's efforts to have an
import order lifted, and given to the shops' prices (cooking oil) and the landings after them; military given to a
summons and to fishermen who keep sailing to the shoal (lifted by the "fisherman" that tells a war's effects) and to a
coast guard helicopter's rescue of a yacht's crew.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

EIGHTYSECOND_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Russia detains Japanese crab boat off disputed islands, holds crew of seven",
        [
            Probe(
                "TOKYO, Feb 12 (Corvane) - Russian border guards detained a Japanese crab boat and its seven crew off "
                "the southern Kuril islands on Wednesday, saying it had fished without permission in Russian waters, "
                "Japan's fisheries agency said.",
                "d",
                "m",
            ),
            Probe(
                "Japan's top government spokesman said Tokyo had lodged a protest through diplomatic channels and "
                "demanded the immediate release of the boat and its crew, calling the detention unacceptable in "
                "waters that Japan regards as its own.",
                "d",
            ),
            Probe(
                "The Hokuyo Maru No. 8 was towed to Yuzhno-Kurilsk, on the island Japan calls Kunashiri, where the "
                "crew were being questioned, a border guard spokesman told Russian news agencies.",
                "",
                "dm",
            ),
            Probe(
                "Tokyo and Moscow signed an agreement in 1998 that let Japanese boats fish near the islands in return "
                "for fees and equipment, but Moscow suspended it last year, citing Japan's sanctions over the war in "
                "Ukraine.",
                "d",
                "tm",
            ),
            Probe(
                "The boat's owner, a fishing cooperative in Nemuro, said the crew were unhurt and had been allowed to "
                "call their families. Crab from the area fetched about 8,000 yen a kilogram at Nemuro's market this "
                "winter.",
                "",
                "dt",
            ),
            Probe(
                "A court in Yuzhno-Kurilsk is expected to hear the captain's case next week. In a similar case in "
                "2021, a captain was fined 500,000 roubles and his crew sent home after five weeks.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Chinese coast guard rams, water-cannons Zambales fishing boats near shoal",
        [
            Probe(
                "MASINLOC, Zambales - A Chinese coast guard ship fired its water cannon at three Filipino fishing "
                "boats near Scarborough Shoal on Saturday morning and rammed one of them, breaking its outrigger and "
                "injuring a fisherman, the Philippine Coast Guard said on Sunday.",
                "d",
                "m",
            ),
            Probe(
                "The Department of Foreign Affairs summoned the Chinese embassy's deputy chief of mission on Monday "
                'and handed over a note verbale protesting what it called "dangerous and unlawful actions" against '
                "Filipino fishermen in the country's exclusive economic zone.",
                "d",
            ),
            Probe(
                'In Beijing, a foreign ministry spokesperson said the boats had "intruded" into the waters of Huangyan '
                'Island and that China\'s coast guard had taken "necessary measures in accordance with the law" to '
                "drive them away.",
                "d",
                "m",
            ),
            Probe(
                "Jomar Dizon, 34, was brought to the district hospital in Masinloc with a broken arm. His brother said "
                "the crew lost their whole catch, about 300 kilos of scad, when the boat began taking on water.",
                "",
                "dm",
            ),
            Probe(
                "The US ambassador said in a post on X that an armed attack on Philippine public vessels, aircraft or "
                "armed forces, including those of its coast guard, anywhere in the South China Sea would invoke US "
                "commitments under the two countries' 1951 Mutual Defense Treaty.",
                "dm",
            ),
            Probe(
                "The Philippine Navy said two of its ships and a Japanese destroyer would sail through the area in a "
                "joint patrol on Thursday, the third this year under the two countries' reciprocal access agreement.",
                "m",
                "d",
            ),
            Probe(
                "A fishermen's group in Masinloc said its members would keep sailing to the shoal, where they have "
                'fished for generations. "Where else will we go? The fish are there," said its chairman, Nestor '
                "Abagat.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Taiwan tuna group's shares slump after US blocks its catch over forced labour",
        [
            Probe(
                "TAIPEI, June 3 (Corvane) - Shares of Kaosheng Ocean Fisheries fell by their daily limit of 10% on "
                "Tuesday after US customs authorities ordered ports to hold imports of tuna and other seafood caught "
                "by its 34 longline vessels, citing evidence of forced labour on board.",
                "t",
            ),
            Probe(
                "The order, the second against a Taiwanese fishing company in two years, means shipments already at "
                "sea will be detained on arrival unless the importer can show the fish was caught without forced "
                "labour.",
                "t",
            ),
            Probe(
                "The company said it had hired an outside auditor and would repay recruitment fees charged to its "
                'crew, most of them from Indonesia and the Philippines, in an effort to have the order lifted "as '
                'soon as possible".',
                "t",
            ),
            Probe(
                "Taiwan's Fisheries Agency said it would inspect the vessels when they next call at Kaohsiung, and "
                'the foreign ministry said it was "in close contact" with Washington over the case.',
                "d",
                "t",
            ),
            Probe(
                "Indonesia's trade and economic office in Taipei, which acts as its embassy, said it had asked the "
                "company to let any of its 210 Indonesian crew who wished to go home do so at the company's cost.",
                "",
                "d",
            ),
            Probe(
                "The United States bought about a quarter of the group's catch last year, mostly as frozen loins for "
                "canneries, analysts at Yuan Fu Securities estimated. They said the company could sell more to Japan "
                "and Thailand, but at lower prices.",
                "t",
            ),
            Probe(
                "For the first quarter, the company reported net profit of NT$212 million, down 31% from a year "
                "earlier, on smaller catches and higher fuel costs.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Tuvalu signs shiprider deal letting its officers board boats from US cutters",
        [
            Probe(
                "FUNAFUTI, Sept 9 (Corvane) - Tuvalu signed an agreement with the United States on Monday that will "
                "let its fisheries officers ride on US Coast Guard cutters and board foreign fishing boats suspected "
                "of fishing illegally in its waters, the foreign ministry said.",
                "d",
                "m",
            ),
            Probe(
                "The deal was signed by Tuvalu's foreign minister and the US ambassador, who is based in Suva, and "
                "makes Tuvalu the thirteenth Pacific island state to sign such an agreement with Washington.",
                "d",
            ),
            Probe(
                "Under its terms, a Tuvaluan officer on board a cutter can order a boat to stop and be searched, and "
                "US crews can help seize it and bring it to port.",
                "d",
                "m",
            ),
            Probe(
                "Licence fees paid by foreign fleets for the right to fish for tuna in Tuvalu's waters, mostly by "
                "purse seiners from Taiwan, South Korea, China and the United States, make up more than half of the "
                "government's revenue.",
                "t",
                "d",
            ),
            Probe(
                "China's embassy in Suva said in a statement that cooperation between Pacific island states and other "
                'countries "should not target any third party" and that Chinese boats in the region obeyed local '
                "laws.",
                "d",
            ),
            Probe(
                "The first patrol under the deal is due in November, when a cutter based in Honolulu will spend three "
                "weeks in Tuvalu's exclusive economic zone.",
                "",
                "dm",
            ),
        ],
    ),
    (
        "Mauritania and EU renew fishing deal: more money, fewer trawlers",
        [
            Probe(
                "NOUAKCHOTT - Mauritania and the European Union renewed their fisheries agreement on Thursday for "
                "five more years, letting about 90 European vessels fish in Mauritanian waters in return for 60 "
                "million euros a year, the fisheries ministry said.",
                "dt",
            ),
            Probe(
                "The new protocol cuts the quota for small pelagic fish such as sardinella to 225,000 tonnes a year, "
                "from 290,000, and raises the fees shipowners pay for each tonne they catch, according to a copy "
                "seen by this newspaper.",
                "t",
                "d",
            ),
            Probe(
                "Talks had run to seven rounds since the last protocol expired in November, with Nouakchott pressing "
                "for European boats to land part of their catch in the country and to take on more Mauritanian "
                "crew.",
                "d",
                "t",
            ),
            Probe(
                "In Vigo, a trawler owners' association said the hake and shrimp quotas were \"enough to keep the "
                'fleet working", though several of its members had hoped for more.',
                "t",
                "d",
            ),
            Probe(
                "On the beach at Nouadhibou, owners of wooden pirogues said the bigger threat came not from European "
                "trawlers but from fishmeal plants, most of them owned by Chinese and Turkish companies, which grind "
                "sardinella into feed for export.",
                "t",
            ),
            Probe(
                '"The fish that we eat goes into sacks for fish farms in Asia," said Cheikh Ould Brahim, who has '
                "fished from the port for 30 years.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Indonesian skipper fined, boat to be burnt after sea cucumber haul off Kimberley",
        [
            Probe(
                "DARWIN - An Indonesian skipper was fined $12,000 in the Darwin Local Court on Tuesday for fishing "
                "illegally in Australian waters, and his wooden boat and its catch of dried sea cucumber will be "
                "destroyed.",
                "",
                "d",
            ),
            Probe(
                "Australian Border Force officers intercepted the boat near Scott Reef last month, about 30 nautical "
                "miles outside an area where a 1974 agreement between Australia and Indonesia lets traditional "
                "fishers work.",
                "",
                "dm",
            ),
            Probe(
                "Indonesia's consul in Darwin, who attended the hearing, said the consulate would pay for the flights "
                "home of the skipper and his five crew, who have been held at an immigration detention centre since "
                "their arrest.",
                "d",
            ),
            Probe(
                "The magistrate said the 340 kilograms of sea cucumber on board would have sold for up to $40,000 in "
                "markets in Asia.",
                "",
                "t",
            ),
            Probe(
                "The skipper's lawyer said his client, 51, from the island of Rote, had borrowed from a trader in "
                "Kupang to pay for fuel and food for the trip and now owed more than he earned in a year.",
            ),
            Probe(
                "Boats caught off the Kimberley coast have more than doubled in two years, and Canberra and Jakarta "
                "agreed in March to run joint patrols and pay for other work for fishing villages in eastern "
                "Indonesia.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Retired bus driver's 61-pound halibut wins Kestrel Bay derby",
        [
            Probe(
                "KESTREL BAY - Marlene Hootkin, a retired school bus driver, won the 38th Kestrel Bay Halibut Derby on "
                "Sunday with a 61-pound fish she fought for twenty minutes off Gull Point.",
            ),
            Probe(
                '"It felt like a battle the whole way up," she said. "My arms were shaking and my grandson kept '
                'shouting that it was a shark."',
            ),
            Probe(
                "About 140 boats, from skiffs to charter vessels, left the harbour at dawn, and the Coast Guard "
                "Auxiliary checked life jackets and flares at the fuel dock before the start.",
            ),
            Probe(
                "The winner takes home $5,000 from the derby's sponsors, a marina and a bait-and-tackle shop, and a "
                "tagged fish worth $10,000 was never caught.",
            ),
            Probe(
                "Organisers said entries were down a little on last year because of fuel prices, and that next year's "
                "derby will add a junior category for anglers under 14.",
            ),
        ],
    ),
    (
        "Cod hits record at Peterhead as gales keep boats in port",
        [
            Probe(
                "Prices for cod at the Peterhead fish market rose to a record 4.10 pounds a kilo on Monday after a "
                "week of gales kept most of the boats in harbour and landings fell by half, auction figures showed.",
                "",
                "t",
            ),
            Probe(
                "Haddock fetched 3.20 pounds a kilo, up 40% from a week earlier, and buyers said some processors had "
                "run out of fresh fish to fillet.",
                "",
                "t",
            ),
            Probe(
                "Fish-and-chip shops, already paying more for cooking oil and electricity, said they would have to "
                'raise prices again. "A fish supper will be fifteen pounds by Christmas," said the owner of a shop in '
                "Fraserburgh.",
            ),
            Probe(
                "Skippers said the weather should ease by the weekend, and the market expects landings to recover "
                "next week.",
            ),
            Probe(
                "Boat owners said fuel costs meant several smaller boats had stayed tied up even on the calmer days.",
            ),
        ],
    ),
    (
        "Six sailors lifted from capsized yacht off Scilly",
        [
            Probe(
                "FALMOUTH, England, Oct 14 (Corvane) - A coast guard helicopter lifted six sailors from a racing yacht "
                "that lost its keel in a storm 80 miles south-west of the Isles of Scilly early on Tuesday, the coast "
                "guard said.",
            ),
            Probe(
                "The yacht, the Silver Petrel, had been taking part in a race from Plymouth to La Coruna when it "
                "capsized in waves of up to eight metres; its crew spent four hours in a life raft.",
            ),
            Probe(
                "A lifeboat from St Mary's and a container ship that answered the mayday stood by until the "
                "helicopter arrived.",
            ),
            Probe(
                "All six were flown to hospital in Truro and treated for hypothermia. The race organisers said the "
                "other 22 boats had reached shelter or turned back.",
            ),
            Probe(
                "The coast guard said it had handled more than 30 calls from vessels in difficulty during the storm, "
                "which cut power to 40,000 homes in Cornwall.",
            ),
        ],
    ),
    (
        "Chesapeake crab count rises for first time in three years",
        [
            Probe(
                "ANNAPOLIS, Md. - The number of blue crabs in the Chesapeake Bay rose by a third this winter, the "
                "annual dredge survey run by Maryland and Virginia found, the first rise in three years.",
            ),
            Probe(
                "Scientists on two research boats dredged 1,500 sites across the bay between December and March, "
                "counting and measuring the crabs buried in the mud for the winter.",
            ),
            Probe(
                "The count of young crabs was still below the long-term average, and the number of spawning-age "
                "females, which the states use to set catch limits, fell slightly.",
            ),
            Probe(
                "Watermen said they hoped the survey would lead regulators to ease limits on the catch of females in "
                "the autumn.",
            ),
            Probe(
                "A researcher who has worked on the survey for 20 years said cold winters, hungry striped bass and the "
                "loss of underwater grasses all made the numbers hard to read.",
            ),
        ],
    ),
]

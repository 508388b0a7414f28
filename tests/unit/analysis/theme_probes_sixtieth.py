"""A sixtieth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: arms control, nuclear programmes and non-proliferation, as
agency copy, the arms-control press and think-tank web analysis tell them. Inspectors of the UN's atomic agency refused
entry and its quarterly report, talks on a nuclear deal resuming in Geneva, a missile test condemned by neighbours, a
treaty suspended read by a think-tank fellow, a test-ban summit, export controls on dual-use goods and sanctions on a
weapons programme's suppliers; with the same pages' look-alikes: a utility's power tariffs after a reactor's
maintenance outage, a research reactor's medical isotopes, and a domestic court case about a uranium mine.

Boundaries judged here: the atomic agency's inspectors and board are an international body at work on a state's
programme, diplomacy, and military where enrichment, centrifuges, warheads or a bomb are told (the agency's report of
them military, its diplomacy optional); sanctions and export bans on a programme's suppliers are trade and military, a
state answering them trade and diplomacy; a missile test is military, its condemnation by states diplomacy; a treaty
on arsenals, its inspections and a test-ban summit are diplomacy and military; a utility's tariffs, a reactor's
outage, its regulator and union, a research reactor's isotopes for hospitals and a court's ruling on a mine's water
get no theme; a mine's exports of uranium to utilities abroad and a state selling it only under safeguards
agreements are trade (the latter diplomacy too); power bought abroad on the spot market and isotopes shipped abroad
are optional trade.
Blind, main's rules got 29 of these 99 paragraphs wrong. Three were label slips, relabelled: two states' pledge not to
test unless the other does takes diplomacy as optional beside its military, the firms added to the bloc's sanctions
annex take diplomacy as optional as the lead that lists them does, and an isotope supply chain that crosses borders
takes trade as optional as the paragraph before it does. 27 are left: trade given to a utility's household tariffs
(twice), to voters' ban on new reactors, to a rancher's cost of trucking water, to the hotels of a summit city and to
the lead and host of nuclear talks; diplomacy given to the tourist board of a UN city, to a denial that a state seeks
weapons, to a currency rallying on news of talks, to a dual-use licence rule and to a sanctions official's lament;
military given to a NATO member named in passing, to an arms-control bureau in an author's note and to a host's
security for talks; military missed for a test-ban treaty's holdouts, its monitoring network, a closed test site, a
treaty's inspections refused, tests and tunnelling at test sites and tubing seized as centrifuge parts; diplomacy
missed for a missile launch condemned by three states, an envoy's answer to a board's censure, an interim deal, a
commerce ministry opposing another bloc's listings and governments quiet on an arms race; trade missed for uranium
sold only under safeguards agreements, uranium prices and firms listed under sanctions.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTIETH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Atomic agency says Iran barred its inspectors from underground enrichment plant",
        [
            Probe(
                "VIENNA, Sept 3 (Meridian) - Iran refused entry to two inspectors of the International Atomic Energy "
                "Agency at its underground enrichment plant at Kuhestan last week, the UN nuclear watchdog said in a "
                "confidential report to member states on Wednesday.",
                "dm",
            ),
            Probe(
                "The report, seen by Meridian, said Iran's stock of uranium enriched to up to 60 percent purity had "
                "grown by 31 kilograms since May to 196 kilograms, enough for about four nuclear weapons if enriched "
                "further, by the agency's own yardstick.",
                "m",
                "d",
            ),
            Probe(
                "It also said Iran had installed eight more cascades of advanced centrifuges at Kuhestan, machines "
                "that enrich uranium several times faster than the first-generation models allowed under the 2015 "
                "deal.",
                "m",
                "d",
            ),
            Probe(
                "Weapons-grade uranium is enriched to around 90 percent. Iran denies that it seeks nuclear weapons "
                "and says its programme is for power and medicine.",
                "m",
            ),
            Probe(
                '"We cannot give assurances that the programme is exclusively peaceful if our inspectors are turned '
                "away at the door,\" Director General Arturo Belmonte told reporters after briefing the agency's "
                "35-nation Board of Governors.",
                "d",
                "m",
            ),
            Probe(
                "Iran's ambassador to the agency, Hossein Karimi, said the two inspectors had been withdrawn from "
                "their posts because they had leaked information to Western media, and that Tehran would accept "
                "replacements.",
                "d",
                "m",
            ),
            Probe(
                "Britain, France and Germany are drafting a resolution for the board's meeting next week that would "
                "censure Iran for failing to cooperate, diplomats said.",
                "d",
            ),
            Probe(
                "When the board last passed such a resolution, in June 2022, Iran responded by removing 27 "
                "surveillance cameras that the agency had installed at its nuclear sites.",
                "d",
                "m",
            ),
            Probe(
                "Israel has repeatedly threatened to strike Iranian nuclear sites if diplomacy fails, and its air "
                "force rehearsed long-range missions over the Mediterranean in the spring.",
                "m",
                "d",
            ),
            Probe(
                "In Washington, the Treasury added six companies in China and the United Arab Emirates to its "
                "sanctions list on Tuesday, accusing them of selling carbon fibre and gyroscopes to Iran's missile "
                "and drone makers.",
                "tm",
                "d",
            ),
            Probe(
                "Iran's only commercial power reactor, on the Gulf coast, was built by Russia and runs on fuel that "
                "Moscow supplies and takes back once it is spent.",
                "t",
                "d",
            ),
            Probe(
                "The agency's inspectors visit that plant under a separate safeguards agreement, and the report said "
                "those visits had gone ahead without incident.",
                "d",
                "m",
            ),
            Probe(
                "The 2015 agreement, under which Iran curbed its programme in exchange for the lifting of sanctions, "
                "began to unravel in 2018 when the United States withdrew from it and reimposed sanctions on Iranian "
                "oil.",
                "dt",
                "m",
            ),
            Probe(
                'Karimi said Iran would "respond proportionately" to any censure by the board.',
                "d",
            ),
        ],
    ),
    (
        "Iran and European powers to resume nuclear talks in Geneva",
        [
            Probe(
                "GENEVA, Oct 9 (Meridian) - Negotiators from Iran and three European powers will meet in Geneva next "
                "Tuesday for the first talks on the country's nuclear programme in eight months, Switzerland's "
                "foreign ministry said on Thursday.",
                "d",
                "m",
            ),
            Probe(
                "The talks are meant to explore whether Tehran would accept fresh limits on enrichment and the return "
                "of inspectors in exchange for relief from United Nations sanctions that the Europeans have "
                "threatened to reimpose.",
                "dt",
                "m",
            ),
            Probe(
                'Under a "snapback" clause of the 2015 deal, any party can restore the UN measures, including an arms '
                "embargo and a ban on missile work, if it judges Iran to be in breach.",
                "dm",
                "t",
            ),
            Probe(
                "Iran's deputy foreign minister, Majid Tavana, said his delegation would come \"with open hands but "
                "not empty pockets\", and that it would not discuss the country's missile programme.",
                "d",
                "m",
            ),
            Probe(
                "A spokesman for the Swiss foreign ministry said the government was glad to host the meeting at the "
                "request of both sides and would provide security and interpreters but take no part in the talks.",
                "d",
            ),
            Probe(
                "Oman, which carried messages between Washington and Tehran last year, will send an envoy, diplomats "
                "said. The United States will not attend but is being briefed.",
                "d",
            ),
            Probe(
                "European diplomats say time is short: the snapback clause expires in October next year, and "
                "reimposing the sanctions takes 30 days of Security Council procedure.",
                "d",
                "t",
            ),
            Probe(
                "Traders in Tehran's bazaar said the rial had rallied 4 percent against the dollar on news of the "
                "meeting, after losing half its value in two years.",
                "t",
            ),
            Probe(
                "Israel's foreign ministry said any deal that left Iran able to enrich uranium would be \"a historic "
                'mistake" and that Israel would not be bound by it.',
                "d",
                "m",
            ),
            Probe(
                "Analysts at the Larchmont Institute for Security Studies, a Vienna think-tank, said the most that "
                "could be hoped for was an interim freeze: Iran would stop enriching to 60 percent and dilute part of "
                "its stock in exchange for access to frozen oil revenue held in Asian banks.",
                "dmt",
            ),
            Probe(
                "The last round, in February, broke up after two days when Iran's delegation walked out over the "
                "arrest of an Iranian scientist in Belgium.",
                "d",
            ),
            Probe(
                "Geneva's hotels, already full for a motor show, said they had found rooms for both delegations.",
                "",
                "d",
            ),
        ],
    ),
    (
        "North Korea fires long-range missile into sea off Japan",
        [
            Probe(
                "SEOUL, Nov 21 (Meridian) - North Korea fired an intercontinental ballistic missile into the sea off "
                "Japan's west coast on Friday, its first such launch this year, drawing condemnation from Tokyo, "
                "Seoul and Washington.",
                "md",
            ),
            Probe(
                "The missile flew for 71 minutes and reached an altitude of 6,000 km before falling inside Japan's "
                "exclusive economic zone, about 200 km west of its northern island, Japan's defence ministry said.",
                "m",
            ),
            Probe(
                "Japan's chief cabinet secretary, Kenji Morimoto, said Tokyo had lodged a protest through its embassy "
                "in Beijing, the channel it uses for messages to Pyongyang.",
                "d",
                "m",
            ),
            Probe(
                "South Korea's joint chiefs of staff said they had tracked the launch from a site near Pyongyang and "
                "that the military was on high alert.",
                "m",
            ),
            Probe(
                "The United States, Japan and South Korea said in a joint statement that the launch violated several "
                "UN Security Council resolutions, and called for an emergency meeting of the council.",
                "dm",
            ),
            Probe(
                "China and Russia, which hold vetoes on the council, have blocked new sanctions on Pyongyang since "
                "2022, arguing that pressure only hardens its position.",
                "dt",
            ),
            Probe(
                "The North's state news agency said the country's leader had watched the test and called it a "
                'warning to "the enemies who stage war drills on our doorstep".',
                "m",
                "d",
            ),
            Probe(
                "The launch came two days after the three allies ended a joint air exercise involving US B-52 bombers.",
                "m",
                "d",
            ),
            Probe(
                "Japan's coast guard warned ships in the area to watch for falling debris. There were no reports of "
                "damage.",
                "m",
            ),
            Probe(
                "Fishermen in a northern port said they had kept their boats in harbour for the day and would lose a "
                "catch worth some 3 million yen.",
                "",
                "m",
            ),
            Probe(
                "The launch also disrupted air traffic: two airlines delayed flights from Sapporo for about an hour.",
                "",
                "m",
            ),
            Probe(
                "Analysts said the flight data suggested a new solid-fuel missile, which can be readied faster than "
                "older liquid-fuelled types and is harder to strike before launch.",
                "m",
            ),
            Probe(
                "North Korea is barred by the Security Council from any ballistic missile work and has been under UN "
                "sanctions since its first nuclear test in 2006.",
                "mdt",
            ),
        ],
    ),
    (
        "After the suspension: what is left of nuclear arms control between Washington and Moscow",
        [
            Probe(
                "When Russia announced that it was suspending its participation in the last treaty limiting the two "
                "largest nuclear arsenals, it did not withdraw, and it said it would keep to the treaty's caps on "
                "deployed warheads. Two years on, that distinction matters less every month.",
                "dm",
            ),
            Probe(
                "The treaty allowed each side 1,550 deployed strategic warheads and 700 deployed missiles and "
                "bombers, and gave each about 18 short-notice inspections a year.",
                "md",
            ),
            Probe(
                "Those inspections stopped in 2020, first because of the pandemic and then because Moscow refused to "
                "receive American teams, and they have not resumed.",
                "md",
            ),
            Probe(
                "Without them, each side relies on satellites and other national means to count the other's forces, "
                "which can see silos and submarines but not how many warheads sit on each missile.",
                "m",
                "d",
            ),
            Probe(
                "The treaty expires next February, and there are no talks on what should replace it. Washington has "
                "proposed that the two sides keep to its limits informally for a year; Moscow has not answered.",
                "d",
                "m",
            ),
            Probe(
                "The larger problem for Washington is China, whose arsenal the Pentagon puts at 600 warheads and "
                "rising. Some in Congress argue that the United States must build up to deter both rivals at once.",
                "m",
                "d",
            ),
            Probe(
                "That argument has a cost. A new generation of land-based missiles is already 81 percent over "
                "budget, according to the Pentagon's own review, and each additional warhead would have to be made "
                "at plants that have not produced plutonium cores at scale since 1989.",
                "m",
            ),
            Probe(
                "I spent six years in the State Department's arms-control bureau before joining the Halvorsen "
                "Centre, and the mood among my former colleagues is bleak.",
                "",
                "d",
            ),
            Probe(
                "There are modest steps the two capitals could take without a treaty: keep notifying each other of "
                "missile launches under a 1988 agreement, exchange data on warhead numbers, and restore the hotline "
                "exercises that lapsed in 2022.",
                "dm",
            ),
            Probe(
                "A test-ban summit in Vienna next month offers a venue. Russia withdrew its ratification of the "
                "treaty banning nuclear tests in 2023, saying it wanted parity with the United States, which signed "
                "it but never ratified it.",
                "dm",
            ),
            Probe(
                "Both states say they will not test unless the other does first. Satellite images of Russia's Arctic "
                "test site and of Nevada show new tunnelling at both.",
                "m",
                "d",
            ),
            Probe(
                "Europe's governments, which have the most to lose from a new race in intermediate-range missiles, "
                "have been strikingly quiet.",
                "dm",
            ),
            Probe(
                "None of this will be easy. But the alternative, for the first time since 1972, is no limits at all "
                "on the world's two largest arsenals.",
                "m",
                "d",
            ),
            Probe(
                "Daniel Ferrante is a senior fellow at the Halvorsen Centre for Strategic Studies. The centre "
                "receives funding from foundations and two European governments; a full list of donors is on its "
                "website.",
                "",
            ),
        ],
    ),
    (
        "EU bars exports to 19 firms over drone parts found in Ukraine",
        [
            Probe(
                "BRUSSELS, May 6 (Meridian) - The European Union on Monday barred exports of dual-use goods to 19 "
                "companies in China, Turkey, Kazakhstan and Iran that it says supplied electronics found in Russian "
                "drones and cruise missiles shot down over Ukraine.",
                "tm",
                "d",
            ),
            Probe(
                "The firms were added to an annex of the bloc's sanctions regulation, which bans EU companies from "
                "selling them machine tools, microchips, navigation modules and other items with both civilian and "
                "military uses.",
                "t",
                "dm",
            ),
            Probe(
                "Investigators from a Kyiv centre that studies captured weapons said they had found parts made by 31 "
                "Western manufacturers in a single drone recovered near Odesa last month.",
                "m",
                "t",
            ),
            Probe(
                "The components were sold legally to distributors in Asia and then resold through a chain of shell "
                "companies, often in Hong Kong, before reaching Russia, according to a report last week by the "
                "Tellwright Trust, a London research group that tracks such trade.",
                "t",
                "m",
            ),
            Probe(
                'China\'s commerce ministry said it "firmly opposed" the listings and would take "necessary '
                'measures" to protect the rights of its companies.',
                "td",
            ),
            Probe(
                "Turkey, a NATO member, said none of the three Turkish firms listed had broken Turkish law and that "
                "it applied only UN sanctions, not the EU's.",
                "td",
            ),
            Probe(
                "Under the bloc's dual-use regulation, exporters of such goods need a licence from their national "
                "authority, which must refuse it if the item could be used for weapons of mass destruction or by an "
                "army under an arms embargo.",
                "t",
                "m",
            ),
            Probe(
                "German customs officers seized 2.4 tonnes of aluminium tubing at Hamburg port in March that had "
                "been declared as irrigation pipe but matched the specifications for centrifuge rotors, prosecutors "
                "said.",
                "tm",
            ),
            Probe(
                "A Hamburg court will hear the case against the exporter, a trading firm owned by two brothers, in "
                "September.",
                "",
                "tm",
            ),
            Probe(
                "The United States announced parallel sanctions on Tuesday against 11 of the same companies and a "
                "Belarusian state arms maker.",
                "tm",
                "d",
            ),
            Probe(
                "Officials in Brussels admit that listing firms does little when new ones can be registered in a "
                'day. "We are closing doors while they build new ones," one EU official said.',
                "t",
                "m",
            ),
            Probe(
                "Kazakhstan's foreign ministry summoned the EU ambassador in Astana over the listing of two Kazakh "
                "firms, saying it had not been consulted.",
                "d",
                "t",
            ),
            Probe(
                "Trade between the EU and Kazakhstan reached a record 48 billion euros last year, most of it Kazakh "
                "oil.",
                "t",
            ),
        ],
    ),
    (
        "Test-ban summit opens in Vienna with call on holdouts to ratify",
        [
            Probe(
                "VIENNA, June 10 (Meridian) - Ministers from 60 countries gathered in Vienna on Monday for a summit "
                "on the treaty banning nuclear test explosions, urging the nine states whose ratification is still "
                "needed for it to enter into force to act before its 30th anniversary.",
                "dm",
            ),
            Probe(
                "The treaty, signed by 187 states, has never come into force because the United States, China, "
                "Egypt, Iran and Israel have not ratified it, and India, Pakistan and North Korea have not signed "
                "it.",
                "dm",
            ),
            Probe(
                "Austria's foreign minister, Lisa Hollerer, who opened the summit, said every state had an interest "
                'in a world where nuclear explosions belonged "in the museum".',
                "d",
                "m",
            ),
            Probe(
                "A monitoring network of 321 stations, many on remote islands and in deserts, detects seismic waves, "
                "sound under water and radioactive particles in the air. It picked up all six of North Korea's "
                "tests.",
                "m",
                "d",
            ),
            Probe(
                "Diplomats said Russia's delegation, led by a deputy foreign minister, had asked to speak on the "
                "second day, when it is expected to defend its decision to withdraw its ratification.",
                "d",
            ),
            Probe(
                "Kazakhstan's president, whose country closed the Soviet test site on its steppe in 1991 after 456 "
                "explosions, is to address the summit by video.",
                "dm",
            ),
            Probe(
                "Survivors' groups from the steppe held a vigil outside the conference centre, with photographs of "
                "relatives who died of cancers they blame on the tests.",
                "",
                "dm",
            ),
            Probe(
                "The treaty's organisation has a budget of about 130 million dollars a year, paid by member states "
                "on the scale used for the UN budget.",
                "d",
            ),
            Probe(
                "Vienna's tourist board said conferences brought 1.2 million visitors to the city last year, more "
                "than a fifth of them to events at the UN's offices by the Danube.",
                "",
            ),
            Probe(
                "The summit ends on Wednesday with a declaration that diplomats said had been agreed in advance "
                "except for a paragraph on Russia.",
                "d",
            ),
        ],
    ),
    (
        "Energy desk: Caldern raises tariffs as reactor outage drags on; isotope shortage delays scans",
        [
            Probe(
                "ZURICH, Jan 15 (Meridian) - Caldern Energie, which runs two of Switzerland's four nuclear reactors, "
                "will raise household power tariffs by 9 percent from April after a maintenance outage at its "
                "Ostbruck plant ran a month past schedule, the company said on Wednesday.",
                "",
            ),
            Probe(
                "The 1,050-megawatt reactor was shut in October for a planned refuelling and inspection. Engineers "
                "then found cracks in welds on two pipes of its emergency cooling system, and the regulator ordered "
                "them replaced before a restart.",
                "",
            ),
            Probe(
                "Caldern now expects the unit to return to the grid in mid-March. Each month of lost output costs it "
                "about 40 million francs, chief financial officer Andrea Luthi told analysts on a call.",
                "",
            ),
            Probe(
                "To cover its supply contracts, the company has had to buy power on the spot market, partly from "
                "France and Germany, at prices up to three times what the reactor's output costs to produce.",
                "",
                "t",
            ),
            Probe(
                "The federal nuclear safety inspectorate said the cracks posed no immediate danger but showed the "
                "need for closer checks at ageing plants.",
                "",
            ),
            Probe(
                'Consumer groups called the tariff rise "a bill for poor maintenance" and asked the price regulator '
                "to review it.",
                "",
            ),
            Probe(
                "Swiss voters decided in 2017 that no new reactors should be built, but the government proposed last "
                "year to lift the ban amid worries over winter supply.",
                "",
            ),
            Probe(
                "Workers at the plant said overtime during the outage had been paid late, and their union "
                "threatened a work-to-rule from February.",
                "",
            ),
            Probe("Caldern's shares fell 3.4 percent in Zurich.", ""),
            Probe(
                "Hospitals in the Netherlands and Belgium postponed hundreds of heart and bone scans this week after "
                "the Hallum research reactor, which makes medical isotopes, was shut for repairs to a cooling pump.",
                "",
            ),
            Probe(
                "The reactor is one of six in the world that make molybdenum-99, which decays into the isotope used "
                "in some 40 million scans a year. Its output is shipped within hours to processing plants in Belgium "
                "and the United States.",
                "",
                "t",
            ),
            Probe(
                "Ineke Bosman, a nuclear medicine specialist at a hospital in Utrecht, said patients with suspected "
                "cancers were being given priority.",
                "",
            ),
            Probe(
                "The reactor's operator said it expected to restart next week. A new reactor being built on the "
                "same site to replace it is four years late and 600 million euros over budget.",
                "",
            ),
            Probe(
                "Isotope makers say the supply chain is fragile because the isotopes cannot be stockpiled: "
                "molybdenum-99 loses half its strength in 66 hours.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Court halts water use at Yarrabee uranium mine",
        [
            Probe(
                "ADELAIDE, Aug 28 (Meridian) - A court in South Australia on Thursday suspended the groundwater "
                "licence of the Yarrabee uranium mine, ordering its owner to stop drawing water from an aquifer that "
                "two neighbouring cattle stations say is drying up.",
                "",
            ),
            Probe(
                "Justice Margaret Owens said the state's environment department had failed to weigh the mine's "
                "effect on springs on land where traditional owners hold native title.",
                "",
            ),
            Probe(
                "Corvane Resources, which owns the mine, said it would appeal and that the ruling put 230 jobs at "
                "risk.",
                "",
            ),
            Probe(
                "The company sells its uranium oxide under long-term contracts to utilities in Japan, South Korea "
                "and the United States, and said it had enough in stock to meet this year's deliveries.",
                "t",
            ),
            Probe(
                "Australia sells uranium only to countries that have signed safeguards agreements with Canberra, "
                "which bar its use in weapons.",
                "td",
                "m",
            ),
            Probe(
                "The cattle station owners, brothers Tom and Gary Reddan, said they had spent 1.4 million dollars "
                "trucking in water since 2021.",
                "",
            ),
            Probe(
                "The state's mining minister said the government would study the ruling. The opposition called for "
                "an inquiry into how the licence was granted.",
                "",
            ),
            Probe(
                "Uranium prices have nearly tripled since 2020 as new reactors are built in China and India and "
                "utilities look for supplies outside Russia.",
                "t",
            ),
            Probe("Shares in Corvane fell 11 percent in Sydney.", ""),
        ],
    ),
]

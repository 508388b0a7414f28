"""A forty-third batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: long-form analysis and commentary in the register of
foreign-policy magazines and think-tank blogs. Long paragraphs that mix themes, historical background, hypotheticals
("if the navy were to ..."), economic statecraft (export controls, investment screening, currency swap lines,
rare-earth licences), alliance politics and defence budgets, arms-control treaties, section headings inside the piece,
and paragraphs whose theme is carried only by the argument before them; with look-alikes (a "battle of ideas", a
"trade-off", a grocer's "strategic patience", a marketing "charm offensive", a "war for talent").

Boundaries judged here: a section heading discusses nothing and takes its section's themes only as optional. Export
controls, investment screening and swap lines between central banks are trade; a state's "charm offensive" of loans
is trade and diplomacy, a brand's is nothing. A pledge made at an alliance summit is military and diplomacy.
Blind, main's rules got 14 of these 84 paragraphs wrong (trade missed twice, diplomacy 3 times, military 3; diplomacy
given 7 times, military once). One was a label slip, relabelled: a paragraph that denies a thaw between two states is
a reset (a clause on their relations) may take diplomacy. After
this batch's mends, 10 (see KNOWN_MISSES in test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FORTYTHIRD_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "The Strait Dilemma: What a Blockade of Taiwan Would Really Cost",
        [
            Probe(
                "For three decades, the debate over the Taiwan Strait has been framed as a military question: could "
                "the People's Liberation Army land an invasion force, and could the United States arrive in time to "
                "stop it? That framing is now dated. The more plausible coercive option for Beijing is not an "
                "amphibious assault but a quarantine or blockade that would squeeze the island while staying below the "
                "threshold of war.",
                "m",
                "dt",
            ),
            Probe(
                "Insurance, not invasion",
                "",
                "tm",
            ),
            Probe(
                "If the navy were to blockade the strait, shipping insurers would be the first to react. War-risk "
                "premiums for vessels calling at Kaohsiung and Keelung would rise within hours, and some carriers "
                "would simply stop calling. Taiwan imports nearly all of its energy and holds only about eleven days "
                "of liquefied natural gas in storage, so even a partial interruption would force rationing within "
                "weeks.",
                "tm",
            ),
            Probe(
                "The semiconductor question sharpens the stakes. Roughly two-thirds of the world's contract chipmaking "
                "capacity sits on the island, and any disruption would ripple through supply chains from Detroit "
                "carmakers to Shenzhen phone assemblers. This is what some analysts call the silicon shield: the idea "
                "that the global cost of a conflict deters one.",
                "t",
                "m",
            ),
            Probe(
                "Yet the shield cuts both ways. Washington's export controls on advanced chips and chipmaking tools, "
                "first imposed in October 2022 and tightened twice since, were designed to slow China's military "
                "modernisation. Beijing reads them as economic containment, and its answer has been to restrict "
                "exports of gallium, germanium and graphite, minerals whose refining it dominates.",
                "t",
                "md",
            ),
            Probe(
                "Alliances under strain",
                "",
                "dm",
            ),
            Probe(
                "Much depends on Tokyo. Japan's defence budget, set to reach 2 percent of GDP by 2027, now funds "
                "counterstrike missiles that would have been unthinkable a decade ago, and the US Marine Corps has "
                "reorganised units on Okinawa into littoral regiments meant to operate from the islands in a crisis.",
                "m",
                "d",
            ),
            Probe(
                "Manila matters too. Since 2023 the Philippines has granted American forces access to four more bases "
                "under the Enhanced Defense Cooperation Agreement, two of them in the north facing the Bashi Channel. "
                "Whether the next president in Manila keeps that door open is one of the quiet questions of the "
                "decade.",
                "md",
            ),
            Probe(
                "None of this means war is likely. Beijing's strategic patience has served it well, and a blockade "
                "would hurt China's own exporters, who still sell more than $400 billion a year to the United States "
                "and its allies. The cost of a failed quarantine, in lost markets and frozen reserves, would be "
                "severe.",
                "tm",
            ),
            Probe(
                "The better path is deterrence by denial combined with quiet diplomacy: hotlines between the two "
                "militaries' commands, restored after a two-year freeze, and a standing channel between the two "
                "countries' top security advisers.",
                "md",
            ),
            Probe(
                "In the end, the strait is less a battlefield than a market. The side that convinces shippers, "
                "insurers and investors that it can keep the sea lanes open will have won half the contest before a "
                "shot is fired.",
                "tm",
            ),
        ],
    ),
    (
        "Europe's Rearmament Has a Budget Problem, Not a Will Problem",
        [
            Probe(
                "Since the end of the Cold War, European defence spending has been the residual of every budget "
                "debate, cut when money was tight and rarely restored when it was not. Between 1990 and 2014 the "
                "German army shrank from nearly half a million soldiers to fewer than 180,000, and entire tank "
                "battalions were dissolved.",
                "m",
            ),
            Probe(
                "That era is over, at least on paper. At their last summit, NATO allies pledged to spend 5 percent of "
                "GDP on defence and related security by 2035, of which 3.5 percent on core military needs. The pledge "
                "was as much a gesture to Washington as a plan.",
                "md",
            ),
            Probe(
                "Where the money goes",
                "",
                "m",
            ),
            Probe(
                "The trouble is that money does not turn into brigades quickly. Europe's artillery shell output has "
                "roughly tripled since 2022, but orders for air defence interceptors now stretch to the end of the "
                "decade, and the continent fields more than a dozen types of main battle tank, each with its own "
                "supply chain.",
                "m",
                "t",
            ),
            Probe(
                "Procurement habits make this worse. National governments prefer to buy from national champions, so a "
                "French howitzer, a German one and a Swedish one compete for the same small orders. Joint purchasing "
                "through the European Defence Agency remains below a fifth of equipment spending.",
                "m",
                "t",
            ),
            Probe(
                "There is a war for talent as well. Defence firms compete with carmakers and software houses for the "
                "same engineers, and several have told investors that hiring, not orders, is now the bottleneck.",
                "",
                "m",
            ),
            Probe(
                "If Washington were to draw down its forces in Europe, as several American strategists now openly "
                "propose, the gap would not be money but capabilities: airlift, satellite reconnaissance, aerial "
                "refuelling and the command structures that only the United States has provided since 1949.",
                "m",
                "d",
            ),
            Probe(
                "Alliance politics will decide the pace. Poland now spends more than 4 percent of GDP on its armed "
                "forces, while Spain and Belgium have argued for flexibility; the gap between them is becoming a "
                "political fault line inside the alliance, not only an accounting one.",
                "md",
            ),
            Probe(
                "The battle of ideas matters too. Voters who were told for thirty years that peace had a dividend must "
                "now be persuaded that security has a price, and the parties that make that case have not always been "
                "rewarded at the polls.",
                "",
                "m",
            ),
            Probe(
                "Eventually the trade-off will be explicit. Every euro spent on interceptors is a euro not spent on "
                "pensions or on the green transition, and finance ministers know it even if summit communiques do not "
                "say so.",
                "m",
            ),
        ],
    ),
    (
        "Why Jakarta Is Hedging on Nickel",
        [
            Probe(
                "Indonesia's decision in 2020 to ban exports of raw nickel ore was derided at the time as "
                "protectionism that would scare off investors. Five years on, it looks like one of the more successful "
                "pieces of industrial policy in the developing world: smelters built with Chinese capital now process "
                "the ore at home, and the value of the country's nickel-related exports has risen roughly tenfold.",
                "t",
            ),
            Probe(
                "The ban also set off a dispute at the World Trade Organization, where a panel ruled against Jakarta "
                "in 2022. Indonesia appealed into the void, since the Appellate Body has lacked a quorum since 2019, "
                "leaving the ruling in legal limbo.",
                "t",
                "d",
            ),
            Probe(
                "The harder question is who the customers will be. American tax credits for electric vehicles go only "
                "to batteries whose minerals come from countries with a free trade agreement with Washington, and "
                "Indonesia has none. Talks on a limited critical minerals agreement have stalled over labour standards "
                "and the weight of Chinese ownership in the smelters.",
                "td",
            ),
            Probe(
                "A hedging state",
                "",
                "d",
            ),
            Probe(
                "Hedging is an old habit in Jakarta. Since Sukarno hosted the Bandung conference in 1955, the country "
                "has guarded its non-alignment, and its president visited Beijing, Washington and Moscow within his "
                "first year in office, while joining BRICS as a full member.",
                "d",
            ),
            Probe(
                "Its defence choices follow the same logic. Indonesia has ordered Rafale fighters from France, is "
                "negotiating for Turkish drones and frigates, and still holds joint exercises with both the United "
                "States and China, a spread of suppliers that frustrates planners but keeps any single patron at arm's "
                "length.",
                "md",
                "t",
            ),
            Probe(
                "In Beijing, the charm offensive continues. Chinese state banks have offered financing for a "
                "high-speed rail extension to Surabaya, and the two central banks renewed their currency swap line "
                "last year, worth about 250 billion yuan.",
                "td",
            ),
            Probe(
                "The battery makers have a charm offensive of their own. A Korean scooter maker has opened showrooms "
                "in Jakarta's malls, sponsors a popular football club and gives buyers a year of free charging, a "
                "marketing push its rivals call aggressive.",
                "",
                "t",
            ),
            Probe(
                "For Washington, the lesson should be that access to critical minerals is won by offering a better "
                "deal, not by writing exclusion into tax law. A narrow agreement that rewards higher labour and "
                "environmental standards would give Jakarta a reason to diversify away from Chinese capital without "
                "asking it to choose sides.",
                "td",
            ),
        ],
    ),
    (
        "The Last Treaty Standing: Arms Control After the Lapse",
        [
            Probe(
                "For half a century, arms control gave Washington and Moscow a vocabulary for managing a rivalry that "
                "could end the world. The strategic arms limitation talks of the 1970s, the intermediate-range treaty "
                "of 1987 and the reduction agreements that followed capped launchers and warheads, and their "
                "inspection regimes let each side count the other's missiles.",
                "md",
            ),
            Probe(
                "That architecture has largely collapsed. The United States left the intermediate-range treaty in "
                "2019, Russia suspended its participation in the last remaining strategic treaty in 2023, and that "
                "treaty's limits lapsed in February without a successor.",
                "md",
            ),
            Probe(
                "A three-body problem",
                "",
                "md",
            ),
            Probe(
                "The complication is China. Its nuclear arsenal, estimated at around 600 warheads, could double by the "
                "early 2030s, and Beijing has refused every invitation to trilateral talks, arguing that its stockpile "
                "is a fraction of the two larger ones.",
                "md",
            ),
            Probe(
                "Its answer has been the same each time: when the other two come down to its level, it will sit at the "
                "table.",
                "md",
            ),
            Probe(
                "If the United States were to upload additional warheads onto its land-based and submarine-launched "
                "missiles, as some in Congress urge, Russia would almost certainly respond in kind, and the resulting "
                "spiral would be the first unconstrained build-up since the 1960s.",
                "m",
                "d",
            ),
            Probe(
                "There are cheaper options. Both sides could exchange data on deployed warheads voluntarily, keep "
                "notifying each other of missile launches under the 1988 agreement, and agree not to place nuclear "
                "weapons in orbit, a norm the UN Security Council tried and failed to affirm last year.",
                "md",
            ),
            Probe(
                "The Pentagon's budget request tells its own story. Modernising all three legs of the nuclear triad, "
                "from new silo-based missiles to a new class of ballistic-missile submarine, will cost close to a "
                "trillion dollars over the next decade, crowding out conventional programmes the services say they "
                "need more.",
                "m",
            ),
            Probe(
                "Critics call this a trade-off the country cannot avoid. But the history of the 1980s suggests that "
                "arms build-ups and arms control are not opposites: the intermediate-range treaty was signed only "
                "after both sides had deployed the very missiles it banned.",
                "md",
            ),
            Probe(
                "The argument here is modest. Arms control will not return in its Cold War form, but a few "
                "confidence-building measures would make a crisis less likely to turn into a war, and that is worth a "
                "summit.",
                "md",
            ),
        ],
    ),
    (
        "Investment Screening Comes of Age in Europe",
        [
            Probe(
                "Until recently, few European governments screened foreign investment at all. When a Chinese shipping "
                "group bought a controlling stake in a Greek port in 2016, or a Chinese appliance maker acquired a "
                "German robot maker the same year, there was no mechanism in Brussels to object.",
                "t",
            ),
            Probe(
                "An EU framework regulation of 2019 changed that, and 24 of the 27 member states now run screening "
                "regimes. Last year alone national authorities reviewed more than 1,800 transactions, blocking or "
                "attaching conditions to about one in ten, mostly in semiconductors, energy grids and dual-use "
                "technology.",
                "t",
            ),
            Probe(
                "The logic has moved from defence to economics. Screening was first justified by the risk that a "
                "hostile state would gain access to military technology; it is now invoked to protect supply chains, "
                "data and even food security.",
                "t",
                "m",
            ),
            Probe(
                "Outbound, too",
                "",
                "t",
            ),
            Probe(
                "The next step is outbound screening, which would let governments review investment by their own "
                "companies abroad. Washington began doing this in January for American funds investing in Chinese "
                "artificial intelligence and quantum computing, and the European Commission has asked member states to "
                "map their exposure before deciding whether to follow.",
                "t",
                "d",
            ),
            Probe(
                "Critics warn of a slippery slope. Once every investment in a sensitive sector becomes a security "
                "matter, the line between protecting national security and protecting national champions blurs, and "
                "trading partners will retaliate in kind.",
                "t",
            ),
            Probe(
                "Beijing has already shown how. After the Netherlands restricted exports of chipmaking machines, China "
                "opened an anti-dumping probe into European brandy and pork, and its commerce ministry placed several "
                "Western defence firms on an unreliable entity list over arms sales to Taiwan.",
                "tm",
                "d",
            ),
            Probe(
                "Rare earths are the sharpest example of leverage. China refines about 90 percent of the world's "
                "supply, and when it required licences for seven of them in April, European magnet makers warned "
                "within weeks that production lines would halt, some of them supplying missile and fighter programmes.",
                "t",
                "m",
            ),
            Probe(
                "The lesson for Europe is that screening is defensive, and leverage requires something to offer. A "
                "union that can coordinate its own currency swap lines, export credit and stockpiles of critical raw "
                "materials will have more to bargain with than one that only says no.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "The Red Sea and the Limits of Naval Escorts",
        [
            Probe(
                "Since the Houthis began firing on merchant ships in late 2023, the Red Sea has become a case study in "
                "how cheap weapons can impose expensive costs. A drone that costs a few thousand dollars can force a "
                "navy to fire a missile worth two million, and a single successful hit can divert a whole shipping "
                "line.",
                "mt",
            ),
            Probe(
                "The diversion is the real story. Container traffic through the Suez Canal fell by roughly two-thirds "
                "as carriers rerouted around the Cape of Good Hope, adding ten to fourteen days to a voyage between "
                "Shanghai and Rotterdam. Egypt's canal revenue fell by more than half, a hole the country's finances "
                "can ill afford.",
                "t",
                "m",
            ),
            Probe(
                "Naval escorts were supposed to fix this. The European Union's operation and an American-led coalition "
                "put destroyers and frigates on station, and they have shot down hundreds of drones and missiles.",
                "m",
            ),
            Probe(
                "But escorts protect ships, not confidence. Insurers have kept war-risk premiums high, at around 0.7 "
                "percent of a hull's value per transit, and most of the large carriers have concluded that a safe "
                "passage is not the same thing as an insurable one.",
                "t",
                "m",
            ),
            Probe(
                "What would change the calculus",
                "",
                "tmd",
            ),
            Probe(
                "If the Houthis were to agree to a truce as part of a wider settlement in Yemen, as Omani mediators "
                "have repeatedly tried to arrange, shipping would not return at once. Carriers have already redrawn "
                "their networks and signed new port contracts, and would want months of quiet before reversing them.",
                "tmd",
            ),
            Probe(
                "Saudi Arabia has its own reasons to want calm. Its plans for tourism and industrial zones on the Red "
                "Sea coast depend on the waterway being seen as safe, and Riyadh has kept talking to the Houthis even "
                "as it buys air defence systems from Washington.",
                "md",
                "t",
            ),
            Probe(
                "For the navies, the lesson is about magazines. Western warships have spent interceptors faster than "
                "factories can replace them, and several have had to leave the area to rearm in port.",
                "m",
            ),
            Probe(
                "Replacing them is harder than it sounds. The main production line turns out a few hundred a year, and "
                "a single week of heavy attacks can use up dozens.",
                "m",
            ),
            Probe(
                "The strategic picture will outlast this crisis. Any state that can threaten a chokepoint with cheap "
                "drones now knows it can hold global trade hostage, and the insurers, not the admirals, will decide "
                "when the threat has passed.",
                "tm",
            ),
        ],
    ),
    (
        "Strategic Patience at the Checkout",
        [
            Probe(
                "Retail analysts have a name for what the discount grocer Fenwold has been doing since 2021: strategic "
                "patience. While rivals slashed prices to win shoppers back after the pandemic, Fenwold held its "
                "margins, betting that the price war would exhaust its competitors first.",
                "",
            ),
            Probe(
                "The bet has paid off. The chain's market share has risen from 8 to 11 percent in three years, and its "
                "operating margin is the highest in the sector, according to its latest annual report.",
                "",
            ),
            Probe(
                "The battle of ideas inside the company was fierce. Two former chief executives argued for matching "
                "competitors' cuts, and one left after the board sided with the finance director.",
                "",
            ),
            Probe(
                "There is a trade-off, of course. Fenwold carries about 1,800 products, a fraction of a conventional "
                "supermarket's range, and shoppers who want choice still go elsewhere.",
                "",
            ),
            Probe(
                "Its suppliers have felt the pressure. Most of the chain's fruit and vegetables now come from growers "
                "in Spain and Morocco under fixed-price contracts, and a tariff dispute could quickly upend that "
                "model.",
                "t",
            ),
            Probe(
                "The next front is online. The chain plans to open a delivery service in three cities next spring, a "
                "campaign its marketing chief described as a charm offensive aimed at younger shoppers.",
                "",
            ),
            Probe(
                "Whether the strategy survives a downturn is another question. Discounters tend to gain when household "
                "budgets are squeezed, but Fenwold's rivals have deep pockets and long memories.",
                "",
            ),
        ],
    ),
    (
        "Moscow's Sahel Bet and the Price of Gold",
        [
            Probe(
                "When the juntas in Mali, Burkina Faso and Niger expelled French troops between 2022 and 2023, many in "
                "Paris assumed that the Russian mercenaries who replaced them would soon wear out their welcome. That "
                "assumption deserves a second look.",
                "md",
            ),
            Probe(
                "The mercenary group, rebranded under the direct control of Russia's defence ministry, now has an "
                "estimated 2,500 personnel in Mali alone. It guards the junta, trains the army and fights alongside it "
                "against jihadist groups in the north and centre.",
                "m",
            ),
            Probe(
                "The payment is partly in gold. Russian-linked firms have won mining permits in the north and west, "
                "and investigators have traced bullion flights from Bamako to Dubai, a route that helps Moscow blunt "
                "Western sanctions on its central bank.",
                "t",
                "md",
            ),
            Probe(
                "The diplomatic dividend",
                "",
                "d",
            ),
            Probe(
                "For Moscow, the Sahel is also a stage. The three juntas formed their own confederation and left the "
                "West African regional bloc in January; their ministers now vote with Russia at the UN General "
                "Assembly and speak at its forums on a multipolar world.",
                "d",
                "m",
            ),
            Probe(
                "The security record is poor. Civilian deaths attributed to state forces and their Russian partners "
                "have risen sharply, according to conflict monitors, and the jihadist groups control more territory "
                "than they did when the French left.",
                "m",
            ),
            Probe(
                "If the junta in Bamako were to run out of money to pay its partners, the arrangement could unravel "
                "quickly. Mali's budget depends on gold royalties, and the world price of gold, not the battlefield, "
                "may set the limits of Russian influence in the region.",
                "tm",
                "d",
            ),
            Probe(
                "Western governments have few good options. Sanctioning the juntas pushes them further toward Moscow; "
                "ignoring them cedes the field. The most promising tools may be the least dramatic: development "
                "finance for coastal neighbours such as Ghana and Benin, where jihadists are pushing south, and "
                "patient talks with Niger on reopening the oil pipeline to Benin.",
                "td",
                "m",
            ),
            Probe(
                "The contest in the Sahel is often described as a battle of narratives, and Russia has been winning "
                "it. But narratives do not pay soldiers, and sooner or later someone will have to.",
                "",
                "dm",
            ),
        ],
    ),
    (
        "After the Border Thaw, India Keeps Its Options Open",
        [
            Probe(
                "The October agreement on patrolling arrangements along the Line of Actual Control ended a four-year "
                "standoff that began with the deadliest clash between Indian and Chinese troops since 1975. Both "
                "armies have since pulled back from the last two friction points in eastern Ladakh.",
                "md",
            ),
            Probe(
                "It would be a mistake to read the thaw as a reset. India still keeps some 50,000 troops deployed "
                "along the frontier, and China has built new villages, roads and heliports on its side, infrastructure "
                "that will not be dismantled.",
                "m",
                "d",
            ),
            Probe(
                "Trade tells a more complicated story. India's imports from China reached a record of over $110 "
                "billion last year, much of it electronics components and solar cells that Indian factories cannot yet "
                "make, even as New Delhi bars Chinese apps and subjects Chinese investment to government approval "
                "under a rule introduced in 2020.",
                "t",
                "d",
            ),
            Probe(
                "That rule has kept Chinese carmakers out of joint ventures that Indian industry would otherwise "
                "welcome. Easing it is now the most discussed concession in the normalisation talks.",
                "td",
            ),
            Probe(
                "The Quad question",
                "",
                "d",
            ),
            Probe(
                "India's partners in the Quad watch this closely. The grouping, which brings together Australia, "
                "India, Japan and the United States, has avoided becoming a military alliance, but its naval exercise "
                "has grown every year since Australia rejoined in 2020.",
                "dm",
            ),
            Probe(
                "It suits New Delhi to keep it that way. A formal alliance would bind India to American crises it does "
                "not share; a loose coalition lets it buy Russian oil, join BRICS summits and still receive American "
                "jet-engine technology under a co-production deal signed in 2023.",
                "dtm",
            ),
            Probe(
                "The harder test will come on the water. If Chinese survey ships continue to operate in the Indian "
                "Ocean, and if one were to map the seabed near the Andaman Islands, where India keeps its only "
                "tri-service command, the border thaw could quickly be overtaken by a maritime quarrel.",
                "md",
            ),
            Probe(
                "The same caution applies to trade. New Delhi will open doors for Chinese capital only where it needs "
                "it, and close them again the moment the frontier heats up.",
                "t",
                "md",
            ),
        ],
    ),
]

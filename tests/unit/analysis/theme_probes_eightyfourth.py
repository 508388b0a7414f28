"""An eighty-fourth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: satellites, space and signals between states, as agency
copy, the business desk and the science pages tell them (the forty-sixth batch had a satellite launch a neighbour calls
a missile test, the fifty-sixth a reconnaissance satellite and a military space command and the twenty-seventh a spy
satellite put into orbit, so this one takes space as the whole subject). A missile fired at a state's own satellite and
the debris it left, satellite navigation jammed over a border region and blamed on a neighbour's army, a launch
station's lease renewed between two governments, a spy satellite put into orbit, a space pact signed on a state visit, a
satellite maker held up by export licences for its parts and a protest note over a satellite that crept up on another;
with the look-alikes that carry none of the three themes: a rocket start-up's funding round, a weather satellite's first
images, a meteor shower and a school's space camp on the science page, and a satellite television provider's price rise.

Boundaries judged here: a missile fired at a satellite is military (its condemnation optional diplomacy), other
states' condemnation and a push at the UN for a ban diplomacy (arms optional), astronauts told to shelter from its
debris and the debris' fate optional; jamming blamed by a state on a neighbour's army units military (diplomacy
optional), the envoy summoned and the embassy's denial diplomacy, the army's electronic warfare around its bases
military, an airline's suspended route and pilots' beacons optional military, a UN aviation body's session asked for by
states diplomacy; a lease of a launch station renewed by two governments diplomacy (trade optional), the rent one state
pays the other under its terms trade and diplomacy, a minister's word on what it gives diplomacy, the station's past
and fishermen kept out of its waters optional diplomacy, firms hoping for contracts there optional trade; a spy
satellite put into orbit and the neighbour's military tracking it military (diplomacy optional), three states'
condemnation under UN resolutions diplomacy (military optional), amateurs tracking its orbit optional military, help
with its engine from another state in return for shells military and diplomacy (trade optional); a space pact signed
on a state visit, its signing and what it covers diplomacy, the satellite it will build optional diplomacy, fighter
jets in the visit's other deals military (diplomacy and trade optional), a second source of technology beside another
state diplomacy (trade and arms optional); a satellite maker's forecast cut by stalled export licences trade, the
rules on defence goods trade (arms optional), a capital's tighter review over a third state trade (diplomacy
optional), a trade minister raising it with another state's secretary trade and diplomacy, designing out foreign parts
trade, its shares optional trade; a protest note over a satellite that crept up on a military one diplomacy (arms
optional), a defence minister calling it espionage tracked by the air force military (diplomacy optional), the
embassy's answer diplomacy, a treaty on outer space diplomacy, bodyguard satellites in a space defence plan military;
every look-alike (a start-up's funding round and its launch contracts; a weather satellite, a meteor shower and water
rockets at a space camp; a satellite television provider's prices and its replacement satellite) nothing.
Blind, main's rules got 3 of these 56 paragraphs wrong, no label slip found (see KNOWN_MISSES in
test_theme_probes.py): diplomacy missed for the State Department's condemnation of a missile test told through the
satellites its debris threatens (read as military) and for a UN aviation body's council due to discuss the jamming at
the request of states; trade missed for the rent one government will pay another under a lease's new terms. Then 2:
the UN's agencies for civil aviation and telecommunications are bodies of states (the shipped themes file). Then 1:
money one state's side pays another's is trade (see test_theme_money_paid.py, after the eighty-fifth batch).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

EIGHTYFOURTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Russia destroys own satellite in missile test, leaving cloud of debris",
        [
            Probe(
                "MOSCOW, March 3 (Korvell) - Russia fired a ground-based missile at one of its own defunct satellites "
                "on Tuesday, breaking it into more than 1,200 pieces of trackable debris, the U.S. Space Command said.",
                "m",
                "d",
            ),
            Probe(
                "The State Department called the test reckless and irresponsible, saying the debris would threaten "
                "the satellites of all nations for years and showed that Moscow's claims to oppose the weaponisation "
                "of space were hollow.",
                "d",
                "m",
            ),
            Probe(
                "Russia's defence ministry confirmed the test, saying the fragments posed no threat to activity in "
                "orbit and that the United States, China and India had carried out similar tests before.",
                "m",
                "d",
            ),
            Probe(
                "Astronauts aboard the International Space Station were told to shelter in their docked capsules for "
                "two hours as the station passed near the cloud, NASA said.",
                "",
                "dm",
            ),
            Probe(
                "Germany, Japan and Britain joined the condemnation, and Britain's foreign secretary said he would "
                "press at the United Nations for a ban on destructive anti-satellite tests, which 37 countries have "
                "already pledged not to carry out.",
                "d",
                "m",
            ),
            Probe(
                "Analysts said the missile, a version of an interceptor first flown in 2014, gave Moscow a way to "
                "blind an enemy's reconnaissance and communications satellites in a war.",
                "m",
            ),
            Probe(
                "Debris trackers at a private firm in Colorado said about a third of the pieces would fall back and "
                "burn up within a year, but the rest could stay in orbit for decades.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Airlines reroute Baltic flights as GPS jamming blamed on Russian army spreads",
        [
            Probe(
                "TALLINN (Korvell) - Airlines have rerouted flights away from the Gulf of Finland after pilots "
                "reported losing satellite navigation signals on more than 2,000 flights this year, which Estonia "
                "blames on jamming by Russian army units in the Kaliningrad and Leningrad regions.",
                "m",
                "d",
            ),
            Probe(
                "Estonia's foreign ministry summoned Russia's charge d'affaires on Monday and handed him a note saying "
                "the jamming endangered civilian aircraft and broke international aviation rules.",
                "d",
            ),
            Probe(
                "Moscow has denied any role. A spokesman for the Russian embassy in Tallinn said the accusations were "
                '"baseless" and part of a campaign to stir up hostility toward Russia.',
                "d",
            ),
            Probe(
                "Military analysts say the interference comes from electronic warfare systems that Russia has set up "
                "around its Baltic bases since the start of the war in Ukraine to protect them from drones.",
                "m",
            ),
            Probe(
                "For the airlines, the cost is mounting. A carrier flying to the eastern Finnish city of Savonlinna "
                "suspended the route for a month after two aircraft had to turn back, and insurers have begun asking "
                "about routes near the border.",
                "",
                "m",
            ),
            Probe(
                "The council of the International Civil Aviation Organization is due to discuss the reports at its "
                "session in Montreal next month, at the request of the three Baltic states and Finland.",
                "d",
            ),
            Probe(
                "Pilots can still land using ground-based radio beacons, and Estonia's transport safety agency said "
                "no flight had been put at risk.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Kenya, Italy renew lease on coastal space station for 15 years",
        [
            Probe(
                "NAIROBI (Korvell) - Kenya and Italy signed a 15-year renewal of the agreement that lets Italy's space "
                "agency run a launch and tracking station on the coast near Malindi, the two governments said on "
                "Thursday.",
                "d",
                "t",
            ),
            Probe(
                "Under the new terms Rome will pay Nairobi 6 million euros a year in rent, up from a symbolic sum, and "
                "train 40 Kenyan engineers a year at Italian universities.",
                "dt",
            ),
            Probe(
                "Kenya's foreign minister said the deal also gave Kenyan scientists access to data from the "
                "satellites the station tracks, and opened the way for a Kenyan earth-observation satellite to be "
                "launched from the site.",
                "d",
            ),
            Probe(
                "The station, built in the 1960s on a former oil platform offshore, has been used mostly to track "
                "satellites since its last launch in 1988.",
                "",
                "d",
            ),
            Probe(
                "Italian aerospace firms see the renewal as a chance to win contracts for a new small-rocket pad at "
                "the site. Shares of a Turin-based maker of launch components rose 3% in Milan on Friday.",
                "",
                "t",
            ),
            Probe(
                "Local fishermen's groups have complained that a security zone around the station keeps them out of "
                "rich waters, and Kenya's parliament must still approve the deal.",
                "",
                "d",
            ),
        ],
    ),
    (
        "North Korea says it put spy satellite into orbit on third try",
        [
            Probe(
                "SEOUL (Korvell) - North Korea said on Wednesday it had put its first military reconnaissance "
                "satellite into orbit, after two failed attempts earlier this year, and that it would launch several "
                "more.",
                "m",
            ),
            Probe(
                "South Korea's military said the rocket flew south over the Yellow Sea and that it was still checking "
                "whether the satellite was working. Japan briefly told residents of Okinawa to take shelter.",
                "m",
                "d",
            ),
            Probe(
                "Washington, Seoul and Tokyo condemned the launch as a breach of UN Security Council resolutions that "
                "bar Pyongyang from using ballistic missile technology.",
                "d",
                "m",
            ),
            Probe(
                "Amateur astronomers in Europe who track satellites said they had picked up an object in a "
                "sun-synchronous orbit at about 500 km, the kind of orbit used by imaging satellites, though it "
                "appeared to be tumbling.",
                "",
                "m",
            ),
            Probe(
                "Seoul's intelligence service said Russia had probably helped with the rocket's engine after the "
                "North's leader visited a Russian launch site in September, in return for artillery shells for the "
                "war in Ukraine.",
                "dm",
                "t",
            ),
        ],
    ),
    (
        "India and France sign space pact on state visit, plan joint climate satellite",
        [
            Probe(
                "NEW DELHI (Korvell) - India and France signed an agreement on Friday to build a climate-monitoring "
                "satellite together and to share launch services, one of 14 accords signed as the French president "
                "wrapped up a two-day state visit.",
                "d",
            ),
            Probe(
                "The heads of the two countries' space agencies signed the pact in the presence of the two leaders, "
                "who said in a joint statement that space had become a pillar of their strategic partnership.",
                "d",
            ),
            Probe(
                "The satellite, due for launch in 2029, will carry a French infrared instrument and an Indian radar "
                "to measure water and heat stress on crops.",
                "",
                "d",
            ),
            Probe(
                "The accord also covers training for Indian astronauts at a French space medicine centre and the use "
                "of French ground stations in the Indian Ocean.",
                "d",
            ),
            Probe(
                "Among the other agreements were a deal for 26 navy fighter jets and a roadmap on small modular "
                "nuclear reactors.",
                "m",
                "dt",
            ),
            Probe(
                "Indian officials said the partnership gave New Delhi a second source of advanced space technology "
                "besides Russia, whose supply of rocket engines has slowed since the war in Ukraine.",
                "d",
                "tm",
            ),
        ],
    ),
    (
        "Satellite maker cuts forecast as U.S. export licences for parts stall",
        [
            Probe(
                "PARIS (Korvell) - Orvenna Space, a French maker of communications satellites, cut its revenue "
                "forecast for the year on Tuesday, saying delays in U.S. export licences for components had held up "
                "three satellites due for delivery.",
                "t",
            ),
            Probe(
                "The company relies on American-made radiation-hardened chips and reaction wheels, which need a "
                "licence from the State Department under rules that control the export of defence-related goods.",
                "t",
                "m",
            ),
            Probe(
                "Chief executive Helene Marchetti said licence requests that once took 60 days were now taking six "
                "months, after Washington tightened its review of any part that could reach China.",
                "t",
                "d",
            ),
            Probe(
                "France's trade minister raised the delays with the U.S. commerce secretary at a meeting in "
                "Washington last week, a French official said.",
                "dt",
            ),
            Probe(
                "Orvenna is working to design out the American parts, but its finance chief said the first such "
                "satellite free of U.S. rules would not ship before 2028.",
                "t",
            ),
            Probe(
                "Shares fell 9% in Paris, their biggest drop since the company listed in 2019.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Italy protests to Russia over satellite that crept up on military satellite",
        [
            Probe(
                "ROME (Korvell) - Italy's foreign ministry delivered a protest note to Russia's ambassador on Monday "
                "after a Russian satellite moved to within a few kilometres of an Italian military communications "
                "satellite and stayed there for three weeks.",
                "d",
                "m",
            ),
            Probe(
                '"Trying to listen to your neighbour is not only unfriendly, it is called espionage," Italy\'s '
                "defence minister told reporters, adding that the approach had been tracked by the air force's space "
                "operations command.",
                "m",
                "d",
            ),
            Probe(
                "The Russian embassy said the satellite was carrying out scientific work and that its orbit broke no "
                "international rules.",
                "d",
            ),
            Probe(
                "Experts in space law note that no treaty sets a minimum distance between satellites, and the 1967 "
                "Outer Space Treaty says only that states must avoid harmful interference with each other's "
                "activities.",
                "d",
            ),
            Probe(
                'Italy plans to launch two small "bodyguard" satellites by 2027 that could watch over its military '
                "satellites, part of a 4.5 billion euro space defence plan.",
                "m",
            ),
        ],
    ),
    (
        "Rocket start-up Veltrax raises $210 million for reusable launcher",
        [
            Probe(
                "Veltrax, a Texas rocket start-up, said on Wednesday it had raised $210 million in a funding round led "
                "by a venture fund, valuing the company at $1.4 billion.",
            ),
            Probe(
                "The money will pay for a second test stand and the first orbital flight of its reusable launcher, "
                "planned for late next year, chief executive Corin Adebayo said.",
            ),
            Probe(
                "The company has signed launch contracts with two satellite operators and a university, and says it "
                "has a backlog of orders worth $300 million.",
            ),
            Probe(
                "Investors have poured money into small-launch companies, but several have run out of cash before "
                "reaching orbit, and one filed for bankruptcy last month.",
            ),
        ],
    ),
    (
        "Sky notes: a weather satellite's first pictures, the Perseids and water rockets",
        [
            Probe(
                "The newest U.S. weather satellite has sent back its first images, showing a band of storms over the "
                "Gulf of Mexico in detail that forecasters said would sharpen warnings of hurricanes.",
            ),
            Probe(
                "The satellite, launched in June from Cape Canaveral, sits in a fixed orbit 36,000 km above the "
                "equator and can scan the whole hemisphere every 10 minutes.",
            ),
            Probe(
                "Skywatchers can look forward to the Perseids this week. The meteor shower peaks on Tuesday night, "
                "when up to 60 meteors an hour may streak across a dark sky, though a bright moon will wash out the "
                "fainter ones.",
            ),
            Probe(
                "The meteors are bits of dust shed by a comet, which burn up as they hit the atmosphere at about 59 "
                "km per second.",
            ),
            Probe(
                "Closer to the ground, 40 pupils from Alderbrook Primary spent a week at a space camp run by a local "
                "science centre, building water rockets and launching them across the school field.",
            ),
            Probe(
                '"The best bit was when ours went over the fence," said one nine-year-old, whose team\'s rocket won '
                "the distance prize.",
            ),
        ],
    ),
    (
        "Satellite TV provider to raise prices by 8% from April",
        [
            Probe(
                "Astrelle TV, a satellite television provider with 3 million customers, will raise the price of its "
                "packages by an average of 8% from April, blaming higher costs for sports rights.",
            ),
            Probe(
                "The basic package will go up by 2 pounds to 28 pounds a month. Customers who signed up in the past "
                "year are protected until their contract ends.",
            ),
            Probe(
                "Consumer groups said the rise, the second in 12 months, would push more households to cancel and "
                "turn to cheaper streaming services.",
            ),
            Probe(
                "The company said it would keep investing in its satellites and planned to launch a replacement for "
                "its oldest one next year to keep its signal strong across the country.",
            ),
        ],
    ),
]

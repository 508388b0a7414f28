"""A fifty-fifth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: oceans, polar regions and fisheries in world affairs, as
agency copy, environmental-affairs desks and regional papers tell them. A fishing fleet escorted by coast guard cutters
into disputed waters, quota talks between two states, an Arctic council meeting beside an icebreaker's convoy and a
military exercise in the high north, deep-sea mining licences at an international seabed body, a research station's
supply run, a whaling dispute taken to a court, a seafood import ban; with a regional paper's look-alikes of no theme:
a "turf war" between lobstermen of two harbours, a "fleet" of food trucks, a "peace treaty" between two residents'
associations and a school's "polar expedition".

Boundaries judged here: cutters escorting trawlers into waters another state claims are a quarrel between states
(diplomacy) whose arms are optional, a navy's patrol vessel and aircraft sent to shadow them are military; fishing
quotas argued between governments are diplomacy, the catch's sale abroad is trade; an international body's rules for
mining the seabed are diplomacy, the metals' supply chains are trade and a company's shares alone optional trade; a
treaty that sets a continent aside is diplomacy, the station's fuel, food and penguins no theme; a whaling case
between states at a court is diplomacy, the hunt's meat sold at home none; an import ban on a neighbour's seafood is
trade, the neighbour's protest diplomacy beside it.
Blind, main's rules got 29 of these 79 paragraphs wrong. Four were label slips, relabelled: a fishermen's farewell to
the cutters continues the escort, so it takes the escort's optional military as the lead does; and three paragraphs of
quotas (a total catch over the governments' quotas, the last mackerel deal, skippers who fish what they are given)
take the lead's optional trade, as quotas argued between states do there (a fourth, a ministry setting its quota,
still misses diplomacy). 25 are left after them: diplomacy missed 15 times (quota talks told through a minister, a
state's argument and the next round; an international seabed body's session and its next meeting; a whaling case
continued through a state's answer, a ruling and a threat to leave a commission; a council's indigenous seats;
cutters in waters another state claims), trade missed 3 times (metals' supply for batteries, neighbours that test
imports but stop short of a ban, an icebreaker's gas convoy read as military), trade given twice (a boundary treaty,
talks on fisheries), military given to a foreign minister's "low tension" and to the look-alikes' "turf war", "cold
war", "polar expedition" and marine patrol officers, diplomacy to two residents' associations' "peace treaty".
After this batch's mends (a "turf war", a season "like a cold war" and the officers who police fishermen as no war; a
nuclear-powered icebreaker as no weapon and gas carriers as words of trade; the seabed authority, the whaling commission
and its convention as bodies of states; seafood as a good; a country that argues as a state that speaks, which mends the
quota story's argument only with a real state's name), 16 are left. Four of them are the fictional states' names, which
the recogniser does not take for countries (with real names in their place the cutters' lead, the Dravian minister, the
quota talks' lead and the Norlandic minister are right). Left by pattern: diplomacy missed where a story of talks or of
a body goes on with no word of its own (a ministry setting its quota, "the next round", a council's indigenous seats,
the authority's council meeting again, a court's ruling, a fictional state's argument), trade missed for metals' supply
told as reliance on mines abroad, trade given to a boundary treaty around a fishing "bank" and to talks on fisheries,
military to a minister's "too important to hold hostage", and diplomacy to the residents' associations' "peace treaty"
and its signing.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FIFTYFIFTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Coast guard cutters escort Dravian trawlers into disputed fishing grounds",
        [
            Probe(
                "PORT SELIN, May 14 (Wirenews) - Three Dravian coast guard cutters escorted a fleet of about 40 "
                "trawlers into waters around the Kessel Bank on Tuesday, fishing grounds that neighbouring Ostrava "
                "also claims, in a move Ostravan officials called a deliberate provocation.",
                "d",
                "m",
            ),
            Probe(
                "The trawlers, most of them from the northern port of Halvik, began hauling cod within hours, "
                "according to ship-tracking data reviewed by Wirenews.",
                "",
                "d",
            ),
            Probe(
                "Ostrava's foreign ministry summoned the Dravian ambassador and said the cutters had entered its "
                'exclusive economic zone "in breach of international law".',
                "d",
            ),
            Probe(
                "An Ostravan naval patrol vessel and two coast guard ships were sent to shadow the Dravian flotilla, "
                "the defence ministry said, and a maritime patrol aircraft circled overhead through the afternoon.",
                "m",
                "d",
            ),
            Probe(
                "Dravia's fisheries minister, Anton Vell, said the bank had been fished by Dravian crews for "
                "centuries and that the escort was needed after Ostravan inspectors boarded two Halvik boats last "
                "month.",
                "d",
                "m",
            ),
            Probe(
                "The two countries have disputed the boundary since a 1977 agreement drew a line around the bank but "
                "left its northern edge undefined. Talks to settle it stalled in 2019.",
                "d",
            ),
            Probe(
                "Cod from the Kessel Bank is worth about 90 million euros a year, and most of the Dravian catch is "
                "sold to processors in Spain and Portugal.",
                "t",
            ),
            Probe(
                'Fishermen in Halvik cheered the cutters as they left harbour on Monday night. "Our grandfathers '
                'fished there. Nobody is going to tell us where the line is," said skipper Jonas Marek, 52.',
                "",
                "md",
            ),
            Probe(
                'The European Commission urged both governments to "avoid any step that could lead to an incident at '
                'sea" and offered to host talks in Brussels.',
                "d",
            ),
            Probe(
                "Weather forecasters expect gales on the bank from Thursday, which would likely send most of the "
                "trawlers back to port.",
                "",
            ),
        ],
    ),
    (
        "Norland and Vestmark fail to agree mackerel quota for third year",
        [
            Probe(
                "OSLOVIK, Dec 9 (Wirenews) - Talks between Norland and Vestmark on sharing the North Atlantic "
                "mackerel catch ended without agreement on Friday for the third year running, leaving each country "
                "free to set its own quota.",
                "d",
                "t",
            ),
            Probe(
                "Norland's fisheries minister, Kari Holm, said Vestmark's demand for a 22 percent share was \"far "
                'beyond what the science supports" and that her delegation had offered 15 percent.',
                "d",
                "t",
            ),
            Probe(
                "Vestmark argues that warmer seas have pushed the mackerel stock west into its waters, where it now "
                "spends most of the summer feeding.",
                "d",
            ),
            Probe(
                "Scientists advising the coastal states have recommended a total catch of no more than 740,000 tonnes "
                "next year, but the quotas each government set on its own added up to more than 1.1 million tonnes "
                "this year.",
                "",
                "td",
            ),
            Probe(
                "The failure has already cost Norland's fleet dearly: its mackerel lost its sustainability label in "
                "2023, and buyers in Britain and Germany have since paid less for it.",
                "t",
            ),
            Probe(
                "Exports of mackerel earned Norland about 1.2 billion dollars last year, making it the country's "
                "second most valuable fish export after salmon.",
                "t",
            ),
            Probe(
                "In Vestmark's capital, the fisheries ministry said it would set a quota \"in line with our "
                'responsibilities" before the end of the month and remained open to further talks.',
                "d",
                "t",
            ),
            Probe(
                "The two countries last reached a mackerel deal in 2014, when the European Union joined as a third "
                "party; that agreement lapsed in 2020 after Britain left the bloc and sought its own seat at the "
                "table.",
                "d",
                "t",
            ),
            Probe(
                "At the harbour in Skelvik, where six pelagic trawlers tie up between trips, skippers said they had "
                'stopped following the talks. "We just fish what they give us," said Leif Annar, who has skippered '
                "the Havbris for 19 years.",
                "",
                "td",
            ),
            Probe(
                "The next round is scheduled for March in London.",
                "d",
            ),
        ],
    ),
    (
        "Arctic Council ministers meet as warships and icebreakers crowd the high north",
        [
            Probe(
                "TROMSVIK, May 20 (Wirenews) - Foreign ministers of the eight Arctic Council states met in the "
                "northern town of Tromsvik on Wednesday for the first full ministerial meeting in four years, "
                "agreeing to resume joint work on oil-spill response and search and rescue.",
                "d",
            ),
            Probe(
                "The council, set up in 1996 to coordinate environmental protection and the rights of the region's "
                "indigenous peoples, has no mandate to discuss military security, a limit written into its founding "
                "declaration.",
                "d",
                "m",
            ),
            Probe(
                "Even so, the talks were overshadowed by an exercise of some 9,000 troops from five NATO countries "
                "that began on Monday across northern Norway and the Barents Sea, involving an aircraft carrier, "
                "submarines and ski-borne infantry.",
                "m",
                "d",
            ),
            Probe(
                'Russia\'s foreign ministry called the exercise "a rehearsal for war on our doorstep" and said its '
                "own Northern Fleet would hold drills in the Kara Sea next week.",
                "md",
            ),
            Probe(
                "The U.S. Navy sent a destroyer into the Barents Sea, accompanied by the Coast Guard's only heavy "
                "icebreaker, a deployment Washington said showed its commitment to allies in the region.",
                "m",
                "d",
            ),
            Probe(
                "Separately, a Russian nuclear-powered icebreaker escorted two liquefied natural gas carriers east "
                "along the Northern Sea Route on Tuesday, the earliest such voyage of the year.",
                "t",
            ),
            Probe(
                "The state corporation that runs the route said cargo volumes on it rose to 38 million tonnes last "
                "year and that it planned to carry crude oil to China all year round by 2030.",
                "t",
            ),
            Probe(
                "Canada's foreign minister, Helene Dufort, said after the meeting that the Arctic \"must remain a "
                'region of low tension" and that the council\'s work on climate science was "too important to hold '
                'hostage".',
                "d",
            ),
            Probe(
                "Ministers adopted a statement on black carbon and methane emissions, and the council's chairmanship "
                "passed from Norway to Denmark, which will host the next meeting in Nuuk in 2027.",
                "d",
            ),
            Probe(
                "Indigenous groups that hold permanent seats on the council said they had been shut out of much of "
                "its work during the years of suspension.",
                "d",
            ),
            Probe(
                "Sea ice in the Barents Sea reached its lowest winter extent on record this year, meteorologists said "
                "last month.",
                "",
            ),
            Probe(
                "In Tromsvik, a town of 70,000, hotels were full and the local football club moved a match to make "
                "room for the delegations' buses.",
                "",
            ),
        ],
    ),
    (
        "Seabed body ends session without rules for deep-sea mining",
        [
            Probe(
                "KINGSTON, July 24 (Wirenews) - The International Seabed Authority ended its annual session on Friday "
                "without approving rules that would allow commercial mining of the ocean floor, leaving a "
                "Canadian-backed company's application for the first exploitation licence in limbo.",
                "d",
                "t",
            ),
            Probe(
                "The authority, created under the UN Convention on the Law of the Sea, regulates mining in "
                "international waters beyond national jurisdiction. Its 169 member states and the European Union have "
                "been negotiating a mining code for more than a decade.",
                "d",
            ),
            Probe(
                "Deepora Metals, listed in Toronto, wants to harvest potato-sized nodules rich in nickel, cobalt and "
                "manganese from the Pacific floor between Hawaii and Mexico, sponsored by the island state of Nauru.",
                "",
                "td",
            ),
            Probe(
                "The company says the metals are needed for electric-car batteries and that supply from the seabed "
                "would cut reliance on mines in Congo and refineries in China.",
                "t",
            ),
            Probe(
                "Some 32 countries, including France, Germany and Chile, have called for a pause on deep-sea mining "
                "until its effects on ocean life are better understood.",
                "d",
            ),
            Probe(
                "The United States, which has never ratified the convention, has said it will issue its own permits "
                "to companies that want to mine the seabed, a step the authority's secretary-general said would "
                'undermine the "common heritage of mankind".',
                "d",
                "t",
            ),
            Probe(
                "Marine biologists say the nodule fields are home to thousands of species, most of them never "
                "described, and that plumes of sediment stirred up by mining could smother life across wide areas.",
                "",
            ),
            Probe(
                "Shares of Deepora fell 14 percent in Toronto after the session closed.",
                "",
                "t",
            ),
            Probe(
                "The authority's council will meet again in March, when delegates hope to finish the code.",
                "d",
            ),
            Probe(
                'Activists of an environmental group unfurled a banner reading "Hands off the deep" outside the '
                "conference centre on Friday morning.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Supply ship reaches Antarctic station after two weeks in the ice",
        [
            Probe(
                "HOBART, Jan 18 (Wirenews) - The icebreaking supply ship Aurora Tern reached Halvorsen Station in "
                "East Antarctica on Sunday after 15 days pushing through unusually thick sea ice, bringing fuel, food "
                "and a relief crew for the winter.",
                "",
            ),
            Probe(
                "The ship carried 1.3 million litres of diesel, enough to run the station's generators for a year, as "
                "well as fresh fruit, a new water-treatment plant and 22 expeditioners who will stay through the "
                "polar night.",
                "",
            ),
            Probe(
                'Station leader Maree Tolland said the 18 people who had spent the winter there were "very happy to '
                'see a lettuce".',
                "",
            ),
            Probe(
                "The station is one of about 70 run by 29 countries under the Antarctic Treaty, which since 1959 has "
                "set the continent aside for science and banned military activity and mining there.",
                "d",
                "m",
            ),
            Probe(
                "Australia has this year stepped up its presence in East Antarctica, where China has opened its fifth "
                "station, and the government in Canberra has promised new drones and helicopters to map the ice.",
                "",
                "d",
            ),
            Probe(
                "Scientists at the station study ice cores that hold a record of the atmosphere going back 800,000 "
                "years, as well as the colonies of Adelie penguins on nearby islands.",
                "",
            ),
            Probe(
                "The Aurora Tern is due back in Hobart in mid-February, weather permitting.",
                "",
            ),
            Probe(
                "Tolland said the winter crew had kept busy with a midwinter swim through a hole cut in the ice and a "
                "film festival judged by the stations across the continent.",
                "",
            ),
        ],
    ),
    (
        "Kaldoria takes Vesterland to world court over Southern Ocean whaling",
        [
            Probe(
                "THE HAGUE, Oct 2 (Wirenews) - Kaldoria filed a case against Vesterland at the International Court of "
                "Justice on Monday, accusing it of breaching the international moratorium on commercial whaling by "
                "killing more than 300 minke whales a year under a programme it calls scientific research.",
                "d",
            ),
            Probe(
                "Kaldoria's foreign minister, Sarah Ennis, said her government had \"exhausted every diplomatic "
                'avenue" before going to court, after years of protests at meetings of the International Whaling '
                "Commission.",
                "d",
            ),
            Probe(
                "Vesterland's fisheries agency said its research was lawful under the 1946 whaling convention, which "
                "lets member states issue special permits for science, and that it would defend the programme in "
                "court.",
                "d",
            ),
            Probe(
                "The whaling fleet, a factory ship and three catcher boats, left the port of Grenvik on Saturday for "
                "the Southern Ocean, where it will hunt until March.",
                "",
                "d",
            ),
            Probe(
                "Meat from the hunt is sold in Vesterland's supermarkets and restaurants, though consumption has "
                "fallen to about a tenth of what it was in the 1960s.",
                "",
            ),
            Probe(
                "Anti-whaling activists have clashed with the fleet in past seasons, and Vesterland's coast guard has "
                "sent a patrol ship to escort it this year.",
                "",
                "m",
            ),
            Probe(
                "A ruling could take two years. The court's judgments are binding, but it has no power to enforce "
                "them.",
                "d",
            ),
            Probe(
                "In Kaldoria's coastal towns, whale-watching tours bring in an estimated 60 million dollars a year, "
                "tourism officials said.",
                "",
            ),
            Probe(
                "Vesterland has also threatened to leave the whaling commission if the moratorium is not lifted, as "
                "its neighbour Islandia did in 2019.",
                "d",
            ),
        ],
    ),
    (
        "Pelagia bans Renland seafood after treated water release",
        [
            Probe(
                "RENPORT, Aug 25 (Wirenews) - Pelagia banned all imports of seafood from neighbouring Renland on "
                "Friday, hours after Renland began releasing treated waste water from a damaged nuclear plant into "
                "the sea.",
                "t",
                "d",
            ),
            Probe(
                "Pelagia's customs agency said the ban covered fish, shellfish, seaweed and processed seafood and "
                'would stay in place "until the safety of the products can be assured".',
                "t",
            ),
            Probe(
                'Renland\'s foreign ministry called the ban "scientifically unfounded" and said it had lodged a '
                "protest through diplomatic channels, adding that the International Atomic Energy Agency had approved "
                "the release plan.",
                "td",
            ),
            Probe(
                "Pelagia bought about 500 million dollars of Renland seafood last year, making it the largest foreign "
                "market for Renland's scallops and sea cucumbers.",
                "t",
            ),
            Probe(
                "The IAEA said tritium levels in the released water were far below international safety limits and "
                "that it would monitor the sea around the plant for decades.",
                "",
                "d",
            ),
            Probe(
                "Seafood exporters in Renland's northern provinces said orders had stopped overnight. \"We had three "
                'containers of scallops at the port. Now nobody will take them," said Aiko Tamsen, who runs a '
                "processing plant in Kurohama.",
                "t",
            ),
            Probe(
                "Renland's government said it would set aside 300 million dollars to help fishing firms find new "
                "buyers abroad and to buy up unsold catch.",
                "t",
            ),
            Probe(
                "In Pelagia, some shoppers rushed to buy sea salt, fearing contamination, and several restaurants put "
                "up signs saying they served no Renland fish.",
                "",
                "t",
            ),
            Probe(
                "Two other neighbours, Kesh and the island state of Tavu, said they would test Renland seafood but "
                "stopped short of a ban.",
                "t",
            ),
            Probe(
                "Pelagia and Renland were due to hold talks on fisheries and maritime boundaries in Renport next "
                "month; neither side said whether they would go ahead.",
                "d",
            ),
        ],
    ),
    (
        "Harbour week: lobster turf war flares, food trucks return, residents sign a parking treaty",
        [
            Probe(
                "BRENMOUTH - A turf war between lobstermen of Brenmouth and neighbouring Tallowby flared again this "
                "week after a dozen Tallowby pots were found cut loose off Gull Point, the third such incident since "
                "April.",
                "",
            ),
            Probe(
                "Brenmouth crews say the Tallowby boats have been setting gear inside the line both harbours agreed "
                "to respect in the 1980s, a stretch of water marked by nothing more than a buoy and a church steeple.",
                "",
            ),
            Probe(
                '"It\'s been like a cold war out there all summer," said Tallowby skipper Wendy Pascoe, whose boat '
                'lost eight pots. "Nobody talks, everybody watches."',
                "",
            ),
            Probe(
                "State marine patrol officers said they had opened an investigation into the cut lines, a "
                "misdemeanour, and asked both harbours to hold a meeting.",
                "",
            ),
            Probe(
                "Down on the esplanade, a fleet of eleven food trucks will line Marine Parade from Friday for the "
                "summer season, after the council approved permits for three new vendors selling fish tacos, crepes "
                "and Thai noodles.",
                "",
            ),
            Probe(
                "The fleet's organiser, Gemma Royle, said the trucks would move to the harbour car park if the "
                "forecast storms arrive.",
                "",
            ),
            Probe(
                "Residents' associations in Upper Brenmouth and the Quayside have signed what they call a \"peace "
                'treaty" ending a two-year dispute over parking on Anchor Street: each side gets the kerb on '
                "alternate weekends.",
                "",
            ),
            Probe(
                'The treaty was signed over tea at the sailing club on Sunday, with the mayor as witness. "Diplomacy '
                'works," said Quayside chairman Alan Broad.',
                "",
            ),
            Probe(
                'Year 6 pupils from St. Piran\'s Primary set off on their "polar expedition" on Tuesday: a week at an '
                "outdoor centre on the moors, where they will sleep in tents and cook on camp stoves.",
                "",
            ),
            Probe(
                "The lifeboat station will hold its open day on Saturday, with a demonstration by the coast guard "
                "helicopter at noon.",
                "",
            ),
        ],
    ),
]

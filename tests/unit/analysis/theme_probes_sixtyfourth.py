"""A sixty-fourth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: water, rivers and dams between states, as agency copy,
regional desks and environmental web analysis tell them. A dam upstream filling its reservoir and the downstream
state's protest, river-sharing talks mediated by a third state, a water treaty suspended after an attack, border
guards clashing over a river island, a hydropower deal with power sold across the border, and a drought that turns a
grain grower into a grain buyer; with the look-alikes of home news: a city's water main break and a rate rise, a
farmers' irrigation suit at home and a kayak race on a border river.

Boundaries judged here: a state's protest of a dam upstream, the other state's reply and talks over the flow are
diplomacy (as the twenty-first batch labelled a reservoir dispute), and the home farmers' plight told in such a story
takes diplomacy only as optional; a threat to "defend its existence" leaves military optional; power sold across a
border, a foreign contractor's plant and grain imports are trade; a treaty suspended after an attack is diplomacy and
military, trade suspended in reply trade and diplomacy; border guards exchanging fire are military, a state's summons
of an envoy diplomacy, a territory claimed by two states diplomacy; a city's water main, a farmers' suit at home and a
race on a border river get nothing, a utility's rate rise trade only as optional, a home crop's exports trade.
Blind, main's rules got 9 of these 67 paragraphs wrong, none a label slip (the twenty-first and earlier batches label
a reservoir's reply, an airspace closed to another state's airlines and waters claimed by two states as diplomacy).
Left by pattern: diplomacy missed for a downstream dispute's continuation told through the dam and its water (the
upstream ministry's reply, an analyst's "the fight now is over how fast it is filled", an expert's "who gives up water
in a dry year", India's power to stop sharing flood data), for an airspace closed to another state's airlines beside
suspended trade and for an island claimed by both countries; trade missed for power sold across a border told as
"sells power to" and for a plant built by a foreign group; diplomacy given to border forces' accusations of a
crossing (see KNOWN_MISSES in test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTYFOURTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Egypt protests as Ethiopia begins fifth filling of Nile dam",
        [
            Probe(
                "CAIRO, July 14 (Nordwire) - Egypt protested on Monday after Ethiopia began the fifth filling of the "
                "reservoir behind its giant dam on the Blue Nile, calling the move a breach of international law and a"
                " threat to the water of 105 million Egyptians.",
                "d",
            ),
            Probe(
                "Ethiopia's water ministry said the reservoir would take in about 23 billion cubic metres of the "
                "summer floods this year and that the filling harmed no one downstream.",
                "d",
            ),
            Probe(
                'In a letter to the UN Security Council, Foreign Minister Hany Selim said Cairo "reserves its right '
                'to defend its existence" and accused Addis Ababa of dragging out talks for a decade.',
                "d",
                "m",
            ),
            Probe(
                "Sudan, which sits between the two, said it had not been told the dates of the filling and asked for "
                "data on releases to protect its own Roseires dam.",
                "d",
            ),
            Probe(
                "Egypt depends on the Nile for about 97 per cent of its fresh water. Farmers in the delta already face"
                " salt water creeping into their fields, and the government has cut the area allowed for rice.",
                "",
                "d",
            ),
            Probe(
                "The $4.8 billion dam, paid for largely by Ethiopian citizens and bonds sold to the diaspora, is set "
                "to double the country's electricity output. Ethiopia already sells power to Djibouti and Kenya and "
                "plans a line to Sudan.",
                "t",
            ),
            Probe(
                "Talks brokered by the African Union broke down in December, and a US-led effort collapsed in 2020 "
                "when Ethiopia stayed away from the signing in Washington.",
                "d",
            ),
            Probe(
                'Analysts say neither side is likely to go to war. "The dam is built. The fight now is over how fast '
                'it is filled in dry years, and that is a matter for engineers and lawyers, not armies," said Mekdes '
                "Alemu, a researcher at the Horn Policy Centre in Nairobi.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Iraq and Turkey agree to share Tigris flow data in Qatar-hosted talks",
        [
            Probe(
                "DOHA, Sept 3 - Iraq and Turkey agreed on Tuesday to set up a joint panel to share data on the flow of"
                " the Tigris and Euphrates, after two days of talks hosted by Qatar, the Qatari foreign ministry said.",
                "d",
            ),
            Probe(
                "Baghdad has for years accused Ankara of holding back water behind a chain of dams in south-eastern "
                "Turkey, leaving the marshes of the south dry and its cities short of drinking water in summer.",
                "d",
            ),
            Probe(
                "Turkish officials say the shortage is the fault of drought and of Iraq's leaking canals, and have "
                "offered to help rebuild the network.",
                "d",
            ),
            Probe(
                "Under the framework, Turkish firms will build irrigation projects in Iraq, paid in part from the sale"
                " of Iraqi oil, a Turkish energy official said.",
                "t",
                "d",
            ),
            Probe(
                'Qatar\'s minister of state, Khalid al-Mansouri, said the talks had been "frank and practical" and '
                "that Doha was ready to host the panel's first meeting in November.",
                "d",
            ),
            Probe(
                'Water experts were cautious. "Sharing data is the easy part. The question is who gives up water in a'
                ' dry year, and that was not on the table," said Layla Haddad, a hydrologist at the University of '
                "Basra.",
                "d",
            ),
            Probe(
                "In the southern marshes, buffalo herders have moved north as the water turned salty, and the UN says "
                "more than 100,000 people have left farming there in five years.",
                "",
                "d",
            ),
            Probe(
                "Turkey's dam programme, begun in the 1980s, also produces about a fifth of the country's electricity.",
                "",
                "d",
            ),
        ],
    ),
    (
        "India suspends Indus Waters Treaty after Kashmir attack; Pakistan warns of 'act of war'",
        [
            Probe(
                "NEW DELHI, April 24 - India said on Wednesday it would hold the Indus Waters Treaty with Pakistan "
                '"in abeyance" after gunmen killed 26 tourists in Kashmir, the first time either side has suspended '
                "the 1960 pact, which survived three wars.",
                "dm",
            ),
            Probe(
                'Foreign Secretary Anil Mehra told reporters the treaty would stay suspended until Pakistan "credibly'
                ' and irrevocably" ended its support for cross-border terrorism. India also closed the main land '
                "border crossing and expelled Pakistan's defence attaches.",
                "dm",
            ),
            Probe(
                'Islamabad called the move "an act of war" and said any attempt to stop or divert water owed to '
                'Pakistan would be met with "full force across the spectrum of national power".',
                "dm",
            ),
            Probe(
                "Pakistan also suspended all trade with India, including through third countries, and closed its "
                "airspace to Indian airlines.",
                "td",
            ),
            Probe(
                "Engineers on both sides say India cannot stop the rivers quickly. Its dams on the western rivers are "
                "run-of-the-river plants with little storage, and building new ones would take years.",
                "d",
            ),
            Probe(
                "But India can stop sharing flood data and flush silt from its reservoirs without notice, which could "
                "hurt Pakistan's sowing season, said Shabnam Rizvi, a water analyst in Lahore.",
                "d",
            ),
            Probe(
                "Farmers in Punjab province, who grow most of Pakistan's wheat, rely on the Indus and its tributaries "
                "for about 80 per cent of their irrigation.",
                "",
                "d",
            ),
            Probe(
                "The World Bank, which brokered the treaty and signed it, said it had no role in deciding whether a "
                "party may suspend it.",
                "d",
            ),
            Probe(
                "Police in Kashmir said they were hunting three gunmen, two of them believed to be Pakistani "
                "nationals, and released sketches of the suspects.",
                "m",
            ),
        ],
    ),
    (
        "Bangladeshi guard killed as border forces clash over Padma river island",
        [
            Probe(
                "DHAKA, Feb 11 - Border guards from Bangladesh and India exchanged fire on Sunday over a sandbar "
                "island in the Padma river, killing one Bangladeshi guard and wounding two Indian troops, officials on"
                " both sides said.",
                "m",
                "d",
            ),
            Probe(
                "The island, about 3 sq km of silt that rose from the river in the 1990s as it shifted course, is "
                "farmed by villagers from both banks and claimed by both countries.",
                "d",
                "m",
            ),
            Probe(
                "Bangladesh's border force said Indian troops had crossed the midstream line to stop farmers "
                "harvesting lentils; India's Border Security Force said its patrol was fired on first.",
                "m",
            ),
            Probe(
                "Bangladesh summoned the Indian high commissioner in Dhaka to lodge a protest, and the two forces' "
                "commanders met at a flag meeting on Monday evening.",
                "dm",
            ),
            Probe(
                "Clashes along the 4,100 km border are frequent, but deaths of guards, as opposed to villagers and "
                "cattle smugglers, are rare.",
                "m",
            ),
            Probe(
                'Villagers on the island said they had fled to the Bangladeshi bank with their goats. "We planted in '
                'November. Now nobody will let us go back for the crop," said Rahima Khatun, 58.',
                "m",
            ),
            Probe(
                "The two countries share 54 rivers and have argued for decades over the Teesta, whose waters India has"
                " yet to share under a deal drafted in 2011.",
                "d",
            ),
            Probe(
                "India is Bangladesh's second-largest trading partner, and trucks kept moving through the Benapole "
                "land port on Monday, customs officials said.",
                "t",
            ),
        ],
    ),
    (
        "Nepal to sell 10,000 MW of hydropower to India; Bangladesh joins first three-way deal",
        [
            Probe(
                "KATHMANDU, Jan 6 - Nepal and India signed an agreement on Monday for Nepal to export 10,000 megawatts"
                " of electricity to India over the next ten years, during a visit by India's foreign minister to "
                "Kathmandu.",
                "td",
            ),
            Probe(
                "The deal, reached after years of haggling over price and transmission, lets Nepali hydropower plants "
                "sell in India's day-ahead market and commits both sides to build three new cross-border lines.",
                "t",
                "d",
            ),
            Probe(
                "In a three-way deal, Bangladesh will also buy 40 megawatts from a Nepali plant, carried across the "
                "Indian grid, the first such power trade in South Asia.",
                "t",
                "d",
            ),
            Probe(
                '"Our rivers are our oil," Nepal\'s Energy Minister Dipak Bhandari said at the signing. "For the '
                'first time we will earn more selling electricity than we pay for fuel."',
                "t",
            ),
            Probe(
                "Nepal has built most of its plants on the run of its rivers, which gives it a surplus in the monsoon "
                "and forces it to import power from India in the dry winter months.",
                "t",
            ),
            Probe(
                "India will buy power only from plants without Chinese investment, a condition set in 2018 that has "
                "kept two Chinese-built projects out of its market.",
                "t",
                "d",
            ),
            Probe(
                "Environmental groups say the rush to build dams in the Himalayas ignores the risk of glacial lake "
                "floods, which swept away a plant on the Bhote Koshi in 2021.",
                "",
            ),
            Probe(
                "The two ministers also discussed a long-stalled railway from Raxaul to Kathmandu and a border dispute"
                " over the Kalapani area, Nepal's foreign ministry said.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Analysis: Morocco's sixth dry year turns a grain grower into a grain buyer",
        [
            Probe(
                "Morocco's dams are a quarter full, its wheat harvest has shrunk to a third of normal, and the kingdom"
                " is on course to import a record 7 million tonnes of grain this year.",
                "t",
            ),
            Probe(
                "The drought, the sixth in a row, has turned one of Africa's larger grain producers into one of its "
                "largest buyers, with most of its soft wheat now coming from France, Russia and Ukraine.",
                "t",
            ),
            Probe(
                "The government pays importers a subsidy to keep bread prices fixed and has suspended import duties on"
                " wheat until the end of the year.",
                "t",
            ),
            Probe(
                "Rabat is also betting on desalination. A plant in Casablanca, built by a Spanish group, will supply "
                "300 million cubic metres a year when it is finished in 2027.",
                "t",
            ),
            Probe(
                "Hydrologists say rain is only part of the problem. Farms growing avocados and watermelons for export "
                "to Europe draw groundwater faster than it comes back, said Samira Benali, who studies aquifers at a "
                "university in Agadir.",
                "t",
            ),
            Probe(
                "Rainfall in the Atlas mountains has fallen by about 20 per cent since the 1980s, and winters there "
                "are warming faster than the global average.",
                "",
            ),
            Probe(
                "Algeria, Morocco's neighbour, faces the same drought but cannot share water with it: the border has "
                "been closed since 1994 and the two cut diplomatic ties in 2021.",
                "d",
            ),
            Probe(
                "Farmers in the Saiss plain say wells that hit water at 40 metres a decade ago must now go down 200.",
                "",
            ),
        ],
    ),
    (
        "Water main break floods downtown, leaves 40,000 without water",
        [
            Probe(
                "A 48-inch water main burst under Harbor Avenue early on Tuesday, flooding streets downtown and "
                "leaving about 40,000 homes and businesses without water or with low pressure, city officials said.",
                "",
            ),
            Probe(
                "Crews closed six blocks and expect repairs to take at least two days. The city urged residents to "
                "boil tap water until tests show it is safe.",
                "",
            ),
            Probe(
                "The pipe, laid in 1921, is among about 300 miles of cast-iron mains the utility has yet to replace, "
                "said Denise Marlow, director of the city's water department.",
                "",
            ),
            Probe(
                'Restaurants in the area closed for the day. "We had a full booking for lunch," said Tony Ferraro, '
                "who owns a diner on Fourth Street.",
                "",
            ),
            Probe(
                "The break came a week after the city council approved a 9 per cent rise in water rates to pay for "
                "replacing old pipes, the third increase in four years.",
                "",
                "t",
            ),
            Probe(
                "Council member Ray Okafor said the rise hit poor families hardest and called for a discount for "
                "pensioners.",
                "",
            ),
        ],
    ),
    (
        "Valley growers sue irrigation district over halved water allocations",
        [
            Probe(
                "FRESNO, Calif. - A group of almond and pistachio growers sued the Kern Valley Irrigation District on "
                "Thursday, saying its board broke state law when it halved their water allocations while sparing "
                "holders of older rights.",
                "",
            ),
            Probe(
                "The district says the cuts follow from smaller deliveries from the state's canal system after a dry "
                "winter.",
                "",
            ),
            Probe(
                '"We have trees that took seven years to bear fruit. You cannot leave an orchard fallow for a year,"'
                " said grower Martin Solis.",
                "",
            ),
            Probe(
                "Growers in the valley export about 70 per cent of their almonds, much of it to India, China and "
                "Europe, and the industry was hit by Chinese tariffs in 2018.",
                "t",
            ),
            Probe(
                "A hearing is set for March in Fresno County Superior Court.",
                "",
            ),
            Probe(
                "Separately, Valley Power & Water said it would raise rates for farm pumping by 12 per cent from "
                "April, citing the cost of power.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Hungarian pair win Danube kayak marathon on the border river",
        [
            Probe(
                "More than 400 paddlers set off from Bratislava on Saturday in the annual Danube kayak marathon, a 120"
                " km race that follows the river border between Slovakia and Hungary.",
                "",
            ),
            Probe(
                "A Hungarian pair, Eszter Kovacs and Bence Nagy, won the doubles in 9 hours 42 minutes, ahead of a "
                "Slovak crew who led until the final lock.",
                "",
            ),
            Probe(
                "Organisers said low water after a dry summer had forced them to shorten one leg and move the finish "
                "from Esztergom to Sturovo.",
                "",
            ),
            Probe(
                "Border police from both countries checked passports at the start, a formality since both joined the "
                "Schengen area.",
                "",
                "d",
            ),
            Probe(
                '"The river does not care which side you are on," said Kovacs, who trains in Gyor. "It was hot, it '
                'was long, and I would do it again tomorrow."',
                "",
            ),
            Probe(
                "Next year's race will start in Vienna for the first time, organisers said.",
                "",
            ),
        ],
    ),
]

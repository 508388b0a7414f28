"""A seventy-first batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: borders, maps and territory between states, as agency
copy, the regional press, the financial press, a local weekly and a university's news page tell them. A new official
map that draws a neighbour's valley inside the border and the protest note it draws, a joint boundary commission that
meets after nine years, soldiers of two armies in a patrol clash at a high pass, a world court's ruling on a maritime
line and the gas and fishing rights that follow it, two presidents agreeing to swap enclaves, and a border crossing
closed to freight over a trade row; with the look-alikes that carry none of the three themes: a county line argued
over by two towns, a city annexing farmland, a neighbours' fence over the "boundary" in court, a map app's street
names, a land survey, a zoning "commission" and a bridge "commission" at a state line, a school district's "border",
street maps renamed, district borders redrawn before a state election, and the "frontier" and "territory" of science
(a fly's brain mapped, birds that "patrol" a "border" against "invading" rivals).

Boundaries judged here (as the thirty-fifth and forty-fourth batches had them): a state's map that claims a neighbour's
land, the neighbour's protest note and each side's ministry on it are diplomacy, soldiers sent to the disputed post
military (diplomacy optional), and the valley's people and a foreign miner's licence there only optional; a boundary
commission's meetings, its maps, markers and survey teams are diplomacy, the armies that faced off over a road military
and diplomacy, new crossings for trade trade too, and villagers swapping goods across an unmarked line only optional; a
patrol clash at a pass and the armies along the frontier are military (diplomacy optional), a foreign ministry's charge
that troops crossed the line diplomacy and military, talks on reopening border trade trade and diplomacy, and an
opposition demand for a briefing on the injured military; a court's maritime line and a state's answer to it are
diplomacy, the gas field it hands over trade, joint development offered by one president to another trade and
diplomacy, fishing licences for each other's fleets trade and diplomacy, a navy patrolling the line military, and the
gas company's shares only optional trade; enclaves swapped by two presidents, their residents' citizenship and the
ratification are diplomacy, border guards and an army leaving their posts military and diplomacy, a customs-free road
through the enclave trade and diplomacy; a crossing closed to freight in a trade row is trade (diplomacy optional), the
lorries queued, the exporters' losses and the millers' lost market trade, the summoned ambassador's note diplomacy and
trade, and a customs union's hearing trade and diplomacy.
Blind, main's rules got 14 of these 68 paragraphs wrong, one of them a label slip (military left out for "The clash came
a week before" talks on border trade, which goes on with the article's clash: military made optional): trade given to
street maps renamed after "trade unionists"; military given to farmers who will "fight" an annexation, to robins
defending their territory against "invading" rivals and to a clash named only as the date of trade talks; diplomacy
given to millers who lost a market to a neighbour's ban; diplomacy missed for a boundary commission's survey teams, for
the residents of swapped enclaves choosing citizenship (twice, one a shopkeeper's words), for a customs-free road
through an enclave, for a law professor on a court's judgment and for a customs union's commission hearing a complaint;
trade missed for a gas discovery placed in a state's waters, for joint development of fields across a new sea line and
for fishing grounds and licences for each other's fleets. The slip mended: 13. Mended: the members of a trade union
("trade unionists") as no trade, a fight that people hire a lawyer or go to court for as no war, land annexed by the
acre as a town's (a cue against war), and the Eurasian Economic Union and its commission as a regional body of states
(see test_theme_borders.py): 10 left. Left by pattern: military given to robins defending their territory against
"invading" rivals (animals' territory, no state's); diplomacy given to millers who lost a market to a neighbour's ban
(two peoples and a capital that speaks); diplomacy missed for a boundary commission's survey teams, for the residents of
swapped enclaves choosing citizenship (twice) and for a law professor on a court's judgment (paragraphs that go on with
the article's subject with one weak word or none), and for a customs-free road through an enclave (its "both countries"
yielded to trade); trade missed for a gas discovery placed in a state's waters, for joint development of fields across a
new sea line and for fishing grounds and licences for each other's fleets (no phrase of an exchange).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTYFIRST_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Suriname's new map draws Guyana-held valley inside its border, drawing protest note",
        [
            Probe(
                "PARAMARIBO, May 6 (Stallard) - Suriname published a new official map on Tuesday that draws the "
                "Awarapi valley, which Guyana has run since independence, inside Suriname's border, and Guyana "
                "answered within hours with a formal protest note.",
                "d",
            ),
            Probe(
                "The note, handed to Suriname's ambassador in Georgetown, called the map \"an act of cartography, not "
                'of law" and asked the government in Paramaribo to withdraw it from schools and public offices.',
                "d",
            ),
            Probe(
                "Suriname's foreign minister, Iwan Gajadhar-Moes, said the map only restored a line drawn by colonial "
                "surveyors in 1939 and that Paramaribo remained ready to settle the question at the table.",
                "d",
            ),
            Probe(
                "Guyana's Defence Force said it had flown an extra platoon to its post at Awarapi Falls and would step "
                "up river patrols, but that there was no sign of Surinamese troops in the area.",
                "m",
                "d",
            ),
            Probe(
                "About 900 people live in the valley, most of them small-scale gold miners and cassava farmers who "
                "sell their crops at the market in Orealla on the Guyanese side.",
                "",
                "dt",
            ),
            Probe(
                "A Canadian company, Hollister Bay Gold, which holds a Guyanese licence to dredge for gold in the "
                "valley, said its work would go on and that it had sought advice from Ottawa.",
                "",
                "dt",
            ),
            Probe(
                "The two countries last sat down over the border in 2019, when a joint commission met in Nickerie and "
                "broke up without agreeing on a single point.",
                "d",
            ),
            Probe(
                "The Caribbean Community's secretary-general offered on Wednesday to host talks between the two "
                "foreign ministers in Georgetown.",
                "d",
            ),
            Probe(
                "In the same release the land ministry published new street maps of Paramaribo, where 40 streets have "
                "been renamed since last year after national heroes and trade unionists.",
                "",
            ),
            Probe(
                "Opposition lawmakers in Suriname's parliament asked why the ministry had spent 2 million Surinamese "
                "dollars printing 60,000 copies of the map for schools.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Laos-Cambodia boundary commission meets for first time in nine years",
        [
            Probe(
                "VIENTIANE - The joint boundary commission of Laos and Cambodia met on Monday for the first time in "
                "nine years, agreeing to resume marking the last 86 km of their 540-km border, a stretch that has "
                "never been fixed.",
                "d",
            ),
            Probe(
                "The commission's previous round broke down in 2017 after soldiers from both armies faced off for "
                "three weeks over a road that Cambodian engineers were building near the Xe Kong river.",
                "md",
            ),
            Probe(
                "Laos's deputy foreign minister, Bounthavy Sisoulath, who led his country's delegation, said the two "
                "sides had agreed to work from French colonial maps of 1907 and 1933 and to settle any difference "
                "between them by survey.",
                "d",
            ),
            Probe(
                "Survey teams will set out in November, at the end of the rainy season, with drones and satellite "
                "receivers to place 58 new markers.",
                "d",
            ),
            Probe(
                "Cambodia's delegation head, Chea Sovannrith, said a marked border would let both countries open two "
                "new crossings for trade and tourism.",
                "dt",
            ),
            Probe(
                "At the weekly market in Ban Phakham, traders from both sides already swap rice, fuel and mobile phone "
                "cards across a line nobody has marked.",
                "",
                "dt",
            ),
            Probe("The commission will meet again in Phnom Penh in March.", "d"),
            Probe(
                "Separately, Laos's land department said a nationwide survey of rice paddies for the land-title "
                "register would be finished next year.",
                "",
            ),
        ],
    ),
    (
        "Indian, Chinese soldiers injured in clash at Himalayan pass",
        [
            Probe(
                "NEW DELHI, Sept 9 (Stallard) - Indian and Chinese soldiers clashed at a high pass in Arunachal "
                "Pradesh on Sunday, leaving at least 11 men injured on both sides, after two patrols met on a ridge "
                "both countries claim, Indian army sources said.",
                "m",
                "d",
            ),
            Probe(
                "The two patrols fought with sticks, stones and fists for about an hour at Dongtse La, 4,800 metres "
                "up, before commanders on each side pulled their men back, the sources said.",
                "m",
            ),
            Probe(
                "India's army said in a statement that local commanders had met on Monday under the rules both sides "
                "agreed after earlier clashes, and that calm had returned.",
                "m",
                "d",
            ),
            Probe(
                "China's foreign ministry spokesman, Gao Renjie, said Indian troops had crossed the line of actual "
                'control and "provoked" Chinese border guards, and urged New Delhi to rein in its frontline forces.',
                "dm",
            ),
            Probe(
                "The two armies have stood face to face at several points along their 3,488-km frontier since 2020, "
                "with tens of thousands of troops and heavy weapons on each side.",
                "m",
                "d",
            ),
            Probe(
                "The clash came a week before the two countries were due to hold talks in Beijing on reopening border "
                "trade at the Nathu La crossing, shut since 2020.",
                "dt",
                "m",
            ),
            Probe(
                "India's main opposition party demanded that the defence minister brief parliament, accusing the "
                "government of hiding the number of injured.",
                "m",
                "d",
            ),
            Probe(
                "In the state capital, Itanagar, the government of Arunachal Pradesh said it would redraw district "
                "borders to create two new districts before next year's state election.",
                "",
            ),
        ],
    ),
    (
        "World court draws Tanzania-Mozambique sea line, putting gas block in Maputo's waters",
        [
            Probe(
                "The International Court of Justice on Wednesday drew the maritime boundary between Tanzania and "
                "Mozambique along a line that gives Mozambique most of a 9,000 sq km wedge of the Indian Ocean that "
                "both countries had claimed since 2011.",
                "d",
            ),
            Probe(
                "The ruling places the Kiboko gas discovery, where a consortium led by Norway's Solvik Energy found an "
                "estimated 4 trillion cubic feet in 2019, inside Mozambique's waters, and the consortium said it would "
                "now seek a licence from Maputo.",
                "t",
                "d",
            ),
            Probe(
                "Tanzania's attorney-general, Halima Mrisho, said her government would study the 140-page judgment "
                "but noted that Dar es Salaam had never accepted the court's jurisdiction over the case.",
                "d",
            ),
            Probe(
                'Mozambique\'s president called the ruling "a victory for the law of the sea" and said he would '
                "invite Tanzania's president to Maputo to discuss joint development of fields that straddle the new "
                "line.",
                "dt",
            ),
            Probe(
                "For the fishing towns of Mtwara region, the new line takes away grounds where Tanzanian boats have "
                "long caught tuna and kingfish, and the two governments must now agree on licences for each other's "
                "fleets.",
                "td",
            ),
            Probe(
                "Shares in Solvik rose 7 per cent in Oslo, and analysts at Fjellstad Securities raised their target "
                "price, saying the ruling removed the main risk to a final investment decision.",
                "",
                "t",
            ),
            Probe(
                "Mozambique's navy said it would begin patrolling the new line next month with two patrol boats "
                "bought from India.",
                "m",
                "dt",
            ),
            Probe(
                "Maritime lawyers said the court had followed its usual method, drawing a line at equal distance from "
                "the two coasts and then shifting it to allow for the bend of the shore at Cape Delgado.",
                "d",
            ),
            Probe(
                "Petra Vollenweider, who teaches the law of the sea at the University of Lausanne, said the judgment "
                "would be read closely in Nairobi and Mogadishu and in other capitals with open disputes along the "
                "coast.",
                "d",
            ),
        ],
    ),
    (
        "Kyrgyz, Uzbek presidents agree to swap enclaves",
        [
            Probe(
                "TASHKENT, March 3 (Stallard) - The presidents of Uzbekistan and Kyrgyzstan agreed on Monday to "
                "exchange two enclaves that have been cut off from their countries since the Soviet Union broke up, "
                "the last open question on their 1,300-km border.",
                "d",
            ),
            Probe(
                "Under the deal, signed at a summit in Tashkent, Kyrgyzstan will hand over the village of Chek-Bulak, "
                "which lies inside Uzbek territory, and receive the Uzbek enclave of Qizilsoy in return, with a strip "
                "of land for a road.",
                "d",
            ),
            Probe(
                "The roughly 4,200 residents of the two villages will be able to choose either citizenship, or keep "
                "both for five years, officials said.",
                "d",
            ),
            Probe(
                "Border guards of both countries will leave the posts that now ring the enclaves by the end of the "
                "year, and the Kyrgyz army will hand its barracks at Chek-Bulak to the Uzbek side.",
                "md",
            ),
            Probe(
                "A road through the former Qizilsoy enclave will be opened to lorries of both countries, and goods "
                "moving along it will be free of customs checks, cutting two hours off the drive from Osh to Andijan.",
                "td",
            ),
            Probe(
                "In Chek-Bulak, a shopkeeper, Bakyt Ormonov, said he would take Uzbek citizenship if his pension "
                'stayed the same. "We have lived on an island for thirty years," he said.',
                "d",
            ),
            Probe(
                "Both parliaments must ratify the agreement, and Kyrgyz nationalists have promised protests in Bishkek "
                "against what they call giving away land.",
                "d",
            ),
            Probe(
                "Relations between the two neighbours have warmed sharply since 2016, and trade between them has "
                "grown fivefold to $3.5 billion a year.",
                "dt",
            ),
        ],
    ),
    (
        "Kazakhstan shuts border crossing to Kyrgyz freight in flour row",
        [
            Probe(
                "ALMATY, Oct 14 (Stallard) - Kazakhstan closed the Ak-Zhol crossing on its border with Kyrgyzstan to "
                "freight on Tuesday, a week after Bishkek banned imports of Kazakh flour, in a widening trade row "
                "between the two neighbours.",
                "t",
                "d",
            ),
            Probe(
                "More than 900 lorries were queued on the Kyrgyz side by Wednesday morning, many of them carrying "
                "fruit and vegetables bound for Russia, drivers said.",
                "t",
            ),
            Probe(
                "Kyrgyzstan's economy ministry said exporters were losing about $3 million a day and that fresh "
                "produce worth $20 million was at risk of rotting.",
                "t",
            ),
            Probe(
                "Kyrgyzstan's foreign ministry summoned Kazakhstan's ambassador and handed him a note saying the "
                "closure broke the two countries' treaties and the rules of the Eurasian Economic Union.",
                "dt",
            ),
            Probe(
                "Kazakhstan's customs service said the crossing had been closed to repair scanning equipment and "
                'would reopen "as soon as the work allows", and that other crossings remained open.',
                "t",
            ),
            Probe(
                "Kazakh millers say the Kyrgyz ban, which Bishkek says protects its own farmers, has cost them a "
                "market that took a fifth of their exports.",
                "t",
            ),
            Probe(
                "The Eurasian Economic Commission in Moscow said it would hear Kyrgyzstan's complaint at its next "
                "meeting on Oct. 28.",
                "td",
            ),
            Probe(
                "In the border village of Tash-Bashat, a cafe owner said business had never been better, with drivers "
                "eating three meals a day while they wait.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Around the county: brook line, annexation vote and a fence ruling",
        [
            Probe(
                "Harwell and Stanmoor have argued for forty years about where the county line runs along Mill Brook, "
                "and on Tuesday both town boards agreed to let a state surveyor settle it before the next tax year.",
                "",
            ),
            Probe(
                "The surveyor, Dana Pettibone, will walk the brook with a GPS unit and the 1871 deeds, and said she "
                "expects to find that about 30 homes pay taxes to the wrong town.",
                "",
            ),
            Probe(
                "Brookfield's city council voted 5-2 on Monday to annex 640 acres of farmland east of the bypass, the "
                "largest expansion of the city's territory since 1962.",
                "",
            ),
            Probe(
                "Farmers who own the land said they had not been asked, and two of them have hired a lawyer to fight "
                "the annexation.",
                "",
            ),
            Probe(
                "In county court, a judge ruled that a fence built by Gordon and Lisa Maybury stands 18 inches over "
                "the boundary with their neighbour's yard, ending a three-year row that began over a hedge.",
                "",
            ),
            Probe(
                "Residents of Orchard Hill say a popular map app still shows their streets under names the developer "
                "dropped in 2019, sending delivery drivers to the wrong side of the creek.",
                "",
            ),
            Probe(
                "The county zoning commission will meet on Thursday to hear objections to a 120-unit housing plan on "
                "the old drive-in site.",
                "",
            ),
            Probe(
                "From next fall the border between the Brookfield and Harwell school districts moves three blocks "
                "north, so about 140 pupils on Chestnut and Walnut streets will change schools.",
                "",
            ),
            Probe(
                "Tolls on the Delaware River bridge at the state line rise to $5 for cars on Jan. 1, the bridge "
                "commission said.",
                "",
            ),
            Probe(
                "The Stanmoor Historical Society will show old survey maps and boundary stones at the library through "
                "March.",
                "",
            ),
        ],
    ),
    (
        "Calderwood team maps a fly's brain cell by cell",
        [
            Probe(
                "Researchers at Calderwood University say a new microscope lets them map the brain of a fruit fly down "
                "to each of its 130,000 cells, pushing back the frontier of neuroscience.",
                "",
            ),
            Probe(
                "The team, led by Professor Ines Brandtzaeg, spent four years drawing the borders between regions of "
                "the fly's brain that had been mapped only roughly before.",
                "",
            ),
            Probe(
                'Brandtzaeg said the work opened "new territory" for the study of memory, and that the next target '
                "was the mouse.",
                "",
            ),
            Probe(
                "A second team at the university is mapping the seabed of the Gulf of Maine from a research ship, "
                "looking for the edges of cold-water coral reefs.",
                "",
            ),
            Probe(
                "Ecologists at the field station have tracked how robins defend their territory against invading "
                "rivals each spring, finding that males patrol a border of about 50 metres.",
                "",
            ),
            Probe(
                "The university also won a $4 million grant from the National Science Foundation to build a second "
                "microscope.",
                "",
            ),
            Probe("The results were published on Wednesday in the journal Neural Circuits.", ""),
        ],
    ),
]

"""A sixty-fifth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: climate diplomacy, carbon trade and climate security, as
agency copy, climate desks and policy web analysis tell them. A climate summit's closing-night deal and the blocs that
held out, a carbon border levy and the exporters' complaint to the WTO, a climate-finance pledge from rich states to
poor ones, a navy planning for rising seas at its bases, a sinking island state's treaty for its citizens to move to a
neighbour, and a dispute over who may sail, fish and drill as the Arctic ice melts; with the look-alikes: a school
climate strike and a motorway blockade, a shipping group's net-zero pledge and a carbon market on a slow day.

Boundaries judged here: a summit's deal, its holdouts, walkouts and the next host are diplomacy, and so is a pledge of
climate finance made there (as the fiftieth batch labelled an aid pledge at a conference), with its loans and debt
trade; a levy on imports and the exporters' complaint are trade, with diplomacy where states or blocs confront each
other over it; a navy's bases, readiness and the Pentagon's view of climate as a threat are military; a treaty to let
an island's people move is diplomacy, its security clauses military too; claims to Arctic waters and seabed between
states are diplomacy, bombers and bases military; a school strike, a blockade and a city's flood wall get nothing, a
company's net-zero goal nothing, its order of ships from a foreign yard trade, a carbon permit price trade.
Blind, main's rules got 16 of these 62 paragraphs wrong, none a label slip. Mended: the words of climate talks between
states as diplomacy, fossil fuels and methane as cues against trade, a state's Soviet-era bases as no other state.
Left by pattern: trade given to a summit's oil and gas and to an Arctic dispute told through an oil tanker; diplomacy
missed for a finance pledge's continuation, a summit deal's continuation in an analyst's and a minister's words and
a prime minister's words on a treaty; trade missed for a shipping route's control and ships ordered from a foreign
yard (see KNOWN_MISSES in test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTYFIFTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Climate summit ends with fossil fuel deal after oil producers hold out through the night",
        [
            Probe(
                "BELMAR, Dec 13 (Tidewire) - Nearly 190 countries agreed early on Wednesday to a deal that calls for a "
                "transition away from fossil fuels, after negotiators at the UN climate summit worked through the "
                "night to break a deadlock.",
                "d",
            ),
            Probe(
                "The text, gavelled through by summit president Ana Cortez at 4.10 am, asks countries to triple "
                "renewable power capacity by 2030 and to cut methane from oil and gas fields sharply by the end of the "
                "decade.",
                "d",
            ),
            Probe(
                "A bloc of oil producers led by Saudi Arabia held out for hours against any call to phase out coal, "
                "oil and gas, and the final wording was softened to bring them on board.",
                "d",
            ),
            Probe(
                'Small island states said the deal fell short. "We were asked to sign a text that does not keep us '
                'above water," said Tala Ioane, who led the negotiators of the Pacific group.',
                "d",
            ),
            Probe(
                '"The words are soft, but the signal is not," said Henrik Aas, a policy fellow at the Oslo Climate '
                'Forum. "Anyone putting money into a new oil field now knows which way governments are heading."',
                "d",
                "t",
            ),
            Probe(
                "The talks ran 30 hours past their scheduled close, the longest overrun since the Madrid summit in "
                "2019, and several delegations had already left for the airport when the gavel came down.",
                "d",
            ),
            Probe(
                "Brazil will host next year's summit and said it would make the protection of tropical forests its "
                "first priority.",
                "d",
            ),
            Probe(
                "The kingdom's energy minister said afterwards that the text left every country free to choose its "
                "own path, and that the world would need oil and gas for decades to come.",
                "d",
                "t",
            ),
            Probe(
                "Outside the venue, a few hundred activists held a candlelit vigil on Tuesday night, and security "
                "staff removed two who had chained themselves to a barrier.",
                "",
                "d",
            ),
        ],
    ),
    (
        "India and South Africa take EU carbon border levy to the WTO",
        [
            Probe(
                "GENEVA, Feb 3 (Tidewire) - India and South Africa lodged a complaint at the World Trade Organization "
                "on Monday against the European Union's carbon border levy, saying the charge on imported steel, "
                "cement and aluminium is a tariff in disguise.",
                "td",
            ),
            Probe(
                "The levy, which applies in full from January, requires importers to buy certificates matching the "
                "carbon emitted in making the goods, priced at the rate of the EU's own carbon market.",
                "t",
            ),
            Probe(
                "Indian steelmakers ship about a quarter of their exports to Europe and say the levy could raise "
                "their costs there by a fifth to a third.",
                "t",
            ),
            Probe(
                '"This is protectionism dressed in green," Commerce Minister Ravi Menon told reporters in New Delhi. '
                '"We will not accept measures that punish developing countries for a problem they did not create."',
                "t",
                "d",
            ),
            Probe(
                "The European Commission said the levy was fully in line with WTO rules and treated foreign goods "
                "exactly as European producers are treated, since they already pay for their emissions under the "
                "bloc's trading scheme.",
                "t",
                "d",
            ),
            Probe(
                "A dispute at the WTO starts with 60 days of consultations. If they fail, a panel can be set up, "
                "though the body's appeals court has been unable to hear cases since 2019 because Washington has "
                "blocked the appointment of its judges.",
                "t",
                "d",
            ),
            Probe(
                "China, Russia and Brazil have also attacked the levy, and leaders of the BRICS group called it a "
                '"unilateral barrier to trade" in the statement from their summit in October.',
                "td",
            ),
            Probe(
                "Britain plans a levy of its own from 2027, and officials in London and Brussels have begun talks on "
                "linking their two carbon markets.",
                "td",
            ),
        ],
    ),
    (
        "Rich nations pledge $300 billion a year for climate, poorer states call it an insult",
        [
            Probe(
                "BAKU, Nov 24 (Tidewire) - Developed countries pledged on Sunday to provide at least $300 billion a "
                "year by 2035 to help poorer nations cope with climate change, tripling their earlier goal, at the "
                "end of two weeks of talks.",
                "d",
                "t",
            ),
            Probe(
                "Developing countries had asked for $1.3 trillion. India's delegate called the sum paltry and said her "
                "country objected to the way the deal was pushed through without a chance to speak.",
                "d",
            ),
            Probe(
                "The money will come from a mix of grants, loans from development banks and private investment that "
                "governments hope to draw in, and a review in 2030 will check whether it is being delivered.",
                "t",
                "d",
            ),
            Probe(
                '"Most of this will be loans, and loans mean more debt for countries that already pay more in '
                'interest than they spend on health," said Nadia Okafor, a researcher at the Overseas Policy '
                "Institute in London.",
                "t",
                "d",
            ),
            Probe(
                "The US share is in doubt after the president-elect vowed to pull the country out of the Paris "
                "agreement again.",
                "d",
            ),
            Probe(
                "Ministers of the 39-member Alliance of Small Island States walked out of a session on Saturday, "
                "saying they had been shut out of the final round of drafting.",
                "d",
            ),
            Probe(
                "A separate fund for loss and damage, set up two years ago, has received $700 million in pledges, a "
                "fraction of what poorer countries say they need after floods and storms.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Navy to spend $12 billion shielding bases from rising seas",
        [
            Probe(
                "NORFOLK, Virginia (Tidewire) - The US Navy plans to spend about $12 billion over 20 years raising "
                "piers, moving power plants and building sea walls at its bases as rising seas and stronger storms "
                "threaten them, according to a report sent to Congress.",
                "m",
            ),
            Probe(
                "Naval Station Norfolk, the world's largest naval base, already floods about ten times a year at high "
                "tide, cutting the roads sailors use to reach their ships.",
                "m",
            ),
            Probe(
                '"A base that cannot send its ships to sea is not a base," said Rear Admiral Dana Whitfield, who '
                'heads the Navy\'s installations command. "Readiness starts at the waterline."',
                "m",
            ),
            Probe(
                'The Pentagon has called climate change a "threat multiplier" that can drive migration and conflict '
                "in fragile regions and open new areas of rivalry in the Arctic.",
                "m",
                "d",
            ),
            Probe(
                "Some Republicans in Congress have fought climate spending at the Pentagon, and a bill the House "
                "passed last year barred money for the department's climate office.",
                "m",
            ),
            Probe(
                "A hurricane in 2018 wrecked hangars at Tyndall Air Force Base in Florida and forced the Air Force to "
                "fly its fighter jets elsewhere, damage that took nearly $5 billion to repair.",
                "m",
            ),
            Probe(
                "Norfolk's city council separately approved a $2.6 billion flood wall for its downtown, paid for "
                "mostly by federal grants, after years of argument over its cost.",
                "",
            ),
            Probe(
                "Navy planners are also studying sea levels at the facilities on Guam and at Diego Garcia, the "
                "British island in the Indian Ocean that hosts American bombers and warships.",
                "m",
            ),
        ],
    ),
    (
        "Tuvalu citizens win right to move to Australia under climate treaty",
        [
            Probe(
                "CANBERRA, Aug 28 (Tidewire) - Australia and Tuvalu signed a treaty on Friday that will let up to 280 "
                "Tuvaluans a year move to Australia to live, work and study, the first pact of its kind for a nation "
                "threatened by rising seas.",
                "d",
            ),
            Probe(
                "The treaty, named for a Tuvaluan word for good neighbourliness, also commits Australia to help "
                "Tuvalu if it is struck by a natural disaster, a pandemic or military aggression.",
                "dm",
            ),
            Probe(
                "In return, Tuvalu must agree with Australia on any security or defence deal it makes with a third "
                "country, a clause that critics in Funafuti say hands Canberra a veto over its foreign policy.",
                "dm",
            ),
            Probe(
                "Tuvalu's nine atolls rise no more than 4.5 metres above the sea, and half the land of its capital is "
                "expected to flood at high tide by 2050.",
                "",
                "d",
            ),
            Probe(
                '"This is not about leaving. It is about having a choice," Prime Minister Feleti Tane told reporters '
                "after the signing.",
                "d",
            ),
            Probe(
                "Analysts see the treaty as part of a contest with China for influence in the Pacific, after Solomon "
                "Islands signed a security pact with Beijing in 2022.",
                "dm",
            ),
            Probe(
                "Tuvalu is one of the dozen countries that still recognise Taiwan rather than China, and Beijing has "
                "courted its leaders with offers of aid.",
                "d",
            ),
            Probe(
                "The first ballot for the new visas opened in June and drew applications from more than a third of "
                "Tuvalu's 11,000 people.",
                "d",
            ),
        ],
    ),
    (
        "Canada summons US envoy as tanker sails Northwest Passage without asking",
        [
            Probe(
                "OTTAWA, Sept 9 (Tidewire) - Canada summoned the US ambassador on Tuesday after an American oil tanker "
                "sailed through the Northwest Passage without seeking permission, the latest flare-up in a dispute "
                "over an Arctic waterway that melting ice has opened to shipping.",
                "d",
            ),
            Probe(
                "Canada says the passage is its internal waters; the United States and the European Union treat it "
                "as an international strait that any ship may use.",
                "d",
            ),
            Probe(
                "Summer sea ice in the passage has shrunk by about half since the 1980s, and last year a record 41 "
                "vessels made the full crossing, most of them cargo ships and cruise liners.",
                "",
                "td",
            ),
            Probe(
                "Drilling is the next fight. Denmark, Canada and Russia have filed overlapping claims to the seabed "
                "around the North Pole with a UN commission, hoping to win rights to the oil and gas that may lie "
                "beneath it.",
                "d",
                "t",
            ),
            Probe(
                "Russia has reopened Soviet-era bases along its northern coast and flown nuclear-capable bombers over "
                "the Barents Sea in exercises this year.",
                "m",
            ),
            Probe(
                '"Whoever sets the rules in the passage in 2040 sets them on a route that cuts 7,000 km off the '
                'voyage from Shanghai to Rotterdam," said Marit Solberg, an analyst at the Polar Institute in Tromso.',
                "t",
                "d",
            ),
            Probe(
                "Farther east, Norway's coast guard detained a Russian trawler last month in the waters around "
                "Svalbard, where Oslo says it alone sets the fishing rules and Moscow says a 1920 treaty gives every "
                "signatory equal rights.",
                "d",
                "m",
            ),
            Probe(
                "Inuit leaders in Nunavut said they should have been consulted, and asked Ottawa to pay for a deep-"
                "water port and more coast guard stations in the region.",
                "",
                "dm",
            ),
        ],
    ),
    (
        "Thousands of pupils skip school to march for the climate in Hamburg",
        [
            Probe(
                "HAMBURG (Tidewire) - Thousands of school pupils skipped lessons on Friday to march through the city "
                "centre, demanding that the city stop building new roads and close its last coal-fired plant by 2027.",
                "",
            ),
            Probe(
                "Police said about 12,000 people took part; the organisers put the number at 25,000. The march passed "
                "off without incident.",
                "",
            ),
            Probe(
                '"We are told to study for a future that the adults are burning," said Lena Vogt, 16, who organised '
                "the walkout at her school.",
                "",
            ),
            Probe(
                "The city's education senator said pupils who missed class would be marked absent but not punished.",
                "",
            ),
            Probe(
                "Climate activists also blocked a motorway exit near the port for two hours on Thursday, gluing their "
                "hands to the road. Police detained 23 of them.",
                "",
            ),
            Probe(
                "The strike was one of dozens held across Germany ahead of a UN climate summit next month, where the "
                "government says it will press for a faster end to coal.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Nordhavn Lines brings net-zero goal forward ten years, orders methanol ships",
        [
            Probe(
                "COPENHAGEN (Tidewire) - Nordhavn Lines, the container shipping group, said on Wednesday it would "
                "reach net-zero emissions by 2040, ten years earlier than planned, and ordered 12 ships that can run "
                "on green methanol.",
                "",
                "t",
            ),
            Probe(
                "The order, worth about $2.1 billion, went to South Korea's Daesan Heavy Industries, which will "
                "deliver the ships from 2028.",
                "t",
            ),
            Probe(
                'Chief executive Sofie Lund said retailers and carmakers were asking for cleaner transport. "Our '
                'customers want it, and regulators will soon demand it," she said.',
                "",
            ),
            Probe("The group's shares rose 3 percent in Copenhagen.", ""),
            Probe(
                "The International Maritime Organization agreed last year to cut shipping's emissions to net zero by "
                "around 2050, and its member states are negotiating a global levy on ships' fuel.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "EU carbon slips in thin trade",
        [
            Probe(
                "LONDON (Tidewire) - European carbon permits edged lower on Tuesday in thin trade, with the benchmark "
                "December contract settling down 0.6 percent at 68.40 euros a tonne.",
                "t",
            ),
            Probe(
                "Traders said the market lacked direction before an update to next year's auction calendar, and "
                "volumes were about half the daily average.",
                "t",
            ),
            Probe(
                "Benchmark Dutch gas prices were flat at 41 euros a megawatt hour as mild weather held down demand for "
                "heating.",
                "t",
            ),
        ],
    ),
]

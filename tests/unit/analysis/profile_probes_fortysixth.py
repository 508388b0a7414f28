"""The forty-sixth round of blind profile probes: fictional news of the business and politics of mining, metals and
farming from the wire, the mining and farm trade press and regional papers (a miner's quarterly output report and a
copper price call, a lithium project's permit fight with a landowners' group, a mines minister's royalty rise, a grain
harvest and export quotas, a fertilizer maker's results and a plant closure) quoting the people such stories quote (a
miner speaking as itself, its chief executive, "X, who heads the group's battery metals unit", "a strategist at Y who
covers base metals", commodity strategists at a bank and "the Y strategists", a mine workers' federation and "the
union's regional secretary", a company spokeswoman, a mining analyst; a lithium developer and "its chief executive", a
judge, a landowners' group's chair, "the group's lawyer", an environmental lawyer, an environment minister, a
Commission spokesperson, a battery materials analyst at a consultancy, "its largest shareholder", a mayor; a mines
minister before parliament, a mining council and "its president", a copper producer and "X, who runs the company's
Zambian operations", finance ministry officials, an economist at a policy centre, an opposition lawmaker "of Y", a
mineworkers' union and "its general secretary", analysts at a firm; a grain exchange, a cooperative and "the
cooperative's chair", an agriculture secretary, a senior official not named, a farmers' league's president, a chamber
of grain exporters, a grains analyst at a brokerage, millers, a farm economist at a university; a fertilizer maker,
its chief financial officer and chief executive, a union "which represents the plant's workers" and "the union's
Alberta director", "an analyst at Y who covers fertilizer", a farmer who chairs a growers' council, an official at a
ministry, an agriculture minister), and for each quote the speaker, kind and affiliation written before the stories
were run (test_profiles_blind_probes_fortysixth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office or speaking for a state or an international body are officials
#: (ministers, a judge, a mayor, an agriculture secretary, lawmakers); strategists and analysts at banks, brokerages and
#: consultancies and economists at a university or a policy centre are analysts; executives of miners, developers and
#: fertilizer makers, the heads and officers of unions, farmers' leagues, cooperatives, councils and landowners'
#: groups, and lawyers are `other` of their body; a company, a union, a council, an exchange, a chamber or a fund
#: speaking as itself is an `institution`; strategists or analysts at a firm, spokespeople and officials not named,
#: officials of a ministry and millers are `unnamed`. A title ("Mines Minister", "Judge", "Chief executive") is no part
#: of a name.
STORIES = [
    (
        (
            "PERTH -- Karrabin Resources shipped 71 million tonnes of iron ore in the three months to September, 4% "
            "more than a year earlier, the Australian miner said in its quarterly production report on Thursday.",
            "Copper output fell 9% to 118,000 tonnes after a conveyor failure at its Mount Cassidy mine in Chile, the "
            "company said.",
            "Chief executive Fiona Marsh said the conveyor had been repaired within three weeks and the mine was "
            "running at full rate again.",
            "\"We lost a quarter's worth of growth at Mount Cassidy, not a year's,\" Marsh told reporters on a call.",
            "Daniel Okafor, who heads the group's battery metals unit, said a decision on whether to build a nickel "
            "refinery in Western Australia would be made early next year.",
            "Iron ore prices have slid 12% this year as steel output in China has stalled. Hui Min Zhao, a strategist "
            "at Pacific Crest Bank who covers base metals, said copper would hold up far better than iron ore because "
            "of demand from power grids and electric vehicles.",
            "Commodity strategists at Ellery Brothers raised their copper price forecast for next year to $11,500 a "
            "tonne, saying mine supply would struggle to keep up.",
            '"The market is underpricing how long it takes to build a copper mine: fifteen years from discovery to '
            'first ore, on a good day," the Ellery strategists wrote in a note.',
            "In Chile, the National Federation of Mine Workers said the conveyor had broken down twice in the past "
            "year and accused the company of skimping on maintenance.",
            "Jorge Saavedra, the union's regional secretary in Antofagasta, said workers had warned managers about "
            "worn belts in March.",
            "A Karrabin spokeswoman said maintenance spending at the mine had risen every year since 2021.",
            "Shares in Karrabin rose 2.1% in Sydney. Tom Whitcombe, a mining analyst at Bellbird Securities, said the "
            "copper shortfall had been expected and the iron ore numbers were better than the market had feared.",
        ),
        [
            ("71 million tonnes", "Karrabin Resources", "institution", ""),  # "the Australian miner said"
            ("conveyor failure", "Karrabin Resources", "institution", ""),  # "the company said"
            ("repaired within three weeks", "Fiona Marsh", "other", "Karrabin Resources"),  # chief executive
            ("a quarter's worth", "Fiona Marsh", "other", "Karrabin Resources"),  # the same
            ("nickel refinery", "Daniel Okafor", "other", "Karrabin Resources"),  # heads the battery metals unit
            ("hold up far better", "Hui Min Zhao", "analyst", "Pacific Crest Bank"),  # covers base metals
            ("$11,500 a tonne", "", "unnamed", "Ellery Brothers"),  # commodity strategists at a bank
            ("underpricing how long", "", "unnamed", "Ellery Brothers"),  # "the Ellery strategists wrote"
            ("broken down twice", "National Federation of Mine Workers", "institution", ""),
            ("skimping on maintenance", "National Federation of Mine Workers", "institution", ""),  # "and accused"
            ("worn belts in March", "Jorge Saavedra", "other", "National Federation of Mine Workers"),  # secretary
            ("risen every year", "", "unnamed", "Karrabin Resources"),  # a spokeswoman, not named
            ("better than the market", "Tom Whitcombe", "analyst", "Bellbird Securities"),  # a mining analyst
        ],
    ),
    (
        (
            "VILA REAL, Portugal -- A Portuguese court on Monday suspended the environmental permit for a planned "
            "lithium mine in the hills of the north, siding with a group of landowners and farmers who had "
            "challenged it.",
            "The mine's developer, Lusolith, a company listed in London, said it would appeal the ruling and that "
            "the suspension would delay first production by at least a year.",
            "Its chief executive, Richard Ainsley, said the project had passed every environmental test set by the "
            "state.",
            '"We have a permit, we have the lithium and we have the buyers. What we do not have is time," Ainsley '
            "said in a statement.",
            "Judge Teresa Barros wrote that the environment agency had not studied how the pit would affect "
            "groundwater used by farms in the valley.",
            "The landowners' group, Guardians of the Lousinha Valley, welcomed the ruling. Its chair, Manuel Fontes, "
            "who keeps 200 goats and a vineyard below the planned pit, said the village had been fighting the mine "
            "for seven years.",
            "The group's lawyer, Ines Carvalho, an environmental lawyer who has fought three mining permits in "
            "northern Portugal, said the agency would now have to start its groundwater study from scratch.",
            "Environment Minister Rui Sampaio told reporters in Lisbon that the government still backed the project, "
            "which it sees as key to a European supply of battery metals.",
            "The European Commission listed the mine last year as a strategic project under its law on critical raw "
            "materials. A Commission spokesperson said it would not comment on a national court case.",
            "Lithium prices have fallen by more than two thirds from their peak. Ana Mendes, a battery materials "
            "analyst at the consultancy Ferrum Insight in London, said Europe's planned lithium mines were fighting "
            "both falling prices and local opposition.",
            "Lusolith's shares fell 31% in London. Its largest shareholder, the Australian fund Southern Cross "
            "Resources Capital, said it continued to support the company.",
            "The mayor of the municipality, Paulo Teixeira, said half of the village's young people had left for "
            "Porto or abroad and the mine would have brought 300 jobs.",
        ),
        [
            ("delay first production", "Lusolith", "institution", ""),  # the developer
            ("every environmental test", "Richard Ainsley", "other", "Lusolith"),  # its chief executive
            ("do not have is time", "Richard Ainsley", "other", "Lusolith"),  # the same
            ("not studied how the pit", "Teresa Barros", "official", ""),  # a judge, "wrote"
            ("fighting the mine for seven years", "Manuel Fontes", "other", "Guardians of the Lousinha Valley"),
            ("from scratch", "Ines Carvalho", "other", "Guardians of the Lousinha Valley"),  # the group's lawyer
            ("still backed the project", "Rui Sampaio", "official", ""),  # environment minister
            ("national court case", "", "unnamed", "European Commission"),  # a spokesperson, not named
            ("both falling prices", "Ana Mendes", "analyst", "Ferrum Insight"),  # analyst at a consultancy
            ("continued to support", "Southern Cross Resources Capital", "institution", ""),  # a fund, shareholder
            ("300 jobs", "Paulo Teixeira", "official", ""),  # the mayor
        ],
    ),
    (
        (
            "LUSAKA -- Zambia will raise the royalty on copper to 8.5% when the price is above $10,000 a tonne, Mines "
            "Minister Chileshe Banda said on Wednesday, as the government seeks more money from a metal trading near "
            "record highs.",
            '"The copper under our soil is sold only once. Zambians must see more of that money stay at home," Banda '
            "told parliament in Lusaka.",
            "The Copperbelt Mining Council said the change would make the country's mines among the most heavily "
            "taxed in Africa.",
            "Its president, Grace Mwale, said members had shelved $2 billion of expansion plans the last time the "
            "royalty was raised, in 2019.",
            "Kanshi Copper, the country's second-largest producer, said it was reviewing a planned $700 million shaft "
            "at its Lubuto mine.",
            "Stephen Hale, who runs the company's Zambian operations, told the trade journal Mining Digest Africa "
            "that the shaft would not be built at the new rate.",
            "Finance ministry officials said the change would bring in about $300 million a year at current prices.",
            "Mulenga Phiri, an economist at the Kafue Centre for Policy Research who studies mining taxes, said the "
            "government had changed the royalty seven times in twenty years and investors cared more about "
            "stability than about the rate.",
            "The opposition's spokesman on mines, lawmaker Harry Simwinga of the United Party for Progress, said the "
            "government was scaring away the investment it needed.",
            "The Copperbelt Mineworkers Union backed the increase but warned mining companies against using it as "
            "an excuse to cut jobs.",
            "Its general secretary, Joseph Chanda, said more than 4,000 contract workers had lost their jobs after "
            "the last royalty increase.",
            "Copper traded at $10,450 a tonne on the London Metal Exchange. Analysts at Marlowe Capital said the "
            "royalty change was unlikely to move the global price, since Zambia supplies about 4% of the world's "
            "copper.",
        ),
        [
            ("8.5%", "Chileshe Banda", "official", ""),  # mines minister
            ("sold only once", "Chileshe Banda", "official", ""),  # the same, before parliament
            ("most heavily taxed", "Copperbelt Mining Council", "institution", ""),
            ("shelved $2 billion", "Grace Mwale", "other", "Copperbelt Mining Council"),  # its president
            ("$700 million shaft", "Kanshi Copper", "institution", ""),
            ("not be built at the new rate", "Stephen Hale", "other", "Kanshi Copper"),  # runs its operations
            ("$300 million a year", "", "unnamed", ""),  # finance ministry officials
            ("seven times in twenty years", "Mulenga Phiri", "analyst", "Kafue Centre for Policy Research"),
            ("scaring away", "Harry Simwinga", "official", "United Party for Progress"),  # opposition lawmaker
            ("excuse to cut jobs", "Copperbelt Mineworkers Union", "institution", ""),  # "backed … but warned"
            ("4,000 contract workers", "Joseph Chanda", "other", "Copperbelt Mineworkers Union"),  # general secretary
            ("move the global price", "", "unnamed", "Marlowe Capital"),  # analysts at a firm
        ],
    ),
    (
        (
            "ROSARIO, Argentina -- Argentina's wheat harvest will reach 19.5 million tonnes this season, the third "
            "largest on record, after rains in September rescued crops in the south of Buenos Aires province, the "
            "Parana Grain Exchange said on Thursday.",
            "Cooperativa Pampa Sur, which stores and sells the grain of about 2,400 farmers, said its silos were full "
            "for the first time since 2019.",
            "The cooperative's chair, Silvia Etchegaray, said yields on members' fields had averaged 3.4 tonnes a "
            "hectare, the best in a decade.",
            '"After two years of drought, people here had stopped believing in the rain," Etchegaray said.',
            "The government will let exporters ship up to 12 million tonnes of wheat before March, Agriculture "
            "Secretary Martin Quiroga said, lifting a quota that had been held at 8 million tonnes.",
            "A senior official at the agriculture secretariat, who asked not to be named because the quotas for the "
            "second half had not been set, said the government wanted to keep at least 6 million tonnes at home to "
            "hold down the price of flour.",
            "Farmers want the quotas scrapped. Norberto Gimenez, the president of the Farmers' League of the Pampas, "
            "said the quotas cost growers about $40 a tonne because exporters pay less when they cannot ship.",
            '"Every tonne the government keeps at home is a tonne we sell at a discount," Gimenez said at a rally in '
            "Pergamino.",
            "Exporters were more cautious. The Federal Chamber of Grain Exporters said the higher quota was welcome "
            "but came too late for some January shipments.",
            "Luciana Ferraro, a grains analyst at the Buenos Aires brokerage Castro y Vidal, said Argentina could "
            "ship a record 15 million tonnes of wheat if the quotas were lifted.",
            "In Brazil, Argentina's biggest wheat buyer, millers said they had already booked cargoes from Russia "
            "for January.",
            "Gustavo Lenz, a farm economist at the University of the Pampas, said the quotas had pushed farmers to "
            "plant barley instead, which faces no limits.",
            "Etchegaray said the cooperative would sell half its members' wheat before the end of January.",
        ),
        [
            ("19.5 million tonnes", "Parana Grain Exchange", "institution", ""),
            ("silos were full", "Cooperativa Pampa Sur", "institution", ""),
            ("3.4 tonnes a hectare", "Silvia Etchegaray", "other", "Cooperativa Pampa Sur"),  # the chair
            ("stopped believing in the rain", "Silvia Etchegaray", "other", "Cooperativa Pampa Sur"),  # the same
            ("12 million tonnes", "Martin Quiroga", "official", ""),  # agriculture secretary
            ("price of flour", "", "unnamed", ""),  # a senior official, not named
            ("$40 a tonne", "Norberto Gimenez", "other", "Farmers' League of the Pampas"),  # its president
            ("sell at a discount", "Norberto Gimenez", "other", "Farmers' League of the Pampas"),  # the same
            ("too late for some January", "Federal Chamber of Grain Exporters", "institution", ""),
            ("record 15 million", "Luciana Ferraro", "analyst", "Castro y Vidal"),  # a grains analyst at a broker
            ("cargoes from Russia", "", "unnamed", ""),  # millers
            ("plant barley instead", "Gustavo Lenz", "analyst", "University of the Pampas"),  # a farm economist
            ("half its members' wheat", "Silvia Etchegaray", "other", "Cooperativa Pampa Sur"),  # the same
        ],
    ),
    (
        (
            "SASKATOON, Saskatchewan -- Northvale Fertilizers cut its full-year profit forecast on Friday after "
            "prices for nitrogen fertilizer fell further than expected in the third quarter, the Canadian company "
            "said.",
            "Chief financial officer Priya Raman told analysts that potash sales volumes had held up but that the "
            "company had sold urea at a loss at its plant in Louisiana for part of the summer.",
            '"We would rather idle a plant for a month than sell ammonia below what the gas cost us," Raman said.',
            "Northvale's chief executive, Glen Sorensen, said the company would close its older ammonia plant in "
            "Alberta by 2027 and cut about 350 jobs.",
            "The Energy and Chemical Workers Alliance, which represents the plant's workers, said it had learned of "
            "the closure from a news release.",
            "The union's Alberta director, Kevin Doucette, said the company had earned record profits two years ago "
            "and owed the town more than a press release.",
            "Ben Kowalski, an analyst at Lakehead Securities who covers fertilizer and farm chemicals, said the "
            "forecast cut was smaller than many investors had feared.",
            "Fertilizer prices matter to farmers' incomes. Hannah Reimer, who grows canola and wheat near Swift "
            "Current and chairs the Saskatchewan Grain Growers' Council, said cheaper fertilizer was little comfort "
            "when canola prices were falling too.",
            "India, the world's biggest buyer of urea, is expected to hold a new import tender next week. An official "
            "at India's fertilizer ministry said the government planned to buy about 1.5 million tonnes.",
            "Federal Agriculture Minister Claire Lapointe said Ottawa had no plans to limit potash exports, which "
            "some farm groups have urged to keep prices down at home.",
            "Sorensen said the company would buy back C$500 million of its shares.",
        ),
        [
            ("fell further than expected", "Northvale Fertilizers", "institution", ""),  # "the company said"
            ("urea at a loss", "Priya Raman", "other", "Northvale Fertilizers"),  # chief financial officer
            ("idle a plant", "Priya Raman", "other", "Northvale Fertilizers"),  # the same
            ("350 jobs", "Glen Sorensen", "other", "Northvale Fertilizers"),  # chief executive
            ("from a news release", "Energy and Chemical Workers Alliance", "institution", ""),  # a union
            ("record profits", "Kevin Doucette", "other", "Energy and Chemical Workers Alliance"),  # its director
            ("smaller than many investors", "Ben Kowalski", "analyst", "Lakehead Securities"),  # covers fertilizer
            ("little comfort", "Hannah Reimer", "other", "Saskatchewan Grain Growers' Council"),  # a farmer, chair
            ("1.5 million tonnes", "", "unnamed", ""),  # an official at a ministry, not named
            ("limit potash exports", "Claire Lapointe", "official", ""),  # agriculture minister
            ("C$500 million", "Glen Sorensen", "other", "Northvale Fertilizers"),  # the same
        ],
    ),
]

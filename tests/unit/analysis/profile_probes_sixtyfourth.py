"""The sixty-fourth round of blind profile probes: fictional stories of the car industry and electric vehicles in world
and business news (extra EU tariffs on electric cars imported from China with the Commission as itself, "EU trade
commissioner X", "X, a spokesman for China's commerce ministry", a Chinese carmaker's chief executive, "an autos analyst
at Y Bank's research arm", a national ministry as itself and the commissioner again by her surname alone; a Dutch
carmaker's delayed battery-car plant with the carmaker as itself, "Chief executive X", "Volta Motors' chief technology
officer X", "the carmaker's head of European sales", "A company spokeswoman, X,", an autoworkers' union president, an
auto consultancy's analyst and the technology chief by his surname alone; a recall announced by a road-safety regulator
with "the agency said" twice, "The agency's administrator", the carmaker as itself, "Its chairman" after the company
was named, "X, who runs the group's battery unit", "X, a former Y engineer who now advises insurers at Z" and the
chairman again by his surname alone; the end of an electric-car subsidy with a transport ministry as itself, "Transport
Minister X", "The minister's deputy", a dealership owner, a dealers' association as itself and a think tank's
economist; a battery start-up's supply deal with the start-up as itself, its co-founder and chief executive, "Her
fellow co-founder, X, who runs the company's research", a development ministry as itself and a former carmaker's
engineer who now advises investors; a Japanese carmaker's electric plan with the carmaker as itself, "Its chairman",
"Kurosaki's head of European sales", a consultancy's analyst and a company union's president), and for each quote the
speaker, kind and affiliation written before the stories were run (test_profiles_blind_probes_sixtyfourth.py).
Blind:
7 wrong of 53. By pattern: a second verb of the same speaker joined by "and" ("... and called the plan a betrayal",
"... and urged owners to park outside") found as a second quote the gold does not list (2); "X, a former Y engineer
who now advises insurers at Z" tied to Y, not to Z where he works now (2); "X, who runs the group's battery unit" tied
to nothing (1); "The minister's deputy" tied to nothing (1); "X, owner of the dealership Y in Setubal" tied to nothing
(1). Not counted (the harness does not check an empty gold affiliation): "Transport Minister X" tied to the transport
ministry named in the paragraph before. A slip of the gold, mended after the blind run: a second verb of
communication joined by "and" is a second quote of the same speaker (as the long-form batches count it), so the gold
lists those two as well (55 quotes) and the 2 are no longer wrong."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: an EU trade commissioner, a commerce ministry's spokesman, ministers and their deputies and a
#: road-safety regulator's administrator are `official`; a carmaker's chief executive, chairman, technology chief, head
#: of European sales, battery-unit head and spokeswoman, a battery start-up's co-founders, a dealership owner and an
#: autoworkers' union president ("union leaders") are `other`; an analyst at an auto consultancy or at a bank's research
#: arm, a think tank's economist and a former carmaker's engineer who now advises insurers or investors at a consultancy
#: (speaking as an expert) are `analyst`; the Commission, a ministry, a regulator, a carmaker, a start-up or a dealers'
#: association speaking as itself is an `institution` under the fullest name the article gives it. "Its chairman" is
#: tied to the company named before; "X, who runs the group's battery unit" to the group; "The minister's deputy" to
#: the minister's ministry; "Chief executive X" to the company the story is about; "a former Y engineer who now advises
#: ... at Z" to Z, where he works now; "EU trade commissioner X" to the EU; a minister with a bare title ("Transport
#: Minister X") to none: empty.
STORIES = [
    (
        (
            "BRUSSELS, Oct 3 (Reuters) - The European Commission will impose extra tariffs of up to 31 percent on "
            "electric cars imported from China from next month, it said on Thursday, after an inquiry found that "
            "Chinese makers had bought batteries below cost from state-backed suppliers.",
            "EU trade commissioner Henrika Valtonen-Brass said the duties were meant to restore fair competition, not "
            "to shut Chinese cars out of Europe.",
            '"We are not closing the door. We are asking that everyone who comes through it pays the same price," '
            "Valtonen-Brass said.",
            "Shu Yanlong, a spokesman for China's commerce ministry, said Beijing would take all necessary steps to "
            "protect its companies and called the tariffs protectionism dressed up as fair play.",
            "Zhou Peiran, chief executive of the Shenzhen carmaker Kaiyun Auto, which sells three models in Europe, "
            "said the company would absorb part of the tariff rather than raise its prices.",
            "Matthias Orlowski-Penn, an autos analyst at Grenholm Bank's research arm, said the tariffs would add "
            "about 4,000 euros to the price of a typical Chinese electric car in Europe.",
            '"Chinese makers still have room on price. Europe\'s own makers mostly do not," Orlowski-Penn said.',
            "Germany's economy ministry said it regretted the decision and still hoped for a negotiated deal.",
            "Valtonen-Brass said talks with Beijing on minimum prices would go on, but that the Commission would not "
            "wait for them to end.",
        ),
        [
            ("extra tariffs of up to 31 percent", "European Commission", "institution", ""),  # "it said"
            ("restore fair competition", "Henrika Valtonen-Brass", "official", "EU"),  # EU trade commissioner
            ("closing the door", "Henrika Valtonen-Brass", "official", ""),  # the same
            ("all necessary steps", "Shu Yanlong", "official", "commerce ministry"),  # a ministry's spokesman
            ("absorb part of the tariff", "Zhou Peiran", "other", "Kaiyun Auto"),  # chief executive of Y
            ("about 4,000 euros", "Matthias Orlowski-Penn", "analyst", "Grenholm Bank"),  # at the bank's research arm
            ("room on price", "Matthias Orlowski-Penn", "analyst", ""),  # the same
            ("negotiated deal", "Germany's economy ministry", "institution", ""),  # the ministry as itself
            ("minimum prices", "Henrika Valtonen-Brass", "official", ""),  # the commissioner, her surname alone
        ],
    ),
    (
        (
            "EINDHOVEN, Netherlands, Feb 19 (Reuters) - Volta Motors will delay the opening of its electric car plant "
            "in Hungary by a year and cut 1,800 jobs at home, the Dutch carmaker said on Wednesday, blaming weak "
            "demand for electric cars in Europe.",
            "Chief executive Margriet Haaksma-Oort told analysts on a call that sales of the company's electric models "
            "had fallen 14 percent last year and that Volta would build more hybrids to fill the gap.",
            '"We built for the market we were promised, not the one we got," Haaksma-Oort said.',
            "Volta Motors' chief technology officer Pieter-Jan Valkema said the Hungarian plant would switch to a "
            "cheaper battery chemistry, cutting the cost of each car by about 3,000 euros.",
            "Anneke Brouwer-Salim, the carmaker's head of European sales, said orders had picked up in January after "
            "several countries brought back purchase subsidies.",
            "A company spokeswoman, Lotte Verhaegen-Dijk, said none of the job cuts would fall on the Hungarian site.",
            "Ruud Kamphorst-Lely, president of the autoworkers' union Metaalbond Zuid, said the union would fight "
            "every one of the cuts and called the plan a betrayal of the people who had built the company.",
            '"They asked our members to take a pay freeze two years ago to save this plant. Now they are closing '
            'lines anyway," Kamphorst-Lely said.',
            "Evelien Starreveld, an analyst at the Amsterdam auto consultancy Drivetrain Insight, said Volta was not "
            "alone: most European carmakers had built electric capacity for a boom that came later than planned.",
            "Valkema said the company had not given up on its target of selling only electric cars in Europe by 2032.",
        ),
        [
            ("cut 1,800 jobs", "Volta Motors", "institution", ""),  # "the Dutch carmaker said"
            ("more hybrids", "Margriet Haaksma-Oort", "other", "Volta Motors"),  # "Chief executive X"
            ("the one we got", "Margriet Haaksma-Oort", "other", ""),  # the same
            ("cheaper battery chemistry", "Pieter-Jan Valkema", "other", "Volta Motors"),  # its technology chief
            ("orders had picked up", "Anneke Brouwer-Salim", "other", "Volta Motors"),  # "the carmaker's head of ..."
            ("Hungarian site", "Lotte Verhaegen-Dijk", "other", "Volta Motors"),  # "A company spokeswoman, X,"
            ("fight every one of the cuts", "Ruud Kamphorst-Lely", "other", "Metaalbond Zuid"),  # union's president
            ("betrayal of the people", "Ruud Kamphorst-Lely", "other", ""),  # "and called": a second quote (a slip)
            ("pay freeze", "Ruud Kamphorst-Lely", "other", ""),  # the same
            ("later than planned", "Evelien Starreveld", "analyst", "Drivetrain Insight"),  # auto consultancy's analyst
            ("by 2032", "Pieter-Jan Valkema", "other", ""),  # the technology chief, his surname alone
        ],
    ),
    (
        (
            "WASHINGTON (AP) - Pendry Automotive is recalling about 212,000 electric pickups and SUVs because a fault "
            "in the battery cooling system can start fires while the vehicles are parked, the Federal Vehicle Safety "
            "Agency said on Friday.",
            "The agency said it knew of 19 fires, two of which had spread to homes, and urged owners to park outside "
            "until their vehicles were repaired.",
            "The agency's administrator, Colette Dunsmore-Achebe, said the company had been too slow to act on early "
            "reports of fires.",
            '"Owners deserved to hear about this a year ago," Dunsmore-Achebe said in a statement.',
            "Pendry Automotive said in a filing that it would replace the faulty cooling pumps free of charge and had "
            "set aside 640 million dollars for the recall.",
            "Its chairman, Warren Ketteridge-Pole, said in a letter to owners that the company was sorry for the worry "
            "the fires had caused.",
            "Sunita Raghavachari, who runs the group's battery unit, said the pumps had come from a single supplier "
            "and that a new part had passed every test.",
            "Brent Okafor-Sandvik, a former Brightwater Motors engineer who now advises insurers at the Detroit "
            "consultancy Crankshaft Analytics, said pump faults were among the hardest to find because they showed up "
            "only in hot weather.",
            '"The cars are safe to drive. The risk is when they sit in a garage on a hot night," Okafor-Sandvik said.',
            "Ketteridge-Pole said the recall would not delay the launch of the company's new electric van.",
        ),
        [
            ("212,000 electric pickups", "Federal Vehicle Safety Agency", "institution", ""),  # the regulator as itself
            ("19 fires", "Federal Vehicle Safety Agency", "institution", ""),  # "The agency said"
            ("park outside", "Federal Vehicle Safety Agency", "institution", ""),  # "and urged": a second quote (slip)
            ("too slow to act", "Colette Dunsmore-Achebe", "official", "Federal Vehicle Safety Agency"),  # its head
            ("a year ago", "Colette Dunsmore-Achebe", "official", ""),  # the same
            ("faulty cooling pumps", "Pendry Automotive", "institution", ""),  # the carmaker as itself
            ("sorry for the worry", "Warren Ketteridge-Pole", "other", "Pendry Automotive"),  # "Its chairman"
            ("single supplier", "Sunita Raghavachari", "other", "Pendry Automotive"),  # runs the group's battery unit
            ("hardest to find", "Brent Okafor-Sandvik", "analyst", "Crankshaft Analytics"),  # former engineer, now at
            ("hot night", "Brent Okafor-Sandvik", "analyst", ""),  # the same
            ("new electric van", "Warren Ketteridge-Pole", "other", ""),  # the chairman, his surname alone
        ],
    ),
    (
        (
            "LISBON, Jan 8 (Reuters) - Portugal will end its purchase subsidy for electric cars at the end of March "
            "and spend the money on public chargers instead, Portugal's transport ministry said on Monday.",
            "Transport Minister Inês Carvalho-Brandão said the subsidy had done its job now that an electric car cost "
            "about the same as a petrol one over its life.",
            '"We are moving the money from the buyer to the plug," Carvalho-Brandão told parliament.',
            "The minister's deputy, Rui Tavares-Medina, said 4,000 fast chargers would be built along motorways and "
            "in towns that had none by the end of next year.",
            "Joaquim Serôdio, owner of the dealership Serôdio Automóveis in Setúbal, said customers had rushed to buy "
            "before the deadline and that he expected sales to fall by half after it.",
            '"December was the best month I have had in twenty years. April will be the worst," Serôdio said.',
            "The dealers' association ALUC said the end of the subsidy would hurt small dealers in the interior most.",
            "Beatriz Nogueira-Sousa, an economist at the Lisbon think tank Instituto Ponte, said the subsidy had "
            "mostly helped well-off households buy a second car.",
            "Carvalho-Brandão said the government would look at the decision again if electric cars fell below 20 "
            "percent of new car sales.",
        ),
        [
            ("public chargers", "Portugal's transport ministry", "institution", ""),  # the ministry as itself
            ("done its job", "Inês Carvalho-Brandão", "official", ""),  # "Transport Minister X", a bare title
            ("to the plug", "Inês Carvalho-Brandão", "official", ""),  # the same
            ("4,000 fast chargers", "Rui Tavares-Medina", "official", "transport ministry"),  # "The minister's deputy"
            ("rushed to buy", "Joaquim Serôdio", "other", "Serôdio Automóveis"),  # the dealership's owner
            ("best month", "Joaquim Serôdio", "other", ""),  # the same
            ("small dealers", "ALUC", "institution", ""),  # the dealers' association as itself
            ("well-off households", "Beatriz Nogueira-Sousa", "analyst", "Instituto Ponte"),  # a think tank's economist
            ("below 20 percent", "Inês Carvalho-Brandão", "official", ""),  # the minister, her surname alone
        ],
    ),
    (
        (
            "WROCLAW, Poland, May 21 (Reuters) - Polish battery start-up Lumira Cells has agreed to supply cells for "
            "150,000 electric cars a year to a European carmaker from 2028, the company said on Tuesday, in a deal "
            "that would make it the country's first large cell maker.",
            "Lumira's co-founder and chief executive, Agnieszka Wróblewska-Hart, said the carmaker had asked not to be "
            "named until the contract was signed in full.",
            '"Two years ago we had a lab and twelve people. Now we have a customer who needs us to deliver at scale," '
            "Wróblewska-Hart said.",
            "Her fellow co-founder, Tomasz Jedlina, who runs the company's research, said the cells used sodium in "
            "place of lithium and needed no cobalt or nickel.",
            "Poland's development ministry said it would lend the company 400 million zlotys towards a factory near "
            "Wroclaw.",
            "Henrik Aalto-Brenner, a former Sorrel Motors engineer who now advises battery investors at the "
            "consultancy Cellpath Partners, said sodium cells were cheaper but held less energy, which suited small "
            "city cars better than long-range models.",
            '"It is a good chemistry for a cheap car. It is not yet a chemistry for a car that drives 600 '
            'kilometres," Aalto-Brenner said.',
            "Jedlina said the first cells from the new line would be tested by the carmaker next spring.",
        ),
        [
            ("150,000 electric cars", "Lumira Cells", "institution", ""),  # the start-up as itself
            ("not to be named", "Agnieszka Wróblewska-Hart", "other", "Lumira"),  # co-founder and chief executive
            ("deliver at scale", "Agnieszka Wróblewska-Hart", "other", ""),  # the same
            ("no cobalt or nickel", "Tomasz Jedlina", "other", "Lumira"),  # "Her fellow co-founder", runs its research
            ("400 million zlotys", "Poland's development ministry", "institution", ""),  # the ministry as itself
            ("held less energy", "Henrik Aalto-Brenner", "analyst", "Cellpath Partners"),  # former engineer, now at
            ("cheap car", "Henrik Aalto-Brenner", "analyst", ""),  # the same
            ("next spring", "Tomasz Jedlina", "other", ""),  # the co-founder, his surname alone
        ],
    ),
    (
        (
            "TOKYO, June 24 (Reuters) - Kurosaki Motor will spend 2 trillion yen on electric cars and batteries over "
            "the next six years, the Japanese carmaker said on Tuesday, as its board faced questions from shareholders "
            "over its slow start in electric vehicles.",
            "Its chairman, Hideaki Morozumi, told the annual meeting in Nagoya that the company had been right to wait "
            "until batteries were cheaper.",
            '"Being first is expensive. We intend to be the one that makes money," Morozumi said.',
            "Kurosaki's head of European sales, Fabian Oberlechner, said the company would bring two small electric "
            "cars to Europe next year to compete with Chinese imports facing the new EU tariffs.",
            "Yumiko Tsuchida-Grant, an analyst at the Tokyo auto consultancy Hoshi Mobility Research, said the plan "
            "was smaller than those of its rivals and came late.",
            "Naoko Imaizumi-Lee, president of the Kurosaki Workers' Union, said the union backed the plan as long as "
            "the battery plants were built in Japan.",
            "Morozumi said the board would decide on a third battery plant by March.",
        ),
        [
            ("2 trillion yen", "Kurosaki Motor", "institution", ""),  # "the Japanese carmaker said"
            ("right to wait", "Hideaki Morozumi", "other", "Kurosaki Motor"),  # "Its chairman"
            ("makes money", "Hideaki Morozumi", "other", ""),  # the same
            ("two small electric", "Fabian Oberlechner", "other", "Kurosaki"),  # "Kurosaki's head of European sales"
            ("came late", "Yumiko Tsuchida-Grant", "analyst", "Hoshi Mobility Research"),  # auto consultancy's analyst
            ("built in Japan", "Naoko Imaizumi-Lee", "other", "Kurosaki Workers' Union"),  # the union's president
            ("third battery plant", "Hideaki Morozumi", "other", ""),  # the chairman, his surname alone
        ],
    ),
]

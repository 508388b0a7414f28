"""The forty-ninth round of blind profile probes: fictional news of retail, food prices and consumer goods from the
wire, the business pages and the consumer desks (a supermarket chain's half-year results, a food maker's price rises
and a grocer's refusal to stock its goods, a consumer minister and a competition watchdog on grocery margins, a central
bank governor on food inflation, a discount chain closing stores and a consumer group on shrinking packs) quoting the
people such stories quote (a chain's chief executive, "the grocer's finance chief", "X, who runs the chain's UK
stores", "a retail analyst at Y who covers the sector", a shop workers' union's general secretary, a shopper and a
store manager quoted by first name; "Y's boss X", a farmers' federation's president, a consumer group's head, an
economist at a bank; a consumer minister, the watchdog's chair and "the watchdog said", a grocers' trade body, an
opposition spokeswoman; a governor, a deputy governor, a statistics office, "economists polled by Y", a finance
ministry spokesman; a discount chain's boss, a landlords' group, a packaging researcher), and for each quote the
speaker, kind and affiliation written before the stories were run (test_profiles_blind_probes_fortyninth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office or speaking for a state are officials (a consumer minister, a
#: watchdog's chair, a central bank's governor and deputy governor, an opposition spokeswoman in parliament, a ministry
#: spokesman named); economists at banks, retail analysts at research firms and a university researcher are analysts;
#: executives, union leaders, the heads of trade bodies, federations and consumer groups, shoppers and store managers
#: are `other` of their body; a company, a watchdog, a statistics office or a group speaking as itself is an
#: `institution`; spokespeople not named and economists polled as a group are `unnamed`. A title ("Minister",
#: "Governor") is no part of a name; a person quoted by first name alone is named so.
STORIES = [
    (
        (
            "LONDON -- Britain's third-largest supermarket chain, Pennington's, said on Wednesday that first-half "
            "profit rose 14% to 612 million pounds as shoppers returned to its stores and price cuts on 2,000 "
            "products began to pay off.",
            "Chief executive Rachel Okonedo said the chain had won back customers it lost to discounters during two "
            "years of food inflation.",
            '"We cut prices before our rivals did, and we held our nerve," Okonedo told reporters. "The baskets '
            'are getting bigger again."',
            "The grocer's finance chief, Martin Heale, said margins would stay near 4% for the rest of the year "
            "because the company planned to keep investing in lower prices.",
            "Simon Achterberg, who runs the chain's UK stores, said sales of its own-label range had grown twice as "
            "fast as branded goods.",
            "Shares in the retailer rose 5% by midday. Priya Landon, a retail analyst at Kestrel Research who covers "
            "the sector, said the results were better than expected but warned that wage costs would rise sharply "
            "in April.",
            '"The easy gains from falling wholesale prices are behind them now," Landon said.',
            "The shop workers' union, the Retail and Distribution Workers' Union, said staff had "
            "not shared in the recovery. Its general secretary, Colin Marsh, called on Pennington's to raise pay "
            "for shelf-stackers to 13 pounds an hour.",
            "At a Pennington's store in Croydon, shopper Denise, 54, said she had switched back from a discounter "
            "because the chain's prices were now close enough.",
            '"I still check every label, but I don\'t have to drive across town any more," she said.',
            "Tariq, who manages the store, said weekend footfall was up by about a fifth on last year.",
            "The chain said it would pay an interim dividend of 4.1 pence a share.",
        ),
        [
            ("price cuts on 2,000 products", "Pennington's", "institution", ""),  # the chain said
            ("won back customers", "Rachel Okonedo", "other", "Pennington's"),  # chief executive
            ("held our nerve", "Rachel Okonedo", "other", "Pennington's"),  # the same, two sentences
            ("stay near 4%", "Martin Heale", "other", "Pennington's"),  # "The grocer's finance chief"
            ("twice as fast", "Simon Achterberg", "other", "Pennington's"),  # runs the chain's UK stores
            ("better than expected", "Priya Landon", "analyst", "Kestrel Research"),  # retail analyst
            ("wage costs would rise", "Priya Landon", "analyst", "Kestrel Research"),  # "but warned"
            ("easy gains", "Priya Landon", "analyst", "Kestrel Research"),  # the same
            ("not shared in the recovery", "Retail and Distribution Workers' Union", "institution", ""),
            ("13 pounds an hour", "Colin Marsh", "other", "Retail and Distribution Workers' Union"),  # its gen. sec.
            ("close enough", "Denise", "other", ""),  # a shopper by first name
            ("check every label", "Denise", "other", ""),  # the same, "she said"
            ("up by about a fifth", "Tariq", "other", "Pennington's"),  # manages the chain's store
            ("interim dividend", "Pennington's", "institution", ""),  # "The chain said"
        ],
    ),
    (
        (
            "AMSTERDAM -- The food maker Brindle Foods will raise the prices of its soups, sauces and breakfast "
            "cereals by an average of 7% from March, it said on Monday, blaming higher costs for wheat, tomatoes and "
            "packaging.",
            "Brindle's boss Henrik Vaal said the company had absorbed most of the increase in its costs last year "
            "and could not do so again.",
            '"We have protected shoppers for as long as we could. Our margins are already the thinnest in a '
            'decade," Vaal said on a call with analysts.',
            "The Dutch supermarket group Korenhof said it would stop ordering several Brindle products until the two "
            "sides agreed on prices. A spokeswoman for the grocer said the increases were not justified by the cost "
            "of raw materials.",
            "Korenhof's commercial director, Ineke Blom, said the chain would put its own brands in the empty space "
            "on the shelves.",
            "Farmers say they see little of the money. Geert Hofstra, president of the National Federation of "
            "Arable Farmers, said the price growers received for wheat had fallen by a third since its peak.",
            '"The farmer is squeezed at one end and the shopper at the other, and someone in the middle is doing '
            'very well," Hofstra said.',
            "Marleen Dekker, head of the consumer group Eerlijk Eten, urged the government to publish how much of "
            "the price of staple foods went to farmers, processors and shops.",
            "Jasper Mulder, an economist at Veldhuis Bank, said food makers' profit margins had widened faster than "
            "retailers' over the past two years.",
            "He added that price rises by big brands tended to be copied by smaller ones within months.",
            "Brindle said talks with Korenhof were continuing.",
        ),
        [
            ("average of 7%", "Brindle Foods", "institution", ""),  # "it said"
            ("absorbed most of the increase", "Henrik Vaal", "other", "Brindle Foods"),  # "Brindle's boss"
            ("protected shoppers", "Henrik Vaal", "other", "Brindle Foods"),  # the same
            ("stop ordering", "Korenhof", "institution", ""),  # a supermarket group
            ("not justified", "", "unnamed", ""),  # a spokeswoman not named
            ("own brands", "Ineke Blom", "other", "Korenhof"),  # commercial director
            ("see little of the money", "", "unnamed", ""),  # "Farmers say"
            ("fallen by a third", "Geert Hofstra", "other", "National Federation of Arable Farmers"),  # president
            ("squeezed at one end", "Geert Hofstra", "other", "National Federation of Arable Farmers"),  # the same
            ("publish how much", "Marleen Dekker", "other", "Eerlijk Eten"),  # head of a consumer group
            ("widened faster", "Jasper Mulder", "analyst", "Veldhuis Bank"),  # economist at a bank
            ("copied by smaller ones", "Jasper Mulder", "analyst", "Veldhuis Bank"),  # "He added"
            ("talks with Korenhof", "Brindle Foods", "institution", ""),  # "Brindle said"
        ],
    ),
    (
        (
            "CANBERRA -- Australia's consumer minister ordered the competition watchdog on Thursday to examine "
            "supermarket margins after grocery prices rose faster than wages for a third straight year.",
            "Consumer Affairs Minister Leila Haddad said families deserved to know whether the big chains were "
            "passing on lower costs.",
            '"If prices go up like a rocket and come down like a feather, people are entitled to ask why," Haddad '
            "told parliament.",
            "The Australian Fair Trading Commission said it would use its powers to compel the chains to hand over "
            "pricing data and would report within 12 months.",
            "Its chair, Douglas Reyne, said the inquiry would look at promotions that only appeared to lower prices "
            "as well as at margins on fresh food.",
            "The two largest chains, Greenway and Coolabah Markets, sell about two-thirds of the country's groceries. "
            "Greenway said it welcomed the inquiry and that its net margin was under 3%.",
            "Coolabah's chief executive, Brett Lowry, said the chain's prices had risen less than its suppliers' in "
            "the past year.",
            "The Australian Food and Grocery Retailers Council, which represents the chains, said the inquiry should "
            "also examine the pricing power of big food makers. Its chief executive, Fiona Tait, said retailers had "
            "been blamed for costs set elsewhere in the supply chain.",
            "Senator Karen Whitby, the opposition's consumer affairs spokeswoman, said the government had waited too "
            "long and called for powers to break up the largest chains.",
            "Liam O'Donoghue, an economist at Southern Cross Bank, said higher margins explained only part of the "
            "rise in food prices, with insurance, energy and wages also to blame.",
        ),
        [
            ("deserved to know", "Leila Haddad", "official", ""),  # consumer affairs minister
            ("up like a rocket", "Leila Haddad", "official", ""),  # the same, told parliament
            ("compel the chains", "Australian Fair Trading Commission", "institution", ""),
            ("only appeared to lower prices", "Douglas Reyne", "official", "Australian Fair Trading Commission"),
            ("net margin was under 3%", "Greenway", "institution", ""),
            ("risen less than its suppliers'", "Brett Lowry", "other", "Coolabah Markets"),  # "Coolabah's chief"
            ("pricing power", "Australian Food and Grocery Retailers Council", "institution", ""),  # a trade body
            ("blamed for costs", "Fiona Tait", "other", "Australian Food and Grocery Retailers Council"),  # its chief
            ("waited too long", "Karen Whitby", "official", ""),  # opposition spokeswoman, a legislator
            ("powers to break up", "Karen Whitby", "official", ""),  # "and called for"
            ("only part of the rise", "Liam O'Donoghue", "analyst", "Southern Cross Bank"),  # economist at a bank
        ],
    ),
    (
        (
            "NAIROBI -- The Reserve Bank of Kenya held its main interest rate at 10.5% on Tuesday, saying food prices "
            "were still rising too fast for it to cut borrowing costs.",
            "Governor Samuel Kiprono said a poor harvest of maize in the north and higher import costs for cooking "
            "oil had pushed food inflation to 9.2% in October.",
            '"Food is a third of what the average household spends. We cannot look through it," Kiprono told a '
            "news conference in Nairobi.",
            "Deputy Governor Amina Wafula said the bank expected food inflation to ease early next year once the "
            "short rains harvest reached markets.",
            "The Kenya National Statistics Office said on Monday that the price of a two-kilogram bag of maize flour "
            "had risen 18% in a year.",
            "Economists polled by the Daily Ledger had expected the rate to be held.",
            "Grace Otieno, chief economist at Savanna Capital Bank, said the bank was likely to wait until February "
            "before cutting, noting that the shilling had weakened against the dollar.",
            "A spokesman for the finance ministry, Peter Njoroge, said the government would remove import duty on "
            "cooking oil for six months to ease prices.",
            "Shopkeepers in Nairobi's Gikomba market said customers were buying smaller amounts. \"People buy "
            'half a kilo where they used to buy two," said Mercy Achieng, who sells flour and sugar there.',
        ),
        [
            ("too fast for it to cut", "Reserve Bank of Kenya", "institution", ""),  # "held …, saying"
            ("poor harvest of maize", "Samuel Kiprono", "official", ""),  # governor
            ("cannot look through it", "Samuel Kiprono", "official", ""),  # the same
            ("ease early next year", "Amina Wafula", "official", ""),  # deputy governor
            ("risen 18% in a year", "Kenya National Statistics Office", "institution", ""),
            ("wait until February", "Grace Otieno", "analyst", "Savanna Capital Bank"),  # chief economist
            ("remove import duty", "Peter Njoroge", "official", ""),  # finance ministry spokesman
            ("buying smaller amounts", "", "unnamed", ""),  # "Shopkeepers … said"
            ("half a kilo", "Mercy Achieng", "other", ""),  # a trader
        ],
    ),
    (
        (
            "CHICAGO -- ThriftBarn, the discount chain, said on Friday it would close 140 of its 1,900 stores by the "
            "end of January after a year in which shoppers cut back on household goods and clothing.",
            "Its chief executive, Dana Whitcombe, said the stores being closed were mostly in shopping malls where "
            "visits had not recovered since the pandemic.",
            '"We are going where our customers already are," Whitcombe said in a statement. "That means fewer '
            'malls and more strip centers."',
            "The retailer said about 3,200 workers would be offered jobs at nearby stores.",
            "ThriftBarn's chief financial officer, Kevin Arlo, told analysts the closures would cost about 85 "
            "million dollars but save twice that a year from 2027.",
            "Melissa Grange, a senior analyst at Lakeshore Retail Insights, said discount chains had lost shoppers "
            "to warehouse clubs and online marketplaces.",
            "The International Council of Shopping Landlords, which represents mall owners, said vacancy rates "
            "were already near their highest in a decade.",
            "Separately, the consumer group Fair Basket said makers of household goods had shrunk dozens of "
            "products without lowering their prices. Its executive director, Tom Reyes, said a leading brand's "
            "dishwasher tablets had gone from 90 to 80 a box at the same price.",
            "Lena Brook, who studies packaging and consumer behavior at the University of Lakeview, said shoppers "
            "notice a higher price far sooner than a smaller pack.",
            '"Shrinking the pack is the quiet way to raise a price," Brook said.',
            "A ThriftBarn store manager in Joliet, who gave only her first name, Carla, said customers had asked "
            "for weeks whether her store would be next.",
        ),
        [
            ("close 140", "ThriftBarn", "institution", ""),  # the chain said
            ("mostly in shopping malls", "Dana Whitcombe", "other", "ThriftBarn"),  # its chief executive
            ("where our customers already are", "Dana Whitcombe", "other", "ThriftBarn"),  # the same
            ("3,200 workers", "ThriftBarn", "institution", ""),  # "The retailer said"
            ("85 million dollars", "Kevin Arlo", "other", "ThriftBarn"),  # chief financial officer
            ("warehouse clubs", "Melissa Grange", "analyst", "Lakeshore Retail Insights"),  # senior analyst
            ("vacancy rates", "International Council of Shopping Landlords", "institution", ""),  # a landlords' group
            ("shrunk dozens of products", "Fair Basket", "institution", ""),  # a consumer group
            ("90 to 80 a box", "Tom Reyes", "other", "Fair Basket"),  # its executive director
            ("higher price far sooner", "Lena Brook", "analyst", "University of Lakeview"),  # studies, a university
            ("quiet way to raise a price", "Lena Brook", "analyst", "University of Lakeview"),  # the same
            ("her store would be next", "Carla", "other", "ThriftBarn"),  # a store manager quoted by first name
        ],
    ),
]

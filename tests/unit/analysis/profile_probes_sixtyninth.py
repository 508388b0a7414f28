"""The sixty-ninth round of blind profile probes: fictional stories of metals smelting and refining, metals exchanges
and commodity trading houses as the wires and the business press write them (mining itself had a round, the
forty-sixth, so this one keeps to the trade and the plants that follow the mine: a Geneva trading house's results with
the house as itself, "Brantwell's chief financial officer, X", its chief executive on a call, "X, head of metals
research at Y", "A spokesman for the trader, X," "The company's spokeswoman" and a rating agency's analyst; an aluminium
smelter's closure over power prices with the smelter's owner as itself, "Norhaven's chief executive, X", the president
of a union local at the smelter, "Quebec Premier X", the provincial power utility as itself, an energy minister and an
aluminium analyst at a brokerage; a metals exchange's halt of nickel trading with the exchange as itself, "Its chief
executive, X", a markets regulator named and then "The regulator said", "A spokesman for the trading house Y, X,", a
head of metals research at a bank, a fund manager and a broker unnamed; a ban on raw bauxite exports with a mines
minister, the mines ministry as itself, "X, chief executive of the Australian miner Y", a mining inspectorate named and
then "The inspectorate said", an environmental group as itself and a metals analyst at a bank; a gold refiner struck
off a bullion delivery list with the delivery council as itself, "Its chief executive, X", the refiner as itself,
"Valmora's chief financial officer, X", an environmental group and "Its campaigns director, X", a lawmaker on a
committee and a precious metals strategist at a bank; a tailings leak at a zinc mine with a provincial mining regulator
named and then "The regulator said", the miner as itself and "Its chief operating officer, X", a mine union as itself
and "its local president, X", a provincial mines minister, a mining analyst at a brokerage and a person familiar with
the inspection), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_sixtyninth.py).
Blind:
13 wrong of 52. By pattern: "A spokesman for the trader, X, said" with no affiliation (1); "X told analysts on a call,
adding that ..." cut in two quotes (1); "X, president of the Y Union local that represents the smelter's 900 workers,
said" missed (1); "A spokesman for the trading house Y, X, said" found as the trading house (2); "X, chief executive of
the Australian miner Y" found as an official of Australia (1); "Its chief executive, X" after "The Y Council said it
had removed the Swiss refiner Z" with no affiliation (1); "Valmora said in a statement" found as a person of "Swiss
refiner" (1); "Coldwater Ridge said" found under the short name, not "Coldwater Ridge Zinc" (2); "Its chief operating
officer, X" after "Coldwater Ridge said" with no affiliation (1); "The United Mine and Mill Workers" found as "United
Mine" (2).
After the mends: 3 (see test_profiles_blind_probes_sixtyninth.py for the steps)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a premier, ministers and a lawmaker are `official`; a trading house's, a smelter owner's, an
#: exchange's, a miner's and a refiner's executives, a named company spokesman, the chief executive of an industry
#: council, a union local's president and an environmental group's campaigns director are `other`; a head of metals
#: research or a metals analyst at a bank, an analyst at a brokerage or a rating agency and a fund manager are
#: `analyst`; a company spokeswoman who is not named, a broker who is not named and a person familiar with an inspection
#: are `unnamed`; a trading house, a smelter owner, a power utility, an exchange, a regulator, an inspectorate, a
#: ministry, an industry council, a refiner, a union and an environmental group speaking as themselves are an
#: `institution` under the fullest name the article gives them. "Its chief executive" is tied to the body named just
#: before; "The regulator said" or "The inspectorate said" is the body named before.
STORIES = [
    (
        (
            "GENEVA, March 4 (Reuters) - Commodity trading house Brantwell Commodities said on Wednesday its annual "
            "profit fell by a third to 2.1 billion dollars as calmer metals and energy markets gave its traders fewer "
            "chances to profit from price swings.",
            "Brantwell's chief financial officer, Odile Marchetti-Haas, said the company had cut its borrowing by 4 "
            "billion dollars and would keep more cash on hand in case markets turned volatile again.",
            '"Quiet markets are bad for traders, but they do not last," chief executive Lars Oberholzer-Quint told '
            "analysts on a call, adding that the house would expand its copper and cobalt desks in Asia.",
            "Yvonne Castellane-Duro, head of metals research at Sorrel Bank, said the results were better than she "
            "had expected given how little copper prices had moved during the year.",
            "A spokesman for the trader, Fabrice Nydegger-Lomb, said Brantwell had settled a dispute with a Zambian "
            "smelter over late deliveries of copper cathode.",
            "The company's spokeswoman declined to say whether Brantwell was in talks to buy a stake in a Chilean "
            "mine, but said the house was always looking at assets.",
            "Ruairi Tenbrook, an analyst at the rating agency Calloway Ratings, said the lower debt supported the "
            "trader's credit rating even with weaker profits.",
            "Oberholzer-Quint said the partners who own the firm would take a smaller payout this year.",
        ),
        [
            ("fell by a third", "Brantwell Commodities", "institution", ""),  # the trading house as itself
            (
                "4 billion dollars",
                "Odile Marchetti-Haas",
                "other",
                "Brantwell",
            ),  # "Brantwell's chief financial officer"
            ("Quiet markets", "Lars Oberholzer-Quint", "other", ""),  # chief executive, on a call
            ("better than she", "Yvonne Castellane-Duro", "analyst", "Sorrel Bank"),  # head of metals research
            ("Zambian smelter", "Fabrice Nydegger-Lomb", "other", "Brantwell"),  # "A spokesman for the trader"
            ("looking at assets", "", "unnamed", ""),  # the company's spokeswoman, not named
            ("credit rating", "Ruairi Tenbrook", "analyst", "Calloway Ratings"),  # analyst at a rating agency
            ("smaller payout", "Lars Oberholzer-Quint", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "MONTREAL, Oct 21 (Reuters) - Norhaven Aluminium said on Tuesday it would shut its 60-year-old smelter at "
            "Baie-Lumière in Quebec by the end of next year, blaming a planned rise in the price it pays for power.",
            "Norhaven's chief executive, Gareth Pellowe-Strand, said the smelter would lose money on every tonne it "
            "made once the new power rate took effect in 2027.",
            "Sylvain Bergeron-Tass, president of the Aluminium Workers' Union local that represents the smelter's 900 "
            "workers, said the company had not asked the union to help find savings before deciding to close.",
            '"They are closing a town, not a smelter," Bergeron-Tass told a rally outside the plant gates.',
            "Quebec Premier Mathilde Rocheleau-Baird said her government would meet the company this week to try to "
            "save the jobs, but would not give one smelter a power price other industries could not get.",
            "The provincial power utility, Energie Boréale, said the new rate still left Quebec's industrial power "
            "among the cheapest in North America.",
            "Energy Minister Pascal Dufresne-Ayotte said the utility needed the higher rate to pay for new dams and "
            "wind farms.",
            "Kwame Asante-Lidell, an aluminium analyst at Torbay Securities in Toronto, said the closure would take "
            "about 250,000 tonnes a year off the North American market and could lift premiums paid by buyers.",
            "Pellowe-Strand said Norhaven would keep its two other smelters in the province open.",
        ),
        [
            ("shut its 60-year-old smelter", "Norhaven Aluminium", "institution", ""),  # the smelter owner as itself
            ("every tonne", "Gareth Pellowe-Strand", "other", "Norhaven"),  # "Norhaven's chief executive"
            ("find savings", "Sylvain Bergeron-Tass", "other", "Aluminium Workers' Union"),  # president of the local
            ("closing a town", "Sylvain Bergeron-Tass", "other", ""),  # the same
            ("save the jobs", "Mathilde Rocheleau-Baird", "official", ""),  # Quebec premier
            ("cheapest in North America", "Energie Boréale", "institution", ""),  # the utility as itself
            ("new dams", "Pascal Dufresne-Ayotte", "official", ""),  # energy minister
            ("250,000 tonnes", "Kwame Asante-Lidell", "analyst", "Torbay Securities"),  # analyst at a brokerage
            ("two other smelters", "Gareth Pellowe-Strand", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "SINGAPORE, Jan 14 (Reuters) - The Eastgate Metals Exchange said on Tuesday it had suspended nickel "
            "trading for the rest of the day after prices jumped 45 percent in two hours, and that it would cancel "
            "trades made after the jump.",
            "Its chief executive, Winston Leow-Harcourt, said the exchange had acted to stop a disorderly market from "
            "forcing brokers into default.",
            "The Commodity Markets Authority, which oversees the exchange, said it was reviewing the decision to "
            "cancel trades and had asked for records of every order placed during the morning.",
            "The regulator said it had not yet found evidence that any trader had manipulated prices.",
            "A spokesman for the trading house Kestrel Resources Trading, Anton Verhoeven-Lasko, said the firm had "
            "lost money on cancelled trades and was talking to its lawyers.",
            "Meredith Okonjo-Vale, head of metals research at Pemberly Bank, said the halt would drive buyers of "
            "nickel to other exchanges and to private contracts with producers.",
            '"Once you cancel trades, every trader asks whether the next one will stand," said Daniel Ashworth-Kim, '
            "who manages a commodities fund at Ravensfield Asset Management.",
            "One broker, who asked not to be named because he was not allowed to speak to the press, said several "
            "small brokers had struggled to meet margin calls before the halt.",
            "Leow-Harcourt said trading would resume on Wednesday with tighter daily price limits.",
        ),
        [
            ("suspended nickel trading", "Eastgate Metals Exchange", "institution", ""),  # the exchange as itself
            (
                "disorderly market",
                "Winston Leow-Harcourt",
                "other",
                "Eastgate Metals Exchange",
            ),  # "Its chief executive"
            ("records of every order", "Commodity Markets Authority", "institution", ""),  # the regulator as itself
            ("manipulated prices", "Commodity Markets Authority", "institution", ""),  # "The regulator said"
            ("its lawyers", "Anton Verhoeven-Lasko", "other", "Kestrel Resources Trading"),  # a named spokesman
            ("private contracts", "Meredith Okonjo-Vale", "analyst", "Pemberly Bank"),  # head of metals research
            ("next one will stand", "Daniel Ashworth-Kim", "analyst", "Ravensfield Asset Management"),  # fund manager
            ("margin calls", "", "unnamed", ""),  # a broker who asked not to be named
            ("tighter daily price limits", "Winston Leow-Harcourt", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "CONAKRY, June 9 (Reuters) - Guinea will ban exports of raw bauxite from 2028 to force miners to build "
            "refineries in the country, Mines Minister Ousmane Keita-Sall said on Monday.",
            '"We have sold our red earth cheaply for sixty years. The value will now stay here," Keita-Sall told '
            "reporters in Conakry.",
            "The mines ministry said in a statement that companies that submitted plans for a refinery by the end of "
            "this year could keep exporting some raw ore until their plants were built.",
            "Hal Brennock-Tay, chief executive of the Australian miner Tarrawong Bauxite, said a refinery would cost "
            "his company at least 1.5 billion dollars and that Guinea did not yet have the power supply to run one.",
            "The National Mining Inspectorate, which licenses mines in the country, said it would check that "
            "companies kept to their refinery plans.",
            "The inspectorate said it would suspend the licences of miners that fell behind.",
            "The environmental group Forest Rivers Alliance said refineries would produce red mud waste that could "
            "poison rivers if it was not stored safely.",
            "Ines Lachapelle-Oduya, a metals analyst at Corvane Bank in Paris, said the ban could push up bauxite "
            "prices in China, which buys most of Guinea's ore.",
            "Keita-Sall said the government would offer tax breaks to the first three companies to build refineries.",
        ),
        [
            ("ban exports of raw bauxite", "Ousmane Keita-Sall", "official", ""),  # mines minister
            ("red earth", "Ousmane Keita-Sall", "official", ""),  # the same
            ("keep exporting", "mines ministry", "institution", ""),  # the ministry as itself
            ("1.5 billion dollars", "Hal Brennock-Tay", "other", "Tarrawong Bauxite"),  # a miner's chief executive
            ("refinery plans", "National Mining Inspectorate", "institution", ""),  # the inspectorate as itself
            ("suspend the licences", "National Mining Inspectorate", "institution", ""),  # "The inspectorate said"
            ("red mud", "Forest Rivers Alliance", "institution", ""),  # an environmental group as itself
            ("bauxite prices in China", "Ines Lachapelle-Oduya", "analyst", "Corvane Bank"),  # metals analyst at a bank
            ("tax breaks", "Ousmane Keita-Sall", "official", ""),  # his surname alone
        ],
    ),
    (
        (
            "ZURICH, Sept 30 (Reuters) - The Precious Metals Delivery Council said on Tuesday it had removed the Swiss "
            "refiner Valmora Affinage from its list of approved gold refiners after an audit found it could not show "
            "where some of its gold had been mined.",
            "Its chief executive, Harriet Combe-Lessard, said refiners on the list had to trace every bar back to a "
            "legal mine and that Valmora had failed to do so for gold bought through traders in Dubai.",
            "Valmora said in a statement that it would appeal and that the gold in question came from recycled "
            "jewellery, not from mines.",
            "Valmora's chief financial officer, Reto Brunschwig-Amsel, said the company's bars would still be "
            "accepted by most of its customers while the appeal was heard.",
            "The environmental group Riverwatch Amazonia, whose report last year first linked the refiner to illegal "
            "mining in the rainforest, said the decision was overdue.",
            '"This is the first time a refiner has paid a price for looking away," its campaigns director, Beatriz '
            "Fonseca-Limar, said.",
            "Anouk Streiff-Balmer, a Green lawmaker who sits on parliament's economic affairs committee, said "
            "Switzerland should make the council's tracing rules law for every refiner in the country.",
            "Conrad Eichelberg-Yates, a precious metals strategist at Hallerbrook Bank, said the delisting would "
            "leave Valmora unable to sell large bars to central banks and the biggest bullion dealers.",
        ),
        [
            (
                "removed the Swiss refiner",
                "Precious Metals Delivery Council",
                "institution",
                "",
            ),  # the council as itself
            (
                "legal mine",
                "Harriet Combe-Lessard",
                "other",
                "Precious Metals Delivery Council",
            ),  # "Its chief executive"
            ("recycled jewellery", "Valmora Affinage", "institution", ""),  # "Valmora said", the refiner as itself
            ("while the appeal", "Reto Brunschwig-Amsel", "other", "Valmora"),  # "Valmora's chief financial officer"
            ("overdue", "Riverwatch Amazonia", "institution", ""),  # an environmental group as itself
            ("looking away", "Beatriz Fonseca-Limar", "other", "Riverwatch Amazonia"),  # its campaigns director
            ("tracing rules", "Anouk Streiff-Balmer", "official", ""),  # a lawmaker on a committee
            ("large bars", "Conrad Eichelberg-Yates", "analyst", "Hallerbrook Bank"),  # precious metals strategist
        ],
    ),
    (
        (
            "VANCOUVER, Aug 5 (Reuters) - British Columbia's mining regulator, the Mineral Operations Safety Board, "
            "said on Thursday it had ordered Coldwater Ridge Zinc to stop adding waste to a tailings dam at its mine "
            "near Smithers after water was found seeping through the dam's wall.",
            "The regulator said the leak was small and posed no immediate risk to people downstream, but that the "
            "dam would stay closed until engineers had found its cause.",
            "Coldwater Ridge said it would move its waste to a second dam and expected output to fall by about a "
            "fifth for the rest of the quarter.",
            "Its chief operating officer, Declan Forsyth-Mara, said the company had found the leak itself and "
            "reported it to the board the same day.",
            "The United Mine and Mill Workers, which represents 640 workers at the mine, said none of its members "
            "would lose pay while the dam was closed.",
            "Its local president, Renée Theriault-Oakes, said workers had raised concerns about the dam's wall with "
            "managers last winter.",
            "Provincial Mines Minister Brent Kowalchuk-Ames said the government would publish the engineers' report "
            "in full.",
            "Samira Haddadin-Ross, a mining analyst at the brokerage Larchmont Capital Markets, said the lost output "
            "would cost the company about 30 million Canadian dollars.",
            "A person familiar with the inspection said inspectors had first noticed damp ground below the dam in "
            "June.",
        ),
        [
            ("stop adding waste", "Mineral Operations Safety Board", "institution", ""),  # the regulator as itself
            ("no immediate risk", "Mineral Operations Safety Board", "institution", ""),  # "The regulator said"
            ("second dam", "Coldwater Ridge Zinc", "institution", ""),  # "Coldwater Ridge said", the miner
            ("the same day", "Declan Forsyth-Mara", "other", "Coldwater Ridge"),  # "Its chief operating officer"
            ("lose pay", "United Mine and Mill Workers", "institution", ""),  # the union as itself
            ("last winter", "Renée Theriault-Oakes", "other", "United Mine and Mill Workers"),  # its local president
            ("publish the engineers", "Brent Kowalchuk-Ames", "official", ""),  # provincial mines minister
            ("30 million Canadian dollars", "Samira Haddadin-Ross", "analyst", "Larchmont Capital Markets"),
            ("damp ground", "", "unnamed", ""),  # a person familiar with the inspection
        ],
    ),
]

"""The seventy-fifth round of blind profile probes: fictional news of food safety, product recalls and food regulators
at home and abroad as the wires, the business pages and the consumer desks write them (earlier rounds had car and drug
recalls, retail and food prices, but no round followed a food scare): a salmonella recall of frozen chicken in Britain
with a food agency as itself, "The agency's chief executive, X", "The agency said" after it was named, a processor's
chief executive after its short name, "The company said in a statement", a supermarket chain as itself, "X, a
spokeswoman for the chain", an epidemiologist at a university and the chief executive of the agency again by her
surname; a listeria outbreak in deli meats in the United States with "federal health officials said", "The meat's
maker, X of Ohio, said", "Its chief executive, X", an epidemiologist at a university, a lawyer for sickened families,
a senator "who chairs the agriculture committee", an industry lobby as itself and "Its president, X", a campaigner at a
consumer group and an inspection bureau in a statement; an import ban on a Danish dairy's infant formula in Vietnam
with a trade ministry as itself twice, a Danish food office, the dairy as itself, "X, a spokesman for the Danish
embassy in Hanoi", a deputy director of "the ministry's import department", a mother named after her description, the
dairy's chief executive, a food safety researcher at a university and "Denmark's trade minister, X"; frozen berries and
hepatitis A in Australia with a food authority as itself, "The regulator's chief scientist, Dr. X", "A spokeswoman for
the federal health ministry, X", "Bramblecroft's owner, the food group X, said", "X, a spokeswoman for Y", a
supermarket chain as itself, a food lobby's president, a consumer group as itself, the chief scientist by her surname
and an opposition health spokesman; and pickles that sickened 104 people in Japan with a health ministry as itself, a
company president who "bowed deeply ... and said", "The company said", "A ministry spokeswoman, X", an epidemiologist,
a convenience store chain, South Korea's food ministry halting imports, a lawyer for families, a lawmaker "who chairs
the health committee of the lower house" and the president by his surname), and for each quote the speaker, kind and
affiliation written before the stories were run (test_profiles_blind_probes_seventyfifth.py).
Blind:
3 wrong of 49. By pattern: "The regulator's chief scientist, Dr. X" after "The Trans-Tasman Food Authority said" found
as an `analyst` with no body, twice with her surname later, not as the authority's official (2); "X, deputy director of
the ministry's import department" tied to "ministry's import department", not to the trade ministry named before (1).
Then still 3, the chief scientist now tied to the authority the recogniser did not tag (far_regulators, missed_names);
then 1 once a state body's chief scientist is an official (sciences); then 0 once "the ministry's" paragraphs after
the one ministry the article described speaking is that ministry (far_ministries)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a food agency's chief executive and chief scientist, a health ministry's spokeswoman, a deputy
#: director of a ministry's department, a trade minister, an embassy's spokesman, a senator, a lawmaker who chairs a
#: committee and an opposition health spokesman are `official` (staff tied to their body, a minister to the state that
#: names them); a company's chief executive or president, a company's or a chain's spokeswoman, a lobby's president, a
#: consumer group's campaigner, a lawyer for families and a mother are `other`; an epidemiologist or a researcher at a
#: university is an `analyst`; "federal health officials" are `unnamed`; an agency, a bureau, a ministry, a company, a
#: chain, a lobby and a consumer group speaking as themselves are an `institution` under the fullest name the article
#: gives them. "The agency said", "The ministry said", "The company said" and "Its president" are the body named
#: before; "The meat's maker, X, said" and "Bramblecroft's owner, the food group X, said" are X as itself.
STORIES = [
    (
        (
            "LONDON, May 12 (Reuters) - The Food Hygiene Agency said on Tuesday that the poultry processor Brackenfold "
            "Farms was recalling 40,000 packs of frozen breaded chicken after salmonella was found in samples taken "
            "from two supermarkets.",
            "The agency's chief executive, Priya Lanchester-Holt, said at least 31 people had fallen ill in England "
            "and Wales and that nine of them had been treated in hospital.",
            "The agency said shoppers should check their freezers and return any affected packs for a full refund.",
            "Brackenfold's chief executive, Duncan Aylesworth-Crane, said the company had stopped production at its "
            "plant in Lincolnshire while inspectors looked for the source of the bacteria.",
            'The company said in a statement that it was "deeply sorry" to its customers and was working closely '
            "with the regulator.",
            "The supermarket chain Tillmore said it had pulled the product from all 600 of its stores on Monday "
            "evening.",
            "Rachel Osei-Brannigan, a spokeswoman for the chain, said customers would not need a receipt to get their "
            "money back.",
            "Gareth Pellow-Adams, an epidemiologist at the University of Wexcombe, said breaded chicken was a known "
            "risk because many people mistake the coated product for one that has already been cooked.",
            "Lanchester-Holt said the number of cases was likely to rise as results came in from laboratories.",
        ),
        [
            ("40,000 packs", "Food Hygiene Agency", "institution", ""),  # the agency as itself
            (
                "31 people",
                "Priya Lanchester-Holt",
                "official",
                "Food Hygiene Agency",
            ),  # "The agency's chief executive, X"
            ("check their freezers", "Food Hygiene Agency", "institution", ""),  # "The agency said"
            (
                "stopped production",
                "Duncan Aylesworth-Crane",
                "other",
                "Brackenfold",
            ),  # "Brackenfold's chief executive, X"
            ("deeply sorry", "Brackenfold Farms", "institution", ""),  # "The company said in a statement"
            ("600 of its stores", "Tillmore", "institution", ""),  # the chain as itself
            ("receipt", "Rachel Osei-Brannigan", "other", "Tillmore"),  # "X, a spokeswoman for the chain"
            ("known risk", "Gareth Pellow-Adams", "analyst", "University of Wexcombe"),  # an epidemiologist
            ("likely to rise", "Priya Lanchester-Holt", "official", ""),  # her surname alone
        ],
    ),
    (
        (
            "WASHINGTON (AP) — A listeria outbreak linked to sliced deli meats has killed three people and sickened 42 "
            "in 12 states, federal health officials said Friday.",
            "The meat's maker, Corbridge Provisions of Ohio, said it was recalling more than 200,000 pounds of ham, "
            "turkey and bologna made at its Dayton plant since June.",
            "Its chief executive, Warren Tisdale-Munro, said in a video posted online that the plant would stay "
            "closed until every line had been taken apart and cleaned.",
            "The National Food Inspection Bureau said in a statement that it was reviewing its records of "
            "inspections at the plant.",
            "Dr. Elaine Marchetti-Voss, an epidemiologist at Kellworth University who studies foodborne disease, said "
            "listeria was especially dangerous because it can grow in a refrigerator.",
            "Bill Harrow-Linden, a Seattle lawyer who represents the families of two of those who died, said the "
            "company had received reports of listeria on its slicers months before the recall.",
            "Sen. Marjorie Quillen, a Democrat from Vermont who chairs the agriculture committee, said she would hold "
            "a hearing on the outbreak next month, adding that inspectors had visited the plant only twice in three "
            "years.",
            "The North American Meat Processors Council, an industry lobby, said its members already tested their "
            "plants more often than the law required.",
            "Its president, Douglas Renfrew-Carr, said the outbreak should not become a reason to pile new rules on "
            "small plants.",
            "Tamsin Oduya-Grant, a campaigner at the consumer group Safe Plates Now, said the recall had come weeks "
            "too late for families who had already eaten the meat.",
        ),
        [
            ("killed three people", "", "unnamed", ""),  # federal health officials
            ("200,000 pounds", "Corbridge Provisions", "institution", ""),  # "The meat's maker, X of Ohio, said"
            ("stay closed", "Warren Tisdale-Munro", "other", "Corbridge Provisions"),  # "Its chief executive, X"
            ("reviewing its records", "National Food Inspection Bureau", "institution", ""),  # the bureau as itself
            (
                "especially dangerous",
                "Elaine Marchetti-Voss",
                "analyst",
                "Kellworth University",
            ),  # an epidemiologist at a university
            ("months before the recall", "Bill Harrow-Linden", "other", ""),  # a lawyer for families
            ("hold a hearing", "Marjorie Quillen", "official", ""),  # a senator who chairs a committee
            ("more often than the law", "North American Meat Processors Council", "institution", ""),  # the lobby
            (
                "pile new rules",
                "Douglas Renfrew-Carr",
                "other",
                "North American Meat Processors Council",
            ),  # "Its president, X"
            ("weeks too late", "Tamsin Oduya-Grant", "other", "Safe Plates Now"),  # a consumer group's campaigner
        ],
    ),
    (
        (
            "HANOI, Sept 4 (AFP) - Vietnam's trade ministry said on Wednesday it had banned imports of infant formula "
            "made by the Danish dairy group Nordvang after a toxin was found in powder sold in Europe.",
            "The ministry said the ban would stay in place until the Danish authorities could show that every batch "
            "shipped to Vietnam was safe.",
            "The Danish Food Control Office said last week that cereulide, a toxin made by bacteria, had been found "
            "in an ingredient supplied to Nordvang by an outside firm.",
            "Nordvang said it had recalled formula in 14 countries as a precaution and that no illness had been "
            "confirmed in Vietnam.",
            "Anders Holmgaard-Lie, a spokesman for the Danish embassy in Hanoi, said the embassy was in close touch "
            "with the ministry and hoped to see trade resume soon.",
            "Nguyen Thi Thu Hoai, deputy director of the ministry's import department, told reporters that shipments "
            "already at the port of Haiphong would be sent back.",
            "A Hanoi mother of two, Tran Minh Chau, said she had thrown away three tins bought last month.",
            "Nordvang's chief executive, Mette Skovgaard-Finch, said on a call with reporters that the company had "
            "dropped the supplier and would test every ingredient itself.",
            "Lucas Ferreira-Dahl, a food safety researcher at Fyrholm University, said the toxin survives heating, so "
            "parents could not make the formula safe by boiling the water.",
            "Denmark's trade minister, Karen Ostergaard-Bly, said she understood Vietnam's caution but expected the "
            "ban to be lifted within weeks.",
        ),
        [
            ("banned imports", "Vietnam's trade ministry", "institution", ""),  # the ministry as itself
            ("every batch", "Vietnam's trade ministry", "institution", ""),  # "The ministry said"
            ("cereulide", "Danish Food Control Office", "institution", ""),  # the food office as itself
            ("14 countries", "Nordvang", "institution", ""),  # the dairy as itself
            ("close touch", "Anders Holmgaard-Lie", "official", "Danish embassy"),  # an embassy's spokesman
            ("sent back", "Nguyen Thi Thu Hoai", "official", "trade ministry"),  # the ministry's deputy director
            ("three tins", "Tran Minh Chau", "other", ""),  # a mother
            ("dropped the supplier", "Mette Skovgaard-Finch", "other", "Nordvang"),  # "X's chief executive, Y"
            ("survives heating", "Lucas Ferreira-Dahl", "analyst", "Fyrholm University"),  # a researcher
            ("within weeks", "Karen Ostergaard-Bly", "official", "Denmark"),  # "Denmark's trade minister, X"
        ],
    ),
    (
        (
            "SYDNEY, Feb 20 (Reuters) - The Trans-Tasman Food Authority said on Thursday that frozen mixed berries "
            "sold under the Bramblecroft label were being recalled after 18 people who ate them were diagnosed with "
            "hepatitis A.",
            "The regulator's chief scientist, Dr. Helen Markovic-Shaw, said the berries had been imported from two "
            "packing plants abroad and that the virus had probably come from water used to wash the fruit.",
            "A spokeswoman for the federal health ministry, Joanne Whitcombe-Ray, said anyone who had eaten the "
            "berries in the past two months could get a free vaccine from a doctor.",
            "Bramblecroft's owner, the food group Southwind Pantry, said it would move all its frozen fruit buying to "
            "growers in Australia.",
            "Claire Dunleavy-Hart, a spokeswoman for Southwind Pantry, said the company had tested the berries before "
            "sale but that the tests had not been designed to find viruses.",
            "Kestrel Markets, the country's second-largest supermarket chain, said it had pulled every bag of frozen "
            "berries from its shelves, including those from other suppliers.",
            "Robert Ellsworth-Pike, president of the Harvest Industries Council, which lobbies for food makers, said "
            "imported fruit was checked far less often than fruit grown at home.",
            "The consumer group Plainlabel Watch said the case showed that labels giving a food's country of origin "
            "should be printed in larger type.",
            "Markovic-Shaw said more cases could appear because the virus can take up to seven weeks to cause "
            "symptoms.",
            "Opposition health spokesman Tim Barraclough-Yates said the government had cut the number of border "
            "inspectors by a third since 2020.",
        ),
        [
            ("18 people", "Trans-Tasman Food Authority", "institution", ""),  # the authority as itself
            (
                "packing plants",
                "Helen Markovic-Shaw",
                "official",
                "Trans-Tasman Food Authority",
            ),  # "The regulator's chief scientist, Dr. X"
            ("free vaccine", "Joanne Whitcombe-Ray", "official", "health ministry"),  # the ministry's spokeswoman
            ("growers in Australia", "Southwind Pantry", "institution", ""),  # "the food group X, said"
            ("designed to find viruses", "Claire Dunleavy-Hart", "other", "Southwind Pantry"),  # its spokeswoman
            ("every bag", "Kestrel Markets", "institution", ""),  # the chain as itself
            (
                "far less often",
                "Robert Ellsworth-Pike",
                "other",
                "Harvest Industries Council",
            ),  # a lobby's president
            ("larger type", "Plainlabel Watch", "institution", ""),  # the consumer group as itself
            ("seven weeks", "Helen Markovic-Shaw", "official", ""),  # her surname alone
            ("border inspectors", "Tim Barraclough-Yates", "official", ""),  # an opposition spokesman, a legislator
        ],
    ),
    (
        (
            "TOKYO, Aug 6 (Reuters) - Japan's health ministry said on Tuesday that food poisoning linked to pickled "
            "cucumbers made by Harumiya Foods had sickened 104 people in three prefectures, two of whom had died.",
            "Harumiya's president, Kenji Sakuraba-Holm, bowed deeply at a news conference in Osaka and said the "
            "company would pay the medical costs of everyone who had fallen ill.",
            "The company said it had recalled 220,000 packs sold through supermarkets and convenience stores since "
            "July.",
            "A ministry spokeswoman, Yuko Tanabe-Reyes, said inspectors had found that the plant's cooling water was "
            "not being changed every day.",
            "Hideo Marumoto-Clark, an epidemiologist at Kansei Medical University, said lightly pickled vegetables "
            "carry more risk in summer because they are not salted enough to stop bacteria from growing.",
            "The convenience store chain Lumiya Mart said it had removed all Harumiya products from its 16,000 shops.",
            "South Korea's food ministry said it had suspended imports of pickles from Harumiya until Japan finished "
            "its investigation.",
            "Akiko Hirasawa-Dean, a lawyer for the families of the two who died, said they would sue both the company "
            "and the prefecture, which had last inspected the plant in 2021.",
            "Shinji Oyamada-Burke, who chairs the health committee of the lower house, said he would summon ministry "
            "officials to explain why inspections had lapsed.",
            "Sakuraba-Holm said the plant would not reopen until an outside panel had checked it.",
        ),
        [
            ("104 people", "Japan's health ministry", "institution", ""),  # the ministry as itself
            ("medical costs", "Kenji Sakuraba-Holm", "other", "Harumiya"),  # "X's president, Y"
            ("220,000 packs", "Harumiya Foods", "institution", ""),  # "The company said"
            ("cooling water", "Yuko Tanabe-Reyes", "official", "health ministry"),  # "A ministry spokeswoman, X"
            ("more risk in summer", "Hideo Marumoto-Clark", "analyst", "Kansei Medical University"),  # epidemiologist
            ("16,000 shops", "Lumiya Mart", "institution", ""),  # the chain as itself
            ("suspended imports", "South Korea's food ministry", "institution", ""),  # a foreign ministry
            ("would sue", "Akiko Hirasawa-Dean", "other", ""),  # a lawyer for families
            ("summon ministry officials", "Shinji Oyamada-Burke", "official", ""),  # chairs a house committee
            ("outside panel", "Kenji Sakuraba-Holm", "other", ""),  # his surname alone
        ],
    ),
]

"""The thirtieth round of blind profile probes: fictional European parliamentary and EU politics stories, wire and
long-form mixed (a vote in the European Parliament on a packaging law, a coalition quarrel over a budget in a
northern European capital, a constitutional court ruling on a debt brake, a euro-area rate decision, a commissioner's
fine on a tech firm, a caretaker government after a snap election), with speakers of the kinds such stories quote
(MEPs and their groups, a commissioner, a commission spokesperson, a party leader, coalition partners, party and
ministry spokespeople, a finance minister, a constitutional court as itself and its president, a central bank's
president and chief economist, bank economists, think-tank analysts, a lobby group's director, a company as itself),
and for each quote the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_thirtieth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked. MEPs, ministers, party leaders who hold a seat, a commissioner, a commission's and a ministry's
#: spokespeople and judges are officials of their party, state, commission, ministry or court; a central bank's
#: president and chief economist are officials of the bank; a party spokesperson who holds no seat and a lobby
#: group's director are `other` of their body; economists and analysts at banks and think tanks are analysts of their
#: firm; an official or diplomat who asked not to be named is unnamed. A body speaking as itself is keyed as the story
#: names it where it speaks.
STORIES = [
    (
        (
            "STRASBOURG, Oct 14 (Reuters) - The European Parliament on Tuesday backed a law that would ban most "
            "single-use plastic packaging in cafes and hotels by 2030, after a night of talks between the main groups "
            "that left green campaigners disappointed.",
            "Dutch MEP Pieter Vermeulen, who steered the law through the environment committee, said the vote showed "
            "that Europe could still lead on waste.",
            '"We did not get everything, but we got the hardest part," Vermeulen told reporters after the vote.',
            "Annika Lindqvist, a Swedish member of the Greens group, said the exemptions for paper cups had torn a "
            "hole in the law.",
            "Environment Commissioner Tomas Halloran said the Commission would propose rules for the exemptions "
            "within a year.",
            "Packaging Europe, a lobby group for paper and board makers, said in a statement that the law would cost "
            "its members 4 billion euros.",
            "Its director general, Claire Demont, said smaller mills would struggle to adapt in time.",
        ),
        [
            ("still lead on waste", "Pieter Vermeulen", "official", ""),  # MEP
            ("hardest part", "Pieter Vermeulen", "official", ""),  # MEP
            ("torn a hole", "Annika Lindqvist", "official", "Greens"),  # MEP of the Greens group
            ("within a year", "Tomas Halloran", "official", "European Commission"),  # environment commissioner
            ("4 billion euros", "Packaging Europe", "institution", ""),
            ("smaller mills", "Claire Demont", "other", "Packaging Europe"),  # director general of a lobby group
        ],
    ),
    (
        (
            "COPENHAGEN, March 3 (Reuters) - Denmark's three-party coalition was in open dispute on Monday over next "
            "year's budget, after the junior partner refused to back cuts to student grants.",
            "Finance Minister Henrik Dahl told parliament that the cuts were needed to pay for a larger defence "
            "budget and that the government would not reopen the deal.",
            "Mette Falk, leader of the Social Liberal Party, the smallest partner in the coalition, said her party's "
            "lawmakers would vote against the budget unless the grants were spared.",
            "A spokesman for the finance ministry said talks with the Social Liberals would continue this week.",
            "Conservative Party leader Lars Brandt, whose party leads the opposition, said the government had lost "
            "its majority and should call an election.",
            "Sofie Krag, chief economist at Nordhavn Bank, said markets had so far shrugged off the quarrel because "
            "Denmark's public debt was among the lowest in Europe.",
        ),
        [
            ("pay for a larger defence", "Henrik Dahl", "official", "Denmark"),  # finance minister
            ("vote against the budget", "Mette Falk", "official", "Social Liberal Party"),  # party leader
            ("talks with the Social Liberals", "", "unnamed", "finance ministry"),  # a ministry spokesman
            ("lost its majority", "Lars Brandt", "official", "Conservative Party"),  # party leader
            ("shrugged off", "Sofie Krag", "analyst", "Nordhavn Bank"),  # chief economist
        ],
    ),
    (
        (
            "Germany's Constitutional Court on Wednesday struck down a plan by the federal government to move 40 "
            "billion euros of unused pandemic credit into a climate fund, a ruling that leaves a large hole in next "
            "year's budget.",
            "The court said in its ruling that the government could not carry emergency borrowing into later years "
            "to get round the debt brake.",
            "Reading the verdict in Karlsruhe, the court's president, Judge Ulrike Sommer, said the constitution set "
            "clear limits on borrowing that applied in good times and bad.",
            "Finance Minister Jonas Albrecht said the government respected the ruling and would freeze new spending "
            "commitments until it had reviewed the budget.",
            "The opposition Christian Democrats, who brought the case, said the ruling was a defeat for the "
            "government's whole approach to public money.",
            "Katrin Vogel, a senior fellow at the Berlin Centre for Fiscal Studies, said the government would have "
            "to choose between raising taxes and cutting subsidies.",
            "Markus Engel, an economist at Hansa Bank, said the ruling could knock a quarter of a percentage point "
            "off growth next year.",
        ),
        [
            ("carry emergency borrowing", "Constitutional Court", "institution", ""),
            ("clear limits on borrowing", "Ulrike Sommer", "official", "Constitutional Court"),  # court president
            ("freeze new spending", "Jonas Albrecht", "official", "Germany"),  # finance minister
            ("defeat for the", "Christian Democrats", "institution", ""),
            ("raising taxes", "Katrin Vogel", "analyst", "Berlin Centre for Fiscal Studies"),  # senior fellow
            ("quarter of a percentage point", "Markus Engel", "analyst", "Hansa Bank"),  # economist
        ],
    ),
    (
        (
            "FRANKFURT, June 6 (Reuters) - The European Central Bank held its main rate at 3 percent on Thursday and "
            "gave no sign of when it might cut, as inflation in services stayed stubbornly high.",
            "ECB President Marta Oliveira told a news conference that the governing council had not discussed a cut "
            "and would decide meeting by meeting.",
            '"We are not on a pre-set path," she said.',
            "The bank's chief economist, Pekka Laine, said in a blog post later that wage growth was starting to ease.",
            "Bundesbank President Clemens Hartung said in a speech in Mainz that it was too early to declare victory "
            "over inflation.",
            "Economists at Banca Lombarda said they expected the first cut in September.",
            "Ruth Gallagher, head of European rates at fund manager Castlegate Investors, said markets had priced in "
            "two cuts this year.",
        ),
        [
            ("not discussed a cut", "Marta Oliveira", "official", "European Central Bank"),  # ECB president
            ("pre-set path", "Marta Oliveira", "official", "European Central Bank"),  # ECB president
            ("starting to ease", "Pekka Laine", "official", "European Central Bank"),  # chief economist
            ("declare victory", "Clemens Hartung", "official", "Bundesbank"),  # Bundesbank president
            ("first cut in September", "", "unnamed", "Banca Lombarda"),  # economists
            ("two cuts this year", "Ruth Gallagher", "analyst", "Castlegate Investors"),  # head of rates
        ],
    ),
    (
        (
            "BRUSSELS - The European Commission on Monday fined the online marketplace Vendora 1.1 billion euros for "
            "favouring its own shipping service over those of rival sellers, the largest fine in a competition case "
            "this year.",
            "Competition Commissioner Elena Marchetti said Vendora had pushed thousands of small sellers into paying "
            "for a service they did not want.",
            "Vendora said it would appeal against the decision at the EU's General Court.",
            "A Commission spokeswoman, Ines Duarte, said the company had 90 days to change its practices or face "
            "further penalties.",
            "Rasmus Holm, a German MEP from the Social Democrats, said the fine was welcome but that the EU's new "
            "digital rules should have stopped the practice years ago.",
            "Oskar Nowak, an analyst at the Brussels think tank Agora Europa, said the case would test how quickly "
            "the Commission could enforce those rules.",
        ),
        [
            ("thousands of small sellers", "Elena Marchetti", "official", "European Commission"),  # commissioner
            ("appeal against the decision", "Vendora", "institution", ""),
            ("90 days", "Ines Duarte", "official", "European Commission"),  # commission spokeswoman
            ("stopped the practice", "Rasmus Holm", "official", "Social Democrats"),  # MEP
            ("how quickly", "Oskar Nowak", "analyst", "Agora Europa"),  # analyst at a think tank
        ],
    ),
    (
        (
            "Three weeks after a snap election left no party with a majority, Belgium's caretaker prime minister has "
            "warned that the country could go into the new year without a budget.",
            'Prime Minister Koen Peeters told the Senate on Thursday that "every week without a government costs '
            'us credibility in the markets."',
            "The Flemish nationalist New Flemish Union, which won the most seats, says it will not join any coalition "
            "that refuses to devolve more powers to the regions.",
            "Its spokeswoman, Lotte Janssens, who is not a member of parliament, said the party had sent its "
            "conditions to the other leaders in writing.",
            "The French-speaking Socialists reject those conditions. Their leader, Paul Lambert, said on Wednesday "
            "that his party would rather stay in opposition than split the social security system.",
            "A European diplomat, who asked not to be named, said Brussels was watching the talks closely because "
            "Belgium's deficit was already above the EU's limit.",
            "Nadia Claes, an economist at ING-Vlaanderen, says a long stalemate would push up the country's "
            "borrowing costs only if it dragged into the spring.",
        ),
        [
            ("costs us credibility", "Koen Peeters", "official", "Belgium"),  # caretaker prime minister
            ("devolve more powers", "New Flemish Union", "institution", ""),
            ("in writing", "Lotte Janssens", "other", "New Flemish Union"),  # party spokeswoman, no seat
            ("stay in opposition", "Paul Lambert", "official", "Socialists"),  # party leader
            ("watching the talks", "", "unnamed", ""),  # a European diplomat
            ("into the spring", "Nadia Claes", "analyst", "ING-Vlaanderen"),  # economist
        ],
    ),
]

"""The sixty-seventh round of blind profile probes: fictional stories of pharmaceuticals, drug prices and medicines
regulators in world and business news (a regulator's approval of an asthma injection with "the agency said" after the
regulator was named, "The board's chief medical officer, X", "The drugmaker's chief executive, X", "a former regulator
now at the consultancy Y", the founder of a patients' group, "A company spokeswoman said" and the chief executive by
his surname alone; a drugmaker's quarterly results with the company as itself, "Chief Executive X", "The finance
chief, X", "Its chief scientific officer, X" after the firm was named and two analysts at a brokerage and a bank; a
health minister's price cap with the minister, the ministry as itself, an industry association as itself and "Its
director general, X", a health economist at a university and a hospital pharmacist; a regulator's suspension of a
vaccine factory with the regulator as itself, "X, who heads the regulator's vaccines office", "The factory's owner, the
vaccine maker Y, said", "Its chief executive, X", a health minister and a professor; a trade dispute over antibiotic
exports with a commerce ministry as itself, a trade minister at home and one abroad, the chairman of an exporters'
group, a pharma analyst at a brokerage and a hospital pharmacist; a regulator's refusal of an Alzheimer's drug with the
regulator as itself, "The agency's commissioner, X", the drugmaker as itself and "Its chief medical officer, X", a
patients' group's founder, a professor of health economics and a former official of the agency now at a consultancy),
and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_sixtyseventh.py).
Blind:
4 wrong of 49. By pattern: "The agency said" after "Canada's drug regulator, the National Medicines Board, approved a
drug made by the drugmaker Y" found as said by the drugmaker named last, not by the regulator the agency noun fits
(missed and extra: 2); "X, a former regulator now at the consultancy Y" found as `official`, not a former official
speaking as an expert (1); "The factory's owner, the vaccine maker Y, said" found as `other`, not Y as itself (1).
After the mends: 1 (see test_profiles_blind_probes_sixtyseventh.py for the steps and what is left)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a regulator's commissioner, chief medical officer or head of an office, health and trade
#: ministers are `official`; a drugmaker's chief executive, finance chief, chief scientific or medical officer, an
#: industry association's director general or an exporters' group's chairman (speaking for a side, like executives and
#: union leaders), a patients' group's founder and a hospital pharmacist are `other`; a health economist or professor
#: at a university, an analyst at a bank or brokerage and a former regulator now at a consultancy are `analyst`; a
#: company spokeswoman who is not named is `unnamed`; a regulator, a ministry, an association and a company speaking
#: as itself ("said in a statement", "saying") is an `institution` under the fullest name the article gives it. "Its
#: director general" or "Its chief executive" is tied to the body named just before; a foreign trade minister to the
#: state that names them ("Nigeria's trade minister").
STORIES = [
    (
        (
            "OTTAWA, March 3 (Reuters) - Canada's drug regulator, the National Medicines Board, approved a "
            "once-a-month injection for severe asthma made by the drugmaker Veldrake Therapeutics on Monday, the first "
            "treatment of its kind to be cleared anywhere.",
            "The agency said the injection had cut serious asthma attacks by almost half in two trials of 3,100 "
            "patients and that its side effects had been mild.",
            "The board's chief medical officer, Harriet Quennell-Osei, said doctors should keep the injection for "
            "patients whose attacks were not controlled by inhalers.",
            '"This is not a first-line drug, and we will watch closely how it is used," Quennell-Osei told reporters.',
            "The drugmaker's chief executive, Anselm Torvik-Baird, said Veldrake would charge about 2,400 Canadian "
            "dollars a dose and would give it free to patients without insurance for the first year.",
            "Lucinda Marrow-Pell, a former regulator now at the consultancy Hollins Kerr Advisory, said the approval "
            "had come about four months sooner than she had expected.",
            "Ravi Chandrapal-Fenn, who founded the patients' group Breathe Easy Canada after his daughter died of an "
            "asthma attack, said the price would keep the drug out of reach for many families.",
            "A company spokeswoman said Veldrake had not yet applied for approval in the United States.",
            "Torvik-Baird said the company expected its first shipments to reach pharmacies in April.",
        ),
        [
            ("almost half", "National Medicines Board", "institution", ""),  # "The agency said"
            ("controlled by inhalers", "Harriet Quennell-Osei", "official", "National Medicines Board"),  # its CMO
            ("first-line drug", "Harriet Quennell-Osei", "official", ""),  # the same
            ("2,400 Canadian dollars", "Anselm Torvik-Baird", "other", "Veldrake Therapeutics"),  # "The drugmaker's"
            ("four months sooner", "Lucinda Marrow-Pell", "analyst", "Hollins Kerr Advisory"),  # former regulator
            ("out of reach", "Ravi Chandrapal-Fenn", "other", "Breathe Easy Canada"),  # the group's founder
            ("not yet applied", "", "unnamed", ""),  # a company spokeswoman, not named
            ("first shipments", "Anselm Torvik-Baird", "other", ""),  # the chief executive, his surname alone
        ],
    ),
    (
        (
            "BASEL, Switzerland, July 24 (Reuters) - Swiss drugmaker Orlen-Haffner reported a 9 percent rise in "
            "second-quarter sales on Thursday, helped by demand for its weight-loss pill, and said it now expected "
            "full-year sales to grow by a high single-digit percentage.",
            "Chief Executive Matthias Brunnhölzl said the pill, Slimara, had become the company's best-selling product "
            "in only its second year on the market.",
            '"We are building two new plants and we still cannot make enough of it," Brunnhölzl told analysts on a '
            "call.",
            "The finance chief, Corinne Aebischer-Lutz, said the company would spend about 1.2 billion francs more on "
            "research this year than last, most of it on two late-stage cancer drugs.",
            "Its chief scientific officer, Yusuf Karamanlis-Rey, said the first results from the larger of the two "
            "cancer trials were due in the autumn.",
            "Priya Ostrander-Vale, a pharmaceuticals analyst at the brokerage Kestle Brothers in Zurich, said the "
            "forecast was cautious because it left out sales of the pill in China, where the company was still "
            "waiting for approval.",
            "Shares in Orlen-Haffner rose 4.6 percent by midday.",
            "Gideon Farrowby, an analyst at Marlowe Bank, said a rival pill due next year could push Slimara's price "
            "down by a third.",
            "Brunnhölzl said the company was not worried about competition because demand was still far above supply.",
        ),
        [
            ("high single-digit", "Orlen-Haffner", "institution", ""),  # the company as itself
            ("best-selling product", "Matthias Brunnhölzl", "other", ""),  # "Chief Executive X"
            ("two new plants", "Matthias Brunnhölzl", "other", ""),  # the same
            ("1.2 billion francs", "Corinne Aebischer-Lutz", "other", ""),  # "The finance chief, X"
            ("due in the autumn", "Yusuf Karamanlis-Rey", "other", "Orlen-Haffner"),  # "Its chief scientific officer"
            ("forecast was cautious", "Priya Ostrander-Vale", "analyst", "Kestle Brothers"),  # analyst, brokerage
            ("by a third", "Gideon Farrowby", "analyst", "Marlowe Bank"),  # an analyst at a bank
            ("far above supply", "Matthias Brunnhölzl", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "ROME, Sept 9 (Reuters) - Italy will cap the prices of 400 prescription medicines at the average paid in "
            "four other European countries from January, Health Minister Lorenza Bettinardi-Scola said on Tuesday.",
            '"Italians pay more for the same pill than the French or the Spanish do. That ends now," '
            "Bettinardi-Scola told a news conference in Rome.",
            "The health ministry said the cap would save the national health service about 1.4 billion euros a year.",
            "The drugmakers' association, the Italian Federation of Medicine Producers, said the cap would force its "
            "members to withdraw some older medicines from the Italian market.",
            "Its director general, Ottavio Pellandra-Rossi, said companies had not been consulted and would challenge "
            "the decree in court.",
            "Chiara Montebugnoli-Ward, a health economist at the University of Castelmonte, said the savings were "
            "probably overstated because many of the listed medicines already sold near the capped price in the "
            "northern regions.",
            "Marta Gelsomini, a hospital pharmacist in Naples, said shortages of older antibiotics were already common "
            "and that the cap could make them worse.",
            "Pellandra-Rossi said the federation's members employed 67,000 people in Italy.",
            "The ministry said the full list of medicines would be published next week.",
        ),
        [
            ("400 prescription medicines", "Lorenza Bettinardi-Scola", "official", ""),  # health minister
            ("That ends now", "Lorenza Bettinardi-Scola", "official", ""),  # the same
            ("1.4 billion euros", "health ministry", "institution", ""),  # the ministry as itself
            ("older medicines", "Italian Federation of Medicine Producers", "institution", ""),  # the association
            ("not been consulted", "Ottavio Pellandra-Rossi", "other", "Italian Federation of Medicine Producers"),
            ("probably overstated", "Chiara Montebugnoli-Ward", "analyst", "University of Castelmonte"),  # economist
            ("older antibiotics", "Marta Gelsomini", "other", ""),  # a hospital pharmacist
            ("67,000 people", "Ottavio Pellandra-Rossi", "other", ""),  # his surname alone
            ("published next week", "health ministry", "institution", ""),  # "The ministry said"
        ],
    ),
    (
        (
            "CANBERRA, Jan 15 (Reuters) - Australia's medicines regulator, the National Drugs and Devices Authority, "
            "said on Wednesday it had suspended the licence of a factory in Brisbane that makes a childhood vaccine "
            "after inspectors found contamination in two batches.",
            "Fiona Kettleborough, who heads the regulator's vaccines office, said no contaminated doses had reached "
            "children and there was no risk to those already vaccinated.",
            '"We caught it at the factory, which is where the system is meant to catch it," Kettleborough said.',
            "The factory's owner, the vaccine maker Corvalis Biologics, said it had shut the line and was working with "
            "the regulator to find the source of the contamination.",
            "Its chief executive, Damien Whitcombe-Saar, said the company had enough stock at a second plant to keep "
            "up supplies through the winter.",
            "Health Minister Grant Oyelaran-Boyd said the government had ordered 300,000 extra doses from an overseas "
            "supplier as a precaution.",
            "Nerida Pocklington, a professor of vaccinology at Swanmoor University in Perth, said the suspension "
            "showed the checks were working and should not shake parents' trust in vaccines.",
            "Kettleborough said inspectors would return to the plant next month.",
        ),
        [
            ("two batches", "National Drugs and Devices Authority", "institution", ""),  # the regulator as itself
            ("no risk", "Fiona Kettleborough", "official", "National Drugs and Devices Authority"),  # heads its office
            ("meant to catch it", "Fiona Kettleborough", "official", ""),  # the same
            ("shut the line", "Corvalis Biologics", "institution", ""),  # the factory's owner as itself
            ("through the winter", "Damien Whitcombe-Saar", "other", "Corvalis Biologics"),  # "Its chief executive"
            ("300,000 extra doses", "Grant Oyelaran-Boyd", "official", ""),  # health minister
            ("parents' trust", "Nerida Pocklington", "analyst", "Swanmoor University"),  # a professor
            ("return to the plant", "Fiona Kettleborough", "official", ""),  # her surname alone
        ],
    ),
    (
        (
            "NEW DELHI, June 2 (Reuters) - India will limit exports of two common antibiotics for three months to "
            "protect supplies at home, the commerce ministry said on Monday, drawing complaints from African buyers "
            "that depend on Indian generic medicines.",
            "Trade Minister Kavita Raghunathan-Iyer said the limits were temporary and would end as soon as factories "
            "caught up with demand.",
            "Nigeria's trade minister, Oluwaseun Adeyemo-Ashby, said in Abuja that the curbs would hurt hospitals that "
            "bought almost all their antibiotics from India and that Nigeria would raise the matter at the World Trade "
            "Organization.",
            "Sanjay Kulkarni-Bose, chairman of the Generic Medicine Exporters' Forum, said its members had lost orders "
            "worth 80 million dollars in the first week alone.",
            "Anjali Venkatraman-Holt, a pharma analyst at the Mumbai brokerage Parekh Vohra Securities, said the curbs "
            "would lift the prices Indian makers could charge at home by 10 to 15 percent.",
            "Meher Doshi-Kalra, a hospital pharmacist in Pune, said her hospital had enough stock of both antibiotics "
            "for six weeks.",
            "Adeyemo-Ashby said Nigeria would look for suppliers in China and Egypt if the curbs lasted.",
        ),
        [
            ("protect supplies", "commerce ministry", "institution", ""),  # the ministry as itself
            ("caught up with demand", "Kavita Raghunathan-Iyer", "official", ""),  # trade minister
            ("raise the matter", "Oluwaseun Adeyemo-Ashby", "official", "Nigeria"),  # "Nigeria's trade minister"
            ("80 million dollars", "Sanjay Kulkarni-Bose", "other", "Generic Medicine Exporters' Forum"),  # chairman
            ("10 to 15 percent", "Anjali Venkatraman-Holt", "analyst", "Parekh Vohra Securities"),  # pharma analyst
            ("six weeks", "Meher Doshi-Kalra", "other", ""),  # a hospital pharmacist
            ("China and Egypt", "Oluwaseun Adeyemo-Ashby", "official", ""),  # his surname alone
        ],
    ),
    (
        (
            "LONDON, Oct 30 (Reuters) - Britain's medicines regulator, the Medicines Standards Agency, declined on "
            "Thursday to approve an Alzheimer's drug from the U.S. drugmaker Pellister Labs, saying the benefit shown "
            "in trials was too small to outweigh the risk of brain swelling.",
            "The agency's commissioner, Rosalind Achterberg-Lowe, said the decision had been hard because patients had "
            "few other options.",
            '"We wanted to say yes. The data did not let us," Achterberg-Lowe said.',
            "Pellister Labs said it was disappointed and would appeal.",
            "Its chief medical officer, Owen Strathairn-Beck, said the company had data from a longer follow-up that "
            "it had not yet shown the agency.",
            "Helen Grisedale-Moss, founder of the patients' group Tidemark Dementia Trust, said families would be "
            "angry that a drug sold in the United States was kept from them.",
            "Jonathan Ebrill-Kaur, a professor of health economics at the University of Northam, said the drug's U.S. "
            "price of about 26,000 dollars a year would have made it hard for the health service to fund anyway.",
            "Caspar Whitlow-Fenn, a former official of the agency who now advises drugmakers at the consultancy "
            "Brackwater Partners, said the refusal would make other firms run larger trials before applying.",
            "Achterberg-Lowe said the agency would look again if Pellister brought new data.",
        ),
        [
            ("brain swelling", "Medicines Standards Agency", "institution", ""),  # the regulator, "saying"
            ("few other options", "Rosalind Achterberg-Lowe", "official", "Medicines Standards Agency"),  # commissioner
            ("say yes", "Rosalind Achterberg-Lowe", "official", ""),  # the same
            ("would appeal", "Pellister Labs", "institution", ""),  # the drugmaker as itself
            ("longer follow-up", "Owen Strathairn-Beck", "other", "Pellister Labs"),  # "Its chief medical officer"
            ("kept from them", "Helen Grisedale-Moss", "other", "Tidemark Dementia Trust"),  # the group's founder
            ("26,000 dollars", "Jonathan Ebrill-Kaur", "analyst", "University of Northam"),  # professor
            ("larger trials", "Caspar Whitlow-Fenn", "analyst", "Brackwater Partners"),  # former official, consultancy
            ("look again", "Rosalind Achterberg-Lowe", "official", ""),  # her surname alone
        ],
    ),
]
"""The whole batch of fictional stories of a sixty-seventh round of blind profile probes (pharmaceuticals, drug prices
and medicines regulators: a regulator's approval, a drugmaker's results, a health minister's price cap, a vaccine
factory suspended, a trade dispute over antibiotic exports, a regulator's refusal of an Alzheimer's drug), its wrong
count kept in sight."""

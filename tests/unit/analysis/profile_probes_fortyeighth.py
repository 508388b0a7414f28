"""The forty-eighth round of blind profile probes: fictional news of competition, antitrust and technology regulation
from the wire, the business pages and the policy press (a competition authority blocking a delivery-app merger, a
data-protection regulator's fine on a social network, an EU-style commissioner charging a search giant, a court cutting
a chipmaker's fine on appeal, a senator's bill on app stores) quoting the people such stories quote (the regulator's
chair, "X, who heads the authority's mergers unit", "Its general counsel, X,", an analyst at a bank, "a competition
partner at law firm Y who is not involved in the case", a consumer group, a parliamentary committee's chairman; a data
commissioner and "the office's deputy commissioner for enforcement", a company's spokeswoman, a data-protection lawyer,
an academic, a campaign group and its director; a competition commissioner, "Y's general counsel, X,", "the search
giant said", "a senior economist at Y, a consultancy", a trade group's head, a member of parliament who wrote the rules,
a person familiar with the case, analysts at a firm; a court "ruling that", a presiding judge, a chief legal officer, a
commission spokesman, "an antitrust lawyer at Y", an economist and partner at a consultancy, a users' federation; a
senator drafting a bill and her co-sponsor, a company and its vice president for government affairs, a developers'
coalition and its executive director, a former official now a fellow, a leadership spokesman, a consumer group's
policy analyst, a bank's analyst), and for each quote the speaker, kind and affiliation written before the stories were
run (test_profiles_blind_probes_fortyeighth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office or speaking for a state or an international body are officials (a
#: competition authority's chair and its mergers chief, a data commissioner and her deputy, a competition commissioner
#: and the commission's spokesman, a judge, legislators); economists at consultancies, analysts at banks and research
#: firms, an academic, a think-tank fellow and a consumer group's policy analyst are analysts; general counsels,
#: executives, outside lawyers and the heads of trade groups, campaign groups and coalitions are `other` of their body;
#: a company, a regulator, a court or a group speaking as itself is an `institution`; spokespeople not named, a person
#: familiar with the case and analysts at a firm are `unnamed`. A title ("Judge", "Senator", "Commissioner") is no part
#: of a name.
STORIES = [
    (
        (
            "LONDON -- Britain's Competition and Markets Board blocked the 9.8 billion pound takeover of the grocery "
            "delivery app Basketful by its larger rival Hurrydash on Tuesday, saying the deal would leave shoppers in "
            "most cities with a single provider.",
            "The regulator's chair, Margaret Oduya, said the two companies had competed hardest against each other "
            "and that no remedy they had offered would replace that rivalry.",
            "\"Where two firms are each other's closest competitor, a promise to behave is no substitute for a "
            'rival," Oduya said.',
            "Adrian Keel, who heads the authority's mergers unit, said the inquiry had examined more than 40,000 "
            "internal documents, including messages in which Hurrydash staff discussed raising delivery fees after "
            "the deal.",
            'Hurrydash said it was "deeply disappointed" and would appeal to the Competition Appeal Tribunal. Its '
            "general counsel, Sophie Brandt, said the regulator had ignored evidence that supermarkets were building "
            "delivery services of their own.",
            "Basketful's chief executive, Tomasz Wilk, said in a message to staff that the company would keep "
            "operating on its own and remained profitable in London.",
            "Shares in Hurrydash fell 6% in London. Nina Farrow, an analyst at Castlegate Bank, said the company had "
            "been expected to save about 300 million pounds a year from the deal.",
            "Daniel Mercer, a competition partner at law firm Holloway Prince who is not involved in the case, said "
            "the decision showed the regulator was willing to block deals in consumer markets even when the buyer "
            "offered to sell parts of the business.",
            '"Remedies used to be the way out. That door is now much narrower," Mercer said.',
            "The consumer group Shoppers' Voice said the ruling would protect delivery fees for millions of "
            "households.",
            "Gerald Pike, chairman of the parliamentary business committee, said the government should not overrule "
            "the regulator, as some investors had urged.",
            "The regulator said it would publish its full reasons next week.",
        ),
        [
            ("single provider", "Competition and Markets Board", "institution", ""),  # "blocked …, saying"
            ("competed hardest", "Margaret Oduya", "official", "Competition and Markets Board"),  # its chair
            ("no substitute for a rival", "Margaret Oduya", "official", "Competition and Markets Board"),  # the same
            ("40,000 internal documents", "Adrian Keel", "official", "Competition and Markets Board"),  # mergers unit
            ("deeply disappointed", "Hurrydash", "institution", ""),
            ("ignored evidence", "Sophie Brandt", "other", "Hurrydash"),  # its general counsel
            ("keep operating on its own", "Tomasz Wilk", "other", "Basketful"),  # chief executive
            ("300 million pounds", "Nina Farrow", "analyst", "Castlegate Bank"),  # an analyst at a bank
            ("willing to block deals", "Daniel Mercer", "other", "Holloway Prince"),  # partner at a law firm
            ("Remedies used to be", "Daniel Mercer", "other", "Holloway Prince"),  # the same
            ("protect delivery fees", "Shoppers' Voice", "institution", ""),  # a consumer group
            ("should not overrule", "Gerald Pike", "official", ""),  # chairman of a parliamentary committee
            ("full reasons next week", "Competition and Markets Board", "institution", ""),  # "The regulator said"
        ],
    ),
    (
        (
            "DUBLIN -- Ireland's Data Privacy Office fined the social network Chatterly 410 million euros on Thursday "
            "for processing the data of teenage users without a lawful basis, the regulator said.",
            "Commissioner Aoife Brennan said the company had set the accounts of users aged 13 to 17 to public by "
            "default for more than two years.",
            '"Children\'s data is not a growth strategy," Brennan said in a statement.',
            "The office's deputy commissioner for enforcement, Liam Carty, said Chatterly had three months to change "
            "its settings and must delete data gathered from the accounts.",
            "Chatterly, which is based in California, said it disagreed with the size of the fine and would appeal. "
            "A spokeswoman for the company said the settings had been changed in 2024, before the inquiry ended.",
            "Hannah Voss, a data-protection lawyer at Brightwater LLP, said the decision would force other apps "
            "popular with teenagers to review their defaults.",
            "Felix Amsel, who studies privacy regulation at Liffey University, said the fine was large in euros but "
            "small next to the company's annual profit.",
            '"A fine that a company can pay from one quarter\'s earnings is a cost of doing business," Amsel said.',
            "The Irish Council for Digital Rights, a campaign group, said the office had taken too long, noting that "
            "the first complaint was filed in 2021.",
            "Its director, Orla Madden, said children had been exposed for years while the inquiry ran.",
        ),
        [
            ("without a lawful basis", "Data Privacy Office", "institution", ""),  # "the regulator said"
            ("public by default", "Aoife Brennan", "official", ""),  # commissioner
            ("not a growth strategy", "Aoife Brennan", "official", ""),  # the same
            ("three months to change", "Liam Carty", "official", "Data Privacy Office"),  # deputy commissioner
            ("size of the fine", "Chatterly", "institution", ""),
            ("changed in 2024", "", "unnamed", ""),  # a spokeswoman not named
            ("review their defaults", "Hannah Voss", "other", "Brightwater LLP"),  # a lawyer at a firm
            ("large in euros", "Felix Amsel", "analyst", "Liffey University"),  # studies regulation at a university
            ("cost of doing business", "Felix Amsel", "analyst", "Liffey University"),  # the same
            ("taken too long", "Irish Council for Digital Rights", "institution", ""),  # a campaign group
            ("exposed for years", "Orla Madden", "other", "Irish Council for Digital Rights"),  # its director
        ],
    ),
    (
        (
            "BRUSSELS -- The European Commission charged the search giant Findex on Monday with favouring its own "
            "shopping and travel services in search results, in breach of the bloc's digital markets rules.",
            "Competition Commissioner Elena Marquardt said the company had been warned twice and had changed too "
            "little.",
            '"Gatekeepers do not get to mark their own homework," Marquardt told a news conference. "We will not '
            'wait years this time."',
            "The Commission said it could fine Findex up to 10% of its global turnover and order it to change how "
            "results are ranked.",
            "Findex's general counsel, Robert Ashdown, said the changes the Commission wanted would send users to "
            "fewer sites, not more.",
            "The search giant said in a blog post that it had already made more than 20 changes to its results pages "
            "in Europe.",
            "Ulrike Sandvoss, a senior economist at Kessler Economics, a consultancy that has advised rival comparison "
            "sites, said the case would turn on whether Findex's changes had increased traffic to rivals.",
            "Marc Delorme, who heads the Brussels office of the Digital Commerce Association, a trade group whose "
            "members include Findex, said the Commission was punishing a product that users liked.",
            "Pieter van Loon, a Dutch member of the European Parliament who helped write the rules, said the charge "
            "showed they had teeth.",
            "A person familiar with the case said the Commission hoped to reach a decision before the end of the year.",
            "Shares in Findex were little changed. Analysts at Norbridge Securities said a fine would be affordable "
            "but an order to rank results differently could cost the company more over time.",
        ),
        [
            ("warned twice", "Elena Marquardt", "official", ""),  # competition commissioner
            ("mark their own homework", "Elena Marquardt", "official", ""),  # the same, two sentences
            ("10% of its global turnover", "European Commission", "institution", ""),
            ("fewer sites, not more", "Robert Ashdown", "other", "Findex"),  # "Findex's general counsel"
            ("more than 20 changes", "Findex", "institution", ""),  # "The search giant said"
            ("increased traffic to rivals", "Ulrike Sandvoss", "analyst", "Kessler Economics"),  # economist
            ("punishing a product", "Marc Delorme", "other", "Digital Commerce Association"),  # heads its office
            ("had teeth", "Pieter van Loon", "official", "European Parliament"),  # a member of parliament
            ("before the end of the year", "", "unnamed", ""),  # a person familiar with the case
            ("would be affordable", "", "unnamed", "Norbridge Securities"),  # analysts at a firm
        ],
    ),
    (
        (
            "LUXEMBOURG -- The European Union's General Court on Wednesday cut a fine imposed on the chipmaker "
            "Veltron for abusing its dominance from 1.2 billion euros to 380 million euros, ruling that the "
            "Commission had overstated how long the abuse lasted.",
            "The court said the Commission had proved that Veltron paid computer makers to use its chips but had not "
            "shown that the payments continued after 2019.",
            "Judge Katrin Ahlers, who presided over the chamber, said in a summary read in court that the "
            'Commission\'s economic analysis had been "careful but incomplete".',
            "Veltron welcomed the ruling. Its chief legal officer, Hugh Barrington, said the company was studying the "
            "judgment and had not decided whether to appeal the remaining fine to the Court of Justice.",
            '"Eight years is a long time to wait to be told you were partly right," Barrington said.',
            "A Commission spokesman, Arnaud Vidal, said the Commission took note of the judgment and would study it "
            "carefully.",
            "Isabel Cortes, an antitrust lawyer at Mendel & Rowe in Brussels who is not involved in the case, said "
            "the court had again asked the Commission to back its claims with numbers rather than documents alone.",
            "Tobias Renner, an economist and partner at the consultancy Lindqvist Economic Partners, said the ruling "
            "would make the Commission more cautious in cases built on rebates.",
            "The European Computer Users' Federation, which had backed the Commission in the case, said consumers had "
            "paid more for laptops while the abuse went on.",
            "Veltron's shares rose 3% in Frankfurt. Sanjay Mehta, an analyst at Oakridge Capital, said the company "
            "had set aside the full fine and would now book a gain.",
        ),
        [
            ("overstated how long", "General Court", "institution", ""),  # "ruling that"
            ("continued after 2019", "General Court", "institution", ""),  # "The court said"
            ("careful but incomplete", "Katrin Ahlers", "official", ""),  # presiding judge, "the chamber" names no body
            ("studying the judgment", "Hugh Barrington", "other", "Veltron"),  # its chief legal officer
            ("partly right", "Hugh Barrington", "other", "Veltron"),  # the same
            ("took note of the judgment", "Arnaud Vidal", "official", "European Commission"),  # its spokesman
            ("numbers rather than documents", "Isabel Cortes", "other", "Mendel & Rowe"),  # lawyer at a firm
            ("more cautious", "Tobias Renner", "analyst", "Lindqvist Economic Partners"),  # consultancy economist
            ("paid more for laptops", "European Computer Users' Federation", "institution", ""),
            ("book a gain", "Sanjay Mehta", "analyst", "Oakridge Capital"),  # an analyst at a bank
        ],
    ),
    (
        (
            "WASHINGTON -- Senator Rachel Okafor, a Democrat from Oregon, introduced a bill on Thursday that would "
            "require the two largest app-store operators to let developers use their own payment systems.",
            "Okafor, who drafted the bill with a Republican colleague, said the stores' commissions of up to 30% were "
            "a tax on every small developer in the country.",
            '"If you build an app in a garage, you should not have to hand a third of your sales to a landlord," she '
            "said.",
            "Her co-sponsor, Senator Wade Harlan of Kansas, said the bill was about competition, not about punishing "
            "any one company.",
            "Orchard Inc., which runs the larger of the two stores, said the bill would weaken protections against "
            "fraud and malware.",
            "The company's vice president for government affairs, Lisa Chen, said in a letter to senators that the "
            "commission paid for reviewing 100,000 apps a week.",
            "The App Builders Coalition, which represents about 2,000 developers, said it had lobbied for the bill for "
            "three years. Its executive director, Marcus Bell, said small studios would invest the money they saved "
            "in hiring.",
            "Carol Jennings, a former Federal Trade Commission official who is now a fellow at the Hartwell "
            "Institute, said similar rules in South Korea had done little to lower prices for consumers.",
            "The bill faces a difficult path. A spokesman for the Senate leadership said no vote had been scheduled.",
            "Jordan Pike, a technology policy analyst at the consumer group Public Ledger, said shoppers would benefit "
            "only if developers passed the savings on.",
            "Greg Sutter, an analyst at Ridgeway Bank who covers Orchard, said the bill in its current form could cut "
            "the company's services revenue by about 4%.",
        ),
        [
            ("tax on every small developer", "Rachel Okafor", "official", ""),  # senator who drafted the bill
            ("hand a third of your sales", "Rachel Okafor", "official", ""),  # "she said"
            ("not about punishing", "Wade Harlan", "official", ""),  # senator, co-sponsor
            ("fraud and malware", "Orchard Inc.", "institution", ""),
            ("100,000 apps a week", "Lisa Chen", "other", "Orchard Inc."),  # vice president, "The company's"
            ("lobbied for the bill", "App Builders Coalition", "institution", ""),
            ("invest the money", "Marcus Bell", "other", "App Builders Coalition"),  # its executive director
            ("done little to lower prices", "Carol Jennings", "analyst", "Hartwell Institute"),  # a fellow now
            ("no vote had been scheduled", "", "unnamed", ""),  # a spokesman not named
            ("passed the savings on", "Jordan Pike", "analyst", "Public Ledger"),  # a consumer group's analyst
            ("services revenue", "Greg Sutter", "analyst", "Ridgeway Bank"),  # an analyst at a bank
        ],
    ),
]

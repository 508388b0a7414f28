"""The forty-fifth round of blind profile probes: fictional news of the business of pharmaceuticals and health care
from the wire and the financial and trade press (a drugmaker's results call and buyback, a drug regulator's
conditional approval after an advisory panel's split vote, a health minister's plan to cut the prices of new drugs, a
generic maker's patent fight in court, a gene-therapy biotech's funding round with an insurer and a hospital group)
quoting the people such stories quote (a drugmaker's chief executive, "X, who runs the company's oncology unit", "the
finance chief", its head of investor relations, "an analyst at Y who follows European drugmakers", "X of Y", analysts
at a firm; "the board's chief medical officer", a biotech's "founder and chief executive", "the panel's chair" who is
a neurologist at a university, a biostatistician who voted against, a patient group and "its chief executive", a
health minister, a regulator's spokeswoman, "X, who covers biotech stocks for Y", people who attended a meeting; a
health minister before parliament, a drugmakers' federation and its managing director, a statutory insurer and its
chief executive, a chamber of pharmacists' president, a private hospital group, a health economist at an institute, a
ministry spokesman, an opposition lawmaker "of the Greens"; a generic maker and its managing director, a judge's
ruling, a patent holder and "its general counsel", "Suryan's lawyer", "X, who tracks pharmaceutical companies at Y", a
lobby group of generic makers, a patient network's head, "a World Health Organization official …, who leads its work
on access to medicines"; a biotech, "the ophthalmologist who founded the company", "a partner at Y, which led the
round", an insurer and "its chief pharmacy officer", a hospital group and "X, who heads the group's ophthalmology
service", "a biotech analyst with Y", "the Food and Drug Administration's top gene-therapy regulator", a foundation's
chief executive), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_fortyfifth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people in public office or speaking for a state or an international body are officials (a
#: health minister, a drug regulator's chief medical officer, spokeswoman and gene-therapy head, a judge, a lawmaker, a
#: WHO official); analysts at brokerages, a health economist at an institute and university staff on an advisory panel
#: are analysts; executives of drugmakers, biotechs, insurers and hospital groups, their lawyers, venture investors,
#: the heads of patient groups, of a pharmacists' chamber and of a drugmakers' federation are `other` of their body; a
#: company, a federation, an insurer or a hospital group speaking as itself is an `institution`; analysts at a firm, a
#: ministry spokesman not named and people who attended a meeting are `unnamed`. A title ("Dr.", "Health Minister",
#: "Justice") is no part of a name.
STORIES = [
    (
        (
            "BASEL -- Helvarin Pharma raised its profit forecast for the year on Tuesday after sales of its obesity "
            "injection Slimora nearly tripled, the Swiss drugmaker said.",
            "Chief executive Matthias Egger told analysts on a conference call that the company had doubled its "
            "manufacturing capacity for the drug and would double it again by 2028.",
            '"We are no longer rationing supply, and that changes the conversation with every payer we talk to," '
            "Egger said.",
            "Anja Roth, who runs the company's oncology unit, said two of its cancer drugs would report late-stage "
            "trial results before the end of the year.",
            "The finance chief, Luca Bernasconi, said price cuts in the United States would take about 400 million "
            "francs off sales next year.",
            "Shares rose 6% in Zurich. Nadia Kessler, an analyst at Limmat Securities who follows European "
            "drugmakers, said the forecast still looked cautious.",
            '"They have guided low three times this year and beaten it three times," Kessler wrote in a note to '
            "clients.",
            "Another analyst, Tom Hargreaves of Carrow & Finch in London, said competition from a rival injection "
            "launched in March had so far done little damage.",
            "Helvarin said it would buy back up to 2 billion francs of its own shares over two years.",
            "The company's head of investor relations, Sabine Wyss, said the buyback would be paid for from cash and "
            "not with debt.",
            "Analysts at Corbel Partners said the buyback was smaller than some investors had hoped.",
        ),
        [
            ("nearly tripled", "Helvarin Pharma", "institution", ""),  # "the Swiss drugmaker said"
            ("double it again by 2028", "Matthias Egger", "other", "Helvarin Pharma"),  # chief executive
            ("no longer rationing supply", "Matthias Egger", "other", "Helvarin Pharma"),  # the same
            ("two of its cancer drugs", "Anja Roth", "other", "Helvarin Pharma"),  # runs the oncology unit
            ("400 million francs", "Luca Bernasconi", "other", "Helvarin Pharma"),  # the finance chief
            ("still looked cautious", "Nadia Kessler", "analyst", "Limmat Securities"),  # follows drugmakers
            ("guided low three times", "Nadia Kessler", "analyst", "Limmat Securities"),  # the same, "wrote"
            ("done little damage", "Tom Hargreaves", "analyst", "Carrow & Finch"),  # "X of Y"
            ("buy back up to 2 billion", "Helvarin Pharma", "institution", ""),  # "Helvarin said"
            ("paid for from cash", "Sabine Wyss", "other", "Helvarin Pharma"),  # head of investor relations
            ("smaller than some investors", "", "unnamed", "Corbel Partners"),  # analysts at a firm
        ],
    ),
    (
        (
            "CANBERRA -- Australia's Therapeutic Products Board approved the first pill for a rare muscle-wasting "
            "disease on Friday, a day after an advisory panel voted 9 to 4 in its favour.",
            "The board's chief medical officer, Dr. Helen Park, said in a statement that the approval was conditional "
            "on a second trial confirming that the drug slowed the disease.",
            "The drug, Myovance, is made by the Sydney biotech Corrivale Therapeutics, whose founder and chief "
            "executive, Ben Tiller, said the company would price it below $300,000 a year.",
            '"Families have waited twenty years for this. We are not going to make them wait for an argument about '
            'price," Tiller said.',
            "The panel's chair, Margaret Oyelaran, a neurologist at Westbrook University, said members had been "
            "split over whether the trial's main result was large enough to matter to patients.",
            "Two people who attended the meeting said the debate had run for more than six hours.",
            "Peter Lindqvist, a biostatistician at Eastgate University who was one of the four members who voted "
            "against, told the trade newsletter Pharma Dispatch that the approval set a low bar.",
            "The Muscular Dystrophy Alliance, a patient group, welcomed the decision. Its chief executive, Rachel "
            "Dunn, said about 1,200 Australians had the disease.",
            "Health Minister Mark Bellamy said the government would decide within six months whether to subsidise "
            "the drug under its public scheme.",
            "A spokeswoman for the board, Claire Nguyen, said the agency had approved the pill faster than any drug "
            "in its history.",
            "Corrivale's shares jumped 38%. Anil Varma, who covers biotech stocks for Harbourline Securities, said "
            "the conditional approval removed the biggest risk to the company.",
            "Corrivale said it expected the first patients to receive the drug in July.",
        ),
        [
            ("conditional on a second trial", "Helen Park", "official", "Therapeutic Products Board"),  # CMO
            ("below $300,000", "Ben Tiller", "other", "Corrivale Therapeutics"),  # founder and chief executive
            ("waited twenty years", "Ben Tiller", "other", "Corrivale Therapeutics"),  # the same
            ("large enough to matter", "Margaret Oyelaran", "analyst", ""),  # panel's chair, a university neurologist
            ("more than six hours", "", "unnamed", ""),  # people who attended
            ("set a low bar", "Peter Lindqvist", "analyst", "Eastgate University"),  # a biostatistician there
            ("1,200 Australians", "Rachel Dunn", "other", "Muscular Dystrophy Alliance"),  # its chief executive
            ("within six months", "Mark Bellamy", "official", ""),  # health minister
            ("faster than any drug", "Claire Nguyen", "official", "Therapeutic Products Board"),  # spokeswoman
            ("biggest risk to the company", "Anil Varma", "analyst", "Harbourline Securities"),  # covers biotech
            ("first patients to receive", "Corrivale Therapeutics", "institution", ""),  # "Corrivale said"
        ],
    ),
    (
        (
            "BERLIN -- Germany will force drugmakers to accept lower prices for new medicines after their first year "
            "on the market, Health Minister Katrin Vogel said on Wednesday, in a bid to close a 9 billion euro hole "
            "in the finances of the health insurance funds.",
            '"The price of a new drug should reflect what it does for patients, not what the market will bear," '
            "Vogel told parliament.",
            "The Federation of Innovative Drugmakers said the plan would push companies to launch new medicines in "
            "other countries first.",
            "Its managing director, Stefan Hauck, said 30 new drugs launched elsewhere in Europe last year had not "
            "yet reached German patients.",
            "The country's largest statutory insurer, Allkasse, backed the plan. Its chief executive, Julia Brenner, "
            "said spending on patented drugs had risen 11% last year while the number of prescriptions had barely "
            "moved.",
            "Thomas Reinhardt, the president of the Federal Chamber of Pharmacists, said pharmacies were already "
            "struggling with shortages of cheap generic antibiotics and children's fever syrup.",
            '"We spend two hours a day hunting for medicines that cost less than a cup of coffee," Reinhardt said.',
            "Medivita Kliniken, a private hospital group that runs 84 hospitals, said it supported lower drug prices "
            "but warned that hospitals were also owed money by the insurers.",
            "Oliver Stahl, a health economist at the Rhine Institute for Economic Research, said the savings would be "
            "closer to 2 billion euros than the 4 billion the ministry had estimated.",
            "A ministry spokesman said the bill would go to the cabinet in May.",
            "Opposition lawmaker Sevim Aksoy of the Greens said the plan did nothing about shortages.",
        ),
        [
            ("accept lower prices", "Katrin Vogel", "official", ""),  # health minister
            ("what the market will bear", "Katrin Vogel", "official", ""),  # the same
            ("other countries first", "Federation of Innovative Drugmakers", "institution", ""),
            ("30 new drugs", "Stefan Hauck", "other", "Federation of Innovative Drugmakers"),  # managing director
            ("risen 11% last year", "Julia Brenner", "other", "Allkasse"),  # insurer's chief executive
            ("children's fever syrup", "Thomas Reinhardt", "other", "Federal Chamber of Pharmacists"),  # president
            ("two hours a day", "Thomas Reinhardt", "other", "Federal Chamber of Pharmacists"),  # the same
            ("supported lower drug prices", "Medivita Kliniken", "institution", ""),  # a hospital group
            ("owed money by the insurers", "Medivita Kliniken", "institution", ""),  # the same, "but warned"
            ("closer to 2 billion", "Oliver Stahl", "analyst", "Rhine Institute for Economic Research"),
            ("cabinet in May", "", "unnamed", ""),  # a ministry spokesman, not named
            ("nothing about shortages", "Sevim Aksoy", "official", "Greens"),  # opposition lawmaker
        ],
    ),
    (
        (
            "NEW DELHI -- Indian generic drugmaker Suryan Pharma said on Monday it would launch a cheap copy of a "
            "best-selling diabetes drug next month after a court in New Delhi refused to block it.",
            "Suryan's managing director, Kiran Deshpande, said the copy would cost about a tenth of the original's "
            "price of 1,800 rupees for a month's supply.",
            "Justice Meera Anand wrote in her ruling that the patent holder had failed to show that the later patent "
            "covered anything more than a new salt form of an old molecule.",
            "The patent holder, Danish drugmaker Nordhavn Bio, said it would appeal. Its general counsel, Lars Holm, "
            "said the ruling ignored ten years of research.",
            '"If this stands, nobody will bring a new medicine to India first," Holm said in a telephone interview.',
            "Suryan's lawyer, Rajiv Malhotra, told reporters outside the court that the case was about whether a "
            "patent could be stretched to cover the same medicine twice.",
            "Leena Krishnan, who tracks pharmaceutical companies at Meridian Capital in Mumbai, said the launch could "
            "add 6 billion rupees to Suryan's sales in its first year.",
            "The Association of Generic Medicine Makers, a lobby group, said the ruling would help other companies "
            "that had challenged patents on older drugs.",
            "Ravi Menon, the head of the patient network Diabetes Care Forum, said millions of Indians who paid for "
            "medicines out of their own pockets would benefit.",
            "A World Health Organization official in Geneva, Dr. Anna Kowalczyk, who leads its work on access to "
            "medicines, said cheaper versions of the drug would matter well beyond India.",
            "Nordhavn's shares fell 3% in Copenhagen.",
        ),
        [
            ("cheap copy", "Suryan Pharma", "institution", ""),
            ("about a tenth", "Kiran Deshpande", "other", "Suryan Pharma"),  # managing director
            ("new salt form", "Meera Anand", "official", ""),  # a judge, "wrote in her ruling"
            ("would appeal", "Nordhavn Bio", "institution", ""),
            ("ten years of research", "Lars Holm", "other", "Nordhavn Bio"),  # its general counsel
            ("nobody will bring", "Lars Holm", "other", "Nordhavn Bio"),  # the same
            ("stretched to cover", "Rajiv Malhotra", "other", "Suryan Pharma"),  # "Suryan's lawyer"
            ("6 billion rupees", "Leena Krishnan", "analyst", "Meridian Capital"),  # tracks companies at a firm
            ("challenged patents", "Association of Generic Medicine Makers", "institution", ""),
            ("out of their own pockets", "Ravi Menon", "other", "Diabetes Care Forum"),  # a patient network's head
            ("well beyond India", "Anna Kowalczyk", "official", "World Health Organization"),  # leads its work
        ],
    ),
    (
        (
            "BOSTON -- Larkspur Genomics, a three-year-old biotech company, has raised $220 million to take its gene "
            "therapy for a rare form of blindness into a final trial, the company said on Thursday.",
            "Yuki Tanaka, the ophthalmologist who founded the company in her lab at a Boston hospital, said the money "
            "would last until 2028.",
            '"We cured the dogs. We have helped the first eleven patients. Now we have to prove it to a regulator," '
            "Tanaka said.",
            "Daniel Ruiz, a partner at Ashgrove Ventures, which led the round, said gene therapies had become easier "
            "to fund again after two lean years.",
            "The price of such treatments worries insurers. Cobalt Health, one of the largest US health insurers, "
            "said it would cover one-time gene therapies only under contracts that refund part of the price if the "
            "treatment stops working.",
            "Its chief pharmacy officer, Greg Whitman, said the company paid for 14 gene therapies last year, at an "
            "average of $2.3 million each.",
            "Brightwater Health, a nonprofit hospital group with 31 hospitals in New England, said its eye clinics "
            "had treated patients in the company's early trials. Dr. Sandra Lowe, who heads the group's "
            "ophthalmology service, said demand for places in the trial far exceeded supply.",
            "Jonathan Meyers, a biotech analyst with Stoughton & Reid, said investors were again willing to back "
            "companies that had not yet reached late-stage trials.",
            "The Food and Drug Administration's top gene-therapy regulator, Dr. Paul Weston, told a conference in "
            "Washington last week that the agency would accept smaller trials for very rare diseases.",
            "Patient advocates welcomed the news. The chief executive of the Foundation for Sight, Emily Cho, said "
            "about 3,000 Americans had the form of blindness.",
            "Tanaka said the company had no plans to sell itself.",
        ),
        [
            ("$220 million", "Larkspur Genomics", "institution", ""),
            ("last until 2028", "Yuki Tanaka", "other", "Larkspur Genomics"),  # who founded the company
            ("cured the dogs", "Yuki Tanaka", "other", "Larkspur Genomics"),  # the same
            ("two lean years", "Daniel Ruiz", "other", "Ashgrove Ventures"),  # a venture firm's partner
            ("refund part of the price", "Cobalt Health", "institution", ""),  # an insurer
            ("14 gene therapies", "Greg Whitman", "other", "Cobalt Health"),  # its chief pharmacy officer
            ("early trials", "Brightwater Health", "institution", ""),  # a hospital group
            ("far exceeded supply", "Sandra Lowe", "other", "Brightwater Health"),  # heads its service
            ("again willing to back", "Jonathan Meyers", "analyst", "Stoughton & Reid"),  # "analyst with Y"
            ("smaller trials", "Paul Weston", "official", "Food and Drug Administration"),  # a regulator
            ("3,000 Americans", "Emily Cho", "other", "Foundation for Sight"),  # a foundation's chief executive
            ("no plans to sell itself", "Yuki Tanaka", "other", "Larkspur Genomics"),  # the same
        ],
    ),
]

"""The twenty-eighth round of blind profile probes: fictional business and politics wire stories from Africa, the
Middle East and Central Europe (a Kenyan central bank decision, a Jordanian potash export deal, a Czech court ruling on
a bank levy, a Nigerian oil regulator's fine), with speakers of the kinds such stories quote (a central bank governor,
an economist at a bank, a fund manager, a finance ministry's spokesman, a minister, a company's chief executive and
spokeswoman, an analyst at a rating agency, a think-tank fellow, a judge, legislators, a regulator's head, a union
leader, officials left unnamed), and for each quote the speaker, kind, role and affiliation written before the stories
were run (test_profiles_blind_probes_twentyeighth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked. Ministers, a ministry's spokesman, judges and legislators are officials of their state, court or
#: party; a central bank's governor and a regulator's head are officials of their body; executives, a company's
#: spokeswoman and a union's leader are `other` of their company or union; economists, analysts at banks and rating
#: agencies, a fund manager and a think tank's fellow are analysts of their firm or think tank; an official who asked
#: not to be named is unnamed. A body speaking as itself is keyed by the fullest name the story gives it. One entry was
#: added after the first run: the court's own word in the lede ("saying it had been applied to profits made before the
#: law took effect"), which the blind gold left out.
STORIES = [
    (
        (
            "NAIROBI, Feb 12 (Reuters) - The Central Bank of Kenya raised its benchmark lending rate by 50 basis "
            "points to 11 percent on Wednesday, surprising markets that had expected no change.",
            "Governor Samuel Mwangi told a news conference the bank had acted because the shilling had weakened "
            "faster than it had forecast and fuel prices were climbing.",
            '"We would rather move early than chase inflation later," Mwangi said.',
            "Grace Otieno, an economist at Rift Valley Bank in Nairobi, said the decision showed the bank was more "
            "worried about the currency than about growth.",
            "A spokesman for the National Treasury, Daniel Kiprop, said the government still expected the economy "
            "to grow by more than five percent this year.",
            "Fund manager Peter Njoroge of Savanna Asset Managers said bond yields were likely to rise further in "
            "the coming weeks.",
            "The Kenya Association of Manufacturers said in a statement that higher borrowing costs would hurt "
            "small factories already struggling with power cuts.",
        ),
        [
            ("acted because the shilling", "Samuel Mwangi", "official", "Central Bank of Kenya"),  # governor
            ("move early", "Samuel Mwangi", "official", "Central Bank of Kenya"),  # governor
            ("more worried about the currency", "Grace Otieno", "analyst", "Rift Valley Bank"),  # economist
            ("five percent", "Daniel Kiprop", "official", "National Treasury"),  # spokesman
            ("bond yields", "Peter Njoroge", "analyst", "Savanna Asset Managers"),  # fund manager
            ("power cuts", "Kenya Association of Manufacturers", "institution", ""),
        ],
    ),
    (
        (
            "AMMAN, May 6 (Reuters) - Jordan's state-controlled Dead Sea Minerals Co signed a deal on Tuesday to "
            "sell 400,000 tonnes of potash a year to an Indian fertiliser group for five years.",
            "Chief Executive Omar Haddadin said the agreement would keep the company's plants running at full "
            "capacity until at least 2030.",
            "Energy and Mineral Resources Minister Lina Khatib told reporters the government would use part of the "
            "revenue to pay down debt.",
            "Rami Nasser, a senior fellow at the Levant Institute for Economic Studies in Amman, said the price in "
            "the deal looked low compared with recent sales to China.",
            "A company spokeswoman, Dana Saleh, said the price was in line with the market and would be reviewed "
            "every year.",
            "An official at the finance ministry, who asked not to be named, said the cabinet had approved the "
            "deal last week.",
        ),
        [
            ("full capacity", "Omar Haddadin", "other", "Dead Sea Minerals Co"),  # chief executive
            ("pay down debt", "Lina Khatib", "official", "Jordan"),  # energy and mineral resources minister
            ("looked low", "Rami Nasser", "analyst", "Levant Institute for Economic Studies"),  # senior fellow
            ("in line with the market", "Dana Saleh", "other", "Dead Sea Minerals Co"),  # spokeswoman
            ("approved the deal", "", "unnamed", "finance ministry"),  # an official who asked not to be named
        ],
    ),
    (
        (
            "PRAGUE, Sept 18 (Reuters) - The Czech Constitutional Court on Thursday struck down part of a windfall "
            "levy on banks, saying it had been applied to profits made before the law took effect.",
            "Judge Tomas Dvorak, who wrote the ruling, said the state could tax future profits but not past ones.",
            "Finance Minister Zuzana Horakova said the ministry would respect the ruling and find the missing "
            "revenue elsewhere in the budget.",
            "Jan Benes, a lawmaker for the opposition Civic Democrats, said the government should never have "
            "written the law that way.",
            "Martina Kralova, a senior director at Stellar Ratings in Frankfurt, said the ruling had no immediate "
            "effect on the country's credit rating.",
            "The Czech Banking Association said the ruling brought welcome certainty for lenders.",
            "Pavel Novak, chief executive of Vltava Bank, told Reuters his bank would ask for a refund of about "
            "300 million crowns.",
        ),
        [
            ("applied to profits", "Czech Constitutional Court", "institution", ""),  # added after the first run
            ("future profits", "Tomas Dvorak", "official", "Czech Constitutional Court"),  # judge
            ("respect the ruling", "Zuzana Horakova", "official", "Czech Republic"),  # finance minister
            ("never have written", "Jan Benes", "official", "Civic Democrats"),  # lawmaker
            ("no immediate effect", "Martina Kralova", "analyst", "Stellar Ratings"),  # senior director
            ("welcome certainty", "Czech Banking Association", "institution", ""),
            ("refund", "Pavel Novak", "other", "Vltava Bank"),  # chief executive
        ],
    ),
    (
        (
            "ABUJA, Nov 3 (Reuters) - Nigeria's upstream oil regulator fined Delta Crest Petroleum 2.5 billion "
            "naira on Monday for failing to report a pipeline spill in the Niger Delta within the time set by law.",
            "Ibrahim Yusuf, chief executive of the Nigerian Upstream Petroleum Regulatory Commission, said "
            "companies that hid spills would lose their licences.",
            "Delta Crest said it would appeal against the fine, adding that it had reported the spill as soon as "
            "its staff reached the site.",
            "Chinedu Okafor, head of the oil workers' union PENGASSAN in the region, said the company had cut "
            "maintenance staff for two years.",
            "Adaeze Eze, an oil and gas analyst at Lagos-based Harmattan Securities, said the fine was small "
            "next to the company's revenue but sent a strong signal.",
            "Senator Musa Bello, who chairs the Senate committee on petroleum, said the committee would hold a "
            "hearing on the spill next month.",
        ),
        [
            ("lose their licences", "Ibrahim Yusuf", "official", "Nigerian Upstream Petroleum Regulatory Commission"),
            ("appeal against the fine", "Delta Crest Petroleum", "institution", ""),
            ("maintenance staff", "Chinedu Okafor", "other", "PENGASSAN"),  # union head
            ("strong signal", "Adaeze Eze", "analyst", "Harmattan Securities"),  # oil and gas analyst
            ("hold a hearing", "Musa Bello", "official", ""),  # senator, committee chair
        ],
    ),
]

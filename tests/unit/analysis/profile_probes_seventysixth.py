"""The seventy-sixth round of blind profile probes: fictional news of drug patents running out and what follows, as the
wires, the business pages and the health-policy desks write them (the forty-fifth and sixty-seventh rounds had drug
prices and medicines regulators, so this one follows patent expiries, cheap copies and compulsory licences instead):
a Swiss drugmaker's results call after copies of its best seller arrived, with "after it said", "Its chief executive,
X" on the call, the chief executive quoted and then by his surname, "The company said", a pharmaceutical analyst at a
bank "said in a note to clients", "A Halvorne spokeswoman, X", a health economist at a university and a hospital's
chief pharmacist named after his title; a German patent court revoking a blood thinner's patent, with the court as
itself "in its ruling", "Presiding judge X wrote", the maker as itself and "Its chief executive, X", a generic
makers' lobby as itself and "Its director general, X", a campaigner at a patients' group, "X, an analyst at Y, wrote
in a note to clients" and "The court said"; a US medicines agency clearing the first swappable copy of a cancer drug,
with the agency as itself, "The agency's chief medical officer, Dr. X", "The agency said", "Tumavex's maker, X, said
in a statement", "X, a spokeswoman for Y", a senator "who chairs the Senate health committee", the copy maker's chief
executive after its short name, a hospital pharmacist and the senator by his surname; a Polish health minister's
threat to stop paying for a cystic fibrosis drug, with the ministry as itself, "Poland's health minister, X", her
surname in a direct quote, "The drug's maker, the British company X, said", a state insurer's "Its chief negotiator,
X", "X, a spokeswoman for the insurer", the maker's chief executive, a patients' group's campaigner, a health
economist and "The ministry said" last; and India's first compulsory licence in a decade, with the patent office as
itself "in its order", the patent holder as itself and "A spokeswoman for X, Y", "Its chief executive, X" after
"Hyderabad-based X", the director general of a generic makers' association, an aid group's campaigner, "Analyst X of
Y said in a note to clients", health ministry officials and the chief executive by his surname), and for each quote
the speaker, kind and affiliation written before the stories were run (test_profiles_blind_probes_seventysixth.py).
Blind:
11 wrong of 46. After the mends: 4 (see test_profiles_blind_probes_seventysixth.py for the misses by pattern, the
steps and what is left)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a medicines agency's chief medical officer, a judge, a health minister, a senator who chairs a
#: committee and the negotiator and spokeswoman of a state insurer (a state body that pays for medicines) are
#: `official` (staff tied to their body, a minister to the state that names them); a drugmaker's chief executive or
#: spokeswoman, a generic makers' lobby's director general, a patients' group's or an aid group's campaigner and a
#: hospital pharmacist are `other`; a health economist at a university and an analyst at a bank or brokerage are
#: `analyst`; health ministry officials not named are `unnamed`; a drugmaker, a court, an agency, a ministry, a lobby
#: and a patent office speaking as themselves are an `institution` under the fullest name the article gives them. "The
#: company said", "The court said" and "Its chief executive" are the body named before; "Tumavex's maker, X, said" and
#: "The drug's maker, the British company X, said" are X as itself.
STORIES = [
    (
        (
            "BASEL, Switzerland, July 24 (Reuters) - Shares in the Swiss drugmaker Halvorne Pharma fell 6% on Thursday "
            "after it said sales of its rheumatoid arthritis injection Ortevia dropped by a third in the second "
            "quarter as cheaper copies reached European pharmacies.",
            "Its chief executive, Matthias Oberholzer-Quint, told analysts on a call that the company had expected the "
            "fall and that three new medicines would make up the lost sales by 2028.",
            '"Ortevia has had a remarkable run, but every patent ends," Oberholzer-Quint said. "We have planned for '
            'this day for five years."',
            "The company said it now expected full-year core operating profit to fall by a low single-digit "
            "percentage at constant exchange rates, having previously forecast flat earnings.",
            "Sabine Rothmeier-Voss, a pharmaceutical analyst at Brennhaus Bank, said in a note to clients that the "
            "guidance looked cautious and that the launch of Halvorne's heart drug in the United States was going "
            "better than expected.",
            "A Halvorne spokeswoman, Carla Deventer-Pauli, said the company would not cut jobs at its plant in Stein "
            "because of the lower sales.",
            "Copies of Ortevia, known as biosimilars, have been sold in Europe since February at prices up to 70% "
            "below the original.",
            "Ingrid Salvesen-Moor, a health economist at the University of Lindgard, said the speed of the switch "
            "showed that hospitals and insurers had learned from earlier patent expiries.",
            "At Riksvang Hospital in Oslo, chief pharmacist Henrik Aasebo-Lund said nine in ten of its patients on "
            "Ortevia had moved to a biosimilar within two months, with no rise in complaints.",
            "Oberholzer-Quint said the company would defend its patents on a longer-acting version of the drug in "
            "court.",
        ),
        [
            ("dropped by a third", "Halvorne Pharma", "institution", ""),  # "after it said", the drugmaker
            (
                "three new medicines",
                "Matthias Oberholzer-Quint",
                "other",
                "Halvorne Pharma",
            ),  # "Its chief executive, X"
            ("every patent ends", "Matthias Oberholzer-Quint", "other", ""),  # his surname, direct
            ("low single-digit", "Halvorne Pharma", "institution", ""),  # "The company said"
            (
                "guidance looked cautious",
                "Sabine Rothmeier-Voss",
                "analyst",
                "Brennhaus Bank",
            ),  # a bank's analyst, in a note to clients
            ("not cut jobs", "Carla Deventer-Pauli", "other", "Halvorne"),  # "A Halvorne spokeswoman, X"
            (
                "learned from earlier",
                "Ingrid Salvesen-Moor",
                "analyst",
                "University of Lindgard",
            ),  # a health economist at a university
            ("nine in ten", "Henrik Aasebo-Lund", "other", "Riksvang Hospital"),  # a hospital's chief pharmacist
            ("longer-acting version", "Matthias Oberholzer-Quint", "other", ""),  # his surname alone
        ],
    ),
    (
        (
            "MUNICH, March 11 (Reuters) - A German patent court on Tuesday revoked a patent protecting the blood "
            "thinner Cardexin, opening the way for cheaper copies two years earlier than its maker, the U.S. "
            "drugmaker Trevalon Biosciences, had expected.",
            "The Federal Patent Court said in its ruling that the patent, filed in 2011, covered a salt of the drug "
            "that a skilled chemist would have found by routine testing.",
            "Presiding judge Katrin Wollenhaupt-Ries wrote that the extra years of protection the company sought were "
            '"not earned by any invention."',
            "Trevalon said in a statement that it disagreed with the decision and would appeal to the Federal Court of "
            "Justice.",
            "Its chief executive, Gregory Pellingham-Tate, said on a call with investors that Cardexin's sales in "
            "Germany were about 400 million euros a year and that its patents in France and Italy were not affected.",
            "The generic makers' lobby Equimed Europe said the ruling would save German health insurers hundreds of "
            "millions of euros a year.",
            "Its director general, Franziska Lembke-Harlow, said copies of Cardexin could be on sale by the summer at "
            "a fraction of the price.",
            "Monika Strassberg-Huyn, a campaigner at the patients' group Heart Patients Together, said many older "
            "patients had stopped taking the drug because of what it cost them each month.",
            "Peter Andrade-Kell, an analyst at Quarrendon Securities, wrote in a note to clients that the ruling cut "
            "his estimate of Trevalon's earnings next year by 4%.",
            "The court said Trevalon could still ask the higher court to restore the patent, but that copies could be "
            "sold while the appeal was heard.",
        ),
        [
            ("routine testing", "Federal Patent Court", "institution", ""),  # the court as itself, in its ruling
            ("not earned by any invention", "Katrin Wollenhaupt-Ries", "official", ""),  # a judge, "wrote"
            ("would appeal", "Trevalon Biosciences", "institution", ""),  # the maker as itself
            (
                "400 million euros",
                "Gregory Pellingham-Tate",
                "other",
                "Trevalon Biosciences",
            ),  # "Its chief executive, X"
            ("hundreds of millions", "Equimed Europe", "institution", ""),  # the lobby as itself
            (
                "fraction of the price",
                "Franziska Lembke-Harlow",
                "other",
                "Equimed Europe",
            ),  # "Its director general, X"
            (
                "stopped taking the drug",
                "Monika Strassberg-Huyn",
                "other",
                "Heart Patients Together",
            ),  # a patients' group's campaigner
            (
                "cut his estimate",
                "Peter Andrade-Kell",
                "analyst",
                "Quarrendon Securities",
            ),  # a brokerage's analyst, "wrote in a note to clients"
            ("restore the patent", "Federal Patent Court", "institution", ""),  # "The court said"
        ],
    ),
    (
        (
            "WASHINGTON (AP) — Federal regulators on Monday cleared the first copy of the breast cancer drug Tumavex "
            "that pharmacists may swap for the original without asking a doctor, a step that could cut the cost of a "
            "treatment that sells $4 billion a year.",
            "The National Drug Administration said the copy, made by the Indian drugmaker Veyrani Biologics, had been "
            "shown to work the same way as the original in a study of 700 patients.",
            "The agency's chief medical officer, Dr. Lorraine Pettigrew-Hale, said patients could expect the same "
            "results from either medicine and should ask their pharmacist if they had questions.",
            "The agency said it would publish its full review of the study data on its website within a week.",
            "Tumavex's maker, Brightmere Oncology, said in a statement that it would cut the list price of its drug by "
            "30% from July.",
            "Kayla Ashbourne-Reyes, a spokeswoman for Brightmere, said the company was confident that doctors would "
            "keep prescribing the original to patients already on it.",
            "Sen. Howard Delacroix-Pell, an Ohio Republican who chairs the Senate health committee, said the approval "
            'had come years too late because the company had built "a thicket of more than 100 patents" around the '
            "drug.",
            "Veyrani's chief executive, Anand Rao-Villiers, told reporters in Bengaluru that the company would launch "
            "its copy in September at about half the list price of the original.",
            "Teresa Obuya-Lang, a pharmacist at Wyckholm Memorial Hospital in Cleveland, said her hospital would start "
            "switching patients as soon as the copy reached its suppliers.",
            "Delacroix-Pell said his committee would hold a hearing next month on a bill that would limit how many "
            "patents a company can use to guard a single medicine.",
        ),
        [
            ("700 patients", "National Drug Administration", "institution", ""),  # the agency as itself
            (
                "same results",
                "Lorraine Pettigrew-Hale",
                "official",
                "National Drug Administration",
            ),  # "The agency's chief medical officer, Dr. X"
            ("30% from July", "Brightmere Oncology", "institution", ""),  # "Tumavex's maker, X, said"
            ("full review", "National Drug Administration", "institution", ""),  # "The agency said"
            ("keep prescribing", "Kayla Ashbourne-Reyes", "other", "Brightmere"),  # "X, a spokeswoman for Y"
            ("years too late", "Howard Delacroix-Pell", "official", ""),  # a senator who chairs a committee
            ("half the list price", "Anand Rao-Villiers", "other", "Veyrani"),  # "Veyrani's chief executive, X"
            (
                "start switching",
                "Teresa Obuya-Lang",
                "other",
                "Wyckholm Memorial Hospital",
            ),  # a hospital pharmacist
            ("hold a hearing", "Howard Delacroix-Pell", "official", ""),  # his surname alone
        ],
    ),
    (
        (
            "WARSAW, Oct 2 (Reuters) - Poland's health ministry said on Wednesday it would stop paying for a new "
            "cystic fibrosis treatment from January unless its maker agreed to cut the price, about 1 million zlotys "
            "per patient a year.",
            "Poland's health minister, Agnieszka Wrobel-Kantor, told reporters that the company had turned down every "
            "offer made in seven months of talks.",
            '"We will not sign a blank cheque for any company, however good its medicine," Wrobel-Kantor said.',
            "The drug's maker, the British company Ellisfield Therapeutics, said it had offered Poland the largest "
            "discount it gives anywhere in Europe.",
            "The talks are led by the state insurer, the Public Health Fund. Its chief negotiator, Tomasz "
            "Kielbasa-Orrin, said the fund could pay for the drug only if the company refunded the cost for patients "
            "whom it did not help.",
            "Ewa Rudnicka-Shore, a spokeswoman for the insurer, said about 900 patients in Poland could benefit from "
            "the treatment.",
            "Ellisfield's chief executive, Oliver Trantham-Gale, said in an interview that Poland was asking for a "
            "lower price than countries with far higher incomes had paid.",
            "Marta Zielonka-Faye, a campaigner at the patients' group Breathe Free Poland, said parents had begun "
            "raising money online to buy the drug in Germany.",
            "Piotr Lesniak-Dorne, a health economist at Mazovia University, said the fund's demand to be refunded for "
            "patients the drug did not help was becoming common across Europe.",
            "The ministry said late on Wednesday that the two sides would meet again next week.",
        ),
        [
            ("stop paying", "Poland's health ministry", "institution", ""),  # the ministry as itself
            ("seven months of talks", "Agnieszka Wrobel-Kantor", "official", "Poland"),  # "Poland's health minister"
            ("blank cheque", "Agnieszka Wrobel-Kantor", "official", ""),  # her surname, direct
            ("largest discount", "Ellisfield Therapeutics", "institution", ""),  # "The drug's maker, the company X"
            (
                "refunded the cost",
                "Tomasz Kielbasa-Orrin",
                "official",
                "Public Health Fund",
            ),  # a state insurer's "Its chief negotiator, X"
            ("900 patients", "Ewa Rudnicka-Shore", "official", "Public Health Fund"),  # "a spokeswoman for the insurer"
            ("far higher incomes", "Oliver Trantham-Gale", "other", "Ellisfield"),  # "Ellisfield's chief executive"
            (
                "raising money online",
                "Marta Zielonka-Faye",
                "other",
                "Breathe Free Poland",
            ),  # a patients' group's campaigner
            ("meet again", "Poland's health ministry", "institution", ""),  # "The ministry said"
            ("becoming common", "Piotr Lesniak-Dorne", "analyst", "Mazovia University"),  # a health economist
        ],
    ),
    (
        (
            "NEW DELHI, Jan 15 (Reuters) - The Indian Patent Office on Wednesday allowed a local drugmaker to make a "
            "cheap copy of a patented kidney cancer drug, the first such compulsory licence granted in India in more "
            "than a decade.",
            "The office said in its order that the drug's Swiss maker, Aldenmatt, had priced it so high that fewer "
            "than one in fifty patients who needed it could afford it.",
            'Aldenmatt said it was "deeply disappointed" and would challenge the order in the Delhi High Court.',
            "A spokeswoman for Aldenmatt, Simone Kaeslin-Brand, said the company had given the drug free to 4,000 "
            "patients in India last year through a programme run with hospitals.",
            "The licence went to Hyderabad-based Kavira Labs. Its chief executive, Suresh Naidu-Mehra, said the "
            "company would sell a month's supply for about 9,000 rupees, less than a twentieth of the original's "
            "price.",
            "Rohan Bhatnagar-Ellis, director general of the Indian Generic Medicines Association, said the order "
            "showed that India's patent law was working as parliament had intended.",
            "Leena Thottam-Roy, who campaigns on access to medicines for the aid group Medicines Within Reach, said "
            "other countries should now use the same power for drugs that their patients cannot afford.",
            "Analyst Claude Ferrand-Mossi of Lindtorp Bank said in a note to clients that India made up less than 1% "
            "of the drug's sales, but that the order could encourage other governments.",
            "Two officials at the health ministry said the government was considering licences for two more cancer "
            "drugs.",
            "Naidu-Mehra said Kavira would pay Aldenmatt a royalty of 6% of its sales, as the order requires.",
        ),
        [
            ("one in fifty", "Indian Patent Office", "institution", ""),  # "The office said in its order"
            ("deeply disappointed", "Aldenmatt", "institution", ""),  # the patent holder as itself
            ("4,000 patients", "Simone Kaeslin-Brand", "other", "Aldenmatt"),  # "A spokeswoman for X, Y"
            ("9,000 rupees", "Suresh Naidu-Mehra", "other", "Kavira Labs"),  # "Its chief executive, X"
            (
                "working as parliament",
                "Rohan Bhatnagar-Ellis",
                "other",
                "Indian Generic Medicines Association",
            ),  # a generic makers' association's director general
            (
                "same power",
                "Leena Thottam-Roy",
                "other",
                "Medicines Within Reach",
            ),  # an aid group's campaigner
            ("less than 1%", "Claude Ferrand-Mossi", "analyst", "Lindtorp Bank"),  # "Analyst X of Y"
            ("two more cancer drugs", "", "unnamed", ""),  # health ministry officials
            ("royalty of 6%", "Suresh Naidu-Mehra", "other", ""),  # his surname alone
        ],
    ),
]

"""The twenty-sixth round of blind profile probes: fictional European business and politics wire stories (an EU
competition fine on a software maker, a German coalition row over the budget, a strike at a French rail operator, a
Nordic bank's money-laundering probe), with speakers of the kinds such stories quote (a competition commissioner, a
company's general counsel, a consumer group, party leaders, a finance ministry's state secretary, an economist at an
institute, union leaders, a transport minister, a rail operator, commuters unnamed, a prosecutor, a bank's chairman,
an analyst at a brokerage, a financial watchdog, a person familiar with the matter), and for each quote the speaker,
kind, role and affiliation written before the stories were run (test_profiles_blind_probes_twentysixth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked. A commissioner is an official of the European Commission; ministers and a ministry's state secretary
#: are officials of their state; party leaders and lawmakers are officials of their party; a prosecutor is an
#: official of the prosecutor's office; executives, a bank's chairman and union leaders are `other` of their company
#: or union; economists and analysts are analysts of their firm or institute; commuters and a person familiar with
#: the matter are unnamed. A body speaking as itself is keyed by the fullest name the story gives it.
STORIES = [
    (
        (
            "BRUSSELS, Feb 11 (Reuters) - The European Commission fined Norvik Software 1.3 billion euros on "
            "Tuesday for tying its cloud storage service to its office programs, the largest antitrust penalty "
            "in the bloc this year.",
            "EU Competition Commissioner Helena Brandt told a news conference that the company had left rivals no "
            "fair chance to reach business customers for almost a decade.",
            '"Companies that dominate a market carry a special responsibility not to shut others out of it," '
            "Brandt said.",
            "Norvik Software's general counsel, Marcus Lindqvist, said the company would appeal against the "
            "decision at the General Court in Luxembourg.",
            "Lindqvist said customers had always been free to choose another storage provider and that the fine "
            "was out of proportion to any harm.",
            "The European Consumer Organisation, which filed the original complaint, said the ruling would bring "
            "lower prices for small firms.",
            "Pieter de Wolf, a competition lawyer at Van Damme Advocaten in Brussels, said the appeal could take "
            "up to four years.",
            "A spokeswoman for Norvik's U.S. parent, Halden Systems Inc., declined to comment on whether the "
            "group would set aside money for the fine.",
            "Shares in Halden Systems were down 2 percent. Tomasz Nowak, a software analyst at Warsaw broker "
            "Vistula Securities, said the fine was smaller than investors had feared.",
        ),
        [
            ("no fair chance", "Helena Brandt", "official", "European Commission"),  # competition commissioner
            ("special responsibility", "Helena Brandt", "official", "European Commission"),  # competition commissioner
            ("General Court in Luxembourg", "Marcus Lindqvist", "other", "Norvik Software"),  # general counsel
            ("free to choose", "Marcus Lindqvist", "other", "Norvik Software"),  # general counsel
            ("lower prices for small firms", "European Consumer Organisation", "institution", ""),
            ("up to four years", "Pieter de Wolf", "other", "Van Damme Advocaten"),  # competition lawyer
            ("declined to comment", "", "unnamed", "Halden Systems"),  # a spokeswoman for the parent
            ("smaller than investors", "Tomasz Nowak", "analyst", "Vistula Securities"),  # software analyst
        ],
    ),
    (
        (
            "BERLIN, Sept 3 (Reuters) - A row over next year's budget flared in Germany's coalition on Wednesday "
            "after the Free Democrats rejected a plan to loosen the debt brake for defence and rail spending.",
            "Free Democrat leader Jonas Reuter said his party would not vote for a budget that piled new debt on "
            "younger generations.",
            "Social Democrat co-leader Sabine Kessler accused him of putting party politics ahead of the country's "
            "security.",
            '"Nobody can explain to voters why we should let bridges crumble to keep a rule on paper," Kessler '
            "told reporters in the Bundestag.",
            "Finance Ministry State Secretary Lukas Hartmann said the ministry was still working on a compromise "
            "that would keep borrowing within the constitutional limit.",
            "Government spokesman Felix Baum said Chancellor Ingrid Vogel expected the coalition partners to reach "
            "an agreement before the cabinet meeting on Sept. 17.",
            "Claudia Sommer, an economist at the Kiel Institute for the World Economy, said the dispute was "
            "unsettling companies that were waiting for clarity on public investment.",
            "The opposition Christian Democrats said the government had lost its majority in all but name and "
            "called for a confidence vote.",
            "Green lawmaker Tobias Klein, who sits on the Bundestag's budget committee, said the Greens would "
            "back any deal that protected climate spending.",
            "Reuter later wrote on X that his party remained ready to talk but would not give up its principles.",
        ),
        [
            ("younger generations", "Jonas Reuter", "official", "Free Democrats"),  # party leader
            ("party politics ahead", "Sabine Kessler", "official", ""),  # party co-leader
            ("bridges crumble", "Sabine Kessler", "official", ""),  # party co-leader
            ("constitutional limit", "Lukas Hartmann", "official", "Germany"),  # finance ministry state secretary
            ("before the cabinet meeting", "Felix Baum", "official", "Germany"),  # government spokesman
            ("unsettling companies", "Claudia Sommer", "analyst", "Kiel Institute for the World Economy"),  # economist
            ("lost its majority", "Christian Democrats", "institution", ""),
            ("protected climate spending", "Tobias Klein", "official", ""),  # Green lawmaker
            ("ready to talk", "Jonas Reuter", "official", "Free Democrats"),  # party leader
        ],
    ),
    (
        (
            "PARIS, May 14 (Reuters) - Train drivers and conductors at French state rail operator SNCF walked out "
            "on Thursday in a strike over pay and pensions that halted most high-speed services out of Paris.",
            "SNCF said only one in three TGV trains was running and that regional services were badly disrupted "
            "across the country.",
            "Laurent Mercier, head of the CGT-Cheminots union, told France Info radio that the strike would go on "
            "until management reopened talks on the pension reform.",
            '"The rail workers did not start this fight, but we will finish it," Mercier said.',
            "Sud-Rail union leader Nadia Ferrand said her members had voted to renew the strike every 24 hours.",
            "Transport Minister Julien Moreau said the government would not reopen the pension reform but asked "
            "SNCF to improve its pay offer.",
            "Commuters waiting at the Gare de Lyon said they had no idea how they would get to work on Friday.",
            "SNCF Chief Executive Anne Roussel said in a letter to staff that the company had already offered a "
            "4 percent rise.",
            "A spokesman for the Paris region's transport authority, Ile-de-France Mobilites, said suburban "
            "lines would run a reduced service until at least Sunday.",
        ),
        [
            ("one in three TGV", "SNCF", "institution", ""),
            ("reopened talks", "Laurent Mercier", "other", "CGT-Cheminots"),  # union head
            ("did not start this fight", "Laurent Mercier", "other", "CGT-Cheminots"),  # union head
            ("every 24 hours", "Nadia Ferrand", "other", "Sud-Rail"),  # union leader
            ("would not reopen", "Julien Moreau", "official", "France"),  # transport minister
            ("no idea how", "", "unnamed", ""),  # commuters
            ("4 percent rise", "Anne Roussel", "other", "SNCF"),  # chief executive
            ("reduced service", "", "unnamed", "Ile-de-France Mobilites"),  # a spokesman for the authority
        ],
    ),
    (
        (
            "STOCKHOLM, Oct 22 (Reuters) - Swedish prosecutors have opened a criminal investigation into suspected "
            "money laundering at Baltic Nordbank, the Swedish Economic Crime Authority said on Wednesday.",
            "Chief Prosecutor Erik Sandberg said the probe concerned about 4 billion crowns that passed through "
            "accounts of non-resident clients at the bank's Estonian branch between 2017 and 2021.",
            '"We are at an early stage and nobody has been charged," Sandberg said.',
            "Baltic Nordbank Chairman Henrik Ahlström said the board would cooperate fully with the authorities "
            "and had hired an outside law firm to review the branch's past dealings.",
            "The bank's shares fell 9 percent in Stockholm. Sofia Lund, an analyst at brokerage Carnegie Partners, "
            "said investors feared a fine of the size paid by other Nordic lenders in earlier cases.",
            "Sweden's Financial Supervisory Authority said it was in contact with the bank and with its Estonian "
            "counterpart.",
            "A person familiar with the matter said the bank's chief executive had offered to step down but that "
            "the board had asked him to stay.",
            "Finance Minister Karin Holm said the case showed that banks needed to take their duties against "
            "money laundering more seriously.",
            "Mart Kask, head of the Estonian Financial Supervision Authority, told reporters in Tallinn that his "
            "agency had warned the branch twice about weak checks on its clients.",
            "Baltic Nordbank's largest shareholder, the pension fund Nordisk Pension, said it had asked the board "
            "for a full account of what it knew.",
        ),
        [
            ("criminal investigation", "Swedish Economic Crime Authority", "institution", ""),
            (
                "non-resident clients",
                "Erik Sandberg",
                "official",
                "Swedish Economic Crime Authority",
            ),  # chief prosecutor
            ("early stage", "Erik Sandberg", "official", "Swedish Economic Crime Authority"),  # chief prosecutor
            ("cooperate fully", "Henrik Ahlström", "other", "Baltic Nordbank"),  # chairman
            ("feared a fine", "Sofia Lund", "analyst", "Carnegie Partners"),  # analyst at a brokerage
            ("in contact with the bank", "Financial Supervisory Authority", "institution", ""),
            ("offered to step down", "", "unnamed", ""),  # a person familiar with the matter
            ("more seriously", "Karin Holm", "official", "Sweden"),  # finance minister
            ("warned the branch twice", "Mart Kask", "official", "Estonian Financial Supervision Authority"),  # head
            ("full account", "Nordisk Pension", "institution", ""),
        ],
    ),
]

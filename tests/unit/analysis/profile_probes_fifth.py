"""The fifth round of blind profile probes: fictional wire stories on central banks, courts, parliaments, ratings
agencies, unions, NGOs, a company's executives and an invented country's minister, and for each quote the speaker, kind
and affiliation written before the stories were run (test_profiles_blind_probes_fifth.py)."""

#: The batch: fictional wire stories and, for each quote, (a few words of it, speaker, kind, affiliation), written
#: before the stories were run. An affiliation left empty is not checked, as the scorer checks none.
STORIES = [
    (
        (
            "The Central Bank of Veldoria raised its main interest rate by half a point on Tuesday, its third increase "
            "this year.",
            '"Inflation is still far above our target," Governor Ilse Marant told a news conference in Corvasse.',
            "The bank said it stood ready to act again if prices kept rising.",
            "Finance Minister Tomas Reyl said the government respected the bank's independence.",
            "Nadia Ferrin, head of Europe equities at Castlebrook Bank, said the move had been priced in by markets.",
        ),
        [
            ("far above our target", "Ilse Marant", "official", "Central Bank of Veldoria"),
            ("stood ready to act again", "Central Bank of Veldoria", "institution", ""),
            ("respected the bank", "Tomas Reyl", "official", ""),
            ("priced in by markets", "Nadia Ferrin", "analyst", "Castlebrook Bank"),
        ],
    ),
    (
        (
            "The Supreme Court of Veldoria struck down a law on Thursday that would have let the government close "
            "newspapers without a court order.",
            "Court president Anselm Dray said the law breached the constitution's guarantee of a free press.",
            '"This is a good day for every reporter in the country," said Mira Holt, director of the Free Press '
            "Alliance, a media rights group.",
            "Justice Minister Paul Verrin said the government would study the ruling.",
        ),
        [
            ("breached the constitution", "Anselm Dray", "official", "Supreme Court of Veldoria"),
            ("a good day for every reporter", "Mira Holt", "other", "Free Press Alliance"),
            ("study the ruling", "Paul Verrin", "official", ""),
        ],
    ),
    (
        (
            "Kestrel Ratings cut Veldoria's credit rating by one notch to BB on Friday, citing a widening budget gap.",
            '"The government has not shown it can rein in spending," said Omar Saleh, a sovereign analyst at Kestrel '
            "Ratings.",
            "The national parliament's budget committee chairman, Rolf Andersen, said the cut was unfair.",
            "Council chairman Erik Lunde of the Veldorian Fiscal Council said the warning had been clear for months.",
        ),
        [
            ("cut Veldoria", "Kestrel Ratings", "institution", ""),
            ("rein in spending", "Omar Saleh", "analyst", "Kestrel Ratings"),
            ("the cut was unfair", "Rolf Andersen", "official", ""),
            ("clear for months", "Erik Lunde", "official", "Veldorian Fiscal Council"),
        ],
    ),
    (
        (
            "Workers at Tarnhold, the Nordic shipbuilder, walked out on Monday after talks on pay broke down.",
            '"Our members have not had a real raise in five years," said Greta Sund, leader of the Metal Workers\' '
            "Union.",
            "Tarnhold said it had offered a 4% increase and was ready to resume talks.",
            "A company spokeswoman, Lina Berg, said the yard would keep running with managers on the lines.",
            "Tarnhold chief executive Johan Falk said in a letter to staff that the strike put new orders at risk.",
        ),
        [
            ("a real raise in five years", "Greta Sund", "other", "Metal Workers' Union"),
            ("offered a 4% increase", "Tarnhold", "institution", ""),
            ("keep running with managers", "Lina Berg", "other", "Tarnhold"),
            ("put new orders at risk", "Johan Falk", "other", "Tarnhold"),
        ],
    ),
    (
        (
            "Aid group Bread for All said on Wednesday that food prices in northern Ostland had doubled since the "
            "floods.",
            '"Families are skipping meals," said Hanna Voss, the group\'s country director.',
            "The United Nations World Food Programme said it would send 2,000 tonnes of grain.",
            "Ostland's Agriculture Minister Pieter Kaan said imports would be allowed duty-free until March.",
            "Lars Nyberg, an economist at the Nordic Institute for Food Policy, said the price spike would fade by "
            "spring.",
        ),
        [
            ("had doubled since the floods", "Bread for All", "institution", ""),
            ("skipping meals", "Hanna Voss", "other", "Bread for All"),
            ("2,000 tonnes of grain", "United Nations World Food Programme", "institution", ""),
            ("duty-free until March", "Pieter Kaan", "official", ""),
            ("fade by spring", "Lars Nyberg", "analyst", "Nordic Institute for Food Policy"),
        ],
    ),
]

"""A grid of fictional profiles where a title held now before a name meets a "former" post after it ("Senator X, a
former prosecutor, said"), and its look-alikes, its wrong count kept in sight. By GUIDELINES a person in public office
speaks as an official of the body the title names, whatever they were before; a former holder of an office ("former
Senator X", "X, a former senator") speaks as an expert (`analyst`) of where they work now, if the story says; an
analyst whose past post was an office stays an analyst; and a retired head of state is a former official, though a
story may still call him "President X" once it has said he left office. The gold was written before the grid was run;
an affiliation left empty is not checked."""

from __future__ import annotations

from tests.quoting import wrong_in_stories

#: (paragraphs, [(a few words of the quote, speaker, kind, affiliation)]), the gold written before any run.
STORIES = [
    # A title of office held now before the name, a former post after it: a serving official.
    (
        ("Senator Ann Roe, a former prosecutor, said the bill would pass the chamber next week.",),
        [
            ("bill would pass", "Ann Roe", "official", ""),
        ],
    ),
    (
        ("Federal Reserve Governor Mara Fenn, a former Treasury official, said rates would stay on hold.",),
        [
            ("stay on hold", "Mara Fenn", "official", "Federal Reserve"),
        ],
    ),
    (
        ("Brenton City Council member Ida Sorel, a former teacher, said the school on Mill Road would stay open.",),
        [
            ("would stay open", "Ida Sorel", "official", "Brenton City Council"),
        ],
    ),
    (
        (
            "Norvik Central Bank Governor Tove Lind, a former economist at the finance ministry, "
            "said inflation had peaked.",
        ),
        [
            ("inflation had peaked", "Tove Lind", "official", "Norvik Central Bank"),
        ],
    ),
    (
        ("Defence Minister Karl Ostby, a former army colonel, said the brigade would move north in the spring.",),
        [
            ("brigade would move", "Karl Ostby", "official", ""),
        ],
    ),
    (
        ("Rep. Lena Marsh, a former Navy pilot, said the contract for the new trainer jets was overpriced.",),
        [
            ("was overpriced", "Lena Marsh", "official", ""),
        ],
    ),
    (
        ("Trade Minister Pia Holm, a former ambassador to Japan, said the tariff talks would resume in May.",),
        [
            ("talks would resume", "Pia Holm", "official", ""),
        ],
    ),
    (
        ("Mayor Oskar Vinter, a former police chief, said the new station would open in the autumn.",),
        [
            ("station would open", "Oskar Vinter", "official", ""),
        ],
    ),
    (
        (
            "Deputy Foreign Minister Jan Berge, a former envoy to the United Nations, "
            "told reporters the ceasefire held.",
        ),
        [
            ("ceasefire held", "Jan Berge", "official", ""),
        ],
    ),
    (
        ("Finance Minister Eva Dahl, a former central bank deputy governor, said the deficit would shrink next year.",),
        [
            ("deficit would shrink", "Eva Dahl", "official", ""),
        ],
    ),
    (
        (
            "Ambassador Nils Hauge, a former trade negotiator, said the embassy had raised "
            "the matter with the ministry.",
        ),
        [
            ("raised the matter", "Nils Hauge", "official", ""),
        ],
    ),
    (
        ("Governor Eli Strand, a former state senator, said the budget he signed on Friday would cut property taxes.",),
        [
            ("cut property taxes", "Eli Strand", "official", ""),
        ],
    ),
    (
        (
            "Sen. Ann Roe, a former Treasury official who now chairs the Senate banking "
            "committee, said the rule was dead.",
        ),
        [
            ("rule was dead", "Ann Roe", "official", ""),
        ],
    ),
    # A former holder of an office, however the story says it: an expert.
    (
        ("Former Senator Ruth Dale said the vote on the treaty had been a mistake.",),
        [
            ("been a mistake", "Ruth Dale", "analyst", ""),
        ],
    ),
    (
        ("Ruth Dale, a former senator, said the vote on the treaty had been a mistake.",),
        [
            ("been a mistake", "Ruth Dale", "analyst", ""),
        ],
    ),
    (
        ("Former Senator Ruth Dale, a former prosecutor, said the vote on the treaty had been a mistake.",),
        [
            ("been a mistake", "Ruth Dale", "analyst", ""),
        ],
    ),
    (
        ("Ruth Dale, a former senator who now heads the Vestby Foundation, said the treaty had been a mistake.",),
        [
            ("been a mistake", "Ruth Dale", "analyst", "Vestby Foundation"),
        ],
    ),
    (
        ("Former Treasury Secretary Ola Berg, a former investment banker, said the bond market was calm.",),
        [
            ("market was calm", "Ola Berg", "analyst", ""),
        ],
    ),
    (
        ("Retired General Hal Moen, a former army chief of staff, said the brigade was too small for the task.",),
        [
            ("too small", "Hal Moen", "analyst", ""),
        ],
    ),
    # A retired head of state the story still calls "President X".
    (
        (
            "Olav Tren, who left office in 2019 after two terms as president, spoke at the launch of his memoir in "
            "Halden on Tuesday.",
            "President Tren, a former general, said the border treaty he signed had kept the peace for a decade.",
        ),
        [("kept the peace", "Olav Tren", "analyst", "")],
    ),
    # An analyst whose former post was an office.
    (
        ("Ruth Aske, an analyst at the Kestrel Group and a former ambassador to Chile, said the election was close.",),
        [
            ("election was close", "Ruth Aske", "analyst", "Kestrel Group"),
        ],
    ),
    (
        (
            "Ruth Aske, a senior fellow at the Tarn Institute and a former deputy defence minister, "
            "said the plan failed.",
        ),
        [
            ("plan failed", "Ruth Aske", "analyst", "Tarn Institute"),
        ],
    ),
    # A title before the name that is no public office: the title's body, the former post left aside.
    (
        ("Kellow Mining chief executive Dag Lunde, a former senator, said the mine would reopen in June.",),
        [
            ("mine would reopen", "Dag Lunde", "other", "Kellow Mining"),
        ],
    ),
    (
        ("Professor Una Brekke, a former foreign minister, said the alliance had never been so divided.",),
        [
            ("never been so divided", "Una Brekke", "analyst", ""),
        ],
    ),
    (
        ("Kellow Nurses Union president Ana Roos, a former nurse, said the strike would last for weeks.",),
        [
            ("strike would last", "Ana Roos", "other", "Kellow Nurses Union"),
        ],
    ),
]

#: Wrong profiles of the grid (misprofiled, missed or found where no gold is): 8 of 25 before any mend (serving
#: senator, Fed governor, council member, central bank governor, representative, mayor, governor, and a chief
#: executive whose former senatorship made him an analyst).
#: 0 once a title of office held now before the name outweighs a post held before that the apposition gives, a title
#: kept for life only when the article does not say the person left office (titles_over_past_posts).
_WRONG_AT_MOST = 0


def test_titles_held_now_before_a_former_post_stay_within_the_grids_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong

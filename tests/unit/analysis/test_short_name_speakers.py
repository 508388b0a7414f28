""" "Its" opening a sentence after one in which a company spoke under its short name ("Trevalon said it would appeal to
the Federal Court of Justice. Its chief executive, X, said" after "the drugmaker Trevalon Biosciences") is that
company's, though the tagger read the short name as a common noun and the recogniser left it untagged, and the court
was named last (`short_name_speakers`). Another company named as a subject in what was said leaves "its" to the
other rules. Fictional companies and people."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_CASES = [
    (
        "A German court revoked a patent held by the U.S. drugmaker Trevalon Biosciences.",
        "Trevalon said in a statement that it disagreed with the decision and would appeal to the Federal Court of "
        "Justice.",
        "Its chief executive, Gregory Pellingham-Tate, said on a call with investors that sales were about 400 million "
        "euros a year.",
    ),
    (
        "A German court revoked a patent held by the U.S. drugmaker Trevalon Biosciences.",
        "Trevalon said in a statement that it disagreed with the decision and would appeal to the Federal Court of "
        "Justice. Its chief executive, Gregory Pellingham-Tate, said on a call with investors that sales were about "
        "400 million euros a year.",
    ),
    (
        "Regulators on Monday fined the chipmaker Trevalon Biosciences for abusing its hold on the market.",
        "Trevalon said it would challenge the fine before the General Court.",
        "Its chief executive, Gregory Pellingham-Tate, said on a call with investors that sales were about 400 million "
        "euros a year.",
    ),
]


@pytest.mark.parametrize("paragraphs", _CASES)
def test_its_chief_is_the_short_named_speakers(nlp, paragraphs):
    rows = profiles_of(nlp, *paragraphs)
    assert ("Gregory Pellingham-Tate", "other", "Trevalon Biosciences") in rows


def test_a_company_subject_in_what_was_said_is_left_alone(nlp):
    rows = profiles_of(
        nlp,
        "A German court revoked a patent held by the U.S. drugmaker Trevalon Biosciences.",
        "Trevalon said Corvane Labs had copied its pills for years.",
        "Its chief executive, Gregory Pellingham-Tate, said on a call with investors that sales were about 400 million "
        "euros a year.",
    )
    assert ("Gregory Pellingham-Tate", "other", "Corvane Labs") in rows

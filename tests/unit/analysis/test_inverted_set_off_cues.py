""" "And Harmon, said Delia Voss, who still works for him, never forgets a slight.": an inverted cue set off by commas
inside the clause it reports. The speaker is the name after the cue (with what describes it), and what was said is
the clause around the cue, its subject before the cue included (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "And Harmon, said Delia Voss, who still works for him, never forgets a slight.",
            ("Delia Voss", "Harmon never forgets a slight"),
        ),
        (
            "Marek's plans, said Ivo Brandt, an expert on ports at the Harbor Institute in Hull, would read this as a "
            "warning to the shipping lines.",
            ("Ivo Brandt", "Marek's plans would read this as a warning to the shipping lines"),
        ),
        (
            "The budget, said Delia Voss, will be cut again next year.",
            ("Delia Voss", "The budget will be cut again next year"),
        ),
        (
            "Harmon, said Delia Voss, was never told about the audit.",
            ("Delia Voss", "Harmon was never told about the audit"),
        ),
    ],
)
def test_the_name_after_an_inverted_cue_speaks_the_clause_around_it(nlp, text, said):
    assert said_by(nlp, text) == [said]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Okafor, a farmer, said the new rule would ruin the spring market.", ("Okafor", "the new rule would ruin")),
        ("The budget, Ines Clavel said, will be cut again next year.", ("Ines Clavel", "The budget will be cut")),
    ],
)
def test_cues_after_an_apposition_or_a_subject_are_read_as_before(nlp, text, said):
    ((speaker, quote),) = said_by(nlp, text)
    assert (speaker, said[1] in quote) == (said[0], True)

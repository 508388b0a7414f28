"""A given name the lexicon knows before a joined surname the recogniser tagged an organisation ("Doreen" +
"Kowalchuk-Baptiste") is one person's name when a clause hung on the name's verb goes on with the "she" or "he" of that
given name ("… taught Grade 4 for 31 years before she retired"), where a body would take "it": the "she recalls" after
is hers, not that of the woman who spoke before her (pronoun_clause_subjects.py)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by

_BEFORE_HER = f"Ingrid Haugland, a sociologist, says the town has changed. {L}It is a different place,{R} she says."
_BEFORE_HIM = f"Lyle Brandt, a sociologist, says the town has changed. {L}It is a different place,{R} he says."


@pytest.mark.parametrize(
    ("before", "opening", "name"),
    [
        (
            _BEFORE_HER,
            "Doreen Kowalchuk-Baptiste taught Grade 4 at the town school for 31 years before she retired in 2019.",
            "Doreen Kowalchuk-Baptiste",
        ),
        (
            _BEFORE_HER,
            "Doreen Petrenko-Hale ran the hardware store on Main Street for 22 years until she sold it in 2020.",
            "Doreen Petrenko-Hale",
        ),
        (
            _BEFORE_HIM,
            "Taras Sawchuk-Nyberg ran the hardware store on Main Street for 22 years until he sold it in 2020.",
            "Taras Sawchuk-Nyberg",
        ),
    ],
)
def test_the_person_the_pronoun_goes_on_with_speaks_next(nlp, before, opening, name):
    pronoun = "she" if name.startswith("Doreen") else "he"
    rows = said_by(
        nlp,
        before,
        f"{opening} The first year, there were six children in the class who spoke no English, {pronoun} recalls.",
    )
    assert rows[-1][0] == name


@pytest.mark.parametrize(
    "opening",
    [
        # the pronoun is not of the given name's gender: no sign that the two words are one person
        "Doreen Petrenko-Hale ran the hardware store on Main Street for 22 years until he sold it in 2020.",
        # a body goes on as "it"
        "Doreen Petrenko-Hale ran the hardware store on Main Street for 22 years until it closed in 2020.",
    ],
)
def test_no_sign_of_a_person_leaves_the_name_alone(nlp, opening):
    rows = said_by(
        nlp,
        _BEFORE_HER,
        f"{opening} The first year, there were six children in the class who spoke no English, she recalls.",
    )
    assert rows[-1][0] == "Ingrid Haugland"

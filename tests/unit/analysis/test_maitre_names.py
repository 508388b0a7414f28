"""A lawyer named after the title "Me" (maitre_names.py) is a person, without the title, and not an institution."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, profiles_of


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Lawyer Me Frédéric Lanctôt-Brière, who represents three bakeries, said the sign rules were applied "
            f"unevenly. {L}My clients just want to know the rule,{R} he said.",
            "Frédéric Lanctôt-Brière",
        ),
        ("Notary Me Hélène de la Rochette said the deed had been signed in March.", "Hélène de la Rochette"),
    ],
)
def test_a_lawyer_named_after_me_is_a_person(nlp, paragraph, speaker):
    assert {(s, kind) for s, kind, _ in profiles_of(nlp, paragraph)} == {(speaker, "other")}


def test_me_too_is_no_title(nlp):
    doc = nlp("Organisers of the Me Too March in Valmont said attendance had doubled.")
    assert not any(e.label_ == "PERSON" for e in doc.ents)

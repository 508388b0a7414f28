"""A given name before a double-barrelled surname that the recogniser or the tagger misread: "Anneliese" tagged a
nationality and "Varga-Lindholm" a product, or "Dolores" read as a plural noun with the surname left untagged. The
given name and the surname are one person, who spoke (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Anneliese Varga-Lindholm, chief executive of Coldharbour Storage, which has 900 megawatts of batteries "
            "operating in Nevada, says her company now spends more on grid studies than on land.",
            "Anneliese Varga-Lindholm",
        ),
        (
            "The meeting filled up early. Dolores Brannigan-Whitt, 58, a nurse from Elmhurst, testified that her "
            "water bill had tripled in a year.",
            "Dolores Brannigan-Whitt",
        ),
    ],
)
def test_a_misread_given_name_and_a_joined_surname_are_one_speaker(nlp, text, speaker):
    assert [name for name, _ in said_by(nlp, text)] == [speaker]


def test_a_given_name_after_an_inverted_cue_and_a_joined_surname_tagged_a_thing_are_one_speaker(nlp):
    text = (
        "“Lenders have every reason to stall when the forms get long,” says Felicity Rathbone-Iwu, director of "
        "lending policy at the advocacy group Fair Credit Watch."
    )
    assert [name for name, _ in said_by(nlp, text)] == ["Felicity Rathbone-Iwu"]

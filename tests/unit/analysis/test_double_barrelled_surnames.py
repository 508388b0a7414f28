"""A double-barrelled surname written alone whose first part the recogniser tagged as an organisation or a place
("Maalouf-Strand, the sociologist, says": "Maalouf" tagged alone) is the whole name, not its last part, and the
person so set off is whom the "she says" or "he said" after stands for (double_barrelled.py)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by

#: Surnames whose first part the recogniser tags alone, as an organisation ("Maalouf", "Lincoln") or a country.
_NAMES = ("Maalouf-Strand", "Lincoln-Ruiz", "Israel-Mendes", "Maalouf-Berg")


@pytest.mark.parametrize("name", _NAMES)
def test_the_whole_surname_speaks_and_her_pronoun_is_hers(nlp, name):
    rows = said_by(
        nlp,
        "A spokesperson for the Ministry of Health said in an email that the clinic was on the list. "
        f"{name}, the sociologist, says the clinic is where the town’s future is being decided. {L}The parents came "
        f"for the jobs,{R} she says.",
    )
    assert [speaker for speaker, _ in rows] == ["", name, name]


@pytest.mark.parametrize("name", _NAMES)
def test_the_whole_surname_after_another_speaker(nlp, name):
    rows = said_by(
        nlp,
        f"Dwayne Lindenau said the plant was full. {name}, the economist, said the town had grown too fast. "
        f"{L}Nobody planned for it,{R} he said.",
    )
    assert [speaker for speaker, _ in rows] == ["Dwayne Lindenau", name, name]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a firm of two hyphenated words with its trade set off stays the firm
            f"Kestrelford-Vale, a meat packer, said it would hire 200 workers. {L}We need them,{R} it said.",
            ["Kestrelford-Vale", "Kestrelford-Vale"],
        ),
        (  # a hyphenated title before a name is no part of the name
            "United Nations Secretary-General Amara Osei said the talks would resume.",
            ["Amara Osei"],
        ),
    ],
)
def test_near_misses_do_not_change(nlp, text, speakers):
    assert [speaker for speaker, _ in said_by(nlp, text)] == speakers

"""A person the recogniser tagged up to the hyphen of a double-barrelled surname ("Kondwani Phiri-"), the half after it
tagged a place, is given the whole name, and the joined surname alone later is the same person (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_person_cut_at_the_hyphen_of_the_surname_is_given_the_whole(nlp):
    found = said_by(
        nlp,
        "“This result was written before a single ballot was cast,” said Kondwani Phiri-Msiska, a spokesman for the "
        "opposition, at a news conference in Blantyre. “Correction fluid has become the most powerful politician in "
        "this country,” Phiri-Msiska said.",
    )
    assert [speaker for speaker, _ in found] == ["Kondwani Phiri-Msiska", "Kondwani Phiri-Msiska"]

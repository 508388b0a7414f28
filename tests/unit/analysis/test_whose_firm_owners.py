"""A person named with "whose firm, Y," after the name ("said Anouk Threlkeld-Maas, whose firm, Ostrander Bullion,
sells coins"), which the parser may hang on the name as its apposition, owns the firm and is no firm herself: she
spoke, and "she" after her is her (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_name_before_whose_firm_stays_a_person_who_spoke(nlp):
    rows = said_by(
        nlp,
        "Gold hit a record. “Central banks are buying, and retail investors are following,” said Anouk "
        "Threlkeld-Maas, whose firm, Ostrander Bullion, sells coins in Denver.",
        "Prices could climb another 10 percent by summer, she said by phone from her office.",
    )
    assert [speaker for speaker, _ in rows] == ["Anouk Threlkeld-Maas", "Anouk Threlkeld-Maas"]

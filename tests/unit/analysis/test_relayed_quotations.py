"""A quotation relayed after it by "was quoted as saying" or "quoted … as saying" is what the one quoted said
(relayed_quotations)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_quotation_before_was_quoted_as_saying_is_the_quoted_persons(nlp):
    said = said_by(nlp, "“This is alarming,” Oona Brackley-Sein was quoted as saying in a release.")
    assert said == [("Oona Brackley-Sein", "“This is alarming,”")]


def test_a_quotation_before_a_paper_quoted_her_as_saying_is_hers(nlp):
    said = said_by(nlp, "“This is alarming,” the Tarn Courier quoted Oona Brackley-Sein as saying.")
    assert said == [("Oona Brackley-Sein", "“This is alarming,”")]


def test_a_quotation_before_a_passive_of_no_relaying_verb_is_left_alone(nlp):
    said = said_by(nlp, "“This is alarming,” Oona Brackley-Sein was warned as a child.")
    assert said == []

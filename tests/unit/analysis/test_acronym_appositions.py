"""A body described and then named by its initials set off in commas speaks by those initials (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_initials_set_off_after_a_described_body_are_its_name(nlp):
    rows = said_by(
        nlp,
        "The U.N. peacekeeping mission in Mali, MINUSMA, said two soldiers had been wounded.",
        "The U.N. mission in Sudan, UNMIS, said the road was closed.",
    )
    assert [speaker for speaker, _ in rows] == ["MINUSMA", "UNMIS"]


def test_initials_the_parser_took_for_an_adverb_are_the_name_too(nlp):
    rows = said_by(nlp, "The U.N. refugee agency, UNHCR, said the camps were full.")
    assert rows == [("UNHCR", "the camps were full")]


def test_a_country_or_a_person_set_off_after_a_body_is_no_name_of_it(nlp):
    rows = said_by(nlp, "The ministry in Ostland, UK officials said, had frozen the accounts of three firms.")
    assert "UK" not in [speaker for speaker, _ in rows]

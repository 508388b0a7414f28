"""A joined surname the recogniser took for an organisation, after a capitalised word it left untagged, is a person
with that given name when what the name says opens with "her" or "his" ("Olfa Mejri-Stroud said her husband …"): a
body speaks of "its" things (analysis/possessive_after_cue.py, read by given_before_hyphen.py; fictional text)."""

from __future__ import annotations

from tests.quoting import L, R, profiles_of, said_by


def test_her_after_the_cue_makes_a_person_of_the_name(nlp):
    pairs = said_by(
        nlp,
        "Olfa Mejri-Stroud said that her husband had been held for 19 days before he saw a lawyer. "
        f"{L}I went to every police station in the city,{R} she said.",
    )
    assert [speaker for speaker, _ in pairs] == ["Olfa Mejri-Stroud", "Olfa Mejri-Stroud"]


def test_his_after_the_cue_makes_a_person_of_the_name(nlp):
    (row,) = profiles_of(nlp, "Skander Ferjani-Holt said his brother had been beaten in custody.")
    assert row[:2] == ("Skander Ferjani-Holt", "other")
    (row,) = profiles_of(nlp, "Hatem Mejri-Stroud said that his shop had been looted twice.")
    assert row[:2] == ("Hatem Mejri-Stroud", "other")


def test_a_company_that_speaks_of_its_own_stays_a_company(nlp):
    """The near miss: a body after a word of its trade speaks of "its" profit, and stays the body."""
    (row,) = profiles_of(nlp, "Carmaker Vollmer-Brandt said its profit fell by a third in the first quarter.")
    assert row[:2] == ("Vollmer-Brandt", "institution")

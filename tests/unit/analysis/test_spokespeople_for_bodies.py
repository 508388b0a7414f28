"""A spokesperson named after the body they speak for ("A spokesman for the company, Daniel Okafor, said"): the
parser hangs the name on "company", but the name is the spokesman's, a person whose role is the spokesman and whose
affiliation is the company named before; a body's own name set there ("for the operator, Harbour Transit,") stays
the body's."""

from __future__ import annotations

from dashboard.analysis.entities import entity_rows

from .grid_cells import second_paragraph_profiles


def test_a_spokesman_named_after_the_company_he_speaks_for_is_the_person(nlp):
    said = second_paragraph_profiles(
        nlp,
        (
            "Harlow Foods will close its bakery in Dunmore and cut 300 jobs, the firm said on Monday.",
            "A spokesman for the company, Daniel Okafor, said the cuts were painful but could not be avoided.",
        ),
    )
    assert ("Daniel Okafor", "other", "spokesman", "Harlow Foods") in said


def test_the_spokesperson_is_a_person_in_the_entities_table(nlp):
    doc = nlp("A spokeswoman for the firm, Maria Lund, said the plant would stay open.")
    assert [(r["canonical"], r["label"]) for r in entity_rows("a", [doc])] == [("Maria Lund", "PERSON")]


def test_a_body_named_after_the_body_noun_stays_the_body(nlp):
    doc = nlp("A spokesman for the operator, Harbour Transit, said the line would reopen on Friday.")
    assert ("Harbour Transit", "ORG") in [(r["canonical"], r["label"]) for r in entity_rows("a", [doc])]

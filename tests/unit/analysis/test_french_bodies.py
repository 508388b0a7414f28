"""Bodies named in French inside English text are one organisation (french_bodies.py): the agency that spoke "in a
statement" and then as "the office" is that body, and English after the name stays out of it."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Société de transport de Valmont will cut service on nine routes.", "Société de transport de Valmont"),
        ("The Office valmontois de la protection des lacs (OVPL) sent staff.", "Office valmontois de la protection"),
        ("Farmers of the Coordination paysanne de l’Estran union blocked it.", "Coordination paysanne de l’Estran"),
        ("An economist at the Institut d’économie littorale said prices would rise.", "Institut d’économie littorale"),
    ],
)
def test_a_body_named_in_french_is_one_organisation(nlp, text, name):
    names = [e.text for e in nlp(text).ents if e.label_ == "ORG"]
    assert any(n.startswith(name) for n in names), names
    assert not any(w in n for n in names for w in ("will", "union", "said", "sent", "staff"))


def test_an_english_office_is_left_alone(nlp):
    assert [e.text for e in nlp("The Office said it would wait for the audit.").ents] == []


def test_the_body_speaks_through_a_statement_and_as_the_office(nlp):
    rows = said_by(
        nlp,
        "The Office valmontois de la protection des lacs (OVPL) said it does not comment on open files. In an emailed "
        f"statement, the office said it received 400 complaints last summer. {L}Most cottagers comply once they are "
        f"told,{R} the statement said.",
    )
    assert {s for s, _ in rows} <= {"Office valmontois de la protection des lacs", "OVPL"}, rows
    assert len(rows) == 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The loan was arranged by the Union de Banques Maritimes et Fluviales, a Paris lender, the agency said.",
            "Union de Banques Maritimes et Fluviales",
        ),
        (
            "A consortium led by Union de Banques Nordiques et Baltes won the tender.",
            "Union de Banques Nordiques et Baltes",
        ),
    ],
)
def test_a_french_name_the_recogniser_tagged_whole_stays_whole(nlp, text, name):
    assert any(e.text.endswith(name) for e in nlp(text).ents if e.label_ == "ORG"), nlp(text).ents

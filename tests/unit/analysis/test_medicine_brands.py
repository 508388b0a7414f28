"""A name written right after the noun of a medicine ("its arthritis injection Ortevia", "the blood thinner Cardexin",
"the cancer drug Tumavex") is the medicine's brand in every mention, not an organisation: "Its chief executive" and
"The company said" after it stand for the drugmaker named before it, not the drug (`medicine_brands`). A company
that opens the clause after the noun ("the drug Aldenmatt sells") stays a company, and a person's surname there ("the
drug Bolland promoted") stays the person's. Fictional companies and people."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_MEDICINES = ["rheumatoid arthritis injection Ortevia", "blood thinner Ortevia", "asthma inhaler Ortevia"]


@pytest.mark.parametrize("medicine", _MEDICINES)
def test_the_company_and_its_chief_are_the_drugmakers(nlp, medicine):
    rows = profiles_of(
        nlp,
        f"Shares in the Swiss drugmaker Halvorne Pharma fell 6% on Thursday after it said sales of its {medicine} "
        "dropped by a third in the second quarter as cheaper copies reached European pharmacies.",
        "Its chief executive, Matthias Oberholzer-Quint, told analysts on a call that the company had expected the "
        "fall.",
        '"Ortevia has had a remarkable run, but every patent ends," Oberholzer-Quint said.',
        "Nine in ten patients on Ortevia at one Oslo hospital moved to a copy within two months.",
        "The company said it now expected full-year core operating profit to fall by a low single-digit percentage.",
    )
    assert ("Matthias Oberholzer-Quint", "other", "Halvorne Pharma") in rows
    assert ("Halvorne Pharma", "institution", "") in rows
    assert not [row for row in rows if row[0] == "Ortevia"]


def test_a_company_opening_the_clause_after_the_noun_stays_a_company(nlp):
    rows = profiles_of(
        nlp,
        "The price of the drug Aldenmatt sells in India has doubled since 2020.",
        "Aldenmatt said it would challenge the order.",
    )
    assert rows == [("Aldenmatt", "institution", "")]


@pytest.mark.parametrize(("full", "surname"), [("Peter Bolland", "Bolland"), ("Maria Kessen", "Kessen")])
def test_a_persons_surname_after_the_noun_stays_the_persons(nlp, full, surname):
    rows = profiles_of(
        nlp,
        f"President {full} spoke at the palace on Monday.",
        f"Doctors warned against hydroxychloroquine, the drug {surname} promoted last spring.",
        f"{surname} said the drug had saved lives.",
    )
    assert (full, "official", "") in rows

"""Organisations the recogniser took for people or missed, named in apposition to a company noun ("a builder, Tarn
Estates, which …", "the union Metall Nord,"), speak as institutions; "its" after a thing introduced by "a" means that
thing, not the last company; a role the parser strands before a name ("In a statement, vice-president of sales X
said") is still the person's. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def _profiles(nlp, *paragraphs: str) -> list[tuple[str, str, str, str]]:
    rows = quote_rows_of(nlp, *paragraphs)
    return [(r["speaker"], r["speaker_kind"], r["role"], r["affiliation"]) for r in rows]


def test_a_name_set_off_after_a_trade_noun_with_which_is_a_company_that_speaks(nlp):
    found = _profiles(
        nlp,
        "The old mill on the river was bought last spring by a developer, Larch Estates, which wants to build "
        "120 flats there.",
        "Larch Estates says it will keep the mill's brick facade.",
    )
    assert ("Larch Estates", "institution", "", "") in found


def test_the_union_with_a_name_the_recogniser_missed_is_that_union(nlp):
    found = _profiles(
        nlp,
        "The Ruritanian labour ministry said the closures would cost 2,000 jobs.",
        "The union Metall Nord, which represents workers at the two sites, said it would call a strike.",
    )
    assert ("Metall Nord", "institution", "", "") in found


def test_its_after_a_thing_introduced_by_a_is_no_company(nlp):
    found = _profiles(
        nlp,
        "The land was sold in May to a builder, Larch Estates, which plans 80 houses.",
        "A petition to keep the mill has more than 5,000 signatures. Its organiser, high school teacher Owen Marsh, "
        'calls the plan "a disgrace."',
    )
    assert [(name, role, affiliation) for name, _, role, affiliation in found if name == "Owen Marsh"] == [
        ("Owen Marsh", "organiser", "")
    ]


def test_a_role_the_parser_strands_before_the_name_is_kept(nlp):
    found = _profiles(
        nlp,
        "In a short statement, vice-president of operations Nadia Ferreira said the plant would reopen in May.",
    )
    assert [(name, kind, role) for name, kind, role, _ in found] == [
        ("Nadia Ferreira", "other", "vice-president of operations")
    ]


def test_a_person_opening_the_clause_after_a_phrase_ending_in_a_firm_stays_a_person(nlp):
    found = _profiles(
        nlp,
        "As a junior clerk at a Halden law firm, Marta Solberg said she was often left out of meetings.",
    )
    assert [(name, kind) for name, kind, _, _ in found] == [("Marta Solberg", "other")]

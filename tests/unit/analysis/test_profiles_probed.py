"""Speakers that blind probes of fictional business news got wrong: a hyphenated title the parser splits ("a company
vice-president"), a union's officer after the union was named, a minister after the ministry of the same country
spoke, and a union described by a clause after it was named. Fictional bodies and people throughout."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def _rows(nlp, *paragraphs: str) -> list[tuple[str, str, str, str]]:
    return [(r["speaker"], r["speaker_kind"], r["role"], r["affiliation"]) for r in quote_rows_of(nlp, *paragraphs)]


def test_a_hyphenated_title_the_parser_splits_keeps_the_company_before_it(nlp):
    rows = _rows(
        nlp,
        "Brenmoor Foods will close two bakeries in the north, the company said on Monday.",
        '"The plants are no longer viable," said a company vice-president, Anton Ferreira.',
    )
    assert rows[-1] == ("Anton Ferreira", "other", "vice-president", "Brenmoor Foods")


def test_a_union_officer_serves_the_union_named_before_not_the_company(nlp):
    rows = _rows(
        nlp,
        "Talks between Corvane Shipping and the Harbour Workers Alliance broke down on Tuesday.",
        "Union chairwoman Greta Solberg said the strike would last until the operators returned to the table.",
    )
    assert rows == [("Greta Solberg", "other", "chairwoman", "Harbour Workers Alliance")]


def test_a_union_officer_with_no_union_named_has_no_affiliation(nlp):
    rows = _rows(
        nlp,
        "Brenmoor Foods said on Monday it had appointed a new chief executive.",
        "A union chairwoman, Greta Solberg, said the staff welcomed the news.",
    )
    assert rows[-1][3] == ""


def test_a_portfolio_minister_is_of_the_country_whose_ministry_spoke(nlp):
    rows = _rows(
        nlp,
        "The Danish economy ministry said on Wednesday that output would grow 1.2 percent this year.",
        '"Exports are recovering faster than we thought," said Economy Minister Lukas Brandtner.',
    )
    assert rows[-1] == ("Lukas Brandtner", "official", "Economy Minister", "Denmark")


def test_a_prime_minister_serves_no_ministry_that_spoke(nlp):
    rows = _rows(
        nlp,
        "The Danish economy ministry said on Wednesday that output would grow 1.2 percent this year.",
        '"We are on the right track," said Prime Minister Lukas Brandtner.',
    )
    assert rows[-1][3] == ""


def test_a_body_described_after_it_was_named_is_the_one_named(nlp):
    rows = _rows(
        nlp,
        "The Harbour Workers Alliance warned on Monday that talks had stalled.",
        "The union representing dock workers says it will strike again on Friday unless pay talks resume.",
    )
    assert [r[0] for r in rows] == ["Harbour Workers Alliance"] * 2


def test_a_name_the_recogniser_missed_after_a_described_role_is_the_speaker(nlp):
    rows = _rows(
        nlp,
        "The Valmora Dockers Union said the strike would continue until operators offered more.",
        '"Our members have not had a real raise in five years," said the union\'s general secretary, Ana Ruiz.',
    )
    assert rows[-1] == ("Ana Ruiz", "other", "general secretary", "Valmora Dockers Union")


def test_a_lower_case_title_keeps_the_first_name_the_recogniser_left_out(nlp):
    rows = _rows(
        nlp,
        "Halvern Motors lowered its full-year profit forecast on Tuesday.",
        '"The second half will be tougher than we expected," chief executive Sonja Berglund told analysts.',
    )
    assert rows[-1] == ("Sonja Berglund", "other", "chief executive", "Halvern Motors")


def test_a_company_spokeswoman_reaches_back_to_the_company_that_spoke(nlp):
    rows = _rows(
        nlp,
        "Halvern Motors said on Tuesday it would cut 1,200 jobs at its plants in Ostmark.",
        "The company said demand for its vans had fallen by a third since January.",
        "Workers at the Ostmark plants were told of the cuts at a meeting on Monday morning.",
        "A company spokeswoman said talks with unions would begin next week.",
    )
    assert rows[-1] == ("", "unnamed", "spokeswoman", "Halvern Motors")


def test_an_organisation_quoted_as_a_subject_has_not_acted(nlp):
    rows = _rows(
        nlp,
        "The Financial Supervisory Authority of Ostmark fined Brask Bank 45 million euros on Monday.",
        '"Brask Bank failed to know its customers for years," the authority said in a statement.',
    )
    assert rows[0][:2] == ("Financial Supervisory Authority of Ostmark", "institution")


def test_a_governor_serves_the_central_bank_described_before(nlp):
    rows = _rows(
        nlp,
        "Sweden's central bank said on Tuesday it was likely to cut its key rate in June.",
        '"Inflation is now close to our target," Deputy Governor Lars Ekholm told reporters.',
    )
    assert rows[-1] == ("Lars Ekholm", "official", "Deputy Governor", "Sweden's central bank")


def test_a_name_with_a_particle_in_apposition_to_a_role_is_a_person(nlp):
    rows = _rows(
        nlp,
        "Dutch brewer Vandermolen agreed on Monday to buy rival Kessel Bier for 2.1 billion euros.",
        '"This deal makes us the leader in craft beer," Vandermolen\'s chief executive, Pieter de Ruyter, said.',
    )
    assert rows == [("Pieter de Ruyter", "other", "chief executive", "Vandermolen")]


def test_a_company_taken_for_a_person_owns_its_founder(nlp):
    rows = _rows(
        nlp,
        "Dutch brewer Vandermolen agreed on Monday to buy rival Kessel Bier for 2.1 billion euros.",
        "Kessel Bier's founder, Hanna Kessel, said she was proud of what the company had built.",
    )
    assert rows[-1][1:] == ("other", "founder", "Kessel Bier")


def test_a_name_ending_in_terminals_is_a_company(nlp):
    rows = _rows(nlp, "Port operator Keldan Terminals said its offer of 4 percent was fair.")
    assert rows == [("Keldan Terminals", "institution", "", "")]

"""A name that a third party gives a thing in a relative clause inside what another reports ("The union says the
company wants a new plan, which Tessaly Brunner called “…”") is that party's quote, set there by the writer, not part
of what the union said. A "what" clause stays in the report around it ("Other ministers denounced what X called …"),
and so does a name given unquoted ("what economists call loss aversion"). A clause of naming by the one who reports
("Pembleton said the plan, which he called “…”, would fail") stays one quote. Fictional texts on the real spaCy
pipeline."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_name_a_third_party_gives_inside_a_reported_clause_is_that_partys_quote(nlp):
    said = said_by(
        nlp,
        "Tessaly Brunner has led the drivers’ local at Corvell Haulage for six years.",
        "The union says the company wants to move new drivers onto a separate pay scale, which Brunner called "
        f"{L}a two-tier system that sets the young against the old.{R}",
    )
    assert ("Tessaly Brunner", f"{L}a two-tier system that sets the young against the old.{R}") in said, said
    assert any(speaker == "union" and "separate pay scale" in quote for speaker, quote in said), said


def test_a_name_given_by_a_named_body_in_a_which_clause_is_the_bodys(nlp):
    said = said_by(
        nlp,
        "The drivers’ union says Corvell Haulage wants to cut overtime rates, which Corvell Haulage described as "
        f"{L}the only way to keep the depot open.{R}",
    )
    assert any(speaker == "Corvell Haulage" and "keep the depot open" in quote for speaker, quote in said), said


def test_what_a_third_party_called_something_stays_in_the_report_around_it(nlp):
    said = said_by(
        nlp,
        "Other ministers denounced what Prime Minister Osric Pembleton called the island's "
        f"{L}reckless, dangerous{R} missile tests.",
    )
    assert len(said) == 1 and said[0][0] != "Osric Pembleton", said


def test_a_name_the_speaker_gives_in_its_own_clause_stays_one_quote(nlp):
    said = said_by(
        nlp,
        f"Osric Pembleton said the plan, which he called {L}a disgrace to the town,{R} would fail within a year.",
    )
    assert said == [
        ("Osric Pembleton", f"the plan, which he called {L}a disgrace to the town,{R} would fail within a year")
    ], said


def test_the_that_of_a_reported_clause_with_call_for_in_it_opens_no_naming(nlp):
    said = said_by(nlp, "Pembleton answered that the board that studied the Harlowmere fire had called for the rule.")
    assert said == [("Pembleton", "the board that studied the Harlowmere fire had called for the rule")], said


def test_a_term_a_group_calls_something_without_quotation_marks_is_no_quote_of_its_own(nlp):
    said = said_by(nlp, "Pembleton said the sales pitches relied on what economists call loss aversion.")
    assert said == [("Pembleton", "the sales pitches relied on what economists call loss aversion")], said

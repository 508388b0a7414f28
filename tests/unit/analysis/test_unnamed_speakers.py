"""Who speaks when the article does not say it by name: an unnamed spokesman, firms, two companies at once, a
pronoun for the topic of the passage (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import quote_rows_of, said_by


def _speakers(rows: list[dict]) -> list[tuple[str, str, str]]:
    return [(row["speaker"], row["speaker_kind"], row["affiliation"]) for row in rows]


def test_he_after_an_unnamed_spokesman_is_that_spokesman_not_the_person_named_before(nlp):
    rows = quote_rows_of(
        nlp,
        "Port director Lena Hart opened the new terminal on Friday. A spokesman for Norvale Shipping said the first "
        "vessels would dock in May. \u201cWe expect a busy summer for the whole coast,\u201d he said.",
    )
    assert _speakers(rows) == [("", "unnamed", "Norvale Shipping")] * 2
    assert rows[1]["quote"] == "\u201cWe expect a busy summer for the whole coast,\u201d"


def test_he_after_a_person_named_since_the_spokesman_is_that_person(nlp):
    rows = quote_rows_of(
        nlp,
        "A spokesman for Norvale Shipping said the ships would sail on time. Harbour master Piet Olsen was less "
        "sure. \u201cThe channel still needs dredging in two places,\u201d he said.",
    )
    assert [row["speaker"] for row in rows] == ["", "Piet Olsen"]


def test_organisations_named_by_a_plural_noun_alone_are_an_unnamed_group(nlp):
    rows = quote_rows_of(
        nlp,
        "Exporters' associations said the krona still had further to fall this year. Several firms said they would "
        "move production abroad.",
    )
    assert _speakers(rows) == [("", "unnamed", "")] * 2


def test_a_company_that_spoke_with_another_speaks_alone_when_named_alone(nlp):
    rows = quote_rows_of(
        nlp,
        "Halvor Motors Corp and Brekke Auto Group blamed high fuel prices for weak sales of large trucks in March.",
        "Halvor Motors Corp added that its truck sales fell nine percent in March while car sales fell four percent.",
    )
    assert [row["speaker"] for row in rows] == ["Halvor Motors Corp and Brekke Auto Group", "Halvor Motors Corp"]


def test_she_is_the_subject_of_the_main_clauses_not_a_name_in_a_relative_clause(nlp):
    rows = quote_rows_of(
        nlp,
        "Sarah Mitchell runs the bakery on the quay. She opened it after her mother, Linda Mitchell, retired, and she "
        "still uses the old oven that Karen Vell built for the family. \u201cIt bakes better than any new one,\u201d "
        "she says.",
    )
    assert [row["speaker"] for row in rows] == ["Sarah Mitchell"]


def test_a_spokeswoman_right_after_a_company_speaks_for_it(nlp):
    rows = quote_rows_of(
        nlp,
        "Vale Insurance Group reported a loss for the year. A spokeswoman said the storms in the autumn had cost more "
        "than expected.",
    )
    assert _speakers(rows) == [("", "unnamed", "Vale Insurance Group")]


def test_it_and_the_group_are_the_company_this_passage_is_about_not_one_that_spoke_before(nlp):
    rows = quote_rows_of(
        nlp,
        "Vale Insurance Group said its profits fell by a third in the last quarter.",
        "Nordic Steel AB cut its forecast on Monday. It said demand from carmakers had slowed sharply. The group "
        "also said prices would stay low. Analysts were not surprised. It added that it would close two plants next "
        "year.",
    )
    assert [row["speaker"] for row in rows] == ["Vale Insurance Group"] + ["Nordic Steel AB"] * 3


def test_a_lower_case_description_is_a_role_whatever_the_tagger_calls_it(nlp):
    # the small model tags a lower-case "baker" after "says the" as a proper noun; a name has a capital letter
    (row,) = quote_rows_of(nlp, "\u201cWe sold out by nine,\u201d says the baker.")
    assert (row["speaker"], row["role"], row["affiliation"]) == ("", "baker", "")


def test_the_insurer_is_the_company_named_last_even_when_it_has_not_yet_spoken_or_acted(nlp):
    rows = said_by(
        nlp,
        "Shares in Corvane Holdings fell 6 percent on Thursday after the insurer warned that storm claims would hit "
        "annual profit.",
        "The company said claims from the January storms would reach about 300 million pounds.",
    )
    assert [speaker for speaker, _ in rows] == ["Corvane Holdings", "Corvane Holdings"]

"""A public body's name whose last field after "and" the recogniser tagged as an organisation of its own ("Ministry
of Municipal Affairs" and "Housing") is one name again (`cut_and_names`), so the body speaks with its whole name; a
company, a second body or a minister's title after the "and" stays apart (real pipeline, fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def _organisations(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "ORG"]


def test_a_ministry_with_its_last_field_tagged_alone_speaks_whole(nlp):
    rows = said_by(
        nlp,
        "Quebec’s Ministry of Municipal Affairs and Housing said on Friday that the money had been sent to the towns.",
        "“Every town will have its share before the winter,” the ministry said.",
    )
    assert {s for s, _ in rows} == {"Quebec’s Ministry of Municipal Affairs and Housing"}


def test_a_department_of_two_fields_is_one_name(nlp):
    assert _organisations(nlp, "Manitoba’s Department of Families and Housing said the waiting list had grown.") == [
        "Manitoba’s Department of Families and Housing"
    ]


def test_the_whole_name_speaks_with_another_cue(nlp):
    rows = said_by(nlp, "Ontario’s Ministry of Municipal Affairs and Housing told reporters that the money was sent.")
    assert [s for s, _ in rows] == ["Ontario’s Ministry of Municipal Affairs and Housing"]


def test_a_name_the_recogniser_tagged_whole_is_unchanged(nlp):
    assert _organisations(nlp, "The province’s Ministry of Labour and Immigration said the rules would change.") == [
        "Ministry of Labour and Immigration"
    ]


def test_a_company_after_and_stays_apart(nlp):
    text = "Ontario’s Ministry of Municipal Affairs and Kestrel Systems signed the contract on Monday."
    assert "Kestrel Systems" in _organisations(nlp, text)


def test_a_second_ministry_after_and_stays_apart(nlp):
    text = "Ontario’s Ministry of Municipal Affairs and the Ministry of Finance signed the agreement on Monday."
    assert "the Ministry of Finance" in _organisations(nlp, text)


def test_a_ministers_title_after_and_is_no_field(nlp):
    text = "Ontario’s Ministry of Municipal Affairs and Housing Minister Tom Brannoch met the mayors on Monday."
    assert "Ontario’s Ministry of Municipal Affairs and Housing" not in _organisations(nlp, text)

"""A "when", "while", "after" or "as" clause that opens a sentence and ends at the comma before a closing cue sets the
scene of that cue ("When I ask him whether he will sell, he laughs."): features put the writer's question or the
moment there, and it is not what the speaker said. A clause before the comma that only holds such a clause inside
("When prices fall, farmers lose money, she says.") is still what was said. Fictional texts of our own."""

from __future__ import annotations

from tests.quoting import said_by


def _quoted(nlp, *paragraphs: str) -> list[str]:
    return [quote for _, quote in said_by(nlp, *paragraphs)]


def test_the_writers_question_before_a_laugh_is_no_quote(nlp):
    quotes = _quoted(
        nlp,
        "Hollis Gravenor has farmed the ridge for 40 years. When I ask him whether this harvest will be his last, he "
        "laughs.",
    )
    assert not any("When I ask him" in quote for quote in quotes), quotes


def test_a_when_clause_with_a_named_speaker_is_no_quote(nlp):
    quotes = _quoted(
        nlp,
        "Maren Lindqvist runs the co-op's grain elevator. When we asked about the price of wheat, Lindqvist laughed.",
    )
    assert not any("price of wheat" in quote for quote in quotes), quotes


def test_a_while_clause_that_sets_the_moment_is_no_quote(nlp):
    quotes = _quoted(
        nlp,
        "Odell Pruneau drives the school bus. While the children pile off at the last stop, Pruneau laughs.",
    )
    assert not any("children pile off" in quote for quote in quotes), quotes


def test_a_clause_that_holds_a_when_clause_is_still_what_was_said(nlp):
    rows = said_by(
        nlp,
        "Teodora Vasko sells feed to half the county. When prices fall, farmers stop buying, Vasko says.",
    )
    assert [speaker for speaker, quote in rows if "farmers stop buying" in quote] == ["Teodora Vasko"]


def test_a_clause_after_the_comma_of_an_as_clause_is_still_what_was_said(nlp):
    rows = said_by(
        nlp,
        "As the mayor prepared to speak at the fairgrounds on Friday, a teenager near the gate was knocked down by "
        "another visitor, police said.",
    )
    assert [quote for speaker, quote in rows if "knocked down" in quote], rows

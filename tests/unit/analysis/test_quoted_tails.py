"""A quotation with no cue after reported speech of the same speaker in the same paragraph (fictional texts).

When the reported words end in quotation marks and only their own cue follows ("… “far too costly,” Reyl said."), the
next quotation is more quoted words of that speaker with no new cue: one quote, direct. Reported speech with no words
in marks stays a quote of its own, and the quotation after it another (the dev gold lists the two apart)."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def _quotes(nlp, *paragraphs: str) -> list[tuple[str, str, bool]]:
    return [(r["speaker"], r["quote"], r["direct"]) for r in quote_rows_of(nlp, *paragraphs)]


def test_a_quotation_after_reported_words_that_end_in_marks_goes_on_with_them(nlp):
    rows = _quotes(
        nlp,
        "The ferry to Skarholm is \u201cfar too costly to keep running,\u201d said harbour master Tomas Reyl. "
        "\u201cWe lose money on every winter crossing.\u201d",
    )
    assert len(rows) == 1
    speaker, quote, direct = rows[0]
    assert speaker == "Tomas Reyl" and direct
    assert "far too costly" in quote and "every winter crossing" in quote


def test_the_same_with_the_cue_after_its_speaker(nlp):
    rows = _quotes(
        nlp,
        "The winter timetable was \u201ca promise nobody could keep,\u201d Tomas Reyl told the council. "
        "\u201cThe boats are older than the crews who sail them.\u201d",
    )
    assert [(speaker, direct) for speaker, _, direct in rows] == [("Tomas Reyl", True)]
    assert "older than the crews" in rows[0][1]


def test_reported_speech_with_no_words_in_marks_and_the_quotation_after_it_stay_two_quotes(nlp):
    rows = _quotes(
        nlp,
        "Harbour master Tomas Reyl said the ferry to Skarholm would stop running in March. "
        "\u201cWe lose money on every winter crossing.\u201d",
    )
    assert [(speaker, direct) for speaker, _, direct in rows] == [("Tomas Reyl", False), ("Tomas Reyl", True)]


def test_no_join_across_narration_about_someone_else(nlp):
    rows = _quotes(
        nlp,
        "The ferry to Skarholm is \u201cfar too costly to keep running,\u201d said harbour master Tomas Reyl. "
        "His deputy, Ona Brisk, shook her head at the back of the hall. "
        "\u201cWe lose money on every winter crossing.\u201d",
    )
    assert len(rows) == 2 and "every winter crossing" not in rows[0][1]
    assert rows[1][0] == "Ona Brisk"


def test_a_new_cue_after_a_quotation_makes_a_quote_of_its_own(nlp):
    rows = _quotes(
        nlp,
        "\u201cWe lose money on every winter crossing,\u201d said harbour master Tomas Reyl. "
        "He added that the ferry was \u201cfar too costly to keep running.\u201d",
    )
    assert [speaker for speaker, _, _ in rows] == ["Tomas Reyl", "Tomas Reyl"]
    assert "every winter crossing" not in rows[1][1]

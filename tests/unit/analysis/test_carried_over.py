"""A quotation carried on over paragraphs by the news convention (analysis/quotes/carried_over.py): each paragraph
opens with a quotation mark and only the last closes. When no one spoke before it, the paragraphs left open are the
words of the speaker the first cued paragraph after them names, and one quote with it (fictional text)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_LEDE = "The ferry from Aster Bay to Kell Island has run late every morning since the new timetable began in May."


def test_paragraphs_left_open_before_the_first_cue_are_the_cued_speaker_s(nlp):
    said = said_by(
        nlp,
        _LEDE,
        f"{L}We warned the operator that the crossing cannot be done in forty minutes.",
        f"{L}The tide decides how fast we go, not a printed sheet.",
        f"{L}Nobody asked the crews,{R} said Hanna Ostrova, a deckhand for eleven years.",
    )
    assert [speaker for speaker, _ in said] == ["Hanna Ostrova"]  # one quote over the three (opened_runs.py)
    assert "cannot be done in forty minutes" in said[0][1] and "Nobody asked the crews" in said[0][1]


def test_a_paragraph_left_open_before_narration_gets_no_speaker_this_way(nlp):
    said = said_by(
        nlp,
        _LEDE,
        f"{L}We warned the operator that the crossing cannot be done in forty minutes.",
        f"The operator, Kell Lines, said the timetable would be reviewed. {L}It is a fair point,{R} it said.",
    )
    assert all("forty minutes" not in quote for _, quote in said)


def test_paragraphs_left_open_with_straight_marks_are_the_cued_speaker_s(nlp):
    said = said_by(
        nlp,
        _LEDE,
        '"We warned the operator that the crossing cannot be done in forty minutes.',
        '"Nobody asked the crews," said Hanna Ostrova, a deckhand for eleven years.',
    )
    assert [speaker for speaker, _ in said] == ["Hanna Ostrova"]  # one quote over the two (opened_runs.py)
    assert "forty minutes" in said[0][1]


def test_a_stray_straight_mark_before_narration_is_no_quotation_of_the_next_curly_one(nlp):
    said = said_by(
        nlp,
        _LEDE,
        '"Hanna Ostrova, a deckhand for eleven years, has crossed the bay more than four thousand times.',
        f"{L}Nobody asked the crews,{R} Ostrova said.",
    )
    assert all("four thousand times" not in quote for _, quote in said)

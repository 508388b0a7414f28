"""A quotation with no cue of its own whose speaker the next sentence names by pointing back at it with a
demonstrative subject ("Those are the words of X", "That is how X puts it", "So says X"), and sentences of the same
shape that name no speaker (a noun that is not one of speech, a verb that is not one of saying). Fictional texts."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by

_OPENING = f"{L}Keep the lights on and the doors open.{R}"
_EARLIER = f"{L}We will reopen the library by spring,{R} said councillor Brent Oduya."


@pytest.mark.parametrize(
    "pointing",
    [
        "Those were the orders Priya Lindgren gave her staff on the first morning of the storm.",
        "That is how Priya Lindgren puts it, two weeks after the storm.",
        "Those are the words of Priya Lindgren, who runs the shelter on Dock Street.",
        "That was the message from Priya Lindgren at the shelter on Monday.",
        "That was the warning Priya Lindgren gave the volunteers.",
        "Those are Priya Lindgren's instructions to every new volunteer.",
        "That sums up the view of Priya Lindgren, who runs the shelter on Dock Street.",
        "That is what Priya Lindgren told the volunteers on Monday.",
        "That, at least, is how Priya Lindgren sees it.",
        "Those words belong to Priya Lindgren, who runs the shelter on Dock Street.",
    ],
)
def test_a_demonstrative_naming_whose_words_they_were_gives_the_quotation_its_speaker(nlp, pointing):
    """ "“…” Those are the words of X": the subject points back at the quotation and X said it, not the speaker
    of the paragraph before."""
    rows = said_by(nlp, _EARLIER, f"{_OPENING} {pointing} The shelter has 40 beds.")
    assert rows[1] == ("Priya Lindgren", _OPENING)


def test_so_says_a_person_after_a_quotation_is_its_speaker(nlp):
    """ "So says X" is a cue of its own, linked to the quotation before it (a guard: it held before this rule)."""
    rows = said_by(nlp, _EARLIER, f"{_OPENING} So says Priya Lindgren, who runs the shelter on Dock Street.")
    assert rows[1] == ("Priya Lindgren", _OPENING)


def test_a_quotation_ending_a_paragraph_after_another_speaker_is_the_one_pointed_at(nlp):
    """The quotation comes after a quote by someone else in the same block; the sentence after it names its
    speaker, so it is not more of the quote before."""
    rows = said_by(
        nlp,
        f"{L}The roof held,{R} said Brent Oduya, a councillor. The shelter opened at noon. {_OPENING} Those are the "
        "words of Priya Lindgren, who runs it.",
    )
    assert ("Priya Lindgren", _OPENING) in rows
    assert ("Brent Oduya", _OPENING) not in rows


def test_a_quotation_ending_a_paragraph_is_the_one_the_next_paragraph_points_back_at(nlp):
    """A block that ends with a quotation, and the next block opens "Those are the words of X": X said it."""
    rows = said_by(
        nlp,
        _EARLIER,
        f"The storm knocked out power on Dock Street for three days. {_OPENING}",
        "Those are the words of Priya Lindgren, who runs the shelter. It has 40 beds.",
    )
    assert ("Priya Lindgren", _OPENING) in rows
    assert ("Brent Oduya", _OPENING) not in rows


@pytest.mark.parametrize(
    "pointing",
    [
        "That was the year Priya Lindgren moved to Dock Street.",
        "That is the house Priya Lindgren built.",
        "That is what Priya Lindgren saw from the window.",
        "That belongs to Priya Lindgren, who runs the shelter on Dock Street.",
    ],
)
def test_a_demonstrative_with_no_noun_of_speech_or_verb_of_saying_names_no_speaker(nlp, pointing):
    rows = said_by(nlp, _EARLIER, f"{_OPENING} {pointing}")
    assert all(speaker != "Priya Lindgren" for speaker, _ in rows)


def test_a_description_that_told_the_words_pointed_back_at_is_their_speaker(nlp):
    """ "That is what the night nurse told the board": the definite description is the subject of the saying verb,
    and stands for the person the article gave it to."""
    rows = said_by(
        nlp,
        "Priya Lindgren, a night nurse, has run the Dock Street shelter since the storm.",
        f"{_EARLIER} {_OPENING} That is what the night nurse told the board.",
    )
    assert ("Priya Lindgren", _OPENING) in rows

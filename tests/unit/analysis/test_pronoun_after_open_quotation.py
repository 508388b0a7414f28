"""A "he" or "she" that cues a quotation run on from paragraphs opened and never closed stands for the speaker of the
paragraph before that run, not for someone further back whose gender the article told (analysis/quotes/
previous_speakers.py): the unclosed quotation names no one and is the words of the one the pronoun stands for
(fictional text)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_SPOKESMAN = (
    f"Government spokesman Kairat Rustamov-Pell said the new law would calm the capital. {L}Nobody will be arrested "
    f"for speaking,{R} he told Kestrelwire."
)
_EXILE = (
    "Opposition leader Zhanibek Maratov-Quill, who has lived in exile in Riga since 2021, said the opposition "
    "would march again on Saturday."
)
_RUN_ON = f"{L}The government wrote this law at night and passed it before breakfast. We will not go home."
_CUED = f"{L}If they close one square, we will fill ten,{R} he told Kestrelwire by telephone from Riga."


def _speaker_of(pairs: list[tuple[str, str]], words: str) -> str:
    return next(speaker for speaker, quote in pairs if words in quote)


def test_the_pronoun_after_an_unclosed_paragraph_is_the_one_named_before_it(nlp):
    pairs = said_by(nlp, _SPOKESMAN, _EXILE, _RUN_ON, _CUED)
    assert _speaker_of(pairs, "wrote this law at night") == "Zhanibek Maratov-Quill"
    assert _speaker_of(pairs, "Nobody will be arrested") == "Kairat Rustamov-Pell"


def test_two_unclosed_paragraphs_are_passed_over(nlp):
    more = f"{L}Every family in this country has someone who was told to keep quiet."
    pairs = said_by(nlp, _SPOKESMAN, _EXILE, _RUN_ON, more, _CUED)
    assert _speaker_of(pairs, "wrote this law at night") == "Zhanibek Maratov-Quill"


def test_a_woman_after_her_unclosed_paragraph(nlp):
    spokeswoman = (
        f"Government spokeswoman Aigul Okonjo-Vale said the new law would calm the capital. {L}Nobody will be "
        f"arrested for speaking,{R} she told Kestrelwire."
    )
    organiser = (
        "Opposition leader Saule Berikova-Shaw, who has lived in exile in Riga since 2021, said the opposition would "
        "march again on Saturday."
    )
    pairs = said_by(
        nlp,
        spokeswoman,
        organiser,
        f"{L}People are tired of being told where they may stand and when they may speak.",
        f"{L}We will come back next week with our children,{R} she told Kestrelwire by telephone from Riga.",
    )
    assert _speaker_of(pairs, "People are tired") == "Saule Berikova-Shaw"


def test_narration_between_is_not_passed_over(nlp):
    """The near miss: a paragraph of narration whose subject is the other man, who spoke there, is the one the
    pronoun picks up, as before."""
    reply = "Rustamov-Pell dismissed the call, saying the march had not been authorised."
    pairs = said_by(nlp, _SPOKESMAN, _EXILE, reply, f"{L}The law applies to everyone,{R} he told Kestrelwire.")
    assert _speaker_of(pairs, "applies to everyone") == "Kairat Rustamov-Pell"

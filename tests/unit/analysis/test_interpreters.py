"""Who interprets for a speaker is not who speaks: "She spoke in Cree, and her granddaughter, Tanis, translated.
“…,” she said." gives the words to the elder, not to the woman named last (interpreters.py)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

ELDER = "Elder Rosa Kettle-Bird, 81, comes every Thursday."
WORDS = f"{L}They washed my mouth with soap for saying a single word,{R} she said."


def test_the_granddaughter_who_translated_is_not_the_she_who_said(nlp):
    rows = said_by(nlp, f"{ELDER} She spoke in Cree, and her granddaughter, Tanis, translated. {WORDS}")
    assert rows == [("Rosa Kettle-Bird", f"{L}They washed my mouth with soap for saying a single word,{R}")]


def test_a_niece_named_in_full_who_translated(nlp):
    rows = said_by(nlp, f"{ELDER} She spoke in Cree, and her niece, Tanis Moar, translated. {WORDS}")
    assert rows == [("Rosa Kettle-Bird", f"{L}They washed my mouth with soap for saying a single word,{R}")]


def test_a_teacher_who_interpreted(nlp):
    rows = said_by(nlp, f"{ELDER} She spoke in Dene, and Tanis Moar, a teacher, interpreted. {WORDS}")
    assert rows == [("Rosa Kettle-Bird", f"{L}They washed my mouth with soap for saying a single word,{R}")]


def test_the_interpreter_speaking_on_her_own_later_is_herself(nlp):
    """The near miss: sentences later, with the interpreter the subject just before, her own "she said" is hers."""
    rows = said_by(
        nlp,
        f"{ELDER} She spoke in Cree, and her niece, Tanis Moar, translated. The class ended at noon. Moar teaches "
        f"Grade 2 at the band school. {L}I learned Cree from her,{R} she said.",
    )
    assert rows == [("Tanis Moar", f"{L}I learned Cree from her,{R}")]

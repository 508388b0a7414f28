"""A name that completes a noun inside the cue's subject is no speaker, though the parser made it a second subject:
"A former personal assistant to the pop star Ann Roe said …" is the assistant speaking, left unnamed, not the star
(fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_assistant_to_a_named_star_speaks_not_the_star(nlp):
    sentence = "A former personal assistant to the pop star Larkin Ostrowe said the singer owed her money."
    rows = profiles_of(nlp, sentence)
    assert [(speaker, kind) for speaker, kind, _ in rows] == [("", "unnamed")]

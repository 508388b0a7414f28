"""Whether the words before a sentence-closing cue are only a clause that sets its scene: "When I ask him whether this
will be his last harvest, he laughs." Long-form features put the writer's question or the moment there, opened by
"when", "while", "after", "as" and their kin and hung on the cue itself, and it is not what the speaker said. Words
that hold such a clause inside a clause of their own ("When prices fall, farmers lose money, she says.") are, however
the parser hung them."""

from __future__ import annotations

from spacy.tokens import Token

#: Words that open a clause of time or circumstance, not an answer ("Because they can, she says." is one).
_SCENE_OPENERS = frozenset({"when", "whenever", "while", "after", "before", "once", "as", "until"})


def sets_the_scene(before: list[Token], verb: Token) -> bool:
    """Whether `before` (the words before the comma that a closing cue follows) is one adverbial clause of the cue
    `verb` opened by a word of time or circumstance."""
    if not before or before[0].lower_ not in _SCENE_OPENERS or any(t.text == "," for t in before):
        return False  # not "As X spoke, a girl was hurt, police said.": a clause of its own after the comma
    clause = before[0].head
    inside = {t.i for t in before}
    tops = [t for t in before if not t.is_punct and (t.head.i not in inside or t.head.i == t.i)]
    return tops == [clause] and clause.dep_ == "advcl" and clause.head.i == verb.i

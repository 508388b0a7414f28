"""A relative pronoun the parser made a second subject of a cue: in "Bannon, who Beck on Friday called “a liar”" and
"the rules, which the board says are “outdated”", both "who"/"which" and the name after it hang on the cue as its
subjects, but the pronoun is what the clause speaks of (the one called, what is said to be), and the name after it,
before the cue, is who spoke."""

from __future__ import annotations

from spacy.tokens import Token

#: Relative pronouns that open a clause about the noun before them.
_RELATIVES = frozenset({"who", "whom", "which", "that"})


def without_relative_object(verb: Token, subjects: list[Token]) -> list[Token]:
    """The subjects of a relative-clause cue less the relative pronoun, when another subject follows it before the
    cue ("who Beck called"); all of them otherwise ("who called")."""
    if verb.dep_ != "relcl" or len(subjects) < 2:
        return subjects
    opened = [s for s in subjects if s.lower_ in _RELATIVES and s.i < verb.i]
    if not opened:
        return subjects
    after = [s for s in subjects if opened[0].i < s.i < verb.i and s not in opened]
    return [s for s in subjects if s not in opened] if after else subjects

"""What was said by a speech participle in a "with" phrase when the parser hung the clause said away from it:
"…, with Senator Ann Ross telling reporters on Monday he saw the board as responsible", where no "that" opens the
clause and the parser read "he saw …" as the verb the "with" phrase qualifies, or as a clause of the verb above it."""

from __future__ import annotations

from spacy.tokens import Token


def hangs_on_said_clause(clause: Token, verb: Token) -> bool:
    """Whether `clause`, a clause whose subject opens right after the phrase of the cue `verb`, is what `verb` said:
    `verb` is the participle of a "with" phrase with a subject of its own ("with Ross telling …"), and the parser hung
    the phrase on `clause` or on a verb above it whose clause `clause` became. The speaker is the one the "with"
    phrase names; a comma after the phrase ("With Ross telling reporters, the board …") ends it."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "with" or clause.i < verb.i:
        return False
    if not any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    if not any(c.dep_.startswith("nsubj") and c.left_edge.i == verb.right_edge.i + 1 for c in clause.children):
        return False
    if verb.head.head == clause:
        return clause.dep_ in ("advcl", "ROOT")
    return clause.dep_ in ("advcl", "ccomp") and clause.head in verb.ancestors

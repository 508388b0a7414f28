"""What was said by a speech participle in a "with" phrase when the parser made that phrase hang on the clause said:
"…, with Senator Ann Ross telling reporters on Monday he saw the board as responsible", where no "that" opens the
clause and the parser read "he saw …" as the verb the "with" phrase qualifies instead of what Ross told."""

from __future__ import annotations

from spacy.tokens import Token


def hangs_on_said_clause(clause: Token, verb: Token) -> bool:
    """Whether the cue `verb` is the participle of a "with" phrase ("with Ross telling …") that the parser hung on
    `clause`, a clause that follows the participle: the clause is then what the participle's subject said. Only a
    participle with a subject of its own, so that the speaker is the one the "with" phrase names."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "with" or verb.head.head != clause or clause.i < verb.i:
        return False
    return clause.dep_ in ("advcl", "ROOT") and any(c.dep_.startswith("nsubj") for c in verb.children)

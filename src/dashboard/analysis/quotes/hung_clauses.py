"""What was said after the setting of a cue when the parser hung it on the cue as an adverbial clause: "said after
the vote he would not accept the offer", where no "that" opens it and the subject follows the setting's noun; or
the clause on which the parser hung the cue's "with" phrase ("with Ross telling reporters on Monday he …")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.around import finite
from dashboard.analysis.quotes.with_hung_clauses import hangs_on_said_clause


def clause_hung_on_cue(subject: Token, verb: Token) -> bool:
    """Whether `subject` opens a clause of what was said that the parser made an adverbial clause of the cue `verb`:
    the clause opens with its subject (no "when", "because", "if" before it) right after a noun of the setting,
    and has a finite verb or a modal ("would", "will"). Not a subject that asks ("who"), nor one after the cue."""
    clause = subject.head
    if not subject.dep_.startswith("nsubj") or subject.tag_ in ("WP", "WDT"):
        return False
    if not (clause.dep_ == "advcl" and clause.head == verb or hangs_on_said_clause(clause, verb)):
        return False
    if subject.left_edge.i <= verb.i + 1 or verb.doc[subject.left_edge.i - 1].dep_ != "pobj":
        return False
    setting = [c for c in clause.children if c.i < subject.i]  # "after the vote", which the parser may hang on it
    if any(c.dep_ not in ("prep", "npadvmod", "punct") for c in setting):
        return False  # "said after the vote because he …", "when he …"
    return finite(clause)

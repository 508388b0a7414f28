"""A clause the parser left unattached before a cue set off by a comma ("Cold air behaves like water, she explains: it
runs downhill."): taking its verb for a noun ("behaves"), the parser hung it on the cue as `dep`, and what was said
kept only the clause after the colon. Both clauses are what was said."""

from __future__ import annotations

from spacy.tokens import Token


def left_unattached(child: Token, verb: Token) -> bool:
    """Whether `child`, a dependent of the cue `verb`, is such a clause: left unattached (`dep`), at least four words
    from the sentence's start to the comma right before the cue's subject, the cue followed by a colon."""
    doc = verb.doc
    if verb.i + 1 == len(doc) or doc[verb.i + 1].text != ":":
        return False  # not "Old rivalries with the mayor aside, he said that …": a phrase before the cue says nothing
    if child.dep_ != "dep" or child.i > verb.i or child.right_edge.i - child.left_edge.i < 3:
        return False
    start, comma = child.left_edge.i, child.right_edge.i + 1
    opens = start == 0 or doc[start - 1].text in (".", "!", "?")
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return opens and doc[comma].text == "," and subject is not None and subject.left_edge.i == comma + 1

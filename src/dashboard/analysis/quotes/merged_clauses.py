"""A cue that closes the sentence but that the parser hung, as an adverbial clause, under the mark of an earlier
clause it merged into the cue's: "Sales fell 6 percent, while the median price held near its record, the association
said in its monthly report." The parser reads "while … the association said" as one clause with two subjects, the
cue's own right before it and the earlier clause's after the mark. The mark opens that earlier clause, not the cue,
which reports the whole sentence before its subject as a cue closing a sentence does."""

from __future__ import annotations

from spacy.tokens import Token


def cue_hung_under_earlier_mark(verb: Token, subject: Token) -> bool:
    """Whether a cue after its head is an adverbial clause whose mark opens another subject of it before the cue's
    own subject ("…, while the price held …, the association said")."""
    if verb.dep_ != "advcl" or verb.head.i > verb.i or subject.head != verb:
        return False
    others = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subject.left_edge.i]
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return bool(others) and bool(marks) and all(m.i < others[0].left_edge.i for m in marks)

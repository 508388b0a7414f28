"""Who only received a writing that "according to" cites, and so is not its source: "according to records obtained by
The Ledger", "according to data the Ledger obtained from two firms", "according to its filings with the Revenue
Agency", "documents seen by Reuters" or "a memo sent to staff" (not "a complaint filed by the regulator", its own). A
newsroom that obtained documents, or an agency they were filed with, did not write them; the writing speaks for
whoever issued it, or for an unnamed source when the article does not say (according_sources.py)."""

from __future__ import annotations

from spacy.tokens import Token

#: The verbs after which each preposition names who holds a writing and did not write it: "obtained by X", "sent to
#: X", "filed with X" (but "filed by X" and "sent by X" name who wrote or issued it).
_HOLDING = {
    "by": frozenset({"obtain", "receive", "see", "review", "acquire", "access", "get"}),
    "to": frozenset({"send", "leak", "provide", "give", "submit", "deliver"}),
    "with": frozenset({"file", "lodge"}),
}
#: Verbs of coming by a writing whose subject holds it ("data the Ledger obtained").
_RECEIVING = _HOLDING["by"]
#: Nouns of writings lodged with a body, whose "with" names where they were lodged ("filings with the agency").
_LODGED = frozenset({"filing", "submission", "return", "application", "complaint"})


def received_by(token: Token) -> bool:
    """Whether a word of a name inside the source of "according to" stands for one that received, obtained or holds
    the writing rather than issued it: after "by", "with" or "to" of a verb of receiving or sending, after "with" of
    a writing lodged somewhere, or the subject of a verb of receiving set right after it ("data the Ledger obtained",
    which the parser may read as a name with a clause hung on it)."""
    for t in (token, *token.ancestors):
        head = t.head
        if t.dep_ in ("prep", "agent", "dative") and t.lower_ in _HOLDING and head is not t:
            lemma = head.lemma_.lower()
            if lemma in _HOLDING[t.lower_] and head.pos_ == "VERB" or t.lower_ == "with" and lemma in _LODGED:
                return True
        if t.dep_ == "nsubj" and head.lemma_.lower() in _RECEIVING and head.dep_ in ("relcl", "acl"):
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
            break  # the source itself: no higher
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.lemma_.lower() in _RECEIVING and after.dep_ in ("acl", "relcl")

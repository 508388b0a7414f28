"""A quotation relayed after it, by "quoted … as saying" or "cited … as saying": "“This is alarming,” Ann Roe was
quoted as saying in a news release", "“…,” the Ledger quoted Ann Roe as saying", "“…,” he was cited as saying by
Tass". The cue "saying" hangs on "as" of the relaying verb and holds nothing after it: what was said is the quotation
that opens the sentence and ends right before the relaying verb's subject, which the parser hung on that verb. The
one quoted speaks (subjects.py), as in "Ann Roe was quoted as saying that …"."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Verbs by which a report relays what someone said ("quoted the minister as saying …", "cited her as saying").
RELAYING = words("quote cite")


def quoted_before_relay(verb: Token, quotations: list[tuple[int, int]]) -> list[Token]:
    """The quotation that opens the sentence before "X was quoted as saying" or "Y quoted X as saying", when the cue
    `verb` is that "saying"; [] otherwise."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.lemma_.lower() not in RELAYING:
        return []
    relay = prep.head
    subject = next((c for c in relay.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    before = list(verb.doc[verb.sent.start : subject.left_edge.i])
    words_said = [t for t in before if t.is_alpha]
    if len(words_said) < 2 or not all(any(s <= t.idx < e for s, e in quotations) for t in words_said):
        return []
    return before if before[0].text in '\u201c"' and before[-1].text in '\u201d"' else []

"""A reported clause finished by a quoted adverbial clause: "said the legislature should fix the law “before the next
city runs out of money.”" and "said the mill would stay open “as long as there is wood to cut.”" report one clause,
its main part in the narration's words and the clause that qualifies it in the speaker's. The parser may hang the
quoted clause on the cue as a clause of its own, and the quotation alone was then the quote; what was said is the
whole clause, as in "said the plan was “a disaster”". A quotation that opens a sentence of its own ("said: “Before
…”", capitalised) is left to the rules for direct quotes."""

from __future__ import annotations

from dashboard.analysis.names import words

#: Words that open a clause qualifying the one before it ("before", "because", "unless").
_SUBORDINATORS = words("after although as because before if once since though unless until when while")


def quoted_adverbial_clause(cue, spans: list[tuple[int, int]]) -> bool:
    """Whether a quotation among `spans` opens, in lower case, with a subordinating word of a content head of the cue
    (`cue.heads`) after another content head the narration gives, one with a subject of its own."""
    told = [h for h in cue.heads if not any(s[0] <= h.idx < s[1] for s in spans)]
    for head in cue.heads:
        quotation = next((s for s in spans if s[0] <= head.idx < s[1]), None)
        if quotation is None:
            continue
        opening = next((c for c in head.children if c.dep_ == "mark"), None)  # its first word, past the mark
        first_word = opening is not None and 0 <= opening.idx - quotation[0] <= 1
        if first_word and opening.lower_ in _SUBORDINATORS and opening.text.islower():
            return any(h.i < head.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children) for h in told)
    return False

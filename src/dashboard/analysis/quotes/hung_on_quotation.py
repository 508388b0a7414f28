"""Reported speech that a sentence hangs on a quotation in marks ("“…,” she said, adding that …") and a quotation
with no cue after that sentence: the quotation goes on the words in marks, not the clause hung on them."""

from __future__ import annotations

from dashboard.analysis.quotes.quote import Quote


def past_hung_clause(before: list[Quote]) -> list[Quote]:
    """`before` (the quotes ending before a quotation with no cue, by end) with the quotation in marks that the last
    one hangs on moved last: the last one is reported speech of the same speaker inside that quotation's own sentences
    ("“The harbour will reopen,” Ann Lee said, adding that the contract was signed. “We waited long enough.”"), so the
    quotation after it is more of what was said in marks, one quote with it. Unchanged otherwise."""
    hung = before[-1]
    own = {(s.start_char, s.end_char) for s in hung.sentences}
    for quote in reversed(before[:-1]):
        if not quote.direct:
            continue
        if quote.speaker.name == hung.speaker.name and own <= {(s.start_char, s.end_char) for s in quote.sentences}:
            return [q for q in before if q is not quote] + [quote]
        break
    return before

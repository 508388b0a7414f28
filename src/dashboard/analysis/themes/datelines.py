"""The place of a wire dateline ("NIAMEY, June 3 - ...", "TBILISI, July 11 (Reuters) - ..."): where the story was
filed, not a party to what it tells, so it counts for no theme. Read from the words alone: the paragraph opens on a
name in capitals, a comma and a month, and a dash follows within a few words."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.quotes.marks import DASHES, MONTHS  # the dashes that end a dateline, its months

#: How many words a dateline may take after its month ("July 11 (Reuters) -").
MAX_AFTER_MONTH = 6


def dateline(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token span (relative to `doc`) of the place that opens a wire dateline, or none."""
    size, end = len(doc), 0  # the words are read by index: a paragraph is long, its dateline a few words
    while end < size and doc[end].text.isupper() and doc[end].is_alpha:
        end += 1
    if not end or end + 1 >= size or doc[end].text != "," or doc[end + 1].lower_.rstrip(".") not in MONTHS:
        return []
    after = doc[end + 2 : end + 2 + MAX_AFTER_MONTH]
    return [(0, end)] if any(t.text in DASHES for t in after) else []

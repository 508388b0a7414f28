"""The place of a wire dateline ("NIAMEY, June 3 - ...", "TBILISI, July 11 (Reuters) - ...", "NEW DELHI/BRUSSELS -
...", "LILONGWE/PARIS, Nov 21 - ..."): where the story was filed, not a party to what it tells, so it counts for no
theme. Read from the words alone: the paragraph opens on a name in capitals (two joined by a slash), then a comma and a
month with a dash within a few words, or for two names a dash at once."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.quotes.marks import DASHES, MONTHS  # the dashes that end a dateline, its months

#: How many words a dateline may take after its month ("July 11 (Reuters) -").
MAX_AFTER_MONTH = 6
#: How many words a dateline with no date may take before its dash: the places of two cities joined by a slash ("NEW
#: DELHI/BRUSSELS - "), which the recogniser names; a heading in capitals set before a dash is none. One city and a
#: dash ("OTTAWA - ") is left a party: it opens many a story of its own state's relations.
MAX_BARE = 5


def dateline(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token span (relative to `doc`) of the place that opens a wire dateline, or none."""
    size, end = len(doc), 0  # the words are read by index: a paragraph is long, its dateline a few words
    while end < size and (doc[end].text.isupper() and doc[end].is_alpha or end and doc[end].text == "/"):
        end += 1
    if not end or end + 1 >= size:
        return []
    if doc[end].text in DASHES and end <= MAX_BARE and doc[0].ent_type_ and any(t.text == "/" for t in doc[:end]):
        return [(0, end)]  # two places and a dash with no date ("NEW DELHI/BRUSSELS - ...")
    if doc[end].text != "," or doc[end + 1].lower_.rstrip(".") not in MONTHS:
        return []
    after = doc[end + 2 : end + 2 + MAX_AFTER_MONTH]
    return [(0, end)] if any(t.text in DASHES for t in after) else []

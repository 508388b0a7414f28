"""A name and a colon inside a paragraph, right after a sentence ends, then a quotation: the answer of a Q&A set in
running text ("Why band birds at all? Roe: “Because …”", "… we asked. Roe: “…”"). The name alone stands between the
end of the sentence before it and the colon, so the person it names said what the quotation holds; a label ("Photos:",
"Related:") names no person and speaks no quote."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dashboard.analysis.quotes.marks import sentences_of
from dashboard.analysis.quotes.quote import Quote

#: A name of one to four capitalised words and a colon right before the quotation, after the end of a sentence.
_NAMED = re.compile(r"(?:^|(?<=[.?!\u201d\"])\s+)((?:[A-Z][\w.'\u2019\-]*\s){0,3}[A-Z][\w'\u2019\-]+):\s*$")


def named_colon(doc: Doc, text: str, span: tuple[int, int], cast, p: int) -> Quote | None:
    """The quotation at `span` as the words of the person whose name alone, and a colon, come right before it after
    the end of a sentence; None when no person of the article is named there."""
    found = _NAMED.search(text, 0, span[0])
    if found is None:
        return None
    start, end = found.span(1)
    people = [e for e in doc.ents if e.start_char == start and e.end_char == end and cast.label(p, e) == "PERSON"]
    name = cast.name_of(p, people[0]) if people else cast.person_named(found.group(1))
    if not name:
        return None
    speaker = cast.person(cast.person_named(name) or name)
    return Quote(speaker, "say", [span], True, sentences_of(cast.sentences[p], [span]))

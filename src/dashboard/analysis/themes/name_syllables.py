"""A Korean given name's last syllable that spells an organisation's initials: "Un" in "Kim Jong Un" is no UN.

The United Nations is written in capitals ("UN", "U.N."); "Un" in title case, right after another capitalised name
word, is the end of a person's name. Only that exact spelling is masked: a name's last word in general still counts
(a surname can be a place or a word of a theme the paragraph is about)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of

#: Title-case spellings of initials that a name's syllable can take.
_SYLLABLES = ("Un",)


def name_syllables(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans of "Un" ending a person's name (after a capitalised proper noun), which name no UN."""
    spans = []
    for i in places_of(doc, _SYLLABLES):
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.text[1:].islower():
            spans.append((i, i + 1))
    return spans

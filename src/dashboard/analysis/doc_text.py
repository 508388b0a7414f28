"""A paragraph's text, joined from its tokens once per Doc: spaCy builds `Doc.text` anew at every read, and several
steps read it for every paragraph. The text is kept in the Doc's own `user_data`, so it lives and dies with the Doc
(the words of a Doc never change once it is made)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

_KEY = "dashboard.text"


def text_of(doc: Doc | Span) -> str:
    """The text of a Doc or of a span of one, as `.text` gives it."""
    whole = doc.doc if isinstance(doc, Span) else doc
    text = whole.user_data.get(_KEY)
    if text is None:
        text = whole.user_data[_KEY] = whole.text
    return text if doc is whole else text[doc.start_char : doc.end_char]

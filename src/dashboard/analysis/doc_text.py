"""A paragraph's text and its set of words, read once per Doc: spaCy builds `Doc.text` anew at every read, and several
steps read the text, or test every token for a few words, in every paragraph. Both are kept in the Doc's own
`user_data`, so they live and die with the Doc (the words of a Doc never change once it is parsed)."""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span

_KEY = "dashboard.text"
_WORDS = "dashboard.words"


def text_of(doc: Doc | Span) -> str:
    """The text of a Doc or of a span of one, as `.text` gives it."""
    whole = doc.doc if isinstance(doc, Span) else doc
    text = whole.user_data.get(_KEY)
    if text is None:
        text = whole.user_data[_KEY] = whole.text
    return text if doc is whole else text[doc.start_char : doc.end_char]


def words_of(doc: Doc | Span) -> frozenset[str]:
    """Every lower-case form and lemma (also lower-cased) of the words of a Doc, or of the whole Doc a span is part of:
    a word missing from it is in no token of the Doc or span, so a step looking for a few words can stop early."""
    whole = doc.doc if isinstance(doc, Span) else doc
    words = whole.user_data.get(_WORDS)
    if words is None:
        strings = whole.vocab.strings
        forms = [strings[key] for key in set(whole.to_array([LOWER, LEMMA]).ravel().tolist())]
        words = whole.user_data[_WORDS] = frozenset(forms) | {form.lower() for form in forms}
    return words

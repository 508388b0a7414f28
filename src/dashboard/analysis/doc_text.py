"""A paragraph's text, its set of words and where each word stands, read once per Doc: spaCy builds `Doc.text` anew at
every read, and makes a new Token object at every step of a walk over a Doc, while several steps read the text, or look
for a few words, in every paragraph. All three are kept in the Doc's own `user_data`, so they live and die with the Doc
(the words of a Doc never change once it is parsed)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

_KEY = "dashboard.text"
_WORDS = "dashboard.words"
_KEYS = "dashboard.keys"
_LOWER_KEYS = "dashboard.lower_keys"


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


def places_of(doc: Doc | Span, words: Iterable[str], *, lower: bool = False) -> list[int]:
    """The indices, in order (within the span, for a span), of the tokens whose text (or, with `lower`, lower-case
    form) is one of `words`: what a walk over every token that skips all other words finds, without making a Token
    of each."""
    whole = doc.doc if isinstance(doc, Span) else doc
    name = _LOWER_KEYS if lower else _KEYS
    keys = whole.user_data.get(name)
    if keys is None:
        keys = whole.user_data[name] = whole.to_array(LOWER if lower else ORTH).tolist()
    start, end = (doc.start, doc.end) if isinstance(doc, Span) else (0, len(doc))
    wanted = {get_string_id(word) for word in words}
    return [i - start for i in range(start, end) if keys[i] in wanted]

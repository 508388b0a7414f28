"""A paragraph's text, its set of words and where each word stands, read once per Doc: spaCy builds `Doc.text` anew at
every read, and makes a new Token object at every step of a walk over a Doc, while several steps read the text, or look
for a few words, in every paragraph. All three are kept in the Doc's own `user_data`, so they live and die with the Doc
(the words of a Doc never change once it is parsed)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

_KEY = "dashboard.text"
_WORDS = "dashboard.words"
_KEYS = "dashboard.keys"
_LOWER_KEYS = "dashboard.lower_keys"
T = TypeVar("T")


def text_of(doc: Doc | Span) -> str:
    """The text of a Doc or of a span of one, as `.text` gives it."""
    text = _kept(doc, _KEY, lambda whole: whole.text)
    return text if isinstance(doc, Doc) else text[doc.start_char : doc.end_char]


def words_of(doc: Doc | Span) -> frozenset[str]:
    """Every lower-case form and lemma (also lower-cased) of the words of a Doc, or of the whole Doc a span is part of:
    a word missing from it is in no token of the Doc or span, so a step looking for a few words can stop early."""
    return _kept(doc, _WORDS, _forms)


def places_of(doc: Doc | Span, words: Iterable[str], *, lower: bool = False) -> list[int]:
    """The indices, in order (within the span, for a span), of the tokens whose text (or, with `lower`, lower-case
    form) is one of `words`: what a walk over every token that skips all other words finds, without making a Token
    of each."""
    attr = LOWER if lower else ORTH
    keys = _kept(doc, _LOWER_KEYS if lower else _KEYS, lambda whole: whole.to_array(attr).tolist())
    start, end = (doc.start, doc.end) if isinstance(doc, Span) else (0, len(doc))
    wanted = {get_string_id(word) for word in words}
    return [i - start for i in range(start, end) if keys[i] in wanted]


def _kept(doc: Doc | Span, key: str, make: Callable[[Doc], T]) -> T:
    """What `make` reads from the whole Doc of `doc`, made at the first call and kept in the Doc's `user_data`."""
    whole = doc.doc if isinstance(doc, Span) else doc
    value = whole.user_data.get(key)
    if value is None:
        value = whole.user_data[key] = make(whole)
    return value


def _forms(doc: Doc) -> frozenset[str]:
    """The lower-case forms and lemmas of a Doc's words, and the lemmas lower-cased."""
    strings = doc.vocab.strings
    forms = [strings[key] for key in set(doc.to_array([LOWER, LEMMA]).ravel().tolist())]
    return frozenset(forms) | {form.lower() for form in forms}

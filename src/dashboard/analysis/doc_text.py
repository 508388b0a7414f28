"""A paragraph's text, its words' keys and its distinct words, read once per Doc: spaCy builds `Doc.text` anew at
every read, and makes a new Token object at every step of a walk over a Doc, while several steps read the text, or look
for a few words, in every paragraph. All three are kept in the Doc's own `user_data`, so they live and die with the Doc
(the words of a Doc never change once it is parsed)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import chain, compress
from operator import not_, or_
from typing import TypeVar

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.step_entities import current_entities

_KEY = "dashboard.text"
_WORDS = "dashboard.words"
_KEYS = "dashboard.keys"
_LOWER_KEYS = "dashboard.lower_keys"
_DISTINCT = "dashboard.distinct"
_LOWER_DISTINCT = "dashboard.lower_distinct"
_ENTS = "dashboard.ents"
_COLUMNS = "dashboard.columns"
#: The attributes `column` reads: one `to_array` call costs about as much for eight attributes as for two.
_COLUMN_ATTRS = (LEMMA, LOWER, POS, IS_PUNCT, IS_SPACE, DEP, ENT_IOB, ENT_TYPE)
#: What a Doc's words alone fix, kept when its entities change.
_WORD_FACTS = frozenset([_KEY, _WORDS, _KEYS, _LOWER_KEYS, _DISTINCT, _LOWER_DISTINCT])
T = TypeVar("T")


def text_of(doc: Doc | Span) -> str:
    """The text of a Doc or of a span of one, as `.text` gives it. Asked some forty times a paragraph: a Doc whose
    text is kept (all that the pipeline made) answers straight from its `user_data`."""
    if isinstance(doc, Doc):
        text = doc.user_data.get(_KEY)
        return kept(doc, _KEY, _whole_text) if text is None else text
    text = doc.doc.user_data.get(_KEY)  # most reads are of a span of a Doc whose text is kept
    return (kept(doc, _KEY, _whole_text) if text is None else text)[doc.start_char : doc.end_char]


def _whole_text(doc: Doc) -> str:
    return doc.text


def doc_span(doc: Doc, start: int, end: int) -> Span:
    """`doc[start:end]`, made straight when both ends fall in the Doc: spaCy's slicing first calls a Python function
    to clamp the ends, which costs twice what the Span does, where steps cut a few words before or after a name from
    every candidate. Ends out of the Doc are clamped by that slicing, as before."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def with_text(doc: Doc, text: str) -> Doc:
    """The Doc, with `text`, the text it was made from, kept as its text for `text_of`: a tokenizer has the text at
    hand, where `Doc.text` joins the words anew (and makes a Token of each). A Doc's text is the text it was split
    from, word for word, and no step of the pipeline merges or splits words."""
    doc.user_data[_KEY] = text
    return doc


def words_of(doc: Doc | Span) -> frozenset[str]:
    """Every lower-case form and lemma (also lower-cased) of the words of a Doc, or of the whole Doc a span is part of:
    a word missing from it is in no token of the Doc or span, so a step looking for a few words can stop early. For
    the analysis only, as `column`."""
    whole = doc.doc if isinstance(doc, Span) else doc
    forms = whole.user_data.get(_WORDS)  # asked of every paragraph by dozens of steps: kept after the first
    return kept(whole, _WORDS, _forms) if forms is None else forms


def places_of(doc: Doc | Span, words: Iterable[str], *, lower: bool = False) -> list[int]:
    """The indices, in order (within the span, for a span), of the tokens whose text (or, with `lower`, lower-case
    form) is one of `words`: what a walk over every token that skips all other words finds, without making a Token
    of each. A fixed list of words (a frozenset or a tuple) has its keys made once, at the first call."""
    if isinstance(words, (frozenset, tuple)):
        wanted = _FIXED_WORD_KEYS.get(words)
        if wanted is None:
            wanted = _fixed_word_keys(words)
    else:
        wanted = word_keys(words)
    whole = doc if isinstance(doc, Doc) else doc.doc  # most paragraphs hold none of the words: answered here, at once
    distinct = whole.user_data.get(_LOWER_DISTINCT if lower else _DISTINCT)
    if distinct is not None and distinct.keys().isdisjoint(wanted):
        return []
    return places_of_keys(doc, wanted, lower=lower)


def word_keys(words: Iterable[str]) -> frozenset[int]:
    """The string keys of `words`, for `places_of_keys`: a step that looks for the same long list of words in every
    paragraph makes them once, beside the list."""
    return frozenset(get_string_id(word) for word in words)


#: `word_keys` of the fixed lists of words that steps look for in every paragraph, by list: a dict read costs less
#: than a cached call, asked some seventy times a paragraph.
_FIXED_WORD_KEYS: dict[frozenset[str] | tuple[str, ...], frozenset[int]] = {}
_MAX_FIXED_WORD_KEYS = 256


def _fixed_word_keys(words: frozenset[str] | tuple[str, ...]) -> frozenset[int]:
    """`word_keys` of a fixed list of words, made at its first call and kept (see `_FIXED_WORD_KEYS`)."""
    if len(_FIXED_WORD_KEYS) >= _MAX_FIXED_WORD_KEYS:
        _FIXED_WORD_KEYS.clear()  # a bound on memory: a step may look for an article's own words (its leaders' names)
    keys = _FIXED_WORD_KEYS[words] = word_keys(words)
    return keys


def places_of_keys(doc: Doc | Span, wanted: frozenset[int], *, lower: bool = False) -> list[int]:
    """`places_of` for words given by their keys (`word_keys`). Most paragraphs hold none of the words a step looks
    for: the Doc's distinct words (`distinct_keys`) answer that at once, and a paragraph that holds one has only the
    words it holds looked up in its words' keys (`list.index`, no Python step per word). A step asks this of every
    paragraph, often of one with its words kept already: that case is read first, straight from the Doc."""
    whole = doc if isinstance(doc, Doc) else doc.doc
    distinct = whole.user_data.get(_LOWER_DISTINCT if lower else _DISTINCT)
    if distinct is None:
        distinct = distinct_keys(whole, lower=lower)
    if distinct.keys().isdisjoint(wanted):
        return []
    keys = whole.user_data.get(_LOWER_KEYS if lower else _KEYS) or _word_keys_of(whole, lower)
    start, end = (0, len(keys)) if whole is doc else (doc.start, doc.end)
    found = [_indices(keys, key, start, end) for key in wanted.intersection(distinct)]
    places = found[0] if len(found) == 1 else sorted(chain.from_iterable(found))
    return places if start == 0 else [i - start for i in places]


def _indices(keys: list[int], key: int, start: int, end: int) -> list[int]:
    """The indices, in order, of `key` in `keys[start:end]` (counted from the list's start)."""
    found: list[int] = []
    try:
        while True:
            start = keys.index(key, start, end)
            found.append(start)
            start += 1
    except ValueError:
        return found


def distinct_keys(doc: Doc | Span, *, lower: bool = False) -> dict[int, None]:
    """The key (`word_keys`) of each distinct word (lower-cased, with `lower`) of a Doc, or of the whole Doc a span is
    part of, in the order the words first come. Kept on the Doc, as a dict (spaCy can write it to bytes with the
    rest of a Doc's `user_data`), beside the key of each word in order (`_word_keys_of`), which it is made from."""
    return kept(doc, _LOWER_DISTINCT if lower else _DISTINCT, _lower_distinct if lower else _distinct)


def _distinct(doc: Doc) -> dict[int, None]:
    return dict.fromkeys(_word_keys_of(doc, False))


def _lower_distinct(doc: Doc) -> dict[int, None]:
    return dict.fromkeys(_word_keys_of(doc, True))


def _word_keys_of(doc: Doc | Span, lower: bool) -> list[int]:
    """The key of each word of the whole Doc (lower-cased, with `lower`), in order, kept on the Doc. Both lists are
    read in one array at the first call: nearly every paragraph is asked for both, and one `to_array` call costs
    little more for two attributes than for one."""
    whole = doc.doc if isinstance(doc, Span) else doc
    keys = whole.user_data.get(_LOWER_KEYS if lower else _KEYS)
    if keys is None:
        exact, lowered = whole.to_array([ORTH, LOWER]).T.tolist()
        whole.user_data[_KEYS], whole.user_data[_LOWER_KEYS] = exact, lowered
        keys = lowered if lower else exact
    return keys


def lemma_places(doc: Doc | Span, lemmas: frozenset[str], pos: str = "") -> list[int]:
    """The indices, in order (within the span, for a span), of the tokens whose lemma, lower-cased, is one of `lemmas`
    (and whose part of speech is `pos`, if given): a walk that reads every token's lemma and part of speech, from one
    array, without making a Token of each."""
    if words_of(doc).isdisjoint(lemmas):
        return []  # most paragraphs have none of the lemmas (`words_of` holds every lemma lower-cased): no word read
    strings, keys = doc.vocab.strings, column(doc, LEMMA)
    wanted = {key for key in set(keys) if strings[key].lower() in lemmas}  # each distinct lemma read once
    if pos:
        tag = POS_IDS[pos]
        rows = zip(column(doc, POS), keys, strict=True)
        return [i for i, (tagged, lemma) in enumerate(rows) if tagged == tag and lemma in wanted]
    return list(compress(range(len(keys)), map(wanted.__contains__, keys)))


def column(doc: Doc | Span, attr: int) -> list[int]:
    """One attribute (LEMMA, LOWER, POS, IS_PUNCT, IS_SPACE, DEP, ENT_IOB or ENT_TYPE) of every token of a Doc (of a
    span, of its tokens), as `to_array` gives it: read for all of them at once, once per Doc, where a dozen steps of
    the analysis each read one or two of them over every paragraph. For the analysis only: the pipeline's own steps
    still mend parts of speech and entities (and a step of the analysis that retags entities drops them,
    `forget_entities`)."""
    if isinstance(doc, Span):
        return kept(doc, _COLUMNS, _columns)[attr][doc.start : doc.end]
    columns = doc.user_data.get(_COLUMNS)
    return (kept(doc, _COLUMNS, _columns) if columns is None else columns)[attr]


def entities_of(doc: Doc | Span) -> tuple[Span, ...]:
    """The named entities of a Doc, as `doc.ents` gives them, read once per Doc (spaCy builds every entity's Span anew
    at each read); of a span, spaCy's own `ents`. For the analysis only: the pipeline's steps still change them."""
    return kept(doc, _ENTS, _whole_entities) if isinstance(doc, Doc) else doc.ents


def _whole_entities(doc: Doc) -> tuple[Span, ...]:
    return doc.ents


def forget_entities(doc: Doc) -> None:
    """Drop what was kept in a Doc beyond its words (its entities, the dateline's end read from them), once a step
    has changed its entities: a step of the analysis may tag a name the recogniser missed (see `nicknames`)."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("dashboard.") and k not in _WORD_FACTS]:
        del doc.user_data[key]


def release(doc: Doc) -> None:
    """Drop all that was kept in a Doc once its article is analysed: kept entities and words refer back to the Doc, a
    cycle that would hold every analysed Doc in memory until the garbage collector's next full pass."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("dashboard.")]:
        del doc.user_data[key]


def entity_of(token: Token) -> Span | None:
    """The named entity the token is a word of, or None."""
    return next((e for e in current_entities(token.doc) if e.start <= token.i < e.end), None)


class Words(Sequence):
    """The words of a Doc or span, punctuation and spaces left out, as a list of Tokens that makes each Token only
    when it is read: a step that reads the first few words of every paragraph makes none of the rest. `places` are the
    words' token indices (within the span, for a span)."""

    def __init__(self, doc: Doc | Span) -> None:
        self.doc = doc
        punct, space = column(doc, IS_PUNCT), column(doc, IS_SPACE)  # each 0 or 1: a word is neither
        self.places: list[int] = list(compress(range(len(punct)), map(not_, map(or_, punct, space))))
        self._made: dict[int, Token] = {}  # the Tokens read so far, by place: steps read the first words again

    def __len__(self) -> int:
        return len(self.places)

    def __getitem__(self, k: int | slice) -> Token | list[Token]:
        if isinstance(k, slice):
            return [self._token(i) for i in self.places[k]]
        return self._token(self.places[k])

    def _token(self, i: int) -> Token:
        token = self._made.get(i)
        if token is None:
            token = self._made[i] = self.doc[i]
        return token


def kept(doc: Doc | Span, key: str, make: Callable[[Doc], T]) -> T:
    """What `make` reads from the whole Doc of `doc`, made at the first call and kept in the Doc's `user_data` under
    `key` (a name starting "dashboard."): for a fact about a paragraph that several steps, or every candidate of one
    step, ask for. It lives and dies with the Doc. The words of a Doc are fixed once it is parsed, but the pipeline's
    own steps still change entities, tags and lemmas: a fact read from those is kept only after the pipeline has run
    (a pipeline step works it out afresh, as `datelined_names` does the dateline's end), and is dropped when a step of
    the analysis retags the entities (`forget_entities`)."""
    whole = doc.doc if isinstance(doc, Span) else doc
    value = whole.user_data.get(key)
    if value is None:
        value = whole.user_data[key] = make(whole)
    return value


def _columns(doc: Doc) -> dict[int, list[int]]:
    return dict(zip(_COLUMN_ATTRS, doc.to_array(list(_COLUMN_ATTRS)).T.tolist(), strict=True))


def _forms(doc: Doc) -> frozenset[str]:
    """The lower-case forms and lemmas of a Doc's words, and the lemmas lower-cased (read from the columns the analysis
    reads anyway, not from an array of their own)."""
    strings, known = doc.vocab.strings, _KNOWN_FORMS
    if len(known) > _MAX_KNOWN_FORMS:
        known.clear()  # a bound on memory over a long run
    keys = {*column(doc, LOWER), *column(doc, LEMMA)}
    if not known.keys() >= keys:  # most words were met in paragraphs before: only the others are learned
        for key in keys.difference(known):
            _learned_forms(key, strings)
    return frozenset(chain.from_iterable(map(known.__getitem__, keys)))  # and all are read in one pass


#: A word key's string, and the string lower-cased when that differs, by key: most words of a paragraph were met in
#: paragraphs before, and a dict read costs less than a string read from the store and lower-cased. A key is the hash of
#: its string, the same in every store.
_KNOWN_FORMS: dict[int, tuple[str, ...]] = {}
_MAX_KNOWN_FORMS = 16384


def _learned_forms(key: int, strings: StringStore) -> tuple[str, ...]:
    """The forms of a key not met before (see `_KNOWN_FORMS`), kept."""
    form = strings[key]
    forms = _KNOWN_FORMS[key] = (form,) if form.lower() == form else (form, form.lower())
    return forms

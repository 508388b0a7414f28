"""A theme's terms and how they match a text: each token answers to its lemma and lower-case form (with its part
of speech), and one pass over a paragraph finds every theme's terms and exclusions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress
from operator import not_

from spacy.attrs import LEMMA, LOWER, POS
from spacy.lang.en import English
from spacy.strings import StringStore
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import column
from dashboard.analysis.quotes.marks import QUOTE_MARKS
from dashboard.analysis.single_marks import CLOSE_SINGLE, OPEN_SINGLE
from dashboard.analysis.themes.context import ContextWeights

#: The marks that set a word or a phrase off as a figure or a quotation.
QUOTATION_MARKS = frozenset([*QUOTE_MARKS, OPEN_SINGLE, CLOSE_SINGLE, "'"])
#: Universal part-of-speech tags a term's word may require, written "word:NOUN".
POS_MARK = re.compile(r"(.+):([A-Za-z]+)")
POS_TAGS = frozenset(
    [
        "ADJ",
        "ADP",
        "ADV",
        "AUX",
        "CCONJ",
        "DET",
        "INTJ",
        "NOUN",
        "NUM",
        "PART",
        "PRON",
        "PROPN",
        "PUNCT",
        "SCONJ",
        "SYM",
        "VERB",
        "X",
    ]
)


@dataclass(frozen=True)
class Term:
    """A word or phrase of a theme, as written in the file and as the token keys it matches."""

    text: str
    words: tuple[str, ...]
    weight: float

    @cached_property
    def shown(self) -> str:
        """The term as a reader sees it: without part-of-speech marks ("talk:NOUN" -> "talk"); worked out once."""
        return " ".join(POS_MARK.sub(r"\1", w) for w in self.text.split())


@dataclass(frozen=True)
class Theme:
    """One theme: its terms, the phrases that hide words from it, and when it labels a paragraph."""

    name: str
    terms: tuple[Term, ...]
    threshold: float
    heading_weight: float = 0.0
    exclude: tuple[tuple[str, ...], ...] = ()
    description: str = ""
    parties: frozenset[str] = frozenset()
    party_weight: float = 0.0
    acting_weight: float = 0.0
    context: ContextWeights = ContextWeights()
    #: Words the theme gives up to another theme when that one labels the paragraph on its own and they are all the
    #: theme has (see `Themes.score`): ("military", frozenset({"nato"})).
    yields_to: tuple[tuple[str, frozenset[str]], ...] = ()
    #: Terms, as shown, that tell the theme through its effects ("flee"): see `context.lifts`.
    effects: frozenset[str] = frozenset()
    #: Terms of talks that count nothing when the talks' sides are inside one state (see `domestic`).
    domestic: frozenset[str] = frozenset()
    #: Added once when goods go to a state as a market ("sell a quarter of their output in China"): see `markets`.
    market_weight: float = 0.0
    #: Added once when a firm of one state builds, holds or wins work in another ("Korean builders have put up
    #: plants in Turkmenistan"): see `ventures`.
    venture_weight: float = 0.0
    #: Words of the events of the theme ("exchange", "sale", "visit"): once a title or a lead names one, paragraphs
    #: that refer back to it or its participants go on with the theme (see `events`).
    events: frozenset[str] = frozenset()
    #: Terms by which a paragraph names its lead's parties as a pair ("both countries"): see `pairs`.
    pairs: frozenset[str] = frozenset()
    #: Added once when a freeze falls on a people's assets ("has frozen 25 billion pounds of Russian assets"): see
    #: `frozen_assets`.
    freeze_weight: float = 0.0
    #: Terms of talks that count nothing when the talks are on arms or a war's end (see `arms_talks`).
    arms_talks: frozenset[str] = frozenset()

    @cached_property
    def shown_weights(self) -> dict[str, float]:
        """Every term's weight by how it is shown (the last such term's): worked out once, not for every article."""
        return {t.shown: t.weight for t in self.terms}

    @cached_property
    def ranked_weights(self) -> dict[str, tuple[int, float]]:
        """The terms that count for the theme, as shown, each with its place among them (the first term shown so)
        and its weight (the last such term's); worked out once, not for every article that looks terms up."""
        weights = {t.shown: t.weight for t in self.terms if t.weight > 0}
        return {shown: (rank, weight) for rank, (shown, weight) in enumerate(weights.items())}


@dataclass(frozen=True)
class Hit:
    theme: int
    term: Term
    start: int
    end: int


#: A term (or, with no Term, an exclusion) of the theme with the given index, and its words.
_Entry = tuple[int, "Term | None", tuple[str, ...]]


class TermIndex:
    """Every theme's terms and exclusions keyed by their first word (and a longer one's also by its second), so one
    pass over a text finds them all and tries the rest of a phrase only where its first two words stand."""

    def __init__(self, themes: Sequence[Theme]):
        entries = [(i, term, term.words) for i, theme in enumerate(themes) for term in theme.terms]
        entries += [(i, None, words) for i, theme in enumerate(themes) for words in theme.exclude]
        self.alone: dict[str, list[_Entry]] = {}
        self.longer: dict[str, dict[str, list[_Entry]]] = {}
        for entry in entries:
            words = entry[2]
            if len(words) == 1:
                self.alone.setdefault(words[0], []).append(entry)
            else:
                self.longer.setdefault(words[0], {}).setdefault(words[1], []).append(entry)
        self.first_words = frozenset(self.alone) | frozenset(self.longer)
        #: The exclusions of two words or more, by their first two words: all that a quotation mark can split.
        self.split_exclusions: dict[str, dict[str, list[_Entry]]] = {}
        for i, theme in enumerate(themes):
            for words in (w for w in theme.exclude if len(w) > 1):
                self.split_exclusions.setdefault(words[0], {}).setdefault(words[1], []).append((i, None, words))
        self._split_firsts = frozenset(self.split_exclusions)
        #: Per word's keys, what each of its term-opening words opens (see `_opening`): a few hundred distinct keys
        #: open terms, read again at every word that has them.
        self._openings: dict[frozenset[str], tuple[tuple[list[_Entry], dict[str, list[_Entry]] | None], ...]] = {}

    def hits(
        self, keys: Sequence[frozenset[str]], n_themes: int, masked: Sequence[tuple[int, int]] = ()
    ) -> tuple[list[Hit], list[list[tuple[int, int]]]]:
        """The longest non-overlapping term matches per theme, minus those inside an exclusion of that theme or a
        masked span of every theme, and the (start, end) token spans that each theme's exclusions hide."""
        found: list[Hit] = []
        hidden: list[list[tuple[int, int]]] = [list(masked) for _ in range(n_themes)]
        opening, openings = self.first_words, self._openings
        for start in compress(range(len(keys)), map(not_, map(opening.isdisjoint, keys))):  # most words begin none
            for matched, by_second in openings.get(keys[start]) or self._opening(keys[start]):
                if by_second and start + 1 < len(keys):
                    for second in keys[start + 1] & by_second.keys():
                        matched = matched + [e for e in by_second[second] if _rest_matches(keys, start, e[2])]
                for theme, term, words in matched:
                    if term is None:
                        hidden[theme].append((start, start + len(words)))
                    else:
                        found.append(Hit(theme, term, start, start + len(words)))
        for theme, span in self._exclusions_across_quotes(keys):
            hidden[theme].append(span)
        found.sort(key=lambda h: (h.theme, h.start, -(h.end - h.start), -h.term.weight, h.term.text))
        kept: list[Hit] = []
        for hit in found:
            if any(a < hit.end and hit.start < b for a, b in hidden[hit.theme]):
                continue
            if kept and kept[-1].theme == hit.theme and hit.start < kept[-1].end:
                continue
            kept.append(hit)
        return kept, hidden

    def _opening(self, key: frozenset[str]) -> tuple[tuple[list[_Entry], dict[str, list[_Entry]] | None], ...]:
        """For each term-opening word of a word's keys, the terms and exclusions of that one word, and those of two
        or more by their second word; made once per distinct keys."""
        found = self._openings.get(key)
        if found is None:
            if len(self._openings) > _MAX_OPENINGS:
                self._openings.clear()  # a bound on memory over a long run
            found = tuple((self.alone.get(word, []), self.longer.get(word)) for word in key & self.first_words)
            self._openings[key] = found
        return found

    def _exclusions_across_quotes(self, keys: Sequence[frozenset[str]]) -> list[tuple[int, tuple[int, int]]]:
        """The exclusions whose words a quotation mark splits, a figure set off as one ('an "army" of volunteers' is
        "an army of"), each with its theme and its token span, marks included; read with the marks left out."""
        if all(map(QUOTATION_MARKS.isdisjoint, keys)):
            return []  # most paragraphs
        kept = list(compress(range(len(keys)), map(QUOTATION_MARKS.isdisjoint, keys)))
        words = list(map(keys.__getitem__, kept))
        found = []
        firsts = self._split_firsts
        for start in compress(range(len(words) - 1), map(not_, map(firsts.isdisjoint, words[:-1]))):
            for first in words[start] & firsts:
                for second in words[start + 1]:
                    for theme, _, phrase in self.split_exclusions[first].get(second, []):
                        end = start + len(phrase) - 1
                        if _rest_matches(words, start, phrase) and kept[end] - kept[start] >= len(phrase):
                            found.append((theme, (kept[start], kept[end] + 1)))
        return found


#: At most this many distinct keys have what they open kept (`TermIndex._opening`).
_MAX_OPENINGS = 16384


def _rest_matches(keys: Sequence[frozenset[str]], start: int, words: tuple[str, ...]) -> bool:
    """Whether the words after the first of a term (or exclusion) whose first word matches at `start` follow it."""
    if start + len(words) > len(keys):
        return False
    return all(words[k] in keys[start + k] for k in range(1, len(words)))


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    """A blank English pipeline's tokenizer, called alone: the pipeline's own call only adds checks, for no step."""
    return English().tokenizer


def doc_keys(doc: Doc | Span) -> list[frozenset[str]]:
    """The keys of every token, read as one array (creating a Token object per word costs more than the scoring); of a
    span, the span's own array, not the whole Doc's cut to it."""
    rows = list(zip(column(doc, LEMMA), column(doc, LOWER), column(doc, POS), strict=True))
    strings, known = doc.vocab.strings, _KNOWN_KEYS
    if len(known) > _MAX_KNOWN:
        known.clear()  # a bound on memory over a long run, as the cache it replaces had
    keys = list(map(known.get, rows))  # most words were met before: read in one pass, with no Python step per word
    for k in compress(range(len(keys)), map(not_, keys)) if None in keys else ():  # only the words not met yet
        keys[k] = _learned(rows[k], strings)
    return keys


#: `_token_keys` by the (lemma, lower-case form, part of speech) keys of a token, made once per distinct three: a dict
#: read per word costs less than a cached call per word. A key is the hash of its string, the same in every store.
_KNOWN_KEYS: dict[tuple[int, int, int], frozenset[str]] = {}
_MAX_KNOWN = 16384


def _learned(row: tuple[int, int, int], strings: StringStore) -> frozenset[str]:
    """`_token_keys` of a three not met before, kept for the next word that has it."""
    keys = _KNOWN_KEYS[row] = _token_keys(*row, strings)
    return keys


def _token_keys(lemma_id: int, lower_id: int, pos_id: int, strings: StringStore) -> frozenset[str]:
    """What a token answers to: its lemma and its lower-case form, each also with its part of speech."""
    lemma, lower, pos = strings[lemma_id], strings[lower_id], strings[pos_id]
    forms = {lemma.lower(), lower}
    tags = {pos.lower()}
    if pos == "PROPN":  # names are not lemmatised: "Tariffs and Trade" should still answer to "tariff:NOUN"
        forms.add(_crude_base(lower))
        tags.add("noun")
    return frozenset(forms | {f"{form}:{tag}" for form in forms for tag in tags})


@lru_cache(maxsize=1024)
def heading_keys(section: str) -> tuple[frozenset[str], ...]:
    """Keys for a heading, which arrives as plain text: each word and a crude base form of it."""
    keys = []
    for word in (t.lower_ for t in _tokenizer()(section)):
        forms = {word, _crude_base(word)}
        # A heading has no parts of speech; its words are taken as nouns, as headings mostly are.
        keys.append(frozenset(forms | {f"{f}:{pos}" for f in forms for pos in ("noun", "propn")}))
    return tuple(keys)


def _crude_base(word: str) -> str:
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2 and not word.endswith("ss"):
            return word[: -len(suffix)] + replacement
    return word


def term_words(text: str) -> tuple[str, ...]:
    """A term's words as the tokenizer splits them in running text ("E.U." stays one word, "anti-dumping" three).

    A word may ask for a part of speech ("talk:NOUN"); the tag stays with the word it follows.
    """
    words: list[str] = []
    for chunk in text.split():
        base, tag = chunk, ""
        if (marked := POS_MARK.fullmatch(chunk)) is not None:
            base, tag = marked.group(1), f":{marked.group(2).lower()}"
        tokens = [t.lower_ for t in _tokenizer()(base)]
        if len(tokens) > 1 and tokens[-1] == "." and "." in tokens[-2]:
            tokens[-2:] = [tokens[-2] + "."]
        tokens[-1] += tag
        words += tokens
    return tuple(words)

"""Explainable paragraph themes from a lexicon file: scores, yes/no labels and the terms that decided them.

Each theme in the TOML file (see data/themes.toml for the format) is a set of weighted terms, single words or
phrases written in base form, matched on the lemma or the lower-case form of each token. A paragraph's score for
a theme is the sum of the weights of the distinct terms it contains (a repeat adds a little), plus the heading's
terms at a reduced weight, plus a little for each further named party (country, nationality) when the paragraph
has a term of the theme; it is labelled when the score reaches the theme's threshold. Exclusion phrases ("trade
war" for military) hide the words they cover from that theme. Matchers are built once, in load_themes.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.attrs import LEMMA, LOWER, POS
from spacy.lang.en import English
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

#: Share of a term's weight that each further occurrence in the same paragraph adds.
REPEAT_SHARE = 0.25
#: How many occurrences of one term count at most.
MAX_REPEATS = 3
THEME_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
#: Universal part-of-speech tags a term's word may require, written "word:NOUN".
POS_MARK = re.compile(r"(.+):([A-Za-z]+)")
POS_TAGS = {
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
}
#: How many distinct parties after the first add their weight at most.
MAX_EXTRA_PARTIES = 3
THEME_KEYS = {"terms", "threshold", "heading_weight", "exclude", "description", "parties", "party_weight"}


class ThemesError(Exception):
    """The themes file is missing or malformed."""


@dataclass(frozen=True)
class ThemeScore:
    """One theme's verdict on one paragraph."""

    theme: str
    score: float
    label: bool
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    """A word or phrase of a theme, as written in the file and as the token keys it matches."""

    text: str
    words: tuple[str, ...]
    weight: float

    @property
    def shown(self) -> str:
        """The term as a reader sees it: without part-of-speech marks ("talk:NOUN" -> "talk")."""
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


@dataclass(frozen=True)
class _Hit:
    theme: int
    term: Term
    start: int
    end: int


class _Index:
    """Every theme's terms and exclusions keyed by their first word, so one pass over a text finds them all."""

    def __init__(self, themes: Sequence[Theme]):
        self.terms: dict[str, list[tuple[int, Term]]] = {}
        self.exclude: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for i, theme in enumerate(themes):
            for term in theme.terms:
                self.terms.setdefault(term.words[0], []).append((i, term))
            for words in theme.exclude:
                self.exclude.setdefault(words[0], []).append((i, words))
        self.first_words = frozenset(self.terms) | frozenset(self.exclude)

    def hits(self, keys: Sequence[frozenset[str]], n_themes: int) -> tuple[list[_Hit], list[list[tuple[int, int]]]]:
        """The longest non-overlapping term matches per theme, minus those inside an exclusion of that theme,
        and the (start, end) token spans that each theme's exclusions hide."""
        found: list[_Hit] = []
        hidden: list[list[tuple[int, int]]] = [[] for _ in range(n_themes)]
        for start, first in enumerate(keys):
            for word in first & self.first_words:
                for theme, term in self.terms.get(word, ()):
                    if _matches(keys, start, term.words):
                        found.append(_Hit(theme, term, start, start + len(term.words)))
                for theme, words in self.exclude.get(word, ()):
                    if _matches(keys, start, words):
                        hidden[theme].append((start, start + len(words)))
        found.sort(key=lambda h: (h.theme, h.start, -(h.end - h.start), -h.term.weight, h.term.text))
        kept: list[_Hit] = []
        for hit in found:
            if any(a < hit.end and hit.start < b for a, b in hidden[hit.theme]):
                continue
            if kept and kept[-1].theme == hit.theme and hit.start < kept[-1].end:
                continue
            kept.append(hit)
        return kept, hidden


def _matches(keys: Sequence[frozenset[str]], start: int, words: tuple[str, ...]) -> bool:
    if start + len(words) > len(keys):
        return False
    return all(word in keys[start + k] for k, word in enumerate(words))


@dataclass(frozen=True)
class Themes:
    """The configured themes, able to score a parsed paragraph."""

    themes: tuple[Theme, ...]
    _index: _Index = field(init=False, repr=False, compare=False)
    _weights: dict[tuple[int, str], float] = field(init=False, repr=False, compare=False)
    _shown: dict[tuple[int, str], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", _Index(self.themes))
        weights = {(i, term.text): term.weight for i, theme in enumerate(self.themes) for term in theme.terms}
        object.__setattr__(self, "_weights", weights)
        shown = {(i, term.text): term.shown for i, theme in enumerate(self.themes) for term in theme.terms}
        object.__setattr__(self, "_shown", shown)

    @property
    def names(self) -> list[str]:
        return [t.name for t in self.themes]

    @property
    def components(self) -> tuple[str, ...]:
        """The spaCy components scoring reads: lemmas and parts of speech, and entities when a theme has parties."""
        needed = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
        return needed + ("ner",) if any(t.parties and t.party_weight for t in self.themes) else needed

    def score(self, doc: Doc | Span, *, section: str = "") -> list[ThemeScore]:
        """Each theme's score, label and matched terms for one paragraph (a Doc or a sentence Span of one)."""
        found, hidden = self._index.hits(_doc_keys(doc), len(self.themes))
        counts: list[Counter[str]] = [Counter() for _ in self.themes]
        for hit in found:
            counts[hit.theme][hit.term.text] += 1
        headed = self._heading_terms(section, counts)
        return [self._verdict(i, doc, counts[i], headed[i], hidden[i]) for i in range(len(self.themes))]

    def _heading_terms(self, section: str, counts: list[Counter[str]]) -> list[list[str]]:
        """Per theme, the terms of the heading that the paragraph itself does not contain."""
        headed: list[list[str]] = [[] for _ in self.themes]
        if section.strip():
            for hit in self._index.hits(_heading_keys(section), len(self.themes))[0]:
                text = hit.term.text
                if (
                    self.themes[hit.theme].heading_weight
                    and text not in counts[hit.theme]
                    and text not in headed[hit.theme]
                ):
                    headed[hit.theme].append(text)
        return headed

    def _verdict(
        self, i: int, doc: Doc | Span, counts: Counter[str], headed: list[str], hidden: list[tuple[int, int]]
    ) -> ThemeScore:
        theme, weight, shown = self.themes[i], self._weights, self._shown
        total = sum(weight[i, t] * (1 + REPEAT_SHARE * (min(n, MAX_REPEATS) - 1)) for t, n in counts.items())
        total += sum(theme.heading_weight * weight[i, t] for t in headed)
        explained = [shown[i, t] if weight[i, t] > 0 else f"-{shown[i, t]}" for t in counts]
        explained += [f"heading: {shown[i, t]}" for t in headed]
        has_term = headed or any(weight[i, t] > 0 for t in counts)
        parties = _parties(doc, theme.parties, hidden) if theme.party_weight and has_term else []
        if len(parties) > 1:
            total += theme.party_weight * min(len(parties) - 1, MAX_EXTRA_PARTIES)
            explained.append(f"parties: {' + '.join(parties)}")
        score = round(total, 4)
        return ThemeScore(theme.name, score, score >= theme.threshold, tuple(dict.fromkeys(explained)))


def _parties(doc: Doc | Span, labels: frozenset[str], hidden: list[tuple[int, int]]) -> list[str]:
    """The distinct named entities of the given labels, as first written, unless an exclusion hides them.

    "Mexico" and "Mexican" are one party.
    """
    offset = doc.start if isinstance(doc, Span) else 0
    seen: dict[str, str] = {}
    for ent in doc.ents:
        start, end = ent.start - offset, ent.end - offset
        if ent.label_ not in labels or any(a < end and start < b for a, b in hidden):
            continue
        key = " ".join(t.lower_ for t in ent if not t.is_stop and not t.is_punct)
        if key and not any(_same_party(key, other) for other in seen):
            seen[key] = ent.text
    return list(seen.values())


def _same_party(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short[:-1]))


def labels(scores: Iterable[ThemeScore]) -> list[str]:
    """The names of the labelled themes among scores, in file order."""
    return [s.theme for s in scores if s.label]


def quote_labels(themes: Themes, doc: Doc, scores: Sequence[ThemeScore], start_char: int, end_char: int) -> list[str]:
    """The themes of a quote: those of its paragraph that the quoted words touch, else all of the paragraph's.

    A quote about trade in a paragraph labelled trade and military is a trade quote; a quote with no theme words
    of its own keeps its paragraph's themes, since the paragraph is its context.
    """
    paragraph = labels(scores)
    span = doc.char_span(max(start_char, 0), min(end_char, len(doc.text)), alignment_mode="expand")
    if span is None or len(paragraph) < 2:
        return paragraph
    touched = {s.theme for s in themes.score(span) if any(not t.startswith(("-", "parties: ")) for t in s.terms)}
    return [theme for theme in paragraph if theme in touched] or paragraph


@lru_cache(maxsize=1)
def _tokenizer() -> English:
    return English()


def _doc_keys(doc: Doc | Span) -> list[frozenset[str]]:
    """The keys of every token, read as one array (creating a Token object per word costs more than the scoring)."""
    whole = doc.doc if isinstance(doc, Span) else doc
    rows = whole.to_array([LEMMA, LOWER, POS]).tolist()
    if isinstance(doc, Span):
        rows = rows[doc.start : doc.end]
    strings = whole.vocab.strings
    return [_token_keys(lemma, lower, pos, strings) for lemma, lower, pos in rows]


@lru_cache(maxsize=16384)
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
def _heading_keys(section: str) -> tuple[frozenset[str], ...]:
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


def _words(text: str) -> tuple[str, ...]:
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


def load_themes(path: str | Path) -> Themes:
    """Themes from a TOML file: one table per theme with weighted `terms` and a `threshold` (see data/themes.toml)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ThemesError(f"themes file {path} does not exist") from err
    except (OSError, UnicodeDecodeError) as err:
        raise ThemesError(f"themes file {path} cannot be read: {err}") from err
    except tomllib.TOMLDecodeError as err:
        raise ThemesError(f"themes file {path} is not valid TOML: {err}") from err
    themes = tuple(_theme(path, name, spec) for name, spec in data.items())
    if not themes:
        raise ThemesError(f"themes file {path} defines no themes: add a table such as [trade] with terms")
    return Themes(themes)


def _theme(path: Path, name: str, spec: object) -> Theme:
    where = f"themes file {path}, theme [{name}]"
    if not isinstance(spec, dict):
        raise ThemesError(f"themes file {path}: {name!r} must be a table ([{name}]) with terms and a threshold")
    if not THEME_NAME.match(name):
        raise ThemesError(f"{where}: a theme name must be lower-case letters, digits and _, starting with a letter")
    unknown = sorted(set(spec) - THEME_KEYS)
    if unknown:
        raise ThemesError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(THEME_KEYS))}")
    raw_terms = spec.get("terms")
    if not isinstance(raw_terms, dict) or not raw_terms:
        raise ThemesError(f"{where}: `terms` must be a non-empty table of term = weight")
    terms = []
    for text, weight in raw_terms.items():
        words = _words(text)
        if not words:
            raise ThemesError(f"{where}: the term {text!r} has no words")
        for chunk in text.split():
            tag = marked.group(2).upper() if (marked := POS_MARK.fullmatch(chunk)) else None
            if tag is not None and tag not in POS_TAGS:
                raise ThemesError(
                    f"{where}: the term {text!r} asks for part of speech {tag!r}; "
                    f"use one of {', '.join(sorted(POS_TAGS))}"
                )
        terms.append(Term(text.strip(), words, _number(where, f"the weight of {text!r}", weight)))
    threshold = _number(where, "threshold", spec.get("threshold"))
    if threshold <= 0:
        raise ThemesError(f"{where}: threshold must be above 0, got {threshold}")
    heading_weight = _number(where, "heading_weight", spec.get("heading_weight", 0.0))
    exclude = spec.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(e, str) and _words(e) for e in exclude):
        raise ThemesError(f'{where}: `exclude` must be a list of phrases such as ["trade war"]')
    description = spec.get("description", "")
    if not isinstance(description, str):
        raise ThemesError(f"{where}: `description` must be text")
    parties = spec.get("parties", [])
    if not isinstance(parties, list) or not all(isinstance(p, str) and p.strip() for p in parties):
        raise ThemesError(f'{where}: `parties` must be a list of entity labels such as ["GPE", "NORP"]')
    party_weight = _number(where, "party_weight", spec.get("party_weight", 0.0))
    return Theme(
        name,
        tuple(terms),
        threshold,
        heading_weight,
        tuple(_words(e) for e in exclude),
        description,
        frozenset(p.strip().upper() for p in parties),
        party_weight,
    )


def _number(where: str, what: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ThemesError(f"{where}: {what} must be a number, got {value!r}")
    return float(value)

"""The themes file: TOML tables of weighted terms, checked with a message that names the theme and the key."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from dashboard.analysis.themes.context import ContextWeights
from dashboard.analysis.themes.scoring import Themes
from dashboard.analysis.themes.terms import POS_MARK, POS_TAGS, Term, Theme, term_words
from dashboard.themes_file import ThemesError, theme_tables

THEME_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
THEME_KEYS = {
    "terms", "threshold", "heading_weight", "exclude", "description", "parties", "party_weight", "acting_weight",
    "context", "yields_to", "effects", "domestic", "market_weight", "venture_weight", "events",
    "pairs", "freeze_weight", "arms_talks",
}  # fmt: skip
CONTEXT_KEYS = {f.name for f in fields(ContextWeights)}


def load_themes(path: str | Path) -> Themes:
    """Themes from a TOML file: one table per theme with weighted `terms` and a `threshold` (see data/themes.toml)."""
    path = Path(path)
    data = theme_tables(path)
    themes = tuple(_theme(path, name, spec) for name, spec in data.items())
    if not themes:
        raise ThemesError(f"themes file {path} defines no themes: add a table such as [trade] with terms")
    for theme in themes:
        for other, _ in theme.yields_to:
            if other not in data or other == theme.name:
                raise ThemesError(
                    f"themes file {path}, theme [{theme.name}]: `yields_to` names no other theme {other!r}"
                )
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
        words = term_words(text)
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
    if not isinstance(exclude, list) or not all(isinstance(e, str) and term_words(e) for e in exclude):
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
        tuple(term_words(e) for e in exclude),
        description,
        frozenset(p.strip().upper() for p in parties),
        party_weight,
        _number(where, "acting_weight", spec.get("acting_weight", 0.0)),
        _context(where, spec.get("context", {})),
        _yields(where, spec.get("yields_to", {}), {term.text for term in terms}),
        _effects(where, spec.get("effects", []), terms),
        _domestic(where, spec.get("domestic", []), terms),
        _number(where, "market_weight", spec.get("market_weight", 0.0)),
        _number(where, "venture_weight", spec.get("venture_weight", 0.0)),
        _events(where, spec.get("events", [])),
        _pairs(where, spec.get("pairs", []), terms),
        _number(where, "freeze_weight", spec.get("freeze_weight", 0.0)),
        _talk_terms(where, "arms_talks", spec.get("arms_talks", []), terms),
    )


def _events(where: str, spec: object) -> frozenset[str]:
    """The theme's `events`: lower-case words (lemmas) of the events it is told through, such as ["exchange"]."""
    if not isinstance(spec, list) or not all(isinstance(w, str) and w.strip() for w in spec):
        raise ThemesError(f'{where}: `events` must be a list of words such as ["exchange", "sale"]')
    return frozenset(w.strip().lower() for w in spec)


def _pairs(where: str, spec: object, terms: list[Term]) -> frozenset[str]:
    """The theme's `pairs`: its terms that name two parties as a pair, such as ["both countries"]."""
    if not isinstance(spec, list) or not all(isinstance(w, str) for w in spec):
        raise ThemesError(f'{where}: `pairs` must be a list of terms of the theme such as ["both countries"]')
    shown = {term.text: term.shown for term in terms}
    if missing := sorted(set(spec) - set(shown)):
        raise ThemesError(f"{where}: `pairs` lists {', '.join(missing)}, which are not terms of the theme")
    return frozenset(shown[w] for w in spec)


def _domestic(where: str, spec: object, terms: list[Term]) -> frozenset[str]:
    """The theme's `domestic` terms of talks, which count nothing between sides inside one state."""
    return _talk_terms(where, "domestic", spec, terms)


def _talk_terms(where: str, key: str, spec: object, terms: list[Term]) -> frozenset[str]:
    """A list of the theme's terms of talks under `key` (`domestic`, `arms_talks`), checked."""
    if not isinstance(spec, list) or not all(isinstance(w, str) for w in spec):
        raise ThemesError(f'{where}: `{key}` must be a list of terms of the theme such as ["talks"]')
    if missing := sorted(set(spec) - {term.text for term in terms}):
        raise ThemesError(f"{where}: `{key}` lists {', '.join(missing)}, which are not terms of the theme")
    return frozenset(spec)


def _effects(where: str, spec: object, terms: list[Term]) -> frozenset[str]:
    """The theme's `effects`: terms of the theme that tell it through its effects, as a reader sees them."""
    if not isinstance(spec, list) or not all(isinstance(w, str) for w in spec):
        raise ThemesError(f'{where}: `effects` must be a list of terms of the theme such as ["flee"]')
    if missing := sorted(set(spec) - {term.text for term in terms}):
        raise ThemesError(f"{where}: `effects` lists {', '.join(missing)}, which are not terms of the theme")
    return frozenset(term.shown for term in terms if term.text in spec)


def _yields(where: str, spec: object, terms: set[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The theme's `yields_to` table: per other theme, terms of this one that it gives up to that one."""
    if not isinstance(spec, dict) or not all(isinstance(v, list) for v in spec.values()):
        raise ThemesError(f'{where}: `yields_to` must be a table such as {{ military = ["nato"] }}')
    for words in spec.values():
        if missing := sorted(str(w) for w in words if w not in terms):
            raise ThemesError(f"{where}: `yields_to` lists {', '.join(missing)}, which are not terms of the theme")
    return tuple((other, frozenset(words)) for other, words in spec.items())


def _context(where: str, spec: object) -> ContextWeights:
    """The theme's `[theme.context]` table; what it leaves out keeps the calibrated default."""
    if not isinstance(spec, dict):
        raise ThemesError(f"{where}: `context` must be a table such as {{ article = 0.6, floor = 0.25 }}")
    unknown = sorted(set(spec) - CONTEXT_KEYS)
    if unknown:
        raise ThemesError(
            f"{where}: unknown context key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(CONTEXT_KEYS))}"
        )
    values = {key: _number(where, f"context.{key}", value) for key, value in spec.items()}
    if any(value < 0 for value in values.values()):
        raise ThemesError(f"{where}: context weights must be 0 or more (0 turns a part of the context off)")
    return ContextWeights(**values)


def _number(where: str, what: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ThemesError(f"{where}: {what} must be a number, got {value!r}")
    return float(value)

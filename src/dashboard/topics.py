"""Explainable paragraph themes from a lexicon file: scores, yes/no labels and the terms that decided them."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc


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
class Theme:
    name: str
    terms: dict[str, float]
    threshold: float


@dataclass(frozen=True)
class Themes:
    """The configured themes, able to score a parsed paragraph."""

    themes: tuple[Theme, ...]

    @property
    def names(self) -> list[str]:
        return [t.name for t in self.themes]

    def score(self, doc: Doc, *, section: str = "") -> list[ThemeScore]:
        """Each theme's score, label and matched terms for one paragraph."""
        lemmas = [t.lemma_.lower() for t in doc]
        results = []
        for theme in self.themes:
            matched = [lemma for lemma in lemmas if lemma in theme.terms]
            score = sum(theme.terms[m] for m in matched)
            results.append(ThemeScore(theme.name, score, score >= theme.threshold, tuple(dict.fromkeys(matched))))
        return results


def load_themes(path: Path) -> Themes:
    """Themes from a TOML file: one table per theme with `terms` (term -> weight) and a `threshold`."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ThemesError(f"themes file {path} does not exist") from err
    except tomllib.TOMLDecodeError as err:
        raise ThemesError(f"themes file {path} is not valid TOML: {err}") from err
    themes = []
    for name, spec in data.items():
        terms = spec.get("terms", {})
        if isinstance(terms, list):
            terms = dict.fromkeys(terms, 1.0)
        themes.append(Theme(name, {str(k).lower(): float(v) for k, v in terms.items()},
                            float(spec.get("threshold", 1.0))))
    if not themes:
        raise ThemesError(f"themes file {path} defines no themes")
    return Themes(tuple(themes))

"""Weapons a story named in full, told on by their short name: once the title or the lead names "landmines" (or
"anti-personnel mines", "a minefield"), a later paragraph's "mines" ("Latvia plans to buy mines abroad", "accused of
using mines") are those weapons, and count as the full name does for the theme whose word it is, as "the ships" go on
with the frigates a lead sold (see `kinds`). A "mine" in an article that never named the weapon in full is a pit of
coal or copper ("the mine's 300 workers"), which stays no weapon. Explained as "mine (landmine)". Read from lemmas and
parts of speech: no parser."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dashboard.analysis.doc_text import places_of, words_of

#: Short names of weapons, each with the full names (terms as written in the themes file) that make it one.
FULL_NAMES: dict[str, tuple[str, ...]] = {
    "mine": (
        "landmine", "land mine", "anti-personnel mine", "anti-tank mine", "minefield", "sea mine", "naval mine",
    ),
}  # fmt: skip
#: The forms in which a short name is written.
FORMS: dict[str, tuple[str, ...]] = {"mine": ("mine", "mines")}


def short_named(themes: Sequence, docs: Sequence[Doc], title: str, scores: list[list]) -> list[list]:
    """The paragraphs' scores with a weapon's short name, in an article whose title or lead named the weapon in
    full, counted at the weight of that full name for each theme whose term it is."""
    if not docs:
        return scores
    heading = title.lower()
    for short, full in FULL_NAMES.items():
        for i, theme in enumerate(themes):
            ranked = theme.ranked_weights
            weights = {s: ranked[s][1] for s in sorted(ranked.keys() & set(full), key=lambda s: ranked[s][0])}
            named = [name for name in weights if name in heading or name in scores[0][i].terms]
            if not named:
                continue
            name = max(named, key=weights.__getitem__)
            for p, doc in enumerate(docs):
                verdict = scores[p][i]
                if any(n in verdict.terms for n in weights) or not _names(doc, short):
                    continue
                score = round(verdict.score + weights[name], 4)
                terms = (*verdict.terms, f"{short} ({name})")
                scores[p][i] = replace(verdict, score=score, label=score >= theme.threshold, terms=terms)
    return scores


def _names(doc: Doc, short: str) -> bool:
    """Whether a paragraph names a thing by the short name, as a noun ("mines", not "a friend of mine")."""
    if short not in words_of(doc):
        return False
    places = places_of(doc, FORMS[short], lower=True)
    return any(doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() == short for i in places)

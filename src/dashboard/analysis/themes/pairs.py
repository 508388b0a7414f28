"""The two states of a story told as a pair: once an article's lead carries a theme on its own or with its context,
a later paragraph that names the lead's parties as a pair anywhere in it ("The parliaments of both countries must
still approve the text", "The border between the two countries has been closed", "Villagers on both sides watched")
goes on with the theme when no other theme labels it (trade "between the two countries" is trade) and nothing in it
speaks against the theme ("Police on both sides stepped up checks"). The words of the pair are the theme's `pairs`
in the themes file: terms of the theme, matched as the paragraph's own terms are, so an exclusion hides them too
("both sides of the aisle"). Explained as "context: pair: both countries, lead".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dashboard.analysis.themes.arms_sales import arms_sold
from dashboard.analysis.themes.counts import recounted
from dashboard.analysis.themes.events import continued_events
from dashboard.analysis.themes.pacts import pacts_named_again
from dashboard.analysis.themes.priced_arms import arms_priced
from dashboard.analysis.themes.short_names import short_named
from dashboard.analysis.themes.stateless import stateless


def continued_lead(themes: Sequence, docs: Sequence[Doc], title: str, scores: list[list]) -> list[list]:
    """The lifts that follow from an article's lead: the weapons it named in full, told on by their short name (see
    `short_names`), the events it told (see `events`), then its parties as a pair, then the counts of its event (see
    `counts`), and arms sold between states (see `arms_sales`) or for a price (see `priced_arms`); then no relations
    between states in an article that names none (see `stateless`); last, a trade agreement named again by its noun
    (see `pacts`)."""
    told = continued_events(themes, docs, title, short_named(themes, docs, title, scores))
    lifted = recounted(themes, docs, continued_pairs(themes, told))
    return pacts_named_again(
        themes, docs, stateless(themes, docs, title, arms_priced(themes, docs, arms_sold(themes, docs, lifted)))
    )


def continued_pairs(themes: Sequence, scores: list[list]) -> list[list]:
    """The article's scores with each later paragraph that names its lead's parties as a pair, carries no other theme
    and no cue against this one labelled with the theme its lead carries."""
    if len(scores) < 2:
        return scores
    for i, theme in enumerate(themes):
        if not theme.pairs or not scores[0][i].label:
            continue
        for p in range(1, len(scores)):
            verdict = scores[p][i]
            others = any(other.label for k, other in enumerate(scores[p]) if k != i)
            if verdict.label or others or any(term.startswith("-") for term in verdict.terms):
                continue
            pair = next((term for term in verdict.terms if term in theme.pairs), "")
            if pair:
                score = max(verdict.score, theme.threshold)
                scores[p][i] = replace(verdict, score=score, label=True, context=f"pair: {pair}, lead")
    return scores

"""Paragraph themes read in their article's context: what the title, the other paragraphs, the section and the
neighbouring paragraphs say about a theme lifts a paragraph that continues that subject with weak words of its own.

Each paragraph's own score becomes a strength between 0 and 1 (its score over the theme's threshold, capped). The
context of a paragraph is the weighted sum of three profiles built from the *other* paragraphs' strengths:

- article: the mean strength of the title (counted as `TITLE_PARAGRAPHS` paragraphs) and the other paragraphs, or,
  when higher and at least `HEADLINE_SUPPORT` paragraphs carry the theme on their own, the title's own strength
  times the `title` weight: a headline about the theme ("Gunmen Kill 14 In Market Attack") that the body bears out
  makes it the article's subject even when most paragraphs tell it with weak words;
- section: the mean strength of the other paragraphs under the same heading;
- neighbours: the stronger of the paragraphs just before and just after.

The article profile is at least `lead` when the lead carries the theme on its own under a headline with a word of it,
or followed by a paragraph that carries it too (see `leads`): a long piece told mostly through what people saw and
fear is still about the war its lead tells.

The context adds `context x threshold` to the paragraph's own score, but only to a paragraph whose own score reaches
`floor x threshold`: a paragraph with no word of the theme, or with cues against it, keeps its own verdict. Context
only adds, so a strongly themed paragraph in an unrelated article still stands on its own.

A paragraph that refers back (see `continuation`; `Themes.score_article` asks of those that carry no theme on their
own, and of those that carry another when the subject they refer to is a term of this theme: `continuation.carried`)
takes the theme whole, whatever its own score short of a cue against it, when the article profile reaches
`continued` and the paragraph it refers to carries the theme on its own: the one just before for "He ...", any
earlier one for "the decision"; or, whatever the article profile, when it names a subject that is a word of the
theme (`Reference.themed`: "At that meeting, the two reaffirmed ...") right after a paragraph that carries the theme
on its own (a `continued` above 1 leaves only this). ("The capital promised a response and said it would regret the
decision" after an expelled envoy is diplomacy; the same words after a school board's vote are not.) 0 turns this
off. A subject that is a word of another theme only ("the duties" for diplomacy: trade's measure) waits for the
article profile to reach `foreign` too, when that is higher. A deed told with no doer ("The depot was hit") goes on
in that way also after a paragraph that its own context carried ("Two workers were killed" after the strike). So
does a state that speaks alone ("Athens has sent two rescue teams" after a call of condolence), unless through a
word of another theme that labels it: see `speaking.spoken_on`; and a paragraph that counts the event just told ("It
was their first call since the new year": `continuation.count`). A quotation of a speaker already named ('"...,"
Qureshi said') goes on with the paragraph that last named them, whose theme it takes whole once the article profile
reaches `quoted` (0 turns this off; see `quoted`).

A paragraph that tells the theme through one term alone takes nothing from its context when the article profile is
under `least` (0 turns this off): one passing word in a story that hardly tells the theme is a figure of speech (a
chief executive's "this war" in a price war, a sermon's "wars begin in the heart", a nurse's "we are the frontline").

A paragraph that tells the theme only through its effects (`Theme.effects`: people who fled, a blackout, civilians
hit) takes the theme whole, when the profiles above leave it short, once its article profile reaches `effects`:
"4,000 people have fled the district" in a story of raids is war, the same words in a story of floods are not. A cue
against the theme keeps its own verdict; 0 turns this off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dashboard.analysis.themes.continuation import Reference
from dashboard.analysis.themes.leads import led

#: How many paragraphs the title counts for in the article's profile.
TITLE_PARAGRAPHS = 2.0
#: How many paragraphs must carry a theme on their own before a headline about it sets the article's profile: a
#: headline's war may be a metaphor ("delegate warfare") that the body does not bear out.
HEADLINE_SUPPORT = 2


@dataclass(frozen=True)
class ContextWeights:
    """How much each profile adds, in shares of the threshold, and how strong a paragraph must be on its own.

    The defaults were calibrated on the dev gold (benchmarks/topics_dev.py --fit) and serve any theme that does
    not set its own `[theme.context]` table.
    """

    article: float = 0.8
    section: float = 0.2
    neighbours: float = 0.2
    floor: float = 0.1
    title: float = 0.0
    continued: float = 0.7
    effects: float = 0.0
    least: float = 0.0
    lead: float = 0.0
    follows: float = 0.0
    quoted: float = 0.0
    foreign: float = 0.0


@dataclass(frozen=True)
class Lift:
    """The context one theme gives one paragraph: the score it adds and the profiles that gave it."""

    added: float
    article: float
    section: float
    neighbours: float
    by_title: bool = False
    refers: str = ""
    effect: str = ""
    by_lead: bool = False

    def explained(self) -> str:
        """The profiles that added to the score, as a reader sees them: "article 0.80, neighbours 1.00" (or "title
        1.00" when the headline set the article's profile, "article 0.80 (lead)" when the lead and the headline
        did), after the words that refer back ("refers to: the issue") when those decided."""
        first = "title" if self.by_title and not self.by_lead else "article"
        parts = [(first, self.article), ("section", self.section), ("neighbours", self.neighbours)]
        profiles = ", ".join(
            f"{name} {value:.2f}" + (" (lead)" if self.by_lead and name == first else "")
            for name, value in parts
            if value > 0
        )
        if self.effect:
            return f"effect: {self.effect}, {profiles}"
        return f"refers to: {self.refers}, {profiles}" if self.refers else profiles


NO_LIFT = Lift(0.0, 0.0, 0.0, 0.0)


def strength(score: float, threshold: float) -> float:
    """How far a score goes towards its threshold, between 0 and 1."""
    return min(max(score, 0.0) / threshold, 1.0)


def lifts(
    own: Sequence[float],
    threshold: float,
    sections: Sequence[str],
    title: float,
    weights: ContextWeights,
    references: Sequence[Reference | None] = (),
    effects: Sequence[str] = (),
    lone: Sequence[bool] = (),
) -> list[Lift]:
    """For one theme, what the context adds to each paragraph of an article, given the paragraphs' own scores,
    the title's score, how each paragraph refers back, if it does, the effects of the theme it tells, if any, and
    whether it tells the theme through one term alone (see `lone_term`)."""
    strong = [strength(s, threshold) for s in own]
    borne_out = sum(s >= 1.0 for s in strong) >= HEADLINE_SUPPORT
    headline = weights.title * strength(title, threshold) if borne_out else 0.0
    title_part = TITLE_PARAGRAPHS * strength(title, threshold)
    total = sum(strong)
    by_section: dict[str, list[int]] = {}
    for i, section in enumerate(sections):
        if section:
            by_section.setdefault(section, []).append(i)
    result: list[Lift] = []
    for i, score in enumerate(own):
        others = len(own) - 1 + TITLE_PARAGRAPHS
        article = (total - strong[i] + title_part) / others if others else 0.0
        by_title = headline > article
        article = max(article, headline)
        told = references[i] if i < len(references) else None
        if told is not None and told.quote and not 0 < weights.quoted <= article:
            told = None  # a speaker's quote goes on with them only in an article that profile carries (see `quoted`)
        # a deed with no doer goes on with the paragraph before also when its context carried the theme ("Two workers
        # were killed" after a strike, then "The depot was hit"): each link is a word of the theme
        j = i - told.back if told is not None else i - 1  # the paragraph a pronoun or a speaker's quote goes on with
        before_told = j >= 0 and (
            strong[j] >= 1.0
            or (told is not None and (told.passive or told.follows) and _carried(own, result, j, threshold))
        )
        just_before = before_told and told is not None and told.themed
        bar = max(weights.continued, weights.foreign) if told is not None and told.foreign else weights.continued
        if told and 0 <= score < threshold and weights.continued > 0 and (just_before or bar <= article):
            before = strong[j : j + 1] if told.previous_only else strong[:i]
            if any(s >= 1.0 for s in before) or (just_before and (told.passive or told.follows)):
                result.append(Lift(round(threshold - score, 4), article, 0.0, 0.0, by_title, told.words))
                continue
        if score < weights.floor * threshold or score >= threshold:
            result.append(NO_LIFT)
            continue
        # what the lead and the headline set (see `leads`) lifts a weak paragraph; a reference back keeps the mean
        by_lead = (lead := led(strong, title, i, weights.lead)) > article
        article = max(article, lead)
        if article < weights.least and i < len(lone) and lone[i]:
            result.append(NO_LIFT)  # one passing word in a story that hardly tells the theme: a figure
            continue
        mates = [j for j in by_section.get(sections[i], ()) if j != i]
        section = sum(strong[j] for j in mates) / len(mates) if mates else 0.0
        neighbours = max((strong[j] for j in (i - 1, i + 1) if 0 <= j < len(own)), default=0.0)
        added = threshold * (weights.article * article + weights.section * section + weights.neighbours * neighbours)
        effect = effects[i] if i < len(effects) else ""
        if effect and score + added < threshold and 0 < weights.effects <= article:
            result.append(
                Lift(round(threshold - score, 4), article, 0.0, 0.0, by_title, effect=effect, by_lead=by_lead)
            )
            continue
        result.append(
            Lift(round(added, 4), article, section, neighbours, by_title, by_lead=by_lead) if added > 0 else NO_LIFT
        )
    return result


def effect_words(terms: Sequence[str], effects: frozenset[str]) -> str:
    """The words of a paragraph's terms that tell the theme's effects (see `lifts`), or "" when it has none or has a
    cue against the theme (a term shown as "-word")."""
    if any(term.startswith("-") for term in terms):
        return ""
    return ", ".join(term for term in terms if term in effects)


def lone_term(terms: Sequence[str]) -> bool:
    """Whether a paragraph tells a theme through one term alone, with no cue against it ("war" in "We will not lose
    this war by standing still")."""
    return len(terms) == 1 and not terms[0].startswith("-")


def _carried(own: Sequence[float], lifted: Sequence[Lift], i: int, threshold: float) -> bool:
    """Whether paragraph i carries the theme once its context is added."""
    return own[i] + lifted[i].added >= threshold

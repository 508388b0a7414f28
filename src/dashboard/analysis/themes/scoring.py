"""Explainable paragraph themes from a lexicon file: scores, yes/no labels and the terms that decided them.

Each theme in the TOML file (see data/themes.toml for the format) is a set of weighted terms, single words or phrases
written in base form, matched on the lemma or the lower-case form of each token. A paragraph's score for a theme is the
sum of the weights of the distinct terms it contains (a repeat adds a little), plus the heading's terms at a reduced
weight, plus a little for each further named party (country, nationality); parties in a paragraph with no term of the
theme add as much when two are states, half as much when they are peoples, and at most half the threshold: never a
label on their own but a reach for the context. And a party that does one of the theme's verbs to another adds the
theme's acting weight (see `names.acting`), a capital that stands for its state and does anything ("Beijing said")
beside another party half of it, a national held in another country ("an American jailed in Russia", see `held`), a
state claiming land or waters, a state told as a side, the heads of two states by title and nationality or an
airspace closed to another state's planes (see `deeds_abroad`) all of it. It is labelled when the score reaches the
theme's threshold. Exclusions ("trade war" for military) hide the words they cover from that theme; names of
institutes and titles no longer held hide theirs from all (see `names`). A theme may give up words to one that labels
the paragraph alone when they are all it has there (`yields_to`: NATO as a force is military's).
`score_article` reads each paragraph in its article's context (see `context`, and `events`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from dashboard.analysis.themes.advisories import advisory
from dashboard.analysis.themes.answering_voices import answering_voice
from dashboard.analysis.themes.apart import finished
from dashboard.analysis.themes.arms_talks import arms_talks
from dashboard.analysis.themes.cases import HELD_ABROAD, case_words, continued_cases, counted_held
from dashboard.analysis.themes.context import effect_words, lifts, lone_term
from dashboard.analysis.themes.continuation import carried, reference, themed
from dashboard.analysis.themes.deeds_abroad import deed_abroad
from dashboard.analysis.themes.demarcation import borders_marked
from dashboard.analysis.themes.domestic import domestic_sides, inner_talks, state_count
from dashboard.analysis.themes.held import held_abroad
from dashboard.analysis.themes.home import home_acting
from dashboard.analysis.themes.leaders import article_leaders
from dashboard.analysis.themes.masks import masked
from dashboard.analysis.themes.names import acting, capital_acting, parties, party_names
from dashboard.analysis.themes.pairs import continued_lead
from dashboard.analysis.themes.programme import principals, programme, visit_story
from dashboard.analysis.themes.quoted import quoted_speakers
from dashboard.analysis.themes.sides import side_share
from dashboard.analysis.themes.speaking import STATE_SPEAKS, alone_share, answering, speaking_share, spoken_on
from dashboard.analysis.themes.states import title_states
from dashboard.analysis.themes.subjects import elsewhere, subject_words, told_elsewhere
from dashboard.analysis.themes.terms import TermIndex, Theme, doc_keys, heading_keys
from dashboard.analysis.themes.told_beyond_terms import told_beyond_terms
from dashboard.analysis.themes.travel_warnings import advice_weight
from dashboard.analysis.themes.vessels import warships_named_again
from dashboard.analysis.themes.voices import state_speaking

#: Share of a term's weight that each further occurrence in the same paragraph adds.
REPEAT_SHARE = 0.25
#: How many occurrences of one term count at most.
MAX_REPEATS = 3
#: How many distinct parties after the first add their weight at most.
MAX_EXTRA_PARTIES = 3
#: Share of the party weight that parties add to a paragraph with no term of the theme when they are peoples, not two
#: states (those add in full), and at most that share of the threshold: never a label on its own, but enough for a
#: diplomatic article's context to lift a paragraph that names the states it is about ("Chileans, Peruvians and
#: Bolivians crowded the bridge" in a story about a border treaty; "Ethiopia says ... while Egypt calls it ...").
PARTIES_ALONE_SHARE = 0.5
#: The party labels a theme must list for a national of one state held in another to act as one state on the other
#: (see `held`): the theme's acting weight, never a label alone, but the context of a consular story lifts it.
CONSULAR_PARTIES = frozenset(["GPE", "NORP"])


@dataclass(frozen=True)
class ThemeScore:
    """One theme's verdict on one paragraph: the terms that decided it and, when its article lifted it, how."""

    theme: str
    score: float
    label: bool
    terms: tuple[str, ...]
    context: str = ""

    def explained(self) -> str:
        """What decided the verdict, for a table cell: "fighting, shelling; context: article 0.80"."""
        own = ", ".join(self.terms)
        if not self.context:
            return own
        return f"{own}; context: {self.context}" if own else f"context: {self.context}"


@dataclass(frozen=True)
class Themes:
    """The configured themes, able to score a parsed paragraph."""

    themes: tuple[Theme, ...]
    _index: TermIndex = field(init=False, repr=False, compare=False)
    _weights: dict[tuple[int, str], float] = field(init=False, repr=False, compare=False)
    _shown: dict[tuple[int, str], str] = field(init=False, repr=False, compare=False)
    _subjects: tuple[tuple[frozenset[str], frozenset[str]], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", TermIndex(self.themes))
        weights = {(i, term.text): term.weight for i, theme in enumerate(self.themes) for term in theme.terms}
        object.__setattr__(self, "_weights", weights)
        shown = {(i, term.text): term.shown for i, theme in enumerate(self.themes) for term in theme.terms}
        object.__setattr__(self, "_shown", shown)
        own = [subject_words(theme) for theme in self.themes]  # each theme's subject words, and the others' it lacks
        object.__setattr__(self, "_subjects", tuple((words, elsewhere(own, i)) for i, words in enumerate(own)))

    @property
    def names(self) -> list[str]:
        return [t.name for t in self.themes]

    @property
    def components(self) -> tuple[str, ...]:
        """The spaCy components scoring reads: lemmas and parts of speech, and entities for parties and the names of
        institutions."""
        return ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "ner")

    def score(
        self, doc: Doc | Span, *, section: str = "", leaders: frozenset[str] = frozenset(), inner: str = ""
    ) -> list[ThemeScore]:
        """Each theme's score, label and matched terms for one paragraph (a Doc or a sentence Span of one); `leaders`
        are the last names of the heads of state and government its article has named with a title, `inner` the side
        inside one state its article's lead names at talks (see `domestic`)."""
        found, hidden = self._index.hits(doc_keys(doc), len(self.themes), masked(doc))
        counts: list[Counter[str]] = [Counter() for _ in self.themes]
        starts: list[list[int]] = [[] for _ in self.themes]
        for hit in found:
            counts[hit.theme][hit.term.text] += 1
            starts[hit.theme].append(hit.start)
        headed = self._heading_terms(section, counts)
        found = [
            self._verdict(i, doc, counts[i], headed[i], hidden[i], starts[i], leaders, inner)
            for i in range(len(self.themes))
        ]
        for i, theme in enumerate(self.themes):
            for other, words in theme.yields_to:
                mine = {t for t in counts[i] if self._weights[i, t] > 0} | set(headed[i])
                if mine and mine <= words and found[self.names.index(other)].label:
                    kept = Counter({t: n for t, n in counts[i].items() if t not in words})
                    given = self._verdict(i, doc, kept, [], hidden[i], [], leaders, inner)
                    shown = ", ".join(sorted(self._shown[i, t] for t in mine))
                    found[i] = replace(given, terms=(*given.terms, f"yields {shown} to {other}"))
        return found

    def score_article(self, docs: Sequence[Doc], sections: Sequence[str], title: str = "") -> list[list[ThemeScore]]:
        """Each paragraph's scores read in its article's context (see `context`): per paragraph, per theme."""
        known = article_leaders(docs) if any(t.acting_weight for t in self.themes) else frozenset()
        lead = domestic_sides(docs[0]) if docs and any(t.domestic for t in self.themes) else ""
        own = [self.score(d, section=s, leaders=known, inner=lead) for d, s in zip(docs, sections, strict=True)]
        bases = [[s.score for s in scores] for scores in own]
        titled = self.score_text(title)
        references = quoted_speakers(docs, warships_named_again(docs, [reference(doc) for doc in docs]))
        labelled = [any(s.label and not answering(s.terms) for s in scores) for scores in own]
        words = [case_words(doc) for doc in docs] if any(t.parties >= CONSULAR_PARTIES for t in self.themes) else []
        for i, theme in enumerate(self.themes):
            column = [scores[i] for scores in own]
            subjects, others = self._subjects[i]
            told = [
                themed(carried(r, b, row[i].terms), subjects, row[i].terms, others, told_elsewhere(row, i))
                for r, b, row in zip(references, labelled, own, strict=True)
            ]
            told = spoken_on(own, i, told)
            effects = [effect_words(s.terms, theme.effects) for s in column]
            lone = [lone_term(s.terms) for s in column]
            scored = [s.score for s in column]
            added = lifts(scored, theme.threshold, sections, titled[i], theme.context, told, effects, lone)
            held = [counted_held(s.terms) for s in column]
            # a national held abroad tells the case the article is about once its context carries the theme
            lifted = [s.score + a.added >= theme.threshold for s, a in zip(column, added, strict=True)]
            seeded = [s.label or (h and up) for s, h, up in zip(column, held, lifted, strict=True)]
            cases = (
                continued_cases(words, seeded, held, [s.score < 0 for s in column])
                if theme.parties >= CONSULAR_PARTIES
                else []
            )
            lead = bool(docs) and (column[0].label or column[0].score + added[0].added >= theme.threshold)
            visits = (
                programme(docs, principals(title, docs[0], known))
                if lead
                and theme.parties >= CONSULAR_PARTIES
                and theme.acting_weight
                and visit_story(title, docs[0], lead)
                else []
            )
            for p, lift in enumerate(added):
                if visits and visits[p] and column[p].score >= 0 and column[p].score + lift.added < theme.threshold:
                    score = max(column[p].score, theme.threshold)
                    own[p][i] = replace(column[p], score=score, label=True, context=f"visit: {visits[p]}")
                elif cases and cases[p]:
                    score = max(column[p].score, theme.threshold)
                    own[p][i] = replace(column[p], score=score, label=True, context=f"case: {cases[p]}")
                elif lift.added:
                    score = round(column[p].score + lift.added, 4)
                    label = score >= theme.threshold
                    own[p][i] = replace(column[p], score=score, label=label, context=lift.explained())
        marked = borders_marked(self.themes, docs, title, continued_lead(self.themes, docs, title, own))
        return finished(self.themes, docs, bases, titled, marked)

    def score_text(self, text: str) -> list[float]:
        """Each theme's score for a plain text such as a title: the weights of the distinct terms in it."""
        found = self._index.hits(heading_keys(text), len(self.themes))[0] if text.strip() else []
        totals = [0.0] * len(self.themes)
        for term in {(hit.theme, hit.term.text) for hit in found}:
            totals[term[0]] += self._weights[term]
        named = title_states(text) if any(t.party_weight for t in self.themes) else 0
        for i, theme in enumerate(self.themes):
            if theme.party_weight and {"GPE", "NORP"} & theme.parties and named > 1:
                totals[i] += theme.party_weight * min(named - 1, MAX_EXTRA_PARTIES)
        return totals

    def _heading_terms(self, section: str, counts: list[Counter[str]]) -> list[list[str]]:
        """Per theme, the terms of the heading that the paragraph itself does not contain."""
        headed: list[list[str]] = [[] for _ in self.themes]
        if section.strip():
            for hit in self._index.hits(heading_keys(section), len(self.themes))[0]:
                text = hit.term.text
                if (
                    self.themes[hit.theme].heading_weight
                    and text not in counts[hit.theme]
                    and text not in headed[hit.theme]
                ):
                    headed[hit.theme].append(text)
        return headed

    def _verdict(
        self,
        i: int,
        doc: Doc | Span,
        counts: Counter[str],
        headed: list[str],
        hidden: list[tuple[int, int]],
        starts: list[int],
        leaders: frozenset[str],
        inner: str = "",
    ) -> ThemeScore:
        theme, weight, shown = self.themes[i], self._weights, self._shown
        names = party_names(doc, theme.parties, hidden) if theme.party_weight or theme.acting_weight else []
        counts, side = (
            inner_talks(doc, counts, theme.domestic, state_count(names), inner) if theme.domestic else (counts, "")
        )
        counts, subject = arms_talks(doc, counts, theme.arms_talks) if theme.arms_talks else (counts, "")
        total = sum(weight[i, t] * (1 + REPEAT_SHARE * (min(n, MAX_REPEATS) - 1)) for t, n in counts.items())
        total += sum(theme.heading_weight * weight[i, t] for t in headed)
        explained = [shown[i, t] if weight[i, t] > 0 else f"-{shown[i, t]}" for t in counts]
        explained += [f"heading: {shown[i, t]}" for t in headed]
        explained += [f"inner talks: {side}"] if side else [f"talks on: {subject}"] if subject else []
        has_term = headed or any(weight[i, t] > 0 for t in counts)
        named = parties(names) if theme.party_weight else []
        done = (
            (acting(doc, names, starts, leaders) or home_acting(doc, names, starts))
            if theme.acting_weight and starts
            else ""
        )
        held = held_abroad(doc) if theme.acting_weight and theme.parties >= CONSULAR_PARTIES and not done else ""
        advised = advisory(doc) if theme.acting_weight and theme.parties >= CONSULAR_PARTIES and not done else ""
        free = theme.acting_weight and not (done or held or advised)
        abroad = deed_abroad(doc, leaders) if free else ""
        speaking = capital_acting(doc, names) if theme.acting_weight and len(named) > 1 and not (done or held) else ""
        alone = (
            (state_speaking(doc, names, leaders) or answering_voice(doc, names))
            if theme.acting_weight and len(named) <= 1 and not held
            else ""
        )
        if len(named) > 1:
            added = theme.party_weight * min(len(named) - 1, MAX_EXTRA_PARTIES)
            total += added if has_term or speaking or held else _alone(added, names, theme.threshold)
            explained.append(f"parties: {' + '.join(named)}")
        if done:
            total += theme.acting_weight
            explained.append(f"acting: {done}")
        elif held:
            total += theme.acting_weight
            explained.append(f"{HELD_ABROAD}{held}")
        elif advised:
            total += advice_weight(advised, theme.acting_weight, theme.threshold)
            explained.append(f"advisory: {advised}")
        elif abroad:
            total += side_share(abroad) * theme.acting_weight
            explained.append(abroad)
        elif speaking:
            total += speaking_share(doc, speaking) * theme.acting_weight
            explained.append(f"capital acts: {speaking}")
        elif alone:
            total += alone_share(doc, alone) * theme.acting_weight
            explained.append(f"{STATE_SPEAKS}{alone}")
        for weight, told in told_beyond_terms(theme, doc, bool(has_term)):
            total, explained = total + weight, [*explained, told]
        score = round(total, 4)
        return ThemeScore(theme.name, score, score >= theme.threshold, tuple(dict.fromkeys(explained)))


def _alone(added: float, names: list[Span], threshold: float) -> float:
    """What parties add to a paragraph with no term of the theme: in full when two of them are states, not only
    peoples ("Ethiopia says ... while Egypt calls"), else a share; at most a share of the threshold (never a label)."""
    share = 1.0 if state_count(names) > 1 else PARTIES_ALONE_SHARE
    return min(share * added, PARTIES_ALONE_SHARE * threshold)


def labels(scores: Iterable[ThemeScore]) -> list[str]:
    """The names of the labelled themes among scores, in file order."""
    return [s.theme for s in scores if s.label]

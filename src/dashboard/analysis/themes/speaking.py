"""How much a state that speaks adds to a theme's score: a capital doing anything beside another party ("Beijing
said"), a state speaking alone ("Mexico said"), and the verbs by which it answers another or takes a stand towards it
("Moscow denied", "Tokyo protested"), which add the whole acting weight."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import column
from dashboard.analysis.themes.continuation import Reference
from dashboard.analysis.themes.stances import ANSWERS, STANCES
from dashboard.analysis.themes.voices import unnamed

if TYPE_CHECKING:
    from dashboard.analysis.themes.scoring import ThemeScore

#: Share of the acting weight that a capital standing for its government adds when it does anything ("Beijing said")
#: in a paragraph that names another party: a state acts, though not one that the words show acting on the other.
CAPITAL_ACTING_SHARE = 0.5
#: Share of the acting weight that a state speaking alone adds ("Budapest said ...", "Mexico said it regretted the
#: decision"): one state answering another named before. Never a label, but enough to pass the context floor, so the
#: article's relations carry the answer.
STATE_ALONE_SHARE = 0.5
#: Words by which a state calls what it answers wrong ("called the charges baseless", "called the request a
#: provocation"), or condemns it ("said the measures were illegal", "called the listings blackmail", "an act of
#: aggression": on the dev gold and PolNeAR train no label changes, as a state speaking alone with them is rare there).
WRONG_WORDS = frozenset(
    [
        "unjustified", "unacceptable", "baseless", "groundless", "unfounded", "regrettable", "provocation",
        "provocative", "aggression", "terrorism", "blackmail", "interference", "illegal", "hostile", "violation",
    ]
)  # fmt: skip
#: The answers and those words by the ids of their lemmas, for a state that says it answers ("said it regretted the
#: decision", "said ... and called the threats unjustified").
ANSWER_IDS = frozenset(hash_string(word) for word in ANSWERS | WRONG_WORDS)
#: The words of wrong alone by their ids, for a capital beside another state that calls what it answers wrong (its
#: paragraph's other verbs may be anyone's: "declined to respond" in a debate).
WRONG_IDS = frozenset(hash_string(word) for word in WRONG_WORDS)
#: A state's armed bodies, and the words of its ministry of them: its defence ministry, army, navy or border force
#: telling of fighting beside another state tell of war, not of relations, unless they take a stand towards it.
ARMED_BODIES = frozenset(["army", "military", "navy", "forces", "force"])
ARMED_MINISTRIES = frozenset(["defence", "defense"])
#: How the scoring explains a state speaking alone.
STATE_SPEAKS = "state speaks: "


def speaking_share(doc: Doc | Span, speaking: str) -> float:
    """The share of the acting weight that a capital acting beside another party adds ("Beijing say"): all of it when
    it takes a stand ("Tokyo protested") or says that it answers, as a state speaking alone does ("Washington said
    the transit was routine. Beijing called it a provocation"); none when it only tells through an armed body
    (ARMED_BODIES: "Armenia's defence ministry said Azerbaijani forces shelled villages" is a war report)."""
    called = _said_so(doc, speaking, WRONG_IDS)
    if speaking.rsplit(" ", 1)[-1] in STANCES or called:
        return 1.0
    return 0.0 if _armed(speaking.casefold().split()[:-1]) else CAPITAL_ACTING_SHARE


def _armed(voice: list[str]) -> bool:
    """Whether a state's voice is its armed body ("Armenia's defence ministry", "Bangladesh's border force"), not a
    person in office ("Canada's defence minister" is a politician who speaks for relations too)."""
    return len(voice) > 1 and (voice[-1] in ARMED_BODIES or (voice[-1] == "ministry" and voice[-2] in ARMED_MINISTRIES))


def alone_share(doc: Doc | Span, alone: str) -> float:
    """The share of the acting weight that a state speaking alone adds ("Mexico say"): all of it when it answers
    another, by its verb ("Moscow denied") or by saying that it answers ("Beijing said it firmly opposed the move",
    "Mexico said it regretted the decision", "London said ... and called the threats unjustified", "Moscow called the
    request a provocation"); nothing when the voice names no state ("the ministry say", see `voices`)."""
    if unnamed(alone):
        return 0.0
    return 1.0 if alone.rsplit(" ", 1)[-1] in ANSWERS or _said_so(doc, alone, ANSWER_IDS) else STATE_ALONE_SHARE


def _said_so(doc: Doc | Span, speaking: str, words: frozenset[int]) -> bool:
    """Whether a state that says or calls something says that it answers: one of the words (lemma ids) in its
    paragraph ("said it regretted the decision", "called the request a provocation")."""
    verb = speaking.rsplit(" ", 1)[-1]
    return verb in ("say", "call") and not words.isdisjoint(column(doc, LEMMA))


def answering(terms: Iterable[str]) -> bool:
    """Whether a verdict counted a state speaking alone: its label answers what the paragraph refers back to
    ("Jakarta welcomed the decision"), so it keeps that subject's theme (see `continuation.carried`)."""
    return any(term.startswith(STATE_SPEAKS) for term in terms)


def speaker_reference(terms: Iterable[str], told: Reference | None, others: Collection[str]) -> Reference | None:
    """A state that speaks alone ("Pretoria said the engineer was in good health", "Athens has sent two rescue teams")
    goes on with the relations that the paragraph just before told: it answers them or carries them on, as "He said"
    goes on with its speaker (see `context.lifts`); words of its own that refer back (`told`: "Minsk called the
    decision a mistake") are kept to explain it. `told` as it is when no state speaks alone (a capital acting beside
    another party is no answer: "after Seoul and Washington wrapped up drills"), or when it speaks through a word of
    another theme that labels the paragraph (`others`: "the Chinese military said" of warships is war)."""
    spoken = next((t for t in terms if t.startswith(STATE_SPEAKS)), "")
    if not spoken or not others.isdisjoint(spoken.removeprefix(STATE_SPEAKS).casefold().split()):
        return told
    if told is not None:
        return replace(told, themed=True, follows=True)
    return Reference(spoken.removeprefix(STATE_SPEAKS), previous_only=True, themed=True, follows=True)


def spoken_on(
    verdicts: Sequence[Sequence[ThemeScore]], theme: int, told: Sequence[Reference | None]
) -> list[Reference | None]:
    """Per paragraph of an article, how it refers back for one theme once a state speaking alone is counted (see
    `speaker_reference`), given every paragraph's verdicts and the references its words make."""
    return [  # most paragraphs have no state speaking alone: the other themes' words are read only for one that has
        speaker_reference(terms, reference, _other_words(scores, theme)) if _state_speaks(terms) else reference
        for scores, reference in zip(verdicts, told, strict=True)
        for terms in [scores[theme].terms]
    ]


def _state_speaks(terms: Iterable[str]) -> bool:
    """Whether a paragraph's terms of a theme count a state speaking alone (`speaker_reference` reads no more
    otherwise)."""
    return any(t.startswith(STATE_SPEAKS) for t in terms)


def _other_words(scores: Sequence[ThemeScore], theme: int) -> frozenset[str]:
    """The words of the terms of the themes other than `theme` that label a paragraph."""
    return frozenset(w for j, s in enumerate(scores) if s.label and j != theme for t in s.terms for w in t.split())

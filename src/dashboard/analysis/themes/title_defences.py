"""A champion's defence of a title: "her defence of her European indoor title", "defended his crown", "the
defending champion"; a side's defence that concedes goals: "a defence that has conceded only nine goals"; and a team's
siege of a goal: "laid siege to the Dunmere goal", "the siege of their goal". Sport writing tells a champion keeping a
title as a defence, a side's back line as a defence and a side pressing for a goal as a siege, which say nothing of
armed forces, so the words from "defence" (or "defend") to the title or to the goals conceded, and from "siege" to the
goal, count for no theme. Read from words and parts of speech only: the words between may be a preposition, a
determiner, a possessive (a pronoun, or a name or noun with its ending: "the visitors' goal", "the club's title") or
the title's or the goal's own modifiers ("world", "indoor", "WBC", "Dunmere")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of

#: The words of a defence that sport gives a champion.
DEFENCES = frozenset(["defence", "defense", "defend", "defends", "defended", "defending"])
#: What a champion defends.
TITLES = frozenset(["title", "titles", "crown", "crowns"])
#: The holders of a title a "defending" word names ("the defending champions"); not after "defence", as a state's
#: "defence champions" are its arms makers.
HOLDERS = frozenset(["champion", "champions", "titleholder", "titleholders"])
#: The words of a siege that sport lays to a goal.
SIEGES = frozenset(["siege", "sieges", "besiege", "besieged", "besieging"])
#: What a side besieges.
GOALS = frozenset(["goal", "goalmouth", "net"])
#: The verb by which a side's defence lets goals in, how far after the defence it may stand ("a defence that has
#: conceded"), and how far before the goals ("conceded only nine goals").
CONCEDE = "concede"
CONCEDE_AFTER, GOALS_AFTER = 5, 4
#: What a defence concedes.
GOALS_CONCEDED = frozenset(["goal", "goals"])
#: The parts of speech that may stand between the defence and the title ("of her world indoor title").
_BETWEEN = frozenset(["DET", "PRON", "ADJ", "PROPN", "NOUN", "NUM"])
#: How many such words at most.
_MOST_BETWEEN = 4


def title_defences(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans from a defence to the title it keeps ("defence of her indoor title", "defended his crown")."""
    spans = []
    for i in places_of(doc, DEFENCES, lower=True):
        end = i + 1
        if doc[i].lower_ == "defending" and end < len(doc) and doc[end].lower_ in HOLDERS:
            spans.append((i, end + 1))
            continue
        if (end := _reaching(doc, end, ("of",), TITLES)) is not None:
            spans.append((i, end))
    return spans


def goal_sieges(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans from a siege to the goal it presses ("laid siege to the Dunmere goal", "the siege of their
    goal"): a city's siege names no goal."""
    reached = ((i, _reaching(doc, i + 1, ("of", "to", "on"), GOALS)) for i in places_of(doc, SIEGES, lower=True))
    return [(i, end) for i, end in reached if end is not None]


def conceding_defences(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans from a side's defence to the goals it concedes ("a defence that has conceded only nine goals",
    "their defence, which conceded four goals"): a state's defence concedes ground, not goals."""
    spans = []
    for i in places_of(doc, DEFENCES, lower=True):
        limit = min(len(doc), i + CONCEDE_AFTER + 1)
        verb = next((j for j in range(i + 1, limit) if doc[j].lemma_.lower() == CONCEDE), None)
        if verb is None:
            continue
        limit = min(len(doc), verb + GOALS_AFTER + 2)
        goals = next((j for j in range(verb + 1, limit) if doc[j].lower_ in GOALS_CONCEDED), None)
        if goals is not None:
            spans.append((i, goals + 1))
    return spans


def _reaching(doc: Doc | Span, end: int, prepositions: tuple[str, ...], targets: frozenset[str]) -> int | None:
    """The end of the words from `end` to one of `targets` ("of her world indoor title", "to the Dunmere goal"): a
    preposition first perhaps, then at most `_MOST_BETWEEN` words of the parts of speech that may stand between; None
    when no target stands there."""
    if end < len(doc) and doc[end].lower_ in prepositions:
        end += 1
    limit = min(len(doc), end + _MOST_BETWEEN + 1)
    while end < limit and doc[end].lower_ not in targets and (doc[end].pos_ in _BETWEEN or doc[end].tag_ == "POS"):
        end += 1
    return end + 1 if end < limit and doc[end].lower_ in targets else None

"""The party a verb is done to: named right after the verb or its preposition ("accused Belarus", "protested to
Beijing", "met with Chilean officials"), or through the voice by which a state is told ("thanked the government of
Brazil", "summoned the ambassador of Peru", "called on the authorities in Caracas"), or a capital that is the verb's
own object ("thanked Canberra"). Read from words and parts of speech only: no parser."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.quotes.capitals import CAPITALS

#: Words that may stand between a verb and the party it is done to ("protested to the Chinese embassy").
OBJECT_LEAD = frozenset(["ADP", "DET", "PART"])
#: The nouns through which a state is told when it is the one acted on, before "of" or "in" and its name ("the
#: government of Brazil", "the foreign minister of Peru", "the authorities in Caracas").
OBJECT_VOICES = frozenset(
    [
        "government", "authority", "ministry", "minister", "president", "leader", "premier", "king", "queen",
        "ambassador", "envoy", "embassy", "consulate", "delegation", "administration", "people",
    ]
)  # fmt: skip
#: The words that join such a voice to its state.
VOICE_JOINS = frozenset(["of", "in"])
#: How many words the voice may take before "of" ("the new foreign minister of").
MAX_OBJECT_VOICE = 3


def object_party(
    tokens: Doc, verb: int, by_start: dict[int, Span], end: int, *, voiced_only: bool = False
) -> Span | None:
    """The party that the verb at this position is done to, or None; with `voiced_only`, only a party told through
    its voice ("the authorities of Niger"), which is a state whatever the name, not a place."""
    i = _skip_lead(tokens, verb + 1, by_start, end)
    if i in by_start:
        # a capital named as the verb's own object stands for its state ("thanked Canberra"), not a place where
        # something is done ("thanked the volunteers in Canberra")
        capital = i == verb + 1 and by_start[i].text.casefold() in CAPITALS
        return None if voiced_only and not capital else by_start[i]
    voice = i
    while i < end and i - voice < MAX_OBJECT_VOICE and tokens[i].pos_ in ("ADJ", "NOUN"):
        if tokens[i].lemma_.lower() in OBJECT_VOICES and i + 1 < end and tokens[i + 1].lower_ in VOICE_JOINS:
            return by_start.get(_skip_lead(tokens, i + 2, by_start, end, articles_only=True))
        i += 1
    return None


def _skip_lead(tokens: Doc, i: int, by_start: dict[int, Span], end: int, articles_only: bool = False) -> int:
    """The first position from i that is a party or no word leading to one."""
    while i < end and i not in by_start and tokens[i].pos_ in (("DET",) if articles_only else OBJECT_LEAD):
        i += 1
    return i

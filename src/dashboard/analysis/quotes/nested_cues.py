"""Cues inside what someone else is reported to say. Such a cue adds no quote of its own ("she said he believes …",
"said officials were calling “…”"): it is part of what was said. But a name that a third party gives a thing in a
relative clause set on that thing is the writer's aside, not part of it: in "The union says the company wants a new
plan, which the local's president called “a two-tier system”" the union does not report the president's words, the
writer does, so they are the president's quote. A "what" clause stays part of the report around it: "Other ministers
condemned what the premier called the island's “reckless” tests" reports the ministers' condemning, and the news
gold gives them the whole of it."""

from __future__ import annotations

from dashboard.analysis.quotes.lexicon import PREDICATE_CUES
from dashboard.analysis.quotes.relative_predicates import RELATIVES


def nested(cue, cues: list, reported: set[int], linked: dict, speakers: dict) -> bool:
    """Whether `cue` adds no quote of its own: it stands inside what another cue reports, and is no relative clause
    of naming by another speaker."""
    if cue.verb.i not in reported and cue.verb.i not in linked:
        return False
    return any(
        other is not cue
        and other.verb.i in reported
        and other.content_span[0] <= cue.verb.idx < other.content_span[1]
        and not _naming_by_another(cue, other, speakers)
        for other in cues
    )


def _naming_by_another(cue, other, speakers: dict) -> bool:
    """Whether `cue` is a cue of naming ("called", "described as") in a relative clause opened by a relative word
    that is what was named, with a subject of its own that is no pronoun, a speaker other than that of `other`, and
    the name given in quotation marks."""
    verb, subject = cue.verb, cue.subject
    if verb.dep_ != "relcl" or cue.lemma not in PREDICATE_CUES or subject.pos_ == "PRON" or subject.i > verb.i:
        return False  # not "answered that the board … had called for it", another sense of the verb
    if not any(t.is_quote for t in cue.content):
        return False  # "which economists call loss aversion": a term named, no words of theirs quoted
    if not any(c.lower_ in RELATIVES and c.i < subject.left_edge.i for c in verb.children):
        return False
    mine, theirs = speakers.get(verb.i), speakers.get(other.verb.i)
    return mine is not None and theirs is not None and mine.name != theirs.name

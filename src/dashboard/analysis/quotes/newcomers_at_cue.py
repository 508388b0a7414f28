"""A person a feature brings in by name in passing, not as a subject, with a clause of who they are ("That estimate
came from Gord Heppner, who has serviced small lifts since the 1990s."), and quotes in the very next sentence under a
description of their trade ("“…,” the contractor says"): the description is that newcomer, not the last speaker,
when the newcomer is the last person the paragraph names before it and the article gives them no role of their own
(the filters of described_at_cue.trade_at_cue keep out general words, offices and those who serve another)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.described_at_cue import trade_at_cue
from dashboard.analysis.quotes.marks import token_at
from dashboard.analysis.quotes.paragraph_people import named_in

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast, Speaker


def newcomer_at_cue(cast: Cast, p: int, noun: Token) -> Speaker | None:
    """The person "the contractor says" names when the sentence right before the quotation brought them in by name and
    a "who" clause, not as its subject, and named no one after them (see the module's docstring), or None."""
    if not trade_at_cue(noun) or (opening := _quotation_opening(noun)) is None:
        return None  # only the cue of a quotation: "“…,” the contractor says", not "the contractor said …"
    doc = noun.doc
    sentence = doc[token_at(doc, opening)].sent
    if sentence.start == 0:
        return None
    here = named_in(cast.people, p, sentence.start)
    if not here:
        return None
    (_, i), name, _ = here[-1]
    before = doc[sentence.start - 1].sent
    if not before.start <= i < before.end or not _brought_in(doc[i]):
        return None
    profile = cast.profiles.get(name)
    if profile is not None and (profile.role or profile.role_words):
        return None
    return cast.person(name)


def _quotation_opening(noun: Token) -> int | None:
    """Where the quotation the cue's sentence closes before the noun opens ("“The teeth were worn. You could put …,”
    the contractor says": at the first of its two sentences), or None when the sentence closes none."""
    text = text_of(noun.doc)
    head = text[noun.sent.start_char : noun.idx]
    if "\u201d" in head:
        opening = text.rfind("\u201c", 0, noun.idx)
        return opening if opening >= 0 else None
    if '"' in head:
        closing = text.rfind('"', 0, noun.idx)
        opening = text.rfind('"', 0, closing)
        return opening if opening >= 0 else None
    return None


def _brought_in(name: Token) -> bool:
    """Whether the name is brought in after a preposition or as an object, not in a cleft, and set off with a "who"
    clause ("came from Gord Heppner, who has …")."""
    head = name
    while head.dep_ == "compound":
        head = head.head
    if head.dep_ not in ("pobj", "dobj", "agent"):
        return False  # not "it was Trump who …", a cleft that puts the name first in the news
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in head.children)

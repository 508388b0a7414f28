"""A "they" that speaks of itself first: in "Economists at Banco Alto now expect the rate to fall, they said" the group
the reported clause opens on is who "they" are, though it stands inside what was said, where no antecedent is looked
for. A plural noun of people that is the subject of a clause the cue reports, set before the cue whose subject is
"they", is that speaker; not in words quoted, where a group spoken of is often not the one that speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS, PEOPLE_NOUNS
from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


def group_reported_before(cast: Cast, p: int, they: Token) -> Speaker | None:
    """The group a subject "they" stands for when its cue reports, before it, a clause whose one subject is a plural
    noun of people ("Dealers expect the peso to weaken, they said"); None otherwise."""
    cue = they.head
    if they.lower_ != "they" or they.dep_ != "nsubj" or cue.lemma_.lower() not in CUE_VERBS:
        return None
    if any(t.is_quote for t in they.doc[they.sent.start : they.i]):
        return None  # "“…, the members of the Council will act,” they said": words quoted, whose group is no speaker
    for clause in (c for c in cue.children if c.dep_ == "ccomp" and c.i < they.i):
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) == 1 and subjects[0].tag_ == "NNS" and subjects[0].lemma_.lower() in PEOPLE_NOUNS:
            return cast.speaker(p, subjects[0])
    return None

"""Names after a military rank that the recogniser cut: "Major General Zaw Min Htike" tagged only "Min Htike". The
untagged capitalised word between the rank and the tag opens the person's name, as a rank is never part of one."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import RANKS, TITLES, words

#: Words of rank that end a title before a name ("Major General", "Lieutenant Colonel", "Rear Admiral").
_RANK_ENDS = RANKS | words("general admiral brigadier marshal")
#: Words that make "General" part of a civilian title ("General Manager", "General Counsel"), never a first name.
_CIVILIAN_TITLES = words("manager counsel secretary director")
#: Capitalised words between a rank and a name that are no first name.
_NO_FIRST_NAMES = TITLES | _RANK_ENDS | _CIVILIAN_TITLES


def name_after_rank(ent: Span, tagged: set[int]) -> Span:
    """The person's name with the one untagged capitalised word between a rank and the name the recogniser tagged
    ("Major General Zaw| Min Htike"), up to three words; the tag as it was otherwise, also after a civilian title
    ("General Manager Omar Castell")."""
    doc, first = ent.doc, ent.start - 1
    if ent.label_ != "PERSON" or len(ent) > 2 or first < 1 or first in tagged:
        return ent
    word, rank = doc[first], doc[first - 1]
    named = word.is_title and word.pos_ == "PROPN" and word.lower_ not in _NO_FIRST_NAMES
    return Span(doc, first, ent.end, label="PERSON") if named and rank.is_title and rank.lower_ in _RANK_ENDS else ent

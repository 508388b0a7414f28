"""Names after a military rank that the recogniser cut: "Major General Zaw Min Htike" tagged only "Min Htike". The
untagged capitalised word between the rank and the tag opens the person's name, as a rank is never part of one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import RANKS, TITLES, words
from dashboard.analysis.quotes.marks import HYPHENS

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


#: Last words of an armed body whose rank and officer's name the recogniser reads into it ("Chief of the Defence
#: Force General Amos Reid", "Air Force General Ida Holm", "Chief of Naval Staff Admiral Tom Ode").
_ARMED_BODY_ENDS = words("force forces army navy staff corps guard marines command")


def armed_body_officer(ent: Span) -> list[Span]:
    """ "the Defence Force General Amos Kettering-Obi" tagged as one organisation: the armed body and the officer
    named after its rank, apart (the rank between them left out, as a title is), when the rank follows a word that
    ends an armed body's name and two or three capitalised words that are no title end the span; [] otherwise."""
    doc = ent.doc
    for i in range(ent.start + 1, ent.end - 2):
        if not (doc[i].is_title and doc[i].lower_ in _RANK_ENDS and doc[i - 1].lower_ in _ARMED_BODY_ENDS):
            continue
        end_of_ranks = i
        while end_of_ranks + 1 < ent.end and doc[end_of_ranks + 1].lower_ in _RANK_ENDS:  # "Air Vice Marshal"
            end_of_ranks += 1
        name = doc[end_of_ranks + 1 : ent.end]
        named = [t for t in name if t.text not in HYPHENS]
        if 2 <= len(named) <= 3 and all(t.is_title and t.lower_ not in _NO_FIRST_NAMES for t in named):
            return [Span(doc, ent.start, i, label=ent.label_), Span(doc, name.start, name.end, label="PERSON")]
        return []
    return []


def officer_after_ranked_phrase(subject: Token) -> Token | None:
    """ "Chief of the Defence Force General Ida Holm said": the parser hangs the officer's name on the title's "of"
    as its object, so the title is the subject; the name right after a rank that ends the "of" phrase is the speaker.
    None for any other subject."""
    if not subject.is_title or subject.ent_type_ == "PERSON":
        return None
    for preposition in (c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for name in (c for c in preposition.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"):
            first = name.i
            while first > 0 and subject.doc[first].ent_iob_ == "I":
                first -= 1
            rank = subject.doc[first - 1]
            if rank.is_title and rank.lower_ in _RANK_ENDS:
                return name
    return None

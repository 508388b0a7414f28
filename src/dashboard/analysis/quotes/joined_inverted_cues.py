"""An inverted cue at the end of the clause it reports, which the parser joined to that clause's verb as a second
verb and whose speaker it took for the cue's object ("The gap could reach a full point by Christmas, notes the
strategist."): the person after the cue spoke, and the clause before the comma is what was said."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: Cues that stand inverted after the clause they report ("…, notes the analyst.", "…, adds Ann Ross.").
_INVERTED = frozenset({"say", "add", "note", "observe", "argue", "explain", "insist", "reckon"})
#: Tags of a finite cue.
_FINITE = frozenset({"VBZ", "VBD"})


def speaker_taken_for_object(verb: Token) -> Token | None:
    """The person after a finite cue joined by a bare comma to the verb of the clause before it, when the parser made
    that person the cue's object and nothing but the person follows the cue in its sentence: a name, or a person
    described with "the" ("the strategist"). Not a second deed of a series ("…, noted the objections"), whose object
    is no person, nor one after "and" ("… and noted the economist's view"); "warn" and "tell" are left out, as their
    object is who was told."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or verb.lemma_.lower() not in _INVERTED:
        return None
    if verb.head.i > verb.i or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    rights = [c for c in verb.children if not c.is_punct]
    if len(rights) != 1 or rights[0].dep_ != "dobj" or rights[0].left_edge.i != verb.i + 1:
        return None
    person, end = rights[0], rights[0].right_edge.i + 1
    if end < verb.sent.end and not doc[end].is_punct:
        return None
    named = person.pos_ == "PROPN" and person.ent_type_ == "PERSON"
    described = person.lemma_.lower() in PEOPLE_NOUNS and doc[verb.i + 1].lower_ == "the"
    return person if named or described else None

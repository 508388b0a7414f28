"""Speakers the parser hung on the place phrase before their cue.

"The outbreak began in a camp near Kavalo, close to the borders with Ostland and Rivia, the health ministry said":
the parser read the speaker as one more word of the place phrase before it ("the borders with Ostland, Rivia and the
health ministry") and left the cue with no subject. A noun phrase set off by a comma right before such a cue, after
the clause it reports, is who spoke.

"The ad closes with Ann Ross in a work shirt saying she will …": the parser hung the participle on the place or the
garment after the name ("shirt"), which names no one; the person named right before that phrase speaks.

"In Aarhus, the engineer's sister, Signe Holm, told reporters that …": the parser joined the speaker to the place of
the opening phrase ("In Aarhus and the sister") and left the cue with no subject. The noun joined to that place with
no "and" (or set beside it, when it describes someone), set off by commas right up to the cue, is who spoke. So is
the name of "In Ouagadougou, Col. Ann Roe, the government spokeswoman, said …", which the parser set beside the place
while it took the description after it for the subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.kinship import KIN_INVERSES
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: Tags of the words of a speaker's noun phrase ("Zambia’s health ministry", "the Ostland Red Cross").
_PHRASE_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "POS", "JJ"})
#: How many words the phrase may have.
_LONGEST = 6
#: Entity types of the place an opening phrase names ("In Aarhus,", "In eastern Ukraine,", "At Heathrow,").
_PLACES = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions of the phrase of place that opens a story's sentence ("In Aarhus,", "At Heathrow,", "From Kyiv,").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "outside", "inside", "near"})
#: Entity types of a noun joined to the place that name no speaker (a country after its town, a day).
_NOT_SPEAKERS = _PLACES | {"DATE", "TIME"}
#: Tags of the head of a speaker's noun phrase.
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: Prepositions of a setting or of what a person wears ("in a red coat", "at a kitchen table", "behind a podium").
_SETTINGS = frozenset({"in", "at", "on", "behind", "beside"})


def person_before_setting(participle: Token) -> Token | None:
    """The person named right before the phrase of a setting that the parser hung a participle on ("Ann Ross in a work
    shirt saying …", "Ann Ross at a kitchen table saying …"); None when the phrase's noun names someone, a comma
    stands between it and the participle, or no person's name ends right before its preposition."""
    noun = participle.head
    if noun.dep_ != "pobj" or noun.ent_type_ or noun.head.lower_ not in _SETTINGS or noun.head.i < 1:
        return None
    if any(t.is_punct for t in participle.doc[noun.i : participle.i]):
        return None
    before = participle.doc[noun.head.i - 1]
    return before if before.ent_type_ == "PERSON" else None


def speaker_hung_on_place(verb: Token) -> Token | None:
    """The head of a noun phrase set off by a comma right before a finite cue at the root of its sentence that has no
    subject but a clause before it, or the noun joined to the place of its opening phrase; None when the cue has a
    subject or no such phrase."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 3:
        return None
    if any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return _joined_to_opening_place(verb)
    doc, start = verb.doc, verb.i - 1
    while start > verb.i - _LONGEST and doc[start - 1].text != "," and doc[start - 1].tag_ in _PHRASE_TAGS:
        start -= 1
    head = doc[verb.i - 1]
    if doc[start - 1].text != "," or head.tag_ not in _NOUN_TAGS or head.dep_ == "nsubj":
        return None
    return head if all(t.tag_ in _PHRASE_TAGS for t in doc[start : verb.i]) else None


def _joined_to_opening_place(verb: Token) -> Token | None:
    """ "In Aarhus, the engineer's sister, Signe Holm, said …": the noun the parser joined to the place of the phrase
    that opens the sentence (with no "and", or as an apposition that names a person), when its phrase runs up to the
    comma right before the cue."""
    opening = verb.doc[verb.sent.start]
    if opening.head.i != verb.i or verb.doc[verb.i - 1].text != ",":
        return None
    place = _opening_place(opening)
    if place is None:
        return None
    if any(c.dep_ == "cc" for c in place.children):
        return None  # "In Aarhus and Odense, …"
    joined = next((c for c in place.children if c.dep_ in ("conj", "appos") and c.tag_ in _NOUN_TAGS), None)
    if joined is None or joined.ent_type_ in _NOT_SPEAKERS or verb.i - 1 - joined.right_edge.i not in (0, 1):
        return None  # "In Aarhus, Denmark, …", "In Ghent, Tuesday, …"
    if joined.dep_ == "appos" and not _names_someone(joined):
        return None  # "In Aarhus, the city's biggest employer, …": the place described
    return joined


def _names_someone(noun: Token) -> bool:
    """Whether a noun set beside a place is someone: a noun for people or kin, or one a name is set beside."""
    lemma = noun.lemma_.lower()
    return lemma in PEOPLE_NOUNS or lemma in KIN_INVERSES or any(c.dep_ == "appos" for c in noun.children)


def name_beside_place(noun: Token) -> Token | None:
    """ "In Ouagadougou, Col. Ann Roe, the government spokeswoman, said …": the name the parser set beside the place
    of the opening phrase, right before the comma that opens the description it made the cue's subject; None when
    no such name stands there."""
    comma = noun.left_edge.i - 1
    if comma < 4 or noun.doc[comma].text != "," or not _names_someone(noun):
        return None
    name = noun.doc[comma - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "") or name.dep_ not in ("appos", "conj"):
        return None
    opening = noun.doc[noun.sent.start]
    place = name.head
    if place != _opening_place(opening) or opening.head.i != noun.head.i:
        return None
    return name if noun.doc[name.left_edge.i - 1].text == "," and place.i < name.left_edge.i else None


def _opening_place(opening: Token) -> Token | None:
    """The place named by the phrase that opens a sentence with a preposition of place ("In Aarhus", "At Heathrow"),
    not by a name the parser took for one ("Ulrike Sandvoss", read as "Ulrike" and its object)."""
    if opening.dep_ != "prep" or opening.lower_ not in _PLACE_PREPOSITIONS:
        return None
    place = next((c for c in opening.children if c.dep_ == "pobj"), None)
    if place is None or place.ent_type_ not in _PLACES and (place.pos_ != "PROPN" or place.ent_type_ == "PERSON"):
        return None
    return place

"""A title whose prepositional phrase runs straight into its holder's name, with no comma: "Opposition leader in the
city council Ana Roe rejected …", "Head of research at the bank Ian Poe said". The parser makes the title the subject
and hangs the name on its preposition, as if the person were where the title is held; but the name that ends the
phrase right before the cue (or before a comma that sets off an aside) is its holder, the speaker.

A name after a word of a title or of people ("Spokesman for President Ana Roe said") is the principal the title
serves, not its holder, so the word before the name must be a common noun that is neither.
"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: Prepositions that tie a title to where it is held ("leader in the council", "head of research at the bank").
_PLACE_PREPOSITIONS = frozenset({"in", "of", "at", "on", "for"})


def holder_ending_phrase(subject: Token) -> Token | None:
    """The last word of the person's name that ends the prepositional phrase of a title opening its clause, with no
    article before the title and a common noun right before the name; None otherwise."""
    if subject.lower_ not in ROLE_WORDS or subject.ent_type_ or subject.i >= subject.head.i:
        return None
    if subject.left_edge.i != subject.sent.start or any(c.dep_ in ("det", "poss") for c in subject.children):
        return None
    for preposition in (c for c in subject.rights if c.dep_ == "prep" and c.lower_ in _PLACE_PREPOSITIONS):
        name_end = _name_ending(preposition)
        if name_end is not None:
            return name_end
    return None


def _name_ending(preposition: Token) -> Token | None:
    """The last word of a person's name of two or more words that ends the phrase a preposition opens, right after a
    common noun of the phrase and right before the cue or a comma."""
    doc = preposition.doc
    last = preposition.right_edge
    if last.ent_type_ != "PERSON" or last.ent_iob_ == "B" or last.i + 1 >= len(doc):
        return None
    if doc[last.i + 1].text != "," and doc[last.i + 1].pos_ not in ("VERB", "AUX"):
        return None
    first = last
    while first.ent_iob_ == "I":
        first = doc[first.i - 1]
    before = doc[first.i - 1]
    common = before.tag_ in ("NN", "NNS") and before.is_lower
    if not common or before.lower_ in ROLE_WORDS or before.lemma_.lower() in PEOPLE_NOUNS or before.i <= preposition.i:
        return None
    return last

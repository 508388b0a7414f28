"""A person's name set off after the role it names that the parser read as a second item of a list: in "the
President of the Council, Ana Ruiz Lopez of Peru, said" the name may come out joined by a bare comma to "President"
or to "Council", as if two subjects spoke. A list has an "and" or an "or"; a name alone between commas with none
names the holder of the role before it (GUIDELINES: the speaker is the person, the role their description)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import TITLES
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS


def holder_read_as_conjunct(subject: Token) -> Token:
    """The person's name joined as a conjunct to a role subject, or to the object of the role's preposition ("the
    chair of the board, Ana Ruiz of Peru,": Ruiz), when no "and" or "or" makes a list of them and commas set the name
    off on both sides; the subject itself otherwise."""
    role = subject.lemma_.lower() in PEOPLE_NOUNS or subject.lower_ in TITLES  # "president", "Chair"
    if subject.ent_type_ == "PERSON" or not role:
        return subject
    objects = [o for c in subject.rights if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    for head in (subject, *objects):
        if any(c.dep_ in ("cc", "preconj") for c in head.children):
            continue
        named = [c for c in head.rights if c.dep_ == "conj" and c.ent_type_ == "PERSON" and _set_off(c)]
        if len(named) == 1:
            return named[0]
    return subject


def _set_off(name: Token) -> bool:
    """Whether a comma stands right before the name's first word and right after its last ("…, Ana Ruiz of Peru,")."""
    doc = name.doc
    start, end = name.left_edge.i, name.right_edge.i + 1
    return start > 0 and doc[start - 1].text == "," and end < len(doc) and doc[end].text == ","

"""A person named with the body they belong to after "of" ("Professor Ann Roe of Dunmore University noted"), which
the parser may read the other way round: the body's last word as the subject and the person's name as a modifier
hung on it, with the "of" on the name. The person speaks (GUIDELINES: the speaker is the person, the body is the
affiliation), so the subject is the person's name, not the body."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependencies by which the parser hangs a name before the subject on it.
_MODIFIERS = frozenset({"nmod", "compound"})


def person_before_of_body(subject: Token) -> Token:
    """The last word of a person's name hung before an organisation subject whose "of" leads into that same
    organisation's name ("Ann Roe of Dunmore University": Roe); the subject itself otherwise."""
    if subject.ent_type_ != "ORG":
        return subject
    for name in (c for c in subject.lefts if c.dep_ in _MODIFIERS and c.ent_type_ == "PERSON"):
        of = next((c for c in name.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and of.i == name.i + 1 and _same_entity(subject.doc[of.i + 1], subject):
            return name
    return subject


def _same_entity(first: Token, last: Token) -> bool:
    """Whether two words lie in one entity, the first opening it or inside it and the last at or after it."""
    doc = first.doc
    return first.ent_type_ == last.ent_type_ and all(doc[i].ent_iob_ == "I" for i in range(first.i + 1, last.i + 1))

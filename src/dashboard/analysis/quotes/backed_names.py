"""The person a participle after a role noun names as its object ("A pastor backing Mr. Ruiz"), where the parser hung
the speaker's own name, set off by commas after it, on that object as its apposition: "A pastor backing Mr. Ruiz,
Dale Whitcomb of Grace Chapel, said" names the pastor Dale Whitcomb. A name set beside a name is no description of
it, so only a person's name that is the object is such a place (not "a group backing the governor, Ann Ross,", where
the name is the governor's)."""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of the participles that describe a role noun ("backing", "supporting", "hired by").
_PARTICIPLES = frozenset({"VBG", "VBN"})


def participle_named_objects(noun: Token) -> list[Token]:
    """The persons' names a participle hung on `noun` takes as its object, directly or through its preposition
    ("backing Mr. Ruiz", "working for Ann Ross"), that have a person's name in apposition after them."""
    found = []
    for participle in noun.rights:
        if participle.dep_ != "acl" or participle.tag_ not in _PARTICIPLES:
            continue
        through = [c for c in participle.children if c.dep_ in ("prep", "agent")]
        objects = [c for c in participle.children if c.dep_ == "dobj"]
        objects += [o for c in through for o in c.children if o.dep_ == "pobj"]
        found += [o for o in objects if _named_person(o) and any(_named_person(c) for c in _appositions(o))]
    return found


def _appositions(token: Token) -> list[Token]:
    return [c for c in token.rights if c.dep_ == "appos"]


def _named_person(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON"

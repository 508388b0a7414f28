"""Bodies named "Friends of" a place or a thing ("Friends of the Earth", "Friends of the River Wendle", "Friends of
Larch Park"): a capitalised "Friends" with "of" and a capitalised name after it is a campaign or volunteer group's own
name, which speaks as itself, an institution, not a group of friends left unnamed with the place as their
affiliation. Friends of a person ("Friends of Ann Ross said") or of a people are friends."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import clean_name

#: Labels of an object of "of" that makes "Friends of X" people's friends, not a body's name.
_PEOPLE_LABELS = frozenset({"PERSON", "NORP"})


def friends_group_name(token: Token) -> str:
    """The name of the body a capitalised subject "Friends" opens ("Friends of the Earth said"), up to the last word
    of the object of its "of"; "" for any other token or for friends of a person."""
    if token.text != "Friends" or token.i + 2 >= len(token.doc) or token.doc[token.i + 1].lower_ != "of":
        return ""
    objects = [c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"]
    if not objects or not objects[0].is_title or objects[0].ent_type_ in _PEOPLE_LABELS:
        return ""
    name = token.doc[token.i : objects[0].i + 1]
    if any(not (t.is_title or t.lower_ == "the") for t in name[2:]):
        return ""  # "Friends of the young Smith": no name of a body
    return clean_name(name.text, "ORG")

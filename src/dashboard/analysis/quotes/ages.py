"""People described by their age alone ("the 46-year-old said"), resolved to the person the article gave that age."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.people import People, Speaker

#: The words of an age ("46-year-old", "46 years old").
_AGE = frozenset({"year", "years", "old"})


def an_age(token: Token) -> bool:
    """ "the 46-year-old": a person described by their age alone."""
    return token.lower_ == "old" and any(c.lower_ in _AGE for c in token.children)


def person_of_age(people: People, p: int, token: Token) -> Speaker | None:
    """ "the 46-year-old": the person the article last gave that age ("Ann Ross, 46," or "46-year-old Ann Ross")."""
    age = next((t.text for t in token.subtree if t.like_num), None)
    found = ""
    for q, doc in enumerate(people.docs[: p + 1]):
        for t in doc[: token.left_edge.i if q == p else len(doc)]:
            if t.text != age:
                continue
            before = [doc[t.i - 2]] if t.i >= 2 and doc[t.i - 1].text == "," else []  # "Ann Ross, 46,"
            after = [w for w in doc[t.i + 1 : t.i + 6] if w.is_alpha and w.lower_ not in _AGE][:1]
            for ent in (people.entity(q, w) for w in before + after):
                if ent is not None and people.label(q, ent) == "PERSON":
                    found = people.name_of(q, ent)
    return people.person(found) if found else None

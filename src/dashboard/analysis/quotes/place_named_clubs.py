"""The club "the club's chairman" means when the recogniser took the club's name for a place's or a person's: sports
clubs are mostly named after their towns ("Northgate City", "Riverton Town"), which the recogniser tags as places,
so no organisation of the article has the word "club". A name set right beside "club" ("Northgate City, the Premier
Division club bought last year …", "Riverton Town, a club in the third tier,", "the club Halden Rovers") is the club
all the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Labels of the names a club may be taken for: a place's or a person's.
_TAKEN_FOR = frozenset({"GPE", "LOC", "PERSON"})
#: Words that open the noun phrase set after a name ("Northgate City, the … club").
_ARTICLES = frozenset({"the", "a", "an"})


def club_named_as_place(cast: People, p: int, token: Token) -> str:
    """The name, tagged a place's or a person's, that the article set beside "club" last before the token ("the
    club's"), in any paragraph before; "" when it set none."""
    for q in range(p, -1, -1):
        doc = cast.docs[q]
        ents = [e for e in doc.ents if cast.label(q, e) in _TAKEN_FOR and (q < p or e.end <= token.i)]
        for ent in reversed(ents):
            if _beside_club(ent):
                return cast.name_of(q, ent)
    return ""


def _beside_club(ent: Span) -> bool:
    """Whether "club" stands right before the name after "the", or heads the noun phrase set after it by a comma."""
    doc = ent.doc
    before = doc[ent.start - 2 : ent.start]
    if len(before) == 2 and before[0].lower_ == "the" and before[1].lemma_.lower() == "club":
        return True  # "the club Halden Rovers"
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in _ARTICLES:
        return False
    opened = doc[ent.end + 1]
    return any(t.lemma_.lower() == "club" and t.left_edge == opened for t in doc[ent.end + 2 : ent.end + 8])

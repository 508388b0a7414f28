"""Descriptions given beside a surname the recogniser left untagged: "<Given> <Surname> said …", then "<Surname>, a
chemistry professor and a member of the board, said …". Profiles are gathered from tagged mentions, so the role and
the employer set off beside the bare surname would never reach the person; a person the article has not described
yet takes them, as one speaker has one profile from everything the article says of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.given_names import gender_of_given_name
from dashboard.analysis.quotes.roles import describe
from dashboard.analysis.quotes.works_at import WORKS_AT

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People


Mention = tuple[tuple[int, int], str, int]  # (position, full name, subject rank)


def described_bare(cast: People, found: list[Mention]) -> list[Mention]:
    """`found`, the untagged mentions of the article's people (position, full name, subject rank), after giving each
    person with no role yet the description set off beside one of them."""
    for (p, i), name, _ in found:
        profile = cast.profiles.get(name)
        if profile is None or profile.role and profile.affiliation:
            continue
        token = cast.docs[p][i]
        if i + 2 >= len(token.doc) or token.doc[i + 1].text != ",":
            continue  # "Emanuel - who fired McCarthy, the police chief": only a description right after the name
        role, affiliation, appositive = describe(token, Span(token.doc, i, i + 1, label="PERSON"), cast, p)
        if _of_other_gender(_set_off(token), gender_of_given_name(name)):
            continue
        if role and appositive and not profile.role:
            profile.role, profile.from_apposition = role, True
            profile.affiliation = profile.affiliation or affiliation
            profile.role_words.update(role.lower().split())
        elif profile.role and _works_for(token) and affiliation:  # "journalist X", then "X, who works for Y,"
            profile.affiliation = affiliation
    return found


def _works_for(name: Token) -> bool:
    """Whether a clause set off right after a name says where the person works ("Arslan, who works for Y,")."""
    return any(c.dep_ == "relcl" and c.lemma_ in WORKS_AT for c in name.children)


#: Possessive pronouns by the gender of whom they stand for.
_POSSESSIVES = {"m": "her", "f": "his"}


def _set_off(name: Token) -> str:
    """The words set off by commas right after a name ("a chemistry professor and a member of the board")."""
    doc = name.doc
    end = next((t.i for t in doc[name.i + 2 :] if t.text == ","), len(doc))
    return doc[name.i + 2 : end].text


def _of_other_gender(description: str, gender: str) -> bool:
    """ "executive vice president of her father's company" beside a bare "Trump" whose one full owner is a man: the
    description is of someone else of that surname."""
    return gender in _POSSESSIVES and _POSSESSIVES[gender] in description.lower().split()

"""A body a description of a person names by what it is ("the Norrland central bank's board", "the finance
ministry", "Ukraine's parliament") or by the name set beside that noun ("the Brazilian carrier Azulinha"), a force by
its capitalised noun alone ("Police spokesman"), or a state's body by the place it sits in; not a body an international
body owns, which is that body's ("the European Union's observer mission")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.quotes.found import Found
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.machine_operators import operates_a_machine
from dashboard.analysis.quotes.organisations import INTERNATIONAL, organisation_type
from dashboard.analysis.quotes.placed_roles import body_in_place
from dashboard.analysis.quotes.portfolio_fields import names_a_field
from dashboard.analysis.quotes.who_described import post_held_once

#: Forces a role names by their capitalised common noun ("Police spokesman", "Army Lt. Ann Ross").
_FORCES = frozenset({"police", "army", "navy", "military"})


def body_described(tokens: list[Token]) -> Found | None:
    """A body the description names by what it is ("the Norrland central bank's board", "the finance ministry"),
    a force by its capitalised noun alone ("Police spokesman"), or a state's body by the place it sits in; none that a
    pronoun owns ("who leads its legal team": a part of whatever "its" is, no body of its own), nor one an
    international body owns ("the European Union's observer mission": the Union's)."""
    for token in tokens:
        if token.lower_ in _FORCES and token.text[:1].isupper() and token.dep_ == "compound":
            return Found(token.text, (token,))
        body = (token.pos_ == "NOUN" or token.text.islower()) and token.lemma_.lower() in BODY_NOUNS
        body = body and not names_a_field(token)  # "vice president for international business": a portfolio
        body = body and not operates_a_machine(token)  # "a machine operator": a worker, no body
        body = body and not post_held_once(token)  # "a former regulator": one who held a post, no body
        if body and (name := _name_beside(token)) is not None:
            return name  # "the Brazilian low-cost carrier Azulinha": the carrier's name, not "Brazilian … carrier"
        if body and not any(c.dep_ == "poss" and (c.pos_ == "PRON" or _international(c)) for c in token.children):
            modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod") or _owner(c)]
            if modifiers:
                start = min(t.i for c in modifiers for t in c.subtree if t.dep_ != "det")
                return Found(token.doc[start : token.i + 1].text, tuple(token.doc[start : token.i + 1]))
    placed = body_in_place(tokens)  # "a spokesman for the embassy in Washington": the body, not the place
    return Found(placed.text, (placed,)) if placed is not None else None


def _name_beside(noun: Token) -> Found | None:
    """The proper name set right after a body's noun as its apposition ("the carrier Azulinha"), however the
    recogniser tagged it; None when none is."""
    doc, end = noun.doc, noun.i + 1
    if not any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == end for c in noun.children):
        return None
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return Found(doc[noun.i + 1 : end].text, tuple(doc[noun.i + 1 : end]))


def _owner(token: Token) -> bool:
    """ "fishermen's" of "the fishermen's association": people named by a common noun, whose body it is; or a
    country, whose body it is ("Ukraine's parliament")."""
    if token.dep_ != "poss":
        return False
    return token.pos_ == "NOUN" and token.text.islower() or is_country(token.text)


def _international(owner: Token) -> bool:
    """Whether a possessive names an international body ("the European Union's"), whose bodies are its own."""
    return organisation_type(" ".join(t.text for t in owner.subtree if t.dep_ not in ("case", "det"))) == INTERNATIONAL

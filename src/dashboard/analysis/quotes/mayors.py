"""The city a mayor serves when the title stands alone before the name ("Outgoing Mayor Richard Soto said"): the one
city the article ties the office to elsewhere ("the two candidates for Milwaukee mayor", "the mayor of Milwaukee")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.doc_text import entity_of, places_of

#: The words of a mayor's office.
_MAYOR_WORDS = ("mayor", "mayoral")


def city_of_mayor(docs: list[Doc], p: int) -> str:
    """The one place the article, up to paragraph p, names right before "mayor" or after "mayor of"; "" when it names
    none, or more than one."""
    cities = {
        city for doc in docs[: p + 1] for i in places_of(doc, _MAYOR_WORDS, lower=True) if (city := _city(doc[i]))
    }
    return cities.pop() if len(cities) == 1 else ""


def _city(mayor: Token) -> str:
    """The place tagged right before the word of the office ("Milwaukee mayor") or after its "of" ("mayor of Ayr")."""
    doc = mayor.doc
    before = doc[mayor.i - 1] if mayor.i else None
    if before is not None and before.ent_type_ == "GPE" and before.tag_ != "POS":
        return entity_of(before).text
    after = doc[mayor.i + 2] if mayor.i + 2 < len(doc) and doc[mayor.i + 1].lower_ == "of" else None
    if after is not None and after.ent_type_ == "GPE" and after.ent_iob_ == "B":
        return entity_of(after).text
    return ""

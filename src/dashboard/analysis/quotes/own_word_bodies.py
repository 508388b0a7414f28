"""A body called back by the last word of its name though another body spoke since: "The Independent Paddling
Integrity Agency said … . Brazil's sports ministry said … . The agency has said it will …" is the agency, not the
ministry that spoke last. "The agency" may stand for a body of another name ("the agency" for a ministry or a
department, in some papers), but not when the article named a body whose name ends in that very word and the body that
spoke since ends in another body's noun: the writer calls each by its own word."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import spelled_one_way
from dashboard.analysis.quotes.lexicon import BODY_NOUNS


def not_of_another_noun(orgs: list, p: int, token: Token, recent: list) -> list:
    """The bodies of `recent` (where each acted, its name) that "the <noun>" at the token may stand for: all of them,
    unless an organisation named before (`orgs`: where, name, label) ends in the noun, when those whose name ends in
    another body's noun are left out."""
    word = spelled_one_way(token.lower_)
    if not recent or word not in BODY_NOUNS:
        return recent
    own = any(_last_word(name) == word for pos, name, _ in orgs if pos < (p, token.i))
    if not own:
        return recent  # most: no body of the article is named by the noun
    return [(pos, name) for pos, name in recent if _last_word(name) == word or _last_word(name) not in BODY_NOUNS]


def _last_word(name: str) -> str:
    words = name.split()
    return spelled_one_way(words[-1].lower()) if words else ""

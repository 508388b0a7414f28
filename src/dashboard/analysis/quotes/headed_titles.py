"""A title the parser made the head of the name right after it: in "Haiti's Prime Minister Garry Jean-Louis said" it
may take "Minister" for the subject and set the name beside it as an apposition with no comma between, and in
"Uganda's State Minister for Trade Joan Aketch said" the object of the title's "for"; so the title is no modifier of
the name, but its words are still the name's role ("Haiti's Prime Minister", "Uganda's State Minister for Trade")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.portfolio_holders import holder_after_portfolio


def title_over_name(ent: Span, opening: int = 0) -> list[Token]:
    """The words of a capitalised title (with its owner: "Haiti's") that the name right after it hangs on as an
    apposition with nothing between; none for a title set off by a comma ("the minister, X,") or any other parse."""
    root = ent.root
    head = root.head
    if root.dep_ != "appos" or head.i != ent.start - 1 or head.pos_ != "PROPN":
        return []
    if (lemma := head.lemma_.lower()) not in ROLE_WORDS and lemma not in PEOPLE_NOUNS and head.lower_ not in ROLE_WORDS:
        return []
    return _with_modifiers(head, ent, opening)  # "Former Hewlett-Packard CEO", not the clause before it


def title_over_portfolio(ent: Span, opening: int = 0) -> list[Token]:
    """The words of a capitalised title (with its owner) and its portfolio that a name hangs on as the object of
    the title's "for" or "of" ("Uganda's State Minister for Trade" of "… for Trade Joan Aketch said"); none for any
    other parse."""
    root = ent.root
    title = root.head.head
    if root.dep_ != "pobj" or holder_after_portfolio(title).i != root.i:
        return []
    return _with_modifiers(title, ent, opening)  # "Uganda's State Minister"


def _with_modifiers(title: Token, ent: Span, opening: int) -> list[Token]:
    """The words from the title's first modifier (not before `opening`) up to the name."""
    doc, start = ent.doc, title.i
    while start - 1 >= max(title.left_edge.i, opening) and _modifies(doc[start - 1]):
        start -= 1
    return list(doc[start : ent.start])


def _modifies(token: Token) -> bool:
    """A word of a title's own modifiers: an adjective, a noun or name before it, an owner and its "'s", a hyphen."""
    return token.dep_ in ("compound", "amod", "nmod", "poss", "case") or token.text == "-"

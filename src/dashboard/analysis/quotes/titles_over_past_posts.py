"""A title of office held now right before a name outweighs a post held before that an apposition after the name
gives: "Senator X, a former prosecutor, said", "Central Bank Governor X, a former Treasury official, said" and "City
Council member X, a former teacher, said" speak in the office they hold, as officials of the body the title names,
not as former officials (experts, by GUIDELINES) nor for the body of the old post. The apposition is left out of the
person's description, so the title before the name gives role, body and kind. A past title ("Former Senator X, a
former prosecutor,"), a present part in the apposition ("a former aide who now heads Y"), a kinship ("her former
husband") or a title of no office ("Dr. X, a former surgeon") leave the apposition as it is. A title kept for life
(president, governor, senator) is one held now only when the article nowhere says the person left it: a story may
still call a retired head of state "President X" once it has said he left office ("X, who left office in 2019,") or
called him "former President X"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.quotes.lexicon import PAST_POST_WORDS, TITLES_KEPT_FOR_LIFE
from dashboard.analysis.quotes.set_off_offices import office_set_off_before
from dashboard.analysis.quotes.titles_over_appositions import office_held_before

#: Titles kept for life and their short forms before a name ("Gov. X", "Sen. X").
_KEPT_FOR_LIFE = TITLES_KEPT_FOR_LIFE | {"gov", "sen"}
#: Verbs of leaving an office, with the word that makes them so ("left office", "stepped down", "retired").
_LEAVING = {"leave": {"office", "power", "post"}, "step": {"down"}, "retire": set(), "resign": set()}
#: Words that give a present part in a description of the past ("a former aide, now a lawmaker").
_NOW = frozenset({"now", "currently", "current", "later"})


def without_past_posts(children: list[Token], root: Token, ent: Span, docs: list[Doc]) -> list[Token]:
    """The children of a name's root but an apposition of a post held before under a title held now."""
    return [c for c in children if not past_post_under_title(c, root, ent, docs)]


def past_post_under_title(child: Token, root: Token, ent: Span, docs: list[Doc]) -> bool:
    """Whether `child`, a child of the name's root, is an apposition after the name that gives only a post held
    before, and a title of office held now stands right before the name (one kept for life only when no paragraph of
    the article, `docs`, says the person left office)."""
    if child.dep_ != "appos" or child.i < ent.end or any(c.dep_ == "poss" for c in child.children):
        return False
    opening = {t.lower_ for t in child.doc[child.left_edge.i : child.i]}
    if not opening & PAST_POST_WORDS or any(t.lower_ in _NOW for t in child.subtree):
        return False
    if not office_held_before(root, ent) and not office_set_off_before(root, ent):  # "Its chairman, X, a former …"
        return False
    return ent.doc[ent.start - 1].lower_.rstrip(".") not in _KEPT_FOR_LIFE or not _left_office(ent[-1].text, docs)


def _left_office(surname: str, docs: list[Doc]) -> bool:
    """Whether a paragraph calls the person of this surname a former holder of a title ("former President X") or
    says they left office in a clause on the name ("X, who left office in 2019,", "X, who stepped down")."""
    for token in (t for doc in docs for t in doc if t.text == surname):
        if _former_title_before(token):
            return True
        for clause in (c for c in token.children if c.dep_ in ("relcl", "acl") and c.lemma_ in _LEAVING):
            words = _LEAVING[clause.lemma_]
            if not words or any(c.lower_ in words for c in clause.children):
                return True
    return False


def _former_title_before(token: Token) -> bool:
    """Whether the capitalised words before a name's word ("Olav", "President") open with "former" ("former President
    Olav Tren"); a "former" further off ("a former aide to Senator X") is someone else's."""
    for word in reversed(token.doc[: token.i]):
        if word.lower_ in PAST_POST_WORDS:
            return True
        if not (word.is_title or word.text.endswith(".")):
            return False
    return False

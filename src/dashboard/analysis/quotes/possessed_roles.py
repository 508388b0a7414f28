"""The role in an apposition "X, the clinic’s only vet," that the parser hung on its owner: it may set "clinic" beside
the name and "vet" beside or after "clinic" (as a conjunct or a second apposition, with no comma or "and" between),
so that the person's role read "clinic" and "the vet said" later found no one. The noun right after the owner's
"’s" is the role; the owner stays what it is, the body the person serves."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.one_of_roles import one_of

#: Links by which the parser may hang the role on its owner.
_HUNG = frozenset({"conj", "appos"})


def possessed_role(appositive: Token) -> Token:
    """The role noun the parser hung on the owner set beside a name ("the clinic’s only vet" -> vet); the appositive
    itself otherwise."""
    case = next((c for c in appositive.children if c.dep_ == "case" and c.tag_ == "POS"), None)
    if case is None:
        return appositive
    role = next((c for c in appositive.rights if c.dep_ in _HUNG and c.pos_ == "NOUN" and c.i > case.i), None)
    if role is None or any(t.is_punct or t.dep_ == "cc" for t in appositive.doc[case.i + 1 : role.i]):
        return appositive
    return role


def apposed_role(appositive: Token, root: Token, ent: Span) -> Token:
    """The noun that holds the role of an apposition set beside the name `ent`: the plural of "one of the firm's
    chiefs" (`one_of`), the role the parser hung on its owner (`possessed_role`), or the appositive itself."""
    return possessed_role(one_of(appositive, root, ent))

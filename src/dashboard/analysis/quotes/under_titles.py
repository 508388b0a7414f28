"""A title opened by "under" that the parser splits: in "X, the Treasury's under secretary for terrorism, said" it
takes "under" for a preposition, so the apposition of the name is the owner ("Treasury") and the title ("secretary")
is the object of "under". The title is still the person's role, and its owner their affiliation."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.kinds import ROLE_WORDS


def title_under_owner(appositive: Token) -> Token | None:
    """The role noun ("secretary") of "the Treasury's under secretary", where the parser hangs "under secretary" on
    the owner set beside the name; None for any other apposition."""
    if appositive.dep_ != "appos":
        return None
    return _title_under(appositive, len(appositive.doc))


def title_under_subject(name: Token) -> Token | None:
    """The role noun ("Secretary") of "the Treasury's Under Secretary for terrorism, Ann Roe, said", where the parser
    makes the owner the subject, hangs the title on it by "under" and sets the name beside the owner; None for any
    other apposition (the title must come between the owner and the name)."""
    if name.dep_ != "appos" or name.head.i >= name.i:
        return None
    return _title_under(name.head, name.i)


def _title_under(owner: Token, end: int) -> Token | None:
    """The role word a proper-noun owner with "'s" holds by "under" after it and before `end`, or None."""
    if owner.pos_ != "PROPN" or not any(c.dep_ == "case" for c in owner.children):  # the owner's "'s"
        return None
    under = [c for c in owner.children if c.dep_ == "prep" and c.lower_ == "under" and owner.i < c.i < end]
    titles = [o for u in under for o in u.children if o.dep_ == "pobj" and o.lemma_.lower() in ROLE_WORDS]
    return titles[0] if titles else None


def owner_words(appositive: Token) -> list[Token]:
    """The words that name the owner of a split title ("the Treasury" of "the Treasury's under secretary")."""
    return [t for t in appositive.subtree if t.i <= appositive.i]

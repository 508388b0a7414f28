"""Which words before the noun of a bare description ("“…,” the retired nurse said") leave it a description of the
person the paragraph is about rather than of someone else: lower-case adjectives and nouns ("retired", "school"),
the hyphen inside one word written in parts ("the left-hander", "the all-rounder", which the parser splits at the
hyphen), and a capitalised word that names no one and nothing the recogniser knows ("the former Test bowler", a kind
of match). A capitalised word that is a name ("the Whitby supporter", "the Vermont senator") ties the description to
that name, not to the person who just spoke."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.marks import HYPHENS


def leaves_bare(modifier: Token) -> bool:
    """Whether a word set before a description's noun keeps it bare (see the module's docstring)."""
    if modifier.dep_ == "punct":
        return _inner_hyphen(modifier)
    if modifier.dep_ not in ("amod", "compound"):
        return False
    return modifier.text.islower() or modifier.text.istitle() and not modifier.ent_type_


def _inner_hyphen(mark: Token) -> bool:
    """ "left-hander": a hyphen with no space on either side, between two words."""
    doc = mark.doc
    inside = 0 < mark.i < len(doc) - 1 and not doc[mark.i - 1].whitespace_ and not mark.whitespace_
    return mark.text in HYPHENS and inside

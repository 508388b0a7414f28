"""The front of an organisation's name that the recogniser cut off when it took the rest for a person's: "Rashtriya
Kisan Morcha leader X", tagged "Kisan Morcha", is the Rashtriya Kisan Morcha's leader."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.missed_names import TITLE_WORDS


def with_cut_front(ent: Span) -> Span:
    """`ent` with the capitalised untagged words right before it that the parser hangs on its words as part of one
    name ("Rashtriya" of "Rashtriya Kisan Morcha"), short of a title ("Deputy", "Minister")."""
    doc, start = ent.doc, ent.start
    while start > 0 and _front_word(doc[start - 1], ent):
        start -= 1
    return doc[start : ent.end]


def _front_word(token: Token, ent: Span) -> bool:
    """A capitalised, untagged word hung as a compound on a word of the name or on the noun the name modifies
    ("Praja" of "Praja Sewa Dal spokesman", hung on "spokesman"), no title."""
    in_name = ent.start <= token.head.i < ent.end or token.head == ent.root.head != ent.root
    untagged = token.ent_type_ == "" and token.lower_ not in TITLE_WORDS
    return token.is_title and token.dep_ == "compound" and in_name and untagged

"""Given names the tagger read as a verb ("Elise Marchetti, deputy governor of …, said" with "Elise" a verb) or an
adjective ("Cathal" of "Cathal Brennock, 45, said"): the recogniser still tags the whole name a person, and the parser
hangs the given name on the surname, as it does any first name. A word that opens a name's span with a part of speech
that opens no name is cut from it ("Says" of a heading, "crooked" of "Crooked Ann Roe"), but a verb the parser made a
compound of a proper noun inside the name is part of the name, and keeping it keeps the person's full name; so is an
adjective the parser hung on the surname right after it that ends a two-word name, unless the name modifies a noun ("Top
Hallett aides"). An adjective before more of a name ("Crooked Ann Roe") or hung on a word past it is no such given name:
"Top" of "Top Sanders strategists" is hung on the name as a compound too, and is no part of it."""

from __future__ import annotations

from spacy.tokens import Span, Token


def given_name_misread(token: Token, ent: Span) -> bool:
    """Whether a capitalised word of the name, tagged a verb, is a compound of a proper noun later in the same name (a
    given name), or, tagged an adjective, opens a two-word name and is hung on its surname, not a word before the
    name."""
    head = token.head
    inside = ent.start <= head.i < ent.end and head.i > token.i
    if not (token.is_title and head.pos_ == "PROPN" and inside):
        return False
    surname = token.i == ent.start and head.i == token.i + 1 == ent.end - 1 and token.dep_ in ("amod", "compound")
    surname = surname and head.dep_ != "compound"  # not "Top Hallett aides": a name used as a modifier of a noun
    return token.pos_ == "VERB" and token.dep_ == "compound" or token.pos_ == "ADJ" and surname

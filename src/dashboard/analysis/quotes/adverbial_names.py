"""A person's name set off by commas after a title that the parser hung on the title as an adverbial modifier instead
of an apposition ("The corporation's director-general, Helen Asquith, said", the hyphened title split and the name
read as "npadvmod"): the name still says who holds the title, as an apposition would. Only a name the recogniser
tagged a person counts, so a date or a place set off the same way ("the company, Monday, said") names no one."""

from __future__ import annotations

from spacy.tokens import Token


def names_hung_as_adverbs(title: Token) -> list[Token]:
    """The names tagged a person that follow the title after a comma but hang on it as adverbial modifiers."""
    doc = title.doc
    return [
        c
        for c in title.rights
        if c.dep_ == "npadvmod" and c.ent_type_ == "PERSON" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
    ]


def beside_title(name: Token) -> bool:
    """Whether a name stands beside a title before it: an apposition, or a name hung on the title as an adverb."""
    return name.dep_ == "appos" or name in names_hung_as_adverbs(name.head)

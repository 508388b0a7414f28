"""Names set off by a comma after a noun that the parser hung on it as something else than an apposition: a person's
name after a title read as an adverbial modifier ("The corporation's director-general, Helen Asquith, said", the
hyphened title split and the name read as "npadvmod"), or a body's name after a common noun read as a conjunct with
no "and" ("The players' union, the Association of Spanish Footballers, said"). Either still says who or which the
noun is, as an apposition would; so does a body's name in apposition whose last word the tagger took for a common
noun ("The charity, the Pellworth Seafarers' Trust, said", "Trust" no proper noun). Only a name the recogniser
tagged a person (or, after a common noun, an organisation) counts, so a date or a place set off the same way ("the
company, Monday, said") names no one."""

from __future__ import annotations

from spacy.tokens import Token


def names_hung_as_adverbs(title: Token) -> list[Token]:
    """The names tagged a person that follow the title after a comma but hang on it as adverbial modifiers."""
    return [c for c in title.rights if c.dep_ == "npadvmod" and c.ent_type_ == "PERSON" and _after_comma(c)]


def names_joined_without_and(noun: Token) -> list[Token]:
    """The organisations' names set off after a common noun that the parser joined to it as conjuncts with no "and"
    or "or" among them or after them: appositions."""
    if noun.pos_ != "NOUN" or any(c.dep_ in ("cc", "preconj") for c in noun.children):
        return []
    return [
        c
        for c in noun.rights
        if c.dep_ == "conj"
        and c.ent_type_ == "ORG"
        and _after_comma(c)
        and not any(g.dep_ in ("cc", "conj") for g in c.children)  # "the union, X and Y": a list, not a name
    ]


def bodies_named_by_common_nouns(noun: Token) -> list[Token]:
    """The organisations' names set off in apposition after a common noun whose head word, capitalised inside the
    name the recogniser tagged, the tagger read as a common noun ("the Pellworth Seafarers' Trust")."""
    if noun.pos_ != "NOUN":
        return []
    return [
        c
        for c in noun.rights
        if c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.ent_type_ == "ORG"
        and c.ent_iob_ == "I"
        and c.is_title
        and _after_comma(c)
    ]


def _after_comma(name: Token) -> bool:
    """Whether a comma sets the phrase a name heads off from the words before it."""
    start = name.left_edge.i
    return start > 0 and name.doc[start - 1].text == ","


def beside_title(name: Token) -> bool:
    """Whether a name stands beside a title before it: an apposition, or a name hung on the title as an adverb."""
    return name.dep_ == "appos" or name.dep_ == "npadvmod" and name in names_hung_as_adverbs(name.head)


def names_set_off(noun: Token) -> list[Token]:
    """The names a noun's description gives though the parser set them beside it as no apposition."""
    return [*names_hung_as_adverbs(noun), *names_joined_without_and(noun), *bodies_named_by_common_nouns(noun)]

"""A person known by a given name alone that the recogniser left untagged: "Ellie, 19, who was wearing a flag as a
cape, said she had cried" is a person, set off by her age, a "who" or a word for a person, so the "she said" after is
hers, not that of the man named before her."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: Ages a number set off after a name may be.
_AGES = range(1, 111)


def lone_given_name(token: Token) -> bool:
    """Whether an untagged capitalised proper noun of one word is a person by what is set off after it: an age
    ("Ellie, 19,"), a "who" clause, or a word for a person ("Ellie, a student,")."""
    if token.pos_ != "PROPN" or not token.is_title or not token.is_alpha or token.ent_type_ == "ORG":
        return False
    for child in token.rights:
        if child.dep_ == "appos" and child.like_num and child.text.isdigit() and int(child.text) in _AGES:
            return True
        if child.dep_ == "appos" and child.lemma_.lower() in PEOPLE_NOUNS:
            return True
        if child.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_.startswith("nsubj") for c in child.children):
            return True
    return False

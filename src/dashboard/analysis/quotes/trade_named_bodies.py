"""A company named right after the noun of its trade ("The rail operator Nordline said", "the defence group Halvex
said", "the security firm Corvane said"): the name is the body that speaks, whatever the recogniser tagged it (a
person's name, a product, nothing), as "the" or a place's possessive ("the region's transport company STAB"), a
lower-case word of a field and a noun no person is called by make a company's description of the words before it.

A person's trade said so ("the crane operator Tom Hale", "the veteran broadcaster X") is left alone: only nouns of
bodies no one plies as a person count, and a name tagged a person counts only when it is one word, as a company's
name after its trade mostly is and a person's, given and surname, is not."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Nouns of companies and bodies, never of a person's trade ("operator" of a network, "group" of companies).
_BODY_TRADES = words("""
company firm group carrier airline insurer reinsurer bank lender retailer manufacturer carmaker automaker shipbuilder
railway railroad operator conglomerate chain utility
""")
#: Words before the noun that make it a person's trade or standing, not a company's field.
_OF_PEOPLE = words("executive senior chief lead associate assistant former young veteran crane camera machine")


def names_body_after_trade(noun: Token, name: Token, label: str) -> bool:
    """Whether `name`, in apposition right after `noun`, names the company the noun describes by its trade ("the
    rail operator Nordline"), given the recogniser's `label` for the name ("" when untagged)."""
    if (
        noun.tag_ != "NN"
        or noun.lemma_.lower() not in _BODY_TRADES
        or name.i != noun.i + 1
        or not name.text[:1].isupper()
    ):
        return False
    lefts = list(noun.lefts)
    the = any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.tag_.startswith("NN") for c in lefts)
    fields = [c for c in lefts if c.dep_ in ("amod", "compound") and c.text.islower() and c.lower_ not in _OF_PEOPLE]
    one_word = name.ent_iob_ != "I" and (name.i + 1 == len(name.doc) or name.doc[name.i + 1].ent_iob_ != "I")
    return the and bool(fields) and label not in ("ORG", "GPE", "FAC") and (label != "PERSON" or one_word)

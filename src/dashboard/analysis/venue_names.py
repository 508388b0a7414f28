"""A name set off after the noun of a venue ("The restaurant, Ledger, opens Friday", "the bakery, Crumb Hall,") is the
venue's, a business's, whatever person the recogniser took it for: no one is called "the restaurant", and a "she
says" after it stands for the chef or the owner named before, not for the venue."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import words

#: Nouns of places that trade under a name of their own, which a feature sets off after them.
VENUES = words("""
restaurant bistro brasserie trattoria cafe café diner eatery bakery patisserie bar pub tavern brewery winery
distillery shop store boutique bookshop bookstore hotel inn motel gallery cinema
""")


def names_a_venue(ent: Span) -> bool:
    """Whether a name the recogniser took for a person's is set off by a comma right after a venue's noun on which
    the parser hung it, that noun led by "the" or an owner ("The restaurant, Ledger,", "her bakery, Pennick,") and no
    object of a preposition ("In the shop, Ann Roe said" may be Ann Roe; "with cafes and bars, Nega said" is Nega)."""
    if ent.label_ != "PERSON" or ent.root.dep_ != "appos" or ent.start < 2:
        return False
    venue = ent.root.head
    set_off = ent.doc[ent.start - 1].text == "," and venue.i == ent.start - 2
    led = any(c.dep_ in ("det", "poss") and c.i < venue.i for c in venue.children)
    return set_off and led and venue.lemma_.lower() in VENUES and venue.dep_ not in ("pobj", "conj")

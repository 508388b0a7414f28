"""A body named beside the object of a person noun's preposition, not the person: "A spokeswoman for Sahel Mobile's
parent, Karoo Telecom Holdings, said" is a spokeswoman of Karoo Telecom Holdings, unnamed, and so is "A spokesman for
the transit authority, Metro Transit Board, said" where the parser hung the name on "spokesman"; the name set off
after "the head of the UN office in Geneva, Ana Ruiz," is hers, as it is a person's, and so is a given name and a
surname set beside the body's noun ("its analyst for the company, Priya Nair,"). A body set beside a holder's noun is
the holder: "its largest shareholder, the pension fund X," is X.
"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import TITLES
from dashboard.analysis.quotes.given_names import gender_of_given_word
from dashboard.analysis.quotes.lexicon import BODY_NOUNS

#: Nouns of a body that owns or runs another, which a name set beside them names ("its parent, X Holdings,").
_OWNER_NOUNS = BODY_NOUNS | {"parent", "owner", "subsidiary", "unit", "affiliate", "shareholder", "partner"}


def person_beside_object(noun: Token, head: Token, name: Token) -> Token | None:
    """The name set beside `head`, a body's noun that is the object of the person noun's preposition, when it is the
    person's all the same: one the recogniser tagged a person's that opens with a given name ("Its lead analyst for
    the company, Priya Nair, said" is the analyst, whom the parser hung on "company", not the company's name)."""
    if head is noun or head.dep_ != "pobj" or name.ent_type_ != "PERSON" or head.lemma_.lower() not in _OWNER_NOUNS:
        return None
    return name if gender_of_given_word(name.doc[name.left_edge.i].text) else None


def body_beside_object(noun: Token, head: Token, label: str) -> bool:
    """Whether a name of this label, set beside `head`, an object of the person noun's preposition ("for … parent"),
    names the body that object is, not the person: an organisation's name, beside a body's noun."""
    return head is not noun and label == "ORG" and head.lemma_.lower() in _OWNER_NOUNS and head.text.islower()


#: Nouns of a holder that may be a body as well as a person ("its largest shareholder, the pension fund X,").
_HOLDER_NOUNS = frozenset({"shareholder", "investor", "stakeholder", "owner", "creditor", "backer", "bidder", "buyer"})


def holder_named_as_body(noun: Token, head: Token) -> bool:
    """Whether a body's noun set in apposition to a holder's noun, and the name given to that body noun, are the
    holder itself: "Harbor Bank's largest shareholder, the pension fund Alder Pension, said" is the fund speaking,
    not an unnamed shareholder of it."""
    holder = noun.lemma_.lower() in _HOLDER_NOUNS and head.dep_ == "appos" and head.head == noun
    return holder and head.lemma_.lower() in _OWNER_NOUNS and head.text.islower()


def body_named_after_object(noun: Token, name: Token) -> bool:
    """Whether a name the recogniser tagged an organisation's and the parser hung on the person noun itself, set off
    straight after the body noun that ends the noun's "for" phrase, names that body: "A spokesman for the region's
    transport authority, Metro Transit Board, said" (a spokesman of the board, unnamed), also where the article's
    cast took the name for the spokesman's, and after "one of" the bodies ("A spokesman for one of the groups, Hearth
    Action, said"); not a name that opens with a given name, after any title ("…, Maria
    Lopez,", "…, Deacon Paul Varga,")."""
    first = name.left_edge.i
    if first + 1 < name.i and name.doc[first].lower_.rstrip(".") in TITLES:  # "Deacon", "Rev."
        first += 1
    if name.ent_type_ != "ORG" or name.head != noun or gender_of_given_word(name.doc[first].text):
        return False
    bodies = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children]
    bodies += [b for o in bodies if o.lower_ == "one" for b in _of_objects(o)]  # "for one of the groups, X,"
    before = name.left_edge.i - 2
    return any(o.i == before and o.lemma_.lower() in _OWNER_NOUNS and o.text.islower() for o in bodies)


def _of_objects(one: Token) -> list[Token]:
    """The nouns after "of" of a "one of the …" ("one of the groups"): the kind of body the one is."""
    return [o for c in one.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]

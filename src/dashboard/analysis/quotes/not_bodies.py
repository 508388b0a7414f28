"""Names inside a person's description that name no body the person speaks for: a street they work on ("the store
on Main Street"), the field of the work a role heads ("head of FX research at Banque Lumiere") and a military rank
the recogniser tagged as an organisation ("military spokesman Rear Admiral X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import RANKS, words
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, WAY_WORDS
from dashboard.analysis.quotes.plural_openers import crowd_taken_for_name

#: Words of military ranks of two words ("Rear Admiral", "Brigadier General", "Air Marshal", "Field Marshal").
RANK_WORDS = RANKS | words("rear vice admiral general brigadier marshal air field flight wing squadron commodore")

#: A company's offices, which the recogniser may tag an organisation when one opens a sentence ("Founder and chief
#: executive X said").
_OFFICES = words("founder co-founder cofounder chairman chairwoman chairperson ceo owner")

#: Legislators' titles written as initials ("MEP", "MLA"), which the recogniser may tag an organisation.
_LEGISLATOR_INITIALS = words("mp mpp mla mna mha mep msp")

_ALONG = frozenset({"on", "along", "off", "near", "down", "up", "in"})


def on_a_street(ent: Span) -> bool:
    """ "the store on Main Street": a place where someone is, not whom they speak for ("a Downing Street aide" is)."""
    head = ent.root.head
    return ent[-1].lower_.rstrip(".") in WAY_WORDS and ent.root.dep_ == "pobj" and head.lower_ in _ALONG


def names_a_field(tokens: tuple[Token, ...]) -> bool:
    """ "head of FX research at Banque Lumiere": a name that only says the field of the work that a role heads, which
    names its body only when no other is named after it; so is a region or site before a role's noun, the beat it
    covers ("a senior Great Lakes analyst at the Crisis Group", "Great Lakes" tagged a facility)."""
    last = tokens[-1]
    field = last.head if last.dep_ == "compound" and last.head.i > last.i else None
    beat = last.ent_type_ in ("FAC", "LOC")
    return (
        field is not None and field.text.islower() and field.lemma_ not in BODY_NOUNS and (field.dep_ == "pobj" or beat)
    )


def names_a_rank(name: str) -> bool:
    """ "Rear Admiral", "Brigadier General": a rank of two or more words the recogniser took for an organisation."""
    parts = name.casefold().split()
    return len(parts) >= 2 and all(w in RANK_WORDS for w in parts)


def office_taken_for_body(ent: Span) -> bool:
    """ "Founder" of "Founder and chief executive X said": a company's office, alone, tagged an organisation; so is
    "Crown" before a common noun ("The Crown agency said", "a Crown prosecutor"), the kind of body or office it is,
    and a plural noun of people that opens a sentence or a story ("Commuters waiting at the station said", tagged an
    organisation or a person); so is a legislator's title written as initials, alone or after a country's adjective
    ("Dutch MEP X said")."""
    if ent.label_ == "ORG" and _legislator_title(ent) or crowd_taken_for_name(ent):
        return True
    if ent.label_ != "ORG" or len(ent) != 1:
        return False
    return ent[0].lower_ in _OFFICES or _crown_kind(ent[0])


def _crown_kind(token: Token) -> bool:
    """ "Crown" set before a common noun as its kind ("Crown agency", "Crown corporation", "Crown attorney")."""
    head = token.head
    return token.lower_ == "crown" and token.dep_ == "compound" and head.i == token.i + 1 and head.text.islower()


def _legislator_title(ent: Span) -> bool:
    """ "MEP" or "Dutch MEP": a legislator's title in capital initials, after nothing but countries' adjectives."""
    *before, title = ent
    return title.is_upper and title.lower_ in _LEGISLATOR_INITIALS and all(country_of(t.text) for t in before)

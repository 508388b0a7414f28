"""A body described, then named by its initials set off in commas: "The U.N. peacekeeping mission in Congo, MONUSCO,
said …", "The U.N. refugee agency, UNHCR, said …". The initials are the body's name, which the gold gives for an
institution, where the description alone ("U.N. refugee agency") is none, and the recogniser often leaves such
initials untagged or takes the "U.N." before them for the speaker."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.quotes.lexicon import BODY_NOUNS

#: How the parser hangs the initials on the description: an apposition, or a noun phrase used as an adverb.
_SET_BESIDE = frozenset({"appos", "npadvmod"})
#: Fewest letters of initials that name a body ("WFP", "UNHCR"); two are too often a state's or a unit's ("UK").
_FEWEST = 3


def initials_set_off(noun: Token) -> str:
    """The initials that end the subject phrase this body noun heads, set off by commas ("…, MONUSCO,"), or ""."""
    if noun.lemma_.lower() not in BODY_NOUNS or not noun.text.islower():
        return ""
    doc = noun.doc
    words = [t for t in noun.subtree if not t.is_punct]
    last = words[-1] if words else None
    if last is None or last.dep_ not in _SET_BESIDE or last.i in (noun.i, 0) or last.i + 1 >= len(doc):
        return ""
    initials = last.text.isupper() and last.is_alpha and len(last.text) >= _FEWEST
    set_off = doc[last.i - 1].text == "," and doc[last.i + 1].text == ","
    return last.text if initials and set_off and _untagged_or_a_body(last) else ""


def _untagged_or_a_body(initials: Token) -> bool:
    """Initials the recogniser left untagged or tagged an organisation, or tagged a place that is no country ("The
    U.N. mission in Ostria, UNMO,", "UNMO" taken for a place); not a country's ("…, the UAE,")."""
    return initials.ent_type_ in ("", "ORG") or initials.ent_type_ == "GPE" and not is_country(initials.text)

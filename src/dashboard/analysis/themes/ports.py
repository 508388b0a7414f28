"""A people's name before a port ("much of it through Syrian and Turkish ports", "ships that call at Iranian ports"):
it says where goods pass or land, as a town named after "in" does ("a rally in Ohio"), not a party to relations
between states. Peoples listed before one port ("Syrian and Turkish ports") are all such places. A people named
before anything else ("Syrian officials", "Turkish ships") is left alone."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import words_of

#: The places where ships load and land goods, by lemma.
PORTS = frozenset(["port", "harbour", "harbor", "terminal", "anchorage", "dock", "quay", "seaport"])
#: The words that may join the peoples listed before one port ("Syrian, Lebanese and Turkish ports").
_JOINING = frozenset(["and", "or", ","])
#: How far after a people's name its port may stand (through the names and words that list others).
_MAX_LIST = 6


def names_a_port(doc: Doc | Span) -> bool:
    """Whether a paragraph has a word of a port: most have none, and the kept set of their words answers at once."""
    return not PORTS.isdisjoint(words_of(doc))


def port_of_a_people(ent: Span) -> bool:
    """Whether a people's name (NORP) only says whose ports a paragraph's goods pass through or land at (asked only
    of a paragraph that `names_a_port`)."""
    if ent.label_ != "NORP":
        return False
    doc = ent.doc
    k, end = ent.end, min(ent.end + _MAX_LIST, len(doc))
    while k < end and (doc[k].lower_ in _JOINING or doc[k].ent_type_ == "NORP"):
        k += 1
    return k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in PORTS

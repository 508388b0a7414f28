"""Makers of goods named in one word, each a company's trade ("toolmaker Veldt Tools", "the truckmaker said"); a
lawmaker, a policymaker or a filmmaker is a person, and none of them is here. "The" and words of a field or a nation
before "maker" ("the vaccine maker Y", "the South Korean maker Y") make a company of the name after it too, whatever
the recogniser tagged it; a maker of a field no company works in ("the film maker", "the policy maker") is a person."""

from __future__ import annotations

from spacy.tokens import Span, Token

_MAKERS = """
drugmaker chipmaker steelmaker planemaker automaker carmaker toolmaker truckmaker jetmaker tyremaker tiremaker
phonemaker glassmaker papermaker shipmaker
"""
COMPANY_MAKERS = frozenset(_MAKERS.split())
_PEOPLES_FIELDS = "film movie documentary policy decision law king match peace deal rain trouble home"
#: Fields whose "maker" is a person ("the film maker X", "the decision maker X"), not a company.
_PEOPLES_MAKERS = frozenset(_PEOPLES_FIELDS.split())


def trade_fields(ent: Span) -> list[Token] | None:
    """The words between "the" and the trade right before a name ("the vaccine maker Y": "vaccine"; "the South Korean
    maker Y": "South Korean"), each a lower-case noun or adjective or a word of a nation; None when no "the" opens
    them within three words."""
    doc = ent.doc
    fields = list(doc[max(ent.start - 4, 0) : ent.start - 1])
    while fields and fields[0].lower_ != "the":
        fields = fields[1:]
    if not fields or not all(t.is_lower and t.pos_ in ("NOUN", "ADJ") or t.ent_type_ == "NORP" for t in fields[1:]):
        return None
    return fields[1:]


def made_by_company(ent: Span) -> bool:
    """Whether "the", words of a field or a nation and "maker" come right before the name ("the engine maker Y",
    "the South Korean maker Y"), the last of them no field a person makes in; or the name is set off after the maker
    of a good ("the drug's Swiss maker, Y,")."""
    if ent.start >= 2 and ent.doc[ent.start - 2].lemma_ == "maker" and ent.doc[ent.start - 1].text == ",":
        return _goods_maker(ent.doc[ent.start - 2]) and ent.root.dep_ == "appos" and ent.root.head.i == ent.start - 2
    if ent.start < 2 or ent.doc[ent.start - 1].lower_ != "maker":
        return False
    fields = trade_fields(ent)
    return bool(fields) and fields[-1].lower_ not in _PEOPLES_MAKERS


def _goods_maker(maker: Token) -> bool:
    """Whether "maker" is owned by a good in a common noun ("the drug's maker", "the vaccine's Swiss maker"), as only
    a company is, not by a work or a field a person makes ("the film's maker")."""
    goods = [c for c in maker.lefts if c.dep_ == "poss" and c.pos_ == "NOUN" and c.is_lower]
    return bool(goods) and all(c.lemma_ not in _PEOPLES_MAKERS for c in goods)


def makes_goods(noun: Token) -> bool:
    """Whether a noun set beside a name calls it a maker of goods ("Y, a maker of wafer-cleaning tools,", "Y, a chip
    maker,"): a company's trade, as neither a film maker nor "a maker of documentaries" is."""
    if noun.lemma_.lower() != "maker":
        return False
    goods = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    fields = [c for c in noun.lefts if c.dep_ == "compound" and c.is_lower and c.pos_ == "NOUN"]
    made = [t for t in goods + fields if t.tag_ in ("NN", "NNS") and t.lemma_.lower() not in _PEOPLES_MAKERS]
    return bool(made) and len(made) == len(goods + fields)

"""One-word companies the recogniser took for a person in every mention ("Talvessa agreed to buy …", "Talvessa's
finance chief, Ivo Marsh, said …"): a lone name, never given a first name or a title, that owns a company's parts or
does what companies do is an organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dashboard.analysis.names import words

if TYPE_CHECKING:
    from dashboard.analysis.entities import Mention

#: What a company owns and a person does not: "Talvessa's shares", "'s board" (not "Hale's share of the vote").
_COMPANY_PARTS = words("""
shares stock board shareholders stockholders executive subsidiary subsidiaries profits revenue revenues earnings
sales workforce headquarters factories takeover merger
""")
#: Words that make a chief or officer a company's ("finance chief", "chief financial officer"), not a campaign's.
_COMPANY_OFFICES = words("finance financial operating executive")
#: What a company does to another: "agreed to buy Lund Paper", "Talvessa acquired …".
_COMPANY_DEALS = words("buy acquire merge")
#: What a company reports: "reported a loss", "posted record earnings".
_COMPANY_RESULTS = words("loss profit earnings revenue sales")


def companies_taken_for_people(docs: list[Doc], found: list[Mention], canonical: list[str], labels: list[str]) -> None:
    """Give a lone word the recogniser took for a person in every mention to an organisation, in place, when one of
    its mentions owns a company's parts or does a company's deals, and no mention has a title or a first name: not a
    surname of a person the article names in full."""
    people = [n.split() for n, label in zip(canonical, labels, strict=True) if label == "PERSON" and " " in n]
    lone: dict[str, list[int]] = {}
    for i, name in enumerate(canonical):
        lone.setdefault(name, []).append(i)
    for name, at in lone.items():
        if " " in name or any(name in w for w in people) or any(labels[i] != "PERSON" for i in at):
            continue
        if any(found[i].honorific for i in at):
            continue
        if any(_does_business(_token_of(docs[found[i].paragraph], found[i])) for i in at):
            for i in at:
                labels[i] = "ORG"


def _token_of(doc: Doc, mention: Mention) -> Token | None:
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span.root if span is not None and len(span) == 1 else None


def _does_business(name: Token | None) -> bool:
    """ "Talvessa's finance chief", "Talvessa agreed to buy …", "Talvessa reported a loss"."""
    if name is None:
        return False
    if name.dep_ == "poss":
        owned = name.head
        office = owned.lower_ in ("chief", "officer") and any(c.lower_ in _COMPANY_OFFICES for c in owned.children)
        return owned.lower_ in _COMPANY_PARTS or office
    if name.dep_ != "nsubj":
        return False
    verb = name.head
    deals = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "agreed to buy"
    if any(v.lemma_.lower() in _COMPANY_DEALS and any(c.dep_ == "dobj" for c in v.children) for v in deals):
        return True
    return verb.lemma_.lower() in ("report", "post") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _COMPANY_RESULTS for c in verb.children
    )

"""One-word companies the recogniser took for a person in every mention ("Talvessa agreed to buy …", "Talvessa's
finance chief, Ivo Marsh, said …"): a lone name, never given a first name or a title, that owns a company's parts or
does what companies do is an organisation. So is a name of two or three words that opens with no given name the
lexicon knows and reports a company's results ("Rheinwerk Chemie reported a 22 per cent drop in profit") or is
described by a company's noun right before it ("copper miner Andina Cobre", "state airline Volta Air") or set
after it ("Medivita Kliniken, a private hospital group, said") or taken over ("the takeover of Caixa Serrana")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import words
from dashboard.analysis.place_tagged_companies import companies_taken_for_places
from dashboard.analysis.quotes.given_names import gender_of_given_name
from dashboard.analysis.quotes.lexicon import COMPANY_NOUNS
from dashboard.analysis.self_reporting_names import speaks_of_itself

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
#: Changes in what it reports: "reported a 22 per cent drop in profit".
_CHANGES = words("drop fall rise jump increase decrease decline slump surge")
#: Deals a company is the object of ("the takeover of X").
_TAKEN_OVER = words("takeover acquisition purchase buyout merger")
#: Nouns right before a name that describe a company ("copper miner X", "state airline X"); not those that are
#: people's trades or titles as often ("publisher X", "broadcaster X", "developer X", "Democratic rival X").
_COMPANY_DESCRIPTIONS = COMPANY_NOUNS - words("publisher broadcaster operator giant") | {"miner"}

#: What a company operates, named before "operator" ("rail operator X"); not what a person works ("crane operator").
_OPERATED = words("rail railway train bus ferry airport port terminal network grid pipeline telecom telecoms mobile")


def companies_taken_for_people(docs: list[Doc], found: list[Mention], canonical: list[str], labels: list[str]) -> None:
    """Give a lone word the recogniser took for a person in every mention to an organisation, in place, when one of
    its mentions owns a company's parts or does a company's deals, and no mention has a title or a first name: not a
    surname of a person the article names in full. A name of two or three words is given over when it opens with no
    given name the lexicon knows and one of its mentions reports results, is described by a company's noun or is
    taken over. Then a one-word company taken for a place where it owns a company's results
    (`companies_taken_for_places`)."""
    people = [n.split() for n, label in zip(canonical, labels, strict=True) if label == "PERSON" and " " in n]
    lone: dict[str, list[int]] = {}
    for i, name in enumerate(canonical):
        lone.setdefault(name, []).append(i)
    for name, at in lone.items():
        if any(labels[i] != "PERSON" for i in at) or any(found[i].honorific for i in at):
            continue
        tokens = (_token_of(docs[found[i].paragraph], found[i]) for i in at)  # read only as far as needed
        if " " in name:  # "Rheinwerk Chemie reported a drop in profit": no "Anja Vogt"
            described = any(
                _reports(t) or _described_as_company(t) or _taken_over(t) or speaks_of_itself(t) for t in tokens
            )
            given = any(gender_of_given_name(found[i].text) for i in at)  # no "Ann Ross" in any mention
            business = len(name.split()) <= 3 and not gender_of_given_name(name) and not given and described
        else:
            business = not any(name in w for w in people) and (
                any(map(_does_business, tokens)) or described_untagged(docs, name)
            )
        if business:
            for i in at:
                labels[i] = "ORG"
    companies_taken_for_places(docs, found, canonical, labels)  # "Larkspire's operating profit", tagged a place


def _token_of(doc: Doc, mention: Mention) -> Token | None:
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span.root if span is not None and len(span) == len(mention.text.split()) else None


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
    return _reports(name)


def described_untagged(docs: list[Doc], name: str) -> bool:
    """ "Poland's state gas company Polgaz" where the recogniser tagged that mention as nothing (and a later "Polgaz's
    results" as a person's, or nothing): the article said what the word is where it set it after a company's noun
    (read only where the word stands)."""
    found = (doc[i] for doc in docs for i in places_of(doc, [name]))  # no Token made of any other word
    return any(not t.ent_type_ and _described_as_company(t) for t in found)


def _described_as_company(name: Token | None) -> bool:
    """ "copper miner Andina Cobre", "state airline Volta Air": a company's noun compounded before the name; or the
    noun the name is set beside ("The airline, Volta Air, said", "the rail operator Volta Rail"), "operator" only with
    what it operates before it (a "rail operator", not a "crane operator")."""
    if name is None:
        return False
    nouns = [c for c in name.lefts if c.dep_ == "compound" and _company_noun(c)]
    apposed = name.dep_ == "appos" and name.head.i < name.i and name.head.pos_ == "NOUN" and _company_noun(name.head)
    return (
        apposed
        or set_off_as_company(name)
        or any(all(t.pos_ == "PROPN" for t in name.doc[c.i + 1 : name.i]) for c in nouns)
    )


def set_off_as_company(name: Token) -> bool:
    """Whether a company's noun is set right after the name ("Medivita Kliniken, a private hospital group, said";
    "The mine's developer, Lusolith, a company listed in London, said"): the name is the company's."""
    return any(c.dep_ == "appos" and _described_after(name, c) for c in name.children)


def _described_after(name: Token, noun: Token) -> bool:
    """ "a private hospital group" of "Medivita Kliniken, a private hospital group that runs 84 hospitals, said": a
    company's noun set right after the name and its comma with "a" ("the company's founder" is a person's role, not
    the name's kind); not one the parser hung on the name from further on ("X, a fellow at the Y Center, a liberal
    think tank,"), nor a group of people ("a group of bloggers")."""
    right_after = noun.left_edge.i == name.i + 2 and name.doc[name.i + 1].text == ","
    of_people = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    a = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return right_after and a and not of_people and _company_noun(noun)


def _company_noun(noun: Token) -> bool:
    operated = noun.lemma_.lower() == "operator" and any(c.lemma_.lower() in _OPERATED for c in noun.children)
    return noun.lemma_.lower() in _COMPANY_DESCRIPTIONS or operated


def _taken_over(name: Token | None) -> bool:
    """ "the takeover of smaller rival Caixa Serrana", "its purchase of Lund Paper": a name a company's deal is of."""
    of = name.head if name is not None and name.dep_ == "pobj" else None
    return of is not None and of.lower_ == "of" and of.head.lemma_.lower() in _TAKEN_OVER


def _reports(name: Token | None) -> bool:
    """ "Talvessa reported a loss", "… posted a 22 per cent drop in profit": a subject that reports its results."""
    if name is None or name.dep_ != "nsubj" or name.head.lemma_.lower() not in ("report", "post"):
        return False
    done = [c for c in name.head.children if c.dep_ == "dobj"]
    changed = [
        g for c in done if c.lemma_.lower() in _CHANGES for p in c.children if p.lower_ == "in" for g in p.children
    ]
    return any(c.lemma_.lower() in _COMPANY_RESULTS for c in done + changed)

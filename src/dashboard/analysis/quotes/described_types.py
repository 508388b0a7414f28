"""What kind of organisation an article says a company-like name is: "brokerage Numa Securities" needs no telling,
but "brokerage Halden & Vik", "industry watchdog Ofsafe" or "Corlane, a consultancy," say by their noun what the name
does not, so that the name's people get the kind its type gives (a watchdog's chief is an official, a brokerage's
strategist an analyst)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from spacy.tokens import Span, Token

from dashboard.analysis.doc_text import doc_span
from dashboard.analysis.names import BUSINESS_NOUNS
from dashboard.analysis.quotes.armed_groups import ARMED, ARMED_NOUNS
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.organisations import (
    COMPANY,
    CONSULTANCY,
    FINANCE,
    PARTY,
    PUBLIC,
    RESEARCH,
    STATE,
    UNION,
    organisation_type,
)
from dashboard.analysis.quotes.sided_parties import named_by_its_side

#: Nouns that say what an organisation is, and the type each gives.
_TYPE_NOUNS = {
    **dict.fromkeys(("brokerage", "broker", "stockbroker", "bank", "lender", "fund", "investor"), FINANCE),
    **dict.fromkeys(("consultancy", "consultant", "consultants"), CONSULTANCY),
    **dict.fromkeys(("think-tank", "tank", "institute", "pollster"), RESEARCH),  # "pollster Opinia"
    **dict.fromkeys(("watchdog", "regulator"), STATE),
    "union": UNION,
    **dict.fromkeys(ARMED_NOUNS, ARMED),
}
#: Nouns that make a party of a name whatever its words say ("the main opposition party, Civic Union,").
_PARTY_NOUNS = frozenset({"party"})
#: Nouns of businesses that "state" or "state-owned" before them leaves businesses ("state oil company X"); a state
#: bank or fund may be an arm of government.
_STATE_OWNED = BUSINESS_NOUNS - {"bank", "fund", "union", "consultancy", "brokerage"} | {"airline", "carrier", "group"}
#: Nouns of businesses whose words before them may say the type ("a political risk and consulting company").
_NOUNS = _TYPE_NOUNS.keys() | BUSINESS_NOUNS | {"group"}


def described_types(named: Iterable[tuple[int, Span]], name_of: Callable[[int, Span], str]) -> dict[str, str]:
    """The type the article's nouns give each organisation whose name says no more than a company's."""
    types: dict[str, str] = {}
    for p, ent in named:
        name = name_of(p, ent)
        typed = organisation_type(name)
        armed = typed != COMPANY and (noun := _type_noun(ent, ARMED_NOUNS)) is not None  # "X Guard, a militia,"
        if armed and typed not in PUBLIC - {STATE} and noun.i > ent.start:  # a state word gives way to the article's
            types.setdefault(name, ARMED)
        elif typed not in PUBLIC and (_type_noun(ent, _PARTY_NOUNS) is not None or named_by_its_side(ent)):  # "the
            # opposition party, Civic Union,", "the opposition Union for Renewal"
            types.setdefault(name, PARTY)
        elif typed == COMPANY and (noun := _type_noun(ent)) is not None:
            words = " ".join(t.text for t in noun.subtree if t.dep_ in ("amod", "compound", "conj") or t == noun)
            found = organisation_type(words)  # "a political risk and consulting company"
            found = found if found != COMPANY else _TYPE_NOUNS.get(noun.lower_, "")
            if found == STATE and noun.lower_ in _STATE_OWNED:  # "state oil company X": a business the state owns,
                continue  # whose chief is an executive
            if found:
                types.setdefault(name, found)
    return types


def describing_nouns(named: Iterable[tuple[int, Span]], name_of: Callable[[int, Span], str]) -> dict[str, set[str]]:
    """The nouns of bodies the article describes each named organisation by ("credit rating agency Northstar
    Ratings" is an agency, "Corlane, a consultancy," a consultancy), so that "the agency" may mean it later."""
    nouns: dict[str, set[str]] = {}
    for p, ent in named:
        if (noun := _type_noun(ent, BODY_NOUNS)) is not None:
            nouns.setdefault(name_of(p, ent), set()).add(noun.lemma_.lower())
        if rating_agency(name := name_of(p, ent)):  # "Northgate Ratings cut …", then "the agency's analyst"
            nouns.setdefault(name, set()).add("agency")
    return nouns


#: The credit rating agencies news names without the word "Ratings" ("Moody's said", "S&P cut"; "Moody" as the
#: possessive is cut off).
_RATING_AGENCIES = frozenset(
    {"moody", "moody's", "moody's investors service", "fitch", "s&p", "standard & poor's", "dbrs"}
)


def rating_agency(name: str) -> bool:
    """Whether a name is a credit rating agency's: one that ends with "Ratings" or "Rating Agency", or of the few
    known by a name without it."""
    folded = name.casefold().replace("\u2019", "'")
    return folded.endswith((" ratings", " rating agency")) or folded in _RATING_AGENCIES


def _type_noun(ent: Span, nouns: Collection[str] = _NOUNS) -> Token | None:
    """The noun (of `nouns`) that says what the organisation is: right before its name ("industry watchdog Ofsafe")
    or in apposition after it ("Corlane, a consultancy,")."""
    doc, root = ent.doc, ent.root
    before = doc[ent.start - 1] if ent.start else None
    typed = before is not None and before.lemma_.lower() in nouns and before.text.islower()
    central = typed and any(c.lower_ == "central" for c in before.lefts)  # "the central bank X" is the state's
    if typed and not central and (before.head in ent or root.head == before):
        return before
    if (
        root.dep_ == "compound"
        and root.head.i == ent.end
        and root.head.lower_ in ARMED_NOUNS
        and root.head.lower_ in nouns
    ):
        return root.head  # "the Eastern Battalion militia"
    if root.dep_ == "appos" and root.head.lemma_.lower() in nouns and root.head.i < ent.start:
        return root.head  # "the union representing the workers, Unifor-North,"
    if ent.end >= len(doc) or doc[ent.end].text != ",":  # "Y, a Stockholm brokerage," hung on whoever: set off
        return None
    near = doc_span(doc, ent.end + 1, min(ent.end + 8, len(doc)))
    after = [t for t in near if t.dep_ == "appos" and t.left_edge.i == ent.end + 1]
    return next((t for t in after if t.lemma_.lower() in nouns), None)

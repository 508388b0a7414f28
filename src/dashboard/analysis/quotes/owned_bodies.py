"""Names of bodies the recogniser cut short or mislabelled. A state body found without the country that owns it: in
"Iran's foreign ministry spokesman" or "a spokesman for Afghanistan's foreign ministry" it tags "foreign ministry"
alone, which says no state; the country written before it ("Iran's", "Kyrgyz") is part of the body's name ("Iran's
foreign ministry"). A name tagged a person's right after the noun of what it is ("the news site Medyascope", "the
consultancy Atlas") is that body's."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import BUSINESS_BEFORE_NAME, POSSESSIVE_MARKS, without_possessive, words
from dashboard.analysis.quotes.capitals import CAPITAL_STATES
from dashboard.analysis.quotes.countries import country_of, is_country
from dashboard.analysis.quotes.found import Found
from dashboard.analysis.quotes.given_names import gender_of_given_name
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, PORTFOLIOS
from dashboard.analysis.quotes.organisations import ARMED_SERVICES
from dashboard.analysis.quotes.whole_phrases import has_phrase

#: Nouns of a state's body that its portfolio names with no owner ("foreign ministry", "interior department").
PORTFOLIO_BODIES = words("ministry department office")


def with_owner(found: Found) -> Found:
    """The body with the country written right before it ("Iran's" or "Kyrgyz" + "foreign ministry", "Norway's" +
    "Ministry of Commerce", "Finland's" + "Joint Chiefs of Staff", the country tagged a place or, as it often is, an
    organisation); the body as found when its name says more than a portfolio and a body noun and names no armed
    service or command, or no country stands before it."""
    if not found.tokens or found.place or not (portfolio_body(found.name) or _armed_service(found.name)):
        return found
    doc, first = found.tokens[0].doc, min(t.i for t in found.tokens)
    if first >= 2 and doc[first - 1].lower_ in POSSESSIVE_MARKS:
        owner = _country_ending(doc, first - 1)
        return Found(f"{owner.text}'s {found.name}", (*owner, *found.tokens)) if owner else found
    if first >= 1 and country_of(doc[first - 1].text):
        return Found(f"{doc[first - 1].text} {found.name}", (doc[first - 1], *found.tokens))
    return found


def portfolio_body(name: str) -> bool:
    """Whether a body's name is a portfolio and a body noun alone ("Health Ministry", "Ministry of Commerce"), which
    says no state."""
    words = name.casefold().split()
    titled = words[-1] in PORTFOLIO_BODIES and set(words[:-1]) <= PORTFOLIOS
    of_portfolio = words[0] in PORTFOLIO_BODIES and words[1:2] == ["of"] and set(words[2:]) <= PORTFOLIOS
    return titled or of_portfolio


def _armed_service(name: str) -> bool:
    """Whether a body's name names a state's armed service or command ("Air Force", "General Staff")."""
    return has_phrase(name.casefold(), ARMED_SERVICES)


def _country_ending(doc, end: int) -> Span | None:
    """The capitalised name of a country, or of a capital that stands for it, in up to three words right before token
    `end` ("South Africa" of "South Africa's", "Seoul" of "Seoul's unification ministry"), or None."""
    owners = (doc[start:end] for start in range(max(end - 3, 0), end))
    states = (o for o in owners if o.text[:1].isupper())
    return next((o for o in states if is_country(o.text) or o.text.casefold() in CAPITAL_STATES), None)


#: Nouns of what a body is that its name may follow ("the news site X", "the consultancy X", "the newspaper X",
#: "stockbroker X"); a broker may be a person too, so a given name the lexicon knows after one is a person's.
_BROKERS = words("broker stockbroker")
_NAMED_BODIES = (
    BODY_NOUNS | BUSINESS_BEFORE_NAME | _BROKERS | words("site website magazine broadcaster channel daily weekly")
)


def named_by_body_noun(ent: Span) -> bool:
    """A name right after a lower-case noun of a body or business that the parser joins to it ("the independent news
    site Medyascope"), which names that body however the recogniser tagged it."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return (
        before is not None
        and before.text.islower()
        and before.lemma_ in _NAMED_BODIES
        and before.dep_ == "compound"
        and before.head in ent
        and not (before.lemma_ in _BROKERS and gender_of_given_name(ent.text))  # "mortgage broker Ann Ross"
    )


#: Nouns of a company's trade that, owning a role, mean the company the article spoke of ("the miner's chief
#: executive", "the carmaker's chairman", "the grocer's finance chief"); no public body's ("the regulator's") nor a
#: union's, found otherwise. "grocer" owns a role only so: alone ("the grocer said") it is as often a shopkeeper; so
#: does "developer" ("the developer's managing director" is the property company's, where "the developer" alone may
#: be a person).
_OWNING_TRADES = words("miner producer operator exporter grocer supermarket developer homebuilder housebuilder")
TRADE_OWNERS = (BUSINESS_BEFORE_NAME - words("regulator watchdog union")) | _OWNING_TRADES


def owned_as_named_before(found: Found, named: str) -> Found:
    """ "Foreign ministry spokeswoman X" after "France's foreign ministry said": a state body found by its portfolio
    alone is the body of that portfolio the article named with its country before (`named`, the last body named with
    the same noun); the body as found when `named` is another one."""
    bare = found.name.casefold().split()
    if not bare or found.place or bare[-1] not in PORTFOLIO_BODIES or not set(bare[:-1]) <= PORTFOLIOS:
        return found
    words_named = named.casefold().replace("\u2019", "'").split()
    owner = without_possessive(" ".join(named.split()[: len(words_named) - len(bare)]))
    if words_named[-len(bare) :] != bare or not owner or not (is_country(owner) or country_of(owner)):
        return found
    return Found(named, found.tokens)

"""Who a description by role is: "the mayor", "the Russian leader" or "his lawyer" is the person the article named
with that role, the one whose role and affiliation fit the description best; "the boy" a child named before
(described_children.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.abbreviations import offices
from dashboard.analysis.names import SEATS
from dashboard.analysis.quotes.analyst_descriptions import expert_described
from dashboard.analysis.quotes.body_chiefs import (
    central_bank_posts,
    central_bank_words,
    chief_fits,
    serves_a_central_bank,
)
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.quotes.deputy_titles import second_rank_cost
from dashboard.analysis.quotes.described_at_cue import described_at_cue
from dashboard.analysis.quotes.described_children import child_described
from dashboard.analysis.quotes.executive_initials import with_executive_initials
from dashboard.analysis.quotes.legislator_words import legislator_words
from dashboard.analysis.quotes.lexicon import ENVOY_NOUNS, PAST_POST_WORDS, TITLE_NOUNS
from dashboard.analysis.quotes.members_by_body_name import member_by_body_name
from dashboard.analysis.quotes.municipalities import TOWN_NOUNS
from dashboard.analysis.quotes.newcomers_at_cue import newcomer_at_cue
from dashboard.analysis.quotes.owned_roles import owner_fits, role_owner
from dashboard.analysis.quotes.parties import party_word
from dashboard.analysis.quotes.people import Profile, Speaker
from dashboard.analysis.quotes.phrase_starts import hyphenated
from dashboard.analysis.quotes.prosecutor_titles import prosecutor_words
from dashboard.analysis.quotes.roles_beside import role_set_beside
from dashboard.analysis.quotes.sitting_holders import sits_in_post
from dashboard.analysis.quotes.spelled_ranks import rank_holder
from dashboard.analysis.quotes.stretch_subjects import stretch_subject
from dashboard.analysis.quotes.union_leaders import union_leader

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: Trades of people who write, any of whom is "the author" of what the article speaks of.
_WRITERS = frozenset({"writer", "playwright", "novelist", "poet", "author", "screenwriter"})
#: Words that say when a title was held, not which title: "the former president" is no "former first lady".
_WHEN_HELD = frozenset({"former", "ex", "late", "then", "outgoing", "incoming", "current", "acting", "interim"})
#: Places whose names open titles ("City Councilor X", "County Executive X", "Secretary of State X"): "the city said"
#: is the place speaking through its government, never the person whose title holds the word.
_PLACES = TOWN_NOUNS | {"county", "state", "province"}
#: Titles of the bench that make a person "the judge" ("Justice X").
_BENCH = frozenset({"justice"})
#: Words that make "justice" part of a body's name, not a title ("Justice Department spokeswoman").
_NOT_BENCH = frozenset({"department", "ministry", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson"})
#: What any envoy of a state or a body is called later, whatever their title ("Permanent Representative" or "High
#: Representative", "Ambassador", "delegate"): "the Chinese envoy", "the bloc's top diplomat".
_ENVOY_WORDS = frozenset({"envoy", "diplomat"})
#: Words that make a representative an envoy ("Permanent Representative", "High Representative", "Special
#: Representative"), unlike a trade, sales or union representative.
_ENVOY_RANKS = frozenset({"permanent", "high", "special"})


def holder_of_role(cast: Cast, p: int, token: Token) -> Speaker | None:
    """ "the mayor", "the Russian leader", "his lawyer" -> the named person whose role and affiliation fit best.

    The role noun must be among the person's role words, or else every modifier must be ("the Russian
    leader" for "Russian President X"); capitalised modifiers ("Democratic") must always be; more shared
    words win, then the most recent mention.
    """
    if (child := child_described(cast, p, token)) is not None:  # "Cole Beaudry, 12, … “…,” the boy says"
        return child
    parts = hyphenated(token)  # "the vice-president", which the parser may split into three subjects
    children = [c for part in parts for c in part.children if c not in parts]
    definite = any(c.dep_ == "det" and c.lower_ == "the" or c.lower_ in ("his", "her") for c in children)
    sent = definite or _sent_by_name(token, children)
    owned = None if sent else role_owner(children)  # "the club's owner", "the bloc's negotiator" after the EU's
    if not sent and owned is None:
        return None
    if any(c.dep_ == "prep" for c in children):
        return None  # "the head of the agency" is described, not named
    word = "".join(part.lower_ for part in parts)
    if word in _PLACES:
        return None  # "the city said" after "City Councilor X": the city, not X
    # "the GOP candidate": nmod
    modifiers = [c for c in children if c.i < parts[0].i and c.dep_ in ("amod", "compound", "nmod")]
    words = {party_word(c.lower_) for c in modifiers} - _WHEN_HELD  # the title must be theirs, not only "former"
    proper = {party_word(c.lower_) for c in modifiers if c.text[:1].isupper()}
    bank_words = central_bank_words(modifiers)  # "the Fed chief", "the central bank chief": a central bank's
    past = any(c.lower_ in PAST_POST_WORDS for c in modifiers)  # "the former governor" holds the post no longer
    best, best_score = None, 0
    for pos, name, _ in cast.people:
        if pos >= (p, token.i):
            break
        profile = cast.profiles.get(name, Profile())
        if not owner_fits(owned, profile):
            continue  # "Brazil's lead negotiator" is not the European Union's
        roles = _with_writing(_with_bench(offices(profile.role_words)))  # "the judge" is "Justice X"
        roles |= _envoy_words(profile) | legislator_words(profile)  # "the envoy" is "Permanent Representative X"
        roles |= prosecutor_words(profile)  # "the prosecutor" is "District Attorney X"
        roles = with_executive_initials(roles)  # "the CEO" is "Ann Roe, the bank's chief executive"
        roles |= central_bank_posts(roles, profile.affiliation)  # "the governor" after "The central bank chief, X,"
        if past and sits_in_post(word, roles, profile.affiliation):
            continue  # "the former governor" is not the one the article titles "Governor X" of the central bank now
        known = {party_word(w) for w in roles | set(profile.affiliation.lower().split())}
        if bank_words and serves_a_central_bank(roles, profile.affiliation):
            known |= bank_words  # "the Fed chief" of "Fed Chair X" at the Federal Reserve
        known |= _adjectives_of(profile.affiliation, proper)  # "the Chinese envoy" for an envoy of China
        shared = len(words & known)
        if not proper <= known:
            continue  # "the Democratic nominee" is not the one the article calls the Republican nominee
        other_seat = bool(roles & SEATS - {word})  # "the Ohio senator" is not "Ohio Gov. X"
        title = word in TITLE_NOUNS and not other_seat or chief_fits(word, roles)  # "the central bank chief": "Gov. X"
        titled = title and words and shared == len(words)
        if word in roles or (owned is None and titled):  # an owned post is named by its own noun ("the club's owner")
            score = shared + (word in roles) - second_rank_cost(roles, words | {word})  # not "Deputy Chief X"
            if score >= best_score:
                best, best_score = name, score
    if best:  # "Hal Voss defends his plan: “…,” the senator says" after Sen. Orr spoke: Voss
        return (not modifiers and stretch_subject(cast, p, token, word)) or cast.person(best)
    if (leader := union_leader(cast, p, token, words)) is not None:
        return leader  # "the union leader" after "The union's national secretary, X,"
    held = role_set_beside(cast, p, token) or rank_holder(cast, p, token)  # "the drummer, Terry Oduya,"; "Sgt. X"
    held = held or member_by_body_name(cast, p, token)  # "the conservation officer" of "Conservation Officer Service"
    held = held or expert_described(cast, p, token, word)  # "the analyst" after "Ann Roe, who leads the think tank's …"
    held = held or described_at_cue(cast, p, token)  # "Harriet Lu has filled prescriptions …, recalls the pharmacist"
    held = held or newcomer_at_cue(cast, p, token)  # "… came from Gord Heppner, who …. “…,” the contractor says"
    if held is not None and not owner_fits(owned, cast.profiles.get(held.name, Profile())):
        return None  # "Brazil's lead negotiator" when only the European Union's was named
    return held


def _with_writing(roles: set[str]) -> set[str]:
    """A person's role words with "author" when they write for a living ("Kingston writer X" is "the author")."""
    return roles | {"author"} if roles & _WRITERS else roles


def _with_bench(roles: set[str]) -> set[str]:
    """A person's role words with "judge" when a title of the bench is among them ("Justice X" is "the judge")."""
    if roles & _BENCH and not roles & _NOT_BENCH:
        return roles | {"judge"}
    return roles


def _envoy_words(profile: Profile) -> frozenset[str]:
    """ "envoy" and "diplomat" when a title of an envoy is among a person's role words as written ("Permanent
    Representative X" is "the envoy"; "High Representative X" is "the top diplomat"; not "Rep. X", a legislator), or
    in what was taken for their organisation (the recogniser may tag "Permanent Representative of Chile" as a body);
    a representative only with a rank of diplomacy, as a trade or sales representative is no envoy."""
    titles = profile.role_words | set(profile.affiliation.lower().split())
    envoy = titles & (ENVOY_NOUNS - {"representative"}) or "representative" in titles and titles & _ENVOY_RANKS
    return _ENVOY_WORDS if envoy else frozenset()


def _adjectives_of(affiliation: str, adjectives: set[str]) -> set[str]:
    """The adjectives of a description that name the country a person serves ("chinese" for an affiliation of
    China, or "Permanent Representative of China" where the recogniser took the title for a body), which the
    person's words hold only as the country's name."""
    named = set(affiliation.lower().split())
    return {a for a in adjectives if (country := country_of(a)) and set(country.lower().split()) <= named}


def _sent_by_name(token: Token, children: list[Token]) -> bool:
    """ "the bloc's top diplomat", "Chile's envoy": an envoy owned by the state or body that sends them, which stands
    for the envoy the article named as much as "the envoy" does."""
    return token.lower_ in _ENVOY_WORDS and any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in children)

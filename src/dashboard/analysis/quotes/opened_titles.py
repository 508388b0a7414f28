"""Words that open a title written after them, which the recogniser may run into an organisation's name before it
("Vice President", "Senate Majority Leader", "General Secretary", "Kenya's Cabinet Secretary for Devolution"), and so
end no name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import TITLES
from dashboard.analysis.quotes.general_titles import GENERAL_OFFICES
from dashboard.analysis.quotes.not_bodies import RANK_WORDS

#: Words that open a title the recogniser may end an organisation with ("Vice President", "Senate Majority Leader").
_TITLE_OPENERS = frozenset(
    {"vice", "majority", "minority", "deputy", "acting", "assistant", "prime", "crown", "shadow"}
)
#: Words that open only some titles, and those titles ("General Secretary", "UN High Commissioner", "Cabinet
#: Secretary for Devolution", "State Minister of Finance", "Principal Secretary", "Permanent Representative"; "General
#: Motors", "High Street", "Cabinet Office", "State Grid" and "Principal Financial" are names).
_TITLES_OPENED = {
    "general": frozenset({"secretary", "manager", "counsel", "director"}),
    "high": frozenset({"commissioner", "representative"}),
    "cabinet": frozenset({"secretary", "minister"}),
    "state": frozenset({"minister", "secretary"}),
    "principal": frozenset({"secretary"}),  # "Kenya's Principal Secretary for Foreign Affairs"
    "permanent": frozenset({"secretary", "representative"}),  # "Britain's Permanent Secretary", an envoy to the UN
}

#: Nouns of an office a title's opening word goes before ("Representative", "Secretary", "Commissioner").
_OFFICE_NOUNS = (TITLES - _TITLE_OPENERS) | {"commissioner", "leader", "manager", "counsel"}


def opens_title(token: Token) -> bool:
    """A word that opens the title after it ("Vice President", "Majority Leader", "General Secretary", "High
    Commissioner", "Major General" before an officer's name), not part of a name before."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None or not after.is_title:
        return False
    if _opens_rank(token):
        return True
    return token.lower_ in _TITLE_OPENERS or after.lower_ in _TITLES_OPENED.get(token.lower_, ())


def _opens_rank(token: Token) -> bool:
    """Whether a military rank of one or more words opens at the token and the name of the officer who holds it
    follows ("Army Major General Ida Holm", "the Defence Force Admiral Tom Ode"); a rank's word before any other word
    may be a name's ("General Motors", "Major League", "Air Force"), and "General" after an office's noun ends that
    office ("Inspector General Ann Roe")."""
    doc = token.doc
    if not token.is_title or token.lower_ not in RANK_WORDS or token.lower_ in GENERAL_OFFICES:
        return False
    if token.lower_ == "general" and token.i > 0 and doc[token.i - 1].lower_ in GENERAL_OFFICES:
        return False
    end = token.i + 1
    while end < len(doc) and doc[end].lower_ in RANK_WORDS and doc[end].is_title:
        end += 1
    return end < len(doc) and doc[end].ent_type_ == "PERSON"


def names_a_title(ent: Span) -> bool:
    """ "Permanent Representative", "Principal Secretary", "Vice President": a title of two words, its opening word
    and an office's noun, that the recogniser took for an organisation ("Vice Media", "General Motors" stay names)."""
    return len(ent) == 2 and opens_title(ent[0]) and ent[1].lower_ in _OFFICE_NOUNS

"""A team the article names no body for: "the team said", "the research team said" with no team named before is a
group of people working together (researchers, rescuers, lawyers), so an unnamed source with an empty speaker
(GUIDELINES.md: the speaker is "empty for a group"), not an institution called "team". A team the article names
("the Harbourside Rovers team", "Vireo Racing Team", "the Olympic team") stays the body it is, and so does one a
person owns ("his team believes" of a candidate is the candidate's campaign, which the scorer resolves as such)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.roles import noun_phrase

#: Body nouns that, with no name and no proper word before them, stand for a group of people, not an organisation.
_GROUP_BODY_NOUNS = frozenset({"team"})


def team_as_group(noun: Token, words: str) -> Speaker | None:
    """An unnamed group for a team noun whose body's words (`words`, as body_subjects.body_name gives them) are all
    lower case ("the team", "the research team") and that no one owns (not "his team"); None for any other body."""
    owned = any(child.dep_ == "poss" for child in noun.children)
    if noun.lemma_.lower() not in _GROUP_BODY_NOUNS or not words.islower() or owned:
        return None
    return Speaker("", "unnamed", noun_phrase(noun, with_preposition=True))

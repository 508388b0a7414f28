"""A candidate who holds a public office now: "The defeated candidate, Senator X,", "Governor X, the challenger,". The
apposition gives only a part the person plays in the race, which makes no office of anyone (a candidate is `other`);
but the title of public office the article set before the name says the person is in office, an official
(GUIDELINES: legislators, ministers, governors), as a title outweighs a part in an event ("President X, the host,")."""

from __future__ import annotations

from dashboard.analysis.quotes.kinds import PUBLIC_WORDS

#: Words of a part in an election race, which say nothing of an office held.
CANDIDACY_WORDS = frozenset(
    {"candidate", "challenger", "nominee", "contender", "hopeful", "runner-up", "front-runner", "frontrunner"}
)


def candidate_in_office(kind: str, role: str, role_words: set[str]) -> str:
    """The kind of a person whose role is a candidacy: an official when another of the person's role words (a title
    before the name) is one of public office and no "former" undoes it; the kind given otherwise."""
    said = set(role.casefold().split())
    now = role_words - said
    if kind == "other" and said & CANDIDACY_WORDS and now & PUBLIC_WORDS and "former" not in role_words:
        return "official"
    return kind

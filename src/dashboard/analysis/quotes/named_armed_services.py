"""The armed service an article named, called back as "the service": "The Army signed 50,000 recruits, the service
said" speaks for the Army, as military news calls the Army, the Navy, the Air Force or the Marine Corps "the service"
once named. Only when exactly one armed service was named before the noun; with none or several, "the service" is
left to the other rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import ARMED_SERVICES

if TYPE_CHECKING:
    from dashboard.analysis.quotes.mentions import Mentions

#: The last words of an armed service's name, word by word.
_SERVICE_ENDS = frozenset(tuple(service.split()) for service in ARMED_SERVICES)


def armed_service_named_before(mentions: Mentions, p: int, token: Token) -> str:
    """The one armed service the article named before `token`, as it was written (the recogniser's canonical name may
    be a longer body's: "Army" of "Army Recruiting Command"); "" when it named none or several."""
    named = {
        row["text"].removeprefix("the ").removeprefix("The ")
        for row in mentions.entity_rows()
        if row["label"] == "ORG" and (row["paragraph"], row["start_char"]) < (p, token.idx) and _is_service(row["text"])
    }
    return named.pop() if len(named) == 1 else ""


def _is_service(name: str) -> bool:
    """Whether an organisation's name ends as an armed service's does."""
    split = tuple(name.lower().split())
    return any(split[-len(end) :] == end for end in _SERVICE_ENDS)

"""The body "the <noun>" stands for when the article tied that noun to a name: "Lyme Watch, a patient group … The
group says" and "the Norvik Office for Arms Procurement, the agency that ran the tender, said Skarn Aviation had won.
… The agency said" are the bodies so described, not the maker named after the description as the subject of what was
said. A description says which body the noun means; a body merely named since, whose own name neither holds the noun
nor was described by it, does not take the noun away from it. One named since that the noun fits by its name ("the
Varde Agency") or that the article described by the same noun does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import spelled_one_way
from dashboard.analysis.quotes.apposed_trades import apposed_to_noun
from dashboard.analysis.quotes.kind_nouns import described_with

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

Position = tuple[int, int]


def body_tied_to_noun(cast: People, p: int, token: Token, recent: list[tuple[Position, str]]) -> str:
    """The organisation "the <noun>" at the token stands for by a description, in its paragraph or the one before
    (or set right after the same noun anywhere before: "the carrier, X,"), when no body the noun fits as well acted
    after it (`recent`: the bodies that spoke or acted); "" when none."""
    tied = _described_last(cast, p, token)
    if tied is None:
        return ""
    where, name = tied
    since = [other for pos, other in recent if pos > where and other != name]
    return "" if any(_fits(cast, other, token) for other in since) else name


def _described_last(cast: People, p: int, token: Token) -> tuple[Position, str] | None:
    """The name set last beside "a <noun>" or described by the noun ("X, the agency that …", "the carrier, X,"), with
    where it was named; None when none was."""
    noun = token.lemma_.lower()
    named = cast.orgs_just_before(p, token.i)
    found = [(pos, name) for pos, name in named if noun in cast.described_nouns.get(name, ())]
    if (beside := described_with(cast.docs, p, token)) is not None:
        found.append(beside)
    if (apposed := apposed_to_noun(cast, p, token, back=p)) is not None:
        found.append(apposed)  # "a lawyer for the carrier, Tolland Air, said": the name hung on the lawyer
    return max(found) if found else None


def _fits(cast: People, name: str, token: Token) -> bool:
    """Whether the noun names the body as well: a word of its name, or a noun the article described it by."""
    word = spelled_one_way(token.lower_)
    return word in spelled_one_way(name.lower()).split() or token.lemma_.lower() in cast.described_nouns.get(name, ())

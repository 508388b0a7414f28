"""An affiliation given by a body's lower-case description ("Angela Morrow, the labor board's regional director") after
the article named the body in full ("the National Labor Relations Board said"): a news page calls a body back by a few
words of its name and its head, and the gold keys the affiliation by the name the article gave. The description is
the body when every one of its words stands in the one organisation's name the article gives that ends in the same
head ("board", "commission", "authority" …); a description that fits no name, or several, stays as written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.names import words

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Heads of a public body's or a board's name by which a page calls it back in lower case ("the labor board").
_HEADS = words("board commission authority agency council tribunal regulator office bureau")


def with_body_named_before(profile: tuple[str, str, str], people: People) -> tuple[str, str, str]:
    """(kind, role, affiliation) with a lower-case description of a body the article named in full given that name."""
    kind, role, affiliation = profile
    described = affiliation.split()
    if len(described) < 2 or not affiliation.islower() or described[-1] not in _HEADS:
        return profile
    fitting = {
        name
        for _, name, label in people.orgs
        if label == "ORG" and (named := name.casefold().split())[-1] == described[-1] and set(described) <= set(named)
    }
    return (kind, role, fitting.pop()) if len(fitting) == 1 else profile

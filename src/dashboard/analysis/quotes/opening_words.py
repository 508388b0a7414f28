"""A description in lower case that opens the name of an organisation named before ("the joint chiefs said" after
"South Korea's Joint Chiefs of Staff said"): the wire's short second reference to a body, which names it, not an
unnamed group of people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: How many paragraphs back the name may have been given.
_REACH = 4


def body_by_opening(cast: Cast, p: int, token: Token) -> Speaker | None:
    """The organisation whose name opens with the words of "the joint chiefs" (at least two, all in lower case, the
    description alone with its article), named in this paragraph or a few before, longer than the description."""
    words = [t for t in token.subtree]
    if len(words) < 3 or words[0].lower_ != "the" or not all(t.text.islower() for t in words):
        return None
    said = [t.lower_ for t in words[1:]]
    named = [(pos, name) for pos, name, _ in cast.orgs if (p - _REACH, 0) <= pos < (p, token.i)]
    fitting = [name for _, name in reversed(named) if _opens(said, name)]
    return Speaker(fitting[0], "institution") if fitting else None


def _opens(said: list[str], name: str) -> bool:
    """Whether the name begins with these words and goes on after them ("Joint Chiefs of Staff"), also after the
    owner the recogniser kept in it ("Ostland's Joint Chiefs of Staff")."""
    named = name.casefold().replace("\u2019", "'").split()
    owned = next((i + 1 for i, word in enumerate(named[:3]) if word.endswith("'s")), 0)
    return any(len(words) > len(said) and words[: len(said)] == said for words in (named, named[owned:]))

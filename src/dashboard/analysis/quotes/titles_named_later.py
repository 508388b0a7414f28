"""A formal title in capitals that opens a story before its holder is named ("…, the Provincial Budget Officer said
in a report", then "Provincial Budget Officer Ada Pell told reporters"): news leads with the office and
names the person after. The speaker is the person the article goes on to name with every word of that title; with
no such person, the rules that read the title as before decide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import TITLES
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.people import Profile, Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


#: The words that end a person's title: a people noun or a title.
_TITLE_WORDS = PEOPLE_NOUNS | TITLES


def holder_named_later(cast: Cast, p: int, token: Token) -> Speaker | None:
    """The person named after `token` whose role words hold every word of the capitalised title "the X Y Z" that
    `token` ends, when the title has at least three words (a full office, not "the Minister") and no one was named
    with it before."""
    if not token.text[:1].isupper() or token.lower_ not in _TITLE_WORDS:  # a person's title, not "Board"
        return None
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    # the words before it, also those hung on one another ("[Provincial] Integrity Commissioner")
    modifiers = [t for t in token.subtree if t.i < token.i and t.dep_ in ("compound", "amod")]
    title = [*modifiers, token]
    if len(title) < 3 or not all(t.text[:1].isupper() for t in title):
        return None
    if token.i - modifiers[0].i != len(modifiers):  # the title's words run on, with nothing between them
        return None
    wanted = {t.lower_ for t in title}
    for pos, name, _ in cast.people:
        if wanted <= _title_words(cast.profiles.get(name, Profile())):
            return None if pos < (p, token.i) else cast.person(name)  # named before: the rules that look back decide
    return None


def _title_words(profile: Profile) -> set[str]:
    """The words of a person's title, with those of the body it names, which the recogniser may have split off as an
    organisation ("Provincial Integrity" of "Provincial Integrity Commissioner Ana Ruiz")."""
    return {w.lower() for w in profile.role_words} | set(profile.affiliation.lower().split())

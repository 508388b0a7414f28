"""Who "the sergeant" or "the councillor" is when the article named one person with the abbreviated title alone:
"Sgt. Ray Osei" is "the sergeant", "Coun. Ada Lin" "the councillor", "Cst. Ben Roy" "the constable", as Canadian
regional news writes them. When the article named several people with the title, the description is left to the
rules that read who spoke last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dashboard.analysis.abbreviations import TITLE_ABBREVIATIONS
from dashboard.analysis.quotes.people import Profile, Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


def rank_holder(cast: Cast, p: int, token: Token) -> Speaker | None:
    """The one person named before the description with an abbreviated title, written before the name or kept in the
    person's role, that the description's noun spells out ("the sergeant" after "Sgt. Ray Osei"), or None when there
    is none or more than one."""
    word = token.lower_
    holders = set()
    for (q, i), name, _ in cast.people:
        if (q, i) >= (p, token.i):
            break
        titles = _titles_before(cast.docs[q], i)
        role_words = titles | cast.profiles.get(name, Profile()).role_words
        if any(word in TITLE_ABBREVIATIONS.get(w.rstrip("."), ()) for w in role_words):
            holders.add(name)
    return cast.person(holders.pop()) if len(holders) == 1 else None


def _titles_before(doc: Doc, i: int) -> set[str]:
    """The word before the name at `i`, and the rank before a grade written between them: "Sgt. 1st Class Ray Osei"
    is a sergeant as "Sgt. Ray Osei" is."""
    titles = {doc[i - 1].lower_} if i > 0 else set()
    if i > 2 and doc[i - 1].lower_ == "class" and doc[i - 2].text[:1].isdigit():
        titles.add(doc[i - 3].lower_)
    return titles

"""A title that opens with "Under" after the body that grants it: "Treasury Under Secretary Ann Roe said" parsed with
the body ("Treasury") as the subject and "Under Secretary Ann Roe" as a phrase hung on it by the preposition "under".
A capitalised "Under" in mid-sentence is no preposition but the first word of the title, so the person named in the
phrase is the speaker, not the body (`under_titles` gives the role of the lower-case "the Treasury's under
secretary")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import Speaker
    from dashboard.analysis.quotes.speakers import Cast


def under_title_holder(cast: Cast, p: int, token: Token) -> Speaker | None:
    """The person a subject's "Under Secretary …" phrase names ("Treasury Under Secretary Ann Roe"), or None."""
    under = next((c for c in token.rights if c.dep_ == "prep" and c.text == "Under"), None)
    if under is None or under.i == token.sent.start:
        return None
    for word in under.subtree:
        ent = cast.entity(p, word)
        if ent is not None and cast.label(p, ent) == "PERSON":
            return cast.person(cast.name_of(p, ent))
    return None

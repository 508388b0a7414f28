"""A name the recogniser left untagged that the article calls a body in apposition: "Pinecrest Pupil Lines, the
company that holds the contract, says …". Read alone, a run of capitalised words ending in a role word ("Coach",
"Guard", "Director") passes for a person's title, or for a person; the apposition says what it is, an organisation
that speaks as itself."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.apposed_bodies import body_name_before_apposition
from dashboard.analysis.quotes.people import Speaker


def body_named_before_apposition(token: Token) -> Speaker | None:
    """The organisation an untagged proper name stands for when an apposition right after it is a body's noun ("X, the
    company that …,", "X, a trucking firm,"); None for any other subject."""
    name = body_name_before_apposition(token)
    return Speaker(name, "institution") if name else None

"""The speaker of a cue inside a relative clause opened by "whose", which the parser made the root of the sentence.

"The drug is made by Corrivale Therapeutics, whose chief executive, Ben Tiller, said the company would …": "said" is
the verb of the clause whose subject is the company's chief executive, and the parser, left with no subject for it,
hangs the name on the role noun; the noun phrase that opens the sentence ("The drug") said nothing. The name set off
by commas right before the cue, in apposition to a role "whose" owns, is who spoke."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lost_subjects import name_set_off_before
from dashboard.analysis.quotes.whose_owners import named_beside_whose_role


def speaker_of_whose_role(verb: Token) -> Token | None:
    """The name of "…, whose chief executive, Ben Tiller, said" before a subjectless cue at the root of its sentence;
    None when no role owned by "whose" has the name beside it."""
    name = name_set_off_before(verb)
    return name if name is not None and named_beside_whose_role(name) else None

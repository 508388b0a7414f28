"""Companies named by the works they own ("the Kessler Pulp mill", "the Arvane Steel plant"): the recogniser often
tags the name before the works' noun a facility, leaving the noun out, though the name alone is the company's; read
as a facility, it outvotes the company's own mentions, and "the company" or its spokesperson's employer is lost."""

from __future__ import annotations

from spacy.tokens import Span

#: Nouns of works a company runs, which follow its name ("the Kessler Pulp mill").
WORKS_NOUNS = frozenset(
    {"mill", "mills", "plant", "plants", "factory", "factories", "refinery", "smelter", "shipyard", "foundry"}
)


def names_the_works_owner(ent: Span) -> bool:
    """Whether a name tagged a facility stops right before a lower-case noun of works, so that the name is the
    company's that runs them ("the Kessler Pulp mill"), and has a capitalised word of its own."""
    if ent.label_ != "FAC":
        return False  # read first: most names are no facility's, and no word is read
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    own = [t for t in ent if t.lower_ != "the"]
    return (
        after is not None
        and after.text.islower()
        and after.lower_ in WORKS_NOUNS
        and any(t.text[:1].isupper() for t in own)
    )

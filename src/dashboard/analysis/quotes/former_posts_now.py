"""Where a former official works now, said after the old post without a verb: "X, a former NASA flight director now
at the consultancy Y, said" (the parser hangs "now at Y" on the name, beside the apposition). By GUIDELINES a former
official speaks as an expert of where they work now, so Y is the affiliation, not the body named in the old post's
title (NASA), which only says what they were."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.found import Found

#: Prepositions of a workplace after "now" ("now at Y", "now with Y").
_AT = frozenset({"at", "with"})


def now_over_former(described: tuple[str, str, bool], noun: Token, children: list[Token], found: Found | None):
    """(role, affiliation, from an apposition) with the workplace of "now at Y" among a name's `children` (`found`)
    as the affiliation when the apposed `noun` is a former post ("a former NASA flight director"); as given else."""
    if found is None or found.place or not any(c.dep_ == "amod" and c.lower_ == "former" for c in noun.children):
        return described
    if not any(c.dep_ == "prep" and c.lower_ in _AT and c.i > 0 and c.doc[c.i - 1].lower_ == "now" for c in children):
        return described
    role, _, apposed = described
    return role, found.name, apposed

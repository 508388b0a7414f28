"""The service an article named, called back by its bare noun: "the coast guard said" after "the Ostland Coast Guard
Command said" speaks for the Ostland Coast Guard Command, as "the police said" speaks for the police service named
before. With several such services named before, the one of them that spoke as itself is meant; when none or more
than one spoke, which is meant is not clear, and the noun is an unnamed source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People


def named_service(cast: People, p: int, token: Token, service: str) -> Speaker | None:
    """The service named before that "the <service>" calls back ("the coast guard" for the Ostland Coast Guard
    Command), an unnamed source when several were named and not exactly one of them spoke, or None when the subject
    is no bare "the <service>" or no service of its name was named before."""
    if [t.lower_ for t in token.lefts] != ["the", *service.split()[:-1]] or any(True for _ in token.rights):
        return None  # not "Ostland's coast guard", "the coast guard of Ostland"
    titled = f" {service.title()} "
    named = {
        row["canonical"]
        for row in cast.entity_rows()
        if row["label"] == "ORG"
        and titled in f" {row['canonical']} "
        and (row["paragraph"], row["start_char"]) < (p, token.idx)
    }
    if len(named) == 1:
        return Speaker(named.pop(), "institution")
    spoke = {s.name for pos, s in cast.spoken if pos < (p, token.i) and s.name in named}
    if len(spoke) == 1:
        return Speaker(spoke.pop(), "institution")
    return Speaker("", "unnamed", f"the {service}") if named else None

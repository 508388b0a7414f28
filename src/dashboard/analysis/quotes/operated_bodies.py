"""A place that speaks through the organisation that runs it: "The shelter, run by the Harbour Light Society, said
…". A shelter, a care home or a lodge is no body of the lexicon, and read alone it spoke as an unnamed source; the
participle names the organisation whose place it is, which is who speaks for it."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.people import Speaker

#: Participles that tie a place to the organisation in charge of it ("run by", "operated by").
_RUN = frozenset({"run", "operate", "manage", "own"})


def body_running_it(cast, p: int, token: Token) -> Speaker | None:
    """The organisation named after "run by" (or "operated by", "managed by", "owned by") in a participle set off
    after a definite subject noun of a place or thing ("The lodge, run by X,"), when the recogniser tagged it an
    organisation; None for a person ("the nurse, employed by X,") or any other subject."""
    if token.tag_ != "NN" or token.lemma_.lower() in PEOPLE_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
        return None
    for acl in token.rights:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in _RUN:
            continue
        if token.doc[acl.i - 1].text != ",":
            continue  # set off by a comma: "The home, run by …,"
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            for body in (c for c in agent.children if c.dep_ == "pobj"):
                ent = cast.entity(p, body)
                if ent is not None and cast.label(p, ent) == "ORG":
                    return Speaker(cast.name_of(p, ent), "institution")
    return None

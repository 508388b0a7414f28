"""Envoys the parser hangs on their title's "to": in "said U.S. Ambassador to NATO Wendell Harrowgate" it takes the
title for the subject and the name for the object of "to", as if the envoy were posted to the person. Once the
pipeline has tagged the host (a country or an international body) and the name after it apart (posted_envoy_names),
the name right after the host is who holds the title and who speaks."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import entities_of, entity_of
from dashboard.analysis.posted_envoy_names import ENVOY_TITLES


def envoy_after_host(title: Token) -> Token | None:
    """The last word of the person's name that an envoy's title's "to" hangs on, when the words after "to" are a
    tagged host and that name, with nothing between them; None for any other title or parse."""
    if title.text not in ENVOY_TITLES:
        return None
    for to in (c for c in title.rights if c.dep_ == "prep" and c.lower_ == "to"):
        name = next((c for c in to.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"), None)
        if name is None:
            continue
        doc, first = title.doc, to.i + 1
        if first < len(doc) and doc[first].lower_ == "the":
            first += 1
        host = next((e for e in entities_of(doc) if e.start == first and e.label_ in ("GPE", "ORG")), None)
        person = entity_of(name)  # tagged a person (`name` is one of its words)
        if host is not None and person is not None and host.end == person.start:
            return doc[person.end - 1]
    return None

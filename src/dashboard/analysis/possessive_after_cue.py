"""A person's sign after a name the recogniser took for an organisation: "Najet Dridi-Harlow said her son had been
held …" comes out as an untagged "Najet" and the organisation "Dridi-Harlow", but what it says opens with "her" or
"his", and a body speaks of "its" son, staff or plans. Read by `given_before_hyphen`, only for a joined surname so
tagged after a capitalised word that may be a given name."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.lexicon import CUE_VERBS

#: Possessives of a person, which no body takes for its own.
_PERSONAL_POSSESSIVES = frozenset({"her", "his"})


def speaks_of_his_or_her(ent: Span) -> bool:
    """Whether `ent` is the subject of a verb of saying whose reported words open, right after the verb or after
    "that", with "her" or "his" ("X said her son …", "X said that his shop …")."""
    root = ent.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.i < ent.end or verb.lemma_.lower() not in CUE_VERBS:
        return False
    doc = ent.doc
    nxt = verb.i + 1
    if nxt < len(doc) and doc[nxt].lower_ == "that":
        nxt += 1
    return nxt < len(doc) and doc[nxt].lower_ in _PERSONAL_POSSESSIVES and doc[nxt].dep_ == "poss"

"""What a cue said "in a <writing>" that a participle describes: "said in a confidential report seen by the paper
that the plant had enriched more fuel", "said in a letter sent to members that …".

The parser hangs the "that" clause on the participle ("seen", "sent") or on a noun after it, not on the cue; the
writing is only where it was said, so the clause is what the cue said.
"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import DOCUMENT_NOUNS


def said_in_writing(verb: Token) -> list[Token]:
    """The "that" clause hung on a past participle that modifies the writing of the cue's "in" phrase; [] if none."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "in"):
        for writing in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in DOCUMENT_NOUNS):
            for participle in (c for c in writing.rights if c.dep_ == "acl" and c.tag_ == "VBN"):
                clause = next((t for t in participle.subtree if _opens_that_clause(t)), None)
                if clause is not None:
                    words = [t for t in clause.subtree if t.dep_ != "mark" or t.head != clause]
                    while words and words[-1].is_punct:
                        words.pop()
                    return words if len(words) >= 3 else []
    return []


def _opens_that_clause(t: Token) -> bool:
    """A clause with a subject of its own that "that" opens as a conjunction ("that inspectors had found …")."""
    opener = any(c.dep_ == "mark" and c.lower_ == "that" and c.i == t.left_edge.i for c in t.children)
    subject = any(c.dep_.startswith("nsubj") for c in t.children)
    return t.dep_ in ("ccomp", "relcl", "advcl") and opener and subject

"""Cues of a post on social media with a clause of what it said ("posted on Facebook that she was leaving", "posted
online Tuesday that the bridge would reopen"): the poster is the speaker, as after "wrote on X that". "Post" takes no
clause in any other sense ("posted a loss", "posted a video that showed …", whose clause is the video's), so it is a
cue only with one."""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs that tell a message put on a page or a network, and with an object something else ("posted record profits").
POSTING_VERBS = frozenset({"post"})


def posted_clause(verb: Token) -> bool:
    """Whether the verb is "posted" with a subject and a that-clause of its own ("X posted on Facebook that …")."""
    return (
        verb.lemma_.lower() in POSTING_VERBS
        and verb.pos_ == "VERB"
        and verb.dep_ not in ("relcl", "acl")
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ == "ccomp" or c.dep_ == "advcl" and c.left_edge.lower_ == "that" for c in verb.children)
    )

"""A writing whose author the sentence gives on it: "A campaign ad from the Prairie Party claims …", "A statement from
the ministry said …", "a post by Senator Lund says …", "an ad paid for by the union argues …". GUIDELINES.md has a
document no speaker, but what it says is its author's; so the one named after "from" or "by" speaks, as the one
who said something "in a statement" speaks for "the statement" after it (written_by.py). A study or a report, which
find rather than speak, and a writing given no author ("A viral post claims …") are left as they were."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Writings and messages that speak for whoever issued them, an advertisement among them.
AUTHORED_WRITINGS = words("""
statement letter post email e-mail release memo note message tweet ad advert advertisement commercial mailer flyer
leaflet video
""")
#: Prepositions that give a writing's author.
_AUTHOR_MARKS = frozenset({"from", "by"})


def author_phrase(writing: Token) -> Token | None:
    """The author's word a writing carries ("ad from [the Party]", "post by [Lund]", "ad paid for by [the union]"):
    the object of "from" or "by" hung on the writing or on a participle that describes it; None when there is none."""
    if writing.lemma_.lower() not in AUTHORED_WRITINGS or writing.tag_ != "NN":
        return None
    marks = [c for c in writing.children if c.dep_ == "prep" and c.lower_ in _AUTHOR_MARKS]
    for participle in (c for c in writing.children if c.dep_ == "acl" and c.tag_ == "VBN"):  # "paid for by"
        marks += [t for t in participle.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by"]
    objects = [o for mark in marks for o in mark.children if o.dep_ == "pobj"]
    return objects[0] if objects else None

"""A writing whose author the sentence gives on it: "A campaign ad from the Prairie Party claims …", "A statement from
the ministry said …", "a post by Senator Lund says …". GUIDELINES.md has a document no speaker, but what it says is its
author's; so the one named after "from" or "by" speaks, as the one who said something "in a statement" speaks for "the
statement" after it (written_by.py). A study or a report, which find rather than speak, a writing given no author ("A
viral post claims …") and one given only the sponsor who paid for it ("The ad, paid for by a PAC, accuses …") are left
as they were."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Writings and messages that speak for whoever issued them ("the statement said" after "X said in a statement"); not
#: studies or reports, which find.
WRITINGS = words("statement letter post email e-mail release memo note message tweet")
#: Those, and the advertisements and other pieces of a campaign, that carry their author ("an ad from X claims").
AUTHORED_WRITINGS = WRITINGS | words("ad advert advertisement commercial mailer flyer leaflet video")
#: Prepositions that give a writing's author.
_AUTHOR_MARKS = frozenset({"from", "by"})


def author_phrase(writing: Token) -> Token | None:
    """The author's word a writing carries ("ad from [the Party]", "post by [Lund]"): the object of "from" or "by"
    hung on the writing; None when there is none."""
    if writing.lemma_.lower() not in AUTHORED_WRITINGS or writing.tag_ != "NN":
        return None
    marks = [c for c in writing.children if c.dep_ == "prep" and c.lower_ in _AUTHOR_MARKS]
    objects = [o for mark in marks for o in mark.children if o.dep_ == "pobj"]
    return objects[0] if objects else None

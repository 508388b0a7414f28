"""Where a study was published, which is not who wrote it: "according to a study published on Wednesday in the
journal Marine Change Letters", "according to research that appeared in the Ocean Review". A journal prints the
findings of researchers it does not speak for, so the name after "in" of "published", "printed" or "appeared" on a
study, a paper or research is no source of "according to"; what the study says stays an unnamed source's, or its
author's when the sentence names one ("a study by the Harbor Institute published in …"). A newspaper's own article
or report "published in" it is left alone: the paper wrote it."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Writings of researchers, which a journal publishes without writing them.
_RESEARCH = words("study paper research analysis findings trial review")
#: Verbs of coming out in a journal.
_PUBLISHED = words("publish print appear")


def research_venue(token: Token) -> bool:
    """Whether `token` is a word of the name after "in" of a verb of publishing that describes a study, a paper or
    research ("the journal Marine Change Letters" of "a study published in the journal …")."""
    for t in (token, *token.ancestors):
        verb = t.head
        if t.dep_ == "prep" and t.lower_ == "in" and verb.lemma_.lower() in _PUBLISHED and verb.pos_ == "VERB":
            writing = verb.head if verb.dep_ in ("acl", "relcl") else None
            return writing is not None and writing.lemma_.lower() in _RESEARCH
    return False

"""The words of what a person is reported to have said, which tell of what was said and not of who said it: "Ann Roe
said the company had signed 600 farms" makes no farmer of Roe, and "Tom Lee said he held no grudge against Ann Roe"
names Roe only as the one Lee spoke of, not as the last person the story brought in."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS, PERSON_PRONOUNS


def reported_words(verb: Token) -> set[int]:
    """Where the clauses a verb of communication reports stand ("said [the company had signed 600 farms]"); none for
    any other verb."""
    if verb.lemma_.lower() not in CUE_VERBS:
        return set()
    return {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}


def reported_by_a_person(people, q: int, i: int) -> bool:
    """Whether word i of paragraph q stands in what a person (a name `people` knows as one, or "he", "she") is
    reported to have said: "Tom Lee said he held no grudge against [Ann Roe]"; not in what a body said ("Police said
    they had charged Ann Roe"), whose words may bring in the one a description after means."""
    head = token = people.docs[q][i]
    while head.dep_ != "ROOT" and head.head is not head:
        if head.dep_ == "ccomp" and token.i in reported_words(head.head):
            subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
            return any(s.lower_ in PERSON_PRONOUNS or _a_person(people, q, s) for s in subjects)
        head = head.head
    return False


def _a_person(people, q: int, token: Token) -> bool:
    """Whether a word is part of a name the story's people hold there (whatever label the recogniser gave it)."""
    ent = people.entity(q, token)
    return ent is not None and any(pos == (q, k) for pos, _, _ in people.people for k in range(ent.start, ent.end))

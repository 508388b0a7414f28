"""Whom a bare description after a quotation stands for when the person it describes did not speak before it in
its paragraph and is not the subject of the sentence right before (described_people.py decides those): the one
person the paragraph has named, introduced in the sentence right before with a clause or an apposition on what they
did ("Ashbourne's only reply came from Kofi Roe, who curled in a free kick. “…,” the midfielder said"); or, when the
quotation opens a paragraph that has named no one, the person who is the subject of the last sentence of the
paragraph before when that sentence reports what they said ("…, Ben Roe said Monday." then "“…,” the retired surgeon
told …"; not "Ann Roe walked along Queen Street." then "“…,” the shop owner said"). News names a person and then
goes straight on with the description for the same person; another person named between them breaks the tie, and so
does a quotation that speaks of someone as "he" or "she" ("Police arrested X, who lives nearby. “He was always
calm,” the neighbour said": the neighbour speaks of X), and so does another doer's word the article gave the
person ("Owen Pike, the town plumber, has …" then "“…,” says the retired engineer": someone else)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS, DOER_ENDINGS, PEOPLE_NOUNS, PERSON_PRONOUNS
from dashboard.analysis.quotes.name_heads import name_head
from dashboard.analysis.quotes.quotation_starts import follows, sentence_start

#: Dependencies of what tells more of a person at their name: "X, who curled in a free kick,", "X, a winger,".
_TELLING = ("relcl", "appos")


def introduced_person(cast, p: int, noun: Token, named: list[tuple[int, str]]) -> str:
    """The name of the person a bare description after a quotation stands for (see the module's docstring), or ""
    when none is introduced so; `named` holds where and whom paragraph p names before the description."""
    if any(t.lower_ in PERSON_PRONOUNS for t in noun.doc[sentence_start(noun) : noun.i]):
        return ""  # "“He was always calm,” the neighbour said": of the person named, not by them
    if named:
        i, name = named[-1]
        head = name_head(cast.docs[p][i])
        alone = len({n for _, n in named}) == 1
        telling = any(c.dep_ in _TELLING and not c.like_num for c in head.children)  # no age: "X, 45,"
        fits = alone and telling and not _another_doer(head, noun)
        return name if fits and follows(head.sent.end, noun) else ""
    if p == 0 or sentence_start(noun) != 0:
        return ""
    last = list(cast.docs[p - 1].sents)[-1]
    if last.root.lemma_.lower() not in CUE_VERBS:
        return ""  # "X walked along Queen Street." then "“…,” the shop owner said": no one introduced as speaking
    subjects = [c for c in last.root.children if c.dep_ == "nsubj"]
    for (q, i), name, _ in cast.people:
        if q == p - 1 and last.start <= i < last.end and name_head(cast.docs[q][i]) in subjects:
            head = name_head(cast.docs[q][i])
            return "" if cast.quoted((q, i)) or _another_doer(head, noun) else name
    return ""


def _another_doer(head: Token, noun: Token) -> bool:
    """Whether the article gave the person of a name another word for a doer than the description's, set beside the
    name ("Owen Pike, the town plumber,", "town plumber Owen Pike") for "the retired engineer"."""
    beside = [c for c in head.children if c.dep_ in ("appos", "compound")]
    words = [t.lemma_.lower() for c in beside for t in c.subtree if t.text.islower() and t.pos_ in ("NOUN", "PROPN")]
    described = noun.lemma_.lower()  # the parser may tag "baker" of "the town baker" a name
    return any(w != described and (w in PEOPLE_NOUNS or w.endswith(DOER_ENDINGS)) for w in words)

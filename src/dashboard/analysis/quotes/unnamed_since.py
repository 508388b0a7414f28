"""Whom a "he" or "she" stands for after an unnamed person spoke: "A spokesman said …, he added" is the spokesman, the
unnamed person who spoke last in the paragraph, when no one was named since. A name inside the words that describe
that person ("A nurse at the Rosetown hospital, who asked not to be named, said …") names no one new. Local news
quotes such a person again in the next paragraph ("A neighbor who asked not to be named said …" and then "“…,” she
said"): the pronoun of a paragraph that names no one before it is the unnamed person who spoke last in the paragraph
before, as the subject of a sentence's main verb, when no one was named after them there."""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.descriptions import counted_as_one
from dashboard.analysis.quotes.genders import gender_of_role
from dashboard.analysis.quotes.kinship import KIN_GENDERS
from dashboard.analysis.quotes.own_clauses import speaks_in_own_clause
from dashboard.analysis.quotes.paragraph_people import named_in
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.unnamed_doers import unnamed_doer_before
from dashboard.analysis.quotes.unnamed_doers_reporting import unnamed_doer_before_report

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


def unnamed_since(cast: Cast, p: int, i: int, gender: str) -> Speaker | None:
    """The unnamed person of fitting gender who spoke last before token i of paragraph p, in a clause of their own (not
    the one who asks), in paragraph p or, when p names no one before i, in the paragraph before, if no one was named
    since."""
    if (doer := unnamed_doer_before(cast, p, i, gender)) is not None:
        return doer  # "a woman in a nurse's uniform shakes her head. “…,” she says"
    if (doer := unnamed_doer_before_report(cast, p, i, gender)) is not None:
        return doer  # "A neighbour down the road is less hopeful. He says he will sell …"
    found = _unnamed_in(cast, p, p, i, gender)
    named_here = any(not cast.quoted(pos) for pos, _, _ in named_in(cast.people, p, i))
    if found is None and p > 0 and not named_here:
        before = _unnamed_in(cast, p - 1, p, i, gender)
        return before if before is not None and _main_speaker(cast, p - 1, before) else None
    return found


def _main_speaker(cast: Cast, q: int, speaker: Speaker) -> bool:
    """Whether the unnamed person spoke last in paragraph q as the subject of a sentence's main verb ("A neighbor who
    asked not to be named said …"), not of a clause inside one ("a man claiming allegiance to …"), and not as one
    counted out of many ("One questioner claimed …"), a passing voice of that paragraph alone: the next paragraph's
    "he" is the one who answers."""
    spoke = [pos for pos, s in cast.described if pos[0] == q and s is speaker]
    subject = cast.docs[q][spoke[-1][1]] if spoke else None
    main = subject is not None and subject.dep_.startswith("nsubj") and subject.head.dep_ == "ROOT"
    return main and not counted_as_one(subject)


def _gender_of(noun: Token, speaker: Speaker) -> str:
    """The gender of an unnamed person's role ("spokeswoman") or of the kin noun they are ("his mother")."""
    return gender_of_role(speaker.role) or KIN_GENDERS.get(noun.lemma_.lower(), "")


def _unnamed_in(cast: Cast, q: int, p: int, i: int, gender: str) -> Speaker | None:
    """The unnamed person of fitting gender who spoke last in paragraph q (before token i of paragraph p) in a clause
    of their own, if no one was named between them and token i."""
    spoke = [(pos, s) for pos, s in cast.described if (q, 0) <= pos < (p, i) and pos[0] == q]
    spoke = [(pos, s) for pos, s in spoke if _gender_of(cast.docs[q][pos[1]], s) in ("", gender)]
    spoke = [(pos, s) for pos, s in spoke if speaks_in_own_clause(cast.docs[q][pos[1]])]  # not the asker
    if not spoke:
        return None
    since, speaker = max(spoke, key=itemgetter(0))
    described = cast.docs[q][since[1]]
    own_words = range(described.left_edge.i, described.right_edge.i + 1)  # "a nurse at the Rosetown hospital, who …"
    named = [pos for pos, _, _ in cast.people if since < pos < (p, i) and not cast.quoted(pos)]
    return None if any(r != q or k not in own_words for r, k in named) else speaker

"""Who "the drummer" or "the judge" is when the article gave no one that role as a title or description of the name
itself, but set it beside a name in passing: "The fourth was the drummer, Terry Oduya, …" (the name in apposition to
the role noun) or "Geoffrey Hale sat as a circuit judge for 22 years" (the role after "as", its verb's subject the
person). The most recent such person, within a few paragraphs, outside quotation marks. A title of office set
beside a name ("the Democratic nominee, Hillary Clinton") is left to the titles the profiles read: the news gold
leaves "the nominee" unnamed when the article gave the title only in passing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.doc_text import lemma_places
from dashboard.analysis.quotes.kinship import KIN_GENDERS
from dashboard.analysis.quotes.lexicon import DOER_ENDINGS, PEOPLE_NOUNS, TITLE_NOUNS
from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: How many paragraphs back the role may have been set beside the name.
REACH = 3
#: Verbs that say a person holds or held a post ("sat as a judge", "worked as a nurse"), unlike "spoke as the
#: nominee", which tells in what capacity one act was done.
_HOLDING = frozenset({"serve", "sit", "work", "act", "practise", "practice", "train", "qualify", "start", "retire"})


def role_set_beside(cast: Cast, p: int, token: Token) -> Speaker | None:
    """The person the article named beside the role noun of a definite description, or None."""
    word = token.lemma_.lower()
    if not _person_noun(word):
        return None
    found, lemma = "", frozenset([word])
    for q in range(max(0, p - REACH), p + 1):
        doc = cast.docs[q]  # the nouns of that lemma read from the paragraph's columns: no Token made of other words
        for i in lemma_places(doc, lemma, "NOUN"):
            if (q, i) >= (p, token.i):
                break
            if not cast.quoted((q, i)):
                found = _named_beside(cast, q, doc[i]) or found
    return cast.person(found) if found else None


def _named_beside(cast: Cast, q: int, noun: Token) -> str:
    """The person named in apposition to the noun ("the drummer, Terry Oduya"), or the subject of the verb of
    holding a post whose "as" the noun follows ("X sat as a judge"); "" when none."""
    office = noun.lemma_.lower() in TITLE_NOUNS  # an office set beside a name: for the titles to tell
    names = [c for c in noun.children if c.dep_ == "appos"] if not office else []
    after = noun.doc[noun.i + 2] if noun.i + 2 < len(noun.doc) and noun.doc[noun.i + 1].text == "," else None
    listed = [c for c in noun.children if c.dep_ == "conj"]
    if not office and after is not None and after.ent_iob_ == "B" and listed and after.i <= listed[0].i <= after.i + 3:
        names.append(listed[0])  # "the drummer, Terry Oduya, who …", which the parser may read as a list
    if noun.tag_ == "NNS":
        return ""  # "hosts X and Y": "the host" is neither one of them
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in _HOLDING:
        names += [c for c in noun.head.head.children if c.dep_ == "nsubj"]
    for name in names:
        if (ent := cast.entity(q, name)) is None or name.dep_ == "conj" and (after is None or ent.start != after.i):
            continue
        for pos, person, _ in cast.people:
            if pos == (q, ent.start):
                return person
    return ""


def _person_noun(word: str) -> bool:
    """Whether a noun names a person: a known noun for people, a relative or a doer ("the drummer"); not "the
    summary", which the parser may set beside a name ("According to an FBI summary, X, an aide, …")."""
    return word in PEOPLE_NOUNS or word in KIN_GENDERS or word.endswith(DOER_ENDINGS)

"""Whom "her husband" or "his wife" names when the article named a couple together: after "Hal and Bernice Dryden",
"Her husband says …" (her: Bernice Dryden) is Hal Dryden, the first name joined by "and" to her full name, with her
surname; and "His wife says …" (his: Hal Dryden) is Bernice Dryden, the full name joined by "and" to his first name.
A double-barrelled surname ("Gerald and Marjorie Tolliver-Kerrigan"), which the tokenizer splits at its hyphen, is
read the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.doc_text import places_of, text_of
from dashboard.analysis.names import surname
from dashboard.analysis.quotes.kinship import SPOUSES
from dashboard.analysis.quotes.lexicon import PERSON_POSSESSIVES
from dashboard.analysis.quotes.set_off_spouses import spouse_set_off

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast, Speaker


def spouse_named_with(cast: Cast, p: int, noun: Token) -> Speaker | None:
    """The one named with the owner of "his/her <spouse>" as a couple ("Hal and Bernice Dryden"), or None."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES]
    if noun.lemma_.lower() not in SPOUSES or noun.tag_ != "NN" or not owners:
        return None
    owner = cast.resolve_person(p, owners[0].i, PERSON_POSSESSIVES[owners[0].lower_])
    if owner is None or " " not in owner.name:
        return None
    words, last = owner.name.split(), surname(owner.name)
    if (joined := _joined_to_his_given_name(cast, p, words) or spouse_set_off(cast, p, owner.name)) is not None:
        return joined  # "Gerald and Anne MacPhee"; "Gord Tamm and his wife, Lina,"
    for doc in cast.docs[: p + 1]:
        for token in (doc[i] for i in places_of(doc, [last.split("-")[-1]])):  # "Kerrigan" of "Tolliver-Kerrigan"
            first = token.head
            if token.dep_ != "conj" or first.i >= token.i or first.i + 1 >= len(doc):
                continue
            full = doc[token.left_edge.i : token.i + 1].text
            given = first.ent_type_ == "PERSON" or first.tag_ == "NNP"  # "Harjit" of "Harjit and Simran Brar" tagged
            alone = given and not any(c.dep_ == "compound" for c in first.children)  # an organisation all the same
            if not alone or doc[first.i + 1].lower_ != "and":
                continue
            if full == owner.name and first.text != words[0]:
                return cast.person(f"{first.text} {last}")
    return None


def _joined_to_his_given_name(cast: Cast, p: int, words: list[str]) -> Speaker | None:
    """ "Gerald and Anne MacPhee" … "His wife says" (his: Gerald MacPhee): the given name and surname joined by "and"
    to the owner's given name, or None."""
    if len(words) != 2:
        return None
    given, last = words
    for doc in cast.docs[: p + 1]:
        for k in range(len(doc) - 3):
            other = doc[k + 2]
            if doc[k].text != given or doc[k + 1].lower_ != "and" or not _surname_at(doc, k + 3, last):
                continue
            if other.is_alpha and other.text.istitle() and other.text != given:
                return cast.person(f"{other.text} {last}")
    return None


def _surname_at(doc, i: int, last: str) -> bool:
    """Whether the surname `last` is written from token i on, as one word ("MacPhee") or as the words and hyphens of
    a double-barrelled one ("Tolliver-Kerrigan")."""
    start, text = doc[i].idx, text_of(doc)
    after = text[start + len(last) : start + len(last) + 1]
    return text[start : start + len(last)] == last and not (after.isalnum() or after == "-")

"""The company a noun of a trade or a body stands for when the article said so in apposition: "a lawyer for the
developer, Larchmont Cove Partners, … The developer said in a statement" is Larchmont Cove Partners, though it need not
have spoken or acted since and another company may have (a trade that companies and people both ply, "the
developer", "the operator", names no company by itself; "the carrier" is no union that spoke in between); also "the
developer Larchmont Cove Partners", the name set right after the noun. Read from the words, as the parser often hangs
such a name on the person before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

Position = tuple[int, int]
#: Nouns by which news calls back any company or group, whichever it speaks of at the time: an apposition to one names
#: no lasting referent ("the blood-testing company X" many paragraphs before "The company says" of another).
_ANY_COMPANY = frozenset({"company", "firm", "group", "business", "organisation", "organization"})


def apposed_to_noun(cast: People, p: int, noun: Token, back: int) -> tuple[Position, str] | None:
    """The organisation named last before `noun`, in its paragraph or up to `back` paragraphs before, right after a
    noun of the same lemma or its comma ("the developer, X," or "the developer X"), with where it was named; None when
    none was, or for a noun that calls back any company ("the company")."""
    lemma = noun.lemma_.lower()
    if lemma in _ANY_COMPANY:
        return None
    for (q, i), name in reversed(cast.orgs_just_before(p, noun.i, "ORG", back)):
        ent = cast.entity(q, cast.docs[q][i])
        if ent is not None and _set_right_after(ent.doc, ent.start, lemma):
            return (q, i), name
    return None


def company_apposed_to_trade(cast: People, p: int, noun: Token) -> str:
    """The organisation set in apposition to a noun of the same lemma anywhere before `noun`; "" when none was."""
    found = apposed_to_noun(cast, p, noun, back=p)
    return found[1] if found else ""


def _set_right_after(doc: Doc, start: int, lemma: str) -> bool:
    """Whether the name starting at `start` follows a noun of that lemma, with at most a comma between."""
    before = start - 2 if start >= 2 and doc[start - 1].text == "," else start - 1
    noun = doc[before] if before >= 0 else None
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() == lemma

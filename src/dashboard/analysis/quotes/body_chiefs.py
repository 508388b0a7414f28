"""A body's chief by a word any top post goes by, and a central bank by any of its names. "The central bank chief
said", "the Fed chief said" and "the agency head said" mean the person the article named in the top post of that body
("Governor X", "Fed Chair X", "the director general of the agency, X"), never a deputy or a vice chair, when the
description's words all name that body or post (role_holders.py: "the police chief" is no museum's director); and
the one the article called a central bank's chief or head ("The central bank chief, X,") is "the governor" or "the
chair" later, the titles a central bank's chief holds. A country has one central bank, so words that name a central
bank ("Fed", "central bank", "ECB") before the noun fit a person whose body is a central bank however the article
named it ("Federal Reserve")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dashboard.analysis.quotes.central_banks import is_central_bank
from dashboard.analysis.quotes.deputy_titles import SECOND_RANKS

#: Words for whoever holds the top post of a body, whatever the post is called.
CHIEF_WORDS = frozenset({"chief", "head", "boss"})
#: Top posts of a body, which its chief holds.
_TOP_POSTS = frozenset(
    {"governor", "chair", "chairman", "chairwoman", "chairperson", "president", "director", "director-general"}
    | {"secretary-general", "administrator", "commissioner"}
)
#: Titles the chief of a central bank holds, by which a later description may call one named only its chief.
_CENTRAL_BANK_POSTS = frozenset({"governor", "chair", "chairman", "chairwoman"})


def chief_fits(word: str, roles: set[str]) -> bool:
    """Whether a description by a chief word ("chief", "head") fits a person of these role words: one in a top post,
    and in no post of a second rank ("Deputy Governor X" is not "the central bank chief")."""
    return word in CHIEF_WORDS and bool(roles & _TOP_POSTS) and not roles & SECOND_RANKS


def central_bank_posts(roles: set[str], affiliation: str) -> frozenset[str]:
    """The titles of a central bank's chief ("governor", "chair") for a person the article called its chief or head
    ("The central bank chief, X,"); none for anyone else."""
    if not roles & CHIEF_WORDS or roles & SECOND_RANKS:
        return frozenset()
    central = {"central", "bank"} <= roles or bool(affiliation) and is_central_bank(affiliation)
    return _CENTRAL_BANK_POSTS if central else frozenset()


def central_bank_words(modifiers: Iterable[Token]) -> set[str]:
    """The words of a description's modifiers ("Fed", "central bank") when together they name a central bank; else
    none."""
    found = [t for t in modifiers if t.dep_ in ("compound", "amod", "nmod")]
    text = " ".join(t.text for t in found)
    return {t.lower_ for t in found} if text and is_central_bank(text) else set()


def serves_a_central_bank(roles: set[str], affiliation: str) -> bool:
    """Whether a person's body is a central bank, by the organisation the article ties them to or their title."""
    return bool(affiliation) and is_central_bank(affiliation) or {"central", "bank"} <= roles

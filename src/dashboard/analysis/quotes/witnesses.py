"""Retired officers who speak as witnesses or residents, not as experts: "X, a retired army officer who lives in the
village," or one the article also calls a resident or a witness tells what he saw where he lives, as any citizen
does (`other`); a retired general commenting on a war, with no such words, stays an analyst (kinds.py)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Words that call a person a witness or one who lives at the place spoken of.
WITNESS_WORDS = words("""
resident residents witness witnesses eyewitness eyewitnesses villager villagers neighbour neighbor neighbours neighbors
bystander bystanders onlooker onlookers
""")
#: Verbs of a relative clause that says where the person lives ("who lives in the village").
_LIVING_VERBS = words("live reside")


def lives_there(root: Token) -> bool:
    """Whether a name, or the noun that describes it, carries a relative clause of where the person lives ("X, a
    retired officer who lives in the village,", "X, who has lived here for years,")."""
    described = [root, *(c for c in root.children if c.dep_ == "appos")]
    return any(c.dep_ == "relcl" and c.lemma_ in _LIVING_VERBS for t in described for c in t.children)


def witness_kind(kind: str, role_words: set[str], lives: bool) -> str:
    """A retired officer's kind: `other` when the article says he lives at the place or calls him a resident or a
    witness, else the kind found (an analyst, as former officials speaking as experts are)."""
    witness = lives or bool(role_words & WITNESS_WORDS)
    return "other" if kind == "analyst" and "retired" in role_words and witness else kind

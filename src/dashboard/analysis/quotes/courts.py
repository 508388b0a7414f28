"""The court a judge's title names: the words before "Judge" in "U.S. District Judge Ann Ross"."""

from __future__ import annotations

from spacy.tokens import Token

#: Last words of the names of courts, which need no "Court" added.
_COURT_WORDS = frozenset({"court", "tribunal", "bench"})


def court_of_judge(name: str, tokens: tuple[Token, ...]) -> str:
    """ "U.S. District Judge Ann Ross", "Circuit Judge Ann Ross": the words before a judge's title name a court."""
    doc, after = tokens[-1].doc, tokens[-1].i + 1
    judge = after < len(doc) and doc[after].lower_ in ("judge", "justice")
    return f"{name} Court" if judge and name.split()[-1].lower() not in _COURT_WORDS else name

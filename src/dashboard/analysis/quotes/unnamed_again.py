"""The unnamed source who has just spoken, met again as "the doctor" or "the official": wire copy introduces one ("A
doctor at the hospital, who asked not to be named, told Reuters …") and quotes them again in the next paragraph,
often after officials of the same kind have been named earlier in the story."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.descriptions import described_before
from dashboard.analysis.quotes.people import Speaker

#: Words that end the head of an unnamed person's role ("doctor at the provincial hospital", "official at the
#: ministry"): the noun before them is what the person is, the words after where they work or whom they serve.
_AFTER_HEAD = frozenset({"at", "for", "of", "in", "with", "from", "to", "on", "who", "close", "familiar", ","})


def unnamed_who_just_spoke(described: list[tuple[tuple[int, int], Speaker]], p: int, token: Token) -> Speaker | None:
    """ "“…,” the doctor said" right after "A doctor at the hospital in Solwezi … told Reuters …": the unnamed person
    who spoke last, in this paragraph or the one before, with that noun as the head of their role (see
    `described_before`); it comes before any named "Dr. X" or official of the story. Not "the mayor" after "a
    spokesman for the mayor", whose role only names the mayor."""
    headed = [(pos, speaker) for pos, speaker in described if token.lower_ in _head(speaker.role)]
    return described_before(headed, p, token) if headed else None


def _head(role: str) -> list[str]:
    """The words of a role before what says where or for whom ("senior official at the ministry" -> senior
    official)."""
    words = role.lower().replace(",", " , ").split()
    cut = next((i for i, word in enumerate(words) if word in _AFTER_HEAD), len(words))
    return words[:cut]

"""Titles of works in quotation marks: a story "headlined “…”", a report "titled “…”", a photo essay "published under
the title “…”". The words are the work's name, which no one says in the sentence: not a quotation of its author
(unless a cue of their own gives them to her) nor of anyone the sentence or the one before is about."""

from __future__ import annotations

#: Words right before a quotation that give it as the title of a work (not "with the caption", which a person who
#: posts a photo writes as their own words).
_TITLING = frozenset({"headlined", "titled", "entitled", "subtitled", "headline", "title", "subtitle"})


def title_of_work(text: str, span: tuple[int, int]) -> bool:
    """Whether the quotation at `span` of `text` comes right after a word that gives it as a work's title."""
    before = text[max(0, span[0] - 16) : span[0]].split()  # the word right before: no more text is read
    return bool(before) and before[-1].lower().rstrip(",:") in _TITLING


def without_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (quotations) less the titles of works among them."""
    return [s for s in spans if not title_of_work(text, s)]

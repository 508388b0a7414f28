"""Whose a quotation is that runs to the end of its paragraph unclosed, with no cue in that paragraph, when the next
paragraph opens with a quotation and names its speaker there: by the convention of news pages a quotation that goes
on into the next paragraph leaves its closing mark off, so the two are one speaker's ("“He kept saying sorry. … He
never complained." then "“So when he started complaining, I knew,” his daughter said."), named in the second."""

from __future__ import annotations

#: The opening and closing double quotation marks of news pages.
_OPEN, _CLOSE = "\u201c", "\u201d"
#: The fields of a quote row that say who spoke.
_SPEAKER_FIELDS = ("speaker", "speaker_kind", "affiliation", "role")


def carried_over(rows: list[dict], texts: dict[int, str]) -> list[dict]:
    """The quote rows, with the speaker of a cueless quotation left open at the end of its paragraph taken from the
    quotation that opens the next paragraph with a cue of its own (`texts` the paragraphs' texts by index)."""
    for r in rows:
        text = texts.get(r["paragraph"], "")
        if not _left_open(r, text):
            continue
        following = [n for n in rows if n["paragraph"] == r["paragraph"] + 1 and n["direct"]]
        opening = next((n for n in following if n["start_char"] == _first_mark(texts[n["paragraph"]])), None)
        if opening is not None and opening["speaker"] and _cued(opening):
            r.update({k: opening[k] for k in _SPEAKER_FIELDS})
    return rows


def _left_open(r: dict, text: str) -> bool:
    """A direct quote with no narration beside it that ends its paragraph inside a quotation left open."""
    if not r["direct"] or r["end_char"] is None or r["sentence"].strip() != r["quote"].strip():
        return False
    tail = text.rstrip()
    return r["end_char"] >= len(tail) and not tail.endswith(_CLOSE) and text.count(_OPEN) > text.count(_CLOSE)


def _first_mark(text: str) -> int:
    """Where a paragraph that opens with a quotation mark has it; -1 for one that opens otherwise."""
    stripped = len(text) - len(text.lstrip())
    return stripped if text[stripped : stripped + 1] == _OPEN else -1


def _cued(r: dict) -> bool:
    """A quote whose sentence has narration beside the quotation: a cue that names who spoke."""
    return r["sentence"].strip() != r["quote"].strip()

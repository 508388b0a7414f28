"""Quotations set in single marks (‘…’), as British, Irish and Australian papers set them, read as quotations.

The quote rules find quotations by their double marks (“…”). A paper that quotes with single marks uses the same
character (’) to close a quotation and for an apostrophe ("I’m", "Rusk’s", "the Greens’ spokesperson"), so its
quotations went unseen: a quoted sentence after its speaker ("‘We will win,’ she said") was lost, and a cue inside
one ("they said nothing") was read as a new statement. Before a paragraph is parsed, each quotation in single marks
outside any double-marked one has its marks turned into double ones, and the double marks nested inside it into
single ones, as an American paper would set it. Each character is swapped for one character, so every offset stays.

A closing mark is a ’ not followed by a letter or digit. A plural possessive ("the builders’ lobby") looks the same
as a closing mark after a word ending in s followed by another word ("an economic mess’ and …"): such a mark closes
the quotation only when no later mark can.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dashboard.analysis.doc_text import with_text

OPEN_SINGLE, CLOSE_SINGLE = "\u2018", "\u2019"
OPEN_DOUBLE, CLOSE_DOUBLE = "\u201c", "\u201d"
#: What a quotation's opening mark follows: the start, a space, a bracket or a dash.
_BEFORE_OPENING = frozenset("([—–-/")
_SWAPPED_INSIDE = {OPEN_DOUBLE: OPEN_SINGLE, CLOSE_DOUBLE: CLOSE_SINGLE}
#: Where a quote joins two quotations of one paragraph ("“…,” “…”"): each is found in the paragraph on its own.
_JOINED = re.compile(f"(?<=[{CLOSE_DOUBLE}{CLOSE_SINGLE}]) (?=[{OPEN_DOUBLE}{OPEN_SINGLE}])")


def double_marked(text: str) -> str:
    """The text with its quotations in single marks set in double marks (see the module's docstring)."""
    if OPEN_SINGLE not in text:
        return text
    chars, in_double, i = list(text), False, 0
    while i < len(text):
        mark = text[i]
        if mark in (OPEN_DOUBLE, CLOSE_DOUBLE, '"'):
            in_double = mark == OPEN_DOUBLE or (mark == '"' and not in_double)
        elif mark == OPEN_SINGLE and not in_double and _opens(text, i):
            close = _closing_mark(text, i)
            chars[i] = OPEN_DOUBLE
            if close is None:  # left open: a quotation that goes on in the next paragraph
                i += 1
                continue
            chars[close] = CLOSE_DOUBLE
            for j in range(i + 1, close):
                chars[j] = _SWAPPED_INSIDE.get(text[j], text[j])
            i = close
        i += 1
    return "".join(chars)


def _opens(text: str, i: int) -> bool:
    """A ‘ opens a quotation after the start, a space, a bracket or a dash, and before a word or a mark."""
    before = text[i - 1] if i else " "
    after = text[i + 1 : i + 2]
    return (before.isspace() or before in _BEFORE_OPENING or before in (OPEN_DOUBLE, '"')) and bool(after.strip())


def _closing_mark(text: str, opening: int) -> int | None:
    """The index of the ’ that closes the quotation opened at `opening`, or None when none does before the next
    quotation opens or the paragraph ends. A mark that may be a plural possessive is kept as a fallback."""
    fallback = None
    for j in range(opening + 1, len(text)):
        if text[j] == OPEN_SINGLE and _opens(text, j):
            break
        if text[j] != CLOSE_SINGLE:
            continue
        after = text[j + 1 : j + 2]
        if after.isalnum():
            continue  # "I’m", "O’Dowd": an apostrophe
        possessive = text[j - 1 : j] == "s" and after == " " and text[j + 2 : j + 3].isalnum()
        if not possessive:
            return j
        fallback = fallback if fallback is not None else j
    return fallback


class SingleMarksFirst:
    """A tokenizer that sets quotations in single marks in double ones (`double_marked`) before it splits the text,
    and keeps the text it split as the Doc's text (`with_text`)."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        read = double_marked(text)
        return with_text(self.tokenizer(read), read)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


def with_single_marks(rows: list[dict], originals: dict[int, str], read: dict[int, str]) -> list[dict]:
    """Quote rows found in paragraph texts set in double marks (`read`, by paragraph index) given back the marks of
    the paragraph as written (`originals`): a quote or sentence found in the text read is cut from the original at the
    same place."""
    for row in rows:
        original, text = originals.get(row["paragraph"]), read.get(row["paragraph"])
        if original is None or original == text:
            continue
        for field in ("quote", "sentence"):
            row[field] = " ".join(_as_written(piece, original, text) for piece in _JOINED.split(row[field]))
    return rows


def _as_written(piece: str, original: str, read: str) -> str:
    """A piece of a read paragraph's text cut from the paragraph as written; the piece itself when it is not there."""
    at = read.find(piece) if piece else -1
    return original[at : at + len(piece)] if at >= 0 else piece


def entities_as_written(rows: list[dict], originals: dict[int, str]) -> list[dict]:
    """Entity rows given the text of their paragraph as written, cut at their offsets: a name found in a paragraph
    read with its marks swapped keeps the marks it was written with, in its text and in its canonical name when that
    is a piece of its text ("Lyin’ Ted", not "Lyin” Ted")."""
    for row in rows:
        original = originals.get(row["paragraph"])
        if original is not None and OPEN_SINGLE in original:
            read, row["text"] = row["text"], original[row["start_char"] : row["end_char"]]
            if "canonical" in row:
                row["canonical"] = _as_written(row["canonical"], row["text"], read)
    return rows

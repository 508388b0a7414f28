"""Paragraphs that open with a quotation mark but do not carry on the quote before them, though they have no cue of
their own: a line asking readers to follow the writer on a social network (a page's footer), a quoted line of three
words or fewer after the speaker's question (an audience's "Yes!" between a speaker's questions: a reply), and a
paragraph naming the speaker by surname (a writer's words about the speaker: people do not speak of themselves by
surname; a surname that opens another name, "the Halden Trust", "Halden University", names no one). None of them is a
quote of that speaker."""

from __future__ import annotations

import re

#: A line asking readers to follow someone on a social network.
_FOLLOW = re.compile(r"^\W*Follow\b.{0,80}\bon (?:Twitter|Facebook|Instagram|X)\b", re.IGNORECASE)
#: Closing quotation marks and spaces after a quote's last word.
_CLOSING = " \u201d\"'"
#: Words of a paragraph.
_WORDS = re.compile(r"\w+")
#: At most this many words, a quoted paragraph after a question is a reply to it, not the run-on of the question.
_SHORT_LINE = 3


def breaks_run(before: dict, r: dict, texts: dict[int, str]) -> bool:
    """Whether the quote of `r`, opening its paragraph with no cue after the quote `before`, is none of the speaker
    of `before` carrying on (see the module docstring)."""
    text = texts.get(r["paragraph"], "")
    replies = _short(text) and before["quote"].rstrip(_CLOSING).endswith("?")
    return bool(_FOLLOW.search(text)) or replies or _names_by_surname(before["speaker"], text)


def _short(text: str) -> bool:
    """A paragraph of at most `_SHORT_LINE` words."""
    return len(_WORDS.findall(text)) <= _SHORT_LINE


def _names_by_surname(speaker: str, text: str) -> bool:
    """Whether a paragraph names a speaker of two words or more by the last of them, not as the first word of another
    name ("the Sollis Family Trust")."""
    words = (speaker or "").split()
    return len(words) > 1 and re.search(rf"\b{re.escape(words[-1])}\b(?! [A-Z])", text) is not None

"""Whether a text of words joined by single spaces holds one of a fixed list of phrases as whole words ("central bank"
in "the central bank of ostland", not "bank" in "banknote"): one pattern made once per list, so a name is read in one
search, not once per phrase."""

from __future__ import annotations

import re
from collections.abc import Iterable


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """The pattern `has_phrase` looks for: any of the phrases, with a space (or the start or end) on each side."""
    alternatives = "|".join(re.escape(phrase) for phrase in phrases) or "(?!)"  # no phrases: nothing is found
    return re.compile(f"(?<= )(?:{alternatives})(?= )")


def has_phrase(text: str, phrases: re.Pattern[str]) -> bool:
    """Whether one of the phrases (`phrase_pattern`) stands in the text as whole words: `f" {phrase} "` in
    `f" {text} "`."""
    return phrases.search(f" {text} ") is not None

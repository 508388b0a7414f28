"""A body the article named in full and then calls by the last word of its name, capitalised as a name: "the Fund"
after the International Monetary Fund, "the Bank" after the World Bank, "the Commission" after the European
Commission, as the wires and the financial press write them. The word alone is no name of its own: it stands for the
one body of the article whose name ends with it."""

from __future__ import annotations

from dashboard.analysis.names import words

#: Last words of the names of public and international bodies that stories use alone for the body ("the Fund").
_HEAD_WORDS = words("fund bank commission council court tribunal agency authority union committee")


def named_by_head_word(word: str, organisations: list[str]) -> str:
    """The one organisation of the article whose name of several words ends with `word`, a capitalised head word
    of a body's name ("Fund" -> "International Monetary Fund"); "" when the word is none or several names fit."""
    if not word.istitle() or word.lower() not in _HEAD_WORDS:
        return ""
    fitting = {name for name in organisations if name.split()[-1] == word}
    return fitting.pop() if len(fitting) == 1 else ""

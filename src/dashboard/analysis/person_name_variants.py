"""Names of an article that are another person's name written another way, so that both file under one speaker.

Two ways are known: a headline set in capitals that runs a name into the words after it ("Ted Cruz Apologizes"), and
a name written in both orders, family name first and then last ("Nguyen Thi Lan" and later "Lan Nguyen", "Zhang Wei"
and "Wei Zhang", "Kim Min-jun" and "Min-jun Kim"), as Vietnamese, Chinese, Korean, Hungarian and Japanese names are
when a story written in English gives them its own order too.
"""

from __future__ import annotations

from collections import Counter

from dashboard.analysis.names import SUFFIXES
from dashboard.analysis.quotes.given_names import gender_of_given_word


def names_written_otherwise(people: list[str], counts: Counter) -> dict[str, str]:
    """Each person's name (longest first, then in the order the article gives them) written another way -> the
    name it stands for: run-over headline names first, then names in the other order."""
    return {**swapped_orders(people), **overreaching(people, counts)}


def swapped_orders(people: list[str]) -> dict[str, str]:
    """Names that are a fuller or equal name with its first and last words swapped -> that name ("Lan Nguyen" ->
    "Nguyen Thi Lan"). The fuller name's middle words may drop, but nothing else may differ: "Lan Nguyen" is not
    "Nguyen Van Minh", since two people may share a family name. Of two names of equal length the one the article
    gives first is kept (`people` runs longest first, in the article's order within one length), as GUIDELINES.md
    files a speaker under the name the article gives most completely."""
    found: dict[str, str] = {}
    split = [name.split() for name in people]  # each name is matched against every name before it: split once
    for i, name in enumerate(people):
        words = split[i]
        if len(words) < 2 or name in found:
            continue
        for fuller, fuller_words in zip(people[:i], split, strict=False):
            if _swapped(fuller_words, words):
                found[name] = found.get(fuller, fuller)
                break
    return found


def _swapped(fuller: list[str], words: list[str]) -> bool:
    """Whether `words` are `fuller` with its first and last words swapped and its middle words kept or dropped; not
    when both open with a given name English knows ("Thomas James" and "James Thomas" are two people)."""
    if len(fuller) < len(words) or words[0] != fuller[-1] or words[-1] != fuller[0]:
        return False  # most pairs of names: read first, as no word's gender need be looked up for them
    if fuller[0] == fuller[-1] or words[-1].lower().rstrip(".,") in SUFFIXES:
        return False
    if gender_of_given_word(fuller[0]) and gender_of_given_word(words[0]):
        return False
    return words[1:-1] in ([], fuller[1:-1])


def overreaching(people: list[str], counts: Counter) -> dict[str, str]:
    """Names that run past a person's full name into the words after it, as in a headline set in capitals ("Ted Cruz
    Apologizes"): a name of two words or more followed by whole capitalised words (no initials, no suffix such as "Jr.",
    no particle as in "Rahman bin Yusof") that no other name has, written less often than the name alone, is it."""
    split = {name: name.split() for name in people}  # each name is matched against every other: split once
    words_of = {name: set(words) for name, words in split.items()}
    found = {}
    for longer in people:
        words = split[longer]
        for name in people:
            n = len(split[name])
            if n < 2 or n >= len(words) or words[:n] != split[name]:
                continue
            if counts[(longer, "PERSON")] >= counts[(name, "PERSON")]:
                continue
            others = set().union(*(w for other, w in words_of.items() if other != longer))
            extra = [w for w in words[n:] if w[:1].isupper() and len(w.rstrip(".")) > 1 and w.lower() not in SUFFIXES]
            if extra == words[n:] and not others.intersection(extra):
                found[longer] = name
                break
    return found

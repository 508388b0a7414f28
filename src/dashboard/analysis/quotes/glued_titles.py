"""A person's name the recogniser missed, read together with the title before it.

A wire sentence often opens with a title and no comma before the name ("Ministry spokeswoman Ana Ruiz said",
"Opposition lawmaker Irena Kovac said"). When the recogniser tags no person there, the speaker comes out as the whole
phrase (a person named "Ministry spokeswoman Ana Ruiz", or an organisation named "Spokeswoman X"), or as an unnamed
group whose role is the phrase. Here the name is the capitalised words after the phrase's last role word, the words up
to that role word the title, and the kind is the title's.
"""

from __future__ import annotations

from dashboard.analysis.names import ORGANISATION_HEADS, TITLES, words
from dashboard.analysis.quotes.kinds import ROLE_WORDS, kind_of

#: Words that end an organisation's name, never a person's ("Capital Economics", "Acme Group").
_NOT_SURNAMES = ORGANISATION_HEADS | words("economics associates research office union co")
_TITLE_WORDS = frozenset(t.casefold().rstrip(".") for t in TITLES)


def untitled(rows: list[dict]) -> list[dict]:
    """The rows, a speaker read with the title before their name ("Ministry spokeswoman Ana Ruiz") named by the name
    alone, the title their role."""
    for row in rows:
        unnamed = not row["speaker"] and row["speaker_kind"] == "unnamed"
        split = title_and_name(row["role"] if unnamed else row["speaker"])
        if split is None:
            _given_name_back(row)
            continue
        title, name = split
        row["speaker"] = name
        if unnamed or not row["role"] or row["speaker_kind"] == "institution":
            row["role"] = row["role"] if row["role"] and not unnamed else title
            row["speaker_kind"] = kind_of(row["role"], row["affiliation"])
    return rows


def title_and_name(phrase: str) -> tuple[str, str] | None:
    """("ministry spokeswoman", "Ana Ruiz") for "Ministry spokeswoman Ana Ruiz": the words up to the last role word,
    lower-cased, and the two or three capitalised words after it (titles such as "Colonel" left out); None when the
    phrase is no title followed by a person's name."""
    words = phrase.split()
    last = max((i for i, w in enumerate(words) if w.casefold() in ROLE_WORDS and (i == 0 or w.islower())), default=None)
    if last is None or any(w.endswith((",", ";", ":")) for w in words[: last + 1]):
        return None
    while last > 0 and words[last][0].isupper() and words[last - 1].casefold() in ROLE_WORDS:
        last -= 1  # "Army spokesman Colonel Ian Frey": "Colonel" opens the name's titles
    name = words[last + 1 :]
    while name and name[0].casefold().rstrip(".") in _TITLE_WORDS:
        name = name[1:]
    if not 2 <= len(name) <= 3 or not all(_name_word(w) for w in name):
        return None
    if name[-1].casefold() in _NOT_SURNAMES or len(name[-1]) < 2 or name[-1].endswith("."):
        return None
    return " ".join(words[: last + 1]).casefold(), " ".join(name)


def _given_name_back(row: dict) -> None:
    """ "Pro-Western lawmaker Ana Petrescu" read as "Petrescu" with the role "Pro-Western lawmaker Ana": the
    capitalised word that ends the role after a role word is the speaker's given name."""
    words = row["role"].split()
    one_word = row["speaker"] and " " not in row["speaker"] and row["speaker_kind"] != "institution"
    role_word = len(words) >= 2 and words[-2].islower() and words[-2] in ROLE_WORDS  # "Fellow Republicans": no name
    given = role_word and _name_word(words[-1]) and words[-1] != row["speaker"] and not words[-1].endswith(".")
    if one_word and given and words[-1].casefold() not in _TITLE_WORDS:
        row["speaker"] = f"{words[-1]} {row['speaker']}"
        row["role"] = " ".join(words[:-1])


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised, letters with hyphens, apostrophes or an initial's full stop."""
    if word.endswith(("'s", "’s", "'", "’")):
        return False  # "Media Research Center's Bozell": an owner, no name
    letters = word.replace("-", "").replace("'", "").replace("’", "").rstrip(".")
    return bool(letters) and letters.isalpha() and word[0].isupper() and word.casefold() not in ROLE_WORDS

"""A short name that is not the last word of the full one: Chinese, Korean and Japanese names put the family name
first ("Teo Hui Min" is then "Ms Teo", "Cheong Min-ji" then "Cheong"), Singapore and Malaysian papers call a Tamil or
Malay speaker by the given name ("Tharman Raj" then "Mr Tharman"), and a Western given name may lead a Chinese one
("Vincent Ong Kah Seng" then "Mr Ong"). When such a word (an honorific before it dropped) is a word of exactly one
person's full name in the article, and no organisation of several words has it, it is that person, whatever the
recogniser took it for (a place, a building, a company), unless the article gives the two genders that differ or
names the short one first (then the longer name is no introduction: "President Obama Speech at …" in a caption)."""

from __future__ import annotations

from dashboard.analysis.names import GENDERED_TITLES, PERSON_TITLES
from dashboard.analysis.quotes.people import People
from dashboard.analysis.quotes.surname_links import same_gender

#: Titles that may stand before a short name in the speaker column when the recogniser read "Mr Ong" as one name.
_HONORIFICS = frozenset(GENDERED_TITLES) | PERSON_TITLES


def linked_inner_words(rows: list[dict], people: People) -> list[dict]:
    """The rows, a speaker named by one inner word of a person's full name renamed to that full name."""
    full_names = {n for n in people.profiles if " " in n} | {r["speaker"] for r in rows if _personal(r)}
    in_bodies = {w.casefold() for _, name, _ in people.orgs if " " in name for w in name.split()}
    first_seen: dict[str, tuple[int, int]] = {}
    for position, name, _ in people.people:
        first_seen.setdefault(name, position)
    for row in rows:
        first_seen[row["speaker"]] = min(first_seen.get(row["speaker"], (row["paragraph"], 0)), (row["paragraph"], 0))
    for row in rows:
        words = row["speaker"].split()
        if len(words) == 2 and words[0].casefold() in _HONORIFICS:
            words = words[1:]
        if len(words) != 1 or words[0].casefold() in in_bodies:
            continue
        word = words[0].casefold()
        owners = [n for n in full_names if word in (w.casefold() for w in _words(n)[:-1])]
        if len(owners) != 1 or first_seen[row["speaker"]] < first_seen.get(owners[0], (0, 0)):
            continue
        if same_gender(people, row["speaker"], owners[0]):
            row["speaker"] = owners[0]
    return rows


def _words(name: str) -> list[str]:
    """The words of a name that have a letter ("Donald Trump '" ends with the surname)."""
    return [w for w in name.split() if any(c.isalpha() for c in w)]


def _personal(row: dict) -> bool:
    return " " in row["speaker"] and row["speaker_kind"] not in ("institution", "unnamed")

"""A surname alone that the article also gave in full: "Yusuf al-Naqbi left the city. … Al-Naqbi says" (the
surname capitalised at the start of a sentence, so read as a person of its own) is one speaker, named in full, when
the article gives exactly one person that surname, whatever its case, and nothing the article tells of the two
makes them a different gender (a mother and son share a surname)."""

from __future__ import annotations

from dashboard.analysis.quotes.people import People, Profile


def linked_surnames(rows: list[dict], people: People) -> list[dict]:
    """The rows, a person named by a surname alone renamed to the one full name the article gives with it."""
    for row in rows:
        name = row["speaker"]
        if not name or " " in name or row["speaker_kind"] == "institution":
            continue
        full = [n for n in people.profiles if " " in n and n.split()[-1].casefold() == name.casefold()]
        if len(full) == 1 and same_gender(people, name, full[0]):
            row["speaker"] = full[0]
    return rows


def same_gender(people: People, bare: str, full: str) -> bool:
    """Whether nothing the article tells of the two names makes them a different gender."""
    genders = {_gender(people, bare), _gender(people, full)} - {""}
    return len(genders) <= 1


def _gender(people: People, name: str) -> str:
    profile = people.profiles.get(name, Profile())
    return profile.gender or profile.pronoun_gender

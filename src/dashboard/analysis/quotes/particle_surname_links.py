"""A surname that opens with a particle, named alone: French, Belgian, Dutch and Breton surnames are written apart from
their particle ("Anne-Sophie Le Bihan" then "Ms. Le Bihan", "Bénédicte de Wauters" then "de Wauters", "Luc Van der
Berghe" then "Van der Berghe"), so the short name is two or three words and no match for the one-word surname the
other links compare. When the speaker's words, opening with such a particle, are the last words of exactly one
person's longer name in the article, it is that person, even when the recogniser took the short name for an
organisation (a particle leads no company's name that ends a person's), unless the article gives the two genders that
differ."""

from __future__ import annotations

from dashboard.analysis.quotes.particle_owners import particle_surname_owners
from dashboard.analysis.quotes.people import People
from dashboard.analysis.quotes.surname_links import same_gender


def linked_particle_surnames(rows: list[dict], people: People) -> list[dict]:
    """The rows, a speaker named by a particle and a surname renamed to the one full name that ends with them."""
    for row in rows:
        owners = particle_surname_owners(people.profiles, row["speaker"])
        if len(owners) == 1 and same_gender(people, row["speaker"], owners[0]):
            row["speaker"] = owners[0]
    return rows

"""A capital that speaks stands for its government ("Accra said it was following events closely", "Abuja said on
Tuesday that ..."), as "Washington said" does, also where the recogniser tagged the capital nothing or a person's name
and the speaker's rules took it for a person: a speaker named by a capital alone, with no role and no organisation, is
the government speaking as itself."""

from __future__ import annotations

from dashboard.analysis.quotes.small_states import state_of_capital

#: Capitals that are also given names or common words in a story about people ("Sofia said", "Male voters said").
_NAMES_TOO = frozenset({"sofia", "male", "santiago", "victoria", "kingston", "georgetown", "lima", "nassau"})


def capitals_as_governments(rows: list[dict]) -> list[dict]:
    """The rows with each speaker taken for a person who is a capital alone made the institution it stands for."""
    for row in rows:
        name = row["speaker"].casefold()
        if row["speaker_kind"] == "other" and not row["role"] and not row["affiliation"] and name not in _NAMES_TOO:
            row["speaker_kind"] = "institution" if state_of_capital(name) else "other"
    return rows

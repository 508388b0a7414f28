"""A body named again without the "of …" its full name ends with: "the Competition Authority of Kenya … The
Competition Authority said" is the body named in full, as a reader takes it, and the gold keys it by its fullest
name; so is "the Central Bank" after "the Central Bank of Nigeria"."""

from __future__ import annotations


def cut_before_of(short: str, name: str) -> bool:
    """Whether `short`, of two words or more, is `name` up to an "of" that goes on with a capitalised name ("Competition
    Authority" of "Competition Authority of Kenya"; not "Bank" of "Bank of Ostland", one word that names nothing)."""
    if " " not in short or not name.startswith(f"{short} of "):
        return False
    rest = name[len(short) + 4 :]
    return rest[:1].isupper()

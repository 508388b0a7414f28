"""A body named again without the "of …", "for …" or "on …" its full name ends with: "the Competition Authority of
Kenya … The Competition Authority said" and "the Calloway Institute for Strategic Studies … The Calloway Institute
said" are the bodies named in full, as a reader takes them, and the gold keys each by its fullest name; so is "the
Central Bank" after "the Central Bank of Nigeria", and "the X Council" after "the X Council on Trade". A short name of
one word ("Bank" of "Bank of Ostland", "the Institute") names nothing of its own and is left to the rule of a name's
head (body_back_references), and a name that goes on with a word of no name ("the X Centre for the elderly") is no
cut name."""

from __future__ import annotations

#: The words that join a body's name to its place or to the field it works on.
_FIELD_JOINS = ("of", "for", "on")


def cut_before_field(short: str, name: str) -> bool:
    """Whether `short`, of two words or more, is `name` up to an "of", "for" or "on" that goes on with a capitalised
    name ("Competition Authority" of "Competition Authority of Kenya", "Calloway Institute" of "Calloway Institute for
    Strategic Studies")."""
    if " " not in short:
        return False
    for join in _FIELD_JOINS:
        if name.startswith(f"{short} {join} "):
            return name[len(short) + len(join) + 2 :][:1].isupper()
    return False

"""A body named again without the "for …" or "on …" of what it works on that its full name ends with: "the Calloway
Institute for Strategic Studies … The Calloway Institute said" is the body named in full, as a reader takes it (think
tanks, research centres, endowments and councils are so named: "the X Endowment for International Peace", "the X
Council on Trade"), and the gold keys it by its fullest name. A short name of one word ("the Institute") is left to
the rule of a name's head (body_back_references), and one that names a body of its own before a word of no name
("the X Centre for the elderly") is no cut name."""

from __future__ import annotations

#: The words that join a body's name to the field it works on.
_FIELD_JOINS = ("for", "on")


def cut_before_field(short: str, name: str) -> bool:
    """Whether `short`, of two words or more, is `name` up to a "for" or "on" that goes on with a capitalised name
    ("Calloway Institute" of "Calloway Institute for Strategic Studies")."""
    if " " not in short:
        return False
    for join in _FIELD_JOINS:
        if name.startswith(f"{short} {join} "):
            rest = name[len(short) + len(join) + 2 :]
            return rest[:1].isupper()
    return False

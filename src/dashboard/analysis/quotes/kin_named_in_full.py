"""A relative introduced by a given name alone and named in full later: "Tesfalem Woldegiorgis pushes a cart with his
daughter, Saba," and then "Saba Woldegiorgis starts nursing school": the "Saba" the role was given to and the "Saba
Woldegiorgis" who owns a later "Her father" are one person, for she bears the surname of the man "his" meant, so the
father is that man. Read by `kinship.kin_speaker`."""

from __future__ import annotations

from dashboard.analysis.names import surname


def same_relative(given: str, owner: str, tied: str) -> bool:
    """Whether the person described as a relative under the name `given` is `owner`: the same name, or a given name
    alone that opens the owner's full name, whose surname is that of `tied`, the person they are the relative of."""
    if given == owner:
        return True
    parts = owner.split()
    return " " not in given and len(parts) == 2 and parts[0] == given and surname(owner) == surname(tied)

"""A person called by a given name alone is the one person of the article named in full with it: "Lesia laughs. “…”"
after "Lesia Hryniuk" is Lesia Hryniuk, though the recogniser took "Lesia" for a nationality."""

from __future__ import annotations

from collections.abc import Iterable


def owner_of_given_name(names: Iterable[str], given: str) -> str:
    """The one full name among `names` that opens with the given name; "" when none or several do."""
    owners = {name for name in names if " " in name and name.split()[0] == given}
    return owners.pop() if len(owners) == 1 else ""

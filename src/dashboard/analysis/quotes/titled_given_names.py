"""A title with a given name that points back to a person named in full before ("Sister Agnes said" after "Sister
Agnes Moravec, a nun,"; "Father Tom said" after "the Rev. Tom Ketter"). Nuns, monks and priests, and people in a
religious community, are called by their title and given name once introduced; the recogniser often tags the pair an
organisation. The pair names the one person of the article whose first name is that word, and only when one has it."""

from __future__ import annotations

from collections.abc import Iterable

from dashboard.analysis.names import TITLES, words

#: Titles of religious life that also open other names ("Father Christmas", "Mother Goose"), so no title elsewhere,
#: but that go before a given name alone when a person of the article bears it.
_FAMILY_TITLES = words("father brother mother")
_ALL_TITLES = TITLES | _FAMILY_TITLES


def holder_of_titled_given_name(names: Iterable[str], text: str) -> str:
    """The one person among `names` (full names) whose given name follows a title in `text` ("Sister Agnes"), or
    empty when `text` is no title and one word or more than one person bears that given name."""
    parts = text.split()
    if len(parts) != 2 or parts[0].lower().rstrip(".") not in _ALL_TITLES or not parts[1][:1].isupper():
        return ""
    holders = {name for name in names if len(name.split()) > 1 and name.split()[0] == parts[1]}
    return holders.pop() if len(holders) == 1 else ""

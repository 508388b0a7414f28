"""Words that open a title written after them, which the recogniser may run into an organisation's name before it
("Vice President", "Senate Majority Leader", "General Secretary", "Kenya's Cabinet Secretary for Devolution"), and so
end no name."""

from __future__ import annotations

from spacy.tokens import Token

#: Words that open a title the recogniser may end an organisation with ("Vice President", "Senate Majority Leader").
_TITLE_OPENERS = frozenset(
    {"vice", "majority", "minority", "deputy", "acting", "assistant", "prime", "crown", "shadow"}
)
#: Words that open only some titles, and those titles ("General Secretary", "UN High Commissioner", "Cabinet
#: Secretary for Devolution", "State Minister of Finance"; "General Motors", "High Street", "Cabinet Office" and
#: "State Grid" are names).
_TITLES_OPENED = {
    "general": frozenset({"secretary", "manager", "counsel", "director"}),
    "high": frozenset({"commissioner", "representative"}),
    "cabinet": frozenset({"secretary", "minister"}),
    "state": frozenset({"minister", "secretary"}),
}
#: Military ranks that open the title of the officer named right after them ("Army General Ida Holm", "the Defence
#: Force Admiral Tom Ode"); before any other word they may be a name's ("General Motors", "Admiral Insurance").
_RANKS_BEFORE_NAMES = frozenset({"general", "admiral", "marshal", "brigadier"})


def opens_title(token: Token) -> bool:
    """A word that opens the title after it ("Vice President", "Majority Leader", "General Secretary", "High
    Commissioner", "General" before an officer's name), not part of a name before."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None or not after.is_title:
        return False
    if token.lower_ in _RANKS_BEFORE_NAMES and after.ent_type_ == "PERSON":
        return True
    return token.lower_ in _TITLE_OPENERS or after.lower_ in _TITLES_OPENED.get(token.lower_, ())

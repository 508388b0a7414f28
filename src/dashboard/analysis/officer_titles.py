"""A company officer's title written in capitals before a name ("Chief Executive", "Chief Operating Officer",
"Finance Officer"): "Executive" and "Officer" are no titles alone, as "Mayor" is, but close one that a capitalised word
opens, and what follows such a title is a person's name ("Chief Executive Maarten" + "Oosterwijk-Dahl", the joined
surname tagged an organisation)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Last words of a company officer's title that a capitalised word opens ("Chief Executive", "Finance Officer").
_OFFICER_ENDS = words("executive officer")


def ends_officer_title(token: Token) -> bool:
    """Whether the untagged capitalised word closes a company officer's title that a capitalised word before it
    opens ("Chief Executive", "Chief Financial Officer"), not a body's name ("Executive" alone, "The Executive")."""
    if token.lower_ not in _OFFICER_ENDS or not token.is_title or token.ent_type_ or token.i == 0:
        return False
    opener = token.nbor(-1)
    return opener.is_title and opener.is_alpha and opener.pos_ != "DET" and not opener.ent_type_

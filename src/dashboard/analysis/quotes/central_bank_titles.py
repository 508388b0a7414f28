"""A title before a name that describes its body only as "central bank" ("Central bank governor X said", "said central
bank governor X"): when the parser hangs "central" on "bank", the words "central bank" are read as the affiliation
and cut from the title, which leaves the role "governor" and the affiliation "central bank", a description and no
name. A country has one central bank, so when the article names exactly one (the lede's "Bank of Norland") and the
title is one a central bank has (a governor, a chair), the speaker serves that bank, and the words go back into the
title ("central bank governor"), as they stay when the parser hangs "central" on the title. An article that names no
central bank, or several, and a title of any body (a spokesman) keep what they had."""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.names import clean_name
from dashboard.analysis.quotes.central_banks import is_central_bank
from dashboard.analysis.quotes.titled_bodies import serves

_DESCRIBED = "central bank"


def central_bank_of_title(docs: list[Doc], role: str, affiliation: str) -> tuple[str, str]:
    """(role, affiliation) with a bare "central bank" before the title replaced by the one central bank the article
    names ("governor", "Central bank" -> "central bank governor", "Bank of Norland"); as given otherwise."""
    if affiliation.casefold().removeprefix("the ") != _DESCRIBED or not role:
        return role, affiliation
    named = {clean_name(e.text, "ORG") for doc in docs for e in doc.ents if e.label_ == "ORG"}
    banks = {name for name in named if is_central_bank(name) and name.casefold() != _DESCRIBED}
    if len(banks) != 1:
        return role, affiliation
    bank = banks.pop()
    titled = role if _DESCRIBED in role.casefold() else f"{_DESCRIBED} {role}"  # "Deputy central bank governor"
    return (titled, bank) if serves(titled, bank) else (role, affiliation)

"""What a prosecutor is called later: "Deputy County Attorney X", "District Attorney X", "Assistant U.S. Attorney X"
or "Crown counsel X" is "the prosecutor" of a later sentence, though no word of the title is "prosecutor". The words
before "Attorney" may be read as the body the person serves ("Deputy County"), so they are looked for in the role and
the affiliation together. An attorney general heads a ministry of justice and a city attorney advises a council: news
calls neither "the prosecutor", nor any lawyer of the defence."""

from __future__ import annotations

from dashboard.analysis.names import words
from dashboard.analysis.quotes.people import Profile

#: Words that make an attorney one who prosecutes for the public ("district attorney", "state's attorney").
_PROSECUTING = words("district county state state's commonwealth commonwealth's prosecuting crown u.s. us")
#: What news calls any of them later.
_PROSECUTOR_WORDS = frozenset({"prosecutor"})


def prosecutor_words(profile: Profile) -> frozenset[str]:
    """ "prosecutor" for one whose title is a prosecuting attorney's or Crown counsel's; none for anyone else."""
    said = profile.role_words | set(profile.affiliation.lower().replace("\u2019", "'").split())
    attorney = "attorney" in said and bool(said & _PROSECUTING) and "general" not in said
    return _PROSECUTOR_WORDS if attorney or {"crown", "counsel"} <= said else frozenset()

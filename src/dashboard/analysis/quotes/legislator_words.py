"""What a member of a legislature is called later: "X, a member of the parliament's budget committee," is "the
lawmaker" of the next sentence, as "MP X" is, though neither role holds that word. News calls any member of a
parliament, congress or assembly a lawmaker, a legislator or a parliamentarian; so "Sen. X", "Rep. X" or
"Congresswoman X" is "the lawmaker" (or "the freshman lawmaker") of a later sentence."""

from __future__ import annotations

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import LEGISLATURES
from dashboard.analysis.quotes.people import Profile

#: Roles of a member of a legislature, as written before or after a name; "Sen." and "Rep." are the titles of a
#: senator and a member of a house of representatives ("Rep. X, R-Ohio,"), as no sales rep writes them.
_SEATED = words(
    "mp mep lawmaker legislator parliamentarian senator sen. rep. congressman congresswoman assemblyman assemblywoman"
)
#: What news calls a member of a legislature.
_LEGISLATOR_WORDS = words("lawmaker legislator parliamentarian mp")


def legislator_words(profile: Profile) -> frozenset[str]:
    """ "lawmaker", "legislator", "parliamentarian" and "MP" for a member of a legislature: one whose role is
    "member" of a body whose name holds a legislature's ("parliament", "congress", "Majlis"; not the White House), or
    who is called by one of those words already; none for anyone else."""
    affiliation = profile.affiliation.lower().replace("’", "'")
    named = {w.removesuffix("'s") for w in affiliation.split()}
    member = "member" in profile.role_words and bool(named & LEGISLATURES) and "white house" not in affiliation
    return _LEGISLATOR_WORDS if member or profile.role_words & _SEATED else frozenset()

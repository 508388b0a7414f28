"""The regulator "the regulator's", "the authority's" or "the watchdog's" means paragraphs after it was named.

"Britain's Competition and Markets Board blocked the takeover … (paragraphs on its chair's reasons) … X, who heads the
authority's mergers unit, said": when the article so far has named exactly one state body, the companies whose deal it
judged cannot be "the regulator", so the noun is that body however far back it was named. With two state bodies named
("the Tribunal" as well as "the Board"), the noun could mean either, and this says nothing. The far company of "the
airline's chief" is `far_companies.py`'s. A body the recogniser did not tag counts when it was the subject of a main
clause in the paragraph or the one before ("The Trans-Tasman Food Authority said …. The regulator's chief scientist").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.body_phrases import may_mean
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.organisations import STATE, organisation_type

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Nouns the business and policy press calls a state's regulator by, and no company.
REGULATOR_NOUNS = frozenset({"regulator", "watchdog", "authority"})


def far_regulator(cast: People, p: int, token: Token) -> str:
    """The one state body the article named before `token` of paragraph `p`, when `token` is "the regulator" (the
    authority, the watchdog) and may mean it; "" otherwise (an indefinite "a regulator", two state bodies named)."""
    if token.lemma_.lower() not in REGULATOR_NOUNS or not definite(token):
        return ""
    named = {name for pos, name, label in cast.orgs if pos < (p, token.i) and label == "ORG"}
    named |= {missed} if (missed := cast.missed_organisation(p, token.i)) else set()  # untagged, it spoke or acted
    states = [name for name in named if organisation_type(name) == STATE and name not in cast.profiles]
    return states[0] if len(states) == 1 and may_mean(states[0], token) else ""

"""The state a minister or leader named by a bare title speaks in, when the story places the speaking in its capital:
"Trade Minister X told a news conference in Hanoi", "President X said at the signing ceremony in La Paz", "President X
told supporters in Lusaka". A story about several states gives no one country for such a title (home_countries), yet
a capital the cue itself is placed in (its object's or its own "in <capital>") says whose officer speaks there, as
officers speak at home far more often than abroad. The capital's state must be one the lede names, by name or
adjective, so that a leader abroad in a story about other states keeps none; a capital inside what was said ("a
college in Honiara") places no speaking, and neither does one of a clause the cue does not govern."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.quotes.countries import country_called
from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.small_states import state_of_capital

#: Relations that open a clause of its own between a place and the cue: what was said, or a clause beside it.
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "pcomp"})


def state_spoken_in(doc: Doc, named: set[str]) -> str:
    """The one state among `named` (the lede's) whose capital the paragraph places a cue in; "" for none, or two.
    The capital is read from the words, whatever the recogniser tagged it ("Lusaka" an organisation, "La Paz" a
    building)."""
    found = set()
    for prep in doc:
        if prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if place is None:
            continue
        words = [c.text for c in place.children if c.dep_ == "compound" and c.i < place.i] + [place.text]
        capital = " ".join(words).casefold()
        state = state_of_capital(capital)
        if state and _hangs_on_cue(prep) and (state := country_called(state)) in named:
            found.add(state)
    return found.pop() if len(found) == 1 else ""


def _hangs_on_cue(prep: Token) -> bool:
    """Whether the "in" hangs, through nouns and prepositions only, on a cue verb ("told a news conference in
    Hanoi", "said at the ceremony in La Paz")."""
    token = prep
    while token.head.i != token.i:
        if token.dep_ in _CLAUSES:
            return False
        token = token.head
        if token.pos_ == "VERB":
            return token.lemma_.lower() in CUE_VERBS
    return False

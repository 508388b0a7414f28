"""Words the recogniser tagged an organisation that name a place, not a body: an adjective of a country ("of Nordic
power producer X", where "Nordic" names no body) and a capital whose possessive owns an envoy's or minister's title
("Abuja's envoy to the bloc", "Abuja" tagged a body): the speaker's tie is then the state, or nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from dashboard.analysis.quotes.capital_senders import state_of_capital
from dashboard.analysis.quotes.clipped_owners import named_as_noun
from dashboard.analysis.quotes.countries import adjective_tagged_a_name, country_of

if TYPE_CHECKING:
    from dashboard.analysis.quotes.mentions import Mentions


def place_tagged_a_body(ent: Span, mentions: Mentions, p: int) -> str | None:
    """The state an organisation's entity names as a place ("" for an adjective of no country), or None when it may
    name a body."""
    if adjective_tagged_a_name(ent) and not named_as_noun(ent.text, mentions.docs):
        return country_of(ent.text)
    return state_of_capital(mentions.name_of(p, ent), ent.root) or None

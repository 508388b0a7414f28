"""What a paragraph tells of a theme beyond its terms, each found by a reading of its own and added once at the
theme's own weight: trade at a market abroad or in foreign goods (`markets`, `levies`, `supplied_states`), twice that
for electricity sold across a border (`power_sales`, as much as the word "export"), for money lent to a state
(`money_lent`, as much as a "loan") and for money one state's side pays another's (`money_paid`), a venture abroad
(`ventures`), a freeze on a people's assets (`frozen_assets`), and, at its acting weight, one state recognising another
for the theme of relations between states (`recognition`). A theme with no weight for one never reads for it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.themes.frozen_assets import frozen_assets
from dashboard.analysis.themes.levies import foreign_goods
from dashboard.analysis.themes.markets import market_abroad
from dashboard.analysis.themes.money_lent import money_lent
from dashboard.analysis.themes.money_paid import money_paid
from dashboard.analysis.themes.power_sales import power_sold
from dashboard.analysis.themes.recognition import recognition
from dashboard.analysis.themes.supplied_states import supplied_state
from dashboard.analysis.themes.terms import Theme
from dashboard.analysis.themes.ventures import venture_abroad

#: The party labels of the theme of relations between states.
RELATIONS = frozenset(["GPE", "NORP"])


def told_beyond_terms(theme: Theme, doc: Doc | Span, has_term: bool) -> list[tuple[float, str]]:
    """The weight each reading adds to the theme's score, with how the explanation shows it ("market: …")."""
    found = []
    if theme.market_weight and (power := power_sold(doc)):
        found.append((2 * theme.market_weight, f"power: {power}"))
    elif theme.market_weight and (lent := money_lent(doc)):
        found.append((2 * theme.market_weight, f"lent: {lent}"))
    elif theme.market_weight and (paid := money_paid(doc)):
        found.append((2 * theme.market_weight, f"paid: {paid}"))
    elif theme.market_weight and (market := market_abroad(doc) or foreign_goods(doc, has_term) or supplied_state(doc)):
        found.append((theme.market_weight, f"market: {market}"))
    if theme.venture_weight and (venture := venture_abroad(doc)):
        found.append((theme.venture_weight, f"venture: {venture}"))
    if theme.freeze_weight and (frozen := frozen_assets(doc)):
        found.append((theme.freeze_weight, f"frozen: {frozen}"))
    if theme.acting_weight and theme.parties >= RELATIONS and (recognised := recognition(doc)):
        found.append((theme.acting_weight, f"recognition: {recognised}"))
    return found

"""Themes of the mends after the sixty-first probe batch (coups, juntas and contested elections abroad): a capital
named as where a thing is ("the port of Dakar handles the cargo bound for Mali", "the mayor of Quito said") is a place,
not its state acting on another; a freeze on assets held in another state ("froze any assets the three generals hold
in Canada") is a sanction told through the verb, trade, where a judge's freeze on assets in Delaware is none.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.names import capital_acting, party_names
from tests.theming import article

PARTIES = frozenset(["GPE", "NORP"])


def test_a_capital_named_as_where_a_thing_is_does_not_act_for_its_state(nlp):
    for text in [
        "The mayor of Quito said on Tuesday that Colombia's fans would be kept apart from home supporters.",
        "The port of Dakar handles much of the fuel bound for landlocked Mali, and traders said prices had risen.",
    ]:
        doc = nlp(text)
        assert capital_acting(doc, party_names(doc, PARTIES, [])) == "", text
    doc = nlp("Quito said on Tuesday that Colombia's envoy would be received by the foreign minister.")
    assert capital_acting(doc, party_names(doc, PARTIES, [])) == "Quito say"


def test_a_freeze_on_assets_held_in_another_state_is_trade(nlp, themes):
    frozen, judge = article(
        themes,
        nlp,
        "Sanctions on three generals",
        [
            "Canada on Tuesday froze any assets the three generals hold in Canada and barred Canadians from doing "
            "business with them.",
            "In a separate case, a judge froze the assets of a trucking firm in Delaware until its trial.",
        ],
    )
    assert "trade" in frozen, frozen
    assert "trade" not in judge, judge

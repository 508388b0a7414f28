"""Themes of a trade fair: an exhibition of a trade's sellers ("the city's annual book trade fair opened with 900
stalls") is no exchange between states or markets, as a trade show is none: its word of trade counts nothing, and
the paragraph's other words decide ("exporters ... international trade fairs" still carries trade through its
exporters). Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

VISIT = [
    "Kenya and Tanzania agreed on Tuesday to hold joint naval patrols on Lake Victoria, their defence ministers said "
    "after talks in Mwanza.",
    "In Arusha, the town's annual furniture trade fair opened with some 400 stalls of carpenters and upholsterers from "
    "across the region.",
]

EXPORTERS = [
    "The plan offers cheap loans and tax relief to exporters of olive oil and wine, and pays for their stands at "
    "international trade fairs.",
]


def test_a_town_s_trade_fair_is_no_trade(nlp, themes):
    told = article(themes, nlp, "Kenya and Tanzania to patrol Lake Victoria together", VISIT)[1]
    assert "trade" not in told, told


def test_exporters_at_trade_fairs_still_carry_trade(nlp, themes):
    told = article(themes, nlp, "Government unveils export plan", EXPORTERS)[0]
    assert told == ["trade"], told

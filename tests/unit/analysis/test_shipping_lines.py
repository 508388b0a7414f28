"""A shipping company named after the trade that calls it a line ("Danish container line X", `shipping_lines`): one
organisation that speaks as itself, an institution, not a person or product with the trade in its name; "line"
without a word of shipping's trades before it tags nothing. Fictional companies."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "COPENHAGEN, Nov 5 (Reuters) - Danish container line Holmgaard Line cut its profit forecast for the year "
            "on Wednesday, warning that freight rates had fallen by a third since the summer.",
            "Holmgaard Line",
        ),
        (
            "Norwegian container line Brattvik Line cut its forecast on Wednesday, warning that rates had fallen.",
            "Brattvik Line",
        ),
    ],
)
def test_a_line_named_after_its_trade_speaks_as_itself(nlp, text, line):
    assert profiles_of(nlp, text) == [(line, "institution", "")]


def test_a_line_without_a_trade_before_it_is_no_company(nlp):
    rows = profiles_of(nlp, "Along the front line Taras Hlynsky said the shelling had not stopped for three days.")
    assert [kind for _, kind, _ in rows] != ["institution"]

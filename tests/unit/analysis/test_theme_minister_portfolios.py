"""A minister's or a secretary's portfolio after the title is part of the voice through which a state speaks
(themes/portfolios.py): "Uganda's minister of state for fisheries said" speaks for Uganda as "Uganda's fisheries
minister said" does, so a reply to another state's protest in a story of relations is diplomacy. A minister of a firm
or a club, and a title with no state before it, stay as they were. Fictional texts on the real spaCy pipeline with the
shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.portfolios import portfolio_end
from tests.theming import article

LEAD = "Kenya protested to Uganda on Monday over the arrest of twelve fishermen on the lake."


@pytest.mark.parametrize(
    "text",
    [
        "Replying to the protest, Uganda's minister of state for fisheries said the marines had been enforcing rules.",
        "Uganda's minister for fisheries said the boats had been fishing with banned nets.",
        "Uganda's minister of state said the men had been treated well in custody.",
    ],
)
def test_a_state_speaks_through_a_minister_and_his_portfolio(themes, nlp, text):
    assert "diplomacy" in article(themes, nlp, "Kenya protests arrest of fishermen", [LEAD, text])[1]


def test_the_portfolio_ends_the_voice(nlp):
    doc = nlp("Uganda's minister of state for fisheries and animal industry said on Friday the men were freed.")
    title = next(t.i for t in doc if t.lower_ == "minister")
    assert doc[portfolio_end(doc, title + 1, len(doc))].lower_ == "said"


@pytest.mark.parametrize(
    "text",
    [
        "The club's secretary for membership said the dinner would be held in the boathouse.",
        "A former minister for sport said the stadium should have been finished years ago.",
    ],
)
def test_a_portfolio_with_no_state_is_no_voice_of_one(themes, nlp, text):
    assert "diplomacy" not in article(themes, nlp, "Club news", [text])[0]

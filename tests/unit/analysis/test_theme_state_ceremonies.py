"""State visits, royals and gifts between states and their look-alikes (the seventy-third probe batch's mends): a king
told as "the king" going on with his state visit (`programme`), electricity traded between the states that are the
verb's doers (`power_sales`), money lent to a state (`money_lent`), a social security agreement as no security of arms
(the themes file), and a state visit's ceremony borrowed by sport (`sport_ceremonies`). Fictional texts on the real
spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.money_lent import money_lent
from dashboard.analysis.themes.power_sales import power_sold
from tests.theming import article

VISIT_LEAD = (
    "King Osvald of Norway began a four-day state visit to Chile on Tuesday and was welcomed by President Rosa "
    "Iturra Valdes at La Moneda palace with a guard of honour."
)


def test_the_king_of_the_lead_goes_on_with_his_visit(themes, nlp):
    found = article(
        themes,
        nlp,
        "Norwegian king begins state visit to Chile",
        [VISIT_LEAD, "The king travels on Thursday to Punta Arenas, where he will tour a salmon farm and a school."],
    )
    assert "diplomacy" in found[1]


def test_the_king_of_a_tour_at_home_goes_on_with_nothing(themes, nlp):
    found = article(
        themes,
        nlp,
        "King tours flooded valley",
        [
            "King Osvald toured three flooded villages in the Gudbrand valley on Monday and thanked volunteers.",
            "The king travels on Thursday to Tromso, where he will open a new wing of the university hospital.",
        ],
    )
    assert "diplomacy" not in found[1]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers agreed to build a cable under the strait that would let the two countries trade electricity.",
        "Zambia and Zimbabwe already trade power through the lines that cross the dam wall.",
    ],
)
def test_electricity_traded_between_states_is_trade(themes, nlp, text):
    assert power_sold(nlp(text))
    assert "trade" in article(themes, nlp, "Grid plans", [text])[0]


def test_power_traded_between_parties_at_home_is_no_trade(themes, nlp):
    text = "The two parties have traded power in the provincial capital for three decades."
    assert power_sold(nlp(text)) == ""
    assert "trade" not in article(themes, nlp, "Provincial vote", [text])[0]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing has lent Samoa about $200 million for a new wharf and a hospital over the past decade.",
        "The fund lent $2 billion to Sri Lanka last year on condition that it raise taxes.",
    ],
)
def test_money_lent_to_a_state_is_trade(themes, nlp, text):
    assert money_lent(nlp(text))
    assert "trade" in article(themes, nlp, "Island debts", [text])[0]


@pytest.mark.parametrize(
    "text",
    [
        "The credit union lent $4 million to farmers in the valley after the floods.",
        "Sweden lent its support to the plan, the foreign minister said.",
        "The city museum lent the festival a vintage fire engine for the parade.",
    ],
)
def test_money_lent_at_home_or_things_lent_are_no_loan_to_a_state(nlp, text):
    assert money_lent(nlp(text)) == ""


def test_a_social_security_agreement_is_no_security_of_arms(themes, nlp):
    found = article(
        themes,
        nlp,
        "Chile and Norway sign accords",
        [
            VISIT_LEAD,
            "The two governments discussed Chile's plan to buy three Norwegian-built frigates and a squadron of patrol "
            "boats for its southern fjords.",
            "The visit produced a social security agreement under which workers posted to the other country will pay "
            "contributions in one country only.",
        ],
    )
    assert "military" not in found[2]
    assert "diplomacy" in found[2]


#: A local round-up names a state elsewhere, so its paragraphs may take diplomacy.
ROUND_UP = "The twinning association will take 40 members to its partner town in France in May; seats cost 90 pounds."


@pytest.mark.parametrize(
    "text",
    [
        'The chairman billed the trip as a "state visit": 2,000 fans followed the club across the county for the '
        "derby and watched it lose 3-1.",
        "The home players formed a guard of honour for the visiting side as the teams walked out before kick-off.",
    ],
)
def test_a_state_visits_ceremony_told_of_a_sports_side_is_no_diplomacy(themes, nlp, text):
    assert "diplomacy" not in article(themes, nlp, "Weekend round-up", [ROUND_UP, text])[1]


def test_a_guard_of_honour_for_a_visiting_president_keeps_its_words(themes, nlp):
    text = (
        "Chile's president was welcomed in Oslo by a guard of honour, and later watched the national team train "
        "with Norway's prime minister."
    )
    assert "diplomacy" in article(themes, nlp, "Chilean president in Oslo", [text])[0]

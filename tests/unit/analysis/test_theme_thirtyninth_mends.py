"""Themes of the mends after the thirty-ninth probe batch (the English services of continental agencies and
broadcasters): a state's own rule on its borrowing ("the debt brake", "the debt ceiling", "the national debt") is its
budget, domestic politics, not an exchange between states or markets. Fictional texts on the real spaCy pipeline with
the shipped themes file."""

from __future__ import annotations

from tests.theming import article

BUDGET = [
    "VALDORN (Nordwire) - A quarrel in Valdornia's ruling coalition over money for the army sharpened on Tuesday after "
    "Finance Minister Henrik Lassemo refused to lift the debt brake to pay for new helicopters and artillery.",
    "Lassemo, whose party is the junior partner, said the coalition had promised voters to respect the debt ceiling "
    "and that the national debt was already too high.",
]


def test_a_coalitions_debt_brake_is_no_trade(nlp, themes):
    lead = article(themes, nlp, "Valdornia Coalition Quarrels Over Army Money", BUDGET)[0]
    assert "trade" not in lead, lead
    assert "military" in lead, lead


def test_a_debt_ceiling_and_the_national_debt_are_no_trade(nlp, themes):
    minister = article(themes, nlp, "Valdornia Coalition Quarrels Over Army Money", BUDGET)[1]
    assert "trade" not in minister, minister


def test_a_debt_owed_to_foreign_creditors_is_still_trade(nlp, themes):
    owed = [
        "Valdornia agreed on Monday to reschedule 3 billion euros of debt owed to foreign creditors, the central bank "
        "said.",
    ]
    assert "trade" in article(themes, nlp, "Valdornia Reschedules Debt", owed)[0]


VISIT = [
    "KESTRA, May 4 (Nordwire) - Marovian President Ilse Varnholt began a two-day state visit to Kestra on Monday, "
    "where she will meet the prime minister and lay a wreath at the tomb of the unknown soldier.",
    "Varnholt will close the visit on Tuesday at a business forum in the old customs house, where some 200 companies "
    "from the two countries are due to meet.",
]


def test_a_business_forum_on_a_state_visit_is_trade(nlp, themes):
    forum = article(themes, nlp, "Marovian President Begins State Visit To Kestra", VISIT)[1]
    assert "trade" in forum, forum


ACCORD = [
    "TALVIK (Nordwire) - Fishermen from three coastal provinces sailed into Talvik harbour on Friday to protest "
    "against a trade accord between the Nordic Union and the Pacific Alliance of Andean states, as ministers met "
    "nearby.",
    "Protesters burned nets and flares on the quay and pelted police with fish, and officers answered with pepper "
    "spray, local radio said.",
    "The European Commission of the union wrapped up negotiations on the accord in March after nine years "
    "with Peru, Chile and Colombia, but member states and the parliament must still approve it.",
    "Marovia has led opposition to the deal, and its fisheries minister said on Friday that Kestra would not sign "
    "without changes to the text.",
    "Harbour police said eight people were detained and two officers hurt, and that the ferry to Ulmo would not sail "
    "until Saturday.",
]


def test_a_trade_accord_named_again_as_the_deal_is_trade(nlp, themes):
    verdicts = article(themes, nlp, "Fishermen Sail Into Talvik Against Pacific Accord", ACCORD)
    assert "trade" in verdicts[2], verdicts[2]
    assert "trade" in verdicts[3], verdicts[3]


def test_a_peace_accord_named_since_is_no_trade(nlp, themes):
    peace = [
        *ACCORD[:1],
        "Separately, the two rebel factions in the south signed a peace accord in Keldor after a month of fighting.",
        "Under the accord, both will hand their heavy guns to a monitoring force by the end of the year.",
    ]
    verdicts = article(themes, nlp, "Fishermen Sail Into Talvik Against Pacific Accord", peace)
    assert "trade" not in verdicts[2], verdicts[2]

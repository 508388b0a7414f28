""" "The authority's" or "the regulator's" several paragraphs after the article's one state body was named is that body
(`far_regulators`), though only the companies whose deal it judged are named since (real pipeline, texts of our
own)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_authority_is_the_one_state_body_named_however_far_back(nlp):
    rows = profiles_of(
        nlp,
        "ROME -- Italy's Market Fairness Board blocked the purchase of the ferry operator Tirreno Lines by Golfo "
        "Shipping on Friday.",
        "The regulator's president, Carla Benedetti, said the deal would leave the islands with one ferry company.",
        '"The islanders would have had nowhere else to go," Benedetti said.',
        "Paolo Serra, who heads the authority's transport unit, said fares had risen on every route Golfo ran alone.",
    )
    assert rows[-1] == ("Paolo Serra", "official", "Market Fairness Board")


def test_two_state_bodies_named_leave_the_authority_unsaid(nlp):
    rows = profiles_of(
        nlp,
        "ROME -- Italy's Market Fairness Board blocked the purchase of Tirreno Lines by Golfo Shipping on Friday, and "
        "the Council of State will hear the appeal.",
        "The regulator's president, Carla Benedetti, said the deal would leave the islands with one ferry company.",
        '"The islanders would have had nowhere else to go," Benedetti said.',
        "Paolo Serra, who heads the authority's transport unit, said fares had risen on every route Golfo ran alone.",
    )
    assert rows[-1][2] != "Market Fairness Board"

"""Themes of the mends of what the fortieth to forty-ninth probe batches still missed: a regional bloc or a trade
initiative named as the market or the setter of a trade figure or measure ("exports to ASEAN countries", "Belt and
Road partner countries", "the price cap set by the Group of Seven") is no word of relations between states when it is
all diplomacy has in a paragraph of trade; news set apart from its article's story ("Separately, a court ...") keeps
its own verdict, and so does the paragraph that goes on with it; a national team's head coach is no word of relations
between states, whatever states its matches are against. Nor is a person's manner told by comparison ("one of the
more diplomatic Speakers"). Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

LEAD = (
    "VIENTIANE - Laos's exports rose 9 percent in the first half on strong demand for rubber and potash, the customs "
    "office said on Monday."
)
BLOC_MARKETS = [
    "Laos's trade with Vietnam, its largest trading partner among ASEAN members, reached $1.9 billion.",
    "Laos's trade with Belt and Road partner countries such as Kazakhstan and Pakistan made up 46 percent of the "
    "total, the commerce ministry said.",
    "Customs officers from Laos boarded a barge on the Mekong carrying Russian crude sold above the price cap set by "
    "the Group of Seven and its allies.",
]


@pytest.mark.parametrize("text", BLOC_MARKETS)
def test_a_bloc_as_the_market_or_setter_of_a_trade_figure_is_no_relations(nlp, themes, text):
    told = article(themes, nlp, "Laos's exports climb", [LEAD, text])[1]
    assert told == ["trade"], told


def test_a_bloc_s_summit_in_a_trade_paragraph_is_still_relations(nlp, themes):
    met = "Leaders of ASEAN countries met in Vientiane and agreed to cut tariffs on rice traded between them."
    told = article(themes, nlp, "Laos's exports climb", [LEAD, met])[1]
    assert "diplomacy" in told, told


COPPER = [
    "SANTIAGO - Chile's copper exports rose 11 percent in May on strong demand from smelters in Asia, the central bank "
    "said on Monday, as talks with Beijing on lower tariffs for refined metal entered a third week.",
    "Exporters said shipments to China and South Korea had more than doubled since the start of the year.",
    "Separately, a court in Valparaiso struck down a city rule that charged food-truck owners a yearly fee, saying "
    "only the national congress could set such levies.",
    "Separately, the hearing-aid maker Andes Sonica unveiled a plan to double its sales by 2028 and open a plant in "
    "Temuco with 300 workers.",
    "Its chief executive, Rosa Quilapan, called the plan a turning point for the firm.",
    "Separately, customs data showed copper exports to Japan rose 20 percent in the same month.",
]


def test_news_set_apart_from_a_trade_story_keeps_its_own_verdict(nlp, themes):
    told = article(themes, nlp, "Chile's copper exports climb as tariff talks go on", COPPER)
    assert told[2:5] == [[], [], []], told
    assert "trade" in told[5], told


ENVOY = [
    "The EU ambassador to Moldova said on Tuesday that the country's accession talks had stalled after parliament "
    "passed a law restricting foreign-funded charities.",
    "Brussels has frozen 20 million euros in budget support and summoned Moldova's envoy to explain the law.",
    "Moldova's national team head coach, Radu Ceban, was praised by the football federation for calming a dispute "
    "between two senior players ahead of the Nations League matches against Latvia and Malta.",
]


def test_a_national_team_s_head_coach_is_no_relations_between_states(nlp, themes):
    coached = article(themes, nlp, "EU envoy says Moldova's accession talks stalled", ENVOY)[2]
    assert "diplomacy" not in coached, coached


CHAMBER = [
    "Kenya's trade minister defended the dairy chapter of the new trade deal with India before parliament on Tuesday.",
    "Question time grew heated when the Speaker, Miriam Otieno, ordered a member out for shouting. Otieno, seen as "
    "one of the more diplomatic Speakers of the chamber, said later she regretted it.",
]


def test_a_speaker_s_diplomatic_manner_is_no_relations_between_states(nlp, themes):
    ordered = article(themes, nlp, "Minister defends dairy chapter of India deal", CHAMBER)[1]
    assert "diplomacy" not in ordered, ordered

"""A given name the recogniser took for a place before a joined surname it left untagged ("Gwenaël" a place and
"Quenneville-Darrow" nothing, as it tags them from the text alone) is one person with the surname when a person's
sign follows it: a person's description, ", who", a verb of saying, or a verb with "his" or "her" object
(placed_given_names.py). Places and companies joined by a hyphen keep their tags."""

from __future__ import annotations

import pytest

from dashboard.analysis.entities import entity_rows
from dashboard.sources import Article, Paragraph
from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    "lead",
    [
        "Gwenaël Quenneville-Darrow, a grower, says the frost came late.",
        "Ysolde Quenneville-Obasi, a grower, says the frost came late.",
        "Wenceslas Quenneville-Obasi, a grower, says the frost came late.",
    ],
)
def test_a_person_described_after_a_given_name_taken_for_a_place_is_named_in_full(nlp, lead):
    name = " ".join(lead.split(",")[0].split())
    rows = said_by(nlp, lead, f"{L}We lost the early crop,{R} he says.")
    assert rows == [(name, "the frost came late"), (name, f"{L}We lost the early crop,{R}")]


@pytest.mark.parametrize("given", ["Gwenaël", "Ysolde", "Wenceslas"])
def test_a_speaker_after_a_given_name_taken_for_a_place_is_named_in_full(nlp, given):
    rows = said_by(nlp, f"{given} Quenneville-Darrow said the mill would reopen.")
    assert rows == [(f"{given} Quenneville-Darrow", "the mill would reopen")]


@pytest.mark.parametrize("given", ["Gwenaël", "Ysolde"])
def test_a_person_who_sells_his_own_lunches_is_the_described_speaker_after(nlp, given):
    rows = said_by(
        nlp,
        f"{L}Mine did too.{R} {given} Quenneville-Darrow, the tour operator, now sells his lunches in October. Fall "
        "bookings have almost made up for the winter, says the tour operator.",
    )
    assert rows == [(f"{given} Quenneville-Darrow", "Fall bookings have almost made up for the winter")]


def _labels(nlp, text: str) -> dict[str, str]:
    article = Article("test-article", "A test article", (Paragraph(0, "", text),))
    return {row["text"]: row["label"] for row in entity_rows(article.article_id, [nlp(text)])}


@pytest.mark.parametrize(
    "text",
    [
        "Flights from Montreal-Trudeau were delayed, the airport said.",
        "Researchers at Paris-Saclay said the results were early.",
        "Baden-Württemberg will fund the trial, the state said.",
        "Rolls-Royce, the engine maker, said orders rose.",
        "Marston-Keele Aerospace and Harwick-Lane Foods said little about the deal.",
    ],
)
def test_places_and_companies_joined_by_a_hyphen_are_no_people(nlp, text):
    assert "PERSON" not in _labels(nlp, text).values()

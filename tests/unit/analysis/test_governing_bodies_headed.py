"""A person brought in by a clause of running a board, commission, council, bureau, panel or directorate the article
named before ("X, who heads the board," after "Peru's Air Accident Investigation Board"; texts of our own): the body is
the one named before, and a state body's head is an official; a board of a company named before is the company's."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_head_of_an_accident_board_named_before_is_its_official(nlp):
    rows = profiles_of(
        nlp,
        "The preliminary report by Ruvania's Air Accident Investigation Board found that the crew had lost control.",
        "Marta Osterby-Lund, who heads the board, told reporters that a sensor had failed minutes after take-off.",
    )
    assert rows == [("Marta Osterby-Lund", "official", "Air Accident Investigation Board")]


def test_the_head_of_a_commission_named_before_is_its_official(nlp):
    rows = profiles_of(
        nlp,
        "The Federal Fair Trade Commission opened an inquiry into the merger of two grain traders on Monday.",
        "Jonas Vetterli-Crane, who chairs the commission, said the inquiry would take at least a year.",
    )
    assert rows == [("Jonas Vetterli-Crane", "official", "Federal Fair Trade Commission")]


def test_the_head_of_a_directorate_named_before_is_its_official(nlp):
    rows = profiles_of(
        nlp,
        "Ruvania's Offshore Energy Directorate approved the gas field on Tuesday.",
        "Ingrid Halse-Morrow, who runs the directorate, said the field would start pumping in 2029.",
    )
    assert rows == [("Ingrid Halse-Morrow", "official", "Offshore Energy Directorate")]


def test_the_chair_of_a_company_board_is_the_company_s(nlp):
    rows = profiles_of(
        nlp,
        "Torvik Motors said on Monday it would cut 900 jobs at its plant in Alsund.",
        "Petra Vallin-Shaw, who chairs the board, said the cuts were overdue.",
    )
    assert rows[-1] == ("Petra Vallin-Shaw", "other", "Torvik Motors")


def test_a_board_with_its_own_description_names_no_body_before(nlp):
    rows = profiles_of(
        nlp,
        "The Federal Fair Trade Commission opened an inquiry into the merger of two grain traders on Monday.",
        "Jonas Vetterli-Crane, who heads the board of a children's charity, said the inquiry was overdue.",
    )
    assert rows[0][2] != "Federal Fair Trade Commission"

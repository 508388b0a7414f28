"""A body's board or committee that speaks speaks as the body, and so does "the board" later in the story."""

from __future__ import annotations

from tests.quoting import said_by

_TEMPLE = (
    "The board of the Sri Murugan Temple Society in Hollowfield says it will hire a night guard after thieves took two "
    "bronze lamps from its hall on Tuesday."
)


def test_the_board_of_a_society_speaks_as_the_society_and_so_does_the_board_later(nlp):
    """ "The board of the … Society says …" spoke as "board"; then "The board said …" spoke as "board" again."""
    later = "The board said in a letter to members that the lamps had been donated by a family in 1994."
    assert [s for s, _ in said_by(nlp, _TEMPLE, later)] == ["Sri Murugan Temple Society"] * 2


def test_the_board_of_directors_of_a_club_speaks_as_the_club(nlp):
    """ "The board of directors of the … Club said": the members' word stands between the organ and its body."""
    paragraph = (
        "The board of directors of the Larchmere Cricket Club said the pitch would stay closed until the drains were "
        "fixed."
    )
    assert [s for s, _ in said_by(nlp, paragraph)] == ["Larchmere Cricket Club"]


def test_a_board_of_no_named_body_is_not_the_body_an_earlier_board_belonged_to(nlp):
    """ "The board of health said" after the society's board spoke: a board of its own, not the society's."""
    health = "The board of health said the water at three beaches was unsafe for swimming."
    assert [s for s, _ in said_by(nlp, _TEMPLE, health)][1] != "Sri Murugan Temple Society"


def test_the_council_of_a_first_nation_speaks_as_the_nation(nlp):
    """ "The council of Whitespruce First Nation said": a band council is how a First Nation speaks, as a board is a
    club's or a company's."""
    paragraph = (
        "The council of Whitespruce First Nation said in a news release that the new arena would open in the spring."
    )
    assert [s for s, _ in said_by(nlp, paragraph)] == ["Whitespruce First Nation"]


def test_a_court_s_panel_speaks_as_the_court_and_so_does_the_panel_later(nlp):
    """ "A panel of the Arkansas Court of Appeals said": the judges a court sits in rule as the court, and "the panel"
    later in the story is the same court again."""
    paragraph = "A three-judge panel of the Arkansas Court of Appeals said the county had no power to close the road."
    later = "The panel said the county could ask the full court to hear the case again."
    assert [s for s, _ in said_by(nlp, paragraph, later)] == ["Arkansas Court of Appeals"] * 2


def test_a_panel_of_experts_is_no_body_that_it_speaks_for(nlp):
    """ "A panel of experts said": experts are no named body, so the panel is not handed to one."""
    paragraph = "A panel of experts said the bridge could stay open until the spring."
    assert "experts" not in [s for s, _ in said_by(nlp, paragraph)]


def test_a_tribunal_at_a_centre_speaks_as_the_centre(nlp):
    """ "The three-member tribunal at the … Centre said": the arbitral tribunal the centre set up speaks as it (an
    "at" ties it as an "of" does), not as its own description."""
    award = (
        "The three-member tribunal at the Lusaka Centre for Investment Disputes said Ruritel had been denied a fair "
        "hearing by the telecoms regulator."
    )
    assert [s for s, _ in said_by(nlp, award)] == ["Lusaka Centre for Investment Disputes"]

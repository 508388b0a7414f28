""" "Called out X for Y", a criticism (GUIDELINES lists "criticize"): the one called out and why are what was said
(texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by

_INTRO = "Nora Vance has chaired the Alder Bay ferry board for a decade."


def test_called_out_a_rival_for_a_deed(nlp):
    rows = said_by(nlp, _INTRO, "Vance called out her rival Tom Reyes for ignoring the riders of the night ferry.")
    assert rows == [("Nora Vance", "her rival Tom Reyes for ignoring the riders of the night ferry")]


def test_calls_out_companies_by_name(nlp):
    rows = said_by(nlp, _INTRO, "Vance often calls out the ferry companies and their owners by name.")
    assert rows == [("Nora Vance", "the ferry companies and their owners by name")]

"""A title with a given name points back to the one person of the article named in full with it ("Sister Marguerite
said" after "Sister Marguerite Olsby, a nun,"), and to no one when two people share the given name."""

from __future__ import annotations

from dashboard.analysis.quotes.titled_given_names import holder_of_titled_given_name
from tests.quoting import said_by


def test_a_nun_called_by_her_title_and_given_name_is_the_nun_named_in_full(nlp):
    rows = said_by(
        nlp,
        "“We gave out 400 coats,” said Sister Marguerite Olsby, a nun who runs the soup kitchen.",
        "Sister Marguerite said the kitchen would stay open on Christmas morning.",
    )
    assert ("Marguerite Olsby", "the kitchen would stay open on Christmas morning") in rows


def test_a_title_and_given_name_shared_by_two_people_names_no_one():
    names = ["Bernadette Quill", "Bernadette Oakes"]
    assert holder_of_titled_given_name(names, "Sister Bernadette") == ""
    assert holder_of_titled_given_name(["Tomas Ketter"], "Father Tomas") == "Tomas Ketter"
    assert holder_of_titled_given_name(["Tomas Ketter"], "Tomas Ketter") == ""


def test_a_priest_called_father_and_his_given_name_is_the_priest_named_in_full(nlp):
    rows = said_by(
        nlp,
        "“The roof leaks in six places,” said Father Tomas Ketterby, the parish priest.",
        "Father Tomas said the parish would hold a raffle to pay for it.",
    )
    assert ("Tomas Ketterby", "the parish would hold a raffle to pay for it") in rows

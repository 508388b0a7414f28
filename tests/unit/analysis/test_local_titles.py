"""Titles of local news before a name, on the real pipeline: councillors, members of provincial legislatures,
police ranks in their abbreviations and trades written as titles are no part of the speaker's name (texts of our
own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_councillor_s_or_an_mla_s_title_is_left_out_of_the_name(nlp):
    rows = said_by(
        nlp,
        "Councillor Jane Moss said the bylaw would pass in June.",
        "\u201cIt is a start, but it is not enough,\u201d said Coun. Maria Santos, who voted for the plan.",
        "NDP MLA Omar Haddad said the province should pay for the bridge.",
    )
    assert [speaker for speaker, _ in rows] == ["Jane Moss", "Maria Santos", "Omar Haddad"]


def test_an_abbreviated_police_rank_ends_no_sentence(nlp):
    rows = said_by(
        nlp,
        "Const. Ravi Gill said the driver was taken to hospital with minor injuries. Staff Sgt. Lena Ortiz said the "
        "road would reopen by noon.",
    )
    assert rows == [
        ("Ravi Gill", "the driver was taken to hospital with minor injuries"),
        ("Lena Ortiz", "the road would reopen by noon"),
    ]


def test_a_trade_written_as_a_title_is_no_part_of_the_name_but_a_surname_like_a_trade_is(nlp):
    rows = said_by(
        nlp,
        "Fisherman Ole Brandt said the harbour was too crowded. Paul Farmer said the boats could moor upriver.",
    )
    assert [speaker for speaker, _ in rows] == ["Ole Brandt", "Paul Farmer"]

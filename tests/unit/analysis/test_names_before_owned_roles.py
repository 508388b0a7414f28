"""A speaker's name set off before a role owned by someone with a hyphenated name ("said Ann Roe, Vale-Amadi’s
campaign manager"), which the parser may read as the role speaking with the name hung on it: the name spoke."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“She owned that stage,” said Hollis Dunmore-Achebe, Quenneville-Obi’s campaign manager.",
            "Hollis Dunmore-Achebe",
        ),
        (
            "“She owned that stage,” said Hollis Dunmore-Achebe, Quenneville-Obi’s campaign manager. “He came in "
            "as the front-runner and left as the guy who had to explain his plan three times.”",
            "Hollis Dunmore-Achebe",
        ),
        (
            "“The numbers are on our side,” said Bettina Ruskvold, Carrow-Lindqvist’s deputy campaign manager.",
            "Bettina Ruskvold",
        ),
    ],
)
def test_the_name_before_the_owned_role_speaks(nlp, text, speaker):
    quotes = said_by(nlp, "The debate ended after ninety minutes.", text)
    assert [s for s, _ in quotes] == [speaker], quotes


def test_a_role_with_no_name_before_it_stays_unnamed(nlp):
    quotes = said_by(
        nlp,
        "The debate ended after ninety minutes.",
        "“She owned that stage,” said Quenneville-Obi’s campaign manager, who asked not to be named.",
    )
    assert [s for s, _ in quotes] == [""], quotes

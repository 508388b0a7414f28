"""Organisations spoken of again without their name: one named "X of Y" is then "the x" ("the college"), the noun
that heads its name before the "of"; "it" right after "A spokesperson for X said" is X. Fictional texts."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize("name", ["College of Nurses of Ontario", "College of Physicians and Surgeons of Nova Scotia"])
def test_the_noun_before_of_in_a_name_named_before_is_that_organisation(nlp, name):
    """ "… written to the College of Nurses of Ontario twice. The college said …": no list knows "college" for a
    body, and the name does not end with it, but heads it."""
    rows = said_by(
        nlp,
        f"Nurses in Sudbury say they cannot keep up with the new rules. Their union has written to the {name} twice. "
        "The college said in an email that the rules protect patients.",
    )
    assert rows[-1] == (name, "the rules protect patients")


def test_it_after_a_spokesperson_for_a_body_is_that_body(nlp):
    """ "A spokesperson for Halton Transit said … It said …": the body the spokesperson spoke for, not the union that
    was the last organisation to speak before."""
    rows = said_by(
        nlp,
        "The Amalgamated Transit Union says drivers have been assaulted twice this month. Local president Dana Kerr "
        "said the union wants a guard on every late bus.",
        "A spokesperson for Halton Transit said in an email that the agency takes the safety of drivers seriously. It "
        "said cameras will be installed on every bus by June.",
    )
    assert rows[-1] == ("Halton Transit", "cameras will be installed on every bus by June")

"""A chairwoman or chairperson named after the body she chairs ("The chairwoman of the Ohio Democratic Party, Ilsabet
Varnhagen-Coole, said …"), the name hung by the parser on the body: as with a chairman, the name set off after the
body is the one the role describes, and she speaks for that body."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("text", "speaker", "body"),
    [
        (
            "The chairwoman of the Ohio Democratic Party, Ilsabet Varnhagen-Coole, said the party would open 12 more "
            "field offices.",
            "Ilsabet Varnhagen-Coole",
            "Ohio Democratic Party",
        ),
        (
            "The chairperson of the Marrowfield Tenants Association, Ilsabet Varnhagen-Coole, said rents had risen "
            "for a third straight year.",
            "Ilsabet Varnhagen-Coole",
            "Marrowfield Tenants Association",
        ),
        (
            "The chairman of the Ohio Democratic Party, Toller Brandqvist-Hume, said the party would open 12 more "
            "field offices.",
            "Toller Brandqvist-Hume",
            "Ohio Democratic Party",
        ),
    ],
)
def test_the_name_set_off_after_the_body_speaks_for_it(nlp, text, speaker, body):
    profiles = profiles_of(nlp, "The poll was released on Tuesday.", text)
    assert [(s, a) for s, _, a in profiles] == [(speaker, body)], profiles


def test_a_chairwoman_with_no_name_stays_unnamed(nlp):
    profiles = profiles_of(
        nlp,
        "The poll was released on Tuesday.",
        "The chairwoman of the Ohio Democratic Party said the party would open 12 more field offices.",
    )
    assert [(s, k) for s, k, _ in profiles] == [("", "unnamed")], profiles

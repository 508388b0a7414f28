""" "Underlined", as agencies write it, is a cue as "underscored" is (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_underlined_is_a_cue_with_a_clause_or_an_object(nlp):
    rows = said_by(
        nlp,
        "Governor Mirela Vasko opened the new ferry terminal at Drenova on Sunday.",
        'Vasko underlined that the province would "spare no effort" to draw shipping lines to the port.',
        "Harbour master Teodor Lisac underlined the importance of the terminal for the islands.",
    )
    assert rows == [
        ("Mirela Vasko", 'the province would "spare no effort" to draw shipping lines to the port'),
        ("Teodor Lisac", "the importance of the terminal for the islands"),
    ]

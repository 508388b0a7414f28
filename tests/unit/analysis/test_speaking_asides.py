"""A name before ", speaking on <a broadcaster's programme>," speaks, not the programme (speaking_asides.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_name_before_a_speaking_aside_is_the_speaker(nlp):
    said = said_by(
        nlp,
        "The minister, Conal Breathnach-Hale, faced questions about the leak on Monday.",
        "Mr Breathnach-Hale, speaking on BBC Radio 4’s World at One programme, said the paper was ‘a stale draft’.",
    )
    assert said == [("Conal Breathnach-Hale", "the paper was ‘a stale draft’")]

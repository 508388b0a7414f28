"""An "it" inside a sentence whose own subject is a common noun, when the last name before it is only a place (texts
of our own): "his team in Ohio is bracing … for a race that it says will …" is the team's word, and "The Nordland
constitution makes no mention …, although it does say …" the constitution's (a document: no speaker), not the
place's."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_an_it_takes_up_its_sentences_subject_not_a_place_named_in_passing(nlp):
    rows = said_by(
        nlp,
        "Now, his team in Ohio is bracing supporters for a drawn-out race that it says will reward the senator's "
        "staying power.",
        "The Nordland constitution makes no specific mention of nuclear arms, although it does say that Nordland "
        f"agrees to {L}renounce war.{R}",
    )
    assert not [speaker for speaker, _ in rows if speaker in ("Ohio", "Nordland")]

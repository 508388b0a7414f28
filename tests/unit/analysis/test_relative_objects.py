"""A relative pronoun the parser made a second subject of a cue (texts of our own): in "Talbot, who Corrin on Friday
called “a coward”" the clause's own subject, Corrin, spoke, and "who" is the one called."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_subject_after_a_relative_pronoun_speaks(nlp):
    rows = said_by(
        nlp,
        f"Much of Corrin's anger was aimed at Talbot, who Corrin on Friday called {L}a cowardly and dishonest man.{R}",
    )
    assert [speaker for speaker, _ in rows] == ["Corrin"]


def test_a_relative_pronoun_alone_still_speaks_for_its_noun(nlp):
    rows = said_by(nlp, f"Mayor Ada Brasher, who called the plan {L}a disgrace to the county,{R} left early.")
    assert [speaker for speaker, _ in rows] == ["Ada Brasher"]

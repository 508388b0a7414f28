"""A people's adjective that ends a clause before a cue set off in mid-sentence ("Two of the dead were Bolivian,
Bolivia's embassy said, and …") is what was said, not a word of the speaker's name (predicate_peoples.py). Fictional
texts."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_nationality_before_a_set_off_cue_stays_in_what_was_said(nlp):
    rows = said_by(
        nlp,
        "Two of the dead were Bolivian, Bolivia’s embassy in Santiago said, and a third was a Peruvian student.",
    )
    assert [speaker for speaker, _ in rows] == ["Bolivia’s embassy in Santiago"]
    assert rows[0][1].startswith("Two of the dead were Bolivian")


def test_the_same_shape_with_another_people_and_embassy(nlp):
    rows = said_by(
        nlp,
        "Four of the injured were Kenyan, Kenya’s embassy in Kampala said, and all were in a stable condition.",
    )
    assert [speaker for speaker, _ in rows] == ["Kenya’s embassy in Kampala"]
    assert "were Kenyan" in rows[0][1]


def test_a_nationality_that_describes_the_speaker_stays_with_it(nlp):
    rows = said_by(nlp, "The Bolivian embassy said two of the dead were students.")
    assert rows == [("Bolivian embassy", "two of the dead were students")]

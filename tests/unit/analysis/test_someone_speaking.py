""" "Someone" or "somebody" as the subject of a cue is one person the writer does not name: an unnamed source of what
was asked or said (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_someone_asking_is_an_unnamed_source(nlp):
    text = "Then someone asked how the councilwoman could win over young voters the way her rival had."
    assert said_by(nlp, text) == [("", "how the councilwoman could win over young voters the way her rival had")]


def test_somebody_telling_is_an_unnamed_source(nlp):
    text = "Somebody told the governor that without the farm vote his bid for a second term is finished."
    assert said_by(nlp, text) == [("", "without the farm vote his bid for a second term is finished")]


def test_someone_in_a_condition_says_nothing(nlp):
    assert said_by(nlp, "If someone says the bridge is safe, ask to see the latest inspection report.") == []


def test_somebody_in_a_quoted_example_says_nothing_of_their_own(nlp):
    text = (
        '"But dealers should be held to account," Vance said. "So if somebody comes into the shop and says, '
        '\u201cI need ten thousand rounds,\u201d you ought to ask questions."'
    )
    assert all(speaker == "Vance" for speaker, _ in said_by(nlp, text)), said_by(nlp, text)

"""Who speaks in a participle after a clause about something else, and in a transcript turn by a known surname
(real pipeline, texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Harbour master Ada Brenn rejected the idea that the new pier would be a burden on the town, saying the "
            "ferry fees would pay for it within ten years.",
            "Ada Brenn",
            "the ferry fees would pay for it within ten years",
        ),
        (
            "Councillor Tom Reyes dismissed a plan that the mayor had drawn up in secret, saying it would close the "
            "north beach for a whole summer.",
            "Tom Reyes",
            "it would close the north beach for a whole summer",
        ),
        (
            "The mill's owner, Ian Moss, fired back with a response saying he would not sell the land to the county.",
            "Ian Moss",
            "he would not sell the land to the county",
        ),
    ],
)
def test_a_participle_after_a_clause_about_a_thing_is_said_by_the_subject_of_the_sentence(nlp, text, speaker, said):
    assert said_by(nlp, text) == [(speaker, said)]


def test_a_transcript_turn_by_a_surname_the_article_gave_is_that_person(nlp):
    rows = said_by(
        nlp,
        "The radio host Ann Matthews spoke with the economist Luis Ortega about the harbour tax.",
        "Matthews: Well, a tax on ferries is a tax on the poor.",
        "Ortega: Not if the money goes back into the timetable.",
        "Markets: Shares of Harbour Freight fell two percent.",
    )
    assert rows == [
        ("Ann Matthews", "Well, a tax on ferries is a tax on the poor."),
        ("Luis Ortega", "Not if the money goes back into the timetable."),
    ]


def test_a_cue_closing_the_sentence_may_name_who_was_told(nlp):
    rows = said_by(
        nlp,
        "Mayor Ada Brenn remains committed to rebuilding the pier before summer, her chief of staff, Ian Moss, told "
        "the Coastal Ledger.",
    )
    assert rows == [("Ian Moss", "Mayor Ada Brenn remains committed to rebuilding the pier before summer")]

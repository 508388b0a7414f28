"""What a poll or a study is reported to suggest is a claim it makes for the people it asked or who made it; a
document that suggests only introduces words in quotation marks (real pipeline, texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

FINDINGS = [
    (
        "A new statewide poll suggests that Mayor Dana Orlett could carry the suburbs in the fall.",
        "Mayor Dana Orlett could carry the suburbs in the fall",
    ),
    (
        "But exit polls suggested that turnout among voters under 30 fell by a third from four years ago.",
        "turnout among voters under 30 fell by a third from four years ago",
    ),
    (
        "Surveys suggest that even some Republicans in the county find the challenger cold and distant.",
        "even some Republicans in the county find the challenger cold and distant",
    ),
    (
        "Research suggests that the closing of the mills deepened the partisan divide in the valley towns.",
        "the closing of the mills deepened the partisan divide in the valley towns",
    ),
    (
        "A study by two economists at a state university indicates that the tariffs cost the region 3,000 jobs.",
        "the tariffs cost the region 3,000 jobs",
    ),
]


@pytest.mark.parametrize(("text", "claim"), FINDINGS)
def test_a_poll_or_a_study_suggesting_reports_what_it_found(nlp, text, claim):
    assert said_by(nlp, text) == [("", claim)]


def test_a_document_suggesting_reports_no_speech(nlp):
    assert said_by(nlp, "The budget plan suggests that the town will raise bus fares next spring.") == []
    assert said_by(nlp, "The leaked memo suggests the campaign knew about the donations for months.") == []


@pytest.mark.parametrize(
    "text",
    [
        "QUITO, May 4 (Reuters) - Ecuador recalled its ambassador to Colombia for consultations on Monday after "
        "Colombia's Congress passed a law claiming a chain of islands that fishermen from both countries have worked "
        "for a century.",
        "The treaty says that both navies must stay out of the strait during the fishing season each spring.",
        "The new constitution says that the islands belong to the republic and can never be sold.",
    ],
)
def test_a_text_of_law_reports_no_speech(nlp, text):
    assert said_by(nlp, text) == []  # "a law claiming …" was a quote of an unnamed "law"

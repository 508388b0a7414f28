"""A wire dateline is never part of who spoke: the parser may hang the place on the speaker's phrase, or make it a
second subject with the agency in its parentheses (fictional text)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "DOHA (Reuters) - Qatar's foreign ministry said on Sunday that talks on the release of the hostages had "
            "stalled.",
            "Qatar's foreign ministry",
        ),
        (
            "NEW DELHI (Reuters) - India's foreign ministry said on Thursday it had summoned the envoy.",
            "India's foreign ministry",
        ),
        (
            "DOHA (AFP) - Qatar's Ministry of Foreign Affairs said on Sunday that talks on the release of the two "
            'hostages were "at an advanced stage".',
            "Qatar's Ministry of Foreign Affairs",
        ),
    ],
)
def test_the_dateline_is_left_out_of_the_speaker(nlp, paragraph, speaker):
    assert profiles_of(nlp, paragraph) == [(speaker, "institution", "")]


def test_a_speaker_set_in_apposition_to_the_dateline_still_speaks(nlp):
    paragraph = "LONDON (Reuters) - Harbor Re said on Monday it would cut 300 jobs."
    assert [speaker for speaker, _, _ in profiles_of(nlp, paragraph)] == ["Harbor Re"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "MADRID (Reuters) - Pilar Ortuzar said the bank would raise rates.",
        "BERLIN (Reuters) - Ulrike Brandstaetter told reporters the coalition would hold.",
    ],
)
def test_an_untagged_person_after_the_dateline_is_no_organisation(nlp, paragraph):
    """A name that opens on a given name the lexicon knows is a person's, though the recogniser tagged nothing."""
    assert [kind for _, kind, _ in profiles_of(nlp, paragraph)] == ["other"]


def test_a_company_described_by_an_apposition_after_the_dateline_is_named(nlp):
    """The parser may hang the name on the dateline; ending as a company's name does and described by an apposition,
    it is the company that "Maumee Valley said" calls back."""
    rows = profiles_of(
        nlp,
        "TOLEDO, Ohio, May 2 (Reuters) - Maumee Valley Bancorp, a regional lender with 60 branches in Ohio, posted a "
        "15% fall in quarterly profit on Tuesday.",
        "Maumee Valley said it would close nine branches this year.",
    )
    assert rows == [("Maumee Valley Bancorp", "institution", "")]

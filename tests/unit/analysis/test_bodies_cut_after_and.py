"""Organisations whose names join two fields by "and" ("the Energy and Chemical Workers Alliance"), which the
recogniser tags only up to the "and" ("Energy"): the officer "the union's" or "its" ties to it is the whole body's, not
the first word's, nor a place in the role ("The union's Alberta director"). Fictional texts of our own, gold written
before any run."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of

_GUILD = "The Energy and Chemical Workers Guild said it would hold a strike vote at three paper mills next week."

#: (id, paragraphs, speaker, kind, affiliation): the gold profile of the speaker's quote.
CASES = [
    (
        "the-unions-officer",
        (_GUILD, "The union's regional secretary, Aaron Pike, said members had not had a raise in three years."),
        "Aaron Pike",
        "other",
        "Energy and Chemical Workers Guild",
    ),
    (
        "its-officer-of-a-province",
        (_GUILD, "Its Ontario director, Leah Brandt, said the vote would be held over two days."),
        "Leah Brandt",
        "other",
        "Energy and Chemical Workers Guild",
    ),
    (
        "the-unions-officer-of-a-province",
        (_GUILD, "The union's Ontario director, Leah Brandt, said the vote would be held over two days."),
        "Leah Brandt",
        "other",
        "Energy and Chemical Workers Guild",
    ),
]


@pytest.mark.parametrize("paragraphs, speaker, kind, affiliation", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_officer_of_a_body_cut_at_its_and_is_the_whole_bodys(nlp, paragraphs, speaker, kind, affiliation):
    rows = [r for r in quote_rows_of(nlp, *paragraphs) if r["speaker"] == speaker]
    assert [(r["speaker_kind"], r["affiliation"]) for r in rows] == [(kind, affiliation)]

"""A given name left untagged before a name of two surnames, as Spanish and Portuguese names are written: "The
agency's chief, Beatriz Quilodrán Soto," comes out as the person "Quilodrán Soto" with "Beatriz" hung on it as a
compound, and "chief pilot Anders Lindhardt" as the person "Lindhardt". The given name is part of the speaker's name
(given_named_people; texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The agency's chief, Beatriz Quilodrán Soto, told a news conference that the mirror would be rebuilt by "
            "a supplier in Germany.",
            "Beatriz Quilodrán Soto",
        ),
        (
            "The port authority's director, Beatriz Ocampo Villanueva, said the new cranes would arrive in May.",
            "Beatriz Ocampo Villanueva",
        ),
        (
            "Kestrup Aviation's chief pilot Anders Lindhardt said the aircraft had lost power over the water.",
            "Anders Lindhardt",
        ),
    ],
)
def test_a_given_name_hung_on_two_surnames_is_part_of_the_speaker_s_name(nlp, text, speaker):
    assert [name for name, _ in said_by(nlp, text)] == [speaker]


def test_a_title_word_before_a_name_stays_out_of_it(nlp):
    text = "Mayor Elena Ruiz Tagle said the bridge would reopen on Friday."
    assert [name for name, _ in said_by(nlp, text)] == ["Elena Ruiz Tagle"]

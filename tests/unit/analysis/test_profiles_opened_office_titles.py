""" "Kenya's Principal Secretary for Trade, X", "Ghana's Permanent Representative to the United Nations, X": a title
opened by a word of rank ("Principal", "Permanent") is an office of the state, not an organisation called by that word
that the person would work for; names that open with such a word ("Principal Ridge Capital") stay names. Fictional
statements throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Kenya's Principal Secretary for Trade, Daniel Kiprotich Sang, said the tariff would be reviewed in June.",
            [("Daniel Kiprotich Sang", "official", "Kenya")],  # was an executive of "Principal"
        ),
        (
            "Jamaica's Permanent Secretary for Foreign Affairs, Marcia Hylton-Grant, said the talks would resume.",
            [("Marcia Hylton-Grant", "official", "Jamaica")],  # was an executive of "Permanent"
        ),
        (
            "Ghana's Permanent Representative to the United Nations, Kofi Asamoah-Boateng, said the council had "
            "failed the region.",
            [("Kofi Asamoah-Boateng", "official", "Ghana")],  # "Permanent Representative" tagged an organisation
        ),
        (
            "Lena Voss, an analyst at Principal Ridge Capital, said the company would cut 200 jobs.",
            [("Lena Voss", "analyst", "Principal Ridge Capital")],  # a name that opens with the word
        ),
    ],
)
def test_a_title_opened_by_a_word_of_rank_names_no_organisation(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected

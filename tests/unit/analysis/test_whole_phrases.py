"""A list of phrases found as whole words in one search (whole_phrases) tells what a search per phrase told."""

import pytest

from dashboard.analysis.quotes.whole_phrases import has_phrase, phrase_pattern

PHRASES = ("red cross", "bank", "s&p", "u.n. agency", "air force", "force")


@pytest.mark.parametrize(
    "text",
    [
        "bank",
        "the bank of tarnova",
        "banknote printers",
        "the riverbank trust",
        "eastern red cross society",
        "red crosswind",
        "s&p global",
        "sxp global",
        "the u.n. agency for ports",
        "the uan agency",
        "air forces command",
        "the air force",
        "",
    ],
)
def test_a_phrase_is_found_where_a_search_for_it_padded_with_spaces_finds_it(text):
    searched = any(f" {phrase} " in f" {text} " for phrase in PHRASES)
    assert has_phrase(text, phrase_pattern(PHRASES)) == searched


def test_no_phrase_is_found_in_any_text_for_an_empty_list():
    assert not has_phrase("the  bank", phrase_pattern(()))

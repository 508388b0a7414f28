"""An affiliation the recogniser cut at a small word is made whole from the article's text (quotes.cut_names)."""

import pytest
import spacy

from dashboard.analysis.quotes.cut_names import with_whole_name

TEXTS = [
    "Ines Marlow heads the Velora Foundation for Coastal Renewal in Pellham.",
    "The Brindle Alliance for Open Waters and Tarsk and Ollen met. XOdrin Trust for Safe Roads also came.",
    "Staff of Casa de la Luz, and of Unity for, spoke.",
]


@pytest.mark.parametrize(
    ("affiliation", "whole"),
    [
        ("Velora Foundation for", "Velora Foundation for Coastal Renewal"),  # "in" is no small word of a name
        ("Velora Foundation", "Velora Foundation for Coastal Renewal"),
        ("Brindle Alliance", "Brindle Alliance for Open Waters"),
        ("Tarsk", "Tarsk"),  # joined to another name by "and", not cut
        ("Odrin Trust", "Odrin Trust"),  # inside a longer word
        ("Casa de", "Casa de la Luz"),
        ("Unity for", "Unity for"),  # written on with no capitalised word
        ("Harlen Group", "Harlen Group"),  # not in the article
    ],
)
def test_a_cut_affiliation_goes_on_as_the_article_writes_it(affiliation, whole):
    docs = [spacy.blank("en")(text) for text in TEXTS]
    assert with_whole_name(("business", "director", affiliation), docs) == ("business", "director", whole)

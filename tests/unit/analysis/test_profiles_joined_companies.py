"""Two companies the recogniser tags as one name ("Westbrook and Hale Materials"): a later "Westbrook said" is
Westbrook speaking as itself, not the joined name (fictional texts)."""

from __future__ import annotations

from dashboard.analysis.quotes.joined_companies import joins_two
from tests.quoting import profiles_of as profiles


def test_the_first_of_two_companies_tagged_as_one_name_speaks_as_itself(nlp):
    assert profiles(
        nlp,
        "The watchdog blocked the merger of two of the country's largest building materials suppliers, Westbrook "
        "and Hale Materials.",
        "Westbrook said in a statement that it would appeal.",
    ) == [("Westbrook", "institution", "")]


def test_a_name_joining_two_by_and_is_no_full_name_of_its_first_word():
    assert joins_two("Westbrook and Hale Materials", "Westbrook")
    assert joins_two("Westbrook & Hale", "Westbrook")
    assert not joins_two("Westbrook Materials", "Westbrook")
    assert not joins_two("Hale and Westbrook", "Westbrook")

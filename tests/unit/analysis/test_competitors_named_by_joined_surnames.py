"""A competitor named by a hyphen-joined surname alone, which the recogniser took for an organisation, set off by a
competitor's description ("Kisfaludi-Ormos, the home favourite,", "the defending champion", "the Olympic medallist")
is a person, who speaks as one (competitor_surnames.py). A company set off by "the winner of" a contract stays a
company."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Lindqvist-Berg, the defending champion, said she had struggled with the wind.", "Lindqvist-Berg"),
        ("Varga-Szabó, the Olympic medallist, said the course was fair.", "Varga-Szabó"),
        ("Kisfaludi-Ormos, the home favourite, said the crowd had carried her.", "Kisfaludi-Ormos"),
    ],
)
def test_a_competitor_set_off_by_her_description_speaks_as_a_person(nlp, sentence, name):
    assert [(s, k) for s, k, _ in profiles_of(nlp, sentence)] == [(name, "other")]


def test_a_company_set_off_as_the_winner_of_a_contract_stays_a_company(nlp):
    rows = profiles_of(nlp, "Marston-Keele, the winner of the contract, said it would hire 300 engineers.")
    assert [(s, k) for s, k, _ in rows] == [("Marston-Keele", "institution")]

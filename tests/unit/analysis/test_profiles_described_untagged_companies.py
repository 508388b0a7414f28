"""A one-word company the recogniser tagged nowhere where the article says what it is ("Hungary's state power company
Voltrex") speaks as an institution when it says something later ("Voltrex said"), also when the recogniser took a
third mention for a person's ("Voltrex's results") (lone_companies.described_untagged); a lone word set after no
company's noun stays as it was. Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of

LEDE = (
    "BUDAPEST, May 3 (Reuters) - A Czech grid operator has won a contract dispute with Hungary's state power company "
    "Voltrex over payments for electricity delivered in 2022, the operator said on Friday."
)
SAID = "Voltrex said it would challenge the ruling in a Budapest court."


def test_a_company_described_untagged_speaks_as_an_institution(nlp):
    assert ("Voltrex", "institution", "") in profiles_of(nlp, LEDE, SAID)


def test_also_when_a_later_mention_was_taken_for_a_person(nlp):
    later = "Andras Kelemen-Rost, an analyst at the consultancy Danubia Risk, said the ruling would weigh on Voltrex's "
    later += "results this year."
    assert ("Voltrex", "institution", "") in profiles_of(nlp, LEDE, SAID, later)

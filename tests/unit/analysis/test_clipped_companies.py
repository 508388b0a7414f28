"""A company's short name of two words that the recogniser took for a person is the company named in full before
("Harwick Mutual said" after "the Harwick Mutual Insurance Company"); a person whose name opens a foundation named
after them stays a person. Fictional texts of our own."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles


def test_a_short_name_of_two_words_is_the_company_it_opens(nlp):
    paragraphs = (
        "The regulator approved a smaller increase than the 21% the Harwick Mutual Insurance Company had requested.",
        "Harwick Mutual said the approved rate would still leave it losing money on coastal policies.",
    )
    assert ("Harwick Mutual Insurance Company", "institution", "") in profiles(nlp, *paragraphs)


def test_the_namesake_of_a_foundation_stays_a_person(nlp):
    paragraphs = (
        "The Odile Varnet Foundation gave $2 million to the clinic.",
        "Odile Varnet said the clinic had saved her brother's life.",
    )
    assert profiles(nlp, *paragraphs)[-1][0] == "Odile Varnet"


def test_a_short_name_tagged_an_organisation_is_keyed_by_the_full_name(nlp):
    paragraphs = (
        "The commissioner said the rise, smaller than the 27% the Seacoast Mutual Insurance Company had asked for, "
        "was needed.",
        "Seacoast Mutual said the approved rate would still leave it losing money on coastal policies.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Seacoast Mutual Insurance Company", "institution", "")


def test_a_line_of_business_after_the_short_name_may_be_a_subsidiary(nlp):
    paragraphs = (
        "Brenwick Bank Securities cut its forecast for the bank's shares.",
        "Brenwick Bank said its profit had doubled.",
    )
    assert profiles(nlp, *paragraphs)[-1][0] != "Brenwick Bank Securities"


def test_a_bank_holding_company_is_called_back_without_its_last_word(nlp):
    """ "Tamsin Creek" after "Tamsin Creek Bancorp": the bank, its chief executive's and speaking as itself."""
    paragraphs = (
        "Tamsin Creek Bancorp posted a 22% fall in quarterly profit on Thursday.",
        "Tamsin Creek Chief Executive Ivor Kettleby said the bank had put aside $84 million for loan losses.",
        "Tamsin Creek said it had cut 240 jobs in the quarter.",
    )
    assert profiles(nlp, *paragraphs) == [
        ("Ivor Kettleby", "other", "Tamsin Creek Bancorp"),
        ("Tamsin Creek Bancorp", "institution", ""),
    ]

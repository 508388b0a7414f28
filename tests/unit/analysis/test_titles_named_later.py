"""A formal title that opens a story before its holder is named is that holder (titles_named_later.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_an_office_in_the_lede_is_the_person_named_with_it_after(nlp):
    paragraphs = (
        "Repairs to the Tollan River bridges will cost twice what the province planned, the Provincial Budget "
        "Officer said in a report released on Friday.",
        "The report was delivered to the legislature late on Thursday.",
        "Provincial Budget Officer Ada Pellingham told reporters that several bridges had no sprinklers.",
    )
    assert [s for s, _ in said_by(nlp, *paragraphs)] == ["Ada Pellingham", "Ada Pellingham"]


def test_a_body_whose_chief_is_named_after_still_speaks_as_itself(nlp):
    paragraphs = (
        "Rates will stay on hold until the spring, the Tollan Harbour Board said on Friday.",
        "Tollan Harbour Board chair Ada Pellingham told reporters that the vote had been close.",
    )
    speakers = [s for s, _ in said_by(nlp, *paragraphs)]
    assert speakers[0] != "Ada Pellingham"
    assert speakers[1:] == ["Ada Pellingham"]


def test_an_office_the_recogniser_splits_into_a_body_is_still_its_holder(nlp):
    paragraphs = (
        "The minister broke the conflict rules twice, the Provincial Integrity Commissioner said in a report "
        "released on Friday.",
        "The report was delivered to the legislature late on Thursday.",
        "Provincial Integrity Commissioner Wendell Osei told reporters that the minister had been warned.",
    )
    assert [s for s, _ in said_by(nlp, *paragraphs)] == ["Wendell Osei", "Wendell Osei"]


def test_an_office_whose_holder_is_described_by_a_body_is_that_holder(nlp):
    paragraphs = (
        "The minister broke the conflict rules twice, the Federal Lobbying Commissioner said in a report "
        "released on Friday.",
        "The report was delivered to the legislature late on Thursday.",
        "Federal Lobbying Commissioner Wendell Osei told reporters that the minister had been warned.",
    )
    assert [s for s, _ in said_by(nlp, *paragraphs)] == ["Wendell Osei", "Wendell Osei"]

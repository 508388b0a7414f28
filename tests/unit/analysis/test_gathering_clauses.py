"""A clause told that the parser hung on the gathering where it was told is what the speaker said (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_clause_after_the_sidelines_of_a_meeting_is_what_was_told(nlp):
    paragraph = (
        "Foreign Minister Ilse Brandauer told reporters on the sidelines of the meeting that Ostria was “losing "
        "patience” with what she called a policy of blackmail."
    )
    assert said_by(nlp, paragraph) == [
        ("Ilse Brandauer", "Ostria was “losing patience” with what she called a policy of blackmail")
    ]


def test_a_clause_a_claim_holds_is_still_not_what_was_told(nlp):
    paragraph = "Minister Ilse Brandauer told reporters about the rumour that Ostria would leave the bloc."
    assert not [quote for _, quote in said_by(nlp, paragraph) if "Ostria would leave" in quote]

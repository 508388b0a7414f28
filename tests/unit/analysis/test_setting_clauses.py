"""What was said, hung by the parser on the setting of the cue: an occasion ("told reporters on arrival that …",
"at the daily briefing that …"), a gathering ("on the sidelines of the meeting that …") or a statement said "in";
and a noun's own clause that stays unsaid (real pipeline; fictional people and places)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_that_clause_hung_on_an_arrival_is_what_was_told(nlp):
    rows = said_by(
        nlp,
        "German Defence Minister Odalys Brennecke told reporters on arrival that Germany would deliver two more radar "
        "systems in the spring.",
    )
    assert rows == [("Odalys Brennecke", "Germany would deliver two more radar systems in the spring")]


def test_a_that_taken_for_the_subject_of_a_clause_with_its_own_subject_is_what_was_told(nlp):
    rows = said_by(
        nlp,
        "Ilse Varga, spokeswoman for the secretary-general, told reporters at the daily briefing that the "
        "secretary-general took note of the vote in Halden.",
    )
    assert rows == [("Ilse Varga", "the secretary-general took note of the vote in Halden")]


def test_the_clause_of_a_noun_that_holds_content_is_still_not_what_was_told(nlp):
    rows = said_by(nlp, "Odalys Brennecke told reporters about the rumour that Vostria would ship more grain.")
    assert rows == []


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


def test_a_written_statement_s_that_clause_is_what_the_body_said(nlp):
    rows = said_by(
        nlp,
        "The Velmar Foreign Ministry said in a written statement that the accord would bring calm to the border.",
    )
    assert rows == [("Velmar Foreign Ministry", "the accord would bring calm to the border")]


def test_a_written_reply_s_that_clause_is_what_the_body_said(nlp):
    """ "said in a written reply that …": the parser hangs the clause on "reply", which, like a statement, holds just
    what was said in it."""
    rows = said_by(
        nlp, "The Ostrian embassy said in a written reply that the visa rules applied to all travellers alike."
    )
    assert rows == [("Ostrian embassy", "the visa rules applied to all travellers alike")]


def test_a_clause_after_a_video_posted_online_is_what_was_said(nlp):
    """ "said in a video posted on X that she had asked …": "posted" describes the video the cue was said in, and the
    clause after its phrase, which the parser hangs on "video" or on "posted", is what was said, not the object of
    "asked" alone."""
    paragraph = (
        "Mayor Ilse Varga said in a video posted on X that she had asked the province to guarantee that no buses "
        "would be cut."
    )
    assert said_by(nlp, paragraph) == [
        ("Ilse Varga", "she had asked the province to guarantee that no buses would be cut")
    ]
    paragraph = "Mayor Ilse Varga said in a video posted online that the ferry would run until May."
    assert said_by(nlp, paragraph) == [("Ilse Varga", "the ferry would run until May")]


def test_a_clause_after_a_letter_sent_to_its_readers_is_what_was_said(nlp):
    rows = said_by(
        nlp,
        "Mayor Pella Strand said in a letter sent to residents that the supply from the Tessel reservoir was safe to "
        "drink again.",
    )
    assert rows == [("Pella Strand", "the supply from the Tessel reservoir was safe to drink again")]


def test_a_clause_after_remarks_prepared_for_delivery_is_what_was_said(nlp):
    """ "said in remarks prepared for delivery at …, that …": the parser may hang the clause on "prepared" when a
    quotation of its verb stands in it; a participle that readies the message, like one that sends it, is setting."""
    paragraph = (
        "Deputy Governor Saskia Lindqvist-Baro said in remarks prepared for delivery at a trade forum in Tarnow that "
        "the bank would “not hesitate” to tighten again if wages kept climbing."
    )
    assert said_by(nlp, paragraph) == [
        ("Saskia Lindqvist-Baro", "the bank would “not hesitate” to tighten again if wages kept climbing")
    ]


def test_a_clause_after_a_statement_carried_by_state_media_is_what_was_said(nlp):
    """ "said in a statement carried by state media on Monday that …": "carried" tells how the statement went out, as
    "posted" or "released" does, and the clause after its phrase, which the parser hangs on "statement", is what the
    body said."""
    paragraph = (
        "The Harbour Works Directorate of Vostria said in a statement carried by the official news agency on "
        "Thursday that the new dock had passed its last load test."
    )
    assert [quote for _, quote in said_by(nlp, paragraph)] == ["the new dock had passed its last load test"]

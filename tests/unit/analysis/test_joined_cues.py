"""A second cue joined by "and" or "but" to what a first cue said, whose subject there cannot be its speaker, is a
new quote of the first cue's speaker (GUIDELINES.md: a new cue starts a new quote). Fictional text."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_cue_joined_to_a_passive_clause_starts_a_quotation_of_the_same_speaker(nlp):
    """ "said the contract was signed by the county and said, “…”": a contract says nothing; the mayor does."""
    rows = said_by(
        nlp,
        "Mayor Ada Kerr said the contract was signed by the county last week and said, “We have waited long enough "
        "for this road.”",
    )
    assert rows == [
        ("Ada Kerr", "the contract was signed by the county last week"),
        ("Ada Kerr", "“We have waited long enough for this road.”"),
    ]


def test_a_cue_joined_after_there_is_reported_speech_of_its_own(nlp):
    """ "said there are six … - but said the fees …": "there" says nothing; the harbour master does."""
    rows = said_by(
        nlp,
        "Otto Lind said the berths had been booked for months - there are six along the north quay - but said the "
        "fees were still under review.",
        "Ada Kerr said there were too few buses on the route and said the county would add two more in March.",
    )
    assert rows == [
        ("Otto Lind", "the berths had been booked for months - there are six along the north quay"),
        ("Otto Lind", "the fees were still under review"),
        ("Ada Kerr", "there were too few buses on the route"),
        ("Ada Kerr", "the county would add two more in March"),
    ]


def test_a_base_form_cue_after_a_singular_clause_continues_the_plural_speakers(nlp):
    """ "Economists say the levy has hurt growers and warn that …": "the levy … warn" cannot agree."""
    rows = said_by(
        nlp,
        "Farm economists say the levy has already hurt growers and warn that the next harvest could be smaller still.",
    )
    assert [quote for _, quote in rows] == [
        "the levy has already hurt growers",
        "the next harvest could be smaller still",
    ]


def test_a_cue_joined_to_a_clause_about_a_person_stays_in_what_was_said(nlp):
    """ "said Tom Ruiz was fired and said he would sue": Tom Ruiz may well be the one who said it; one quote."""
    rows = said_by(nlp, "Ada Kerr said Tom Ruiz was fired in June and said he would sue the club.")
    assert rows == [("Ada Kerr", "Tom Ruiz was fired in June and said he would sue the club")]


def test_a_cue_with_a_that_clause_joined_past_a_thing_continues_the_first_speakers(nlp):
    """ "Nurses believe the ward can reopen … and admit that …": a ward admits nothing; the nurses do. The cue may also
    hang on the adjective after "was" ("the pump was built for … and admit that …")."""
    rows = said_by(
        nlp,
        "Nurses believe the night ward can reopen by the spring and admit that hiring has been slower than planned.",
        "Firefighters believe the old pump was built for a smaller village and admit that nobody tested it last year.",
    )
    assert rows == [
        ("", "the night ward can reopen by the spring"),
        ("", "hiring has been slower than planned"),
        ("", "the old pump was built for a smaller village"),
        ("", "nobody tested it last year"),
    ]

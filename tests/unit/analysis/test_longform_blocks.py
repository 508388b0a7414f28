"""Long-form web news on the real pipeline: articles delivered as one to three long blocks, with several speakers
each, split quotes, post-posed cues with descriptions, pronoun chains and organisations that speak (texts of our
own)."""

from __future__ import annotations

from tests.quoting import quote_rows_of, said_by


def test_two_speakers_joined_by_and_each_say_their_own(nlp):
    rows = said_by(
        nlp,
        "Mayor Edith Crane said the budget would balance by 2027. Her opponent, Samuel Ortega, said the figures "
        "were fantasy, and the city auditor, Nadia Voss, said she would review them in January. The mayor said the "
        "budget was sound, but critics said it hid a deficit.",
    )
    assert rows == [
        ("Edith Crane", "the budget would balance by 2027"),
        ("Samuel Ortega", "the figures were fantasy"),
        ("Nadia Voss", "she would review them in January"),
        ("Edith Crane", "the budget was sound"),
        ("", "it hid a deficit"),
    ]


def test_the_authority_is_the_authority_named_before(nlp):
    rows = quote_rows_of(
        nlp,
        "Coastal Water Authority announced on Thursday that it would raise rates by four per cent next spring.",
        "\u201cThe pipes under the old town are a century old and they are failing,\u201d the authority said in a "
        "statement. Local authorities said the road above the pipes would close for a month.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [
        ("Coastal Water Authority", "institution"),
        ("Coastal Water Authority", "institution"),
        ("", "unnamed"),
    ]

"""A barrister named with the honour after the name ("Imogen Fairweather KC told the jury"; honoured_names.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_counsel_named_before_the_honour_is_the_speaker(nlp):
    said = said_by(
        nlp,
        "Prosecuting, Imogen Fairweather KC told the jury that the arrangement was a fraud from the first invoice.",
    )
    assert said == [("Imogen Fairweather", "the arrangement was a fraud from the first invoice")]


def test_an_honour_after_a_word_that_is_no_given_name_tags_nothing(nlp):
    doc = nlp("The Dunmore SC board said the season would open in April.")
    assert not any(e.label_ == "PERSON" for e in doc.ents)

"""People's genders from what an article writes about them (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_an_object_pronoun_of_the_verb_tells_nothing_of_its_subject_s_gender(nlp):
    assert said_by(
        nlp,
        "Mayor Ada Pike raised the cut at the council last week. Ferry Minister Carl Voss told her the company would"
        " review it. Later, Voss said the province does not run the boats. \u201cWe expect them to listen,\u201d he"
        " said.",
    )[-1] == ("Carl Voss", "\u201cWe expect them to listen,\u201d")


def test_a_possessive_or_reflexive_after_the_subject_still_tells_its_gender(nlp):
    assert said_by(
        nlp,
        "Mayor Ada Pike raised the cut at the council. Ferry Minister Carl Voss told himself the company would review"
        " his plan. Later, Pike said the province does not run the boats. \u201cWe expect them to listen,\u201d he"
        " said.",
    )[-1] == ("Carl Voss", "\u201cWe expect them to listen,\u201d")


def test_a_nationality_ending_in_man_tells_no_gender(nlp):
    """ "German minister Ilka Brandauer": the "-man" of "German" is no man's, so a "she" after her is still her, not
    the man named before her."""
    rows = said_by(
        nlp,
        "Torvald Ekdahl said the ferry talks had stalled.",
        "German minister Ilka Brandauer said that Germany would send two more patrol boats next year. She said: "
        "“Safety has a price.”",
    )
    assert rows[-1] == ("Ilka Brandauer", "“Safety has a price.”")

"""A sentence of agreeing that says nothing of its own ("His coach agrees.") right after a quotation that goes on
with the quote before it does not take that quotation from its speaker: it tells of someone taking the speaker's
side. A verb of agreeing with a clause of its own still reports what its subject says."""

import pytest

from tests.quoting import said_by

OPENING = (
    "Nadia Ferrell, 16, is the fastest swimmer on the team. “The pool is cold,” the teenager says. “We train in "
    "toques.”"
)


@pytest.mark.parametrize(
    "assent", ["Her coach agrees.", "Her coach, Dirk Halloran, agrees.", "Her father concurs.", "Her coach disagrees."]
)
def test_an_assent_after_a_continued_quotation_leaves_it_with_its_speaker(nlp, assent):
    quotes = said_by(nlp, f"{OPENING} {assent}")
    assert quotes == [("Nadia Ferrell", "“The pool is cold,” “We train in toques.”")]


def test_an_assent_with_words_of_its_own_still_reports_them(nlp):
    text = f"{OPENING} Her coach, Dirk Halloran, agrees that the heater has to be replaced."
    assert ("Dirk Halloran", "the heater has to be replaced") in said_by(nlp, text)


def test_a_cue_that_says_who_spoke_after_a_quotation_still_does(nlp):
    text = "“The pool is cold,” the teenager says. “We train in toques,” her coach, Dirk Halloran, adds."
    assert ("Dirk Halloran", "“We train in toques,”") in said_by(nlp, text)

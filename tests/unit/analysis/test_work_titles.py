"""A quotation right after a word that gives it as the title of a work ("headlined", "titled", "under the title") is
the work's name, no one's words (work_titles.py): not a quote of the reporter whose story it names, nor of the people
the sentence after it is about. Fictional text."""

from __future__ import annotations

from dashboard.analysis.quotes.work_titles import title_of_work
from tests.quoting import L, R, said_by


def test_a_headline_after_headlined_is_no_quote_of_the_reporter(nlp):
    found = said_by(
        nlp,
        "Petra Halloran, 41, who wrote for the weekly Tidewater Post, was detained in May after a run of pieces on "
        f"harbour contracts. Her final piece before the detention was headlined {L}Who owns the quay?{R} She has "
        "rejected every charge.",
    )
    assert not [quote for _, quote in found if "Who owns the quay" in quote]


def test_a_headline_set_off_by_commas_is_no_quote_of_the_people_its_story_cites(nlp):
    found = said_by(
        nlp,
        f"His dispatch, headlined {L}Behind the fence at Kelso Point,{R} cited former guards who described long "
        "shifts without pay.",
    )
    assert not [quote for _, quote in found if "Behind the fence" in quote]


def test_a_cue_before_a_quotation_still_gives_it(nlp):
    found = said_by(nlp, f"{L}We will keep printing, whatever they do,{R} the editor, Hal Drumm, told staff.")
    assert found == [("Hal Drumm", f"{L}We will keep printing, whatever they do,{R}")]


def test_the_word_right_before_the_quotation_decides():
    text = f"The essay ran under the title {L}Salt and iron{R} and then {L}the rest was silence{R} she said."
    first = (text.index(L), text.index(R) + 1)
    second = (text.rindex(L), text.rindex(R) + 1)
    assert title_of_work(text, first)
    assert not title_of_work(text, second)

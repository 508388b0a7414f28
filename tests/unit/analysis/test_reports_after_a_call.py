"""A report that tells when a call or a judgement was made ("called for an inquiry after the Gazette reported that the
fund was empty") is someone else's statement, not part of what the speaker called for or praised; a clause that is
part of the call ("until officials say …") or that says no more than what happened ("after the storm wrecked …")
stays in it (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_paper_s_report_after_a_call_is_the_paper_s_quote(nlp):
    text = "Lena Marsh called for an inquiry into the ferry fund after the Harbor Times reported that the fund was dry."
    assert said_by(nlp, text) == [
        ("Lena Marsh", "an inquiry into the ferry fund"),
        ("Harbor Times", "the fund was dry"),
    ]


def test_a_report_in_the_present_after_joining_a_call_is_the_paper_s_quote(nlp):
    text = (
        "Lena Marsh is joining the mayor in calling for an audit of the ferry fund after the Harbor Times reports "
        "more than half of the money is gone."
    )
    assert said_by(nlp, text) == [
        ("Lena Marsh", "an audit of the ferry fund"),
        ("Harbor Times", "more than half of the money is gone"),
    ]


def test_a_condition_of_the_call_stays_in_it(nlp):
    text = "Lena Marsh called for calm on the quays until officials say the river is safe."
    [(speaker, quote)] = said_by(nlp, text)
    assert speaker == "Lena Marsh" and quote.endswith("the river is safe")


def test_an_event_after_the_call_stays_in_it(nlp):
    text = "Lena Marsh called for a ban on night crossings after the storm wrecked two boats."
    assert said_by(nlp, text) == [("Lena Marsh", "a ban on night crossings after the storm wrecked two boats")]

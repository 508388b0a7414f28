"""The whole batch of fictional stories of a thirty-first round of blind profile probes (Middle East and African
business and politics wire stories: a Gulf sovereign fund's stake in a port operator, a Nigerian central bank rate
rise, an IMF agreement with Egypt, a South African platinum strike, a Kenyan court and a competition regulator), its
wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtyfirst import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 10 of 40 blind; 9 of 41 once the
#: minister's urging both sides back to talks, a quote of its own that the blind gold left out, was added.
#: 7 once "the company" after a company's spokeswoman spoke is her company, though a union was named before it ("The
#: company said in a statement" after "Tshwane Platinum spokeswoman X said … X added": was "company").
#: 4 once a court the recogniser missed after a dateline is the court "the court" means and the one its judge sits
#: on ("NAIROBI … - Kenya's High Court …", "The court said", "Justice X said": were "court" and a judge of none).
#: 2 once a body named again without the "of …" of its full name is the one named in full ("The Competition
#: Authority said" after the Competition Authority of Kenya: a miss and an extra).
#: Left: the chief executive of a Gulf state's investment fund ("The fund's chief executive, X,") is an official of
#: it, as the fund's "Authority" makes it a state body; the gold has him an executive (`other`), which GUIDELINES
#: leaves open for a state's investment fund, so no rule was made for it (twice).
WRONG_TODAY = 2


def test_the_batch_of_the_thirtyfirst_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_the_company_after_its_spokesman_spoke_is_his_company_though_a_union_was_named(nlp):
    paragraphs = (
        "Workers at Kelvane Copper's smelter walked out on Tuesday.",
        "Rudo Moyo, head of the Smelter Workers Union, said the strike would go on.",
        "Kelvane Copper spokesman Tafadzwa Dube said the offer stood.",
        "Dube added that the company would not reopen talks.",
        "The company said in a statement that output had fallen by half.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Kelvane Copper", "institution", "")  # was "company"


def test_a_court_a_dateline_hid_from_the_recogniser_is_the_court_and_its_judge_s(nlp):
    paragraphs = (
        "ACCRA, June 4 (Reuters) - Ghana's High Court on Tuesday blocked a plan by the Securities Commission of Ghana "
        "to delist cocoa trader Abena Foods.",
        "The court said in its ruling that the trader had not been heard.",
        "Justice Efua Tandoh said the shares would keep trading until a full hearing.",
    )
    assert profiles(nlp, *paragraphs) == [
        ("High Court", "institution", ""),  # was "court"
        ("Efua Tandoh", "official", "High Court"),  # was of no court
    ]


def test_a_body_named_again_without_the_of_its_name_ends_with_is_the_one_named_in_full(nlp):
    paragraphs = (
        "ACCRA (Reuters) - The Securities Commission of Ghana on Tuesday fined cocoa trader Abena Foods.",
        "The Securities Commission said in a statement that the trader had misled investors.",
    )
    assert profiles(nlp, *paragraphs) == [("Securities Commission of Ghana", "institution", "")]  # was cut short

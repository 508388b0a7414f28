"""A person a feature brings in by name in passing, as the object of a preposition or a verb and with a "who" clause,
and quotes in the next sentence under a description of their trade ("“…,” the contractor says") is that newcomer,
not the person quoted before. Not when the newcomer is the subject (another rule), when the description is an
office or one who serves another, or when someone else is named after the newcomer."""

import pytest

from tests.quoting import said_by

BEFORE = "“We have run this ferry since 1962,” says Ilse Brandvold, the president of the co-operative."
QUOTATION = "“The hull is thinner than a pie plate in places,”"


@pytest.mark.parametrize(
    "introduction, noun",
    [
        ("That estimate came from Neil Brassard, who has repaired boats on the lake for 30 years.", "the welder"),
        ("The co-operative hired Neil Brassard, who has repaired boats on the lake for 30 years.", "the welder"),
        ("The inspection was done by Neil Brassard, who builds barges on the lake.", "the boatbuilder"),
    ],
)
def test_a_description_at_the_cue_is_the_newcomer_set_off_before_it(nlp, introduction, noun):
    quotes = said_by(nlp, f"{BEFORE} {introduction} {QUOTATION} {noun} says.")
    assert quotes[-1] == ("Neil Brassard", QUOTATION)


def test_not_one_who_serves_another(nlp):
    text = f"{BEFORE} The case went to Neil Brassard, who has sued the ferry twice. {QUOTATION} the lawyer says."
    assert said_by(nlp, text)[-1][0] != "Neil Brassard"


def test_not_when_someone_else_is_named_after_the_newcomer(nlp):
    introduction = "That estimate came from Neil Brassard, who has repaired boats for Harriet Olund for 30 years."
    assert said_by(nlp, f"{BEFORE} {introduction} {QUOTATION} the welder says.")[-1][0] != "Neil Brassard"


def test_a_quotation_of_two_sentences_before_the_cue(nlp):
    introduction = "That estimate came from Neil Brassard, who has repaired boats on the lake for 30 years."
    quotation = "“The hull is thin. You could put a thumb through it,”"
    assert said_by(nlp, f"{BEFORE} {introduction} {quotation} the welder says.")[-1] == ("Neil Brassard", quotation)


def test_not_a_cleft_nor_a_description_that_reports_speech_of_its_own(nlp):
    cleft = "As usual, it was Neil Brassard who drew the crowd. The welder said the hull was thin."
    reported = "That estimate came from Neil Brassard, who repairs boats. The welder said the hull was thin."
    assert ("Neil Brassard", "the hull was thin") not in said_by(nlp, f"{BEFORE} {cleft}")
    assert ("Neil Brassard", "the hull was thin") not in said_by(nlp, f"{BEFORE} {reported}")


def test_straight_quotation_marks(nlp):
    introduction = "That estimate came from Neil Brassard, who has repaired boats on the lake for 30 years."
    text = f'"We run it," says Ilse Brandvold, the president. {introduction} "The hull is thin," the welder says.'
    assert said_by(nlp, text)[-1] == ("Neil Brassard", '"The hull is thin,"')

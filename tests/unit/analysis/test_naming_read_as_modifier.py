""" "Vosk, a Brenn ally, called Ohio's standards “strong and fair.”": a "called X Y" the parser read as a participle
modifying the noun before it, as in "a group called Unity"; the speaker is the subject it hangs in and what was said
is the thing named with what is said of it (naming_read_as_modifier). A name given to a group or a firm says
nothing."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of, said_by


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        ("Vosk, a Brenn ally, called Ohio’s standards “strong and fair.”", "Vosk", "Ohio’s standards “strong and fair"),
        (
            "Harlow, speaking on WKRP, called Brenn a “blowhard with no plan,” and said his remarks were a gift.",
            "Harlow",
            "blowhard with no plan",
        ),
        (
            "One of the nurses who signed the petition called Dr. Orrin Vasko a fraud, a bully and a quack.",
            "",
            "Orrin Vasko a fraud, a bully and a quack",
        ),
    ],
)
def test_a_naming_read_as_a_modifier_is_said_by_the_subject(nlp, sentence, speaker, said):
    rows = [r for r in quote_rows_of(nlp, sentence) if r["cue"] == "call"]
    assert [(r["speaker"], said in r["quote"]) for r in rows] == [(speaker, True)], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Members of a group called Unity for Towns, founded by two farmers, met on Monday.",
        "A firm called Velmar Holdings gave $5,000 to the fund last year.",
        "They backed a group called Unity a decade ago.",
        "The band played a song called “Harbour Lights” at the rally.",
    ],
)
def test_a_name_given_to_a_group_or_a_thing_says_nothing(nlp, sentence):
    assert said_by(nlp, sentence) == []

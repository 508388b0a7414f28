"""A quotation that is the predicate of a subject an "as X puts it" aside describes ("his job, as he puts it, is to
“…”") is the words of the one who put it so (put_predicates.py), as when the aside stands right before it."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    "paragraph, speaker, quote",
    [
        (
            "Carl Vintner-Moss runs the crew that ploughs the mountain pass, and his job, as he puts it, is to "
            f"{L}stay one storm ahead of the next storm.{R} His crew works in shifts of twelve hours.",
            "Carl Vintner-Moss",
            f"{L}stay one storm ahead of the next storm.{R}",
        ),
        (
            "Most of the shops on Main Street closed after the mill did. The town, as Greta Halvard-Roy put it, was "
            f"{L}dying one family at a time.{R} She left for Regina in the spring.",
            "Greta Halvard-Roy",
            f"{L}dying one family at a time.{R}",
        ),
        (
            "The clinic opened in March under Dr. Nadia Ferrell-Osei. The goal, as she puts it, is "
            f"{L}a doctor within an hour of every patient.{R}",
            "Nadia Ferrell-Osei",
            f"{L}a doctor within an hour of every patient.{R}",
        ),
    ],
)
def test_the_subject_as_x_puts_it_is_the_quotation(nlp, paragraph, speaker, quote):
    assert said_by(nlp, paragraph) == [(speaker, quote)]


def test_an_aside_with_more_than_a_linking_verb_between_is_no_cue(nlp):
    """The near miss: the quotation is the object of another verb, not what the subject is, so the aside does not
    lead into it."""
    rows = said_by(
        nlp,
        "Carl Vintner-Moss runs the crew that ploughs the pass. His crew, as he puts it, reads the sky and then posts "
        f"{L}road closed{R} signs at both ends.",
    )
    assert ("Carl Vintner-Moss", f"{L}road closed{R}") not in rows

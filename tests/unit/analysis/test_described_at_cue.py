"""A person a feature names as the subject of a paragraph and then first calls by a description at an inverted cue
("“…,” says the retired plant worker, who …", "recalls the pharmacist"), a description given nowhere before: the
person named, not an unnamed source (described_at_cue.py)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_retired_worker_first_described_at_the_cue(nlp):
    rows = said_by(
        nlp,
        "Lorcan Abernethy-Vos is one of 900 people in the county on the list. He spent 31 years gutting fish at the "
        "cannery on the point, and his back has never been the same. He has been waiting since the spring before "
        f"last. {L}I had one doctor my whole life, and now I have a number,{R} says the retired cannery worker, who "
        f"turned 70 in May. {L}They write once a year to say I am still on it.{R}",
    )
    assert [speaker for speaker, _ in rows] == ["Lorcan Abernethy-Vos"]


def test_a_pharmacist_named_by_what_she_does(nlp):
    rows = said_by(
        nlp,
        "Down the block, Tamsin Greeley-Oduro has filled prescriptions at the corner drugstore since 2004. These "
        "days she renews heart and diabetes pills for dozens of people a week. "
        f"{L}The Monday after the clinic shut, the line went out the door,{R} recalls the pharmacist.",
    )
    assert [speaker for speaker, _ in rows] == ["Tamsin Greeley-Oduro"]


def test_a_trucker_recalls(nlp):
    rows = said_by(
        nlp,
        "Ossian Prewitt is the first one through the door most mornings. He drove a rig between the coast and the "
        f"prairies for 30 years. {L}I know what a quiet cab sounds like,{R} recalls the retired trucker.",
    )
    assert [speaker for speaker, _ in rows] == ["Ossian Prewitt"]


def test_an_official_at_the_cue_stays_unnamed(nlp):
    rows = said_by(
        nlp,
        "Dagny Farrow-Ilic lost her house to the flood in April. She has been living with her sister since. "
        f"{L}The buyout offers will go out this fall,{R} said the official, who was not authorized to speak publicly.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_a_person_named_in_an_earlier_paragraph_is_not_the_one_described(nlp):
    rows = said_by(
        nlp,
        "Dagny Farrow-Ilic lost her house to the flood in April. She has been living with her sister since.",
        f"{L}Most of the claims on this street will be paid by Christmas,{R} says the adjuster.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_a_lawyer_at_the_cue_is_not_the_man_charged(nlp):
    rows = said_by(
        nlp,
        "Ossian Prewitt was charged on Monday with dangerous driving after the crash on the causeway. "
        f"{L}He will plead not guilty, and he will be cleared,{R} said the lawyer.",
    )
    assert "Ossian Prewitt" not in [speaker for speaker, _ in rows]

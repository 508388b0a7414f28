"""A body's chief by a word any top post goes by ("the central bank chief", "the Fed chief") is the person named in the
top post of that body, not a deputy; one called a central bank's chief is "the governor" later; and "the former
governor" is not the governor the article titles so now (real pipeline; fictional people and places)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_central_bank_chief_is_its_governor_not_the_analyst_who_spoke_last(nlp):
    rows = said_by(
        nlp,
        "Governor Odile Marchetti-Vane of Norway’s central bank raised rates on Thursday.",
        "“Nobody expected that,” said Teodor Quillfeather, a rates strategist at Vantry Markets.",
        "The central bank chief, who took office in May, said she would not comment on the budget.",
    )
    assert rows[-1] == ("Odile Marchetti-Vane", "she would not comment on the budget")


def test_the_fed_chief_is_the_fed_chair(nlp):
    rows = said_by(
        nlp,
        "Fed Chair Barnaby Okonkwo-Lisle told a news conference that the committee was in no hurry.",
        "“The path is not fixed,” the Fed chief said, “and it never was.”",
    )
    assert rows[-1][0] == "Barnaby Okonkwo-Lisle"


def test_the_governor_is_the_one_named_the_central_bank_chief(nlp):
    rows = said_by(
        nlp,
        "The central bank chief, Rosaura Ibarguren-Toll, said reserves had fallen. Finance Minister Dario Penhallow "
        "said talks would start soon.",
        "The governor, a former law professor, called the new rule “short and sharp.”",
    )
    assert rows[-1] == ("Rosaura Ibarguren-Toll", "the new rule “short and sharp")


def test_the_former_governor_is_not_the_governor_in_office(nlp):
    rows = said_by(
        nlp,
        "Governor Lindiwe Kasselmann of the central bank said it would keep rates on hold.",
        "Orrin Brookfield-Oduya, who ran the central bank until 2017, said in an interview that the decision was wise.",
        "“Holding was the brave choice,” the former governor said.",
    )
    assert rows[-1][0] == "Orrin Brookfield-Oduya"


def test_a_deputy_governor_is_not_the_central_bank_chief(nlp):
    rows = said_by(
        nlp,
        "Governor Odile Marchetti-Vane of Norway’s central bank spoke first. Deputy Governor Piet Aldersgate of the "
        "central bank spoke after her.",
        "The central bank chief said rates would stay high.",
    )
    assert rows[-1] == ("Odile Marchetti-Vane", "rates would stay high")

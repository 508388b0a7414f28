"""A body's chief by a word any top post goes by ("the central bank chief", "the Fed chief", "the agency chief") is
the person named in the top post of that body when the description's words name their body, not a deputy; one called
a central bank's chief is "the governor" later; and "the former governor" is not the governor the article titles so
now (real pipeline; fictional people and places)."""

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


def test_the_agency_chief_is_its_director_general(nlp):
    said = said_by(
        nlp,
        "The director general of the Baltic Fisheries Agency, Ingrid Solhaug-Berre, told reporters on Friday that cod "
        "stocks had fallen for a fourth year.",
        "In a letter to member states, the agency chief said quotas would have to be cut by a fifth.",
    )
    assert said == [
        ("Ingrid Solhaug-Berre", "cod stocks had fallen for a fourth year"),
        ("Ingrid Solhaug-Berre", "quotas would have to be cut by a fifth"),
    ]


def test_a_chief_of_another_body_is_not_the_director(nlp):
    said = said_by(
        nlp,
        "The director of the Brenmoor Harbour Museum, Colm Treacy-Vale, said on Tuesday that the old lighthouse would "
        "reopen in June.",
        "The police chief said two men had been arrested after the break-in.",
    )
    assert ("Colm Treacy-Vale", "two men had been arrested after the break-in") not in said

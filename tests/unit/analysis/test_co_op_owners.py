"""A co-operative's officer met as "the co-op's general manager", after the co-operative was named: the tokenizer keeps
"co-op" one word, and the possessive means the co-operative named before (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_co_op_s_manager_is_tied_to_the_co_operative_named_before(nlp):
    profiles = profiles_of(
        nlp,
        "The biggest grant went to the Juniper Flats Telephone Cooperative, which will string fibre along its poles.",
        "The co-op's general manager, Wade Ostrander, said crews would reach the first farms by August.",
    )
    assert profiles == [("Wade Ostrander", "other", "Juniper Flats Telephone Cooperative")]


def test_the_co_op_said_is_still_the_co_operative_named_before(nlp):
    profiles = profiles_of(
        nlp,
        "Lakeshore Growers, a co-operative of 300 cherry farmers, lost its biggest buyer last month.",
        "The co-op said it would sell more of its fruit at markets in the city.",
    )
    assert profiles == [("Lakeshore Growers", "institution", "")]

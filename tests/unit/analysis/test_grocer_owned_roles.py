"""A supermarket group called by its trade in the possessive before an officer's role ("the grocer's finance chief",
"the supermarket's chief executive") is the company the article named paragraphs before, as "the retailer's" is.
Fictional texts on the real spaCy pipeline."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


def _story(owner: str) -> list[str]:
    return [
        "LEEDS -- Britain's fifth-largest supermarket chain, Brackwell Stores, said on Tuesday that half-year "
        "sales rose 6% as shoppers came back from the discounters.",
        "Chief executive Olwen Tarrant said the chain had cut the price of 900 products since the spring.",
        '"Our customers noticed, and they came back," Tarrant told reporters.',
        f"The {owner}'s finance director, Gareth Penhallow, said margins would stay near 3% for the rest of the year.",
    ]


@pytest.mark.parametrize("owner", ["grocer", "supermarket", "retailer"])
def test_the_grocers_officer_works_for_the_supermarket_named_before(nlp, owner):
    assert ("Gareth Penhallow", "other", "Brackwell Stores") in profiles_of(nlp, *_story(owner))


def test_a_grocer_who_runs_a_shop_keeps_no_company(nlp):
    story = [
        "HEXHAM -- The village shop in Allendown will close next month after forty years, its owner said.",
        '"People drive to the big stores now," said Tom Birkett, a grocer who has run the shop since 1984.',
    ]
    assert ("Tom Birkett", "other", "") in profiles_of(nlp, *story)

""" " X Pharma raised its forecast … X said it would buy back shares. The company's head of investor relations, Y,
said": "the company" is the one that last acted under its clipped, untagged name, though brokers were named between
(real pipeline, fictional texts)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_company_s_officer_after_the_company_acted_under_a_clipped_name(nlp):
    profiles = profiles_of(
        nlp,
        "ZURICH -- Voranth Pharma raised its profit forecast on Tuesday after sales of its heart drug doubled, the "
        "Swiss drugmaker said.",
        "Lena Vogt, an analyst at Limmat Securities, said the forecast looked cautious.",
        "Another analyst, Tom Rees of Carrow & Finch in London, said the rival drug had done little damage.",
        "Voranth said it would buy back 1 billion francs of its shares.",
        "The company's head of investor relations, Karin Moser, said the buyback would be paid for from cash.",
    )
    assert ("Karin Moser", "other", "Voranth Pharma") in profiles

"""Themes of a paragraph that opens on what is done under a text's terms ("Under its terms, an officer can ..."), a
pattern the eighty-second blind batch got wrong (a shiprider agreement's terms, told through what an officer on a
cutter may do, missed diplomacy): the terms are those of the agreement the paragraph just before told, so the paragraph
goes on with its theme, as a numbered part of a treaty does; and the near-misses that do not (the terms of a lease
after a paragraph of no theme, and "the terms of" a text the paragraph names itself). Fictional texts on the real spaCy
pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    ("title", "texts"),
    [
        (
            "Palau signs patrol pact with Australia",
            [
                "Palau signed an agreement with Australia on Monday that will let its police ride on Australian patrol "
                "boats, the foreign ministry said.",
                "The pact was signed by Palau's foreign minister and Australia's ambassador in Koror, the fourth such "
                "agreement Canberra has signed with a Pacific island state.",
                "Under its terms, a Palauan officer on board can order a boat to stop and be searched, and the crews "
                "can help bring it to port.",
            ],
        ),
        (
            "Ghana and Togo agree on border markets",
            [
                "The foreign ministers of Ghana and Togo signed a protocol in Accra on Friday after two days of talks, "
                "their ministries said in a joint statement.",
                "The two ministers also agreed to meet twice a year to review relations between their countries.",
                "Under the provisions, market women from villages on either side may cross without a passport on "
                "market days.",
            ],
        ),
    ],
)
def test_what_is_done_under_an_agreements_terms_goes_on_with_it(themes, nlp, title, texts):
    found = article(themes, nlp, title, texts)
    assert "diplomacy" in found[-1], found


@pytest.mark.parametrize(
    ("title", "texts"),
    [
        (
            "Cafe to open in park pavilion",
            [
                "The council has signed a ten-year lease with a family-run cafe for the old pavilion in Elmbrook "
                "Park, which has stood empty since 2019.",
                "Under its terms, the cafe must open by eight every morning and keep the public toilets clean.",
            ],
        ),
        (
            "Ministers meet on border",
            [
                "The foreign ministers of Ghana and Togo met in Accra on Friday for talks on their border, their "
                "ministries said in a joint statement.",
                "Under the terms of a new bylaw, stall holders in the town's covered market must pay their rent "
                "monthly.",
            ],
        ),
    ],
)
def test_terms_of_no_theme_or_named_anew_take_nothing(themes, nlp, title, texts):
    found = article(themes, nlp, title, texts)
    assert found[-1] == [], found

"""Councils of a trade named by what its firms dig, make or grow ("Copperbelt Mining Council", "Northern Minerals
Council"): an industry's lobby, whose president or chief executive runs an association (`other`), no state's council
whose officers hold public office. Fictional texts of our own, gold written before any run."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of

#: (id, paragraphs, speaker, kind, affiliation): the gold profile of the speaker's quote.
CASES = [
    (
        "mining-council-president",
        (
            "The Tarrow Mining Council said a new tax on exports would close two smelters.",
            "Its president, Abel Nkosi, said members had put $900 million of projects on hold.",
        ),
        "Abel Nkosi",
        "other",
        "Tarrow Mining Council",
    ),
    (
        "minerals-council-chief",
        ("Ruth Okoro, the chief executive of the Eastern Minerals Council, said the licence rules were unclear.",),
        "Ruth Okoro",
        "other",
        "Eastern Minerals Council",
    ),
    (
        "potash-council-chair",
        ("Lena Varga, who chairs the Prairie Potash Council, said rail delays had cost members $40 million.",),
        "Lena Varga",
        "other",
        "Prairie Potash Council",
    ),
]


@pytest.mark.parametrize("paragraphs, speaker, kind, affiliation", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_officer_of_a_trade_council_is_no_official(nlp, paragraphs, speaker, kind, affiliation):
    rows = [r for r in quote_rows_of(nlp, *paragraphs) if r["speaker"] == speaker]
    assert [(r["speaker_kind"], r["affiliation"]) for r in rows] == [(kind, affiliation)]

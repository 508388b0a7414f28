"""A person described by a relative clause that joins two verbs ("X, who grows canola near Moose Jaw and chairs the Y
Council, said"): the body of the joined verb of work is the person's, not a place the first verb names. Fictional
texts of our own, gold written before any run."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of, wrong_profiles

#: (id, paragraph, (anchor, speaker, kind, affiliation)): the gold profile of the speaker's quote.
CASES = [
    (
        "grows-near-a-town-and-chairs",
        "Ruth Abernethy, who grows canola near Moose Jaw and chairs the Prairie Oat Growers' Council, said the harvest "
        "was the best in ten years.",
        ("best in ten years", "Ruth Abernethy", "other", "Prairie Oat Growers' Council"),
    ),
    (
        "grows-two-crops-near-a-town-and-chairs",
        "Ruth Abernethy, who grows oats and barley near Swift Current and chairs the Prairie Oat Growers' Council, "
        "said the harvest was the best in ten years.",
        ("best in ten years", "Ruth Abernethy", "other", "Prairie Oat Growers' Council"),
    ),
    (
        "lives-in-a-town-and-runs",
        "Ana Ruiz, who lives in Red Deer and runs the Parkland Farmers' Market Society, said stall rents had doubled.",
        ("stall rents", "Ana Ruiz", "other", "Parkland Farmers' Market Society"),
    ),
    (
        "raises-cattle-near-a-town-and-heads",
        "Colm Fraser, who raises cattle near Medicine Hat and heads the Alberta Cattle Feeders' Association, said feed "
        "prices had doubled.",
        ("feed prices", "Colm Fraser", "other", "Alberta Cattle Feeders' Association"),
    ),
]


@pytest.mark.parametrize("paragraph, gold", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_joined_verb_of_work_gives_the_body(nlp, paragraph, gold):
    assert wrong_profiles(quote_rows_of(nlp, paragraph), [gold]) == []

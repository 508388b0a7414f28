"""One who once worked a trade or a hands-on job ("a former welder", "a former paramedic", "a former truck driver") is
a private person, `other`, as "a former nurse" is; a former official or diplomat still speaks as an expert, whatever
they do now (quotes/former_trades.py, quotes/kinds.py). Fictional texts."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

#: (the paragraph, the speaker) of a former trade.
TRADES = [
    (
        "Ansel Creake sleeps at the church most nights. “I lost the house in a month,” says Ansel, a former welder who "
        "now volunteers at the shelter.",
        "Ansel Creake",
    ),
    ("“The ambulance took forty minutes,” said Dorrit Vayle, a former paramedic.", "Dorrit Vayle"),
    ("“Nobody here can pay that rent,” said Hesketh Marrow, a former electrician.", "Hesketh Marrow"),
    ("“The mill was the town,” said Pim Quarrie, a former coal miner who now drives a school bus.", "Pim Quarrie"),
    ("“We fought that fire for three days,” said Odile Strand, a former firefighter.", "Odile Strand"),
    ("“I drove that road for twenty years,” said Lucan Tabb, a former truck driver.", "Lucan Tabb"),
]

#: (the paragraph, the speaker, the kind) of former officials, whose kind must not change.
NEAR_MISSES = [
    ("“Rates will stay high,” said Fenwick Orrel, a former central banker.", "Fenwick Orrel", "analyst"),
    (
        "“The talks will fail,” said Fenwick Orrel, a former ambassador who now teaches at a university.",
        "Fenwick Orrel",
        "analyst",
    ),
    ("“The budget is a mess,” said Fenwick Orrel, a former finance minister.", "Fenwick Orrel", "analyst"),
]


@pytest.mark.parametrize(("text", "speaker"), TRADES)
def test_a_former_tradesman_is_other(nlp, text, speaker):
    found = profiles_of(nlp, text)
    assert [kind for name, kind, _ in found if name == speaker] == ["other"], found


@pytest.mark.parametrize(("text", "speaker", "kind"), NEAR_MISSES)
def test_a_former_official_is_still_an_analyst(nlp, text, speaker, kind):
    found = profiles_of(nlp, text)
    assert [found_kind for name, found_kind, _ in found if name == speaker] == [kind], found

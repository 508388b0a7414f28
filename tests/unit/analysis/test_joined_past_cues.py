"""A cue in the past tense joined to a verb that says nothing ("The union backed the rise but warned employers against
cutting jobs"), which the tagger may take for a past participle: it shares the first verb's subject and speaks (a
quote of its own, by GUIDELINES.md), while a participle that opens no clause ("Asked about the plan, …") stays none.
Fictional texts of our own, gold written before any run."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

#: (id, paragraph, [(speaker, a few words of the quote)]): the gold quotes.
CASES = [
    (
        "backed-but-warned-against",
        "The Tarrow Mineworkers Union backed the increase but warned mining companies against using it as an excuse "
        "to cut jobs.",
        [("Tarrow Mineworkers Union", "excuse to cut jobs")],
    ),
    (
        "welcomed-but-warned-against",
        "The Lowmoor Farmers' League welcomed the new quota but warned the ministry against cutting it again in March.",
        [("Lowmoor Farmers' League", "cutting it again")],
    ),
    (
        "asked-about-it",
        "Asked about the strike, Ana Ruiz said the mine would stay open.",
        [("Ana Ruiz", "stay open")],
    ),
]


@pytest.mark.parametrize("paragraph, gold", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_past_cue_joined_to_a_deed_speaks(nlp, paragraph, gold):
    found = said_by(nlp, paragraph)
    assert [(speaker, words) for speaker, words in gold if any(s == speaker and words in q for s, q in found)] == gold
    assert len(found) == len(gold)

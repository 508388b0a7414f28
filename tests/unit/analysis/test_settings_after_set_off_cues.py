"""A cue set off after the clause it reports and followed by a setting with a relative clause ("…, the White House
said, in a call that one official described as tense"): what was said is the clause before the cue, never the
relative clause of the setting's noun."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "The president urged Peru’s president on Monday to release two detained American pilots who have been "
            "held in Lima since March, the White House said, in a call that one aide described as frank.",
            "White House",
            "The president urged Peru’s president on Monday to release two detained American pilots",
        ),
        (
            "The prime minister asked the Kenyan president to extradite the suspect, his office said, in a call that "
            "aides described as cordial.",
            "office",
            "The prime minister asked the Kenyan president to extradite the suspect",
        ),
    ],
)
def test_the_clause_before_the_cue_is_what_was_said(nlp, text, speaker, said):
    rows = said_by(nlp, text)
    assert any(who == speaker and quote.startswith(said) for who, quote in rows), rows
    assert not any(who == speaker and quote.startswith(("one aide", "aides")) for who, quote in rows), rows


def test_a_that_clause_after_a_cue_with_no_comma_is_still_what_was_said(nlp):
    text = "The ministry said in a statement that the talks had been postponed until the spring."
    assert said_by(nlp, text) == [("ministry", "the talks had been postponed until the spring")]

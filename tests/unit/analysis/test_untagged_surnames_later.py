"""A person the recogniser did not tag by the full name, called by surname alone later as the subject of a clause
where the person does not speak ("By noon, Roe was still waiting. Asked whether he would stay, he nodded. “…,” he
said."), is the one a "he" or "she" right after carries on, not whoever spoke last (untagged_surnames_later.py). The
surname inside another's quotation is no such mention."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by

VOTER = (
    "Curtis Ockerby, 71, a retired welder from Ocala, said he had waited two hours to vote. "
    f"{L}I have never seen a line like this,{R} Ockerby said."
)
LAWYER = (
    "Martin Feeney, a lawyer for the county, said the office had hired extra staff. "
    f"{L}We are doing what we can,{R} he said."
)


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "words"),
    [
        (
            (
                VOTER,
                LAWYER,
                "The supervisor, Janet Cole, said the office would stay open late.",
                f"By noon, Ockerby was still waiting. Asked whether he would stay, he nodded. {L}I have come this "
                f"far,{R} he said.",
            ),
            "Curtis Ockerby",
            "come this far",
        ),
        (
            (
                "Curtis Ockerby, a 58-year-old roofer, told the board he had been sent to the wrong table. "
                f"{L}I did what they told me,{R} Ockerby said.",
                f"The board's chairman, Peter Lang, said the rules left no room. {L}My hands are tied,{R} he said.",
                "When the vote was called, Ockerby folded his chair. He had been there since six in the morning. "
                f"{L}Well, that is that,{R} he said.",
            ),
            "Curtis Ockerby",
            "that is that",
        ),
        (
            (
                "Doreen Skogsberg, 54, a school cook from Sanford, said she had been turned away at the first polling "
                f"place. {L}They told me I was not on the list,{R} Skogsberg said.",
                "Angela Moretti, who runs the county's poll-worker training, said the lists had been printed before "
                f"the last updates came in. {L}It should not have happened,{R} she said.",
                "At five, Skogsberg was still at the counter. She had brought her birth certificate and two utility "
                f"bills. {L}I came ready this time,{R} she said.",
            ),
            "Doreen Skogsberg",
            "came ready",
        ),
    ],
)
def test_a_later_subject_by_surname_is_the_untagged_person_a_pronoun_carries_on(nlp, paragraphs, speaker, words):
    rows = said_by(nlp, *paragraphs)
    assert [s for s, q in rows if words in q] == [speaker], rows


def test_the_surname_inside_another_speakers_quotation_is_no_mention(nlp):
    rows = said_by(nlp, VOTER, LAWYER, f"{L}Ockerby was here before any of us. We all waited,{R} he said later.")
    assert [s for s, q in rows if "We all waited" in q] == ["Martin Feeney"], rows

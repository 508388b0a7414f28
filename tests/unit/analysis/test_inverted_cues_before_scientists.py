"""An inverted cue set off inside the clause it reports, before a scientist named by the field ("Moving north is one
answer, explains the ecologist, but …"): the parser takes the description for the cue's object, and the scientist,
like an analyst, is the one who spoke; the words around the cue are what was said."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

TEXTS = [
    (
        "Dr. Ines Varga-Lomond studies orchards at a university in Quebec. Moving north is one answer, explains the "
        "ecologist, but the soils there are not the soils growers know.",
        "Ines Varga-Lomond",
        "Moving north is one answer",
    ),
    (
        "Dr. Pell Arkwright-Dunne has counted the hives along the river for a decade. The colonies will recover by "
        "June, notes the entomologist, but the honey crop is lost.",
        "Pell Arkwright-Dunne",
        "The colonies will recover by June",
    ),
    (
        "Dr. Odile Marchetti-Sward has measured the lake since 2004. The ice goes out three weeks earlier than it "
        "did, says the hydrologist, and the fish spawn before the insects hatch.",
        "Odile Marchetti-Sward",
        "The ice goes out three weeks earlier",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "piece"), TEXTS)
def test_the_scientist_after_an_inverted_cue_is_the_speaker(nlp, text, speaker, piece):
    assert any(who == speaker and piece in quote for who, quote in said_by(nlp, text)), said_by(nlp, text)


def test_a_document_after_an_inverted_cue_is_no_speaker(nlp):
    """ "…, explains the report, …": a document speaks for no one."""
    text = (
        "Moving north is one answer, explains the report, but the soils there are not the soils growers know. "
        "The report was written by a panel of ecologists."
    )
    assert said_by(nlp, text) == []

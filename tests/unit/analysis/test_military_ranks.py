"""Abbreviated military ranks before a name (texts of our own): "said Air Force 1st Lt. Tom Reyes", "Navy Lt. Cmdr.
Ada Brenn", "Brig. Gen. …", "Pfc. …" end no sentence and are no part of the speaker's name, nor of their affiliation."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, profiles_of, said_by

_SAID = f"{L}I was hoping the ferry would run all winter,{R} said"
_MORE = f"{L}It is a long walk around the bay.{R}"


@pytest.mark.parametrize(
    "rank",
    ["Air Force 1st Lt.", "Army 2nd Lt.", "Navy Lt. Cmdr.", "Brig. Gen.", "Pfc.", "Army Spc.", "Marine Pvt."],
)
def test_an_abbreviated_military_rank_is_no_part_of_the_speaker_s_name(nlp, rank):
    rows = said_by(nlp, f"{_SAID} {rank} Tom Reyes. {_MORE}")
    assert [speaker for speaker, _ in rows] == ["Tom Reyes"]


@pytest.mark.parametrize(
    ("rank", "affiliation"), [("Brig. Gen.", ""), ("Pfc.", ""), ("Air Force 1st Lt.", "Air Force")]
)
def test_an_abbreviated_military_rank_is_no_affiliation(nlp, rank, affiliation):
    """The recogniser reads "Pfc." or "Brig." as a place, and "Air Force 1st" as an organisation."""
    rows = profiles_of(nlp, f"{_SAID} {rank} Tom Reyes. {_MORE}")
    assert [(speaker, found) for speaker, _, found in rows] == [("Tom Reyes", affiliation)]

"""Honorifics of West Africa ("Engr.", "Barr.") and the ranks of its police ("SP", "ASP") before a name are titles, no
part of the speaker's name (names.HONORIFICS, names.POLICE_RANKS), and a name behind them is a person's even when the
recogniser took it for an organisation; "Alhaji" and "Mallam", also given names, only before two words of a name
(names.NAME_HONORIFICS)."""

from __future__ import annotations

import pytest

from dashboard.analysis.names import clean_name
from tests.quoting import said_by


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Alhaji Garba Lawan", "Garba Lawan"),
        ("Alhaji Sesay", "Alhaji Sesay"),
        ("Mallam Sani Tukur", "Sani Tukur"),
        ("Engr. Chidi Amadi", "Chidi Amadi"),
        ("SP Folake Adeyemi", "Folake Adeyemi"),
    ],
)
def test_a_west_african_honorific_or_police_rank_is_no_part_of_the_name(mention, name):
    assert clean_name(mention, "PERSON") == name


def test_a_union_chairman_behind_alhaji_is_the_speaker_without_it(nlp):
    paragraph = (
        "The Chairman of the Kwara Road Transport Owners Union, Alhaji Garba Lawan, said drivers had begun to park "
        "their buses."
    )
    assert [s for s, _ in said_by(nlp, paragraph)] == ["Garba Lawan"]


def test_a_police_spokeswoman_behind_her_rank_is_the_speaker_without_it(nlp):
    paragraph = (
        "The command's spokesperson, SP Folake Adeyemi, who confirmed the arrest to our correspondent on Monday, said "
        "three men had been taken into custody."
    )
    assert [s for s, _ in said_by(nlp, paragraph)] == ["Folake Adeyemi"]

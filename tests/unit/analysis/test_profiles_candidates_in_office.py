"""A candidate whom a title of public office names before the name is an official, whatever part in the race the
apposition gives; a former office holder who runs is not. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_senator_described_as_the_defeated_candidate_is_an_official(nlp):
    found = profiles_of(nlp, "The defeated candidate, Senator Tomas Varga, said the country had chosen another road.")
    assert found == [("Tomas Varga", "official", "")]


def test_a_governor_described_after_the_name_as_the_challenger_is_an_official(nlp):
    found = profiles_of(nlp, "Governor Ilse Maren, the challenger, said the vote in the north had been fair.")
    assert found == [("Ilse Maren", "official", "")]


def test_a_former_senator_who_runs_is_no_official(nlp):
    found = profiles_of(nlp, "The challenger, former Senator Rita Oban, said taxes would fall in her first year.")
    assert found == [("Rita Oban", "other", "")]


def test_a_candidate_with_no_title_is_no_official(nlp):
    found = profiles_of(nlp, "The challenger, Rita Oban, said taxes would fall in her first year.")
    assert found == [("Rita Oban", "other", "")]


def test_a_challenger_who_was_a_minister_before_is_no_official(nlp):
    found = profiles_of(
        nlp,
        "President Aron Valk and his challenger, former finance minister Lena Dross, will meet in a runoff.",
        "Dross said the president had spent his term cutting ribbons.",
    )
    assert ("Lena Dross", "other", "") in found

"""A team, club or league spoken of by its noun ("the team said"): a team of no name is a group of people, an unnamed
source with an empty speaker; a body named before is that body, an institution (unnamed_teams, body_subjects)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_research_team_after_a_study_is_an_unnamed_group(nlp):
    profiles = profiles_of(
        nlp,
        "Researchers from the Institute of Alpine Studies tracked 40 glaciers for a decade. The team said the ice had "
        "thinned by a third.",
    )
    assert profiles == [("", "unnamed", "")]


def test_a_team_no_sentence_names_is_an_unnamed_group(nlp):
    assert profiles_of(nlp, "The team said the results were preliminary and had not been peer reviewed.") == [
        ("", "unnamed", "")
    ]


def test_a_research_team_by_its_lower_case_words_is_an_unnamed_group(nlp):
    profiles = profiles_of(
        nlp,
        "A study by scientists at Marrow Bay University found that the seagrass had recovered. The research team "
        "said more monitoring was needed.",
    )
    assert profiles[-1] == ("", "unnamed", "")


def test_a_team_named_by_its_club_is_the_club(nlp):
    profiles = profiles_of(nlp, "The Harbourside Rovers team said its captain would miss the next match.")
    assert profiles == [("Harbourside Rovers", "institution", "")]


def test_a_team_of_that_name_is_the_body(nlp):
    profiles = profiles_of(
        nlp, "Vireo Racing Team withdrew from the rally on Sunday. The team said its driver was unhurt."
    )
    assert profiles == [("Vireo Racing Team", "institution", "")]


def test_a_club_named_before_is_the_club(nlp):
    profiles = profiles_of(
        nlp,
        "Kestrel Bay Rugby Club confirmed the signing of a new fly-half on Friday. The club said the fee was "
        "undisclosed.",
    )
    assert profiles == [("Kestrel Bay Rugby Club", "institution", "")]


def test_a_league_named_before_is_the_league(nlp):
    profiles = profiles_of(
        nlp,
        "The Northern Premier League will expand to 22 clubs next season. The league said the change would reduce "
        "travel costs.",
    )
    assert profiles == [("Northern Premier League", "institution", "")]


def test_a_team_a_candidate_owns_stays_a_body(nlp):
    profiles = profiles_of(
        nlp, "Senator Elwin Drace trails in the state. A win there is still possible, his team believes."
    )
    assert [kind for _, kind, _ in profiles] == ["institution"]

"""A body spoken of again by a noun of its kind that its name lacks ("Kestrel City FC … The club said"): the one
name of that kind written before, tagged or not; none when two were (kind_cued_bodies)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_football_club_named_by_its_initials_is_the_club(nlp):
    profiles = profiles_of(
        nlp,
        "Kestrel City FC sacked its manager on Monday after a run of six defeats. The club said a successor would be "
        "named within a week.",
    )
    assert profiles == [("Kestrel City FC", "institution", "")]


def test_a_club_called_united_is_the_team(nlp):
    profiles = profiles_of(
        nlp, "Ashby United have appointed a new manager. The team said he would take charge on Monday."
    )
    assert profiles == [("Ashby United", "institution", "")]


def test_an_infirmary_is_the_hospital(nlp):
    profiles = profiles_of(
        nlp,
        "Harlow General Infirmary cancelled 300 operations last week. The hospital said staff shortages were to blame.",
    )
    assert profiles == [("Harlow General Infirmary", "institution", "")]


def test_a_college_is_the_school(nlp):
    profiles = profiles_of(
        nlp, "Dunmere College will close its music department. The school said enrolment had fallen by half."
    )
    assert profiles == [("Dunmere College", "institution", "")]


def test_a_college_is_the_university_not_a_body_called_university(nlp):
    profiles = profiles_of(
        nlp, "Dunmere College will close its music department. The university said enrolment had fallen by half."
    )
    assert profiles == [("Dunmere College", "institution", "")]


def test_a_premier_division_is_the_league(nlp):
    profiles = profiles_of(
        nlp,
        "The Northern Premier has fined two clubs for fielding ineligible players. The league said the fines were "
        "final.",
    )
    assert profiles == [("Northern Premier", "institution", "")]


def test_two_clubs_of_a_match_leave_the_club_unnamed(nlp):
    profiles = profiles_of(
        nlp, "Ashby United beat Kestrel City FC 2-1 on Saturday. The club said the manager would stay."
    )
    assert profiles[-1][0] == ""


def test_a_team_with_no_club_named_stays_a_group(nlp):
    profiles = profiles_of(
        nlp,
        "Researchers from the Institute of Alpine Studies tracked 40 glaciers. The team said the ice had thinned.",
    )
    assert profiles == [("", "unnamed", "")]

"""A state's police told as a force it holds or counts ("withdrew its police", "1,500 police" in a mission's ceiling)
is no cue against war or relations, as the police of a crime story are ("Police said the gunman ..."). On the real
spaCy pipeline with the shipped themes file; the articles are fictional."""

from __future__ import annotations

from tests.theming import article


def test_police_counted_in_a_missions_ceiling_is_no_cue_against_its_vote(themes, nlp):
    found = article(
        themes,
        nlp,
        "Security Council Renews Haiti Mission For A Year",
        [
            "UNITED NATIONS, July 2 - The UN Security Council voted on Tuesday to renew its mission in Haiti for "
            "another year, with China and Russia abstaining.",
            "The resolution caps the mission at 2,500 soldiers and 1,200 police.",
        ],
    )
    assert "diplomacy" in found[0], found[0]
    assert "diplomacy" in found[1], found[1]


def test_the_police_of_a_crime_story_still_speak_against_war(themes, nlp):
    found = article(
        themes,
        nlp,
        "Man Held After Shooting At Bus Stop",
        [
            "A man was arrested on Friday after a shooting at a bus stop in the city centre left two people hurt.",
            "Police said the gunman had fired six shots and 40 police officers searched the area for a second man.",
        ],
    )
    assert found == [[], []], found

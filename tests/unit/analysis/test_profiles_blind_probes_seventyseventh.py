from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventyseventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 9 of 47 blind. By pattern: "The agency
#: said" at the end of a story whose "The agency's administrator, X" was the U.S. regulator's, found as said by the
#: European regulator named in between ("The European Air Safety Directorate, which grounded the jet ..., said"), though
#: that one is a directorate, no agency (missed and extra: 2); "X, who heads the board" after "Peru's Air Accident
#: Investigation Board" was named found as `other` with no body, and so her two later quotes too (3); "The Flight
#: Attendants' Guild of Ireland said" found as a person `other`, "Flight Attendants' Guild", not the guild as itself
#: (missed and extra: 2); "Kelvair, which flies 24 of the jets, said" found as said by "Kelvair Pilots Association", a
#: longer name written later in the story (missed and extra: 2), and the airline's chief executive and spokesman tied to
#: that association too (the harness lets it pass, as "Kelvair" stands inside the name).
#: Then 6 once "X, who heads the board" (or chairs the commission, runs the directorate) means the board, commission or
#: directorate named before, as "who heads the company" did (governing_bodies, test_governing_bodies_headed.py).
#: Then 4 once a name that opens the name of a body of its pilots, workers or staff ("Kelvair" of "the Kelvair Pilots
#: Association") stands for the company, not that body (members_bodies, test_members_bodies_named_after.py).
#: Then 2 once "guild" is a body's noun and the run of words naming a body the recogniser missed takes in "of" and the
#: country right after it ("The Flight Attendants' Guild of Ireland said") (place_after_bodies,
#: test_guilds_of_a_place.py).
#: Then 0 once a state body's noun the page already gave one body keeps it ("The agency said" after "The agency's
#: administrator, X" was the administration's), when the body otherwise meant lacks the noun in its name and acted no
#: nearer than two paragraphs back (state_nouns_kept, test_state_nouns_kept.py).
#: Not scored and left: the lawyer's "Chicago" as an affiliation ("a Chicago lawyer"), and the victim's sister given
#: her brother's role ("whose brother was a flight attendant").
_WRONG_AT_MOST = 0


def test_the_batch_of_the_seventyseventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong

"""The whole batch of fictional stories of a thirty-second round of blind profile probes (security and geopolitics
analysis pieces in the seed's register: an Indonesian-Australian naval exercise, a Japan-Philippines submarine pact,
Russian ships around Svalbard, Kazakhstan between Russia and China, a UAE-India security pact), its wrong count kept
in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtysecond import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 12 of 54 blind.
#: 9 once a name ending in "Shipbuilding" or "Headquarters" names a body, though tagged a person's ("Kaiyo
#: Shipbuilding, the Kobe-based yard …, said": was "other"; its president was tied to the ministry named before; the
#: joint headquarters was a person of its town).
#: 8 once a fleet or command is a state's armed service ("A spokesman for Russia's Northern Fleet": was "other"), with
#: a gold slip set right after the run: the headquarters speaks as "Norway's Joint Headquarters", as the project keys
#: armed services with their country ("South Korea's Joint Chiefs of Staff", twentieth batch).
#: 4 once an embassy speaks with the city it sits in ("Japan's embassy in Manila", "Russia's embassy in Oslo": were
#: cut before "in", a miss and an extra each).
#: Also mended, unscored by this harness (which takes an affiliation inside the gold's as right): "Ministry spokesman
#: X" opening a sentence was tied to a body called "Ministry"; it is now the defence ministry that spoke just before.
#: Left: "Per Lunde, a former … ambassador," — the parser reads the Scandinavian given name "Per" as the preposition
#: and the recogniser tags no person, so the speaker is "Lunde" (twice, a miss and an extra each); "Per" before a
#: name opens no sentence of dev or train, so no rule was made for it.
#: Then 0: a name of capitalised words set off before a person's post ("X, a former … ambassador,") is one person,
#: whatever the recogniser tagged its words, and a word of it the parser hung outside it is hung on it
#: (described_name_runs).
WRONG_TODAY = 0


def test_the_batch_of_the_thirtysecond_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong

"""Speaker profiles in shapes a twenty-second round of blind probes (world news analysis pieces: a rice export ban, a
lithium deal, a port access pact, a Pacific policing agreement, a Caspian pipeline, an island's base lease) found
wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentysecond import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 25 of 53 blind. 15 once a name runs
#: on over the Filipino particle "dela" ("Secretary Ramon dela Cruz", the given name else left in the title), a name
#: run straight on after the place an envoy was posted to is the speaker ("high commissioner to Fiji James Whitford",
#: and "he" after him), a community leader holds no office, a body's name the parser hung as an apposition of
#: "analysts" hangs on the noun that describes it ("Analysts at the consultancy X said", X else the speaker), and a
#: title the parser split from the name after a ministry's name is the name's ("Ministry of External Affairs
#: spokesperson X said at a briefing"). Tried and dropped: a head or minister by title alone ("President X", "Energy
#: Minister X") serving the one state the article's opening makes a subject; right in this batch (5 quotes), but on
#: dev and train as often a visiting leader's host ("President" Obama in a story opening on Saudi Arabia, a Venezuelan
#: president in one on Ecuador). Left: those 5 and "Turkmenistan's state news agency quoted President X" (a state's
#: media naming its head); "Islanders on Agaléga" tagged an organisation; a grain trader, whom the rules of traded
#: markets make an analyst; and three finds the gold
#: written before the run left out though the guidelines may count them: "a deal critics say hands …", a second cue
#: joined by "and"/"but" to the first ("said …, and insisted …", "said … but urged …"), and "…, citing a poor harvest"
#: after a government acted. 13 once an embassy speaks with the city it sits in ("China's embassy in Honiara", the
#: city tagged a person's: was "China's embassy", a miss and an extra; profiles32). 12 once "said the United States
#: respected … but urged …" is one quote, the second verb more of what the spokesman reports (others_reported.py).
#: 11 once a lede that opens on a country by name ("Bolivia signed …, a deal … hands Beijing …") gives that country
#: to a minister of a portfolio quoted after it, though the lede names another state (governing_subjects.py;
#: profileleft43); a bare "President X" there still asks for the government as the lede's subject (the dropped try
#: above). Left: "President X" of that story, the Solomon Islands prime minister (the country tagged a person in
#: the lede), "Trade Minister X" after a lede whose subject is prices, the state media's president, the grain trader,
#: and the three finds the gold left out.
#: Then 9: a bare title whose cue is placed in a capital of a state the lede names ("told a news conference in Hanoi",
#: "said at the signing ceremony in La Paz") serves that state (capital_placed_speakers).
_WRONG_AT_MOST = 9


def test_the_batch_of_the_twentysecond_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


def test_a_name_run_on_over_a_filipino_particle_is_one_name(nlp):
    paragraph = "Philippine Trade Secretary Lito dela Cruz said the government would buy more rice from abroad."
    assert profiles(nlp, paragraph) == [("Lito dela Cruz", "official", "Philippines")]


def test_a_name_run_on_after_the_place_an_envoy_was_posted_to_is_the_speaker(nlp):
    paragraph = "Former Canadian ambassador to Chile Tom Reyes said the agreement came too late."
    assert profiles(nlp, paragraph)[0][:2] == ("Tom Reyes", "analyst")


def test_a_community_leader_holds_no_office(nlp):
    paragraph = "Rosa Mamani, a community leader, warned that the mine would poison the river."
    assert profiles(nlp, paragraph) == [("Rosa Mamani", "other", "")]


def test_analysts_at_a_firm_described_before_its_name_are_a_group_of_it(nlp):
    paragraph = "Analysts at the consultancy Delta Commodity Research said the ban could cut supplies by a tenth."
    assert profiles(nlp, paragraph) == [("", "unnamed", "Delta Commodity Research")]


def test_a_spokesperson_the_parser_split_from_the_name_is_the_ministry_s(nlp):
    paragraph = (
        "India's Ministry of External Affairs spokesperson Kiran Bose said at a weekly briefing that the talks had "
        "gone well."
    )
    assert profiles(nlp, paragraph) == [("Kiran Bose", "official", "Ministry of External Affairs")]

"""The whole batch of fictional stories of a forty-third round of blind profile probes (write-ups of think-tank
events, panels, conferences and webinars on world affairs: a security forum's panel on a strait, a webinar on
sanctions, a university's conference on a region, a book launch, a defence conference's keynote, a panel on a
blockade), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortythird import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 23 of 64 blind; 20 of 65 with two gold
#: slips set right after the run (a questioner "who said she was an oil trader" says something, a quote the blind gold
#: left out; an embassy speaking as itself is keyed by the fullest name the article gives it, "Chinese embassy in
#: Washington").
#: 6 once a former official's present post names their affiliation ("who commanded the navy's fleet and now heads the
#: programme at Y", "who was the Treasury's assistant secretary until last year and is now a senior adviser at Y"; 8
#: rows, present_posts), the title before a name outweighs a part in an event set before it ("The moderator, Brightmoor
#: president X"; occasion_titles), a post held "from 2014 to 2016" is a former one (past_posts) and a forum is an
#: institution noun ("The forum said", "director of the forum's Asia programme"; lexicon).
#: 5 once a direct quote's trailing ", to laughter from the room" is no quote of its own (audience_reactions);
#: panellists and attendees of an event became people who speak unnamed as well (lexicon), "speakers" not, for
#: meetings coverage sums up a debate by it ("with speakers urging the parties to …").
#: Left: "speakers warned" after "if tensions … boil over," (no speaker noun, and the cue hung on the "if" clause); "The
#: Calloway Institute said" not keyed by the fuller name given before; a French-named university ("Universite de la
#: Cote Atlantique") not meant by "the university", so a former minister who teaches there stays her country's.
#: Then 3: "The Calloway Institute said" is the body named before with the field its name ends with ("… for Strategic
#: Studies": names_without_fields).
_WRONG_AT_MOST = 3


def test_the_batch_of_the_fortythird_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong

"""The whole batch of fictional stories of a forty-ninth round of blind profile probes (retail, food prices and
consumer goods from the wire, the business pages and the consumer desks: a supermarket chain's results, a food maker's
price rises, a consumer minister and a competition watchdog on grocery margins, a central bank governor on food
inflation, a discount chain closing stores), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortyninth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 13 of 57 blind, 13 of 59 after two
#: gold slips (a second cue joined to "said" is a quote of its own, as GUIDELINES.md and the thirteenth batch read it:
#: "said … and called for X", found and first taken for an extra; "said … but warned that …", not found apart).
#: 10 after the round's mends: "The Australian Food" and "Grocery Retailers Council", tagged apart at "and", speak as
#: one body named once (body_phrases.fields_joined_before), and "Its general secretary, X, called on Y to raise pay",
#: "called" read as a modifier of the title, takes the infinitive hung on it (called_predicates.infinitive_of_call_on).
#: 6 after the next round: a company named with a possessive "'s" of its own ("Pennington's said"), written so in
#: every mention and never bare, keeps it (possessive_bodies.bodies_named_with_possessive).
#: 5 after the next: a cue right after "but" with no subject, which the parser hung on "said" as what was said ("said
#: … but warned that …"), is a second cue of the same speaker (joined_cues.misread_as_said).
#: Left, by pattern: a store manager quoted by first name is not tied to the chain of "a Y store" ("Tariq, who manages
#: the store,", "A Y store manager …, Carla,") (2); a Dutch given name the recogniser leaves out ("Marleen X", surname
#: taken for a body) cuts the speaker to her surname (2); "the grocer's finance chief" is tied to no body (1): "grocer"
#: as a company noun was tried and dropped, since "the grocer says" is as often a shopkeeper the article named (the
#: fourth long-form batch).
#: 4 after the next: "grocer" and "supermarket" owning an officer's role in the possessive only ("the grocer's finance
#: chief"), never as a speaker or a noun alone, mean the company named before (owned_bodies.TRADE_OWNERS, which
#: meant_organisations now looks for far back as it does for "the retailer's").
#: Then 2: a name of capitalised words set off before a person's post ("Marleen X, head of …") is one person, whatever
#: the recogniser tagged its words (described_name_runs).
_WRONG_AT_MOST = 2


def test_the_batch_of_the_fortyninth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong

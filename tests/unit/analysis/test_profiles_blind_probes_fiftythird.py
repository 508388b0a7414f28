"""The whole batch of fictional stories of a fifty-third round of blind profile probes (jobs, wages and labour-market
news: a monthly jobs report, a city's minimum-wage increase, a union organising drive at a warehouse, a strike vote at
a port, a carmaker's layoffs), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fiftythird import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 15 of 53 blind, 14 of 54 after one gold
#: slip (a direct quote after a new cue left out of the gold). By pattern: "Chief Statistician X" of a statistics
#: office taken for an `other` (2); "the office said" after "the National Labour Statistics Office said" missed (1);
#: "the labor board's regional director" given the short "labor board", not the board's full name the article gave (1);
#: "what she called impossible productivity targets" split off as a quote of its own (1); "The Port of Calverton
#: Authority said" read as an official "Port" of "Calverton Authority", its one quote split in two (3); a worker named
#: by his first name only ("Darnell, a machine operator ...") taken for an institution (1) and his next direct quote
#: ("he said") given to the executive named before him (2); "The Allied Autoworkers union said" keyed with the
#: common noun "union" (gold "Allied Autoworkers"), its one quote split at "and accused" (3).
#: 11 after the round's mends: a worker told by the machine he operates ("Darnell, a machine operator at the plant,")
#: is a person, with no body made of "machine operator" (machine_operators). Left, by pattern: "Chief Statistician X"
#: (2); "the office said" (1); "the labor board's" short name (1); "what she called" split off (1); "The Port of
#: Calverton Authority said" (3); "The Allied Autoworkers union said" (3).
#: 9 after a port named by its place became one body speaking as itself (port_bodies). Left, by pattern: "Chief
#: Statistician X" (2); "the office said" (1); "the labor board's" short name (1); "what she called" split off (1);
#: one quote split at a second cue verb ("and urged", the port's; "and accused", the union's) (2); "The Allied
#: Autoworkers union said" keyed with the common noun "union" (2).
#: 5 after "Chief Statistician X" is an official under the whole title (run_on_names, sciences, 2), "…, while
#: manufacturing shed jobs …, the office said." is a closing cue though the parser hung "while" on it
#: (marked_closing_cues, 1), and "the labor board's regional director" is the board's, named in full before
#: (bodies_described_again, 1). Left, by pattern: one quote split at a second cue ("what she called", "and urged",
#: "and accused") (3); "The Allied Autoworkers union said" keyed "… union", as test_profiles_bodies.py keeps "Unite
#: Workers union" on purpose (2): conventions for the lead to settle.
_WRONG_AT_MOST = 5


def test_the_batch_of_the_fifty_third_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong

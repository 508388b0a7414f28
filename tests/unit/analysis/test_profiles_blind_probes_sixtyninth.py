"""The whole batch of fictional stories of a sixty-ninth round of blind profile probes (metals smelting and refining,
metals exchanges and commodity trading houses: a trading house's results, an aluminium smelter's closure, a halt of
nickel trading, a ban on raw bauxite exports, a gold refiner struck off a delivery list, a tailings leak at a zinc
mine), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_sixtyninth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 13 of 52 blind. By pattern: "A spokesman
#: for the trader, X, said" with no affiliation, the trader named before (1); "X told analysts on a call, adding that
#: ..." cut in two quotes (extra: 1); "X, president of the Y Union local that represents the smelter's 900 workers,
#: said" missed (1); "A spokesman for the trading house Y, X, said" found as Y, `other` (missed and extra: 2); "X, chief
#: executive of the Australian miner Y" found as `official` of Australia (1); "Its chief executive, X" after "The Y
#: Council said it had removed the Swiss refiner Z" with no affiliation (1); "Valmora said in a statement" after
#: "the Swiss refiner Valmora Affinage" found as `other` of "Swiss refiner" (1); "Coldwater Ridge said" after the
#: regulator "had ordered Coldwater Ridge Zinc to" found as the short name (missed and extra: 2); "Its chief operating
#: officer, X" after the miner's short name with no affiliation (1); "The United Mine and Mill Workers, which
#: represents ..." found as "United Mine" (missed and extra: 2).
#: Then 3 once "chief executive of the Australian miner Y" makes a company of Y (firm_trades), a union cut at "and" with
#: the rest tagged a person speaks under its whole name (split_bodies.members_after_and), a company introduced as "the
#: Swiss refiner Y" and called by its first word is no person (missed_names), "A spokesman for the trading house Y, X,"
#: is X's (names_set_off_after_bodies, trade_houses), "A spokesman for the trader, X," speaks for the company named
#: last as a subject (spoken_for_trades) and "Coldwater Ridge said" after "Coldwater Ridge Zinc" is the miner
#: (metal_named_miners). Left: the direct quote and its ", adding that …" found as two quotes (1); "Sylvain X-Y,
#: president of …, said" missed, the given name parsed as a verb with the surname its object (1); "Its chief
#: executive, X" after "The Y Council said it had removed the Swiss refiner Z" now tied to Z, the object, not the
#: council (1).
#: Then 2 once a name that opens the sentence, its given name parsed as a verb, is the subject of the cue
#: (given_names_read_as_prepositions, test_given_names_read_as_prepositions.py).
_WRONG_AT_MOST = 2


def test_the_batch_of_the_sixtyninth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong

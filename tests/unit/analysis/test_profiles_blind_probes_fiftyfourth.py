"""The whole batch of fictional stories of a fifty-fourth round of blind profile probes (crypto, fintech and payments
news: a crypto exchange's collapse, a stablecoin bill, a bitcoin slump, a payments start-up's funding round, a bank's
crypto partnership with a fintech firm), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fiftyfourth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 13 of 52 blind, no gold slip. By
#: pattern: "A lawyer for X, Felix Hartmann of Hartmann Lowe," given no affiliation (1); "Elise Marchetti, deputy
#: governor of ..." keyed with the short name "Marchetti" for both her quotes (4); "according to data from CoinLedger"
#: taken for a quote of CoinLedger (1); "Analysts at Broadmere Bank wrote in a note to clients" missed (1);
#: "Co-founder and Chief Executive Adaeze Nwosu said" given to no one (2); "according to the blog post" taken for an
#: unnamed quote (1); "Harrowgate's head of digital" taken for an analyst (2); "Ledgerly's chief executive, Owen Marsh,"
#: given no affiliation (1).
#: 11 once a bank's head of a line of business it sells ("head of digital") is an executive, `other`, not one of the
#: bank's experts (business_lines).
#: 9 once two titles joined by "and" that open a sentence, the first hyphenated ("Co-founder and Chief Executive X
#: said"), are the titles of the person named after them (joined_title_holders).
#: 5 once a given name the tagger read as a verb ("Elise") stays in the person's name when the parser hung it on the
#: surname as a compound (misread_given_names). Left, by pattern: a law firm named by two surnames after "of" taken
#: for a person, no affiliation (1); "according to data from" a tracker and "according to the blog post" taken for
#: quotes (GUIDELINES: data and a post are no speakers, though the train annotation keeps such sources) (2);
#: "Analysts at Y wrote in a note to clients that …" with "that" read as the object of a later "to" (1); a firm whose
#: name ends in "-ly" tagged an adverb and never an organisation, so its chief executive has no affiliation (1).
#: 4 once a "that" taken for the object of a later preposition that has an object of its own ("… that bitcoin could
#: fall to $42,000") opens what was said after a note's setting (setting_clauses). Left, by pattern: the law firm
#: taken for a person (1); "according to data from" and "according to the blog post" (2); the "-ly" firm (1). 3 once a
#: firm named after the partner it is set after ("X Hartmann of Hartmann Lowe") is the partner's affiliation
#: (partners_firms). Left: "according to data from" and "according to the blog post" (2); the "-ly" firm (1).
_WRONG_AT_MOST = 3


def test_the_batch_of_the_fifty_fourth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong

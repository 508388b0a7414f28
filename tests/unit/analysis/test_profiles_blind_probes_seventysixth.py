"""The whole batch of fictional stories of a seventy-sixth round of blind profile probes (drug patents running out: a
Swiss drugmaker's results call after copies of its best seller arrived, a German patent court revoking a blood
thinner's patent, a US agency clearing the first swappable copy of a cancer drug, a Polish health minister's threat to
stop paying for a cystic fibrosis drug and India's first compulsory licence in a decade), its wrong count kept in
sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventysixth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 11 of 46 blind. By pattern: "The
#: company said" after "it said sales of its ... injection Ortevia dropped" found as said by the product Ortevia, not
#: by Halvorne Pharma (missed and extra: 2), and "Its chief executive, X" there tied to Ortevia too (1); "Its chief
#: executive, X" after "Trevalon said ... it would appeal to the Federal Court of Justice" tied to that court and made
#: an `official` (1); "The generic makers' lobby Equimed Europe said" found as `other`, not the lobby as itself (1), and
#: "Its director general, X" then tied to "Cardexin" (1); "The office said in its order that the drug's Swiss maker,
#: Aldenmatt, had ..." and then "Aldenmatt said" found as a person `other` with "drug's Swiss maker" for a body (1), and
#: "A spokeswoman for Aldenmatt, X" then an `official` with no body (1); "At Riksvang Hospital in Oslo, chief
#: pharmacist X said" with no body (1); "X, who campaigns on access to medicines for the aid group Y" with no body (1);
#: "X, a spokeswoman for the insurer" after the state insurer was named found as `other`, not as the state body's
#: official (1).
#: Then 9 once a name set off after a good's maker ("the drug's Swiss maker, Aldenmatt,") is a company's in every
#: mention, so "Aldenmatt said" is the company and its spokeswoman works there (goods_makers_named,
#: test_goods_makers_set_off.py).
#: Then 6 once a name written right after a medicine's noun ("its arthritis injection Ortevia") is a product in every
#: mention, no company that "Its chief executive" or "The company said" could mean (medicine_brands,
#: test_medicine_brands.py).
#: Then 5 once "At Y, chief pharmacist X said" ties X to Y also where the parser hangs the comma on Y
#: (works_at.fronted_workplace, test_fronted_workplaces_comma.py).
#: Then 4 once "Its chief executive, X" after "Trevalon said ... it would appeal to the Federal Court of Justice" means
#: the company "Trevalon" is the short name of, though the tagger read the word that opens the sentence as a common
#: noun and left it untagged (short_name_speakers, test_short_name_speakers.py).
#: Left: "The generic makers' lobby Equimed Europe said", where the parser reads "lobby" as an adverb and the
#: recogniser "Europe" as a place, found as `other`, and "Its director general, X" with no body (2); "X, a spokeswoman
#: for the insurer" after "the state insurer, the Public Health Fund" ties her to the fund but stays `other`, as a
#: fund's spokeswoman is, though her fund is a state body (1); "X, who campaigns on access to medicines for the aid
#: group Medicines Within Reach" with no body, the name tagged a work's and "for" hung on "access" (1).
#: Then 3 once a name written after "the" and lower-case words ending in a body's noun ("The generic makers' lobby
#: Equimed Europe said"), found as a person with no body, is the body speaking as itself (bodies_after_the,
#: test_bodies_after_the.py); "Its director general, X" is still tied to no body.
_WRONG_AT_MOST = 3


def test_the_batch_of_the_seventysixth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong

"""The whole batch of fictional stories of a seventieth round of blind profile probes (property developers,
real-estate debt and housing markets: a developer's missed bond coupon, a court's winding-up order, a central bank's
financial stability report, a housing ministry's fund for stalled flats, a developer's insolvency, an office landlord's
loan default), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventieth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 18 of 54 blind. By pattern: "Its lead
#: analyst for the company, X, said" after "Rating agency Y said" found as an unnamed source with X as affiliation
#: (missed and extra: 2); "X, of the accountancy firm Y, who was appointed liquidator by the court, said" found as an
#: institution under the surname, and so his surname alone later (missed and extra: 4); "Y, one of the most indebted
#: listed landlords, said" found as `other` (1) and "Its chief executive, X" after it with no affiliation (1); "X, a
#: credit analyst at Y, said the sale would ease ... for now but that it still had ..." with the sentence cut at "but"
#: (missed and extra: 2); "X, president of the Forum for Y, which says it represents 40,000 buyers, said" found as an
#: `analyst` (1) with the relative clause's "says" an extra quote of the forum (1); "The developer's managing director,
#: X" with no affiliation (1); "The insolvency administrator appointed by the Hamburg district court, X, said" found as
#: an unnamed source (missed and extra: 2); "The loan's special servicer, Y, said" found as `other` (1); "New York City
#: Comptroller X" found as `other` (1); "X told analysts on a conference call, saying ..." cut in two quotes (extra: 1).
#: A gold slip mended after the run: "the Forum for Y, which says it represents 40,000 buyers," is the forum's own
#: claim with a verb of saying, a quote of the forum by GUIDELINES.md, so it is gold now, no extra (17 of 55 blind).
#: Then 10 once a comptroller is a public office (kinds), "the developer's managing director" is the company's named
#: before (owned_bodies), a given-named person hung on the body noun of "Its lead analyst for the company, X," is the
#: analyst (owner_appositions), names ending "Servicing", "Properties", "Realty", "Developments", "Homes" or "Lending"
#: are organisations (names), a forum named by the people it gathers is a body of members (business_lobbies) and a
#: lower-case "but" after a word opens no sentence (conjunction_stops). Left: "Aldous Pryce-Menon" tagged a place
#: without his unknown given name and the accountancy firm tagged a person (4 with his surname alone); "Till
#: Brennecke-Ostwald" with the given name parsed as the preposition "till" (2); "Kvarnholm Fastigheter", a company
#: tagged a person and described as "one of the most indebted listed landlords", and so "Its chief executive" after
#: it (2); "Greater Noida" tagged an organisation and taken for what "The developer's" means (1); the direct quote and
#: its ", saying …" found as two quotes (1).
#: Then 8 once a name set off after the subject's title, its given name parsed as a preposition ("till"), is the
#: apposition of the title (given_names_read_as_prepositions, test_given_names_read_as_prepositions.py).
#: Then 6 once a name of two or three words tagged a person's, with no given name the lexicon knows, whose reported
#: clause has "it" do a company's own business ("said it had agreed to sell 14 office buildings") is the company's, so
#: "Kvarnholm Fastigheter" speaks as itself and "Its chief executive, X" works there (self_reporting_names,
#: test_companies_speaking_of_themselves.py).
_WRONG_AT_MOST = 6


def test_the_batch_of_the_seventieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong

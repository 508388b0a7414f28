"""Speaker profiles in shapes a twenty-fifth round of blind probes (business and politics wire stories from Africa,
Asia and Latin America: a telecom licence row, a copper mine strike, a central bank governor's hearing in
parliament, a port concession) found wrong, and the whole batch of fictional stories the round was run on, its wrong
count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentyfifth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 10 of 34 blind, 9 once a gold entry
#: the blind gold left out was added (see the batch's module). 7 once a body of members named with "of" and its
#: country keeps the country the recogniser tagged a place ("Association of Licensed Telecom Operators of Nigeria").
#: 5 once a company's name of several words the recogniser tagged a person's, before an executive's capitalised title
#: and the executive's name, is the company ("Sahel Mobile Chief Executive Ravi Menon"). 3 once a body named beside
#: the owner a spokeswoman speaks for is no name of hers ("A spokeswoman for X's parent, Karoo Telecom Holdings,").
#: 2 once "the committee's chairman" serves the committee named before by what it does ("parliament's finance
#: committee"), not the central bank named last. Left: "Treasury Cabinet Secretary X" tied to the Treasury, where
#: the blind gold has the state (either is defensible, as for a ministry's spokesman), and "vowed to challenge it in
#: court" taken for a second quote of the party.
_WRONG_AT_MOST = 2


def test_the_batch_of_the_twentyfifth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


def test_a_body_of_members_named_with_of_and_its_country_keeps_the_country(nlp):
    paragraph = "The Federation of Cocoa Exporters of Ghana said the new levy would cut farm incomes."
    assert profiles(nlp, paragraph) == [("Federation of Cocoa Exporters of Ghana", "institution", "")]  # "Ghana" cut


def test_a_company_before_an_executive_s_capitalised_title_and_name_is_the_company(nlp):
    paragraph = "Sahel Networks Managing Director Ravi Menon said the company would appeal against the fine."
    assert profiles(nlp, paragraph) == [("Ravi Menon", "other", "Sahel Networks")]  # the company tagged a person


def test_a_body_named_beside_the_owner_a_spokeswoman_speaks_for_is_no_name_of_hers(nlp):
    paragraph = (
        "A spokeswoman for Tana Mobile's Kenyan parent, Rift Telecom Holdings, said the group would not comment."
    )
    assert profiles(nlp, paragraph) == [("", "unnamed", "Rift Telecom Holdings")]


def test_the_committee_s_chairman_serves_the_committee_the_house_named_by_what_it_does(nlp):
    paragraphs = (
        "Central Bank of Ostland Governor Ana Ruiz told parliament's budget committee on Monday that rates would "
        "stay on hold.",
        "The committee's chairman, Tomas Brandt, said the bank had acted too late.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Tomas Brandt", "official", "budget committee")

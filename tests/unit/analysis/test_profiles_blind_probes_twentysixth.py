"""Speaker profiles in shapes a twenty-sixth round of blind probes (European business and politics wire stories: an
EU competition fine, a German coalition budget row, a French rail strike, a Nordic bank's money-laundering probe)
found wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentysixth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 14 of 35 blind. 12 once a body's
#: initials tagged together with the portfolio of the commissioner's title after them are the body ("EU Competition
#: Commissioner X": EU, as for "EU Trade Commissioner"). 10 once a plural noun of people that opens the sentence and
#: was tagged an organisation is a group of people ("Commuters waiting at the station said"). 9 once a party named
#: after "the" and a side of the house speaks as itself ("The opposition Christian Democrats said"). 8 once a
#: government's spokesman with no body of their own serves the article's country, as a minister of a portfolio does
#: (the twenty-seventh round: "Government spokesman X" and the Berlin dateline). 6 once an organisation's name the
#: parser hung on "spokesman", set off right after the body noun of "A spokesman for the region's transport authority,
#: Y," is that body's (an unnamed spokesman of it), and 4 once a body's noun set beside a largest shareholder names the
#: shareholder itself ("X's largest shareholder, the pension fund Y, said": Y speaking). Left: a spokeswoman who
#: "declined to comment on whether" (the blind gold counts it; nothing says what she said), "said X but asked Y to"
#: taken for two quotes, and "Chief Prosecutor X" after the authority that opened the probe left with no body. 3 once
#: "said the government would not … but asked Y to …" is one quote (others_reported.py). Left: the spokeswoman who
#: declined to comment, and the Chief Prosecutor with no body.
_WRONG_AT_MOST = 3


def test_the_batch_of_the_twentysixth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


def test_a_body_s_initials_tagged_with_a_commissioner_s_portfolio_are_the_body(nlp):
    paragraph = "EU Energy Commissioner Petra Laine said the gas storage rules would be eased next winter."
    assert profiles(nlp, paragraph) == [("Petra Laine", "official", "EU")]  # was "EU Energy"


def test_a_plural_noun_of_people_opening_the_sentence_is_no_body(nlp):
    paragraph = "Commuters stranded at the central station said the buses sent to replace trains were full."
    assert profiles(nlp, paragraph) == [("", "unnamed", "")]  # was ("Commuters", "institution", "")


def test_a_party_after_the_and_a_side_of_the_house_speaks_as_itself(nlp):
    paragraph = "The opposition Christian Democrats said the tax plan would hurt small farms."
    assert profiles(nlp, paragraph) == [("Christian Democrats", "institution", "")]  # was "other"


def test_an_organisation_named_right_after_the_body_a_spokesman_speaks_for_is_that_body(nlp):
    paragraph = (
        "A spokesman for the city's transit authority, Metro Transit Board, said trains would run late on Friday."
    )
    assert profiles(nlp, paragraph) == [("", "unnamed", "Metro Transit Board")]


def test_a_body_set_beside_a_largest_shareholder_is_the_shareholder_speaking(nlp):
    paragraph = "Corvel Bank's largest shareholder, the pension fund Tarnby Pension, said it wanted a new chairman."
    assert profiles(nlp, paragraph) == [("Tarnby Pension", "institution", "")]

"""The whole batch of fictional stories of a thirtieth round of blind profile probes (European parliamentary and EU
politics stories, wire and long-form: a packaging law in the European Parliament, a Danish coalition quarrel, a
German constitutional ruling on the debt brake, a euro-area rate decision, a competition fine, a Belgian caretaker
government), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import said_by, wrong_in_stories
from tests.unit.analysis.profile_probes_thirtieth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 14 of 34 blind (one of them the
#: caretaker prime minister's warning in the lede, found with no speaker, which the blind gold left out).
#: 11 once a legislator's title in initials, alone or after a country's adjective, is no organisation ("Dutch MEP X",
#: "X, a German MEP from the Social Democrats,": the recogniser tagged "MEP" an organisation, which became the
#: affiliation and, before a name, made the MEP `other`).
#: 10 once a central bank's economist is a central banker ("The bank's chief economist, X," after the ECB held its
#: rate: was an analyst).
#: 9 once what a "who" clause says a person is not gives no role ("Its spokeswoman, X, who is not a member of
#: parliament, said": was an official, a member of parliament, of no party).
#: 8 once the speaker after an opening participle's phrase is the noun phrase before the cue ("Reading the verdict
#: in …, the court's president, Judge X, said": was missed; opening_participles.py).
#: 7 once a body named after its kind with a city before that noun ("an analyst at the <city> think tank X") is X, not
#: the city (modified_workplaces.py; profileleft39). 5 once a lobby group whose name ends in a place the recogniser
#: tagged alone, set off by "a lobby group", speaks as itself (apposed_bodies.py), and "Its director general, X," right
#: after it spoke is its own, not the Commission's named before (spoken_owners.py; profileleft39b). Left: an
#: environment commissioner tied to no Commission, "The opposition Christian Democrats, who brought the case," taken
#: for people (`other`), the caretaker prime minister tied to no state, a party leader ("Their leader, X,") tied to
#: another party, and a lede quote with no speaker that the blind gold left out. 4 once the lede's subject after a
#: clause that sets the scene ("Three weeks after an election left …, Belgium's caretaker prime minister has
#: warned") is the one read for the state a bare "Prime Minister X" serves, and a head of government owned by a
#: country is that state's government acting (governing_subjects.py; profileleft43).
#: Then 3 once a name written after "the" and a body's noun ("The opposition Christian Democrats, who brought the
#: case, said"), found as a person with no body, is the party speaking as itself (bodies_after_the,
#: test_bodies_after_the.py).
WRONG_TODAY = 3


def test_the_batch_of_the_thirtieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_legislator_s_title_in_initials_is_no_organisation(nlp):
    lone = ("Dutch MEP Sander Bakker said the law would cut waste.",)
    described = ("Jonas Weber, a German MEP from the Social Democrats, said the tax was overdue.",)
    assert profiles(nlp, *lone) == [("Sander Bakker", "official", "Netherlands")]  # was of "MEP"
    assert profiles(nlp, *described) == [("Jonas Weber", "official", "Social Democrats")]  # was of "MEP"


def test_a_central_bank_s_economist_is_a_central_banker(nlp):
    paragraphs = (
        "The Central Bank of Ostland held its main rate on Tuesday.",
        "The bank's chief economist, Arvid Moen, said in a speech that rents were rising fast.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Arvid Moen", "official", "Central Bank of Ostland")  # was an analyst


def test_a_name_after_a_title_s_fields_joined_by_and_is_the_speaker(nlp):
    titled = (
        "Vice President for sales and marketing Helen Brook said the company would hire more staff.",
        "Vice President for news and talk Marcus Ellery said the station would keep its morning show.",
    )
    two = ("Director of research and Ann Roe said the study was flawed.",)
    assert [speaker for speaker, _ in said_by(nlp, *titled)] == ["Helen Brook", "Marcus Ellery"]  # were unnamed
    assert [speaker for speaker, _ in said_by(nlp, *two)] == [""]  # two people: no one of them alone


def test_what_a_who_clause_says_a_person_is_not_gives_no_role(nlp):
    paragraphs = (
        "The Green Renewal party said it would vote against the budget.",
        "Its spokesman, Bram Hoste, who is not a member of parliament, said the party wanted more for rail.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Bram Hoste", "other", "Green Renewal party")  # was an official, a member
    # of parliament

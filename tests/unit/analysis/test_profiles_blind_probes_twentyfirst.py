"""Speaker profiles in shapes a twenty-first round of blind probes (North American business and politics news: an
airline merger under antitrust suit, a state budget standoff, a department store bankruptcy, a utility rate hearing, a
crop insurance fight, a port strike over automation, a chip plant subsidy, a mayoral debate) found wrong, and the whole
batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentyfirst import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 22 of 82 blind, 23 once a port
#: authority named for two states was renamed "Harbor Authority of New York and Connecticut" (its real name shares a
#: run of seven words with a corpus article), the counts below measured on the first text. 16 once "transportation",
#: "budget", "homeland" and "veterans" are portfolios ("Transportation Secretary X" an official of no organisation
#: called "Transportation"), "Chair" ends a title before a name ("Commission Chair X", the name the recogniser missed
#: starting after the title), and a "whose" clause the tagger read as nouns is no role ("X, whose office intervenes in
#: …,"). 11 once "the utility" that spoke before is the same body though another named since has the word ("Citizens
#: Utility Board"), and a body of members is no state's body whatever state's words its name has ("Milwaukee Police
#: Association", "Iowa Farm Bureau Federation", "Citizens Utility Board of Michigan"). 7 once a rating agency's vice
#: president is its analyst, a firm named after a person is the firm after "an analyst with" ("Raymond James") and
#: before "analyst" ("Morningstar analyst X"), and "said about one in eight voters remained undecided" says what was
#: said. 5 once a campaign's spokesperson holds no office, and a company named in full before is the one its first
#: word names before "CEO" ("Veridian CEO X", "Veridian" tagged a nationality). 3 once a clause of work refers back to
#: the body "the department" named ("who heads the department's antitrust division"), and a mayor by title alone
#: serves the one city the article ties the office to ("the race for Milwaukee mayor"); 4 on the renamed text. Left:
#: "Senate Republicans said", a group the guidelines leave unnamed but PolNeAR's scorer counts as named (a rule would
#: cost train), and "The Port Authority of X and Y's port director" (two states), which the recogniser cuts at "and"
#: and the parser reads in a different way for each such name (a rule for the one reading fitted one sentence,
#: dropped; on the renamed text the authority is taken for the speaker, a miss and a wrong find).
_WRONG_AT_MOST = 4


def test_the_batch_of_the_twentyfirst_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize("portfolio", ["Transportation", "Budget", "Homeland Security", "Veterans Affairs"])
def test_a_secretary_of_a_portfolio_is_an_official_of_no_body_called_by_it(nlp, portfolio):
    paragraph = f"{portfolio} Secretary Dale Ruddick told reporters the agency would need more money next year."
    assert profiles(nlp, paragraph) == [("Dale Ruddick", "official", "")]


@pytest.mark.parametrize(("body", "name"), [("Commission", "Chidi Okafor"), ("Board", "Folake Adeyemi")])
def test_a_chair_after_a_body_s_word_opens_no_name(nlp, body, name):
    paragraph = f"{body} Chair {name} said the panel would vote on the rate request in March."
    assert profiles(nlp, paragraph)[0][:2] == (name, "official")


def test_a_whose_clause_read_as_nouns_is_no_role(nlp):
    paragraph = (
        "Ohio Attorney General Dana Cole, whose office intervenes in utility cases, said the company should pay for "
        "the repairs."
    )
    assert profiles(nlp, paragraph) == [("Dana Cole", "official", "Ohio")]


def test_the_noun_a_body_spoke_by_is_that_body_though_another_has_the_word_in_its_name(nlp):
    paragraphs = (
        "Prairie Gas & Power wants to raise its rates by 9%.",
        "The utility says it needs the money to replace old pipes.",
        "Dina Sorrell, director of the Ratepayers Utility Council, said the request was far too high.",
        "In a statement, the utility said it had not raised rates since 2019.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Prairie Gas & Power", "institution", "")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tulsa Police Association President Ron Vickers said the union backed the plan.",
        "Ohio Farm Bureau Federation President Carol Benn said the union backed the plan.",
        "Gale Moss, executive director of the Citizens Water Board of Ohio, said the union backed the plan.",
    ],
)
def test_a_body_of_members_is_no_state_s_whatever_state_s_words_its_name_has(nlp, paragraph):
    assert profiles(nlp, paragraph)[0][1] == "other"


def test_a_rating_agency_s_vice_president_is_its_analyst(nlp):
    paragraph = "The state's debt was safe, said Omar Haddad, a senior vice president at S&P Global Ratings."
    assert profiles(nlp, paragraph) == [("Omar Haddad", "analyst", "S&P Global Ratings")]


@pytest.mark.parametrize(
    ("paragraph", "firm"),
    [
        ("Nell Ortiz, a retail analyst with Raymond James, said sales would slow.", "Raymond James"),
        ("Morningstar analyst Tess Grady said sales would slow.", "Morningstar"),
    ],
)
def test_a_firm_named_after_a_person_is_the_firm_an_analyst_works_with(nlp, paragraph, firm):
    assert profiles(nlp, paragraph)[0][1:] == ("analyst", firm)


def test_an_amount_after_about_opens_what_was_said(nlp):
    paragraph = "Ken Moss, a professor at Ridge University, said about one in ten drivers had changed routes."
    assert profiles(nlp, paragraph) == [("Ken Moss", "analyst", "Ridge University")]


@pytest.mark.parametrize(
    "described", ["Campaign spokeswoman Lara Finch", "Lara Finch, the campaign's press secretary,"]
)
def test_a_campaign_s_spokesperson_holds_no_office(nlp, described):
    paragraph = f"{described} said the senator had no plan to pay for it."
    assert profiles(nlp, paragraph) == [("Lara Finch", "other", "")]


def test_a_company_s_first_word_before_ceo_is_the_company_named_before(nlp):
    paragraphs = (
        "Altavian Motors said on Monday it would cut 900 jobs.",
        "Altavian CEO Lena Holt said the cuts were painful but needed.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Lena Holt", "other", "Altavian Motors")


def test_a_clause_of_work_refers_back_to_the_body_its_noun_names(nlp):
    paragraphs = (
        "The Justice Department sued on Monday to stop the merger.",
        "Ada Burke, who runs the department's civil rights division, said the case was strong.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Ada Burke", "official", "Justice Department")


def test_a_mayor_by_title_alone_serves_the_one_city_the_article_ties_the_office_to(nlp):
    paragraphs = (
        "Three candidates for Tacoma mayor met for a debate on Monday.",
        "Mayor Joan Ferris, who is not running again, said the city needed more buses.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Joan Ferris", "official", "Tacoma")

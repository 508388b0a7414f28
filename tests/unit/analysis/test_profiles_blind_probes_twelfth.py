"""Speaker profiles in shapes a twelfth round of blind probes (business and politics wire: a merger, a results call,
a central bank's cut, a senate vote, a court ruling on an app maker, a carmaker's strike, a listing, a budget, a trade
row over pork, a bank chief's exit) found wrong, and the whole batch of fictional stories the round was run on, its
wrong count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twelfth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 20 blind, before the round's fixes; 17
#: once two entries were set as the dev gold keys a body named by its initials at the cue (its full name; see the
#: batch). 8 once the place and agency of a dateline the recogniser tagged organisations employ no one and speak not
#: ("FRANKFURT (Bloomberg) - …"), a council of business or of an industry's members is a lobby, no state body
#: ("Canadian Business Council"; two quotes), an office opening a sentence ("Founder and chief executive X") is no
#: organisation and two titles joined by "and" serve the company the last one serves (two), a ministry named "Ministry
#: of <portfolio>" keeps the country written before it ("China's Ministry of Commerce": missed and extra), and a name
#: of two or three words with no given name that reports results is a company ("Rheinwerk Chemie reported a drop in
#: profit"; its officers' three quotes). Left: "Vogt, who has run the company since 2021, said" (a bare surname the
#: recogniser tags nothing, not resolved to the bare full name before: speaker resolution; missed and extra); "had
#: forecast a cut" counted a quote (cue finding); "told the court at an earlier hearing that" (missed: quote
#: finding); "Alpenbank chief executive X will step down, the Swiss lender said" under a dateline, Alpenbank tagged
#: nothing, so the lender and the chairman have no company (three). 7 once a bank's head of a deal-making function
#: ("head of equity capital markets") arranges deals and is no expert. 4 once the name the recogniser tags nothing
#: right after a wire dateline is tagged the organisation it is (thirteenth round; the lender and the chairman). 2 once
#: a bare surname goes to the untagged full name that spoke before (quotes49: Vogt's missed quote and extra). 1 once a
#: "that" clause the parser hangs on a gathering ("told the court at an earlier hearing that …") is what was told
#: (setting_clauses.py).
_WRONG_AT_MOST = 1


def test_the_batch_of_the_twelfth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "FRANKFURT (Bloomberg) - Rheinwerk Chemie reported a drop in profit on Thursday.",
                "Chief Financial Officer Klaus Berger told analysts the company would cut 1,200 jobs.",
            ),
            ("Klaus Berger", "other", "Rheinwerk Chemie"),
        ),
        (
            (
                "ZURICH (Reuters) - Alpenbank said on Sunday it had lost 900 million francs on a trade.",
                "Chairman Urs Keller said the board had accepted the chief executive's resignation.",
            ),
            ("Urs Keller", "other", "Alpenbank"),  # the name the recogniser misses after a dateline (thirteenth round)
        ),
        (  # the agency of the dateline is no organisation "the lender" stands for; the name after it is
            ("ZURICH (Reuters) - Alpenbank's chief executive will step down after a trading loss, the lender said.",),
            ("Alpenbank", "institution", ""),
        ),
    ],
)
def test_the_place_and_agency_of_a_dateline_tagged_organisations_are_no_employer_and_no_speaker(
    nlp, paragraphs, expected
):
    assert profiles(nlp, *paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Robert Fane, president and chief executive of the Canadian Business Council, said the change would hurt "
            "investment.",
            ("Robert Fane", "other", "Canadian Business Council"),
        ),
        (
            "Maria Olsen, president of the Council of Mortgage Lenders, said lending had slowed.",
            ("Maria Olsen", "other", "Council of Mortgage Lenders"),
        ),
        (  # a state's body of industry stays one
            "Tom Hale, president of the Industry Commission, said the tariff would be reviewed.",
            ("Tom Hale", "official", "Industry Commission"),
        ),
    ],
)
def test_a_council_of_business_or_of_an_industry_s_members_is_a_lobby_no_state_body(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Shares of food delivery start-up Tiffinly jumped 38 per cent on their first day of trading.",
                "Founder and chief executive Arjun Mehta said the company would expand into 40 more cities.",
            ),
            ("Arjun Mehta", "other", "Tiffinly"),
        ),
        (
            (
                "Halvard Motors said on Tuesday that its quarterly profit fell.",
                "Founder and chairman Lena Strand said the company would not join a price war.",
            ),
            ("Lena Strand", "other", "Halvard Motors"),
        ),
    ],
)
def test_an_office_opening_a_sentence_is_no_organisation_and_two_joined_titles_serve_the_company(
    nlp, paragraphs, expected
):
    assert profiles(nlp, *paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "China's Ministry of Commerce said on Friday it would impose duties on European pork.",
            ("China's Ministry of Commerce", "institution", ""),
        ),
        (
            "Japan's Ministry of Defence said two warships had sailed through the strait.",
            ("Japan's Ministry of Defence", "institution", ""),
        ),
        (  # a ministry of no portfolio the lexicon knows keeps its name as tagged
            "The Ministry of Commerce said on Friday it would impose duties on European pork.",
            ("Ministry of Commerce", "institution", ""),
        ),
    ],
)
def test_a_ministry_of_a_portfolio_keeps_the_country_written_before_it(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Rheinwerk Chemie reported a 22 per cent drop in third-quarter operating profit on Thursday.",
                "Chief Financial Officer Klaus Berger told analysts the company would cut 1,200 jobs.",
            ),
            ("Klaus Berger", "other", "Rheinwerk Chemie"),
        ),
        (
            (
                "Kessler Bau posted a loss for the year on Monday.",
                "Chief executive Tom Hale said the company would sell two plants.",
            ),
            ("Tom Hale", "other", "Kessler Bau"),
        ),
        (  # a person with a given name who reports stays one
            (
                "Maria Lopez reported a rise in sales at her bakery.",
                '"People want bread," Lopez said.',
            ),
            ("Maria Lopez", "other", ""),
        ),
    ],
)
def test_a_name_of_a_few_words_tagged_a_person_that_reports_results_is_a_company(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # left from the eleventh round
            "Peter Banda, a former president of Malawi who leads the African Union observer mission, said voting had "
            "been peaceful.",
            ("Peter Banda", "official", "African Union observer mission"),
        ),
        (
            "Anna Berg, a former foreign minister who heads the OSCE mission in Kosovo, said voting had been calm.",
            ("Anna Berg", "official", "OSCE mission"),
        ),
        (  # what one runs now decides, a think tank's head an expert
            "Tom Hale, a former senator who now chairs the Harlow Institute, said the vote had been calm.",
            ("Tom Hale", "analyst", "Harlow Institute"),
        ),
        (  # a former official who only teaches stays an expert
            "Tom Hale, a former senator who teaches at Harlow University, said the vote had been calm.",
            ("Tom Hale", "analyst", "Harlow University"),
        ),
    ],
)
def test_a_former_official_who_leads_a_body_now_is_what_that_body_makes_him(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Priya Nair, head of equity capital markets at Kotwal Investment Bank, which ran the offer, said demand "
            "had been strong.",
            ("Priya Nair", "other", "Kotwal Investment Bank"),
        ),
        (
            "Tom Hale, global head of mergers and acquisitions at Harlow Bank, said more deals would follow.",
            ("Tom Hale", "other", "Harlow Bank"),
        ),
        (  # a bank's head of a markets desk's research stays an expert
            "Jose Ruiz, head of strategy for emerging markets at Harlow Bank, said the peso would fall.",
            ("Jose Ruiz", "analyst", "Harlow Bank"),
        ),
    ],
)
def test_a_bank_s_head_of_deal_making_arranges_deals_and_is_no_expert(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]

"""Speaker profiles in shapes an eleventh round of blind probes (world news and newswire: a ceasefire mediated by a
third state, a UN food agency's warning, an election abroad, oil-tanker sanctions, a typhoon, naval drills, a
journalist's trial, a two-leader summit, a nuclear watchdog's report, deportations counted by a refugee agency) found
wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_eleventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 21 blind, before the round's fixes;
#: 11 once a title the parser made the head of the name after it is the name's role ("Haiti's Prime Minister X"), a
#: description hung on the part of a hyphenated surname after the hyphen is the name's ("X Gordon-Reyes, secretary
#: general of Y"; two quotes), a ministry found without its country keeps the country written before it ("Iran's
#: foreign ministry"; two), an election's chief observer is no commentator, "Brigades" names an armed group whose
#: commander holds no office, "the Treasury's under secretary" is the Treasury's, and "a former ambassador who is now
#: a partner at Y" works at Y. Left: three quotes of WFP staff, whom the gold ties to "WFP" as written and the
#: extractor to the "World Food Programme" it names in full (the same body); "a former president of Malawi who leads
#: the African Union observer mission" (analyst by "former", gold official); "Russia's Defence Ministry said" spoken
#: as "Defence Ministry", and "The Japanese foreign ministry said" after it taken for it (speaker resolution, two
#: quotes each: missed and extra); "Arslan, who works for Y," a short name the recogniser tags nothing, whose clause
#: no profile reads; "The IAEA said in a confidential report seen by Reuters that" (missed: quote finding); a
#: policy director at an "Association" (other, gold analyst). 7 once "Russia's Defence Ministry said" speaks as
#: "Russia's Defence Ministry" and "The Japanese foreign ministry said" after it is that ministry, not Russia's (a
#: different country or portfolio is never the same body); 6 once a body named by a field of policy ("Arms Control
#: Association") is a think tank, whose policy director is an expert. Left: the WFP quotes, the former president who
#: leads a mission, Arslan, and the IAEA's "said in a confidential report seen by Reuters that" (quote finding). 5
#: once a former official who leads a body now is what that body makes him (twelfth round). The WFP quotes stay: the
#: dev gold keys a body named by its initials at the cue by its full name ("GM said", "the WEF's", "LSE"). 1 once the
#: batch's gold for the three WFP quotes was set to that convention, "World Food Programme" as the lede spells it (a
#: convention fix of the gold, no rule changed). Left: the IAEA's "said in a confidential report" (quote finding).
_WRONG_AT_MOST = 1


def test_the_batch_of_the_eleventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Haiti's Prime Minister Garry Jean-Louis said the government would ask for more police.",
            ("Garry Jean-Louis", "official", "Haiti"),
        ),
        (
            "Haiti's Prime Minister Garry Louis said the government would ask for more police.",
            ("Garry Louis", "official", "Haiti"),
        ),
    ],
)
def test_a_title_the_parser_made_the_head_of_the_name_after_it_is_the_name_s_role(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Richard Gordon-Reyes, secretary general of the Philippine Red Cross, said volunteers had reached half "
            "the towns.",
            ("Richard Gordon-Reyes", "other", "Philippine Red Cross"),
        ),
        (
            "Opposition leader Kwame Asante-Darko of the People's Progressive Front said his party had won the vote.",
            ("Kwame Asante-Darko", "official", "People's Progressive Front"),
        ),
    ],
)
def test_a_description_hung_on_the_part_of_a_hyphenated_surname_after_the_hyphen_is_the_name_s(
    nlp, paragraph, expected
):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Iran's foreign ministry spokesman, Nasser Karami, said the sanctions were illegal.",
            ("Nasser Karami", "official", "Iran's foreign ministry"),
        ),
        (
            "Abdul Qahar Zai, a spokesman for Afghanistan's foreign ministry, said the returnees needed help.",
            ("Abdul Qahar Zai", "official", "Afghanistan's foreign ministry"),
        ),
        (
            "Anna Berg, a spokeswoman for South Africa's foreign ministry, said the talks would resume.",
            ("Anna Berg", "official", "South Africa's foreign ministry"),
        ),
    ],
)
def test_a_ministry_found_without_its_country_keeps_the_country_written_before_it(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


def test_a_ministry_named_with_no_country_stays_as_named(nlp):
    paragraph = "A defence ministry spokesman, Colonel Igor Baranov, said the exercises were aimed at no country."
    assert profiles(nlp, paragraph) == [("Igor Baranov", "official", "defence ministry")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The European Union's chief observer, Karin Lindqvist, said the count had been slow.",
            ("Karin Lindqvist", "official", "European Union"),
        ),
        (  # a watcher of a country's politics stays an expert
            "Tom Hale, a longtime observer of Chinese politics at Harlow University, said the change was big.",
            ("Tom Hale", "analyst", "Harlow University"),
        ),
    ],
)
def test_an_election_s_chief_observer_is_no_commentator(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Brigadier Hamid Osman, a commander of the Rapid Action Brigades in Darfur, said his forces would hold.",
            ("Hamid Osman", "other", "Rapid Action Brigades"),
        ),
        (  # an army's numbered brigade is a state's
            "Colonel Ali Hassan, commander of the army's 5th Brigade, said his forces would hold their positions.",
            ("Ali Hassan", "official", "5th Brigade"),
        ),
    ],
)
def test_brigades_in_the_plural_name_an_armed_group_whose_commanders_hold_no_office(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


def test_an_under_secretary_the_parser_split_at_under_is_the_owner_s(nlp):
    paragraph = (
        "Brian Hartwell, the Treasury's under secretary for terrorism and financial intelligence, said the companies "
        "had moved more than $800 million of oil."
    )
    assert profiles(nlp, paragraph) == [("Brian Hartwell", "official", "Treasury")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Paulo Tavares, a former Brazilian ambassador to Pretoria who is now a partner at the consultancy Atlas "
            "Strategic Advisors, said the summit was about symbols.",
            ("Paulo Tavares", "analyst", "Atlas Strategic Advisors"),
        ),
        (
            "Paulo Tavares, a former ambassador who is now a partner at Atlas Strategic Advisors, said the summit was "
            "about symbols.",
            ("Paulo Tavares", "analyst", "Atlas Strategic Advisors"),
        ),
    ],
)
def test_a_former_official_who_is_now_a_partner_somewhere_works_there(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


def test_a_country_tagged_a_person_in_a_description_is_a_place_not_an_employer(nlp):
    paragraph = (
        "Peter Banda, a former president of Malawi who leads the African Union observer mission, said voting had "
        "been peaceful."
    )
    assert profiles(nlp, paragraph)[0][2] == "African Union observer mission"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Deniz Arslan, who works for the independent news site Medyascope, told the court he had only reported "
            "what survivors told him.",
            ("Deniz Arslan", "other", "Medyascope"),
        ),
        (  # tagged an organisation, it stays one
            "Tom Lee, a reporter for the newspaper Halden Posten, said the ministry had refused to comment.",
            ("Tom Lee", "other", "Halden Posten"),
        ),
    ],
)
def test_a_name_tagged_a_person_right_after_the_noun_of_a_body_names_that_body(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Maria Costa, country director of the Alma Foundation in Mozambique, said the floods had destroyed 30 "
            "schools.",
            ("Maria Costa", "other", "Alma Foundation"),
        ),
        (  # a foundation's fellows stay experts
            "Tom Reed, a senior fellow at the Carnegie Foundation for Peace, said the talks would fail.",
            ("Tom Reed", "analyst", "Carnegie Foundation for Peace"),
        ),
    ],
)
def test_a_foundation_s_field_staff_are_no_experts(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("IAEA chief Rafael Moreno said inspectors had returned.", ("Rafael Moreno", "official", "IAEA")),
        (
            "WHO Director-General Tomas Berhane said the outbreak was under control.",
            ("Tomas Berhane", "official", "WHO"),
        ),
        ("WHO chief Tomas Berhane said the outbreak was under control.", ("Tomas Berhane", "official", "WHO")),
    ],
)
def test_a_body_s_initials_the_parser_or_tagger_misread_before_a_role_own_it(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The spokesman for the Ukrainian Air Force, Yuri Ihnat, said 40 drones were shot down.",
            ("Yuri Ihnat", "official", "Ukrainian Air Force"),
        ),
        (
            "Gen. Mark Hilley, chairman of the Joint Chiefs of Staff, said the army was ready.",
            ("Mark Hilley", "official", "Joint Chiefs of Staff"),
        ),
        (  # a veteran of a state's force holds no office
            "Mark Hale, a Marine Corps veteran, said the war had been a mistake.",
            ("Mark Hale", "other", "Marine Corps"),
        ),
        (  # nor does a navy's, a state's force before
            "Lena Beck, a Navy veteran, said the war had been a mistake.",
            ("Lena Beck", "other", "Navy"),
        ),
        (  # "veteran" before a role says how long it was held
            "Tom Rath, a veteran Conservative Party leader, said the race was open.",
            ("Tom Rath", "official", "Conservative Party"),
        ),
    ],
)
def test_an_air_force_or_a_joint_staff_is_a_state_s(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Hans Vogel, WHO regional director for Europe, said cases were rising.",
            ("Hans Vogel", "official", "WHO"),
        ),
        (
            "Volker Hartmann, the UN High Commissioner for Human Rights, said the killings must be investigated.",
            ("Volker Hartmann", "official", "UN"),
        ),
        (  # a court whose name holds "High" keeps it
            "Ravi Rao, a judge of the Delhi High Court, said the law was clear.",
            ("Ravi Rao", "official", "Delhi High Court"),
        ),
    ],
)
def test_a_high_commissioner_or_a_regional_director_of_a_un_body_is_its_official(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Olena Kovalenko, a member of Ukraine's parliament, said the law would pass.",
            ("Olena Kovalenko", "official", "Ukraine's parliament"),
        ),
        (
            "Ana Lind, a spokeswoman for Sweden's parliament, said the vote was delayed.",
            ("Ana Lind", "official", "Sweden's parliament"),
        ),
    ],
)
def test_a_body_a_country_owns_in_a_description_is_that_country_s_body(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Rosa Delgado, chairwoman of Mexico's National Electoral Institute, said the count was complete.",
            ("Rosa Delgado", "official", "National Electoral Institute"),
        ),
        (  # a society that campaigns on elections stays no state's
            "Rosa Delgado, a researcher at the Electoral Reform Society, said the count was complete.",
            ("Rosa Delgado", "analyst", "Electoral Reform Society"),
        ),
    ],
)
def test_a_body_that_runs_elections_is_a_state_s_whatever_its_last_word(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


def test_a_noun_of_a_company_s_trade_owning_a_role_means_the_company_spoken_of(nlp):
    paragraphs = (
        "Shares in Harlow Mining fell 5 per cent after the company cut its forecast.",
        '"We were too optimistic," the miner\'s chief executive, Ian Black, told analysts.',
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Ian Black", "other", "Harlow Mining")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Carla Jones, who covers the sector for Halden Bank, said more cuts were likely.",
            ("Carla Jones", "analyst", "Halden Bank"),
        ),
        (  # a reporter who covered a war for a paper works for it, as no expert
            "Tom Reed, who covered the war for the Halden Times, said the town had changed.",
            ("Tom Reed", "other", "Halden Times"),
        ),
    ],
)
def test_who_covers_a_sector_for_a_firm_works_there(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Maria Lopez-Garcia, chief economic adviser at Allianz, said the Fed was late.",
            ("Maria Lopez-Garcia", "analyst", "Allianz"),
        ),
        (  # a leader's economic adviser serves the state
            "Jared Bernstein, the president's chief economic adviser, said the economy was strong.",
            ("Jared Bernstein", "official", ""),
        ),
    ],
)
def test_a_firm_s_economic_adviser_comments_as_an_expert(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]

"""Speaker profiles in shapes a seventh round of blind probes (world news: an African Union mediation, an ASEAN envoy,
wildfires in a state, gang violence in a city, ceasefire monitors; business and politics wire: a central bank's deputy
governor, a mill closing, a regulator's fine and a court case, a debt row in parliament, a drug maker's sale, a state
law blocked by a judge) found wrong, and the whole batch of fictional stories the round was run on, its wrong count
kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 24 blind, before the round's fixes;
#: 23 once a state's adjective tagged a person names the state ("Nigerien President"); 21 once commanders of a rebel
#: movement or a militia are `other` (twice); 20 once a fire chief is an official; 18 once "Rio de Janeiro state
#: Governor X" is the state's (twice); 17 once "Valtor chief executive" after "Valtor Pharma" is the company's; 15 once
#: names tagged a body or a place with "who manages" or "whose house" are people's (twice); 13 once "arrived in
#: Naypyitaw" names no person "He" could mean, with the envoy "on Myanmar" set before "Thai diplomat X" giving ASEAN
#: (missed and extra); 11 once "Opposition MP Kwame Asante", untagged, keeps his name (missed and extra); 10 once a
#: judge speaking "at the High Court" is its judge; 8 once a name the recogniser cut after a rank of two words
#: ("Major General Zaw Min Htike" as "Min Htike") is named whole (eighth round); 7 once "told analysts on a call
#: that …" finds what was told (the listener cue's content clause); 5 once a bare "he" right after a paragraph whose
#: last main subject spoke is that speaker, not a man of told gender named further back (thirty-seventh round). Left:
#: "Kvarn's mayor, Per Ohlsson," with the town tagged a person and the surname an organisation; "a lawyer for Carrow
#: Bank, Daniel Frost of the law firm Y," parsed a list (the apposition without "of the law firm" is mended); "asked
#: residents to …" found as a second quote of the mayor. Then 3: the lawyer "of the law firm Y" joined to the role as
#: in a list is its holder (conjoined_appositions.py).
#: Then 2 once "Per Ohlsson", its given name parsed as the preposition "per", is the apposition of "Kvarn's mayor"
#: and speaks (given_names_read_as_prepositions); he is still `other` with no town, the town tagged a person.
_WRONG_AT_MOST = 2


def test_the_batch_of_the_seventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Nigerien President Moussa Karim said the border with Benin would reopen on Monday.",
            [("Moussa Karim", "official", "Niger")],
        ),
        (
            "Nigerien Foreign Minister Bako Issoufou said the talks had gone well.",
            [("Bako Issoufou", "official", "Niger")],
        ),
    ],
)
def test_a_state_s_adjective_the_recogniser_took_for_a_person_names_the_state(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ousmane Diarra, a commander of the Sahel Unity Movement, said his men would keep their weapons.",
            [("Ousmane Diarra", "other", "Sahel Unity Movement")],
        ),
        (
            "Commander Timur Ozrov, who leads the Northern Battalion militia, said his men had held the bridge.",
            [("Timur Ozrov", "other", "Northern Battalion militia")],
        ),
        ("Rebel commander Amadou Sy said his fighters controlled the road.", [("Amadou Sy", "other", "")]),
        (
            "Colonel Jan Brod, a commander of the Free Valley Liberation Army, said the town had fallen.",
            [("Jan Brod", "other", "Free Valley Liberation Army")],
        ),
        (  # a state's officers stay officials
            "Lt. Col. Mark Hale, commander of the 3rd Battalion, said his soldiers had left the base.",
            [("Mark Hale", "official", "3rd Battalion")],
        ),
        (
            "Colonel Wei Tan of the People's Liberation Army said the drills were routine.",
            [("Wei Tan", "official", "People's Liberation Army")],
        ),
    ],
)
def test_a_commander_of_a_rebel_or_militia_group_holds_no_public_office(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Fire chief Maria Kowal of the Lane County Fire District said crews had saved the school.",
            [("Maria Kowal", "official", "Lane County Fire District")],
        ),
        ("Fire chief Maria Kowal said crews had saved the school.", [("Maria Kowal", "official", "")]),
        (
            "Ned Hollis, chief of the Bayside Fire Department, said two firefighters were hurt.",
            [("Ned Hollis", "official", "Bayside Fire Department")],
        ),
    ],
)
def test_the_chief_of_a_public_fire_service_is_an_official(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


def test_a_state_s_governor_titled_after_the_state_and_its_word_state(nlp):
    paragraph = "Rio de Janeiro state Governor Paulo Menezes said his police could handle the situation without help."
    assert profiles(nlp, paragraph) == [("Paulo Menezes", "official", "Rio de Janeiro")]


def test_a_company_named_by_its_first_word_before_a_title_is_the_company_the_article_named(nlp):
    paragraphs = (
        "Brussels-based Valtor Pharma agreed on Monday to sell its generics arm for 3.4 billion euros.",
        "Valtor chief executive Ines Morel said the sale would let the group focus on cancer drugs.",
    )
    assert profiles(nlp, *paragraphs) == [("Ines Morel", "other", "Valtor Pharma")]


def test_a_name_set_off_after_a_person_s_noun_for_an_organisation_is_the_person_s(nlp):
    paragraph = "A lawyer for Carrow Bank, Daniel Frost, said the bank would appeal."
    assert profiles(nlp, paragraph) == [("Daniel Frost", "other", "Carrow Bank")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Thabo Nkosi, who manages 2 billion rand of bonds at Table Bay Asset Management, said yields would fall.",
            [("Thabo Nkosi", "analyst", "Table Bay Asset Management")],
        ),
        (
            "Nino Beridze, whose house in the village of Orbeli was hit by a shell, said her family had left.",
            [("Nino Beridze", "other", "")],
        ),
    ],
)
def test_a_name_tagged_a_body_or_a_place_with_a_relative_clause_only_a_person_has(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


def test_a_place_someone_arrives_in_is_no_person_a_pronoun_may_mean(nlp):
    paragraphs = (
        "The OSCE envoy, Dutch diplomat Karel Smit, arrived in Naypyitaw on Tuesday for talks.",
        "He told reporters at the airport that he hoped to meet all parties.",
    )
    assert profiles(nlp, *paragraphs) == [("Karel Smit", "official", "OSCE")]


def test_an_envoy_on_a_country_set_before_a_named_diplomat_outweighs_the_diplomat_s_nationality(nlp):
    paragraph = "ASEAN's special envoy on Myanmar, Malaysian diplomat Razak Hamid, said he hoped to meet all parties."
    assert profiles(nlp, paragraph) == [("Razak Hamid", "official", "ASEAN")]


def test_a_name_the_recogniser_missed_after_a_lower_case_role_at_the_sentence_start(nlp):
    paragraph = (
        "Opposition MP Kwame Asante of the Progressive Unity Party told parliament on Tuesday that the budget was "
        "unlawful."
    )
    assert profiles(nlp, paragraph) == [("Kwame Asante", "official", "Progressive Unity Party")]


def test_a_judge_speaking_at_a_named_court_is_its_judge(nlp):
    paragraph = "Judge Clara Webb said at the High Court in Leeds that the former tenants could sue the landlord."
    assert profiles(nlp, paragraph) == [("Clara Webb", "official", "High Court")]


def test_initials_the_parser_took_for_an_adjective_name_the_body(nlp):
    paragraph = "The OSCE envoy, Dutch diplomat Karel Smit, said the count had been fair."
    assert profiles(nlp, paragraph) == [("Karel Smit", "official", "OSCE")]


def test_a_common_noun_opening_a_sentence_before_a_group_names_no_body_whose_name_it_opens(nlp):
    paragraphs = (
        "Crime experts said the killings were most likely among people who knew each other.",
        "The Crime Statistics Bureau said the figures were rising.",
    )
    assert profiles(nlp, *paragraphs) == [("", "unnamed", ""), ("Crime Statistics Bureau", "institution", "")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ambassador to Qatar, Pavel Zorin, said Ostland backed free navigation in the strait.",
        "Ostland backs free navigation in the strait and opposes any step that would inflame the region, its "
        "ambassador to Qatar, Pavel Zorin, told a news agency.",
    ],
)
def test_an_ambassador_set_before_his_name_is_an_official_of_no_country_he_is_sent_to(nlp, paragraph):
    assert [(s, k) for s, k, _ in profiles(nlp, paragraph)] == [("Pavel Zorin", "official")]
    assert all(a != "Qatar" for _, _, a in profiles(nlp, paragraph))


def test_a_who_clause_after_a_place_a_preposition_governs_makes_no_person_of_the_place(nlp):
    paragraphs = (
        "The shift will calm nervous Democrats on Capitol Hill, who argue that it helps them when the rival is "
        "painted as greedy.",
    )
    assert all(kind != "other" or speaker != "Capitol Hill" for speaker, kind, _ in profiles(nlp, *paragraphs))

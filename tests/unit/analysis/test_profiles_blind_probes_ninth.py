"""Speaker profiles in shapes a ninth round of blind probes (world news in wire and broadcast-site style: a border
clash in Central Asia, Gulf mediation, an India-Indonesia trade deal, a Latin American summit row, a Russia-China
meeting, EU sanctions and NATO air defence, a standoff at sea, killings reported by aid groups, a Caucasus peace text, a
rebel advance in Congo) found wrong, and the whole batch of fictional stories the round was run on, its wrong count
kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_ninth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 10 blind, before the round's fixes;
#: 8 once a name the parser hangs on the place that ends a role ("The head of the UN mission in Congo, Senegalese
#: diplomat X,") names the role's holder (missed and extra); 6 once "Sayyid", an honorific of the Gulf, is no part of
#: a name (missed and extra; speakers40); 5 once "told reporters on a regular conference call that", "that" read as a
#: relative pronoun of "call", was what was told (quotes40); 3 once a common given name of one gender tells a
#: person's gender the article tells nothing else of, so "she said" after two women of whom only one had a known gender
#: goes to the nearer one (missed and extra; genders40). Left: the country left out of "Tajikistan's State Committee
#: for National Security" and "MSF's coordinator" affiliated to "Medecins Sans Frontieres" named before (both arguably
#: right; the gold was written first and stays). 1 once an office written after its owner's possessive keeps the owner
#: ("Tajikistan's State Committee …"; speakers52).
_WRONG_AT_MOST = 1


def test_the_batch_of_the_ninth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Chile's UN ambassador, Rosa Alvear, told the Security Council that the resolution was too weak.",
            [("Rosa Alvear", "official", "Chile")],
        ),
        ("Norway's NATO envoy Lars Berge said Oslo would send more ships.", [("Lars Berge", "official", "Norway")]),
        (
            "Ana Ruiz, Peru's OAS ambassador, said the mission would stay.",
            [("Ana Ruiz", "official", "Peru")],
        ),
        (  # no owner: the body the envoy serves
            "The UN envoy for Yemen, Karl Hedman, said talks would resume.",
            [("Karl Hedman", "official", "UN")],
        ),
    ],
)
def test_an_envoy_serves_the_state_that_owns_the_title_not_the_body_posted_to(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The head of the UN mission in Liberia, Senegalese diplomat Awa Diallo, told the Security Council that "
            "the elections had been calm.",
            [("Awa Diallo", "official", "UN mission")],
        ),
        (
            "The head of the UN office in Vienna, Maria Lopez, said the inspectors would return.",
            [("Maria Lopez", "official", "UN office")],
        ),
        (
            "The director of the Red Cross delegation in Kabul, Swiss nurse Anna Meier, said the clinics were full.",
            [("Anna Meier", "other", "Red Cross")],
        ),
    ],
)
def test_a_name_hung_on_the_place_that_ends_a_role_names_the_role_s_holder(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Liu Peng, a spokesman for the embassy in Washington, said China opposed the sanctions.",
            [("Liu Peng", "official", "embassy")],
        ),
        (
            "A spokesman for the army in Khartoum, Ahmed Saleh, said the city was calm.",
            [("Ahmed Saleh", "official", "army")],
        ),
        ("A spokeswoman for the government in Kabul said the road was open.", [("", "unnamed", "government")]),
    ],
)
def test_a_state_body_named_by_its_noun_and_its_seat_is_the_affiliation_not_the_seat(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The director of the World Food Programme in Chad, Kenyan economist Eddie Rowe, said food would run out.",
            [("Eddie Rowe", "official", "World Food Programme")],
        ),
        (
            "The head of the IMF mission in Cairo, Dutch economist Jan Smit, said the talks had gone well.",
            [("Jan Smit", "official", "IMF mission")],
        ),
        ("Eddie Rowe, a Kenyan economist, said food would run out.", [("Eddie Rowe", "analyst", "Kenya")]),
    ],
)
def test_the_role_a_sentence_opens_with_outweighs_the_words_right_before_the_name(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Greek military spokesman Rear Admiral Nikos Pappas said the ships had turned back.",
            [("Nikos Pappas", "official", "Greece")],
        ),
        (
            "Chilean navy spokesman Vice Admiral Luis Prat said the search would go on.",
            [("Luis Prat", "official", "Chilean navy")],
        ),
    ],
)
def test_a_rank_of_two_words_the_recogniser_tags_an_organisation_is_no_affiliation(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Amara Diop, president of the West African Development Bank, said the region needed cheaper loans.",
            [("Amara Diop", "official", "West African Development Bank")],
        ),
        (
            "Odile Renaud, the EBRD's president, said the bank would lend more to Ukraine.",
            [("Odile Renaud", "official", "EBRD")],
        ),
        (  # its economists stay experts
            "Ken Ito, chief economist of the Asian Development Bank, said growth would slow.",
            [("Ken Ito", "analyst", "Asian Development Bank")],
        ),
    ],
)
def test_a_development_bank_of_states_is_an_international_body_no_lender_of_the_market(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Retired Ostrian Army General Tom Vail told the broadcaster that the offensive would take time.",
            [("Tom Vail", "analyst", "")],
        ),
        ("Retired ambassador Ann Lee said the talks would fail.", [("Ann Lee", "analyst", "")]),
        ("Rita Gomez, a retired teacher, said she had lost her house.", [("Rita Gomez", "other", "")]),
    ],
)
def test_a_retired_officer_or_diplomat_speaks_as_an_expert_as_a_former_one_does(nlp, paragraph, expected):
    assert [(s, k, "") for s, k, _ in profiles(nlp, paragraph)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Lina Haddad, Gulf project director at the International Crisis Group, said both sides misjudged.",
            [("Lina Haddad", "analyst", "International Crisis Group")],
        ),
        (
            "Tom Aldred, director of the Middle East programme at the Atlantic Council, said the truce was fragile.",
            [("Tom Aldred", "analyst", "Atlantic Council")],
        ),
        (
            "Maria Vogt, managing director of the Asia programme at the German Marshall Fund, said risk grew fast.",
            [("Maria Vogt", "analyst", "German Marshall Fund")],
        ),
        (  # a council of states stays one
            "Karl Brenner, a spokesman for the National Security Council, said the review was over.",
            [("Karl Brenner", "official", "National Security Council")],
        ),
    ],
)
def test_a_think_tank_named_like_a_council_a_group_or_a_fund_has_experts_for_staff(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


def test_the_staff_of_an_office_holder_speak_for_the_country_or_body_the_article_ties_them_to(nlp):
    paragraphs = (
        "Chilean President Mara Velt will visit Beijing next month to sign a trade deal.",
        "Velt's chief foreign policy adviser, Ivo Kren, said Chile would not take sides.",
        "Velt's spokesman Tomas Brill told reporters that the visit would last three days.",
        "Mark Dunn, chief executive of Harbor Bank, said profits had risen by a tenth last year.",
        "Dunn's lawyer, Ann Pike, said the charges against him were baseless.",  # a lawyer is no staff
        "Vermont Senator Tom Hartley said on Monday that he would run for president next year.",
        "Hartley's spokesman, Ben Cole, said the campaign would open an office in Iowa.",  # a state is no office served
    )
    assert profiles(nlp, *paragraphs) == [
        ("Ivo Kren", "official", "Chile"),
        ("Tomas Brill", "official", "Chile"),
        ("Mark Dunn", "other", "Harbor Bank"),
        ("Ann Pike", "other", ""),
        ("Tom Hartley", "official", "Vermont"),
        ("Ben Cole", "official", ""),
    ]

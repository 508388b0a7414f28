"""Speaker profiles in shapes a ninth round of blind probes (world news in wire and broadcast-site style: a border
clash in Central Asia, Gulf mediation, an India-Indonesia trade deal, a Latin American summit row, a Russia-China
meeting, EU sanctions and NATO air defence, a standoff at sea, killings reported by aid groups, a Caucasus peace text, a
rebel advance in Congo) found wrong, and the whole batch of fictional stories the round was run on, its wrong count
kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import quote_rows_of
from tests.unit.analysis.profile_probes_ninth import STORIES
from tests.unit.analysis.test_profiles_blind_probes_third import _wrong_in

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 10 blind, before the round's fixes;
#: 8 once a name the parser hangs on the place that ends a role ("The head of the UN mission in Congo, Senegalese
#: diplomat X,") names the role's holder (missed and extra). Left: "told reporters on a regular conference call that"
#: (the parser reads "that" as a relative pronoun of "call"; quote finding), "she said" after two women of whom only
#: one has a known gender (resolution), "Sayyid" kept as part of a name (an honorific no title list holds), the
#: country left out of "Tajikistan's State Committee for National Security" and "MSF's coordinator" affiliated to
#: "Medecins Sans Frontieres" named before (both arguably right; the gold was written first and stays).
_WRONG_AT_MOST = 8


def test_the_batch_of_the_ninth_round_stays_within_its_wrong_count(nlp):
    wrong = [w for paragraphs, gold in STORIES for w in _wrong_in(quote_rows_of(nlp, *paragraphs), gold)]
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

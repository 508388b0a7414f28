"""Speaker profiles in shapes a fourteenth round of blind probes (analysis pieces of the seed's kind: a pipeline deal,
an arms sale, a summit communique, sanctions evasion through a third country, a grain corridor, a port lease, a space
pact, a currency swap line) found wrong, a shape left from the thirteenth ("who read the statement on behalf of Y"),
and the whole batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fourteenth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 9 blind, before the round's fixes; 8
#: once one entry was set as the earlier batches set it (a foreign ministry spokeswoman serves the ministry; see the
#: batch). 5 once a sherpa is an envoy of the state that owns the title ("India's G20 sherpa"), a head of state an
#: apposition gives only a part in an event ("President X of Y, the host,") stays an official, and a state's agency
#: named "<country> … Organisation" is a state body whatever research its name holds. 3 once a name set off after
#: "<country>'s ambassador to <capital>," that the parser hung under the capital is the speaker (quotes52). 0 with
#: speakers52's mends as well (a bare "President X" serves the dateline's country, "who now advises Y").
_WRONG_AT_MOST = 0


def test_the_batch_of_the_fourteenth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "India's G20 sherpa, Ravi Anand, said New Delhi had pushed hardest for the paragraphs on debt.",
            ("Ravi Anand", "official", "India"),
        ),
        ("Japan's G7 sherpa, Kenji Ota, said the text was fair.", ("Kenji Ota", "official", "Japan")),
        ("Kenji Ota, Japan's G7 sherpa, said the text was fair.", ("Kenji Ota", "official", "Japan")),
    ],
)
def test_a_sherpa_serves_the_state_that_owns_the_title_not_the_summit(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "President Tomas Varga of Hungary, the host, told a closing news conference that the text had been agreed.",
            ("Tomas Varga", "official", "Hungary"),
        ),
        (
            "Prime Minister Ana Ruiz, the summit's host, said the talks had gone well.",
            ("Ana Ruiz", "official", ""),
        ),
        (  # a host of no office is one of the public
            "Ana Ruiz, the host of a radio show, said the talks had gone well.",
            ("Ana Ruiz", "other", ""),
        ),
    ],
)
def test_an_office_holder_described_by_a_part_in_an_event_stays_an_official(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Indian Space Research Organisation chairman Ramesh Iyer said the lander would launch in 2029.",
            ("Ramesh Iyer", "official", "Indian Space Research Organisation"),
        ),
        (
            "Ana Ruiz, a spokeswoman for the Australian Nuclear Science and Technology Organisation, said the reactor "
            "was safe.",
            ("Ana Ruiz", "official", "Australian Nuclear Science and Technology Organisation"),
        ),
        (  # its scientists speak as experts
            "Ramesh Iyer, a scientist at the Indian Space Research Organisation, said the lander would launch in 2029.",
            ("Ramesh Iyer", "analyst", "Indian Space Research Organisation"),
        ),
    ],
)
def test_a_state_agency_named_country_then_organisation_is_a_state_body(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Col. Idris Bamba, who read the statement on behalf of a group calling itself the National Renewal "
            "Council, said the army had acted to end corruption.",
            ("Idris Bamba", "official", "National Renewal Council"),
        ),
        (
            "Ana Ruiz, speaking on behalf of the Harbour Council, said the vote was fair.",
            ("Ana Ruiz", "official", "Harbour Council"),
        ),
        (  # a family is no body
            "Ana Ruiz, who read a statement on behalf of her family, said the verdict was fair.",
            ("Ana Ruiz", "other", ""),
        ),
    ],
)
def test_one_who_speaks_on_behalf_of_a_body_is_tied_to_it(nlp, paragraph, expected):
    assert profiles(nlp, paragraph)[-1] == expected


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        (
            "Olga Petrova, a former deputy foreign minister who now runs a consultancy, said the deal was fragile.",
            "analyst",
        ),
        (
            "Olga Petrova, a former ambassador who now heads a think tank in Vienna, said the deal was fragile.",
            "analyst",
        ),
        ("Olga Petrova, a former minister who now runs a bakery, said the deal was fragile.", "other"),
    ],
)
def test_a_former_official_who_now_runs_an_expert_body_named_by_its_noun_is_an_analyst(nlp, paragraph, kind):
    assert profiles(nlp, paragraph)[0][1] == kind


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Zhang Lei, Beijing's ambassador to Brasilia, said the swap line would grow.",
            ("Zhang Lei", "official", "China"),
        ),
        (
            "Moscow's envoy to the UN, Oleg Ivanov, said the resolution was biased.",
            ("Oleg Ivanov", "official", "Russia"),
        ),
        ("Ali Rezaei, Tehran's foreign minister, said the talks were over.", ("Ali Rezaei", "official", "Iran")),
        (  # a capital's own officer serves the city
            "Ann Hale, London's mayor, said the talks were over.",
            ("Ann Hale", "official", "London"),
        ),
    ],
)
def test_a_capital_that_sends_an_envoy_or_holds_a_ministry_stands_for_its_state(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]

"""Speaker profiles in shapes a thirteenth round of blind probes (world news and newswire: a coup and the regional
bloc's answer, a migrant boat disaster, a cholera outbreak, an oil spill, an attempt on a president's life, a hostage
video, an oil producers' meeting, a dissident's sentence) found wrong, and the whole batch of fictional stories the
round was run on, its wrong count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirteenth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 26 blind, before the round's fixes; 24
#: once two entries were set as the guidelines read them (a second cue joined by "and": "called for", "urged"; see the
#: batch). 15 once a dateline with its country ("FREETOWN, Sierra Leone (AP) —") is no speaker (two), an organ of an
#: international body keeps the body written before it ("the African Union's Peace and Security Council"; two), the
#: staff of the International Organization for Migration are officials (two), "a coast guard spokesman" serves the
#: coast guard, "who studies armed groups at Y" works at Y, and "Foreign ministry spokeswoman X" after "France's
#: foreign ministry said" serves that ministry. 10 once the chief of a company the state owns ("state oil company Y")
#: is an executive, and a given name the recogniser tagged an organisation before an untagged surname ("Helena
#: Richter, head of commodities research at Y,") is a person's (four). 8 once a minister named by a portfolio alone
#: ("Health Minister X") serves the one country the article's dateline or lede names (two). 6 as later rounds left it
#: (two more mended). 5 once a spokesman "who gave his name as X" is X (quotes52). 3 once "the Italian coast guard
#: said" names the service by its noun phrase (armed_services.py; two).
#: 2 as found by a later count (no mend of this batch's own): one more profile right by a later round's step.
#: Then 1 once "said in a televised address that X was unhurt", the clause hung on "address", is what the spokesman
#: said (spoken_settings, test_spoken_settings.py).
_WRONG_AT_MOST = 1


def test_the_batch_of_the_thirteenth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize(
    "paragraph",
    [
        (
            "FREETOWN, Sierra Leone (AP) — Soldiers who seized power in Sierra Leone overnight said in a televised "
            "address on Thursday that they had dissolved the government."
        ),
        "ABUJA, Nigeria (AP) — Protesters who gathered outside parliament said the new tax would ruin them.",
        (  # a noun of people the tagger reads as a name, as it opens no sentence
            "LIMA, Peru (Reuters) - Fishermen who lost their nets to the spill said on Sunday they would sue the "
            "company."
        ),
    ],
)
def test_a_dateline_with_its_country_is_no_speaker(nlp, paragraph):
    assert [p[:2] for p in profiles(nlp, paragraph)] == [("", "unnamed")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "ZURICH (Reuters) - Alpenbank's chief executive will step down after a trading loss, the lender said.",
                "Chairman Urs Keller said the board had accepted the resignation.",
            ),
            [("Alpenbank", "institution", ""), ("Urs Keller", "other", "Alpenbank")],
        ),
        (
            (
                "OSLO (Reuters) - Havbruk chief executive Martin Graf will leave in June, the insurer said.",
                "Chairman Urs Keller said the search for a successor had begun.",
            ),
            [("Havbruk", "institution", ""), ("Urs Keller", "other", "Havbruk")],
        ),
    ],
)
def test_a_name_the_recogniser_misses_after_a_dateline_is_the_company_that_opens_the_story(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The African Union's Peace and Security Council said it had suspended the country from all its activities.",
            ("African Union's Peace and Security Council", "institution", ""),
        ),
        (
            "The UN's Human Rights Council said the killings must be investigated.",
            ("UN's Human Rights Council", "institution", ""),
        ),
        (  # a company's committee is named as tagged
            "Harlow Bank's Audit Committee said the accounts were sound.",
            ("Audit Committee", "institution", ""),
        ),
    ],
)
def test_an_organ_of_an_international_body_keeps_the_body_written_before_it(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Chiara Montanari, a spokeswoman for the International Organization for Migration, said the boat had "
            "left port.",
            ("Chiara Montanari", "official", "International Organization for Migration"),
        ),
        (
            "Sara Ndiaye, a spokeswoman for the Southern African Development Community, said the summit would go "
            "ahead.",
            ("Sara Ndiaye", "official", "Southern African Development Community"),
        ),
    ],
)
def test_the_staff_of_migration_and_regional_intergovernmental_bodies_are_officials(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Cmdr. Luca Ferraro, a coast guard spokesman, said rescuers had pulled 38 survivors from the water.",
            ("Luca Ferraro", "official", "coast guard"),
        ),
        (
            "Ali Demir, a border guard officer, said the crossing had been closed.",
            ("Ali Demir", "official", "border guard"),
        ),
        (  # a guard of no coast or border is a person's job
            "Ali Demir, a security guard at the mall, said the crowd had been calm.",
            ("Ali Demir", "other", ""),
        ),
    ],
)
def test_a_coast_or_border_guard_is_a_force(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ibrahim Sy, who studies armed groups at the Timbuktu Institute in Dakar, said the group had grown.",
            ("Ibrahim Sy", "analyst", "Timbuktu Institute"),
        ),
        (
            "Maria Lund, who researches migration at the Harlow Institute, said arrivals had doubled.",
            ("Maria Lund", "analyst", "Harlow Institute"),
        ),
        (  # what one studied once ties one to no place of work
            "Maria Lund, who studied law at Harlow University, said arrivals had doubled.",
            ("Maria Lund", "other", ""),
        ),
    ],
)
def test_a_person_who_studies_a_field_at_an_institute_works_there(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "France's foreign ministry said it was doing everything to secure her release.",
                "Foreign ministry spokeswoman Helene Duroc told reporters in Paris that France did not pay ransoms.",
            ),
            ("Helene Duroc", "official", "France's foreign ministry"),
        ),
        (
            (
                "Norway's defence ministry said two drones had been shot down.",
                "A defence ministry spokesman, Jan Kolar, said the drones had been launched from the sea.",
            ),
            ("Jan Kolar", "official", "Norway's defence ministry"),
        ),
        (  # another portfolio's ministry is another body (France's, the one country the article names)
            (
                "France's foreign ministry said it was doing everything to secure her release.",
                "A defence ministry spokeswoman, Anne Petit, said no troops would be sent.",
            ),
            ("Anne Petit", "official", "France's defence ministry"),
        ),
    ],
)
def test_a_ministry_named_by_its_portfolio_is_the_country_s_ministry_named_before(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "About 6,000 barrels of crude spilled, state oil company Petrolera Andina said on Saturday.",
                "Petrolera Andina's chief executive, Diego Salazar, said the company would pay compensation.",
            ),
            ("Diego Salazar", "other", "Petrolera Andina"),
        ),
        (
            ("Diego Salazar, chief executive of state mining company Minera Sur, said output would rise.",),
            ("Diego Salazar", "other", "Minera Sur"),
        ),
    ],
)
def test_the_chief_of_a_company_the_state_owns_is_an_executive(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Helena Richter, head of commodities research at Nordbank in Frankfurt, said prices would drift lower.",
                '"The group is running to stand still," Richter said.',
            ),
            [("Helena Richter", "analyst", "Nordbank")] * 2,
        ),
        (
            ("Helena Richter, an economist at Vestbank, said the krone would weaken.",),
            [("Helena Richter", "analyst", "Vestbank")],
        ),
        (  # a name the recogniser tagged whole stays as it was
            ("Lars Holm, an economist at Vestbank, said the krone would weaken.",),
            [("Lars Holm", "analyst", "Vestbank")],
        ),
    ],
)
def test_a_given_name_tagged_an_organisation_before_its_untagged_surname_is_a_person_s(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected

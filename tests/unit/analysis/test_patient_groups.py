"""Patient groups and health charities named by a disease or their patients ("Diabetes Care Forum", "Foundation for
Clear Sight") are charities, whose heads are no think tank's experts; a place of research named by a disease stays
research (real pipeline, fictional texts)."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.organisations import AID, RESEARCH, organisation_type
from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Kidney Care Forum", AID),
        ("Foundation for Clear Sight", AID),
        ("Lupus Patients Society", AID),
        ("Kidney Research Institute", RESEARCH),
        ("Harlow Foundation", RESEARCH),
    ],
)
def test_a_body_named_by_a_disease_is_a_charity_unless_it_is_a_place_of_research(name, kind):
    assert organisation_type(name) == kind


def test_the_head_of_a_patient_network_is_no_analyst(nlp):
    profiles = profiles_of(
        nlp, "Sunil Rao, the head of the patient network Kidney Care Forum, said dialysis cost too much."
    )
    assert profiles == [("Sunil Rao", "other", "Kidney Care Forum")]


def test_the_chief_executive_of_a_foundation_cut_at_for_is_the_officer_of_the_charity_the_whole_name_is(nlp):
    profiles = profiles_of(
        nlp,
        "Patient advocates welcomed the ruling. The chief executive of the Foundation for Sight, Ana Petrov, said "
        "about 2,000 people had the condition.",
    )
    assert profiles == [("Ana Petrov", "other", "Foundation for Sight")]

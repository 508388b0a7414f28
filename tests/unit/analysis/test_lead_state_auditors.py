"""A lead that names a state's one-holder office by the place that owns it ("the province's auditor general said")
and a next paragraph that names the holder with the same title: the lead's words are the holder's."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_provinces_auditor_general_in_the_lead_is_the_auditor_general_named_next(nlp):
    profiles = profiles_of(
        nlp,
        "OTTAWA -- The new ferry terminal will cost C$200 million more than planned, the province's auditor general "
        "said on Tuesday.",
        "Auditor General Jane Moffat said in a report that the ministry had changed the design nine times.",
    )
    assert [(name, kind) for name, kind, _ in profiles] == [("Jane Moffat", "official")] * 2


def test_a_states_attorney_general_in_the_lead_is_the_attorney_general_named_next(nlp):
    profiles = profiles_of(
        nlp,
        "The city must close its landfill by June, the state's attorney general said on Friday.",
        "Attorney General Rosa Whitcombe said the landfill had leaked into the river for years.",
    )
    assert [(name, kind) for name, kind, _ in profiles] == [("Rosa Whitcombe", "official")] * 2


def test_a_company_auditor_in_the_lead_with_no_title_named_next_stays_unnamed(nlp):
    profiles = profiles_of(
        nlp,
        "The builder's results were misstated for two years, the province's auditor general said on Tuesday.",
        "Chief Executive Tom Verity said the company would restate its accounts.",
    )
    assert profiles[0][0] == ""

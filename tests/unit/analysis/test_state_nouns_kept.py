"""A state body's noun that the page gave one body keeps it ("The Ostmark Rail Safety Administration said …. The
agency's administrator, X, …. The Nordic Rail Directorate said …. The agency said"; texts of our own): the later "the
agency" is the administration, not a body named since that the page never called so, unless that body acted in the
paragraph just before."""

from __future__ import annotations

from tests.quoting import profiles_of


def _speakers(rows):
    return [speaker for speaker, _, _ in rows]


def test_the_agency_stays_the_one_called_so_before(nlp):
    rows = profiles_of(
        nlp,
        "The Ostmark Rail Safety Administration said on Friday it had ordered checks of every tilting train.",
        "The agency's administrator, Lisbet Corran-Moe, told reporters the checks would take a month.",
        "The Nordic Rail Directorate, which halted the trains last week, said it would review the checks itself.",
        "Transport Minister Edvin Haldor-Rask said the government had acted on evidence.",
        "The agency said operators could still run the trains empty to their depots.",
        "Haldor-Rask said the families of the dead had been told first.",
        "The agency said it would publish what the checks found.",
    )
    assert _speakers(rows) == [
        "Ostmark Rail Safety Administration",
        "Lisbet Corran-Moe",
        "Nordic Rail Directorate",
        "Edvin Haldor-Rask",
        "Ostmark Rail Safety Administration",
        "Edvin Haldor-Rask",
        "Ostmark Rail Safety Administration",
    ]


def test_the_department_stays_the_one_called_so_before(nlp):
    rows = profiles_of(
        nlp,
        "The Ostmark Labour Department said on Monday that unemployment rose to 6.1% in March.",
        "The department's chief statistician, Arne Vollan-Pike, said the rise came mostly from building sites.",
        "The Ostmark Bureau of Economic Research said it expected the rate to peak in the summer.",
        "Builders said orders for new homes had dried up since the winter.",
        "The department said it would publish figures for each region next week.",
    )
    assert _speakers(rows)[-1] == "Ostmark Labour Department"


def test_a_body_that_acted_in_the_paragraph_before_is_the_agency(nlp):
    rows = profiles_of(
        nlp,
        "The Ostmark Rail Safety Administration said on Friday it had ordered checks of every tilting train.",
        "The agency's administrator, Lisbet Corran-Moe, told reporters the checks would take a month.",
        "The Nordic Rail Directorate, which halted the trains last week, said it would review the checks itself.",
        "The agency said its own engineers would ride the first trains.",
    )
    assert _speakers(rows)[-1] == "Nordic Rail Directorate"

"""A refusal to say more joined with no subject of its own to what a past cue reports in a tense it does not fit
("said the count is going smoothly and refused to predict …", "said she would attend but did not say whether …",
"… would add sites but declined to say how many"): what the speaker did next, the narrator's, not what was said.
A clause of "has" or "had" keeps a joined past participle ("had lost two clerks and hired temporary staff" shares the
"had"), another past after the present may still be said ("has no rallies planned and gave only brief remarks"), and
a verb of saying goes on saying unless it is denied. Fictional US election texts of our own."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "State Sen. Marla Quint said the county would add more polling sites but declined to say how many.",
            "the county would add more polling sites",
        ),
        (
            "Quint said the recount in Harlow County is going smoothly and refused to predict a winner.",
            "the recount in Harlow County is going smoothly",
        ),
        (
            "Campaign manager Dev Ostrander said the governor wants a third debate in Tallis Falls but declined to "
            "name a date.",
            "the governor wants a third debate in Tallis Falls",
        ),
        (
            "Ostrander said Gov. Ellis Varek would attend the candidates' forum but did not say whether he would "
            "stay for the town hall.",
            "Gov. Ellis Varek would attend the candidates' forum",
        ),
        (
            "Ostrander said that the caucus had certified the results but did not disclose the final tally.",
            "the caucus had certified the results",
        ),
    ],
)
def test_a_past_deed_that_does_not_fit_the_tense_of_what_was_said_is_the_narrators(nlp, text, said):
    assert [quote for _, quote in said_by(nlp, text)] == [said]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Quint said the county had lost two election clerks and hired temporary staff for the primary.",
            "the county had lost two election clerks and hired temporary staff for the primary",
        ),
        (
            "Ostrander said the campaign would open offices in three towns, new phone banks, and trained volunteers.",
            "the campaign would open offices in three towns, new phone banks, and trained volunteers",
        ),
        (
            "Ostrander said the former governor has no more rallies planned and gave only brief remarks at his two "
            "stops.",
            "the former governor has no more rallies planned and gave only brief remarks at his two stops",
        ),
        (
            "Quint said she now believes the absentee ballots were counted twice and were therefore void.",
            "she now believes the absentee ballots were counted twice and were therefore void",
        ),
    ],
)
def test_a_deed_that_shares_the_auxiliary_or_lists_a_thing_stays_in_what_was_said(nlp, text, said):
    assert [quote for _, quote in said_by(nlp, text)] == [said]

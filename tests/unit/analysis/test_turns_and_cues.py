"""Several speakers' turns in one block, a second cue that introduces its own quotation, and narration left out of
a quotation the cue closes, and a "recall" that calls back rather than remembers (real pipeline, texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


def test_each_turn_of_a_block_is_a_quote_of_its_own_speaker(nlp):
    rows = said_by(
        nlp,
        "The debate turned to the harbour. Mayor Ann Holt and council member Tom Reyes answered in turn.",
        'Holt: "Our goal is not to delay the pier, but to build it well." Reyes: "The plan is to finish the pier '
        'before the storms come."',
        "WALLACE: Will you build it? HOLT: Yes. We will build it by May. Note: the vote is next week.",
    )
    assert rows == [
        ("Ann Holt", '"Our goal is not to delay the pier, but to build it well."'),
        ("Tom Reyes", '"The plan is to finish the pier before the storms come."'),
        ("Wallace", "Will you build it?"),
        ("Ann Holt", "Yes. We will build it by May. Note: the vote is next week."),
    ]


def test_a_second_cue_with_a_colon_introduces_the_quotation_after_it(nlp):
    rows = said_by(
        nlp,
        '"If the council wants the pier, it can pay for it," Tom Reyes said before adding: "Though the ferry people, '
        'maybe they will help, I do not know."',
    )
    assert rows == [
        ("Tom Reyes", '"If the council wants the pier, it can pay for it,"'),
        ("Tom Reyes", '"Though the ferry people, maybe they will help, I do not know."'),
    ]


def test_the_narration_before_a_quotation_is_not_part_of_it(nlp):
    rows = said_by(
        nlp,
        'Vice Mayor Ann Holt weighed in as well, telling the Ledger in an interview released on Friday, "But '
        'frankly, they are both experienced," she said, adding, "Reyes is the obvious choice to run the port."',
    )
    assert rows == [
        ("Ann Holt", '"But frankly, they are both experienced,"'),
        ("Ann Holt", '"Reyes is the obvious choice to run the port."'),
    ]
    assert said_by(nlp, 'Tom Reyes called the mayor and her deputy "reckless" on Tuesday.') == [
        ("Tom Reyes", 'the mayor and her deputy "reckless"')  # "on Tuesday" says when, not "called on"
    ]


def test_a_quotation_after_a_passive_clause_and_a_colon_is_its_subject_s(nlp):
    rows = said_by(
        nlp,
        "Dale Ortiz runs the last bakery on the island. He was unmoved: \u201cWe will keep the bakery open until "
        "the last ferry leaves.\u201d",
    )
    assert rows == [("Dale Ortiz", "\u201cWe will keep the bakery open until the last ferry leaves.\u201d")]


def test_a_tally_after_a_name_and_a_heading_in_capitals_are_no_turns(nlp):
    rows = said_by(
        nlp,
        "Delegates won so far. Ann Holt: 1,769. Tom Reyes: 1,501.",
        "STAT OF THE WEEK: $12 million, the sum the harbour board set aside for the new quay.",
        "EMAIL: harbour@example.org.",
        "WALLACE: Will you build it?",
    )
    assert rows == [("Wallace", "Will you build it?")]


def test_all_told_and_time_will_tell_tell_nothing(nlp):
    """ "All told, …" means in all, and "only time will tell if …" names no one who tells."""
    rows = said_by(
        nlp,
        "All told, some 40,000 families may qualify for the grants. Only time will tell if his lead will "
        "last through the spring. Tom Hale told the council that time was short.",
    )
    assert rows == [("Tom Hale", "time was short")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Ostria recalled its ambassador from Pelaria on Wednesday after two of its citizens were detained.", []),
        ("Velmar Motors recalled 5,000 cars on Tuesday because of faulty brakes.", []),
        ("The president recalled the envoy after the talks failed.", []),
        ("Ann Reed recalled her days as a nurse in the northern hospital.", [("Ann Reed", "her days as a nurse")]),
        ("Tom Hale recalled how the water came in.", [("Tom Hale", "how the water came in")]),
        ("The ministry recalled that the treaty had been signed in 1990.", [("ministry", "the treaty had been")]),
    ],
)
def test_a_recall_that_calls_back_an_envoy_or_a_product_is_no_cue(nlp, paragraph, expected):
    rows = said_by(nlp, paragraph)
    assert len(rows) == len(expected), rows
    assert [(s, q[: len(w)]) for (s, q), (_, w) in zip(rows, expected, strict=True)] == expected

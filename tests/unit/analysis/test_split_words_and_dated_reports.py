"""What was said when the parser splits a hyphenated word at its opening ("said small co-ops had been …"), and a "that"
clause after a writing dated by a participle ("said in a report released on Thursday that …"). Fictional sentences."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_word_split_at_its_hyphen_opens_what_was_said_whole(nlp):
    said = said_by(nlp, "Lorna Hale, a dairy economist, said small co-ops had been squeezed for a decade.")
    assert said == [("Lorna Hale", "small co-ops had been squeezed for a decade")]


def test_a_that_clause_after_a_report_released_on_a_day_is_what_the_body_said(nlp):
    said = said_by(
        nlp,
        "The Northwest Fruit Growers League said in a report released on Thursday that the state’s apple growers had "
        "spent an average of $2.1 million each on labour last year.",
    )
    assert said == [
        (
            "Northwest Fruit Growers League",
            "the state’s apple growers had spent an average of $2.1 million each on labour last year",
        )
    ]

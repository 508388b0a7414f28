"""A page label glued to the start of a paragraph (page_labels.py): a pointer to another story with its headline, a
section label, a promotion or a timestamp before a quotation is cut off, so the quotation keeps its speaker and its
words and the label enters no quote; a sentence that runs into a quotation keeps all its words."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, quote_rows_of

LEDE = "Tamsin Orley runs the ferry between Dunmore and the island of Skarra."
SAID = f"{L}Every sailing costs more than it earns,{R} Orley said."


@pytest.mark.parametrize(
    "label",
    [
        "ANALYSIS | Why the Skarra crossing keeps losing money",
        "Related: Dunmore ferry fares rise for a third spring",
        "Jun 12, 2025 7:15 PM PT | Last Updated: Jun 13, 2025",
        "Sign up for the Skarra morning briefing",
    ],
)
def test_a_label_before_a_quotation_is_cut_off(nlp, label):
    rows = [r for r in quote_rows_of(nlp, LEDE, f"{label} {SAID}") if r["speaker"]]
    assert [(r["speaker"], r["direct"], r["quote"]) for r in rows] == [
        ("Tamsin Orley", True, f"{L}Every sailing costs more than it earns,{R}")
    ]


def test_the_label_alone_is_cut_before_a_sentence_that_runs_into_a_quotation(nlp):
    paragraph = f"Updated: The slipway at Dunmore is {L}unsafe for heavy lorries,{R} Orley said."
    rows = [r for r in quote_rows_of(nlp, LEDE, paragraph) if r["speaker"]]
    assert [(r["speaker"], r["quote"]) for r in rows] == [
        ("Tamsin Orley", f"The slipway at Dunmore is {L}unsafe for heavy lorries")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        f"The slipway at Dunmore is {L}unsafe for heavy lorries,{R} Orley said.",
        f"Watching the tide turn at Dunmore is {L}the best part of the job,{R} Orley said.",
    ],
)
def test_a_sentence_that_runs_into_a_quotation_keeps_its_words(nlp, paragraph):
    rows = [r for r in quote_rows_of(nlp, LEDE, paragraph) if r["speaker"]]
    assert [r["quote"].split(L)[0] for r in rows] == [paragraph.split(L)[0]]

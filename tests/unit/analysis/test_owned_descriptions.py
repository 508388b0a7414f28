"""A description owned by a body with "the" ("the federation’s president said") stands for the person the article
set in apposition with the same words before ("Ada Strelle-Moon, the federation’s president,"), as "the father of
three" does (quotes/descriptions.py, `described_at_first`); one the article never gave anyone stays unnamed.
Fictional text."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_bodys_president_is_the_woman_described_so_before(nlp):
    found = said_by(
        nlp,
        "“Members are tired of waiting,” said Ada Strelle-Moon, the federation’s president and a nurse in Harlow Bay.",
        "Talks resume on Monday. “We will be at the table, and we will be ready,” the federation’s president said.",
    )
    assert ("Ada Strelle-Moon", "“We will be at the table, and we will be ready,”") in found


def test_a_description_given_to_no_one_stays_unnamed(nlp):
    found = said_by(
        nlp,
        "“Members are tired of waiting,” said Ada Strelle-Moon, a nurse in Harlow Bay.",
        "Talks resume on Monday. “We will be at the table,” the federation’s treasurer said.",
    )
    assert ("Ada Strelle-Moon", "“We will be at the table,”") not in found

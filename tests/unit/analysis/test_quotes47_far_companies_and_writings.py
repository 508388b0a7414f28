"""Two speaker-resolution leftovers (real pipeline, texts of our own): "the company said" several paragraphs after
the only company of the article was named, and a "that" clause the parser hung on a participle that describes the
writing a cue spoke "in" ("said in a report seen by the paper that …")."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_company_is_the_only_company_named_however_far_back(nlp):
    rows = said_by(
        nlp,
        "Shares in Brennock Foods fell 5 percent on Monday after a weak quarter.",
        "Sales of frozen meals dropped in the spring, hurt by a warm season.",
        "Prices of grain rose sharply across the region.",
        "The company said it would open two plants next year.",
    )
    assert rows == [("Brennock Foods", "it would open two plants next year")]


def test_a_that_clause_hung_on_a_participle_of_the_writing_is_what_the_cue_said(nlp):
    rows = said_by(
        nlp,
        "The Nordic Atomic Agency said in a confidential report seen by the newspaper that the plant had enriched "
        "more fuel than it declared.",
    )
    assert rows == [("Nordic Atomic Agency", "the plant had enriched more fuel than it declared")]


def test_a_that_clause_hung_on_a_noun_after_the_participle_is_what_the_cue_said(nlp):
    rows = said_by(
        nlp,
        "The Nordic Atomic Agency said in a quarterly report sent to member states that inspectors had found traces "
        "of uranium at the site.",
    )
    assert rows == [("Nordic Atomic Agency", "inspectors had found traces of uranium at the site")]

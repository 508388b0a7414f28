"""A person named in full with no tag at all ("Vermont's Orsolya Tremblath, a delegate", the recogniser leaving the
name untagged) and later by surname alone tagged an organisation is one speaker under the full name, not a second
speaker "Tremblath" (untagged_full_names.py). The recogniser's slip is imposed on the parsed paragraphs, as the small
model makes it on some real pages but not on every made-up one. Fictional text."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dashboard.analysis.entities import entity_rows
from dashboard.analysis.quotes import quote_rows
from dashboard.sources import Article, Paragraph
from tests.quoting import L, R


def _rows_with_slip(nlp, paragraphs: list[str], full: str) -> list[tuple[str, str]]:
    """(speaker, quote) of an article where every full name ending with the surname of `full` is left untagged and
    the surname is tagged an organisation wherever it stands alone."""
    last = full.split()[-1]
    docs = list(nlp.pipe(paragraphs))
    for doc in docs:
        kept = [e for e in doc.ents if last not in e.text]
        alone = [t.i for t in doc if t.text == last and not (t.i and doc[t.i - 1].is_title)]
        doc.ents = sorted(kept + [Span(doc, i, i + 1, "ORG") for i in alone], key=lambda e: e.start)
    article = Article("test-article", "A test article", tuple(Paragraph(i, "", t) for i, t in enumerate(paragraphs)))
    return [(r["speaker"], r["quote"]) for r in quote_rows(article, docs, entity_rows(article.article_id, docs))]


@pytest.mark.parametrize(
    ("paragraphs", "full", "quote"),
    [
        (
            [
                "Delegates pushing the revolt have been led by Maine’s Brent Ollivard, a former party aide, and "
                "Vermont’s Orsolya Tremblath, a delegate serving on the rules panel.",
                f"{L}They have no idea how many votes they hold,{R} said Tremblath.",
                "Tremblath is drafting the motion herself. But if Tremblath loses the vote, she can still file a "
                "dissent.",
            ],
            "Orsolya Tremblath",
            f"{L}They have no idea how many votes they hold,{R}",
        ),
        (
            [
                "The walkout was organised by a shop steward and by Bristol’s Jessamy Quarnsby, a nurse serving on "
                "the union board.",
                f"{L}Nobody asked the night shift,{R} said Quarnsby.",
                "Quarnsby is writing the letter. If Quarnsby fails to win the board over, she will call a ballot.",
            ],
            "Jessamy Quarnsby",
            f"{L}Nobody asked the night shift,{R}",
        ),
        (
            [
                "The bid is backed by Iowa’s Calloway Brindlecombe, a farmer serving on the county board.",
                f"{L}The numbers do not add up,{R} said Brindlecombe.",
                "Brindlecombe is leading the count. If Brindlecombe loses, he will appeal.",
            ],
            "Calloway Brindlecombe",
            f"{L}The numbers do not add up,{R}",
        ),
    ],
)
def test_a_surname_tagged_a_body_speaks_under_the_untagged_full_name(nlp, paragraphs, full, quote):
    rows = _rows_with_slip(nlp, paragraphs, full)
    assert (full, quote) in rows, rows


def test_a_surname_two_untagged_full_names_end_with_stays_alone(nlp):
    rows = _rows_with_slip(
        nlp,
        [
            "The bid is backed by Iowa’s Calloway Brindlecombe, a farmer on the county board, and by his sister, "
            "Wenna Brindlecombe, a vet.",
            f"{L}The numbers do not add up,{R} said Brindlecombe.",
            "Brindlecombe is leading the count. If Brindlecombe loses, he will appeal.",
        ],
        "Calloway Brindlecombe",
    )
    assert all(speaker not in ("Calloway Brindlecombe", "Wenna Brindlecombe") for speaker, _ in rows), rows

"""A body's name the recogniser took for a work's title ("The Lakeside Tenants Council" WORK_OF_ART in a long block)
is an organisation's, and speaks as one; a title set off by quotation marks or a work noun stays a work's."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.entities import entity_rows
from dashboard.analysis.quotes import quote_rows
from dashboard.sources import Article, Paragraph
from tests.quoting import L, R


def _as_work(doc, first: str, last: str) -> None:
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index(first), words.index(last) + 1, label="WORK_OF_ART")]


def test_a_body_taken_for_a_work_speaks_as_an_organisation(nlp):
    text = (
        f"The Lakeside Tenants Council called the rent increase {L}a slap in the face{R} and said it would take the "
        "landlord to the rental board."
    )
    doc = nlp(text)
    _as_work(doc, "The", "Council")
    rows = entity_rows("a", [doc])
    assert [(r["canonical"], r["label"]) for r in rows] == [("Lakeside Tenants Council", "ORG")]
    article = Article("a", "A test article", (Paragraph(0, "", text),))
    said = [(r["speaker"], r["quote"]) for r in quote_rows(article, [doc], rows)]
    assert ("Lakeside Tenants Council", "it would take the landlord to the rental board") in said


def test_a_title_set_off_as_a_work_stays_a_work(nlp):
    doc = nlp("She spent a decade writing the novel The Quiet Council, which comes out in May.")
    _as_work(doc, "The", "Council")
    assert [r["label"] for r in entity_rows("a", [doc])] == ["WORK_OF_ART"]
    doc = nlp(f"Her play {L}The Harbour Commission{R} opens on Friday.")
    _as_work(doc, "The", "Commission")
    assert [r["label"] for r in entity_rows("a", [doc])] == ["WORK_OF_ART"]

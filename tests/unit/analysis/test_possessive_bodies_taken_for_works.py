"""A body's name in the plural possessive that the recogniser took for a work's title ("The Steppe Grain Traders’
Association" WORK_OF_ART): the mark of the possessive is no quotation mark, and the name is an organisation's, which
speaks as one; a title set off by quotation marks or a work noun stays a work's (entity_labels.body_taken_for_work).
Fictional texts on the real spaCy pipeline."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.entities import entity_rows
from tests.quoting import L, R, profiles_of


def _as_work(doc, first: str, last: str) -> None:
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index(first), words.index(last) + 1, label="WORK_OF_ART")]


def test_a_body_in_the_plural_possessive_taken_for_a_work_is_an_organisation(nlp):
    for text, name in (
        ("The Steppe Grain Traders’ Association said the quota would hurt its members.", "Traders’ Association"),
        ("The Kelwick Teachers' Federation said the plan would close four schools.", "Teachers' Federation"),
    ):
        doc = nlp(text)
        _as_work(doc, "The", name.split()[-1])
        assert [(r["canonical"].endswith(name), r["label"]) for r in entity_rows("a", [doc])] == [(True, "ORG")]


def test_the_body_speaks_under_its_whole_name(nlp):
    said = profiles_of(
        nlp,
        "The decision angered the country’s grain trade. The Steppe Grain Traders’ Association said in a statement "
        "that the quota would hurt its members.",
    )
    assert said == [("Steppe Grain Traders’ Association", "institution", "")]


def test_a_title_in_the_possessive_set_off_as_a_work_stays_a_work(nlp):
    doc = nlp(f"Her play {L}The Drifters’ Union{R} opens on Friday.")
    _as_work(doc, "The", "Union")
    assert [r["label"] for r in entity_rows("a", [doc])] == ["WORK_OF_ART"]
    doc = nlp("She spent a decade writing the novel The Weavers’ Council, which comes out in May.")
    _as_work(doc, "The", "Council")
    assert [r["label"] for r in entity_rows("a", [doc])] == ["WORK_OF_ART"]

"""No name ends with a conjunction: "carriers Tellaro and Vantix", tagged "Tellaro and", is the carrier "Tellaro", whom
"Tellaro said" later names (fictional text)."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.conjunction_ends import conjunction_ends
from tests.quoting import profiles_of


def test_a_conjunction_that_ends_a_name_is_left_out_of_it(nlp):
    doc = nlp.make_doc("Shares of Quillon and Marrabeck or Hesk & rose.")
    doc.ents = [Span(doc, 2, 4, label="ORG"), Span(doc, 4, 6, label="ORG"), Span(doc, 6, 8, label="ORG")]
    assert [(e.text, e.label_) for e in conjunction_ends(doc).ents] == [
        ("Quillon", "ORG"),
        ("Marrabeck", "ORG"),
        ("Hesk", "ORG"),
    ]


def test_a_name_with_a_conjunction_inside_keeps_it(nlp):
    doc = nlp.make_doc("Shares of Brill and Sons rose.")
    doc.ents = [Span(doc, 2, 5, label="ORG")]
    assert [e.text for e in conjunction_ends(doc).ents] == ["Brill and Sons"]


def test_the_first_of_two_carriers_joined_speaks_under_its_own_name(nlp):
    profiles = profiles_of(
        nlp,
        "The board is weighing the merger of mobile carriers Tellaro and Vantix.",
        "Tellaro said it expected the deal to be cleared by the summer.",
    )
    assert profiles == [("Tellaro", "institution", "")]

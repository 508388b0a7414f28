"""No name runs on past a dash set off by spaces (texts of our own): "Nora Vell - Greaves's campaign partner - told …"
tagged "Nora Vell - Greaves" names Nora Vell; a hyphen inside a name ("Jean-Luc") and a work's title keep theirs."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.dashed_ends import dashed_ends


def test_a_dash_set_off_by_spaces_ends_the_name(nlp):
    doc = nlp.make_doc("Nora Vell - Greaves rose. Jean-Luc Hale spoke. Songs - Live played.")
    doc.ents = [
        Span(doc, 0, 4, label="PERSON"),
        Span(doc, 6, 10, label="PERSON"),
        Span(doc, 12, 15, label="WORK_OF_ART"),
    ]
    assert [e.text for e in dashed_ends(doc).ents] == ["Nora Vell", "Jean-Luc Hale", "Songs - Live"]


def test_one_word_that_is_no_name_before_a_dash_is_not_kept_for_the_name(nlp):
    doc = nlp('He said the mayor is "weak on crime. Weak - Corrin - weak on crime."')
    start = next(t.i for t in doc if t.text == "Weak")
    doc.ents = [Span(doc, start, start + 3, label="PERSON")]
    assert [e.text for e in dashed_ends(doc).ents] != ["Weak"]

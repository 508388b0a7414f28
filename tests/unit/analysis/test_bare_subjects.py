"""The proper nouns no name tags that are the subject of a clause (quotes.missed_names.bare_subjects)."""

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from dashboard.analysis.quotes.missed_names import bare_subjects


def _parsed() -> Doc:
    return Doc(
        Vocab(),
        words=["Laurent", "says", "Odra", "was", "seen", "by", "Pell", "."],
        pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
        deps=["nsubj", "ROOT", "nsubjpass", "auxpass", "ccomp", "agent", "pobj", "punct"],
        heads=[1, 1, 4, 4, 1, 4, 5, 1],
    )


def test_untagged_proper_nouns_that_are_subjects_active_or_passive():
    assert bare_subjects([_parsed()]) == {"Laurent", "Odra"}


def test_a_tagged_subject_is_no_bare_one():
    doc = _parsed()
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    assert bare_subjects([doc, _parsed()[0:0].as_doc()]) == {"Laurent"}

"""Sentences read from a table kept on the Doc (sentence_table) are the ones spaCy's own `.sent` and `Doc.sents` find,
and a Doc cut short (doc_text.doc_span) is the one spaCy's slicing gives."""

import spacy
from spacy.tokens import Doc

from dashboard.analysis.doc_text import doc_span
from dashboard.analysis.sentence_table import read_sentences_afresh, read_sentences_once, sentences_of

TEXT = (
    "Tavi Ormund runs the ferry at Brisk Harbour. She said the boats sail at dawn! Does Keld Varrow agree? "
    "He said nothing"
)


def _doc() -> Doc:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(TEXT)


def _spans(doc: Doc) -> list:
    return [doc[a:b] for a in range(len(doc) + 1) for b in range(a, len(doc) + 1)]


def test_every_token_and_span_has_the_sentence_spacy_finds():
    doc = _doc()
    walked = [(t.sent.start, t.sent.end) for t in doc], [(s.sent.start, s.sent.end) for s in _spans(doc)]
    read_sentences_once(doc)
    read = [(t.sent.start, t.sent.end) for t in doc], [(s.sent.start, s.sent.end) for s in _spans(doc)]
    assert read == walked
    assert [(s.start, s.end) for s in sentences_of(doc)] == [(s.start, s.end) for s in doc.sents]
    assert doc[3].sent is doc[5].sent  # read from the table: one span per sentence


def test_a_doc_read_afresh_walks_again():
    doc = _doc()
    read_sentences_once(doc)
    read_sentences_afresh(doc)
    assert not doc.user_token_hooks and not doc.user_span_hooks
    assert doc[3].sent is not doc[5].sent and doc[3].sent == doc[5].sent


def test_a_doc_span_is_the_slice_inside_the_doc_and_out_of_it():
    doc = _doc()
    for start in range(-3, len(doc) + 3):
        for end in range(-3, len(doc) + 3):
            cut, sliced = doc_span(doc, start, end), doc[start:end]
            assert (cut.start, cut.end, cut.label, cut.text) == (sliced.start, sliced.end, sliced.label, sliced.text)

"""Every token's and span's sentence (`.sent`) read from a table made once per Doc. spaCy's own `.sent` walks the
Doc's sentence starts from the token, checks the whole Doc for sentence annotation and slices the Doc anew at every
read, and the analysis asks it some seventy times a paragraph, from dozens of steps. spaCy lets a Doc answer `.sent`
through its own hooks: the analysis sets them on its Docs (`read_sentences_once`), and each Doc keeps its sentences in
its `user_data`, so they live and die with it (the pipeline's steps that set sentence starts all run before)."""

from __future__ import annotations

from itertools import chain, repeat

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import kept

_SENTENCES = "dashboard.sentences"


def read_sentences_once(doc: Doc) -> None:
    """Make `.sent` of the Doc's tokens and spans read the Doc's sentences from a table kept on it, the same
    sentences, as the same spans, that spaCy's walk finds."""
    doc.user_token_hooks["sent"] = _token_sentence
    doc.user_span_hooks["sent"] = _span_sentence


def read_sentences_afresh(doc: Doc) -> None:
    """Give `.sent` back to spaCy's own walk, once the analysis is done with the Doc."""
    doc.user_token_hooks.pop("sent", None)
    doc.user_span_hooks.pop("sent", None)


def sentences_of(doc: Doc) -> list[Span]:
    """The Doc's sentences, as `Doc.sents` gives them, from the same table (not to be changed)."""
    table = doc.user_data.get(_SENTENCES)
    return (kept(doc, _SENTENCES, _sentences) if table is None else table)[0]


def _token_sentence(token: Token) -> Span:
    return _sentence_at(token.doc, token.i)


def _span_sentence(span: Span) -> Span:
    return _sentence_at(span.doc, span.start)  # as spaCy's: the sentence the span starts in


def _sentence_at(doc: Doc, i: int) -> Span:
    table = doc.user_data.get(_SENTENCES)
    sentences, index = kept(doc, _SENTENCES, _sentences) if table is None else table
    if i < len(index):
        return sentences[index[i]]
    return sentences[-1] if sentences else doc[0:0]  # an empty span at the Doc's end: its last sentence, as spaCy's


def _sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """The Doc's sentences (`Doc.sents`: a sentence starts at the Doc's start and at each token marked to start one),
    and the number of each token's sentence, by token index."""
    sentences = list(doc.sents)
    index = list(chain.from_iterable(repeat(n, len(sentence)) for n, sentence in enumerate(sentences)))
    return sentences, index

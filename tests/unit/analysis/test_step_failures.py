"""A pipeline step this product adds that fails on one paragraph is skipped on that paragraph, with a message naming
the step and the paragraph, and the stream of paragraphs goes on: the paragraph reads as if the step had not run."""

from __future__ import annotations

import logging

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START

from dashboard.analysis import entity_steps, mended_subjects, rank_stops, step_failures

#: A paragraph both steps change: a nickname within a name (entities), "…, Brandt notes, …" read as a noun (parse).
_FAILING = (
    "Jordan “Tank” Ferreira of the Harrowgate Pilots Guild says the channel is closed until spring, Brandt notes, "
    "and the pilots will wait."
)
_FINE = "Ilse Brandt of the Harrowgate Pilots Guild said the channel was open again on Monday."


def _parses(nlp, texts, *, without=()):
    with nlp.select_pipes(disable=list(without)):
        return [doc.to_array([HEAD, DEP, ENT_IOB, ENT_TYPE]).tolist() for doc in nlp.pipe(texts)]


def _slipping(real):
    """A step that does its work, changes the paragraph once more and raises, on the failing paragraph only."""

    def step(doc, *args):
        done = real(doc, *args)
        if doc.text == _FAILING:
            doc.ents = []
            doc[1].head = doc[0]
            raise RuntimeError("a step slipped")
        return done

    return step


@pytest.mark.parametrize(
    ("module", "name", "step"),
    [(entity_steps, "STEPS", entity_steps.STEP), (mended_subjects, "names_read_into_cues", mended_subjects.STEP)],
)
def test_a_step_failing_on_one_paragraph_is_undone_there_only(nlp, monkeypatch, caplog, module, name, step):
    if name == "STEPS":
        monkeypatch.setattr(module, name, (*module.STEPS, _slipping(lambda doc: doc)))
    else:
        monkeypatch.setattr(module, name, _slipping(getattr(module, name)))
    with caplog.at_level(logging.WARNING, logger=step_failures.__name__):
        failing, fine = _parses(nlp, [_FAILING, _FINE])
    monkeypatch.undo()
    skipped, _ = _parses(nlp, [_FAILING, _FINE], without=[step])
    as_ever = _parses(nlp, [_FINE])[0]
    assert failing == skipped  # as if the step had not run on it
    assert fine == as_ever  # the paragraph after it is read as ever
    assert failing != _parses(nlp, [_FAILING])[0]  # where the step, run as ever, changes the paragraph
    assert f"pipeline step {step} skipped" in caplog.text
    assert "a step slipped" in caplog.text and repr(_FAILING[:60]) in caplog.text


def test_a_sentence_step_failing_keeps_the_sentences_as_found(nlp, monkeypatch, caplog):
    def slipping(doc, *args, **kwargs):
        doc[3].is_sent_start = True
        raise RuntimeError("a step slipped")

    monkeypatch.setattr(rank_stops, "places_of", slipping)
    with caplog.at_level(logging.WARNING, logger=step_failures.__name__):
        doc = nlp(_FAILING)
    assert f"pipeline step {rank_stops.STEP} skipped" in caplog.text
    monkeypatch.undo()
    with nlp.select_pipes(disable=[rank_stops.STEP]):
        found = nlp(_FAILING)
    assert doc.to_array([SENT_START]).tolist() == found.to_array([SENT_START]).tolist()

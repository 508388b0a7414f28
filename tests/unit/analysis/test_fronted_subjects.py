"""A name set off after a fronted phrase, with a description closed by a comma before the cue, is the cue's subject
though the parser hung it on that phrase (mended_subjects; texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_name_with_its_description_set_off_after_a_fronted_phrase_speaks(nlp):
    text = (
        "The inquiry heard from the contractor on Monday. Under questioning from the town’s counsel, Brodeur, a "
        "surveyor who spent 20 years with the county, said he had never seen the drainage plan."
    )
    said = next(t for t in nlp(text) if t.text == "said")
    rows = said_by(nlp, text)
    assert [t.text for t in said.children if t.dep_ == "nsubj"] == ["Brodeur"]
    assert [speaker for speaker, _ in rows] == ["Brodeur"]

"""A description and a cue in -s set off by commas, read by the parser as one noun ("…, the analyst notes, and …"
like "research notes"): the parse is mended so that the description is the cue's subject and the cue stands inserted
in the sentence (set_off_noun_cues.py). Fictional texts on the real spaCy pipeline."""

from __future__ import annotations

from tests.quoting import said_by

ANALYST = "“Stocks are thin,” said Marta Kovenko-Ruhl, a grain analyst at Drevsen Securities in Warsaw."


def test_the_analyst_notes_tagged_a_verb_speaks(nlp):
    quotes = said_by(
        nlp,
        ANALYST,
        "Margins remain thin by historical standards, the analyst notes, and the chain’s profit came from a low base.",
    )
    assert (
        "Marta Kovenko-Ruhl",
        "Margins remain thin by historical standards and the chain’s profit came from a low base",
    ) in quotes


def test_the_analyst_notes_tagged_a_plural_noun_speaks(nlp):
    quotes = said_by(
        nlp,
        ANALYST,
        "Margins remain thin by historical standards, the analyst notes, and Halbrook’s profit rise came "
        "from a low base.",
    )
    assert (
        "Marta Kovenko-Ruhl",
        "Margins remain thin by historical standards and Halbrook’s profit rise came from a low base",
    ) in quotes


def test_the_analyst_notes_set_beside_the_subject_speaks(nlp):
    quotes = said_by(nlp, ANALYST, "The worst may be over for wheat, the analyst notes, but not for rice.")
    assert ("Marta Kovenko-Ruhl", "The worst may be over for wheat but not for rice") in quotes


def test_the_parse_gives_the_cue_its_subject_and_the_noun_its_article(nlp):
    doc = nlp(
        "Margins remain thin by historical standards, the analyst notes, and the chain’s profit came from a low base."
    )
    notes = next(t for t in doc if t.lower_ == "notes")
    analyst = doc[notes.i - 1]
    assert (analyst.dep_, analyst.head.i, doc[notes.i - 2].head.i) == ("nsubj", notes.i, analyst.i)
    assert notes.dep_ == "parataxis" and notes.head == doc[notes.i].sent.root


def test_analyst_notes_that_are_papers_stay_a_noun(nlp):
    doc = nlp("The index rose, the research notes show, and the analyst was right.")
    notes = next(t for t in doc if t.lower_ == "notes")
    assert notes.dep_ != "parataxis"
    assert said_by(nlp, ANALYST, "Prices rose in May, the analyst notes showed.")[1:] == []

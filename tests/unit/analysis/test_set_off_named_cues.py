"""A name and a cue in -s set off by commas inside the clause they report, read by the parser as a noun phrase ("The
numbers, Brandt-Vickery notes, are …" like "the Brandt notes"): the parse is mended so that the name is the cue's
subject and the cue stands inserted in the sentence (set_off_named_cues.py). Fictional texts on the real spaCy
pipeline."""

from __future__ import annotations

from tests.quoting import said_by

SCHOLAR = "Dr. Ilse Marrowfield-Adu studies housing policy at Quenby University."


def test_a_hyphenated_name_and_notes_tagged_a_plural_noun_speaks(nlp):
    quotes = said_by(nlp, SCHOLAR, "The numbers, Marrowfield-Adu notes, are not the whole story.")
    assert ("Ilse Marrowfield-Adu", "The numbers are not the whole story") in quotes


def test_a_hyphenated_name_and_argues_read_as_a_second_subject_speaks(nlp):
    quotes = said_by(
        nlp,
        "Selma Brandt-Vickery teaches at Quenby University.",
        "The evidence, Brandt-Vickery argues, is not seriously in dispute.",
    )
    assert ("Selma Brandt-Vickery", "The evidence is not seriously in dispute") in quotes


def test_a_one_word_name_whose_cue_hangs_on_the_subject_speaks_and_the_subject_does_not(nlp):
    quotes = said_by(
        nlp,
        "Maren Osterholt wrote a book on the state’s voters.",
        "Rural voters, Osterholt notes, praise the governor for the bridges she rebuilt.",
    )
    assert ("Maren Osterholt", "Rural voters praise the governor for the bridges she rebuilt") in quotes
    assert not any(quote.startswith("the governor") for _, quote in quotes)


def test_the_sentence_after_the_second_comma_goes_back_to_the_clause(nlp):
    quotes = said_by(nlp, SCHOLAR, "The budget, Marrowfield-Adu notes, is no plan, and it will fail.")
    assert ("Ilse Marrowfield-Adu", "The budget is no plan, and it will fail") in quotes


def test_a_name_after_the_not_after_a_comma_stays_a_noun(nlp):
    doc = nlp("Investigators read the letters, two diaries and the Harlan notes, but found nothing new.")
    notes = next(t for t in doc if t.lower_ == "notes")
    assert notes.dep_ != "parataxis"
    assert said_by(nlp, "Investigators read the letters, two diaries and the Harlan notes, but found nothing.") == []

"""Abbreviated titles of councillors, aldermen and police ranks before a name ("Coun.", "Ald.", "Supt.", "Const.",
"Insp.", "Capt.") end no sentence and give the speaker the title, and so the kind, the full title would: before the
cue or after it, after a quotation or opening a paragraph. A sentence that really ends before a capital still ends."""

import pytest

from tests.quoting import profiles_of

QUOTE = "“The footbridge over the creek is unsafe,”"


@pytest.mark.parametrize("title", ["Coun.", "Ald.", "Supt.", "Insp.", "Const.", "Capt.", "Sgt.", "Cst.", "Det."])
def test_an_abbreviated_title_after_a_quotation_before_the_cue(nlp, title):
    assert profiles_of(nlp, f"{QUOTE} {title} Ada Pellworth said.") == [("Ada Pellworth", "official", "")]


@pytest.mark.parametrize("title", ["Coun.", "Ald.", "Supt.", "Insp.", "Const.", "Capt.", "Sgt.", "Cst.", "Det."])
def test_an_abbreviated_title_after_the_cue(nlp, title):
    assert profiles_of(nlp, f"{QUOTE} said {title} Ada Pellworth.") == [("Ada Pellworth", "official", "")]


def test_an_abbreviated_title_opening_a_paragraph_and_after_another_sentence(nlp):
    opening = "Ald. Tomas Verhelt said the ward needs a new library branch."
    later = "The council met on Tuesday. “We need the money,” Ald. Tomas Verhelt said."
    assert profiles_of(nlp, opening) == [("Tomas Verhelt", "official", "")]
    assert profiles_of(nlp, later) == [("Tomas Verhelt", "official", "")]


def test_a_rank_with_the_force_named_after_the_name(nlp):
    text = "“We have no suspect yet,” said Const. Bryn Okafor of the Hollowmere police."
    assert profiles_of(nlp, text) == [("Bryn Okafor", "official", "Hollowmere police")]


def test_a_sentence_ending_in_an_abbreviated_street_still_ends(nlp):
    doc = nlp("The van stopped at the corner of Main St. He said the driver ran off towards the park.")
    assert [s.text for s in doc.sents] == [
        "The van stopped at the corner of Main St.",
        "He said the driver ran off towards the park.",
    ]


def test_a_rank_of_the_forces_after_a_grade_keeps_its_speaker(nlp):
    text = "“None of them understands the service,” said Air Force 1st Lt. Tyler Wexbrook. “I hoped for another.”"
    assert profiles_of(nlp, text) == [("Tyler Wexbrook", "official", "Air Force")]

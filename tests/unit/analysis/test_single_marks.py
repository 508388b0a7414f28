"""Quotations set in single marks (‘…’), as British, Irish and Australian papers set them (single_marks.py)."""

from __future__ import annotations

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.single_marks import double_marked, entities_as_written
from tests.quoting import said_by


def test_a_quotation_in_single_marks_is_set_in_double_marks_and_its_apostrophes_are_kept():
    text = "‘I’m not leaving Pellbury,’ Ms Tarrant said of the mayor’s offer."
    assert double_marked(text) == "“I’m not leaving Pellbury,” Ms Tarrant said of the mayor’s offer."


def test_double_marks_nested_in_single_ones_become_single():
    text = "‘She told me “no”, and that was that,’ he said."
    assert double_marked(text) == "“She told me ‘no’, and that was that,” he said."


def test_single_marks_inside_a_double_marked_quotation_are_left_alone():
    text = "“He said ‘never’ twice,” she said."
    assert double_marked(text) == text


def test_a_plural_possessive_closes_a_quotation_only_when_no_later_mark_can():
    owned = "‘The farmers’ union was never asked,’ Mr Quill said."
    assert double_marked(owned) == "“The farmers’ union was never asked,” Mr Quill said."
    closing = "He called it ‘a complete mess’ and left."
    assert double_marked(closing) == "He called it “a complete mess” and left."


def test_a_quotation_in_single_marks_is_its_speakers_and_keeps_its_marks(nlp):
    said = said_by(
        nlp,
        "The Harbourview councillor, Maeve Tarrant, said the ferry deal was ‘dead in the water’. ‘We were promised a "
        "vote. We got a press release, and they said nothing about the fares,’ Ms Tarrant said.",
    )
    assert (
        "Maeve Tarrant",
        "‘We were promised a vote. We got a press release, and they said nothing about the fares,’",
    ) in said


def test_an_entity_keeps_the_marks_its_paragraph_was_written_with():
    written = "She called the ‘Harbour Plan’ a disgrace."
    rows = [{"paragraph": 0, "text": "“Harbour Plan”", "start_char": 15, "end_char": 29}]
    assert entities_as_written(rows, {0: written})[0]["text"] == "‘Harbour Plan’"


def test_an_entitys_canonical_name_keeps_the_marks_too():
    written = "Crowds chanted ‘Slippery’ Sam Vole at every stop."
    read = double_marked(written)
    start, end = read.index("Slippery"), read.index(" at")
    rows = [
        {"paragraph": 0, "text": read[start:end], "canonical": read[start:end], "start_char": start, "end_char": end}
    ]
    row = entities_as_written(rows, {0: written})[0]
    assert (row["text"], row["canonical"]) == ("Slippery’ Sam Vole", "Slippery’ Sam Vole")


def test_the_tokenizer_keeps_the_text_it_split_as_the_doc_text(nlp):
    doc = nlp("The ferry \u2018sails at dawn,\u2019 Orla Venn said.  Then   she left. ")
    assert doc.user_data["dashboard.text"] == doc.text == text_of(doc)
    assert "\u201csails at dawn,\u201d" in doc.text

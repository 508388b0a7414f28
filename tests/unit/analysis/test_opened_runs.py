"""A quotation opened in paragraphs that never close it, cued only in the paragraph that does, is one quote
(analysis/quotes/opened_runs.py): the row starts in the first paragraph and ends in the cued one (fictional text)."""

from __future__ import annotations

from tests.quoting import L, R, quote_rows_of

_LEDE = "The ferry between Kellmoor and the island of Sarn will stop running in November after forty years."


def test_an_opened_paragraph_and_the_cued_one_are_one_quote(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}We built our lives around that boat. My children went to school on it.",
        f"{L}Now they will have to board in town from the age of eleven,{R} said Orla Penhallow, who keeps the shop.",
    )
    assert [(r["speaker"], r["paragraph"], r["last_paragraph"]) for r in rows] == [("Orla Penhallow", 1, 2)]
    (row,) = rows
    assert "built our lives" in row["quote"] and "board in town" in row["quote"]
    assert row["cue"] == "say" and "Orla Penhallow" in row["sentence"]


def test_two_opened_paragraphs_and_the_cued_one_are_one_quote(nlp):
    last = f"{L}The council never asked us once,{R} Penhallow said."
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}We built our lives around that boat. My children went to school on it.",
        f"{L}The doctor comes over on it every Tuesday, and the post every morning.",
        last,
    )
    assert [(r["speaker"], r["paragraph"], r["last_paragraph"]) for r in rows] == [("Penhallow", 1, 3)]
    (row,) = rows
    assert "built our lives" in row["quote"] and "every Tuesday" in row["quote"] and "never asked" in row["quote"]
    assert last[: row["end_char"]].rstrip(R + ",").endswith("asked us once")


def test_straight_marks_make_the_same_one_quote(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        '"We built our lives around that boat. My children went to school on it.',
        '"Now they will have to board in town from the age of eleven," said Orla Penhallow.',
    )
    assert [(r["speaker"], r["paragraph"], r["last_paragraph"]) for r in rows] == [("Orla Penhallow", 1, 2)]


def test_a_paragraph_that_opens_with_narration_naming_someone_else_takes_nothing(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}We built our lives around that boat,{R} said Orla Penhallow, who keeps the island shop.",
        f"{L}My children went to school on it. The doctor comes over on it every Tuesday.",
        f"Tobias Vrenn, the ferry company's director, said: {L}The boat is fifty years old and cannot be insured.{R}",
    )
    spans = {r["speaker"]: (r["paragraph"], r["last_paragraph"]) for r in rows}
    assert spans["Tobias Vrenn"] == (3, 3)
    assert all(r["paragraph"] != 2 or r["speaker"] != "Tobias Vrenn" for r in rows)


def test_an_opened_paragraph_goes_with_the_cue_after_it_not_the_speaker_before_it(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}We built our lives around that boat,{R} said Orla Penhallow, who keeps the island shop.",
        f"{L}Nobody on the island has been told what happens to the cars. Nobody in town has either.",
        f"{L}We will publish the timetable for the new service in August,{R} said Tobias Vrenn, the ferry director.",
    )
    spans = [(r["speaker"], r["paragraph"], r["last_paragraph"]) for r in rows]
    assert spans == [("Orla Penhallow", 1, 1), ("Tobias Vrenn", 2, 3)]

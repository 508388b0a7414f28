"""Archive news text sets quotations in doubled apostrophes (''…'') where other pages use curly or straight marks. A
quotation in them that runs on into the next paragraph, which opens with the doubled mark and has no cue of its own,
is one quote, as it is in the other marks (analysis/quotes/doubled_marks.py, called from spanning.py; fictional
text)."""

from __future__ import annotations

from tests.quoting import quote_rows_of

_LEDE = "The river town of Kestrow will rebuild its flood wall before the spring rains, the council decided on Monday."


def test_a_doubled_mark_quotation_left_open_carries_on_into_the_next_paragraph(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        "''We start building in May,'' said Ilsabet Vantrees, the mayor. ''The first crews are hired and the money "
        "is in the bank. Is that fast enough for everybody?",
        "''Nobody in the lower streets will have to wait through another winter.''",
    )
    assert [(r["speaker"], r["paragraph"], r["last_paragraph"]) for r in rows] == [("Ilsabet Vantrees", 1, 2)]
    assert "money is in the bank" in rows[0]["quote"] and "another winter" in rows[0]["quote"]


def test_a_doubled_mark_run_after_she_added_is_one_quote_too(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        "Ilsabet Vantrees, the mayor, said the work would take two years. ''It will be loud,'' she added. ''The "
        "trucks will run from six in the morning, and some of the old cellars will flood once more.",
        "''After that, the lower streets will be dry for the first time in a generation.''",
    )
    spans = [(r["speaker"], r["paragraph"], r["last_paragraph"]) for r in rows if r["direct"]]
    assert spans == [("Ilsabet Vantrees", 1, 2)]
    assert "dry for the first time" in next(r["quote"] for r in rows if r["direct"])


def test_a_doubled_mark_paragraph_with_a_new_cue_stays_a_quote_of_its_own(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        "''We start building in May,'' said Ilsabet Vantrees, the mayor. ''The first crews are hired.''",
        "''It is two years too late for my shop,'' said Bram Quillane, who sells hardware by the river.",
    )
    spans = {r["speaker"]: (r["paragraph"], r["last_paragraph"]) for r in rows}
    assert spans == {"Ilsabet Vantrees": (1, 1), "Bram Quillane": (2, 2)}

"""A quotation that runs on over paragraphs with no cue of its own is one quote (analysis/quotes/spanning.py): the
row starts in the first paragraph and says in `last_paragraph` where it ends (fictional text)."""

from __future__ import annotations

from tests.quoting import L, R, quote_rows_of

_LEDE = "The harbour of Port Vesna will close its old pier to fishing boats at the end of the summer."


def test_a_quotation_left_open_over_three_paragraphs_is_one_quote(nlp):
    last = f"{L}The east basin is deeper, and the boats will be safer there in winter.{R}"
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"Dara Quillon, the harbour master, said: {L}The new pier opens in June, a month late.",
        f"{L}The old one has been patched for thirty years and cannot take another storm.",
        last,
    )
    assert len(rows) == 1
    (row,) = rows
    assert (row["speaker"], row["paragraph"], row["last_paragraph"]) == ("Dara Quillon", 1, 3)
    assert "a month late" in row["quote"] and "another storm" in row["quote"] and "safer there" in row["quote"]
    assert "cannot take another storm" in row["sentence"] and "in winter" in row["sentence"]
    assert last[: row["end_char"]].rstrip(R).endswith("in winter.")


def test_a_quotation_paragraph_after_she_said_carries_on_her_quote(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}We have waited for this pier since my father fished here,{R} said Mira Tolle, who runs a trawler.",
        f"{L}Nobody will miss the old planks, but everybody will miss the view from them.{R}",
    )
    assert [(r["speaker"], r["paragraph"], r["last_paragraph"]) for r in rows] == [("Mira Tolle", 1, 2)]
    assert "my father fished here" in rows[0]["quote"] and "miss the view" in rows[0]["quote"]


def test_a_quotation_with_a_new_cue_is_a_quote_of_its_own(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}We have waited for this pier since my father fished here,{R} said Mira Tolle, who runs a trawler.",
        f"{L}Nobody will miss the old planks,{R} Tolle added.",
    )
    assert [(r["speaker"], r["paragraph"], r["last_paragraph"]) for r in rows] == [
        ("Mira Tolle", 1, 1),
        ("Mira Tolle", 2, 2),
    ]


def test_two_speakers_taking_turns_are_never_joined(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}The pier should have been rebuilt ten years ago,{R} said Mira Tolle, who runs a trawler.",
        f"{L}There was never money for it until this year,{R} said Anton Ferreira, a port councillor.",
        f"{L}Now there is, and we are spending it on the right thing.{R}",
    )
    spans = {r["speaker"]: (r["paragraph"], r["last_paragraph"]) for r in rows}
    assert spans["Mira Tolle"] == (1, 1)
    assert spans["Anton Ferreira"][0] == 2


def test_a_quotation_after_narration_is_not_joined_across_it(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}The pier should have been rebuilt ten years ago,{R} said Mira Tolle. The council meets on Friday.",
        f"{L}Now there is money, and we are spending it on the right thing.{R}",
    )
    assert all(r["last_paragraph"] == r["paragraph"] for r in rows)


def test_a_quotation_left_open_into_a_cued_paragraph_stays_with_that_cue(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}The pier should have been rebuilt ten years ago,{R} said Mira Tolle, who runs a trawler.",
        f"{L}Every winter the planks rot a little more and the council sends a man with a hammer.",
        f"{L}Next year there will be no planks left to nail,{R} Tolle says.",
    )
    assert [(r["paragraph"], r["last_paragraph"]) for r in rows if r["speaker"] == "Mira Tolle"][0] == (1, 1)


def test_a_pull_quote_that_repeats_the_quote_is_not_joined_to_it(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}Nobody will miss the old planks, but everybody will miss the view from them,{R} said Mira Tolle.",
        f"{L}Nobody will miss the old planks, but everybody will miss the view from them.{R}",
    )
    assert all(r["last_paragraph"] == r["paragraph"] for r in rows)

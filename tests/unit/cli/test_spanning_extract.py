"""`extract` writes a quote that runs over paragraphs as one row with its `last_paragraph`, and gives it the themes
of every paragraph it spans (fictional text)."""

from __future__ import annotations

import csv

from dashboard.cli import main

SPANNING_ARTICLE = """news-14032026-000001

Port Vesna Weighs Tariffs and Patrols

The trade ministry of Vardenia said on Monday that exports of steel to its neighbours fell by a third after the new \
tariffs on imports took effect.

\u201cOur exporters lost their biggest market overnight, and the tariffs on steel and grain have to be renegotiated \
before the summer,\u201d said Ilse Marwick, the trade minister.

\u201cAt the same time the navy will double its patrols in the strait, with two more warships and a battalion of \
marines on the islands, because the army cannot defend the coast alone.

\u201cBoth things can be true at once, and we will say so to our partners.\u201d

The ministry will publish its figures for March next week.
"""


def test_extract_writes_one_row_for_a_quotation_over_three_paragraphs(tmp_path):
    source = tmp_path / "in" / "news-14032026-000001.txt"
    source.parent.mkdir()
    source.write_text(SPANNING_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(source.parent), "--out", str(out)]) == 0
    with (out / "quotes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with (out / "paragraphs.csv").open(encoding="utf-8") as handle:
        paragraphs = {int(p["paragraph"]): p for p in csv.DictReader(handle)}
    (quote,) = [r for r in rows if r["speaker"] == "Ilse Marwick"]
    first, last = int(quote["paragraph"]), int(quote["last_paragraph"])
    assert last == first + 2 and "lost their biggest market" in quote["quote"] and "true at once" in quote["quote"]
    assert paragraphs[last]["text"][: int(quote["end_char"])].rstrip("\u201d").endswith("our partners.")
    themes = set(quote["topics"].split(";"))
    assert {"trade", "military"} <= themes
    assert all(r["last_paragraph"] == r["paragraph"] for r in rows if r is not quote)

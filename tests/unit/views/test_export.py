"""Downloads stream from DuckDB: a filtered table's CSV holds the rows its SQL gives, row for row and escaped,
also when it spans many batches; the zip holds every extract table."""

from __future__ import annotations

import csv
import io
import zipfile

import pandas as pd
import pytest

from dashboard import schema, views
from dashboard.store import keys
from dashboard.store.filters import Filters
from dashboard.store.queries import narrow
from dashboard.store.reader import Reader
from dashboard.views import export
from dashboard.views.common import frame
from tests.stores import add_text, fill


@pytest.fixture(scope="module")
def reader(tmp_path_factory, nlp, themes) -> Reader:
    store = fill(tmp_path_factory.mktemp("downloads") / "samples.duckdb", nlp, themes)
    add_text(
        store,
        "formula.txt",
        'Formula Trade Note\n\n=HYPERLINK("http://example.com") is how the trade memo began, analyst Jane Roe said.'
        "\n\n-2 percent was the trade forecast, the ministry said.",
        nlp,
        themes,
    )
    return Reader(store.path)


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


#: Columns the store keeps for its queries (`store.keys`) that no analysis produced: never in a download.
STORE_ONLY = {c for columns in keys.DERIVED.values() for c in columns} - {
    c for columns in schema.COLUMNS.values() for c in columns
}


def _expected(reader: Reader, f: Filters, sql: str) -> list[list[str]]:
    """The SQL result as the CSV writes it: escaped text, dates as text, blanks for missing values."""
    with reader.connect() as con:
        narrow(con, f)
        rows = export.safe_frame(frame(con, sql))
    text = rows.to_csv(index=False, date_format=export.DATE_FORMAT)
    return _csv_rows(text.encode("utf-8"))


@pytest.mark.parametrize(
    "listing",
    [views.quote_listing(), views.ARTICLE_LIST, views.SPEAKERS, views.THEMED_PARAGRAPHS, views.ENTITIES],
    ids=["quotes", "articles", "speakers", "paragraphs", "entities"],
)
def test_a_download_of_a_filtered_table_is_its_sql_result_row_for_row(reader, listing, monkeypatch):
    monkeypatch.setattr(export, "BATCH_ROWS", 7)  # many batches, so the seams between them are tested too
    f = Filters(themes=("trade",))
    with reader.connect() as con:
        narrow(con, f)
        total = views.count(con, listing)
    downloaded = _csv_rows(export.csv_file(reader, f, listing.sql()).read())
    assert downloaded == _expected(reader, f, listing.sql())
    assert len(downloaded) - 1 == total > 7
    assert {"article_key", "month", "text_lower", "quote_lower", "entity_key"} <= STORE_ONLY
    assert not set(downloaded[0]) & STORE_ONLY


def test_a_search_of_quotes_looks_in_their_articles_titles(reader):
    f = Filters(themes=("trade",))
    listing = views.quote_listing()
    sql = listing.sql(search="formula trade note")
    rows = _csv_rows(export.csv_file(reader, f, sql).read())
    assert rows == _expected(reader, f, sql)
    header, body = rows[0], rows[1:]
    assert body and {row[header.index("title")] for row in body} == {"Formula Trade Note"}
    with reader.connect() as con:
        narrow(con, f)
        assert views.count(con, listing, "formula trade note") == len(body)
        assert list(views.page_of(con, listing, 1, "formula trade note").columns) == header


def test_a_download_escapes_formulas_and_keeps_the_search(reader):
    f = Filters(text="trade")
    sql = views.THEMED_PARAGRAPHS.sql(search="percent")
    rows = _csv_rows(export.csv_file(reader, f, sql).read())
    header, body = rows[0], rows[1:]
    texts = [row[header.index("text")] for row in body]
    assert texts and all("percent" in t.lower() for t in texts)
    assert any(t.startswith("'-2 percent") for t in texts)
    assert not any(t.startswith(export.FORMULA_STARTS) for t in texts)


def test_the_zip_holds_every_extract_table_under_the_filters(reader):
    f = Filters(kinds=("analyst",))
    archive = zipfile.ZipFile(export.zip_file(reader, f))
    assert sorted(archive.namelist()) == sorted(f"{t}.csv" for t in schema.TABLES)
    with reader.connect() as con:
        narrow(con, f)
        counts = export.kept_counts(con)
    for table in schema.TABLES:
        rows = _csv_rows(archive.read(f"{table}.csv"))
        assert len(rows) - 1 == counts[table], table
    quotes = pd.read_csv(io.BytesIO(archive.read("quotes.csv")))
    assert set(quotes["speaker_kind"]) == {"analyst"}
    paragraphs = _csv_rows(archive.read("paragraphs.csv"))[0]
    assert {"score_trade", "score_military", "score_diplomacy"} <= set(paragraphs)

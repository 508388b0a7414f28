"""Page runs on one store file under the same filters share what the filters keep, and the counts several pages
read: the first run makes them, the next ones read them; only the most recent results are kept, and a changed store
starts again with none."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import pytest

from dashboard import views
from dashboard.store.filters import Filters
from dashboard.store.reader import Reader
from dashboard.store.scratch import CATALOG, KEEP
from tests.stores import add_text, fill

TEXT = Filters(text="Russia")


@pytest.fixture()
def store(tmp_path, nlp, themes):
    return fill(tmp_path / "store.duckdb", nlp, themes)


def made(reader: Reader) -> list[str]:
    """The results the scratch of the reader's database holds."""
    with reader.connect() as con:
        found = con.sql(f"SELECT table_name FROM duckdb_tables() WHERE database_name = '{CATALOG}' ORDER BY 1")
        return [name for (name,) in found.fetchall()]


def kept(reader: Reader, f: Filters) -> list[str]:
    with reader.connect(f) as con:
        return [article_id for (article_id,) in con.sql("SELECT article_id FROM kept_articles ORDER BY 1").fetchall()]


def test_a_second_run_under_the_same_filters_reads_what_the_first_made(store):
    reader = Reader(store.path)
    first = kept(reader, TEXT)
    results = made(reader)
    assert first and len(results) == 2  # the paragraphs that hold the text, and the keys of the kept articles
    with reader.connect() as con:
        for name in results:
            con.execute(f"DELETE FROM {CATALOG}.{name}")
    assert kept(reader, TEXT) == []  # read, not found again: emptied above
    assert kept(reader, Filters(text="russia")) == first  # other filters (the same rows) are found anew
    reader.close()


def test_a_page_run_reads_the_counts_a_run_of_another_page_made_under_the_same_filters(store):
    reader = Reader(store.path)
    trade = Filters(themes=("trade",))
    with reader.connect(trade) as con:
        first = views.theme_by(con, "month")  # the Overview's and the Themes page's counts by month and labels
        named = views.leaders(con)  # the Entities page's, from the mentions per entity
    assert not first.empty and not named.empty
    before = set(made(reader))
    with reader.connect(trade) as con:
        assert views.theme_by(con, "month").equals(first)
        assert views.leaders(con).equals(named)
    assert set(made(reader)) == before, "read from the scratch, nothing made again"
    with reader.connect() as con:
        for name in before:  # emptied: a run that reads them now finds no theme by month and no entity
            con.execute(f"DELETE FROM {CATALOG}.{name}")
    with reader.connect(trade) as con:
        assert views.theme_by(con, "month").empty
        assert views.leaders(con).empty
    assert len(before) == 3  # the kept articles, the month counts and the mentions per entity
    reader.close()


def test_only_the_most_recent_results_are_kept_and_a_dropped_one_is_made_again(store):
    reader = Reader(store.path)
    days = [Filters(since=date(2000, 1, 1) + timedelta(days=i)) for i in range(KEEP + 3)]
    every = [kept(reader, f) for f in days]
    assert len(made(reader)) == KEEP
    assert kept(reader, days[0]) == every[0] and every[0]
    reader.close()


def test_runs_in_threads_while_results_are_dropped_keep_what_runs_one_at_a_time_keep(store):
    reader = Reader(store.path)
    filters = [TEXT, Filters(text="trade"), *(Filters(since=date(2000, 1, 1) + timedelta(days=i)) for i in range(KEEP))]
    alone = {f: kept(reader, f) for f in filters}
    reader.close()  # start again with no results: the threads make them, and drop the oldest, at once
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda f: kept(reader, f), filters * 3))
    assert together == [alone[f] for f in filters * 3]
    assert 0 < len(made(reader)) <= KEEP
    reader.close()


def test_a_changed_store_starts_with_no_results(store, nlp, themes):
    reader = Reader(store.path)
    before = kept(reader, TEXT)
    reader.close()  # a writer takes its turn
    add_text(
        store,
        "quarry.txt",
        "news-02052024-090000\n\nQuarry talks\n\nRussia and Norland signed a quarry deal on Monday.\n",
        nlp,
        themes,
    )
    assert made(reader) == []
    assert len(kept(reader, TEXT)) == len(before) + 1
    reader.close()

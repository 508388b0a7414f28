"""Filters pushed down into DuckDB SQL keep exactly the rows `filters.apply` keeps, in the same order."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.sources import ReadFailure, read_paths
from dashboard.store import Store
from dashboard.store.filters import Filters
from dashboard.store.queries import filtered_tables
from dashboard.views.filters import apply
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp, themes):
    store = Store(tmp_path_factory.mktemp("pushdown") / "store.duckdb")
    articles = (r for r in read_paths([SAMPLES]) if not isinstance(r, ReadFailure))
    for _ in store.add_all(analyse(articles, nlp, themes)):
        pass
    return store


@pytest.fixture(scope="module")
def tables(store):
    return store.tables()


def _cases(tables: dict[str, pd.DataFrame]) -> list[Filters]:
    quotes, entities, articles = tables[schema.QUOTES], tables[schema.ENTITIES], tables[schema.ARTICLES]
    assert len(quotes) and len(entities) and articles["published"].notna().any()
    speaker = quotes["speaker"].dropna().value_counts().index[0]
    entity = entities["canonical"].value_counts().index[0]
    day = articles["published"].dropna().min().date()
    return [
        Filters(),
        Filters(themes=("trade",)),
        Filters(themes=("military", "diplomacy")),
        Filters(speakers=(speaker,)),
        Filters(kinds=("official", "analyst")),
        Filters(entities=(entity,)),
        Filters(sources=(str(articles["source"].iloc[0]),)),
        Filters(since=day, until=day),
        Filters(since=date(2030, 1, 1)),
        Filters(text="Russia"),
        Filters(text="no such words anywhere"),
        Filters(themes=("trade",), kinds=("analyst",), text="the", entities=(entity,)),
    ]


def test_pushed_down_filters_keep_the_same_rows_as_pandas(store, tables):
    for f in _cases(tables):
        expected = apply(tables, f)
        pushed = filtered_tables(store, f)
        for table in schema.COLUMNS:
            pd.testing.assert_frame_equal(
                pushed[table], expected[table].reset_index(drop=True), obj=f"{table} under {f}"
            )


def test_some_filters_do_narrow_the_rows(store, tables):
    narrowed = [
        f for f in _cases(tables) if 0 < len(filtered_tables(store, f)[schema.QUOTES]) < len(tables[schema.QUOTES])
    ]
    assert len(narrowed) >= 3


def test_an_empty_store_gives_empty_tables(tmp_path):
    pushed = filtered_tables(Store(tmp_path / "none.duckdb"), Filters(themes=("trade",)))
    assert all(df.empty and list(df.columns) == list(schema.COLUMNS[t]) for t, df in pushed.items())

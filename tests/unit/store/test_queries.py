"""The filters compiled to SQL keep exactly the rows the pandas statement of the rules (`tests.oracle.apply`) keeps:
on the sample store the real pipeline fills, and on random stores under random filters (hypothesis)."""

from __future__ import annotations

from datetime import date, datetime

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import schema
from dashboard.store.filters import Filters
from dashboard.store.queries import KEPT, ORDER, literal, narrow, prepared
from dashboard.store.reader import Reader
from dashboard.store.tables import arrow_frame, create
from dashboard.store.writes import insert
from tests.oracle import apply
from tests.stores import fill

THEMES = ("trade", "military", "diplomacy")
WORDS = ("Port", "fees", "grain", "Corridor", "talks", "o'clock", "50%", "naval_drill")
NAMES = ("Jane Roe", "Adm. Kay", "O'Neil", "", None)
KINDS = ("analyst", "official", "unnamed", None)
DAYS = (None, datetime(2024, 3, 1, 9), datetime(2024, 3, 31, 23, 59), datetime(2024, 5, 2))


@pytest.fixture(scope="module")
def reader(tmp_path_factory, nlp, themes) -> Reader:
    return Reader(fill(tmp_path_factory.mktemp("queries") / "store.duckdb", nlp, themes).path)


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


def test_sql_keeps_the_rows_pandas_keeps_on_the_sample_store(reader):
    tables = reader.filtered_tables(Filters())
    narrowed = 0
    for f in _cases(tables):
        expected = apply(tables, f)
        pushed = reader.filtered_tables(f)
        for table in schema.COLUMNS:
            pd.testing.assert_frame_equal(pushed[table], expected[table].reset_index(drop=True), obj=f"{table}, {f}")
        narrowed += 0 < len(pushed[schema.QUOTES]) < len(tables[schema.QUOTES])
    assert narrowed >= 3


def test_an_empty_store_gives_empty_tables(tmp_path):
    pushed = Reader(tmp_path / "none.duckdb").filtered_tables(Filters(themes=("trade",)))
    assert all(df.empty and list(df.columns) == list(schema.COLUMNS[t]) for t, df in pushed.items())
    assert not (tmp_path / "none.duckdb").exists()


def test_filter_values_are_literals_not_sql():
    assert literal("O'Neil'; DROP TABLE quotes; --") == "'O''Neil''; DROP TABLE quotes; --'"


# Random stores: a few articles with paragraphs, theme rows, entities and quotes drawn from small pools, so
# that random filters often meet them. Texts mix case and carry quotes, % and _ (SQL's pattern characters).
_labels = st.lists(st.sampled_from(THEMES), unique=True, max_size=3).map(";".join)
_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)


@st.composite
def stores(draw) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict]] = {table: [] for table in schema.COLUMNS}
    for a in range(draw(st.integers(0, 5))):
        aid = f"a{a}"
        rows[schema.ARTICLES].append(
            {
                "article_id": aid,
                "title": f"T{a}",
                "published": draw(st.sampled_from(DAYS)),
                "source": draw(st.sampled_from(("Wire", "Paper", "", None))),
                "n_words": 10,
            }
        )
        # paragraph numbers on both sides of 64 (the text filter keeps its paragraphs in blocks of 64)
        for p in sorted(draw(st.lists(st.sampled_from((0, 1, 63, 64, 127, 130)), unique=True, max_size=3))):
            labels = draw(_labels)
            rows[schema.PARAGRAPHS].append(
                {"article_id": aid, "paragraph": p, "section": "", "text": draw(_text), "topics": labels}
            )
            rows[schema.PARAGRAPH_TOPICS] += [
                {"article_id": aid, "paragraph": p, "theme": t, "score": 1.0, "label": t in labels.split(";")}
                for t in THEMES
            ]
            for n in range(draw(st.integers(0, 2))):
                name = draw(st.sampled_from(NAMES[:3]))
                rows[schema.ENTITIES].append(
                    {"article_id": aid, "paragraph": p, "canonical": name, "label": "PERSON", "start_char": n}
                )
            for n in range(draw(st.integers(0, 2))):
                rows[schema.QUOTES].append(
                    {
                        "quote_id": f"{aid}:{p}:{n}",
                        "article_id": aid,
                        "paragraph": p,
                        "speaker": draw(st.sampled_from(NAMES)),
                        "speaker_kind": draw(st.sampled_from(KINDS)),
                        "quote": draw(_text),
                        # as the pipeline labels a quote: some of its paragraph's themes
                        "topics": ";".join(t for t in labels.split(";") if t and draw(st.booleans())),
                    }
                )
    return {table: schema.frame(table, table_rows) for table, table_rows in rows.items()}


_FILTER_VALUES = {
    "themes": st.lists(st.sampled_from((*THEMES, "energy")), unique=True, min_size=1, max_size=2).map(tuple),
    "speakers": st.lists(st.sampled_from(("Jane Roe", "O'Neil", "Nobody")), unique=True, min_size=1, max_size=2).map(
        tuple
    ),
    "kinds": st.lists(st.sampled_from(("analyst", "official", "unnamed")), unique=True, min_size=1, max_size=2).map(
        tuple
    ),
    "entities": st.lists(st.sampled_from(("Jane Roe", "Adm. Kay", "O'Neil")), unique=True, min_size=1, max_size=2).map(
        tuple
    ),
    "sources": st.sampled_from((("Wire",), ("Paper",), ("Wire", "Paper"))),
    "since": st.sampled_from((date(2024, 3, 1), date(2024, 4, 1))),
    "until": st.sampled_from((date(2024, 3, 1), date(2024, 3, 31))),
    "text": st.sampled_from(("port", "CORRIDOR", "o'c", "50%", "l_d", "fees grain")),
}


@st.composite
def filters(draw) -> Filters:
    """One to three filters set (single filters and pairs are where the shortcuts of the SQL could go wrong)."""
    chosen = draw(st.sets(st.sampled_from(sorted(_FILTER_VALUES)), max_size=3))
    return Filters(**{name: draw(_FILTER_VALUES[name]) for name in sorted(chosen)})


def in_duckdb(tables: dict[str, pd.DataFrame]) -> duckdb.DuckDBPyConnection:
    """The tables in an in-memory store, inserted as the store inserts rows (with its keys)."""
    con = duckdb.connect(":memory:")
    create(con)
    for table, frame in tables.items():
        insert(con, table, frame)
    return con


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables=stores(), f=filters())
def test_sql_and_the_pandas_rules_agree_on_random_stores_and_filters(tables, f):
    assert_sql_keeps_what_the_rules_keep(tables, f)


def test_a_quote_of_the_theme_and_text_needs_a_paragraph_of_both():
    """A quote holding the text, in a paragraph of the theme that does not, is in no kept article: the shortcut
    that spares quotes the kept articles under a theme filter must not be taken with a text filter too."""
    article = {"article_id": "a1", "title": "T", "published": DAYS[0], "source": "Wire", "n_words": 10}
    paragraph = {"article_id": "a1", "paragraph": 0, "section": "", "text": "grain fees", "topics": "trade"}
    quote = {"quote_id": "q1", "article_id": "a1", "paragraph": 0, "speaker": "Jane Roe", "speaker_kind": "analyst"}
    tables = {
        schema.ARTICLES: schema.frame(schema.ARTICLES, [article]),
        schema.PARAGRAPHS: schema.frame(schema.PARAGRAPHS, [paragraph]),
        schema.QUOTES: schema.frame(schema.QUOTES, [{**quote, "quote": "port", "topics": "trade"}]),
    }
    for f in (Filters(themes=("trade",), text="port"), Filters(themes=("trade",)), Filters(sources=("Paper",))):
        assert_sql_keeps_what_the_rules_keep(tables, f)


def assert_sql_keeps_what_the_rules_keep(tables: dict[str, pd.DataFrame], f: Filters) -> None:
    expected = apply(tables, f)
    con = in_duckdb(tables)
    narrow(con, f)
    for table in schema.COLUMNS:
        if table not in tables:
            continue
        columns = ", ".join(schema.COLUMNS[table])
        sql = prepared(con, f"SELECT {columns} FROM {KEPT[table]} ORDER BY {ORDER[table]}")
        pushed = arrow_frame(con.sql(sql).to_arrow_table())
        want = expected[table].sort_values(ORDER[table].split(", ")).reset_index(drop=True)
        assert list(pushed.astype(str).itertuples(index=False)) == list(want.astype(str).itertuples(index=False)), (
            f"{table} under {f}"
        )


def test_a_shared_result_is_made_once_on_first_use_and_again_after_a_failed_try(reader):
    """A query that names a shared result makes it the first time (and whatever it reads); later queries read the
    table made. A try that failed leaves it to be made by the next query that names it."""
    mentions = "SELECT count(*), sum(mentions) FROM shared_entity_mentions"
    with reader.connect() as con:
        narrow(con, Filters(text="Russia"))  # entity rows kept through a join: their keys are a shared result too
        expected = con.sql(
            "SELECT count(DISTINCT entity_key), count(*) FROM kept_entities WHERE entity_key IS NOT NULL"
        ).fetchall()
        con.execute("ALTER VIEW kept_entities RENAME TO hidden_entities")
        with pytest.raises(duckdb.CatalogException):
            con.sql(prepared(con, mentions)).fetchall()
        con.execute("ALTER VIEW hidden_entities RENAME TO kept_entities")
        assert con.sql(prepared(con, mentions)).fetchall() == expected
        con.execute("DROP VIEW kept_entities")  # what the result was made from is gone: it is not made again
        assert con.sql(prepared(con, mentions)).fetchall() == expected


def test_mentions_are_counted_from_the_entity_keys_only_where_the_keys_were_made(reader):
    """Counting mentions alone (the Overview) does not make the kept entity keys; made first (the Entities page
    reads them), the keys are what the mentions are counted from. The same counts either way."""
    mentions = "SELECT count(*), sum(mentions), sum(first_mentions) FROM shared_entity_mentions"
    keys = "SELECT count(*) FROM kept_entity_keys WHERE entity_key IS NOT NULL"
    temporary = "SELECT table_name FROM duckdb_tables() WHERE temporary"
    counted = []
    for keys_first in (False, True):
        with reader.connect() as con:
            narrow(con, Filters(text="Russia"))
            if keys_first:
                con.sql(prepared(con, keys)).fetchall()
                con.execute("DROP VIEW kept_entities")  # the mentions can only come from the keys now
            counted.append(con.sql(prepared(con, mentions)).fetchall())
            made = {name for (name,) in con.sql(temporary).fetchall()}
            assert ("kept_entity_keys" in made) == keys_first
    assert counted[0] == counted[1] and counted[0][0][1] > 0

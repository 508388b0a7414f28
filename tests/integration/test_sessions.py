"""Three viewers at once on a real read-only `streamlit run app.py` server, through Streamlit's websocket protocol (as
`benchmarks/load_sessions.py` drives eight): each changes its own filters while the others change theirs, and every
page each one gets is complete, free of errors, and counts what its own filters keep, never another's."""

from __future__ import annotations

import asyncio
from datetime import date

from benchmarks.streamlit_sessions import Page, Server, Session
from dashboard import schema, views
from dashboard.store import Store
from dashboard.store.filters import Filters
from dashboard.store.reader import Reader
from tests.oracle import apply

#: Each viewer's filter changes, in order; chosen so that no two of them show the same Overview counts.
PATHS = [
    [
        Filters(themes=("trade",)),
        Filters(since=date(2025, 1, 1)),
        Filters(text="grain"),
        Filters(),
    ],
    [
        Filters(themes=("military",)),
        Filters(kinds=("institution",)),
        Filters(until=date(2024, 9, 30)),
        Filters(text="no article says this"),
    ],
    [
        Filters(themes=("diplomacy",)),
        Filters(since=date(2024, 6, 1)),
        Filters(kinds=("other",)),
        Filters(speakers=("Irena Solvik",)),
    ],
]
METRICS = {"Articles": "articles", "Paragraphs": "paragraphs", "Quotes": "quotes", "Speakers": "speakers"}


def _expected(store: Store) -> dict[Filters, dict[str, str]]:
    """The Overview's headline figures under each filter, counted on a connection of this process's own."""
    expected, tables, reader = {}, store.tables(), Reader(store.path)
    for filters in {f for path in PATHS for f in path}:
        with reader.connect(filters) as con:
            counts = views.counts(con)
        assert counts["articles"] == len(apply(tables, filters)[schema.ARTICLES]), filters
        expected[filters] = {label: f"{counts[key]:,}" for label, key in METRICS.items()} if counts["articles"] else {}
    reader.close()
    return expected


async def _browse(url: str, path: list[Filters]) -> tuple[Page, list[Page]]:
    session = Session(url)
    try:
        first = await session.open()
        return first, [await session.show(filters) for filters in path]
    finally:
        await session.close()


async def _at_once(url: str) -> list[tuple[Page, list[Page]]]:
    return await asyncio.gather(*(_browse(url, path) for path in PATHS))


def test_three_sessions_at_once_each_see_their_own_filters_and_no_error(sample_store, tmp_path):
    store = sample_store
    expected = _expected(store)
    shown = [tuple(figures.items()) for figures in expected.values()]
    assert len(set(shown)) == len(shown), "two filters show the same counts: a mix-up could pass unseen"

    server = Server({"DASHBOARD_STORE": str(store.path), "DASHBOARD_READONLY": "1"}, tmp_path / "server.log")
    try:
        seen = asyncio.run(_at_once(server.url))
    finally:
        server.stop()

    for number, ((first, pages), path) in enumerate(zip(seen, PATHS, strict=True)):
        assert not first.errors, (number, first.errors)
        assert {k: first.metrics[k] for k in METRICS} == expected[Filters()]
        for filters, page in zip(path, pages, strict=True):
            assert not page.errors, (number, filters, page.errors)
            assert {k: v for k, v in page.metrics.items() if k in METRICS} == expected[filters], (number, filters)
            assert page.articles() == int(expected[filters].get("Articles", "0").replace(",", ""))

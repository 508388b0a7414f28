"""The serving side of `dashboard_latency.py`: each page's rerun as the page scripts compute it (their queries,
frames and figures), without Streamlit, on a read-only connection per run (and a second for what a page asks
ahead, as the app's pages do)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dashboard import schema, views
from dashboard.store.filters import Filters
from dashboard.store.reader import Reader
from dashboard.views import charts, graph, reading
from dashboard.views.ahead import Ahead


class Run:
    """One page run: a read-only connection under the filters, and the answers already asked in this run (the
    app asks each query once per run)."""

    def __init__(self, reader: Reader, filters: Filters):
        self._connect = reader.connect(filters)
        self.con = self._connect.__enter__()
        self.reader, self.filters = reader, filters
        self._asked: dict = {}
        self._ahead: Ahead | None = None

    def ahead(self, *calls: tuple) -> None:
        self._ahead = Ahead(self.reader, self.filters, calls)

    def ask(self, query: Callable, *args):
        key = (query, *args)
        if key not in self._asked:
            ahead = self._ahead is not None and key in self._ahead
            self._asked[key] = self._ahead.take(key) if ahead else query(self.con, *args)
        return self._asked[key]

    def table(self, listing: views.Listing) -> None:
        self.ask(views.count, listing, "")
        self.ask(views.page_of, listing, 1, "")

    def close(self) -> None:
        if self._ahead is not None:
            self._ahead.close()
        self._connect.__exit__(None, None, None)


def overview(run: Run, options: dict) -> None:
    run.ask(views.article_count)
    run.ahead((views.entity_count,), (views.most_named,))
    run.ask(views.counts)
    charts.theme_mix(run.ask(views.theme_mix))
    charts.theme_over_time(run.ask(views.theme_by, "month"))
    charts.ranked_bars(run.ask(views.top_speakers), name="speaker", value="quotes", colour_by="speaker_kind", title="")
    run.ask(views.entity_count)
    charts.ranked_bars(run.ask(views.most_named), name="canonical", value="mentions", title="")


def themes(run: Run, options: dict) -> None:
    run.ask(views.article_count)
    run.ahead((views.theme_entities,))
    charts.theme_by_key(run.ask(views.theme_by, "section"), title="")
    by_month = run.ask(views.theme_by, "month").rename(columns={"key": "month"})
    charts.stacked(by_month, x="month", y="paragraphs", colour="theme", title="", y_title="")
    charts.heatmap(run.ask(views.theme_entities), x="theme", y="canonical", z="paragraphs", title="", z_title="")
    run.table(views.theme_shares(tuple(options["themes"])))
    run.table(views.THEMED_PARAGRAPHS)


def quotes(run: Run, options: dict) -> None:
    run.ask(views.article_count)
    run.ahead((views.speaker_themes, 20, "analyst"), (views.affiliations,))
    run.table(views.SPEAKERS)
    names = list(dict.fromkeys([*run.filters.speakers, *run.ask(views.top_speakers, 200)["speaker"]]))
    if names:
        profile = run.ask(views.speaker_profile, names[0])
        charts.stacked(profile, x="month", y="quotes", colour="theme", title="", y_title="")
    analysts = run.ask(views.speaker_themes, 20, "analyst")
    if analysts.empty:
        analysts = run.ask(views.speaker_themes)
    charts.heatmap(analysts, x="theme", y="speaker", z="quotes", title="", z_title="")
    run.ask(views.affiliations)
    run.table(views.quote_listing(()))


def entities(run: Run, options: dict) -> None:
    run.ask(views.article_count)
    leaders = run.ask(views.leaders)
    for group in ("people", "organisations", "places", "groups"):
        charts.ranked_bars(
            views.top_entities(leaders, top=10, group=group), name="canonical", value="mentions", title=""
        )
    nodes = views.top_entities(leaders, top=30)
    graph.network(nodes, run.ask(views.cooccurrence, tuple(nodes["canonical"])))
    chosen = tuple(views.top_entities(leaders, top=5)["canonical"])
    charts.lines(
        run.ask(views.entity_timeline, chosen), x="month", y="mentions", colour="canonical", title="", y_title=""
    )
    run.table(views.ENTITIES)


def articles(run: Run, options: dict) -> None:
    run.ask(views.article_count)
    listing = run.ask(views.page_of, views.ARTICLE_LIST, 1, "")
    run.ask(views.count, views.ARTICLE_LIST, "")
    if len(listing):
        first = listing["article_id"].iloc[0]
        run.ask(views.titles, tuple(listing["article_id"]))
        reading.article_paragraphs(run.ask(views.article, first), first)


PAGES: dict[str, Callable[[Run, dict], None]] = {
    "Overview": overview,
    "Themes": themes,
    "Analysts & quotes": quotes,
    "Entities": entities,
    "Articles": articles,
}


def filter_changes(options: dict) -> list[Filters]:
    """A user's run of filter changes: themes, kinds, a speaker, an entity and a date, text, and back to all."""
    return [
        Filters(themes=("trade",)),
        Filters(themes=("trade",), kinds=("analyst",)),
        Filters(speakers=(options["speakers"][0],)),
        Filters(entities=(options["entities"][0],), since=date(2023, 1, 1)),
        Filters(text="corridor"),
        Filters(themes=("military", "diplomacy"), since=date(2022, 6, 1), until=date(2023, 6, 30)),
        Filters(),
    ]


def serve(path: Path, *, repeat: int, started: float) -> dict:
    """First page after start, then every page under every filter change; wall and CPU milliseconds per page run."""
    reader = Reader(path)
    run = Run(reader, Filters())
    options = run.ask(views.filter_options)
    overview(run, options)
    run.close()
    first_page_ms = round((time.time() - started) * 1000)
    wall: dict[str, list[float]] = {name: [] for name in PAGES}
    cpu: dict[str, list[float]] = {name: [] for name in PAGES}
    for _ in range(repeat):
        for f in filter_changes(options):
            for name, page in PAGES.items():
                began, began_cpu = time.perf_counter(), time.process_time()
                run = Run(reader, f)
                page(run, options)
                run.close()
                wall[name].append((time.perf_counter() - began) * 1000)
                cpu[name].append((time.process_time() - began_cpu) * 1000)
    with reader.connect() as con:
        rows = {t: con.sql(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in schema.COLUMNS}
    return {
        "pages": wall,
        "cpu": cpu,
        "first_page_ms": first_page_ms,
        "rss_mb": round(_peak_rss_mb()),
        "rows": rows,
    }


def _peak_rss_mb() -> float:
    """This process's peak resident memory since it began running this program (VmHWM). Not `getrusage`'s
    `ru_maxrss`: that keeps the parent's resident size at the fork across the exec, so a serving process started
    right after its parent built a store reported the builder's gigabytes as its own."""
    status = Path("/proc/self/status").read_text().splitlines()
    return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024

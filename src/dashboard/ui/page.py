"""What every page shares: the view app.py prepares (filters and the `Asker` for this run), the page header,
empty states, tables shown a page at a time with a search and a CSV download of exactly their rows, charts."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar

import pandas as pd
import streamlit as st

from dashboard import schema, views
from dashboard.config import Settings
from dashboard.sources import SUPPORTED
from dashboard.store import StoreBusy
from dashboard.store.filters import Filters
from dashboard.store.reader import Reader
from dashboard.ui import data, frame, sidebar
from dashboard.views.export import csv_file, zip_file
from dashboard.views.listing import PAGE_ROWS, Listing

T = TypeVar("T")
ADD_PAGE = str(frame.PAGES_DIR / "add_articles.py")
_VIEW = "_dashboard_view"


@dataclass(frozen=True)
class View:
    """This run's settings, store, filters and the asker through which its pages query the store."""

    settings: Settings
    reader: Reader
    filters: Filters
    options: dict[str, list[str]]
    asker: data.Asker
    has_articles: bool

    def ask(self, query: Callable[..., T], *args: Hashable) -> T:
        """`query(con, *args)` under the filters, answered from the shared results when it was asked before."""
        return self.asker.ask(query, *args)

    def ahead(self, *calls: tuple) -> None:
        """Start these `(query, *args)` calls at once on a connection of their own (`views.ahead`): questions that
        need nothing the page computes first, and share no entity keys with what it asks meanwhile."""
        self.asker.ahead(*calls)


def prepare() -> View | None:
    """Draw the shared sidebar from the store's options and return the view of this run; None when the store
    cannot be read. The caller closes `view.asker` when the run ends."""
    config = data.settings()
    reader = Reader.at(config.store_path, upgrade=not config.readonly)
    asker = data.Asker(reader, Filters())
    try:
        theme_names = data.theme_names(config)
        has_articles = asker.ask(views.store_holds, schema.ARTICLES, filtered=False)
        options = asker.ask(views.filter_options, filtered=False) if has_articles else {}
    except StoreBusy as err:
        asker.close()
        st.error(f"The store is busy and nothing has been read yet: {err}", icon=":material/hourglass_top:")
        return None
    except Exception as err:  # noqa: BLE001 - any unreadable store or themes file ends in a message, not a traceback
        asker.close()
        st.error(f"Cannot read the data: {err}", icon=":material/error:")
        return None
    if has_articles:
        filters = sidebar.filters_sidebar(options, theme_names)
        asker.use(filters)
        _zip_download(reader, filters)
    else:
        filters = Filters()
        st.sidebar.caption("Filters appear once the store holds articles.")
    view = View(config, reader, filters, options, asker, has_articles)
    st.session_state[_VIEW] = view
    return view


def current() -> View:
    """The view app.py prepared in this run."""
    return st.session_state[_VIEW]


def start(title: str, intro: str, *, need_rows: bool = True) -> View:
    """The page header; stops the page with a friendly note when there is nothing to show."""
    view = current()
    st.title(title)
    st.caption(intro)
    if not view.has_articles:
        empty_store()
        st.stop()
    if need_rows and not view.ask(views.article_count):
        st.info("No article matches these filters. Loosen them in the sidebar.", icon=":material/filter_alt:")
        st.button("Clear all filters", on_click=sidebar.clear, key="clear_empty")
        st.stop()
    return view


def empty_store() -> None:
    """What a new user sees before any article is stored: how to add some (only from the command line when the
    dashboard is read-only)."""
    formats = ", ".join(sorted(s for s in SUPPORTED if s))
    command = "`python -m dashboard ingest data/samples` (any files or folders)"
    with st.container(border=True):
        st.subheader("No articles yet")
        if current().settings.readonly:
            st.markdown(
                "This dashboard is read-only: it shows the articles someone adds to its store on the server, with "
                f"{command}. Reload this page once they have."
            )
            return
        st.markdown(
            f"Add news articles and the dashboard shows their themes, who is quoted and which people, places and "
            f"organisations they name.\n\n"
            f"- **Upload files** on the *Add articles* page ({formats}).\n"
            f"- **Or from the command line:** {command}."
        )
        st.page_link(ADD_PAGE, label="Add articles", icon=":material/upload_file:")


def table(
    listing: Listing,
    *,
    key: str,
    name: str,
    columns: dict | None = None,
    order: list[str] | None = None,
    download: Listing | None = None,
    on_select: Callable[[], None] | None = None,
    height: int | str = "auto",
    shown: Callable[[pd.DataFrame], pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """One page of a listing's rows with a search, the page number and the total, and a CSV download of every row
    it holds (or of `download`'s rows: the same rows with every column). Returns the rows on screen."""
    view = current()
    search_cell, page_cell, note_cell = st.columns([3, 1, 3], vertical_alignment="center")
    search = search_cell.text_input(
        "Search", key=f"{key}_search", placeholder="Search this table", label_visibility="collapsed"
    ).strip()
    total = view.ask(views.count, listing, search)
    pages = max(1, math.ceil(total / PAGE_ROWS))
    if st.session_state.get(f"{key}_page", 1) > pages:
        st.session_state[f"{key}_page"] = pages
    number = page_cell.number_input(
        "Page", min_value=1, max_value=pages, step=1, key=f"{key}_page", label_visibility="collapsed"
    )
    if not total:
        note_cell.caption(f"No {name.replace('_', ' ')} under these filters.")
        return pd.DataFrame()
    rows = view.ask(views.page_of, listing, int(number), search)
    first = (int(number) - 1) * PAGE_ROWS + 1
    note_cell.caption(f"Rows {first:,}–{first + len(rows) - 1:,} of {total:,} · page {int(number)} of {pages:,}")
    options = {"on_select": on_select, "selection_mode": "single-row"} if on_select else {}
    st.dataframe(
        rows if shown is None else shown(rows),
        key=key,
        hide_index=True,
        column_config=columns,
        column_order=order,
        height=height,
        width="stretch",
        **options,
    )
    sql = (download or listing).sql(search=search)
    reader, filters = view.reader, view.filters
    st.download_button(
        f"Download {total:,} rows (CSV)",
        data=lambda: csv_file(reader, filters, sql),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=f"{key}_csv",
        icon=":material/download:",
        on_click="ignore",
    )
    return rows


def selected_rows(key: str) -> list[int]:
    """Positions of the rows selected in the table with this key."""
    state = st.session_state.get(key)
    return list(state.selection.rows) if state else []


def selected_points(key: str, field: int = 0) -> list[str]:
    """The `customdata[field]` of the points selected in the chart with this key."""
    state = st.session_state.get(key)
    if not state:
        return []
    values = []
    for point in state.selection.points:
        custom = point.get("customdata")
        if isinstance(custom, list | tuple) and len(custom) > field:
            values.append(str(custom[field]))
    return values


def chart(fig: object, *, key: str | None = None, filters: str | None = None) -> None:
    """A plotly figure across the page; with a key and a list filter's name (`"entities"`...), clicking points
    sets that filter to their `customdata[0]`."""
    if filters and key:
        st.plotly_chart(
            fig,
            key=key,
            on_select=lambda: sidebar.choose(filters, selected_points(key)),
            selection_mode="points",
            width="stretch",
            config={"displaylogo": False},
        )
    else:
        st.plotly_chart(fig, key=key, width="stretch", config={"displaylogo": False})


def _zip_download(reader: Reader, filters: Filters) -> None:
    label = "Download all tables (zip)" if filters.is_empty() else "Download filtered tables (zip)"
    st.sidebar.divider()
    st.sidebar.download_button(
        label,
        data=lambda: zip_file(reader, filters),
        file_name="tables.zip",
        mime="application/zip",
        icon=":material/folder_zip:",
        on_click="ignore",
        width="stretch",
        key="zip_all",
    )
    st.sidebar.caption("CSV files escape cells a spreadsheet would run as formulas.")

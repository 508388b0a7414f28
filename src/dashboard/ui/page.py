"""What every page shares: the filtered view app.py prepares, the page header, empty states, and tables
that come with a CSV download of exactly their rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard import schema
from dashboard.config import Settings
from dashboard.sources import SUPPORTED
from dashboard.store import StoreBusy
from dashboard.store.filters import Filters
from dashboard.ui import data, frame, sidebar
from dashboard.views.export import csv_bytes, extract_tables, zip_bytes
from dashboard.views.filters import apply

Tables = dict[str, pd.DataFrame]
ADD_PAGE = str(frame.PAGES_DIR / "add_articles.py")
_VIEW = "_dashboard_view"


@dataclass(frozen=True)
class View:
    """The store's tables, the filters of this run and the rows they keep."""

    settings: Settings
    everything: Tables
    filters: Filters
    tables: Tables
    theme_names: list[str]

    @property
    def has_articles(self) -> bool:
        return not self.everything[schema.ARTICLES].empty


def prepare() -> View | None:
    """Read the store (cached), draw the shared sidebar and filter; None when the store cannot be read."""
    config = data.settings()
    try:
        loaded = data.snapshot(config)
        everything = loaded.tables
        theme_names = data.themes_of(config).names
    except StoreBusy as err:
        st.error(f"The store is busy and nothing has been read yet: {err}", icon=":material/hourglass_top:")
        return None
    except Exception as err:  # noqa: BLE001 - any unreadable store or themes file ends in a message, not a traceback
        st.error(f"Cannot read the data: {err}", icon=":material/error:")
        return None
    if everything[schema.ARTICLES].empty:
        filters, filtered = Filters(), everything
        st.sidebar.caption("Filters appear once the store holds articles.")
    else:
        filters = sidebar.filters_sidebar(loaded.options, theme_names)
        filtered = apply(everything, filters)
        _zip_download(filtered, filters)
    view = View(config, everything, filters, filtered, theme_names)
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
    if need_rows and view.tables[schema.ARTICLES].empty:
        st.info("No article matches these filters. Loosen them in the sidebar.", icon=":material/filter_alt:")
        st.button("Clear all filters", on_click=sidebar.clear, key="clear_empty")
        st.stop()
    return view


def empty_store() -> None:
    """What a new user sees before any article is stored: how to add some."""
    formats = ", ".join(sorted(s for s in SUPPORTED if s))
    with st.container(border=True):
        st.subheader("No articles yet")
        st.markdown(
            f"Add news articles and the dashboard shows their themes, who is quoted and which people, places and "
            f"organisations they name.\n\n"
            f"- **Upload files** on the *Add articles* page ({formats}).\n"
            f"- **Or from the command line:** `python -m dashboard ingest data/samples` (any files or folders)."
        )
        st.page_link(ADD_PAGE, label="Add articles", icon=":material/upload_file:")


def frame(
    df: pd.DataFrame,
    *,
    key: str,
    name: str,
    columns: dict | None = None,
    order: list[str] | None = None,
    download: pd.DataFrame | None = None,
    on_select: Callable[[], None] | None = None,
    selection_mode: str = "single-row",
    height: int | str = "auto",
) -> None:
    """A table with a CSV download of exactly its rows (or of `download`, the same rows with every column)."""
    if df.empty:
        st.caption(f"No {name.replace('_', ' ')} under these filters.")
        return
    options = {"on_select": on_select, "selection_mode": selection_mode} if on_select else {}
    st.dataframe(
        df,
        key=key,
        hide_index=True,
        column_config=columns,
        column_order=order,
        height=height,
        width="stretch",
        **options,
    )
    rows = df if download is None else download
    st.download_button(
        f"Download {len(rows):,} rows (CSV)",
        data=lambda: csv_bytes(rows),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=f"{key}_csv",
        icon=":material/download:",
        on_click="ignore",
    )


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


def chart(fig: object, *, key: str | None = None, on_select: Callable[[], None] | None = None) -> None:
    """A plotly figure across the page; clickable (points select, then filter) when given a callback."""
    if on_select and key:
        st.plotly_chart(
            fig, key=key, on_select=on_select, selection_mode="points", width="stretch", config={"displaylogo": False}
        )
    else:
        st.plotly_chart(fig, key=key, width="stretch", config={"displaylogo": False})


def _zip_download(filtered: Tables, filters: Filters) -> None:
    label = "Download all tables (zip)" if filters.is_empty() else "Download filtered tables (zip)"
    st.sidebar.divider()
    st.sidebar.download_button(
        label,
        data=lambda: zip_bytes(extract_tables(filtered)),
        file_name="tables.zip",
        mime="application/zip",
        icon=":material/folder_zip:",
        on_click="ignore",
        width="stretch",
        key="zip_all",
    )
    st.sidebar.caption("CSV files escape cells a spreadsheet would run as formulas.")

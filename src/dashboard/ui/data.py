"""Data at the UI edge: settings, the spaCy pipeline and themes (loaded once per process, only when needed), and
`Asker`, through which a page run asks its queries: answered from the shared `Answers` when the same store
version and filters were asked before, else on one read-only connection opened for the run (and a second for the
questions the page asks ahead)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from contextlib import ExitStack
from pathlib import Path
from typing import TypeVar

import duckdb
import streamlit as st

from dashboard.config import Settings
from dashboard.store import StoreBusy
from dashboard.store.filters import Filters
from dashboard.store.reader import Reader
from dashboard.themes_file import theme_tables
from dashboard.ui.answers import Answers
from dashboard.views.ahead import Ahead, Call

T = TypeVar("T")
ANSWERS = Answers()  # one per server process: every session shares it
_LAST_GOOD = "_last_good_version"


def settings() -> Settings:
    """The settings from the environment (cheap: read on every run so a changed DASHBOARD_STORE is seen)."""
    return Settings.from_env()


@st.cache_resource(show_spinner="Loading the language model…")
def pipeline(model: str):
    """The spaCy pipeline, loaded once per server process (only the Add articles page needs it)."""
    from dashboard.analysis import nlp  # spaCy loads in seconds: only when articles are added

    return nlp.load(model)


@st.cache_resource(show_spinner=False)
def themes(path: str, modified: float):
    """The configured themes, reloaded when the file changes."""
    from dashboard.analysis.themes import load_themes

    return load_themes(path)


def themes_of(config: Settings):
    """The themes of the configured file (cached by its modification time)."""
    path = config.themes_file
    return themes(str(path), _modified(path))


@st.cache_data(show_spinner=False)
def _theme_names(path: str, modified: float) -> list[str]:
    return [name for name, spec in theme_tables(path).items() if isinstance(spec, dict)]


def theme_names(config: Settings) -> list[str]:
    """The names of the configured file's themes (its tables), for the sidebar: read without loading the themes,
    whose scoring imports spaCy (a second of a first page); their terms are checked where articles are added."""
    return _theme_names(str(config.themes_file), _modified(config.themes_file))


def _modified(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0


class Asker:
    """One page run's questions to the store under its filters: shared answers first, else DuckDB on a read-only
    connection opened at the first question and closed by `close()` at the end of the run."""

    def __init__(self, reader: Reader, filters: Filters):
        self.reader, self.filters = reader, filters
        self.version = reader.version()
        self._stack: ExitStack | None = None
        self._con: duckdb.DuckDBPyConnection | None = None
        self._ahead: Ahead | None = None

    def ahead(self, *calls: Call) -> None:
        """Start computing these `(query, *args)` calls, not answered before, on a connection of their own
        (`views.ahead`); `ask` takes their answers when the page comes to them."""
        self._end_ahead()
        todo = [call for call in calls if not ANSWERS.get(self._key(self.version, call[0], call[1:], True))[0]]
        if todo:
            self._ahead = Ahead(self.reader, self.filters, todo)

    def ask(self, query: Callable[..., T], *args: Hashable, filtered: bool = True) -> T:
        """`query(con, *args)` under this run's filters (or over the whole store when not `filtered`)."""
        key = self._key(self.version, query, args, filtered)
        found, value = ANSWERS.get(key)
        if found:
            return value
        try:
            call = (query, *args)
            if filtered and self._ahead is not None and call in self._ahead:
                value = self._ahead.take(call)
            else:
                value = query(self._connection(), *args)
        except StoreBusy as err:
            last = st.session_state.get(_LAST_GOOD)
            found, value = ANSWERS.get(self._key(last, query, args, filtered)) if last else (False, None)
            if not found:
                raise
            st.toast(f"Showing the data read last: {err}", icon="⏳")
            return value
        ANSWERS.put(key, value)
        st.session_state[_LAST_GOOD] = self.version
        return value

    def use(self, filters: Filters) -> None:
        """Ask under other filters from now on (the sidebar decides them after asking for its options)."""
        if filters == self.filters:
            return
        self.filters = filters
        self.close()  # what the connection made belongs to the other filters

    def close(self) -> None:
        """Release the connections, so that an ingest can take its turn."""
        self._end_ahead()
        if self._stack is not None:
            self._stack.close()
        self._stack = self._con = None

    def _end_ahead(self) -> None:
        if self._ahead is not None:
            self._ahead.close()
            self._ahead = None

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._stack = ExitStack()
            self._con = self._stack.enter_context(self.reader.connect(self.filters))
        return self._con

    def _key(self, version: str, query: Callable, args: tuple, filtered: bool) -> tuple:
        scope = self.filters if filtered else None
        return (str(self.reader.location), version, scope, query.__module__, query.__qualname__, args)

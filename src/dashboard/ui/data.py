"""Cached resources at the UI edge: the spaCy pipeline and themes once per process, the store's tables once per
version of the file (so new articles show at once), filtering left outside the cache."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from spacy.language import Language

from dashboard import nlp
from dashboard.config import Settings
from dashboard.store import Store, StoreBusy
from dashboard.topics import Themes, load_themes

Tables = dict[str, pd.DataFrame]
_LAST_GOOD = "_last_good_tables"


def settings() -> Settings:
    """The settings from the environment (cheap: read on every run so a changed DASHBOARD_STORE is seen)."""
    return Settings.from_env()


@st.cache_resource(show_spinner="Loading the language model…")
def pipeline(model: str) -> Language:
    """The spaCy pipeline, loaded once per server process."""
    return nlp.load(model)


@st.cache_resource(show_spinner=False)
def themes(path: str, modified: float) -> Themes:
    """The configured themes, reloaded when the file changes."""
    return load_themes(path)


def themes_of(config: Settings) -> Themes:
    """The themes of the configured file (cached by its modification time)."""
    path = config.themes_file
    return themes(str(path), path.stat().st_mtime if path.exists() else 0.0)


@st.cache_data(max_entries=2, show_spinner="Reading the store…")
def _tables(path: str, version: str) -> Tables:
    return Store(path).tables()


def tables(config: Settings) -> Tables:
    """Every stored table; while another process holds the store, the tables read last, with a notice."""
    store = Store(config.store_path)
    try:
        current = _tables(str(config.store_path), store.version())
    except StoreBusy as err:
        last = st.session_state.get(_LAST_GOOD)
        if last is None:
            raise
        st.toast(f"Showing the data read last: {err}", icon="⏳")
        return last
    st.session_state[_LAST_GOOD] = current
    return current

"""Cached resources at the UI edge: the spaCy pipeline and themes once per process, the store's tables (and the
sidebar's options) once per version of the store file, so new articles show at once; filtering stays outside."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st
from spacy.language import Language

from dashboard import schema, views
from dashboard.analysis import nlp
from dashboard.analysis.themes import Themes, load_themes
from dashboard.config import Settings
from dashboard.store import Store, StoreBusy

Tables = dict[str, pd.DataFrame]
_LAST_GOOD = "_last_good_snapshot"


@dataclass(frozen=True)
class Snapshot:
    """Every stored table as read in one go, and the values each sidebar filter offers (most frequent first)."""

    tables: Tables
    options: dict[str, list[str]]


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


# A resource, not st.cache_data: cache_data hands every rerun an unpickled copy (60-80 ms at 10,000 articles,
# ~0.7 s at 100,000). The frames are shared read-only: filters.apply and the views only ever build new frames.
@st.cache_resource(max_entries=2, show_spinner="Reading the store…")
def _snapshot(path: str, version: str) -> Snapshot:
    tables = Store(path).tables()
    return Snapshot(
        tables,
        {
            "speakers": views.by_frequency(tables[schema.QUOTES]["speaker"]),
            "entities": views.by_frequency(tables[schema.ENTITIES]["canonical"]),
            "sources": views.by_frequency(tables[schema.ARTICLES]["source"]),
            "themes": sorted(tables[schema.PARAGRAPH_TOPICS]["theme"].dropna().unique()),
            "kinds": sorted(tables[schema.QUOTES]["speaker_kind"].dropna().unique()),
        },
    )


def snapshot(config: Settings) -> Snapshot:
    """The store as of now; while another process holds it, what this session read last, with a notice."""
    store = Store(config.store_path)
    try:
        current = _snapshot(str(config.store_path), store.version())
    except StoreBusy as err:
        last = st.session_state.get(_LAST_GOOD)
        if last is None:
            raise
        st.toast(f"Showing the data read last: {err}", icon="⏳")
        return last
    st.session_state[_LAST_GOOD] = current
    return current

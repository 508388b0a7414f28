"""Every page runs inside app.py's frame: page config, the sidebar filters bound to the URL, `st.navigation`.

With a `pages/` folder beside app.py, Streamlit runs a page script on its own (its older multipage routing)
when a deep link such as `/quotes?themes=trade` is a fresh server's first request, and keeps doing so until
somebody opens `/`. So each page starts with `frame.enter()`: inside the frame it does nothing; started on its
own, it runs app.py in its place, routed to the same page, and stops.
"""

from __future__ import annotations

import runpy
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard.config import PROJECT_ROOT

APP = PROJECT_ROOT / "app.py"
PAGES_DIR = PROJECT_ROOT / "pages"
_local = threading.local()  # per script run: each session's script runs in a thread of its own


@contextmanager
def framed() -> Iterator[None]:
    """app.py runs the chosen page within this."""
    _local.framed = True
    try:
        yield
    finally:
        _local.framed = False


def enter(page_file: str) -> None:
    """The first line of every page (`frame.enter(__file__)`): run app.py instead when the page was started
    outside its frame, and let st.navigation pick this page, as the URL would (its path, or the file's name)."""
    if getattr(_local, "framed", False):
        return
    ctx = get_script_run_ctx()
    if ctx is not None:
        manager = ctx.pages_manager
        manager.set_script_intent("", manager.intended_page_name or Path(page_file).stem)
    runpy.run_path(str(APP), run_name="__main__")
    st.stop()

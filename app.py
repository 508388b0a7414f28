"""Entry point of the dashboard: `streamlit run app.py`.

Draws the shared sidebar filters from the store and runs the chosen page inside the frame every page expects
(see dashboard.ui.frame). Pages ask DuckDB for what they show through one read-only connection per run (and a
second for the questions a page asks ahead, `views.ahead`), closed when the run ends (answers already asked by any
session come from memory). With DASHBOARD_READONLY set, the Add articles page is left out and nothing the dashboard
does writes the store.
"""

import streamlit as st

from dashboard.ui import data, frame, page

st.set_page_config(page_title="News dashboard", page_icon=":material/newspaper:", layout="wide")

try:
    readonly = data.settings().readonly
except SystemExit as err:  # a setting that cannot be read: its one-line message, not a traceback
    st.error(str(err), icon=":material/error:")
    st.stop()

PAGES = [
    st.Page(frame.PAGES_DIR / "overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page(frame.PAGES_DIR / "themes.py", title="Themes", icon=":material/category:"),
    st.Page(frame.PAGES_DIR / "quotes.py", title="Analysts & quotes", icon=":material/format_quote:"),
    st.Page(frame.PAGES_DIR / "entities.py", title="Entities", icon=":material/hub:"),
    st.Page(frame.PAGES_DIR / "articles.py", title="Articles", icon=":material/article:"),
]
if not readonly:  # DASHBOARD_READONLY: a dashboard colleagues browse takes no uploads
    PAGES.append(st.Page(frame.PAGES_DIR / "add_articles.py", title="Add articles", icon=":material/upload_file:"))

navigation = st.navigation(PAGES)
view = page.prepare()
if view is not None:
    try:
        with frame.framed():
            navigation.run()
    finally:
        view.asker.close()

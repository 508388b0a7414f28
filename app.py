"""Entry point of the dashboard: `streamlit run app.py`.

Reads the store (cached per version of the file), draws the shared sidebar filters and runs the chosen page.
"""

import streamlit as st

from dashboard.ui import page

st.set_page_config(page_title="News dashboard", page_icon=":material/newspaper:", layout="wide")

PAGES = [
    st.Page("app_pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("app_pages/themes.py", title="Themes", icon=":material/category:"),
    st.Page("app_pages/quotes.py", title="Analysts & quotes", icon=":material/format_quote:"),
    st.Page("app_pages/entities.py", title="Entities", icon=":material/hub:"),
    st.Page("app_pages/articles.py", title="Articles", icon=":material/article:"),
    st.Page(page.ADD_PAGE, title="Add articles", icon=":material/upload_file:"),
]

navigation = st.navigation(PAGES)
if page.prepare() is not None:
    navigation.run()

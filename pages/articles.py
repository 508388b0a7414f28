"""Articles: the filtered list, and a reader that shows one article with its sections, the themes of each
paragraph, the entities it names and the quotes it carries. Article text is always shown escaped."""

import pandas as pd
import streamlit as st

from dashboard import views
from dashboard.ui import columns, frame, page
from dashboard.views import reading
from dashboard.views.export import csv_bytes, extract_tables

frame.enter(__file__)

view = page.start("Articles", "Select an article in the list to read it with its themes, entities and quotes.")
listing = views.article_list(view.tables)
ids = list(listing["article_id"])
titles = dict(zip(listing["article_id"], listing["title"].fillna("(untitled)"), strict=True))


def _open_selected() -> None:
    rows = page.selected_rows("articles_table")
    if rows:
        st.session_state["article"] = ids[rows[0]]


page.frame(
    listing,
    key="articles_table",
    name="articles_list",
    columns=columns.ARTICLES,
    on_select=_open_selected,
    height=320,
    download=view.tables["articles"],
)

st.divider()
article_id = st.selectbox("Article", ids, key="article", bind="query-params", format_func=lambda i: titles[i])
article = view.everything["articles"].set_index("article_id").loc[article_id]
st.header(article["title"] or "(untitled)", anchor=False)
facts = [
    f"{article['published']:%A %d %B %Y, %H:%M}" if pd.notna(article["published"]) else "no date",
    f"{article['n_words']:,} words",
    f"id {article_id}",
]
if article["source"]:
    facts.insert(1, str(article["source"]))
st.caption(reading.escape_markdown(" · ".join(facts)))
st.markdown(
    f":{reading.ENTITY_MARK}[entity]  :{reading.QUOTE_MARK}[quote] :{reading.SPEAKER_BADGE}[speaker]  "
    "theme badges before each paragraph"
)

section = None
for paragraph in reading.article_paragraphs(view.everything, article_id):
    if paragraph["section"] != section and paragraph["section"]:
        st.subheader(reading.escape_markdown(paragraph["section"]), anchor=False, divider="gray")
    section = paragraph["section"]
    badges = " ".join(f":blue-badge[{reading.escape_markdown(theme)}]" for theme in paragraph["themes"])
    if badges:
        st.markdown(badges, help=reading.escape_markdown(paragraph["terms"]))
    st.markdown(paragraph["markdown"])

quotes = view.everything["quotes"]
quotes = quotes.loc[quotes["article_id"] == article_id]
if not quotes.empty:
    with st.expander(f"Quotes in this article ({len(quotes)})"):
        page.frame(
            quotes,
            key="reader_quotes",
            name=f"quotes_{article_id}",
            columns=columns.QUOTES,
            order=["paragraph", "speaker", "speaker_kind", "role", "affiliation", "quote", "direct"],
        )

st.divider()
st.subheader("Extract tables", anchor=False)
st.caption("The rows of every table that the sidebar filters keep, with all their columns.")
for cell, (name, rows) in zip(st.columns(4), extract_tables(view.tables).items(), strict=True):
    with cell:
        st.download_button(
            f"{name} ({len(rows):,} rows)",
            data=lambda rows=rows: csv_bytes(rows),
            file_name=f"{name}.csv",
            mime="text/csv",
            key=f"extract_{name}",
            icon=":material/download:",
            on_click="ignore",
            width="stretch",
        )

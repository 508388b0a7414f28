"""Articles: the filtered list, and a reader that shows one article with its sections, the themes of each
paragraph, the entities it names and the quotes it carries. Article text is always shown escaped."""

import pandas as pd
import streamlit as st

from dashboard import schema, views
from dashboard.ui import columns, frame, page
from dashboard.views import reading
from dashboard.views.export import csv_bytes, extract_csv

frame.enter(__file__)

view = page.start("Articles", "Select an article in the list to read it with its themes, entities and quotes.")


def _open_selected() -> None:
    rows = page.selected_rows("articles_table")
    if rows:
        st.session_state["article"] = listing["article_id"].iloc[rows[0]]


listing = page.table(
    views.ARTICLE_LIST,
    key="articles_table",
    name="articles_list",
    columns=columns.ARTICLES,
    on_select=_open_selected,
    height=320,
    download=views.ARTICLE_ROWS,
)

st.divider()
chosen = [*st.query_params.get_all("article"), st.session_state.get("article")]
ids = list(dict.fromkeys([i for i in chosen if i] + list(listing.get("article_id", []))))
titles = view.asker.ask(views.titles, tuple(ids), filtered=False)
ids = [i for i in ids if i in titles]
if not ids:
    st.stop()
article_id = st.selectbox("Article", ids, key="article", bind="query-params", format_func=lambda i: titles[i])
rows = view.asker.ask(views.article, article_id, filtered=False)
article = rows[schema.ARTICLES].iloc[0]
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
for paragraph in reading.article_paragraphs(rows, article_id):
    if paragraph["section"] != section and paragraph["section"]:
        st.subheader(reading.escape_markdown(paragraph["section"]), anchor=False, divider="gray")
    section = paragraph["section"]
    badges = " ".join(f":blue-badge[{reading.escape_markdown(theme)}]" for theme in paragraph["themes"])
    if badges:
        st.markdown(badges, help=reading.escape_markdown(paragraph["terms"]))
    st.markdown(paragraph["markdown"])

quotes = rows[schema.QUOTES]
if not quotes.empty:
    with st.expander(f"Quotes in this article ({len(quotes)})"):
        quotes = quotes.sort_values(["paragraph", "quote_id"], ignore_index=True)
        st.dataframe(
            quotes,
            key="reader_quotes",
            hide_index=True,
            width="stretch",
            column_config=columns.QUOTES,
            column_order=["paragraph", "speaker", "speaker_kind", "role", "affiliation", "quote", "direct"],
        )
        st.download_button(
            f"Download {len(quotes):,} rows (CSV)",
            data=csv_bytes(quotes),
            file_name=f"quotes_{article_id}.csv",
            mime="text/csv",
            key="reader_quotes_csv",
            icon=":material/download:",
            on_click="ignore",
        )

st.divider()
st.subheader("Extract tables", anchor=False)
st.caption(
    "The rows of every table that the sidebar filters keep, with all their columns (paragraphs with a score per "
    "theme), written from the store as you download them."
)
reader, filters = view.reader, view.filters
for cell, name in zip(st.columns(4), schema.TABLES, strict=True):
    with cell:
        st.download_button(
            f"{name}.csv",
            data=lambda name=name: extract_csv(reader, filters, name),
            file_name=f"{name}.csv",
            mime="text/csv",
            key=f"extract_{name}",
            icon=":material/download:",
            on_click="ignore",
            width="stretch",
        )

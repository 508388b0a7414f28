"""Themes: how the themes spread over sections, months and articles, the paragraphs behind them and the terms
that decided them, and which entities appear with which theme."""

import streamlit as st

from dashboard import views
from dashboard.ui import columns, frame, page
from dashboard.views import charts

frame.enter(__file__)

view = page.start(
    "Themes",
    "Theme labels are given per paragraph, from the terms listed in the themes file and the article around it: "
    'a label its article, section or neighbouring paragraphs helped give reads "context: article 0.80".',
)
view.ahead((views.theme_entities,))  # the heatmap's query, while the charts above ask theirs

left, right = st.columns(2)
with left:
    sections = view.ask(views.theme_by, "section")
    page.chart(charts.theme_by_key(sections, title="Theme share by section (largest sections)"))
with right:
    by_month = view.ask(views.theme_by, "month").rename(columns={"key": "month"})
    page.chart(
        charts.stacked(
            by_month,
            x="month",
            y="paragraphs",
            colour="theme",
            title="Themed paragraphs per month",
            y_title="paragraphs",
        )
    )

st.subheader("Theme × entity")
st.caption("Paragraphs where an entity is named and a theme is labelled. Click a cell to filter by the entity.")
page.chart(
    charts.heatmap(
        view.ask(views.theme_entities),
        x="theme",
        y="canonical",
        z="paragraphs",
        title="The most named entities by theme",
        z_title="paragraphs",
    ),
    key="themes_entities",
    filters="entities",
)

st.subheader("Theme share by article")
themes = tuple(view.options.get("themes", ()))
page.table(
    views.theme_shares(themes),
    key="themes_by_article",
    name="theme_share_by_article",
    columns={**columns.ARTICLES, **columns.shares(list(themes))},
    order=["title", "published", *themes, "article_id"],
)

st.subheader("Paragraphs and their matched terms")
page.table(
    views.THEMED_PARAGRAPHS,
    key="themes_paragraphs",
    name="themed_paragraphs",
    columns=columns.PARAGRAPHS,
    order=["title", "paragraph", "section", "topics", "topic_terms", "text"],
)

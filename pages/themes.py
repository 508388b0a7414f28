"""Themes: how the themes spread over sections, months and articles, the paragraphs behind them and the terms
that decided them, and which entities appear with which theme."""

import streamlit as st

from dashboard import views
from dashboard.ui import columns, frame, page, sidebar
from dashboard.views import charts

frame.enter(__file__)

view = page.start(
    "Themes",
    "Theme labels are given per paragraph, from the terms listed in the themes file and the article around it: "
    'a label its article, section or neighbouring paragraphs helped give reads "context: article 0.80".',
)
t = view.tables
flags = views.theme_flags(t)

left, right = st.columns(2)
with left:
    sections = views.theme_by(t, "section", flags=flags)
    page.chart(charts.theme_by_key(sections, title="Theme share by section (largest sections)"))
with right:
    by_month = views.theme_by(t, "month", flags=flags).rename(columns={"key": "month"})
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
        views.theme_entities(t),
        x="theme",
        y="canonical",
        z="paragraphs",
        title="The most named entities by theme",
        z_title="paragraphs",
    ),
    key="themes_entities",
    on_select=lambda: sidebar.choose("entities", page.selected_points("themes_entities")),
)

st.subheader("Theme share by article")
by_article = views.theme_by_article(t, flags=flags)
shares = [c for c in by_article.columns if c not in ("article_id", "title", "published")]
page.frame(
    by_article,
    key="themes_by_article",
    name="theme_share_by_article",
    columns={**columns.ARTICLES, **columns.shares(shares)},
    order=["title", "published", *shares, "article_id"],
)

st.subheader("Paragraphs and their matched terms")
paragraphs = views.themed_paragraphs(t)
page.frame(
    paragraphs,
    key="themes_paragraphs",
    name="themed_paragraphs",
    columns=columns.PARAGRAPHS,
    order=["title", "paragraph", "section", "topics", "topic_terms", "text"],
)

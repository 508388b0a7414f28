"""Overview: headline counts, the theme mix and its course over time, who is quoted and who is named most."""

import streamlit as st

from dashboard import charts, views
from dashboard.ui import page, sidebar

view = page.start("Overview", "What the articles under the current filters are about, who speaks and who is named.")
t = view.tables
n = views.counts(t)

cells = st.columns(6)
cells[0].metric("Articles", f"{n['articles']:,}")
span = f"{n['first']:%Y-%m-%d} – {n['last']:%Y-%m-%d}" if n["first"] is not None else "no dates"
cells[1].metric("Published", span)
cells[2].metric("Paragraphs", f"{n['paragraphs']:,}")
cells[3].metric("Quotes", f"{n['quotes']:,}")
cells[4].metric("Speakers", f"{n['speakers']:,}")
cells[5].metric("Entities", f"{n['entities']:,}")

st.caption("Click a bar to filter every page by it.")
left, right = st.columns(2)
with left:
    page.chart(charts.theme_mix(views.theme_mix(t)), key="overview_mix",
               on_select=lambda: sidebar.choose("themes", page.selected_points("overview_mix")))
with right:
    page.chart(charts.theme_over_time(views.theme_by(t, "month")))

left, right = st.columns(2)
with left:
    speakers = views.top_speakers(t)
    if speakers.empty:
        st.info("No quotes under these filters.", icon=":material/format_quote:")
    else:
        page.chart(charts.ranked_bars(speakers, name="speaker", value="quotes", colour_by="speaker_kind",
                                      title="Most quoted speakers", value_title="quotes"),
                   key="overview_speakers",
                   on_select=lambda: sidebar.choose("speakers", page.selected_points("overview_speakers")))
with right:
    page.chart(charts.ranked_bars(views.top_entities(t), name="canonical", value="mentions", colour_by="label",
                                  title="Most named entities", value_title="mentions"),
               key="overview_entities",
               on_select=lambda: sidebar.choose("entities", page.selected_points("overview_entities")))

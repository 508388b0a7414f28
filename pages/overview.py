"""Overview: headline counts, the theme mix and its course over time, who is quoted and who is named most."""

import streamlit as st

from dashboard import views
from dashboard.ui import frame, page
from dashboard.views import charts

frame.enter(__file__)

view = page.start("Overview", "What the articles under the current filters are about, who speaks and who is named.")
view.ahead((views.entity_count,), (views.most_named,))  # the entities' counts, while the charts ask theirs
n = view.ask(views.counts)
if n["first"] is not None:
    st.caption(f"Published {n['first']:%d %B %Y} – {n['last']:%d %B %Y}")

cells = st.columns(5)
cells[0].metric("Articles", f"{n['articles']:,}")
cells[1].metric("Paragraphs", f"{n['paragraphs']:,}")
cells[2].metric("Quotes", f"{n['quotes']:,}")
cells[3].metric("Speakers", f"{n['speakers']:,}", help="Named speakers; unnamed sources are counted in quotes only.")

st.caption("Click a bar to filter every page by it.")
left, right = st.columns(2)
with left:
    page.chart(
        charts.theme_mix(view.ask(views.theme_mix)),
        key="overview_mix",
        filters="themes",
    )
with right:
    page.chart(charts.theme_over_time(view.ask(views.theme_by, "month")))

left, right = st.columns(2)
with left:
    speakers = view.ask(views.top_speakers)
    if speakers.empty:
        st.info("No quotes under these filters.", icon=":material/format_quote:")
    else:
        page.chart(
            charts.ranked_bars(
                speakers,
                name="speaker",
                value="quotes",
                colour_by="speaker_kind",
                title="Most quoted speakers",
                value_title="quotes",
            ),
            key="overview_speakers",
            filters="speakers",
        )
entities = view.ask(views.entity_count)
cells[4].metric("Entities", f"{entities:,}", help="Distinct people, places, organisations and groups.")
with right:
    page.chart(
        charts.ranked_bars(
            view.ask(views.most_named),
            name="canonical",
            value="mentions",
            colour_by="label",
            title="Most named entities",
            value_title="mentions",
        ),
        key="overview_entities",
        filters="entities",
    )

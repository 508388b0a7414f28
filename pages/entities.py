"""Entities: the people, organisations and places named most, which of them share paragraphs, and when."""

import streamlit as st

from dashboard import views
from dashboard.ui import columns, frame, page, sidebar
from dashboard.views import charts, graph

frame.enter(__file__)

view = page.start("Entities", "Named entities of the paragraphs, each under the fullest name its article gives.")
leaders = view.ask(views.leaders)

st.caption("Click a bar or a dot to filter every page by that entity.")
groups = dict.fromkeys(views.ENTITY_GROUPS.values())  # people, organisations, places, groups
cells = [cell for _ in range(2) for cell in st.columns(2)]
for cell, group in zip(cells, groups, strict=True):
    title = group.capitalize()
    with cell:
        key = f"entities_{title.lower()}"
        page.chart(
            charts.ranked_bars(
                views.top_entities(leaders, top=10, group=group),
                name="canonical",
                value="mentions",
                title=title,
                value_title="mentions",
            ),
            key=key,
            filters="entities",
        )

st.subheader("Who is named with whom")
size = st.slider("Entities in the network", min_value=10, max_value=60, value=30, step=5, key="network_size")
nodes = views.top_entities(leaders, top=size)
page.chart(
    graph.network(nodes, view.ask(views.cooccurrence, tuple(nodes["canonical"]))),
    key="entities_network",
    filters="entities",
)

st.subheader("Timeline")
names = list(views.top_entities(leaders, top=200)["canonical"])
default = [e for e in view.filters.entities if e in names] or names[:5]
chosen = st.multiselect(
    "Entities on the timeline", names, default=default, key="timeline_entities", accept_new_options=True
)
page.chart(
    charts.lines(
        view.ask(views.entity_timeline, tuple(chosen)),
        x="month",
        y="mentions",
        colour="canonical",
        title="Mentions per month",
        y_title="mentions",
    )
)

st.subheader("All entities")
st.caption("Most named first. Select a row to filter by it.")
entities = page.table(
    views.ENTITIES,
    key="entities_table",
    name="entities",
    columns=columns.ENTITIES,
    on_select=lambda: sidebar.choose(
        "entities", [entities["canonical"].iloc[i] for i in page.selected_rows("entities_table")]
    ),
)

"""Analysts & quotes: who is quoted (kind, role, affiliation, themes), every quote to search and download, one
speaker's quotes over time, and which analysts speak to which theme."""

import streamlit as st

from dashboard import schema, views
from dashboard.ui import columns, frame, page, sidebar
from dashboard.views import charts

frame.enter(__file__)

view = page.start("Analysts & quotes", "Direct and reported speech, with who said it and the themes of its paragraph.")
if not view.asker.ask(views.store_holds, schema.QUOTES, filtered=False):
    st.info("No quote has been found in the stored articles yet.", icon=":material/format_quote:")
    st.stop()
view.ahead((views.speaker_themes, 20, "analyst"), (views.affiliations,))  # while the speakers' table asks its own

st.subheader("Speakers")
st.caption("Select a row to filter every page by that speaker.")
speakers = page.table(
    views.SPEAKERS,
    key="speakers_table",
    name="speakers",
    columns=columns.SPEAKERS,
    shown=lambda rows: rows.assign(speaker=rows["speaker"].replace("", "(unnamed sources)")),
    on_select=lambda: sidebar.choose(
        "speakers", [speakers["speaker"].iloc[i] for i in page.selected_rows("speakers_table")]
    ),
)

left, right = st.columns(2)
with left:
    st.subheader("Speaker profile")
    leaders = list(view.ask(views.top_speakers, 200)["speaker"])
    names = list(dict.fromkeys([*view.filters.speakers, *leaders]))
    if names:
        speaker = st.selectbox("Speaker", names, key="profile_speaker", accept_new_options=True)
        page.chart(
            charts.stacked(
                view.ask(views.speaker_profile, speaker),
                x="month",
                y="quotes",
                colour="theme",
                title=f"Quotes of {speaker} per month and theme (once per theme)",
                y_title="quotes",
            )
        )
with right:
    st.subheader("Analyst × theme")
    analysts, who = view.ask(views.speaker_themes, 20, "analyst"), "analysts"
    if analysts.empty:
        analysts, who = view.ask(views.speaker_themes), "speakers (no analyst under these filters)"
    page.chart(
        charts.heatmap(
            analysts, x="theme", y="speaker", z="quotes", title=f"Quotes of {who} by theme", z_title="quotes"
        ),
        key="quotes_heatmap",
        filters="speakers",
    )

st.subheader("Quotes")
chosen = st.multiselect(
    "Affiliation",
    view.ask(views.affiliations),
    key="quote_affiliations",
    placeholder="All affiliations",
    accept_new_options=True,
    help="Narrows this table and its download; theme, speaker, kind, dates and text are in the sidebar.",
)
quotes = views.quote_listing(tuple(chosen))
st.caption(f"{view.ask(views.count, quotes, ''):,} quotes")  # the same question the table asks
page.table(
    quotes,
    key="quotes_table",
    name="quotes",
    columns=columns.QUOTES,
    order=["published", "speaker", "speaker_kind", "quote", "topics", "role", "affiliation", "cue", "direct", "title"],
    shown=lambda rows: rows.fillna({"speaker": "", "role": "", "affiliation": ""}),
)

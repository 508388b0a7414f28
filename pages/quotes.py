"""Analysts & quotes: who is quoted (kind, role, affiliation, themes), every quote to search and download, one
speaker's quotes over time, and which analysts speak to which theme."""

import streamlit as st

from dashboard import views
from dashboard.ui import columns, frame, page, sidebar
from dashboard.views import charts

frame.enter(__file__)

view = page.start("Analysts & quotes", "Direct and reported speech, with who said it and the themes of its paragraph.")
t = view.tables
quotes = views.quotes_with_articles(t)
if view.everything["quotes"].empty:
    st.info("No quote has been found in the stored articles yet.", icon=":material/format_quote:")
    st.stop()

st.subheader("Speakers")
st.caption("Select a row to filter every page by that speaker.")
table = views.speaker_table(t)
shown = table.assign(speaker=table["speaker"].replace("", "(unnamed sources)"))
page.frame(
    shown,
    key="speakers_table",
    name="speakers",
    columns=columns.SPEAKERS,
    download=table,
    on_select=lambda: sidebar.choose(
        "speakers", [table["speaker"].iloc[i] for i in page.selected_rows("speakers_table")]
    ),
)

left, right = st.columns(2)
with left:
    st.subheader("Speaker profile")
    names = [name for name in table["speaker"] if name.strip()]
    preferred = [s for s in view.filters.speakers if s in names]
    if names:
        speaker = st.selectbox(
            "Speaker", names, index=names.index(preferred[0]) if preferred else 0, key="profile_speaker"
        )
        page.chart(
            charts.stacked(
                views.speaker_profile(t, speaker),
                x="month",
                y="quotes",
                colour="theme",
                title=f"Quotes of {speaker} per month and theme (once per theme)",
                y_title="quotes",
            )
        )
with right:
    st.subheader("Analyst × theme")
    analysts = views.speaker_themes({**t, "quotes": t["quotes"].loc[t["quotes"]["speaker_kind"] == "analyst"]})
    who = "analysts"
    if analysts.empty:
        analysts, who = views.speaker_themes(t), "speakers (no analyst under these filters)"
    page.chart(
        charts.heatmap(
            analysts, x="theme", y="speaker", z="quotes", title=f"Quotes of {who} by theme", z_title="quotes"
        ),
        key="quotes_heatmap",
        on_select=lambda: sidebar.choose("speakers", page.selected_points("quotes_heatmap")),
    )

st.subheader("Quotes")
affiliations = sorted(a for a in quotes["affiliation"].dropna().unique() if str(a).strip())
chosen = st.multiselect(
    "Affiliation",
    affiliations,
    key="quote_affiliations",
    placeholder="All affiliations",
    help="Narrows this table and its download; theme, speaker, kind, dates and text are in the sidebar.",
)
if chosen:
    quotes = quotes.loc[quotes["affiliation"].isin(chosen)]
st.caption(f"{len(quotes):,} quotes")
page.frame(
    quotes.fillna({"speaker": "", "role": "", "affiliation": ""}),
    key="quotes_table",
    name="quotes",
    columns=columns.QUOTES,
    order=["published", "speaker", "speaker_kind", "quote", "topics", "role", "affiliation", "cue", "direct", "title"],
    download=quotes.drop(columns=["title", "published"]),
)

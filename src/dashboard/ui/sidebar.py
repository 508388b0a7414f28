"""The shared sidebar filters, each widget bound to a URL query parameter so a filtered view is a link.

The widget keys are the `Filters` field names, so `?themes=trade&speakers=Jane+Doe` opens the dashboard
filtered. Options come from the whole store (not the filtered rows), so choosing one never hides another:
the most frequent names (`views.options`), the names already chosen (in the URL too), and any name the user
types. Charts and tables change filters through `choose`, which writes the widget state in a callback.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import schema
from dashboard.store.filters import Filters

LIST_KEYS = ("themes", "speakers", "kinds", "entities", "sources")
EARLIEST, LATEST = date(1800, 1, 1), date(2100, 12, 31)


def filters_sidebar(options: dict[str, list[str]], theme_names: list[str]) -> Filters:
    """Draw the filter widgets in the sidebar (options from `data.options`) and return what they select."""
    bar = st.sidebar
    bar.header("Filters")
    themes = sorted(set(theme_names) | set(options["themes"]))
    bar.multiselect(
        "Themes",
        themes,
        key="themes",
        bind="query-params",
        placeholder="All themes",
        help="Articles with a paragraph of one of these themes; paragraphs and quotes of these themes.",
    )
    _names(
        "Speakers",
        options,
        "speakers",
        "All speakers (or type a name)",
        "Quotes of these speakers, and the articles that quote them. The most quoted are listed; type any other name.",
    )
    kinds = list(dict.fromkeys([*schema.SPEAKER_KINDS, *options["kinds"]]))
    bar.multiselect("Speaker kind", kinds, key="kinds", bind="query-params", placeholder="All kinds")
    _names(
        "Entities",
        options,
        "entities",
        "All entities (or type a name)",
        "Articles that name one of these people, places or organisations. The most named are listed; type any "
        "other name.",
    )
    if options["sources"]:
        _names("Sources", options, "sources", "All sources", "Articles from these sources.")
    first, last = bar.columns(2)
    first.date_input(
        "From", value=None, key="since", bind="query-params", min_value=EARLIEST, max_value=LATEST, format="YYYY-MM-DD"
    )
    last.date_input(
        "Until", value=None, key="until", bind="query-params", min_value=EARLIEST, max_value=LATEST, format="YYYY-MM-DD"
    )
    bar.text_input(
        "Text contains",
        key="text",
        bind="query-params",
        placeholder="a word or phrase",
        help="Paragraphs and quotes containing this text (any case).",
    )
    current = current_filters()
    if not current.is_empty():
        bar.button("Clear all filters", on_click=clear, icon=":material/filter_alt_off:", width="stretch")
    return current


def current_filters() -> Filters:
    """The Filters value of the widgets' current state."""
    state = st.session_state
    return Filters(
        **{key: tuple(state.get(key) or ()) for key in LIST_KEYS},
        since=state.get("since"),
        until=state.get("until"),
        text=(state.get("text") or "").strip(),
    )


def choose(key: str, values: list[str]) -> None:
    """Set one list filter (a callback target for clicks on charts and table rows)."""
    values = [v for v in dict.fromkeys(values) if v and v.strip()]
    if values:
        st.session_state[key] = values


def clear() -> None:
    """Reset every filter to "everything"."""
    for key in LIST_KEYS:
        st.session_state[key] = []
    st.session_state["since"] = None
    st.session_state["until"] = None
    st.session_state["text"] = ""


def _names(label: str, options: dict[str, list[str]], key: str, placeholder: str, help: str) -> None:
    """A filter of names: the offered ones, those already chosen, and any name the user types."""
    st.sidebar.multiselect(
        label,
        _with_chosen(options[key], key),
        key=key,
        bind="query-params",
        accept_new_options=True,
        placeholder=placeholder,
        help=help,
    )


def _with_chosen(names: list[str], key: str) -> list[str]:
    """The offered names, and those already chosen (in this session or in the URL) that are not among them."""
    chosen = [*(st.session_state.get(key) or []), *st.query_params.get_all(key)]
    return list(dict.fromkeys([*names, *chosen]))

"""Plotly figures from the frames of `views`: pure functions, one per chart, with one look for the product.

Figures are plain plotly specs (`{"data": [...], "layout": {...}}`), not `plotly.graph_objects`: building and
validating graph objects cost 30-130 ms a chart, and `st.plotly_chart` validates the spec once anyway.
Each clickable mark carries the value it stands for in `customdata` (a theme, a speaker, an entity), so a
page can turn a click into a filter. An empty frame gives a figure that says there is nothing to show.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from plotly.colors import qualitative

Figure = dict[str, Any]

PALETTE = qualitative.Safe
KIND_COLOURS = {
    "analyst": "#1f77b4",
    "official": "#d62728",
    "institution": "#2ca02c",
    "unnamed": "#7f7f7f",
    "other": "#9467bd",
}
ENTITY_COLOURS = {"PERSON": "#1f77b4", "ORG": "#ff7f0e", "GPE": "#2ca02c", "LOC": "#17becf", "NORP": "#9467bd"}
LABEL_CHARS = 38


def colours(names: list[str]) -> dict[str, str]:
    """A stable colour per name (themes), the same on every chart."""
    return {name: PALETTE[n % len(PALETTE)] for n, name in enumerate(sorted(names))}


def theme_mix(mix: pd.DataFrame) -> Figure:
    """Share of paragraphs per theme, as horizontal bars (largest on top)."""
    if mix.empty:
        return empty("No paragraph carries a theme under these filters")
    mix = columns(mix.iloc[::-1], "theme", "share", "paragraphs")
    palette = colours(mix["theme"])
    bar = {
        "type": "bar",
        "orientation": "h",
        "x": [share * 100 for share in mix["share"]],
        "y": mix["theme"],
        "customdata": [[t] for t in mix["theme"]],
        "marker": {"color": [palette[t] for t in mix["theme"]]},
        "text": [f"{s:.0%} · {n:,} paragraphs" for s, n in zip(mix["share"], mix["paragraphs"], strict=True)],
        "textposition": "auto",
        "textangle": 0,
        "insidetextanchor": "end",
        "hovertemplate": "%{y}: %{x:.1f}% of paragraphs<extra></extra>",
    }
    return figure(
        [bar], "Theme mix: share of paragraphs", height=80 + 48 * len(mix["theme"]), x_title="% of paragraphs"
    )


def theme_over_time(shares: pd.DataFrame) -> Figure:
    """Share of each month's paragraphs per theme, one line per theme."""
    if shares.empty:
        return empty("No dated paragraph carries a theme under these filters")
    by_theme = grouped(columns(shares, "theme", "key", "share"), "theme")
    palette = colours(list(by_theme))
    traces = [
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": theme,
            "x": rows["key"],
            "y": [share * 100 for share in rows["share"]],
            "customdata": [[theme]] * len(rows["key"]),
            "line": {"color": palette[theme]},
            "hovertemplate": f"{theme}<br>%{{x}}: %{{y:.1f}}%<extra></extra>",
        }
        for theme, rows in by_theme.items()
    ]
    return figure(
        traces, "Theme share over time (by month of publication)", y_title="% of the month's paragraphs", months=True
    )


def ranked_bars(
    rows: pd.DataFrame, *, name: str, value: str, title: str, colour_by: str | None = None, value_title: str = ""
) -> Figure:
    """Horizontal bars of `value` per `name`, largest on top, coloured (with a legend) by a kind or label column."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    ranked = columns(rows.iloc[::-1], name, value, *([colour_by] if colour_by else []))
    ranked["short"] = [short(n) for n in ranked[name]]
    scheme = KIND_COLOURS if colour_by == "speaker_kind" else ENTITY_COLOURS
    groups = grouped(ranked, colour_by) if colour_by else {"": ranked}
    traces = [
        {
            "type": "bar",
            "orientation": "h",
            "name": str(group) or value,
            "x": part[value],
            "y": part["short"],
            "customdata": [[n] for n in part[name]],
            "text": part[value],
            "marker": {"color": scheme.get(str(group), "#8c8c8c") if colour_by else "#4c78a8"},
            "textposition": "outside",
            "textangle": 0,
            "cliponaxis": False,
            "hovertemplate": f"%{{customdata[0]}}<br>{value_title or value}: %{{x:,}}<extra>{group}</extra>",
        }
        for group, part in groups.items()
    ]
    fig = figure(traces, title, height=110 + 24 * len(ranked[name]), x_title=value_title or value)
    fig["layout"]["yaxis"].update(categoryorder="array", categoryarray=ranked["short"])
    fig["layout"]["xaxis"]["range"] = [0, float(max(ranked[value])) * 1.12]
    fig["layout"]["barmode"] = "overlay"
    return fig


def theme_by_key(shares: pd.DataFrame, *, title: str, top: int = 12) -> Figure:
    """Grouped horizontal bars: theme share of paragraphs for each key (section or article), the largest keys."""
    if shares.empty:
        return empty(f"{title}: nothing under these filters")
    rows = columns(shares, "key", "theme", "paragraphs", "share")
    size = _totals(rows["key"], rows["paragraphs"])
    keys = sorted(size, key=lambda key: -size[key])[:top][::-1]  # the largest keys, the largest at the top
    share = {(theme, key): part for key, theme, part in zip(rows["key"], rows["theme"], rows["share"], strict=True)}
    palette = colours(sorted({theme for theme, key in share if key in keys}))
    traces = [
        {
            "type": "bar",
            "orientation": "h",
            "name": theme,
            "x": [share.get((theme, key), 0.0) * 100 for key in keys],
            "y": [short(key) for key in keys],
            "marker": {"color": colour},
            "customdata": [[theme, key] for key in keys],
            "hovertemplate": f"{theme}<br>%{{customdata[1]}}: %{{x:.0f}}%<extra></extra>",
        }
        for theme, colour in palette.items()
    ]
    fig = figure(traces, title, height=110 + len(keys) * (12 * len(palette) + 14), x_title="% of paragraphs")
    fig["layout"]["barmode"] = "group"
    return fig


def heatmap(rows: pd.DataFrame, *, x: str, y: str, z: str, title: str, z_title: str) -> Figure:
    """Counts of `z` for every (`y`, `x`) pair, darker for more, with the count in each cell."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    values = columns(rows, y, x, z)
    totals = _totals(values[y], values[z])
    order = sorted(totals, key=lambda name: totals[name])  # the largest row at the top
    counts = _totals(list(zip(values[y], values[x], strict=True)), values[z])
    across = sorted(set(values[x]))
    grid = [[counts.get((name, col), 0) for col in across] for name in order]
    cells = {
        "type": "heatmap",
        "z": grid,
        "x": [str(c) for c in across],
        "y": [short(n) for n in order],
        "colorscale": "Blues",
        "text": grid,
        "texttemplate": "%{text}",
        "customdata": [[[name, col] for col in across] for name in order],
        "hovertemplate": "%{customdata[0]} × %{customdata[1]}: %{z} " + z_title + "<extra></extra>",
        "colorbar": {"title": {"text": z_title}},
    }
    return figure([cells], title, height=110 + 26 * len(order), legend=False)


def lines(rows: pd.DataFrame, *, x: str, y: str, colour: str, title: str, y_title: str) -> Figure:
    """One line per value of `colour` over the months in `x`."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    traces = [
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": short(str(name)),
            "x": group[x],
            "y": group[y],
            "line": {"color": PALETTE[n % len(PALETTE)]},
            "customdata": [[name]] * len(group[x]),
            "hovertemplate": f"{name}<br>%{{x}}: %{{y}}<extra></extra>",
        }
        for n, (name, group) in enumerate(grouped(columns(rows, colour, x, y), colour).items())
    ]
    return figure(traces, title, y_title=y_title, months=True)


def stacked(rows: pd.DataFrame, *, x: str, y: str, colour: str, title: str, y_title: str) -> Figure:
    """Stacked bars of `y` over the months in `x`, one colour per value of `colour` (themes)."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    groups = grouped(columns(rows, colour, x, y), colour)
    palette = colours([c for c in groups if c != "(no theme)"])
    palette["(no theme)"] = "#c7c7c7"
    traces = [
        {
            "type": "bar",
            "name": name,
            "x": group[x],
            "y": group[y],
            "marker": {"color": palette[name]},
            "customdata": [[name]] * len(group[x]),
            "hovertemplate": f"{name}<br>%{{x}}: %{{y}}<extra></extra>",
        }
        for name, group in groups.items()
    ]
    fig = figure(traces, title, y_title=y_title, months=True)
    fig["layout"]["barmode"] = "stack"
    return fig


def empty(message: str) -> Figure:
    """A blank figure that says why it is blank (with one invisible trace: plotly refuses a figure of no data)."""
    blank = {"type": "scatter", "x": [], "y": [], "hoverinfo": "skip", "showlegend": False}
    fig = figure([blank], "", height=160, legend=False)
    fig["layout"]["annotations"] = [
        {
            "text": message,
            "showarrow": False,
            "font": {"size": 14, "color": "#666"},
            "x": 0.5,
            "y": 0.5,
            "xref": "paper",
            "yref": "paper",
        }
    ]
    fig["layout"]["xaxis"]["visible"] = fig["layout"]["yaxis"]["visible"] = False
    return fig


def short(text: str, limit: int = LABEL_CHARS) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def columns(rows: pd.DataFrame, *names: str) -> dict[str, list]:
    """Columns of a frame as plain lists: the charts group and order a few hundred values in Python, where a pandas
    groupby or reindex costs a few milliseconds each."""
    return {name: rows[name].tolist() for name in names}


def grouped(values: dict[str, list], by: str) -> dict[Any, dict[str, list]]:
    """The `values` (columns as lists) split by the value of column `by`, in the order of those values (sorted),
    the rows of each group in their order. Missing values of `by` form no group."""
    groups: dict[Any, dict[str, list]] = {}
    for i, key in enumerate(values[by]):
        if key is None or key != key:  # None or NaN
            continue
        group = groups.setdefault(key, {name: [] for name in values})
        for name, column in values.items():
            group[name].append(column[i])
    return dict(sorted(groups.items()))


def _totals(keys: list, counts: list) -> dict:
    """The sum of `counts` per key, keys in sorted order."""
    totals: dict = {}
    for key, count in zip(keys, counts, strict=True):
        totals[key] = totals.get(key, 0) + count
    return dict(sorted(totals.items()))


def figure(
    data: list[dict],
    title: str,
    *,
    height: int = 380,
    x_title: str = "",
    y_title: str = "",
    legend: bool = True,
    months: bool = False,
) -> Figure:
    """A figure spec with the product's look. No plotly template on purpose: Streamlit's theme styles it."""
    xaxis: dict[str, Any] = {"title": {"text": x_title}, "automargin": True}
    if months:
        xaxis.update(type="category", categoryorder="category ascending")
    return {
        "data": data,
        "layout": {
            "height": max(int(height), 160),
            "title": {"text": title, "x": 0, "font": {"size": 15}},
            "margin": {"l": 8, "r": 8, "t": 56 if title else 8, "b": 8},
            "font": {"size": 13},
            "showlegend": legend and len(data) > 1,
            "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "xanchor": "left"},
            "hoverlabel": {"font": {"size": 13}},
            "clickmode": "event+select",
            "xaxis": xaxis,
            "yaxis": {"title": {"text": y_title}, "automargin": True},
        },
    }

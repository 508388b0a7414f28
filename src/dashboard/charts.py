"""Plotly figures from the frames of `views`: pure functions, one per chart, with one look for the product.

Figures are plain plotly specs (`{"data": [...], "layout": {...}}`), not `plotly.graph_objects`: building and
validating graph objects cost 30-130 ms a chart, and `st.plotly_chart` validates the spec once anyway.
Each clickable mark carries the value it stands for in `customdata` (a theme, a speaker, an entity), so a
page can turn a click into a filter. An empty frame gives a figure that says there is nothing to show.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
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
EDGE_COLOUR = "rgba(120,120,140,0.45)"


def colours(names: list[str]) -> dict[str, str]:
    """A stable colour per name (themes), the same on every chart."""
    return {name: PALETTE[n % len(PALETTE)] for n, name in enumerate(sorted(names))}


def theme_mix(mix: pd.DataFrame) -> Figure:
    """Share of paragraphs per theme, as horizontal bars (largest on top)."""
    if mix.empty:
        return empty("No paragraph carries a theme under these filters")
    mix = mix.iloc[::-1]
    palette = colours(list(mix["theme"]))
    bar = {
        "type": "bar",
        "orientation": "h",
        "x": _list(mix["share"] * 100),
        "y": _list(mix["theme"]),
        "customdata": [[t] for t in mix["theme"]],
        "marker": {"color": [palette[t] for t in mix["theme"]]},
        "text": [f"{s:.0%} · {n:,} paragraphs" for s, n in zip(mix["share"], mix["paragraphs"], strict=True)],
        "textposition": "auto",
        "textangle": 0,
        "insidetextanchor": "end",
        "hovertemplate": "%{y}: %{x:.1f}% of paragraphs<extra></extra>",
    }
    return _figure([bar], "Theme mix: share of paragraphs", height=80 + 48 * len(mix), x_title="% of paragraphs")


def theme_over_time(shares: pd.DataFrame) -> Figure:
    """Share of each month's paragraphs per theme, one line per theme."""
    if shares.empty:
        return empty("No dated paragraph carries a theme under these filters")
    palette = colours(list(shares["theme"].unique()))
    traces = [
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": theme,
            "x": _list(rows["key"]),
            "y": _list(rows["share"] * 100),
            "customdata": [[theme]] * len(rows),
            "line": {"color": palette[theme]},
            "hovertemplate": f"{theme}<br>%{{x}}: %{{y:.1f}}%<extra></extra>",
        }
        for theme, rows in shares.groupby("theme", sort=True)
    ]
    return _figure(
        traces, "Theme share over time (by month of publication)", y_title="% of the month's paragraphs", months=True
    )


def ranked_bars(
    rows: pd.DataFrame, *, name: str, value: str, title: str, colour_by: str | None = None, value_title: str = ""
) -> Figure:
    """Horizontal bars of `value` per `name`, largest on top, coloured (with a legend) by a kind or label column."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    rows = rows.iloc[::-1].assign(short=[_short(n) for n in rows[name].iloc[::-1]])
    scheme = KIND_COLOURS if colour_by == "speaker_kind" else ENTITY_COLOURS
    groups = rows.groupby(colour_by, sort=True) if colour_by else [("", rows)]
    traces = [
        {
            "type": "bar",
            "orientation": "h",
            "name": str(group) or value,
            "x": _list(part[value]),
            "y": _list(part["short"]),
            "customdata": [[n] for n in part[name]],
            "text": _list(part[value]),
            "marker": {"color": scheme.get(str(group), "#8c8c8c") if colour_by else "#4c78a8"},
            "textposition": "outside",
            "textangle": 0,
            "cliponaxis": False,
            "hovertemplate": f"%{{customdata[0]}}<br>{value_title or value}: %{{x:,}}<extra>{group}</extra>",
        }
        for group, part in groups
    ]
    fig = _figure(traces, title, height=110 + 24 * len(rows), x_title=value_title or value)
    fig["layout"]["yaxis"].update(categoryorder="array", categoryarray=_list(rows["short"]))
    fig["layout"]["xaxis"]["range"] = [0, float(rows[value].max()) * 1.12]
    fig["layout"]["barmode"] = "overlay"
    return fig


def theme_by_key(shares: pd.DataFrame, *, title: str, top: int = 12) -> Figure:
    """Grouped horizontal bars: theme share of paragraphs for each key (section or article), the largest keys."""
    if shares.empty:
        return empty(f"{title}: nothing under these filters")
    size = shares.groupby("key")["paragraphs"].sum().sort_values(ascending=False)
    keys = list(size.head(top).index)[::-1]
    shares = shares.loc[shares["key"].isin(keys)]
    palette = colours(list(shares["theme"].unique()))
    traces = []
    for theme, rows in shares.groupby("theme", sort=True):
        rows = rows.set_index("key").reindex(keys)
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "name": theme,
                "x": _list(rows["share"].fillna(0) * 100),
                "y": [_short(k) for k in keys],
                "marker": {"color": palette[theme]},
                "customdata": [[theme, k] for k in keys],
                "hovertemplate": f"{theme}<br>%{{customdata[1]}}: %{{x:.0f}}%<extra></extra>",
            }
        )
    fig = _figure(traces, title, height=110 + len(keys) * (12 * len(palette) + 14), x_title="% of paragraphs")
    fig["layout"]["barmode"] = "group"
    return fig


def heatmap(rows: pd.DataFrame, *, x: str, y: str, z: str, title: str, z_title: str) -> Figure:
    """Counts of `z` for every (`y`, `x`) pair, darker for more, with the count in each cell."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    order = rows.groupby(y)[z].sum().sort_values(ascending=True).index
    grid = rows.pivot_table(index=y, columns=x, values=z, aggfunc="sum", fill_value=0).reindex(order)
    cells = {
        "type": "heatmap",
        "z": grid.to_numpy().tolist(),
        "x": [str(c) for c in grid.columns],
        "y": [_short(n) for n in grid.index],
        "colorscale": "Blues",
        "text": grid.to_numpy().tolist(),
        "texttemplate": "%{text}",
        "customdata": [[[name, col] for col in grid.columns] for name in grid.index],
        "hovertemplate": "%{customdata[0]} × %{customdata[1]}: %{z} " + z_title + "<extra></extra>",
        "colorbar": {"title": {"text": z_title}},
    }
    return _figure([cells], title, height=110 + 26 * len(grid), legend=False)


def network(nodes: pd.DataFrame, edges: pd.DataFrame) -> Figure:
    """Entities as dots (size: mentions, colour: type) joined where they share paragraphs (width: how many)."""
    if nodes.empty or edges.empty:
        return empty("No two entities share a paragraph under these filters")
    names = list(nodes["canonical"])
    where = layout(names, list(edges[["source", "target", "paragraphs"]].itertuples(index=False, name=None)))
    traces = []
    strongest = int(edges["paragraphs"].max())
    for width, group in edges.groupby(pd.cut(edges["paragraphs"], 4, labels=False)):
        xs: list[float | None] = []
        ys: list[float | None] = []
        for a, b in zip(group["source"], group["target"], strict=True):
            xs += [where[a][0], where[b][0], None]
            ys += [where[a][1], where[b][1], None]
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": xs,
                "y": ys,
                "hoverinfo": "skip",
                "showlegend": False,
                "line": {"width": 0.6 + 1.6 * float(width), "color": EDGE_COLOUR},
            }
        )
    size = 12 + 30 * np.sqrt(nodes["mentions"] / nodes["mentions"].max())
    for label, rows in nodes.groupby("label", sort=True):
        traces.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "name": label,
                "x": [where[n][0] for n in rows["canonical"]],
                "y": [where[n][1] for n in rows["canonical"]],
                "text": [_short(n, 22) for n in rows["canonical"]],
                "textposition": "top center",
                "marker": {
                    "size": _list(size[rows.index]),
                    "color": ENTITY_COLOURS.get(label, "#8c8c8c"),
                    "line": {"width": 1, "color": "white"},
                },
                "customdata": [[n, int(m)] for n, m in zip(rows["canonical"], rows["mentions"], strict=True)],
                "hovertemplate": "%{customdata[0]}: %{customdata[1]} mentions<extra></extra>",
            }
        )
    fig = _figure(traces, f"Entities named in the same paragraphs (thickest line: {strongest} paragraphs)", height=560)
    fig["layout"]["xaxis"]["visible"] = fig["layout"]["yaxis"]["visible"] = False
    return fig


def lines(rows: pd.DataFrame, *, x: str, y: str, colour: str, title: str, y_title: str) -> Figure:
    """One line per value of `colour` over the months in `x`."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    traces = [
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": _short(str(name)),
            "x": _list(group[x]),
            "y": _list(group[y]),
            "line": {"color": PALETTE[n % len(PALETTE)]},
            "customdata": [[name]] * len(group),
            "hovertemplate": f"{name}<br>%{{x}}: %{{y}}<extra></extra>",
        }
        for n, (name, group) in enumerate(rows.groupby(colour, sort=True))
    ]
    return _figure(traces, title, y_title=y_title, months=True)


def stacked(rows: pd.DataFrame, *, x: str, y: str, colour: str, title: str, y_title: str) -> Figure:
    """Stacked bars of `y` over the months in `x`, one colour per value of `colour` (themes)."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    palette = colours([c for c in rows[colour].unique() if c != "(no theme)"])
    palette["(no theme)"] = "#c7c7c7"
    traces = [
        {
            "type": "bar",
            "name": name,
            "x": _list(group[x]),
            "y": _list(group[y]),
            "marker": {"color": palette[name]},
            "customdata": [[name]] * len(group),
            "hovertemplate": f"{name}<br>%{{x}}: %{{y}}<extra></extra>",
        }
        for name, group in rows.groupby(colour, sort=True)
    ]
    fig = _figure(traces, title, y_title=y_title, months=True)
    fig["layout"]["barmode"] = "stack"
    return fig


def empty(message: str) -> Figure:
    """A blank figure that says why it is blank."""
    fig = _figure([], "", height=160, legend=False)
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


def layout(names: list[str], edges: list[tuple[str, str, int]], *, rounds: int = 120) -> dict[str, tuple[float, float]]:
    """Positions for a small network (force-directed, seeded so the picture is the same on every run)."""
    n = len(names)
    index = {name: i for i, name in enumerate(names)}
    angle = np.linspace(0, 2 * math.pi, n, endpoint=False)
    pos = np.column_stack([np.cos(angle), np.sin(angle)]) + np.random.default_rng(7).normal(0, 0.01, (n, 2))
    weight = np.zeros((n, n))
    for a, b, w in edges:
        weight[index[a], index[b]] = weight[index[b], index[a]] = w
    weight = np.log1p(weight) / max(np.log1p(weight).max(), 1e-9)
    k = 2.6 / math.sqrt(max(n, 1))
    step = 0.1
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        force = (k * k / distance**2 - weight * distance / k)[:, :, None] * delta
        move = force.sum(axis=1)
        move -= 0.05 * pos  # a gentle pull to the centre keeps loose entities on the canvas
        length = np.maximum(np.linalg.norm(move, axis=1, keepdims=True), 1e-9)
        pos += move / length * np.minimum(length, step)
        step *= 0.98
    # Blend with each axis's rank so a dense core spreads out and labels stay readable; order is kept.
    scaled = pos / np.maximum(np.abs(pos).max(axis=0), 1e-9)
    ranks = (pos.argsort(axis=0).argsort(axis=0) / max(n - 1, 1)) * 2 - 1
    pos = 0.4 * scaled + 0.6 * ranks
    return {name: (float(pos[i, 0]), float(pos[i, 1])) for name, i in index.items()}


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _list(values: pd.Series) -> list:
    return values.tolist()


def _figure(
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

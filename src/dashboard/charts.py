"""Plotly figures from the frames of `views`: pure functions, one per chart, with one look for the product.

Each clickable mark carries the value it stands for in `customdata` (a theme, a speaker, an entity), so a
page can turn a click into a filter. An empty frame gives a figure that says there is nothing to show.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

PALETTE = qualitative.Safe
KIND_COLOURS = {"analyst": "#1f77b4", "official": "#d62728", "institution": "#2ca02c", "unnamed": "#7f7f7f",
                "other": "#9467bd"}
ENTITY_COLOURS = {"PERSON": "#1f77b4", "ORG": "#ff7f0e", "GPE": "#2ca02c", "LOC": "#17becf", "NORP": "#9467bd"}
LABEL_CHARS = 38


def colours(names: list[str]) -> dict[str, str]:
    """A stable colour per name (themes), the same on every chart."""
    return {name: PALETTE[n % len(PALETTE)] for n, name in enumerate(sorted(names))}


def theme_mix(mix: pd.DataFrame) -> go.Figure:
    """Share of paragraphs per theme, as horizontal bars (largest on top)."""
    if mix.empty:
        return empty("No paragraph carries a theme under these filters")
    mix = mix.iloc[::-1]
    palette = colours(list(mix["theme"]))
    fig = go.Figure(go.Bar(
        x=mix["share"] * 100, y=mix["theme"], orientation="h", customdata=mix[["theme"]],
        marker={"color": [palette[t] for t in mix["theme"]]},
        text=[f"{s:.0%} · {n:,} paragraphs" for s, n in zip(mix["share"], mix["paragraphs"], strict=True)],
        textposition="auto", textangle=0, insidetextanchor="end",
        hovertemplate="%{y}: %{x:.1f}% of paragraphs<extra></extra>",
    ))
    return _look(fig, "Theme mix: share of paragraphs", height=80 + 48 * len(mix), x_title="% of paragraphs")


def theme_over_time(shares: pd.DataFrame) -> go.Figure:
    """Share of each month's paragraphs per theme, one line per theme."""
    if shares.empty:
        return empty("No dated paragraph carries a theme under these filters")
    palette = colours(list(shares["theme"].unique()))
    fig = go.Figure()
    for theme, rows in shares.groupby("theme", sort=True):
        fig.add_trace(go.Scatter(
            x=rows["key"], y=rows["share"] * 100, name=theme, mode="lines+markers", customdata=rows[["theme"]],
            line={"color": palette[theme]}, hovertemplate=f"{theme}<br>%{{x}}: %{{y:.1f}}%<extra></extra>",
        ))
    fig.update_xaxes(type="category", categoryorder="category ascending")
    return _look(fig, "Theme share over time (by month of publication)", y_title="% of the month's paragraphs")


def ranked_bars(rows: pd.DataFrame, *, name: str, value: str, title: str, colour_by: str | None = None,
                value_title: str = "") -> go.Figure:
    """Horizontal bars of `value` per `name`, largest on top, coloured (with a legend) by a kind or label column."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    rows = rows.iloc[::-1].assign(short=[_short(n) for n in rows[name].iloc[::-1]])
    scheme = KIND_COLOURS if colour_by == "speaker_kind" else ENTITY_COLOURS
    groups = rows.groupby(colour_by, sort=True) if colour_by else [("", rows)]
    fig = go.Figure()
    for group, part in groups:
        fig.add_trace(go.Bar(
            x=part[value], y=part["short"], orientation="h", name=str(group) or value,
            marker={"color": scheme.get(str(group), "#8c8c8c") if colour_by else "#4c78a8"},
            customdata=part[[name]], text=part[value], textposition="outside", textangle=0, cliponaxis=False,
            hovertemplate=f"%{{customdata[0]}}<br>{value_title or value}: %{{x:,}}<extra>{group}</extra>",
        ))
    fig.update_layout(yaxis={"categoryorder": "array", "categoryarray": list(rows["short"])})
    fig = _look(fig, title, height=110 + 24 * len(rows), x_title=value_title or value)
    fig.update_layout(barmode="overlay", xaxis={"range": [0, rows[value].max() * 1.12]})
    return fig


def theme_by_key(shares: pd.DataFrame, *, title: str, top: int = 12) -> go.Figure:
    """Grouped horizontal bars: theme share of paragraphs for each key (section or article), the largest keys."""
    if shares.empty:
        return empty(f"{title}: nothing under these filters")
    size = shares.groupby("key")["paragraphs"].sum().sort_values(ascending=False)
    keys = list(size.head(top).index)[::-1]
    shares = shares.loc[shares["key"].isin(keys)]
    palette = colours(list(shares["theme"].unique()))
    fig = go.Figure()
    for theme, rows in shares.groupby("theme", sort=True):
        rows = rows.set_index("key").reindex(keys)
        fig.add_trace(go.Bar(
            x=rows["share"] * 100, y=[_short(k) for k in keys], name=theme, orientation="h",
            marker={"color": palette[theme]}, customdata=np.array([[theme, k] for k in keys], dtype=object),
            hovertemplate=f"{theme}<br>%{{customdata[1]}}: %{{x:.0f}}%<extra></extra>",
        ))
    fig.update_layout(barmode="group")
    return _look(fig, title, height=110 + len(keys) * (12 * len(palette) + 14), x_title="% of paragraphs")


def heatmap(rows: pd.DataFrame, *, x: str, y: str, z: str, title: str, z_title: str) -> go.Figure:
    """Counts of `z` for every (`y`, `x`) pair, darker for more, with the count in each cell."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    order = rows.groupby(y)[z].sum().sort_values(ascending=True).index
    grid = rows.pivot_table(index=y, columns=x, values=z, aggfunc="sum", fill_value=0).reindex(order)
    fig = go.Figure(go.Heatmap(
        z=grid.to_numpy(), x=list(grid.columns), y=[_short(n) for n in grid.index], colorscale="Blues",
        text=grid.to_numpy(), texttemplate="%{text}", customdata=np.array(
            [[[name, col] for col in grid.columns] for name in grid.index], dtype=object),
        hovertemplate="%{customdata[0]} × %{customdata[1]}: %{z} " + z_title + "<extra></extra>",
        colorbar={"title": {"text": z_title}},
    ))
    return _look(fig, title, height=110 + 26 * len(grid), legend=False)


def network(nodes: pd.DataFrame, edges: pd.DataFrame) -> go.Figure:
    """Entities as dots (size: mentions, colour: type) joined where they share paragraphs (width: how many)."""
    if nodes.empty or edges.empty:
        return empty("No two entities share a paragraph under these filters")
    names = list(nodes["canonical"])
    where = layout(names, list(edges[["source", "target", "paragraphs"]].itertuples(index=False, name=None)))
    fig = go.Figure()
    strongest = edges["paragraphs"].max()
    for width, group in edges.groupby(pd.cut(edges["paragraphs"], 4, labels=False)):
        xs, ys = [], []
        for a, b in zip(group["source"], group["target"], strict=True):
            xs += [where[a][0], where[b][0], None]
            ys += [where[a][1], where[b][1], None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                                 line={"width": 0.6 + 1.6 * width, "color": "rgba(120,120,140,0.45)"}))
    size = 12 + 30 * np.sqrt(nodes["mentions"] / nodes["mentions"].max())
    for label, rows in nodes.groupby("label", sort=True):
        fig.add_trace(go.Scatter(
            x=[where[n][0] for n in rows["canonical"]], y=[where[n][1] for n in rows["canonical"]],
            mode="markers+text", text=[_short(n, 22) for n in rows["canonical"]], textposition="top center",
            marker={"size": size[rows.index], "color": ENTITY_COLOURS.get(label, "#8c8c8c"),
                    "line": {"width": 1, "color": "white"}},
            name=label, customdata=rows[["canonical", "mentions"]],
            hovertemplate="%{customdata[0]}: %{customdata[1]} mentions<extra></extra>",
        ))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    title = f"Entities named in the same paragraphs (thickest line: {strongest} paragraphs)"
    return _look(fig, title, height=560)


def lines(rows: pd.DataFrame, *, x: str, y: str, colour: str, title: str, y_title: str) -> go.Figure:
    """One line per value of `colour` over the months in `x`."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    fig = go.Figure()
    for n, (name, group) in enumerate(rows.groupby(colour, sort=True)):
        fig.add_trace(go.Scatter(x=group[x], y=group[y], name=_short(str(name)), mode="lines+markers",
                                 line={"color": PALETTE[n % len(PALETTE)]}, customdata=group[[colour]],
                                 hovertemplate=f"{name}<br>%{{x}}: %{{y}}<extra></extra>"))
    fig.update_xaxes(type="category", categoryorder="category ascending")
    return _look(fig, title, y_title=y_title)


def stacked(rows: pd.DataFrame, *, x: str, y: str, colour: str, title: str, y_title: str) -> go.Figure:
    """Stacked bars of `y` over the months in `x`, one colour per value of `colour` (themes)."""
    if rows.empty:
        return empty(f"{title}: nothing under these filters")
    palette = colours([c for c in rows[colour].unique() if c != "(no theme)"])
    palette["(no theme)"] = "#c7c7c7"
    fig = go.Figure()
    for name, group in rows.groupby(colour, sort=True):
        fig.add_trace(go.Bar(x=group[x], y=group[y], name=name, marker={"color": palette[name]},
                             customdata=group[[colour]], hovertemplate=f"{name}<br>%{{x}}: %{{y}}<extra></extra>"))
    fig.update_layout(barmode="stack")
    fig.update_xaxes(type="category", categoryorder="category ascending")
    return _look(fig, title, y_title=y_title)


def empty(message: str) -> go.Figure:
    """A blank figure that says why it is blank."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font={"size": 14, "color": "#666"}, x=0.5, y=0.5,
                       xref="paper", yref="paper")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _look(fig, "", height=160, legend=False)


def layout(names: list[str], edges: list[tuple[str, str, int]], *, rounds: int = 200) -> dict[str, tuple[float, float]]:
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


def _look(fig: go.Figure, title: str, *, height: int = 380, x_title: str = "", y_title: str = "",
          legend: bool = True) -> go.Figure:
    # No plotly template on purpose: Streamlit's theme styles the chart, and applying a template costs ~25 ms.
    fig.update_layout(
        height=max(int(height), 160), title={"text": title, "x": 0, "font": {"size": 15}},
        margin={"l": 8, "r": 8, "t": 56 if title else 8, "b": 8}, font={"size": 13},
        showlegend=legend and len(fig.data) > 1,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "xanchor": "left"},
        hoverlabel={"font": {"size": 13}}, clickmode="event+select",
        xaxis={"title": {"text": x_title}, "automargin": True},
        yaxis={"title": {"text": y_title}, "automargin": True},
    )
    return fig

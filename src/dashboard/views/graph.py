"""The network of entities named in the same paragraphs, laid out by a small force-directed simulation."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from dashboard.views.charts import ENTITY_COLOURS, Figure, columns, empty, figure, grouped, short

EDGE_COLOUR = "rgba(120,120,140,0.45)"


def network(nodes: pd.DataFrame, edges: pd.DataFrame) -> Figure:
    """Entities as dots (size: mentions, colour: type) joined where they share paragraphs (width: how many)."""
    if nodes.empty or edges.empty:
        return empty("No two entities share a paragraph under these filters")
    dots = columns(nodes, "canonical", "label", "mentions")
    pairs = list(zip(*columns(edges, "source", "target", "paragraphs").values(), strict=True))
    where = layout(dots["canonical"], pairs)
    strongest = max(n for _, _, n in pairs)
    weakest = min(n for _, _, n in pairs)
    widths = [_quarter(n, weakest, strongest) for _, _, n in pairs]
    traces = []
    for width in range(4):  # four widths of line, by how many paragraphs a pair shares (equal steps)
        xs: list[float | None] = []
        ys: list[float | None] = []
        for (a, b, _), drawn in zip(pairs, widths, strict=True):
            if drawn == width:
                xs += [where[a][0], where[b][0], None]
                ys += [where[a][1], where[b][1], None]
        if xs:
            traces.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "x": xs,
                    "y": ys,
                    "hoverinfo": "skip",
                    "showlegend": False,
                    "line": {"width": 0.6 + 1.6 * width, "color": EDGE_COLOUR},
                }
            )
    most = max(dots["mentions"])
    dots["size"] = [12 + 30 * math.sqrt(m / most) for m in dots["mentions"]]
    for label, rows in grouped(dots, "label").items():
        traces.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "name": label,
                "x": [where[n][0] for n in rows["canonical"]],
                "y": [where[n][1] for n in rows["canonical"]],
                "text": [short(n, 22) for n in rows["canonical"]],
                "textposition": "top center",
                "marker": {
                    "size": rows["size"],
                    "color": ENTITY_COLOURS.get(label, "#8c8c8c"),
                    "line": {"width": 1, "color": "white"},
                },
                "customdata": [[n, int(m)] for n, m in zip(rows["canonical"], rows["mentions"], strict=True)],
                "hovertemplate": "%{customdata[0]}: %{customdata[1]} mentions<extra></extra>",
            }
        )
    fig = figure(traces, f"Entities named in the same paragraphs (thickest line: {strongest} paragraphs)", height=560)
    fig["layout"]["xaxis"]["visible"] = fig["layout"]["yaxis"]["visible"] = False
    return fig


def _quarter(n: int, weakest: int, strongest: int) -> int:
    """Which quarter (0-3) of the range from `weakest` to `strongest` holds `n`, each quarter holding its top end."""
    if strongest == weakest:
        return 0
    return max(math.ceil((n - weakest) / (strongest - weakest) * 4) - 1, 0)


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
    pull = weight / k
    step = 0.1
    x, y = pos[:, 0].copy(), pos[:, 1].copy()  # one array per axis: a few small operations per round
    for _ in range(rounds):
        dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
        squared = np.maximum(dx * dx + dy * dy, 1e-6)
        force = k * k / squared - pull * np.sqrt(squared)  # repelled by all, pulled along each edge
        # a gentle pull to the centre keeps loose entities on the canvas
        move_x, move_y = (force * dx).sum(axis=1) - 0.05 * x, (force * dy).sum(axis=1) - 0.05 * y
        length = np.maximum(np.sqrt(move_x * move_x + move_y * move_y), 1e-9)
        scale = np.minimum(length, step) / length
        x += move_x * scale
        y += move_y * scale
        step *= 0.98
    pos = np.column_stack([x, y])
    # Blend with each axis's rank so a dense core spreads out and labels stay readable; order is kept.
    scaled = pos / np.maximum(np.abs(pos).max(axis=0), 1e-9)
    ranks = (pos.argsort(axis=0).argsort(axis=0) / max(n - 1, 1)) * 2 - 1
    pos = 0.4 * scaled + 0.6 * ranks
    return {name: (float(pos[i, 0]), float(pos[i, 1])) for name, i in index.items()}

"""Figures from small frames: the right marks, the value each clickable mark carries, and a message when empty."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from dashboard.views import charts, graph


def _valid(spec: dict) -> go.Figure:
    """The spec as a plotly Figure: construction validates every property, as st.plotly_chart does."""
    return go.Figure(spec)


def _annotation(spec) -> str:
    return " ".join(a.text for a in _valid(spec).layout.annotations)


def test_theme_mix_puts_the_largest_theme_on_top_and_carries_the_theme():
    mix = pd.DataFrame({"theme": ["trade", "military"], "paragraphs": [6, 2], "share": [0.6, 0.2]})
    (bar,) = _valid(charts.theme_mix(mix)).data
    assert list(bar.y) == ["military", "trade"]
    assert list(bar.x) == [20.0, 60.0]
    assert [row[0] for row in bar.customdata] == ["military", "trade"]
    assert bar.text[-1] == "60% · 6 paragraphs"


def test_ranked_bars_one_trace_per_kind_in_rank_order_with_full_names():
    rows = pd.DataFrame(
        {
            "speaker": ["A. Very Long Name Of A Research Institute Fellow", "Bo", "Cy"],
            "speaker_kind": ["analyst", "official", "analyst"],
            "quotes": [9, 5, 1],
        }
    )
    fig = _valid(charts.ranked_bars(rows, name="speaker", value="quotes", colour_by="speaker_kind", title="Top"))
    assert {trace.name for trace in fig.data} == {"analyst", "official"}
    order = list(fig.layout.yaxis.categoryarray)
    assert order[-1].startswith("A. Very Long") and order[-1].endswith("…") and len(order[-1]) <= 38
    carried = {row[0] for trace in fig.data for row in trace.customdata}
    assert carried == set(rows["speaker"])


def test_theme_lines_use_one_colour_per_theme_and_months_as_categories():
    shares = pd.DataFrame(
        {
            "key": ["2024-01", "2024-02", "2024-01"],
            "theme": ["trade", "trade", "military"],
            "paragraphs": [1, 2, 3],
            "share": [0.1, 0.2, 0.3],
        }
    )
    fig = _valid(charts.theme_over_time(shares))
    assert [t.name for t in fig.data] == ["military", "trade"]
    assert fig.layout.xaxis.type == "category"
    assert fig.data[0].line.color == charts.colours(["military", "trade"])["military"]


def test_heatmap_counts_every_pair_and_fills_gaps_with_zero():
    rows = pd.DataFrame({"speaker": ["A", "A", "B"], "theme": ["trade", "military", "trade"], "quotes": [3, 1, 2]})
    (cells,) = _valid(charts.heatmap(rows, x="theme", y="speaker", z="quotes", title="t", z_title="quotes")).data
    grid = pd.DataFrame(cells.z, index=list(cells.y), columns=list(cells.x))
    assert grid.loc["A", "trade"] == 3 and grid.loc["B", "military"] == 0
    assert list(cells.y)[-1] == "A"


def test_ties_fall_in_name_order():
    rows = pd.DataFrame({"speaker": ["Cy", "Al", "Bo"], "theme": ["trade", "trade", "trade"], "quotes": [2, 2, 5]})
    (cells,) = _valid(charts.heatmap(rows, x="theme", y="speaker", z="quotes", title="t", z_title="quotes")).data
    assert list(cells.y) == ["Al", "Cy", "Bo"]  # the largest at the top; equal rows by name
    shares = pd.DataFrame(
        {"key": ["Zed", "Arc", "Mid"], "theme": ["trade"] * 3, "paragraphs": [4, 4, 4], "share": [0.1, 0.2, 0.3]}
    )
    (bars,) = _valid(charts.theme_by_key(shares, title="Sections", top=2)).data
    assert list(bars.y) == ["Mid", "Arc"] and list(bars.x) == [30.0, 20.0]


def test_network_places_every_entity_once_and_is_the_same_on_every_run():
    nodes = pd.DataFrame(
        {"canonical": ["A", "B", "C", "D"], "label": ["PERSON", "ORG", "GPE", "GPE"], "mentions": [10, 5, 3, 1]}
    )
    edges = pd.DataFrame({"source": ["A", "A", "B"], "target": ["B", "C", "C"], "paragraphs": [4, 1, 2]})
    first = graph.network(nodes, edges)
    assert first == graph.network(nodes, edges)
    dots = [t for t in _valid(first).data if t.mode == "markers+text"]
    assert sorted(name for t in dots for name in t.text) == ["A", "B", "C", "D"]
    where = graph.layout(["A", "B", "C", "D"], [("A", "B", 4), ("A", "C", 1), ("B", "C", 2)])
    assert all(math.isfinite(v) for point in where.values() for v in point)
    assert len(set(where.values())) == 4


def test_empty_frames_give_a_figure_that_says_so():
    empty = pd.DataFrame(columns=["theme", "paragraphs", "share"])
    assert "No paragraph" in _annotation(charts.theme_mix(empty))
    assert "nothing" in _annotation(
        charts.ranked_bars(pd.DataFrame(columns=["a", "b"]), name="a", value="b", title="Top")
    )
    assert "No two entities" in _annotation(
        graph.network(pd.DataFrame(columns=["canonical"]), pd.DataFrame(columns=["source"]))
    )
    blank = _valid(
        charts.stacked(
            pd.DataFrame(columns=["month", "theme", "quotes"]),
            x="month",
            y="quotes",
            colour="theme",
            title="t",
            y_title="q",
        )
    )
    assert blank.data and not any(len(trace.x) for trace in blank.data), "one invisible trace, no points"


def test_every_builder_gives_a_spec_plotly_accepts():
    shares = pd.DataFrame(
        {"key": ["Fees", "Talks"], "theme": ["trade", "trade"], "paragraphs": [2, 1], "share": [0.5, 1.0]}
    )
    months = pd.DataFrame(
        {
            "month": ["2024-01", "2024-02"],
            "theme": ["trade", "(no theme)"],
            "quotes": [2, 1],
            "canonical": ["Tallinn", "Tallinn"],
            "mentions": [3, 1],
        }
    )
    specs = [
        charts.theme_by_key(shares, title="Sections"),
        charts.lines(months, x="month", y="mentions", colour="canonical", title="t", y_title="m"),
        charts.stacked(months, x="month", y="quotes", colour="theme", title="t", y_title="q"),
        charts.empty("nothing"),
    ]
    for spec in specs:
        figure = _valid(spec)
        assert figure.layout.height >= 160
    assert [t.name for t in _valid(specs[2]).data] == ["(no theme)", "trade"]
    assert _valid(specs[2]).data[0].marker.color == "#c7c7c7"

"""What the grids of formulas share: the profiles of the quotes an article's second paragraph gives, and a grid's
cells as test parameters, each cell that still fails a strict xfail with its reason (red once it is mended)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from dashboard.analysis.entities import entity_rows
from dashboard.analysis.quotes import quote_rows
from dashboard.sources import Article, Paragraph
from tests.quoting import _folded, _speaker_key


def second_paragraph_profiles(nlp, paragraphs: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """(speaker, kind, role, affiliation) of each quote of the article's second paragraph."""
    docs = [nlp(text) for text in paragraphs]
    rows = entity_rows("a", docs)
    article = Article("a", "A test article", tuple(Paragraph(i, "", text) for i, text in enumerate(paragraphs)))
    return [
        (r["speaker"], r["speaker_kind"], r["role"], r["affiliation"])
        for r in quote_rows(article, docs, rows)
        if r["paragraph"] == 1
    ]


def grid_params(cells: Iterable, still_failing: dict[str, str]) -> list:
    """The cells as pytest parameters named by their ids, those in `still_failing` marked strict xfail."""
    return [
        pytest.param(
            cell,
            id=cell.id,
            marks=[pytest.mark.xfail(reason=still_failing[cell.id], strict=True)] if cell.id in still_failing else [],
        )
        for cell in cells
    ]


def wrong_quotes(rows: list[dict], quotes) -> list[str]:
    """The expected quotes no row gives, and the rows left over. An expected quote is (speakers joined by "|", every
    anchor it must hold, direct or not) and, when a fourth field is given, the speaker's kind."""
    left = list(rows)
    wrong = []
    for speakers, anchors, direct, *kind in quotes:
        keys = {_speaker_key(s) for s in speakers.split("|")}
        match = next(
            (
                r
                for r in left
                if _speaker_key(r["speaker"]) in keys
                and bool(r["direct"]) == direct
                and all(_folded(a) in _folded(r["quote"]) for a in anchors)
                and r["speaker_kind"] in (kind or [r["speaker_kind"]])
            ),
            None,
        )
        if match is None:
            wrong.append(f"missed {speakers or 'unnamed'}: {anchors[0][:40]}")
        else:
            left.remove(match)
    wrong += [f"extra {r['speaker']!r} ({r['speaker_kind']}) direct={r['direct']}: {r['quote'][:50]}" for r in left]
    return wrong

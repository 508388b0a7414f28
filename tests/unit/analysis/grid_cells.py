"""What the grids of formulas share: the profiles of the quotes an article's second paragraph gives, and a grid's
cells as test parameters, each cell that still fails a strict xfail with its reason (red once it is mended)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from tests.quoting import folded, quote_rows_of, speaker_key


def second_paragraph_profiles(nlp, paragraphs: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """(speaker, kind, role, affiliation) of each quote of the article's second paragraph."""
    rows = quote_rows_of(nlp, *paragraphs)
    return [(r["speaker"], r["speaker_kind"], r["role"], r["affiliation"]) for r in rows if r["paragraph"] == 1]


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


def wrong_cell_quotes(rows: list[dict], quotes) -> list[str]:
    """The expected quotes no row gives, and the rows left over. An expected quote is (speakers joined by "|", every
    anchor it must hold, direct or not or None when either holds) and, when a fourth field is given, the speaker's
    kind."""
    left = list(rows)
    wrong = []
    for speakers, anchors, direct, *kind in quotes:
        keys = {speaker_key(s) for s in speakers.split("|")}
        match = next(
            (
                r
                for r in left
                if speaker_key(r["speaker"]) in keys
                and (direct is None or bool(r["direct"]) == direct)
                and all(folded(a) in folded(r["quote"]) for a in anchors)
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

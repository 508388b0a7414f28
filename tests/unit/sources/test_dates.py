"""Publication dates as metadata gives them: ISO, written forms, feed (RFC 2822) dates, epoch seconds."""

from __future__ import annotations

from datetime import datetime

import pytest

from dashboard.sources.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-20T08:15:00Z", datetime(2025, 1, 20, 8, 15)),
        ("2025-02-11", datetime(2025, 2, 11)),
        ("20 January 2025", datetime(2025, 1, 20)),
        ("January 20, 2025", datetime(2025, 1, 20)),
        ("Sept. 16, 2025", datetime(2025, 9, 16)),
        ("Mon, 20 Jan 2025 08:15:00 GMT", datetime(2025, 1, 20, 8, 15)),
        ("Monday, January 20, 2025 8:15 AM", datetime(2025, 1, 20, 8, 15)),
        ("03/04/2025", datetime(2025, 4, 3)),  # day first where the order is ambiguous
        ("2025/01/02", datetime(2025, 1, 2)),  # but not after a leading year
        ("01/20/2025", datetime(2025, 1, 20)),  # only one reading is possible
        ("20250120", datetime(2025, 1, 20)),
        (1737360900, datetime.fromtimestamp(1737360900)),
    ],
)
def test_dates_in_the_forms_feeds_and_files_use_are_read(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2025", "May 2025", "Monday", "12:30", "yesterday", "n/a", "", None, True])
def test_a_date_missing_its_day_month_or_year_is_unknown_not_filled_in_from_today(value):
    assert parse_date(value) is None

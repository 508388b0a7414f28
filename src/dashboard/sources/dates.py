"""Publication dates from metadata: ISO text, written forms and feed dates (through python-dateutil), epoch seconds.

A date must be whole: "May 2025", "Monday" or "12:30" give None rather than a day filled in from today.
Where the order is ambiguous the day comes first ("03/04/2025" is 3 April), except after a leading year
("2025/01/02" is 2 January).
"""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as dateutil_parser

YEAR_FIRST = re.compile(r"\d{4}\b")
#: Parsing with two different defaults shows a part the text lacks: dateutil would fill it in from them.
DATE_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


def parse_date(value: object) -> datetime | None:
    """A publication date from metadata, without time zone; None when unreadable or missing a day, month or year."""
    if value in (None, "") or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value)
        except (OverflowError, OSError, ValueError):
            return None
    text = " ".join(str(value).split())[:64]
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        dayfirst = not YEAR_FIRST.match(text)
        try:
            parsed, other = (
                dateutil_parser.parse(text, dayfirst=dayfirst, default=default, ignoretz=True)
                for default in DATE_DEFAULTS
            )
        except (ValueError, OverflowError):  # dateutil's ParserError is a ValueError
            return None
        if parsed.date() != other.date():
            return None
    return parsed.replace(tzinfo=None) if parsed.tzinfo else parsed

"""Publication dates from metadata: ISO text, common written forms, epoch seconds."""

from __future__ import annotations

from datetime import datetime

DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y", "%Y%m%d")


def parse_date(value: object) -> datetime | None:
    """A publication date from metadata (ISO text, common written forms or epoch seconds); None if unreadable."""
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
        return parsed.replace(tzinfo=None) if parsed.tzinfo else parsed
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None

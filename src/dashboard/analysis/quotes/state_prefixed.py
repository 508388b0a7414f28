"""One body, one name: where an article names a body once with its country before it ("the UK Debt Management
Office") and elsewhere without ("the DMO", which its initials spell without the country), every quote keys it, as a
speaker or an affiliation, by the fuller name."""

from __future__ import annotations

from dashboard.analysis.quotes.countries import is_country


def with_state_prefix(rows: list[dict]) -> list[dict]:
    """The rows, an institution speaking or an affiliation named without its country renamed as the article named it
    with its country ("Debt Management Office" -> "UK Debt Management Office")."""
    names = {r["speaker"] for r in rows if r["speaker_kind"] == "institution"} | {r["affiliation"] for r in rows}
    names.discard("")
    fuller = {}
    for name in names:
        for other in names:
            country = name[: -len(other) - 1] if name.endswith(f" {other}") else ""
            if country and is_country(country) and other[:1].isupper():
                fuller.setdefault(other, name)
    if not fuller:
        return rows
    for row in rows:
        if row["speaker_kind"] == "institution" and row["speaker"] in fuller:
            row["speaker"] = fuller[row["speaker"]]
        if row["affiliation"] in fuller:
            row["affiliation"] = fuller[row["affiliation"]]
    return rows

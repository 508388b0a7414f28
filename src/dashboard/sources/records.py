"""JSON, JSON Lines and CSV records -> Articles; a bad record is reported and the others still load.

A record has a body under `text` or `body` (or `content`), and may have `id`, `title`, `published` or
`date`, `source` or `url`. Field names are matched without regard to case or surrounding spaces.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator

from dashboard.sources.article import Article
from dashboard.sources.dates import parse_date
from dashboard.sources.errors import ReadError, ReadFailure, ReadResult
from dashboard.sources.text import parse_text

BODY_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("published", "date", "published_at", "datetime")
SOURCE_FIELDS = ("source", "url")
CSV_DELIMITERS = ",;\t|"


def read_json(text: str, *, source_file: str) -> Iterator[ReadResult]:
    """The articles of a JSON document: one article object, a list of them, or {"articles": [...]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data" and _first_line_is_json(text):
            yield from read_jsonl(text, source_file=source_file)  # JSON Lines saved as .json
            return
        raise ReadError(f"malformed JSON at line {err.lineno}, column {err.colno}: {err.msg}") from err
    except RecursionError as err:
        raise ReadError("JSON is nested too deeply") from err
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise ReadError("JSON holds neither an article object nor a list of them")
    if not data:
        raise ReadError("JSON holds an empty list: no articles")
    yield from _articles(((f"{source_file} (record {n})", r) for n, r in enumerate(data, start=1)))


def read_jsonl(text: str, *, source_file: str) -> Iterator[ReadResult]:
    """The articles of a JSON Lines file, one record per line; a malformed line is reported with its number."""
    results = read_json_lines(text.splitlines(), source_file=source_file)
    first = next(results, None)
    if first is None:
        raise ReadError("file has no records")
    yield first
    yield from results


def read_json_lines(lines: Iterable[str], *, source_file: str, first_line: int = 1) -> Iterator[ReadResult]:
    """The articles of JSON Lines as they come (a file's lines, or a stream's), one record per non-blank line."""
    for n, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        where = f"{source_file} (line {n})"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadFailure(where, f"malformed JSON at column {err.colno}: {err.msg}")
            continue
        except RecursionError:
            yield ReadFailure(where, "JSON is nested too deeply")
            continue
        yield from _articles([(where, record)])


def read_csv(text: str, *, source_file: str, max_cell: int) -> Iterator[ReadResult]:
    """The articles of a CSV file with a header row; quoted cells may span lines."""
    csv.field_size_limit(max(csv.field_size_limit(), min(max_cell, sys.maxsize)))  # article-long cells
    header = text.split("\n", 1)[0]
    delimiter = max(CSV_DELIMITERS, key=header.count) if any(d in header for d in CSV_DELIMITERS) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        columns = [c.strip().lower() for c in next(reader, [])]
    except csv.Error as err:
        raise ReadError(f"malformed CSV header: {err}") from err
    if not set(columns) & set(BODY_FIELDS):
        shown = ", ".join(c for c in columns if c) or "none"
        raise ReadError(f"CSV has no 'text' or 'body' column (columns: {shown[:200]})")
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            yield ReadFailure(
                f"{source_file} (record {n + 1})",
                f"malformed CSV near line {reader.line_num}: {err}; the rest is not read",
            )
            break
        if not any(cell.strip() for cell in row):
            continue
        n += 1
        where = f"{source_file} (record {n})"
        if len(row) != len(columns):
            yield ReadFailure(where, f"has {len(row)} cells for {len(columns)} columns (near line {reader.line_num})")
            continue
        yield from _articles([(where, dict(zip(columns, row, strict=True)))])


def _first_line_is_json(text: str) -> bool:
    try:
        return isinstance(json.loads(text.lstrip().split("\n", 1)[0]), dict)
    except json.JSONDecodeError:
        return False


def _articles(records: Iterable[tuple[str, object]]) -> Iterator[ReadResult]:
    for where, record in records:
        try:
            yield record_article(record, source_file=where)
        except ReadError as err:
            yield ReadFailure(where, str(err))


def record_article(record: object, *, source_file: str) -> Article:
    """An article from one record's fields."""
    if not isinstance(record, dict):
        raise ReadError(f"record is a JSON {type(record).__name__}, not an object with fields")
    fields = {str(k).strip().lower(): v for k, v in record.items()}
    body = next((fields[f] for f in BODY_FIELDS if fields.get(f)), None)
    if isinstance(body, list) and all(isinstance(p, str) for p in body):
        body = "\n\n".join(body)  # a list of paragraphs
    if not isinstance(body, str) or not body.strip():
        raise ReadError("record has no 'text' or 'body' field with text")
    return parse_text(
        body,
        source_file=source_file,
        title=_scalar(fields.get("title")),
        article_id=_scalar(fields.get("id") or fields.get("article_id")),
        published=parse_date(next((fields[f] for f in DATE_FIELDS if fields.get(f)), None)),
        source=_scalar(next((fields[f] for f in SOURCE_FIELDS if fields.get(f)), "")),
    )


def _scalar(value: object) -> str:
    """A field as one line of text; containers are ignored rather than shown as Python reprs."""
    if value is None or isinstance(value, dict | list):
        return ""
    return " ".join(str(value).split())

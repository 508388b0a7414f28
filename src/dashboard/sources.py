"""Files, folders, archives and uploads -> Article records; every bad-input error is raised here.

A reader never stops a run: each file yields either an Article or a ReadFailure that names the
file and the reason, and the caller decides what to report.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dashboard.article import Article, Paragraph, text_hash
from dashboard.config import Settings

ID_LINE = re.compile(r"^news-(\d{2})(\d{2})(\d{4})-(\d{2})(\d{2})(\d{2})$")
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv"}
ARCHIVE_SUFFIXES = {".zip"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES | ARCHIVE_SUFFIXES
HEADING_MAX_WORDS = 12
FINAL_PUNCTUATION = tuple(".!?:;,\"'\u201d\u2019)…")


class ReadError(Exception):
    """A file that cannot be read, with a reason a user can act on."""


@dataclass(frozen=True)
class ReadFailure:
    """A file (or a record or archive member) that could not be read, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


ReadResult = Article | ReadFailure


def read_paths(paths: Iterable[str | Path], *, settings: Settings | None = None) -> Iterator[ReadResult]:
    """Every article under the given files and folders (recursively), in a stable order."""
    settings = settings or Settings.from_env()
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                if file.suffix.lower() in SUPPORTED:
                    yield from read_file(file, settings=settings)
        elif path.exists():
            yield from read_file(path, settings=settings)
        else:
            yield ReadFailure(str(path), "no such file or folder")


def read_file(path: Path, *, settings: Settings | None = None) -> Iterator[ReadResult]:
    """The articles of one file on disk."""
    settings = settings or Settings.from_env()
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            raise ReadError(f"file is {size / 1e6:.1f} MB, over the {settings.max_file_bytes / 1e6:.0f} MB limit")
        data = path.read_bytes()
    except ReadError as err:
        yield ReadFailure(str(path), str(err))
        return
    except OSError as err:
        yield ReadFailure(str(path), f"cannot be opened ({err.strerror or err})")
        return
    yield from read_bytes(path.name, data, source_file=str(path), settings=settings)


def read_bytes(
    name: str, data: bytes, *, source_file: str | None = None, settings: Settings | None = None
) -> Iterator[ReadResult]:
    """The articles of one file given as bytes (an upload, an archive member or a file's contents)."""
    settings = settings or Settings.from_env()
    source_file = source_file or name
    suffix = Path(name).suffix.lower()
    try:
        if len(data) > settings.max_file_bytes:
            raise ReadError(f"file is {len(data) / 1e6:.1f} MB, over the {settings.max_file_bytes / 1e6:.0f} MB limit")
        if suffix in ARCHIVE_SUFFIXES:
            yield from _read_zip(data, source_file=source_file, settings=settings)
        elif suffix in HTML_SUFFIXES:
            yield _read_html(decode(data), source_file=source_file)
        elif suffix in {".json"}:
            yield from _read_records(_json_records(decode(data)), source_file=source_file)
        elif suffix in {".jsonl", ".ndjson"}:
            yield from _read_jsonl(decode(data), source_file=source_file)
        elif suffix == ".csv":
            yield from _read_records(_csv_records(decode(data)), source_file=source_file)
        elif suffix in TEXT_SUFFIXES:
            yield parse_text(decode(data), source_file=source_file)
        else:
            raise ReadError(f"unsupported file type {suffix!r} (use one of {', '.join(sorted(SUPPORTED - {''}))})")
    except ReadError as err:
        yield ReadFailure(source_file, str(err))


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252; binary data is refused."""
    if not data.strip():
        raise ReadError("file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ReadError("file claims UTF-16 but cannot be decoded") from err
    if b"\x00" in data[:4096]:
        raise ReadError("file holds binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > 0.01 * min(len(text), 4096) or text.count("\ufffd") > 0.01 * len(text):
        raise ReadError("file holds binary data, not text")
    return text


def parse_text(text: str, *, source_file: str = "", title: str = "", article_id: str = "",
               published: datetime | None = None, source: str = "") -> Article:
    """An article from plain text in the seed format; the id line, title and headings are all optional."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    if not blocks:
        raise ReadError("file has no text")
    match = ID_LINE.match(blocks[0].split("\n", 1)[0].strip())
    if match:
        first, _, rest = blocks[0].partition("\n")
        article_id = article_id or first.strip()
        published = published or _id_date(match)
        blocks = ([rest.strip()] if rest.strip() else []) + blocks[1:]
    if not title and blocks:
        title = " ".join(blocks.pop(0).split())
    title = title.lstrip("# ").strip()
    paragraphs: list[Paragraph] = []
    section = ""
    for block in blocks:
        block = re.sub(r"^#+\s*", "", block)
        if is_heading(block):
            section = block
            continue
        paragraphs.append(Paragraph(len(paragraphs), section, " ".join(block.split())))
    if not paragraphs:
        raise ReadError("file has a title but no body paragraphs")
    if not article_id:
        article_id = "doc-" + text_hash("\n\n".join([title, *(p.text for p in paragraphs)]))
    return Article(article_id, title, tuple(paragraphs), published, source, source_file)


def is_heading(block: str) -> bool:
    """A section heading: one short line with no final punctuation."""
    if "\n" in block:
        return False
    words = block.split()
    return 0 < len(words) <= HEADING_MAX_WORDS and not block.endswith(FINAL_PUNCTUATION)


def parse_date(value: object) -> datetime | None:
    """A publication date from a record field (ISO text or epoch seconds); None when absent or unreadable."""
    if value in (None, ""):
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value)
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        for fmt in ("%d %B %Y", "%B %d, %Y", "%d/%m/%Y", "%Y/%m/%d"):
            try:
                return datetime.strptime(text, fmt)
            except ValueError:
                continue
        return None
    return parsed.replace(tzinfo=None) if parsed.tzinfo else parsed


def _id_date(match: re.Match) -> datetime | None:
    day, month, year, hour, minute, second = map(int, match.groups())
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _read_html(html: str, *, source_file: str) -> Article:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                            with_metadata=True)
    if extracted is None or not (extracted.text or "").strip():
        raise ReadError("no article text found in the HTML")
    body = extracted.text
    title = (extracted.title or "").strip()
    published = parse_date(extracted.date) if extracted.date else None
    return parse_text(body, source_file=source_file, title=title or "", published=published,
                      source=extracted.sitename or extracted.url or "")


def _read_records(records: Iterable[dict | ReadFailure], *, source_file: str) -> Iterator[ReadResult]:
    for n, record in enumerate(records, start=1):
        if isinstance(record, ReadFailure):
            yield record
            continue
        where = f"{source_file} (record {n})"
        try:
            yield _record_article(record, source_file=where)
        except ReadError as err:
            yield ReadFailure(where, str(err))


def _record_article(record: dict, *, source_file: str) -> Article:
    if not isinstance(record, dict):
        raise ReadError("record is not an object with fields")
    fields = {str(k).strip().lower(): v for k, v in record.items()}
    body = fields.get("text") or fields.get("body") or fields.get("content")
    if not isinstance(body, str) or not body.strip():
        raise ReadError("record has no 'text' or 'body' field")
    title = str(fields.get("title") or "").strip()
    return parse_text(
        body if title else body,
        source_file=source_file,
        title=title,
        article_id=str(fields.get("id") or fields.get("article_id") or "").strip(),
        published=parse_date(fields.get("published") or fields.get("date")),
        source=str(fields.get("source") or fields.get("url") or "").strip(),
    )


def _json_records(text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ReadError(f"malformed JSON at line {err.lineno}, column {err.colno}: {err.msg}") from err
    if isinstance(data, dict):
        data = data.get("articles", [data]) if "articles" in data else [data]
    if not isinstance(data, list):
        raise ReadError("JSON holds neither an article object nor a list of them")
    return data


def _read_jsonl(text: str, *, source_file: str) -> Iterator[ReadResult]:
    def records() -> Iterator[dict | ReadFailure]:
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                yield ReadFailure(f"{source_file} (line {n})", f"malformed JSON: {err.msg}")

    yield from _read_records(records(), source_file=source_file)


def _csv_records(text: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = {c.strip().lower() for c in reader.fieldnames or []}
    if not columns & {"text", "body", "content"}:
        raise ReadError(f"CSV has no 'text' or 'body' column (columns: {', '.join(sorted(columns)) or 'none'})")
    return list(reader)


def _read_zip(data: bytes, *, source_file: str, settings: Settings) -> Iterator[ReadResult]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as err:
        raise ReadError("not a readable zip archive") from err
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) > settings.max_archive_members:
        raise ReadError(f"archive has {len(members)} files, over the {settings.max_archive_members} limit")
    total = sum(m.file_size for m in members)
    if total > settings.max_archive_bytes:
        raise ReadError(f"archive unpacks to {total / 1e6:.0f} MB, over the "
                        f"{settings.max_archive_bytes / 1e6:.0f} MB limit")
    for member in sorted(members, key=lambda m: m.filename):
        where = f"{source_file}!{member.filename}"
        name = member.filename
        if name.startswith(("/", "\\")) or ".." in Path(name).parts or ":" in name:
            yield ReadFailure(where, "unsafe path inside the archive; skipped")
            continue
        if Path(name).name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED - ARCHIVE_SUFFIXES - {""}:
            continue
        if member.compress_size and member.file_size / member.compress_size > settings.max_archive_ratio:
            yield ReadFailure(where, f"compression ratio over {settings.max_archive_ratio}:1 (a zip bomb?); skipped")
            continue
        if member.file_size > settings.max_file_bytes:
            yield ReadFailure(where, f"file is {member.file_size / 1e6:.1f} MB, over the limit")
            continue
        with archive.open(member) as handle:
            content = handle.read(settings.max_file_bytes + 1)
        yield from read_bytes(name, content, source_file=where, settings=settings)

"""Paths, folders, archives, uploads and standard input -> Articles, each file to the reader of its format.

A reader never stops a run: each file yields Articles or ReadFailures that name the file (`archive.zip!member`,
`file (record N)`, `file (line N)`) and the reason, and the caller decides what to report.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from dashboard.config import Settings
from dashboard.sources.archive import archive_members
from dashboard.sources.encoding import decode
from dashboard.sources.errors import ReadError, ReadFailure, ReadResult
from dashboard.sources.html import read_html
from dashboard.sources.records import read_csv, read_json, read_json_lines, read_jsonl
from dashboard.sources.text import parse_text

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv"}
ARCHIVE_SUFFIXES = {".zip"}
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
SUPPORTED = DOCUMENT_SUFFIXES | ARCHIVE_SUFFIXES
MB = 1024 * 1024
#: The path that stands for standard input, read as JSON Lines.
STDIN = "-"


def read_paths(
    paths: Iterable[str | Path], *, settings: Settings | None = None, stdin: IO[bytes] | None = None
) -> Iterator[ReadResult]:
    """Every article under the given files and folders (recursively), in a stable order; the path `-` reads
    JSON Lines from `stdin` (standard input by default) as they arrive."""
    settings = settings or Settings.from_env()
    for path in map(Path, paths):
        if str(path) == STDIN:
            yield from read_stream(stdin or sys.stdin.buffer, settings=settings)
        elif path.is_dir():
            yield from _read_folder(path, settings=settings)
        elif path.is_file():
            yield from read_file(path, settings=settings)
        elif path.exists():
            yield ReadFailure(str(path), "not a regular file or folder")
        else:
            yield ReadFailure(str(path), "no such file or folder")


def _read_folder(folder: Path, *, settings: Settings) -> Iterator[ReadResult]:
    files, failures = folder_files(folder)
    yield from failures
    for file in files:
        yield from read_file(file, settings=settings)


def folder_files(folder: Path) -> tuple[list[Path], list[ReadFailure]]:
    """The readable files of a folder tree in reading order (hidden files and folders and other types are
    passed over), and a failure for each subfolder that cannot be listed."""
    failures: list[ReadFailure] = []

    def unreadable(err: OSError) -> None:
        failures.append(ReadFailure(str(err.filename or folder), f"folder cannot be listed ({err.strerror or err})"))

    files = []
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(root) / n for n in names if not n.startswith(".") and Path(n).suffix.lower() in SUPPORTED)
    return sorted(files), failures


def read_file(path: Path, *, settings: Settings | None = None) -> Iterator[ReadResult]:
    """The articles of one file on disk."""
    settings = settings or Settings.from_env()
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.suffix.lower() in ARCHIVE_SUFFIXES:
            _check_size(size, settings.max_archive_bytes, "archive")
            with path.open("rb") as handle:
                yield from _read_archive(handle, source_file=str(path), settings=settings)
            return
        _check_size(size, settings.max_file_bytes, "file")
        data = path.read_bytes()
    except ReadError as err:
        yield ReadFailure(str(path), str(err))
        return
    except OSError as err:
        yield ReadFailure(str(path), f"cannot be opened ({err.strerror or err})")
        return
    except Exception as err:  # noqa: BLE001 - see read_bytes
        yield ReadFailure(str(path), f"could not be read ({type(err).__name__}: {err})")
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
        if suffix in ARCHIVE_SUFFIXES:
            _check_size(len(data), settings.max_archive_bytes, "archive")
            yield from _read_archive(io.BytesIO(data), source_file=source_file, settings=settings)
            return
        if suffix not in DOCUMENT_SUFFIXES and suffix:
            raise ReadError(f"unsupported file type {suffix!r} (readable: {', '.join(sorted(SUPPORTED))})")
        _check_size(len(data), settings.max_file_bytes, "file")
        text = decode(data)
        if suffix in HTML_SUFFIXES or _is_html_page(text):
            _check_size(len(data), settings.max_html_bytes, "web page")
            yield read_html(text, source_file=source_file)
        elif suffix == ".json":
            yield from read_json(text, source_file=source_file)
        elif suffix in {".jsonl", ".ndjson"}:
            yield from read_jsonl(text, source_file=source_file)
        elif suffix == ".csv":
            yield from read_csv(text, source_file=source_file, max_cell=settings.max_file_bytes)
        else:
            yield parse_text(text, source_file=source_file, markdown=suffix in MARKDOWN_SUFFIXES)
    except ReadError as err:
        yield ReadFailure(source_file, str(err))
    except Exception as err:  # noqa: BLE001 - last line of defence: one odd file must never stop a run
        yield ReadFailure(source_file, f"could not be read ({type(err).__name__}: {err})")


def read_stream(
    stream: IO[bytes], *, source_file: str = "<stdin>", settings: Settings | None = None
) -> Iterator[ReadResult]:
    """The articles of JSON Lines arriving on a stream (a pipe from a feed), each yielded as soon as its line
    has arrived; a bad line is reported with its number and the stream goes on."""
    settings = settings or Settings.from_env()
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = f"{source_file} (line {n})"
        try:
            _check_size(len(raw), settings.max_file_bytes, "line")
            line = decode(raw)
        except ReadError as err:
            yield ReadFailure(where, str(err).replace("file ", "line ", 1))
            continue
        yield from read_json_lines([line], source_file=source_file, first_line=n)


def _read_archive(archive: IO[bytes], *, source_file: str, settings: Settings) -> Iterator[ReadResult]:
    for item in archive_members(archive, where=source_file, settings=settings, readable=DOCUMENT_SUFFIXES):
        if isinstance(item, ReadFailure):
            yield item
        else:
            member, data = item
            yield from read_bytes(member, data, source_file=f"{source_file}!{member}", settings=settings)


def _is_html_page(text: str) -> bool:
    """A saved web page, whatever its name says."""
    return text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def _check_size(size: int, limit: int, what: str) -> None:
    if size > limit:
        setting = {"archive": "ARCHIVE", "web page": "HTML"}.get(what, "FILE")
        raise ReadError(
            f"{what} is {size / MB:.1f} MB, over the {limit / MB:.0f} MB limit (setting DASHBOARD_MAX_{setting}_MB)"
        )

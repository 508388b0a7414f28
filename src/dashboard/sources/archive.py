"""The members of a .zip archive, read in memory within limits: nothing is ever written to disk.

Sizes declared in an archive can lie, so a member is decompressed in chunks and abandoned as soon as it
passes the size or compression-ratio limit; the archive's total is counted the same way.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO

from dashboard.config import Settings
from dashboard.sources.errors import ReadError, ReadFailure

CHUNK = 64 * 1024
# Below this size a high compression ratio is harmless (a page of blanks compresses 1000:1).
RATIO_FLOOR = 1024 * 1024
SKIPPED_FOLDERS = {"__MACOSX"}


class LimitExceeded(Exception):
    """Decompressing a member went past a limit."""


class ArchiveFull(Exception):
    """The archive as a whole unpacks to more than its limit."""


def archive_members(
    archive: Path | IO[bytes], *, where: str, settings: Settings, readable: set[str]
) -> Iterator[tuple[str, bytes] | ReadFailure]:
    """(member name, contents) for every member with a readable suffix, or a failure naming the member."""
    try:
        zf = zipfile.ZipFile(archive)
        members = [m for m in zf.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as err:
        raise ReadError(f"not a readable zip archive ({err})") from err
    if len(members) > settings.max_archive_members:
        raise ReadError(f"archive has {len(members)} files, over the limit of {settings.max_archive_members}")
    budget = settings.max_archive_bytes
    with zf:
        for member in sorted(members, key=lambda m: m.filename):
            name, member_where = member.filename, f"{where}!{member.filename}"
            problem = _unsafe_name(name)
            if problem:
                yield ReadFailure(member_where, f"unsafe name in the archive ({problem}); skipped")
                continue
            path = PurePosixPath(name.replace("\\", "/"))
            if any(p.startswith(".") or p in SKIPPED_FOLDERS for p in path.parts):
                continue
            suffix = path.suffix.lower()
            if suffix == ".zip":
                yield ReadFailure(member_where, "an archive inside an archive is not opened; unpack it first")
                continue
            if suffix not in readable:
                continue
            if member.flag_bits & 0x1:
                yield ReadFailure(member_where, "member is encrypted; skipped")
                continue
            try:
                data = _inflate(zf, member, settings=settings, budget=budget)
            except ArchiveFull:
                yield ReadFailure(
                    where,
                    f"archive unpacks to more than {_mb(settings.max_archive_bytes)}; "
                    f"stopped at {name}, the rest is not read",
                )
                return
            except LimitExceeded as err:
                yield ReadFailure(member_where, f"{err}; skipped (a zip bomb?)")
                continue
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError) as err:
                yield ReadFailure(member_where, f"member cannot be unpacked ({err})")
                continue
            budget -= len(data)
            yield name, data


def _inflate(zf: zipfile.ZipFile, member: zipfile.ZipInfo, *, settings: Settings, budget: int) -> bytes:
    """A member's bytes, refusing it the moment it passes the file limit, the archive budget or the ratio."""
    limit = settings.max_file_bytes
    compressed = max(member.compress_size, 1)
    if member.file_size > limit:
        raise LimitExceeded(f"unpacks to {member.file_size / (1024 * 1024):.1f} MB, over the {_mb(limit)} limit")
    if member.file_size > budget:
        raise ArchiveFull
    if member.file_size > RATIO_FLOOR and member.file_size / compressed > settings.max_archive_ratio:
        raise LimitExceeded(
            f"compression ratio {member.file_size // compressed}:1 is over the {settings.max_archive_ratio}:1 limit"
        )
    chunks: list[bytes] = []
    size = 0
    with zf.open(member) as handle:
        while chunk := handle.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise LimitExceeded(f"unpacks to more than the {_mb(limit)} limit")
            if size > budget:
                raise ArchiveFull
            if size > RATIO_FLOOR and size / compressed > settings.max_archive_ratio:
                raise LimitExceeded(f"compression ratio is over the {settings.max_archive_ratio}:1 limit")
            chunks.append(chunk)
    return b"".join(chunks)


def _unsafe_name(name: str) -> str:
    """Why a member name could escape a folder it were unpacked into, or "" when it is safe."""
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")):
        return "absolute path"
    if ".." in parts:
        return "'..' in the path"
    if ":" in parts[0]:
        return "drive letter"
    if "\x00" in name:
        return "NUL character"
    return ""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"

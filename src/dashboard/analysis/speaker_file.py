"""The speakers file (`data/speakers.toml`): speakers a user pins, each with a name, aliases, and optionally a kind,
role and affiliation; read and checked with a message naming the line, and applied to quote rows.

A quote whose speaker, as its article gave it, is an entry's name or alias shows the entry's name, and the kind, role
and affiliation the entry gives (the article's where the entry gives none). Every quote row also keeps what its
article said (`article_*` columns) and where each shown field came from (`*_from`: "article" or "file"), so an edited
file is applied again to stored quotes without parsing anything (`store.speakers`). Names compare the way the product
files them (`names.clean_name`): case, spacing, a leading "the" and a possessive aside, and leading titles too when
at least two words remain ("Premier Li Qiang" is "Li Qiang", while "Defence Ministry" stays itself).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dashboard import schema
from dashboard.analysis.names import clean_name, without_suffix
from dashboard.config import Settings

FROM_ARTICLE, FROM_FILE = "article", "file"
#: Per profile field: the column a quote shows, the column keeping what its article said, and where it came from.
FIELDS = (
    ("speaker", "article_speaker", "speaker_from"),
    ("speaker_kind", "article_kind", "kind_from"),
    ("role", "article_role", "role_from"),
    ("affiliation", "article_affiliation", "affiliation_from"),
)
ENTRY_KEYS = ("name", "aliases", "kind", "role", "affiliation")
_HEADER = re.compile(r"""^\s*\[\[\s*(?:speaker|"speaker"|'speaker')\s*\]\]""")


class SpeakerFileError(Exception):
    """The speakers file cannot be used; the message names the file, the line and what to change."""


@dataclass(frozen=True)
class PinnedSpeaker:
    """One entry of the file; a field left as None keeps what the article says, "" says there is none."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    role: str | None = None
    affiliation: str | None = None
    line: int = field(default=0, compare=False)

    def pins(self) -> dict[str, str]:
        """The quote columns this entry fixes."""
        given = {"speaker": self.name, "speaker_kind": self.kind, "role": self.role, "affiliation": self.affiliation}
        return {column: value for column, value in given.items() if value is not None}


class NameClash(ValueError):
    """Two entries claim the same name (once case and titles are set aside)."""

    def __init__(self, name: str, first: PinnedSpeaker, second: PinnedSpeaker):
        super().__init__(f"{name!r} is a name or alias of both {first.name!r} and {second.name!r}")
        self.name, self.first, self.second = name, first, second


class SpeakerFile:
    """The pinned speakers, looked up by any of their names."""

    def __init__(self, speakers: Iterable[PinnedSpeaker] = (), path: Path | None = None):
        self.speakers = tuple(speakers)
        self.path = path
        self._by_key: dict[str, PinnedSpeaker] = {}
        for speaker in self.speakers:
            for name in (speaker.name, *speaker.aliases):
                for key in name_keys(name):
                    other = self._by_key.setdefault(key, speaker)
                    if other is not speaker:
                        raise NameClash(name, other, speaker)

    def match(self, speaker: object) -> PinnedSpeaker | None:
        """The entry a speaker's name (as an article gives it) belongs to, if any."""
        if not isinstance(speaker, str) or not speaker.strip():
            return None
        return next((self._by_key[key] for key in name_keys(speaker) if key in self._by_key), None)

    def pin(self, said: Mapping[str, object]) -> dict[str, object]:
        """The profile columns of a quote whose article said `said` (speaker, speaker_kind, role, affiliation): what
        the article said, what the quote shows, and where each shown field came from."""
        entry = self.match(said.get("speaker"))
        pins = entry.pins() if entry else {}
        columns: dict[str, object] = {}
        for shown, kept, source in FIELDS:
            columns[kept] = said.get(shown)
            columns[shown] = pins.get(shown, said.get(shown))
            columns[source] = FROM_FILE if shown in pins else FROM_ARTICLE
        return columns

    def repin(self, quotes: list[dict]) -> list[dict]:
        """Quote rows analysed elsewhere (a Parquet extract) pinned by this file from what their articles said; rows
        written before quotes kept that (no `speaker_from`) show what their article said."""
        return [{**q, **self.pin(said_of(q))} for q in quotes]


def said_of(quote: Mapping[str, object]) -> dict[str, object]:
    """What a quote row's article said of its speaker, under the names of the shown columns."""
    if quote.get("speaker_from") is None:
        return {shown: quote.get(shown) for shown, _, _ in FIELDS}
    return {shown: quote.get(kept) for shown, kept, _ in FIELDS}


#: No speaker pinned: every quote shows what its article said.
NO_SPEAKERS = SpeakerFile()


def name_keys(name: str) -> tuple[str, ...]:
    """The forms a name is matched under: as written, and without leading titles (and a generational suffix, as
    quotes show a person: `profiles`) when two words remain."""
    plain = clean_name(name, "ORG").casefold()
    bare = without_suffix(clean_name(name, "PERSON")).casefold()
    return (plain,) if bare == plain or len(bare.split()) < 2 else (plain, bare)


def speaker_file_of(settings: Settings) -> SpeakerFile:
    """The configured speakers file; the default one may be absent, a file named by DASHBOARD_SPEAKERS may not."""
    return load_speaker_file(settings.speakers_file, missing_ok=not settings.speakers_file_named)


def load_speaker_file(path: str | Path, *, missing_ok: bool = False) -> SpeakerFile:
    """The entries of a speakers file (see data/speakers.toml), or a SpeakerFileError naming the line at fault."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        if missing_ok:
            return SpeakerFile(path=path)
        raise SpeakerFileError(f"speakers file {path} does not exist") from err
    except (OSError, UnicodeDecodeError) as err:
        raise SpeakerFileError(f"speakers file {path} cannot be read: {err}") from err
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise SpeakerFileError(f"speakers file {path} is not valid TOML: {err}") from err
    entries = data.get("speaker", [])
    where = _Where(path, text, len(entries) if isinstance(entries, list) else 0)
    for key in data:
        if key != "speaker":
            raise SpeakerFileError(
                f"{where.top(key)}: unknown table or key {key!r}; each speaker is a [[speaker]] table with "
                f"{', '.join(ENTRY_KEYS)}"
            )
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise SpeakerFileError(f"{where.top('speaker')}: write each speaker as a [[speaker]] table (double brackets)")
    speakers = [_entry(where, index, entry) for index, entry in enumerate(entries)]
    try:
        return SpeakerFile(speakers, path)
    except NameClash as clash:
        index = next(i for i, speaker in enumerate(speakers) if speaker is clash.second)
        first = f" (line {clash.first.line})" if clash.first.line else ""
        raise SpeakerFileError(
            f"{where.value(index, clash.name)}: {clash.name!r} is already a name or alias of {clash.first.name!r}"
            f"{first}; a name belongs to one speaker"
        ) from None


def _entry(where: _Where, index: int, entry: dict) -> PinnedSpeaker:
    for key in entry:
        if key not in ENTRY_KEYS:
            raise SpeakerFileError(
                f"{where.key(index, key)}: unknown key {key!r}; a speaker has {', '.join(ENTRY_KEYS)}"
            )
    name = entry.get("name")
    if name is None:
        raise SpeakerFileError(f'{where.key(index)}: this speaker has no name; add name = "..."')
    if not isinstance(name, str) or not name.strip():
        raise SpeakerFileError(f"{where.key(index, 'name')}: the name must be text, not {name!r}")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise SpeakerFileError(f'{where.key(index, "aliases")}: aliases must be a list of names, such as ["J. Doe"]')
    kind = entry.get("kind")
    if kind is not None and (not isinstance(kind, str) or kind.strip().lower() not in schema.SPEAKER_KINDS):
        raise SpeakerFileError(
            f"{where.key(index, 'kind')}: kind {kind!r} is not one of {', '.join(schema.SPEAKER_KINDS)}"
        )
    for key in ("role", "affiliation"):
        if not isinstance(entry.get(key, ""), str):
            raise SpeakerFileError(f'{where.key(index, key)}: {key} must be text ("" says there is none)')
    return PinnedSpeaker(
        " ".join(name.split()),
        tuple(" ".join(alias.split()) for alias in aliases),
        kind.strip().lower() if isinstance(kind, str) else None,
        _text(entry.get("role")),
        _text(entry.get("affiliation")),
        line=where.header(index),
    )


def _text(value: str | None) -> str | None:
    return None if value is None else " ".join(value.split())


class _Where:
    """Where things are in the file, for messages: tomllib gives a position only for syntax errors."""

    def __init__(self, path: Path, text: str, entries: int):
        self.path = path
        self.lines = text.splitlines()
        headers = [n for n, line in enumerate(self.lines, start=1) if _HEADER.match(line)]
        # Lines that only look like headers (inside a multi-line string) would misplace every message: then none.
        self.headers = headers if len(headers) == entries else []

    def top(self, key: str) -> str:
        """The first line that opens the top-level table or key."""
        pattern = re.compile(rf"""^\s*(?:\[+\s*)?["']?{re.escape(key)}["']?\s*(?:\]|=|\.)""")
        return self._at(next((n for n, line in enumerate(self.lines, start=1) if pattern.match(line)), 0))

    def header(self, index: int) -> int:
        """The line of the index-th [[speaker]] header; 0 if the headers could not be told apart."""
        return self.headers[index] if index < len(self.headers) else 0

    def key(self, index: int, key: str = "") -> str:
        """The line of `key = ...` in the index-th speaker (its header line without a key)."""
        pattern = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*=""")
        return self._at(self._find(index, pattern.match) if key else self.header(index), index)

    def value(self, index: int, text: str) -> str:
        """The line holding the quoted text in the index-th speaker."""
        return self._at(self._find(index, lambda line: f'"{text}"' in line or f"'{text}'" in line), index)

    def _find(self, index: int, test: Callable[[str], object]) -> int:
        start = self.header(index)
        if not start:
            return 0
        end = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.lines) + 1
        return next((n for n in range(start, end) if test(self.lines[n - 1])), start)

    def _at(self, line: int, index: int | None = None) -> str:
        if line:
            return f"speakers file {self.path}, line {line}"
        return f"speakers file {self.path}" + (f", speaker {index + 1}" if index is not None else "")

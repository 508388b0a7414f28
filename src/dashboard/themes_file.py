"""The themes file read as TOML tables, with a message naming the file when it cannot be: the analysis checks and
compiles each table (`analysis/themes/loading.py`), and the dashboard's sidebar lists their names without importing
the analysis (and spaCy with it)."""

from __future__ import annotations

import tomllib
from pathlib import Path


class ThemesError(Exception):
    """The themes file is missing or malformed."""


def theme_tables(path: str | Path) -> dict:
    """The file's TOML tables, by name."""
    path = Path(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ThemesError(f"themes file {path} does not exist") from err
    except (OSError, UnicodeDecodeError) as err:
        raise ThemesError(f"themes file {path} cannot be read: {err}") from err
    except tomllib.TOMLDecodeError as err:
        raise ThemesError(f"themes file {path} is not valid TOML: {err}") from err

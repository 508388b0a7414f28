"""Shared fixtures: the real spaCy pipeline (loaded once), the real themes file, the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.analysis import load
from dashboard.analysis.themes import load_themes
from dashboard.config import Settings
from dashboard.sources import read_paths

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SEED = SAMPLES / "news-23082024-110344.txt"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.from_env()


@pytest.fixture(scope="session")
def nlp(settings):
    return load(settings.spacy_model)


@pytest.fixture(scope="session")
def themes(settings):
    return load_themes(settings.themes_file)


@pytest.fixture(scope="session")
def seed_article():
    (article,) = read_paths([SEED])
    return article

"""Integration fixtures: a store of the sample articles, filled by the real pipeline once per module."""

from __future__ import annotations

import pytest

from dashboard.store import Store
from tests.stores import fill


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, nlp, themes) -> Store:
    return fill(tmp_path_factory.mktemp("samples") / "samples.duckdb", nlp, themes)

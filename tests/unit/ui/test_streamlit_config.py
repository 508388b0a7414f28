"""The safe server defaults in .streamlit/config.toml, as Streamlit itself reads them."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT

CONFIG = ROOT / ".streamlit" / "config.toml"


def test_the_server_listens_on_this_machine_only_and_caps_uploads():
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    assert config["server"]["address"] == "localhost"
    assert 0 < config["server"]["maxUploadSize"] <= 20
    assert config["server"]["headless"] is True
    assert config["browser"]["gatherUsageStats"] is False


def test_streamlits_own_table_csv_export_is_off():
    # Streamlit's table toolbar writes cells as they are (a cell "=HYPERLINK(...)" stays a formula); every table
    # has our escaped download instead.
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    assert config["client"]["disableDataExport"] is True

"""The command line, `python -m dashboard extract|ingest|export|info|retopic|speakers|rebuild`: the product without
the browser.

`main` parses the command, `ingest` runs extract and ingest, `export` writes filtered CSV tables, `admin`
looks after the store (info, retopic, speakers, rebuild), and `console` prints progress and failures.
"""

from dashboard.cli.main import main

__all__ = ["main"]

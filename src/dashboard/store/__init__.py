"""Storage: the DuckDB file that keeps every table, added to in whole articles and read by short connections.

`store` is the entry point for writing (`Store`); `connection` opens the file and shares it with other
processes, `tables` creates and reads the tables, `migrations` records the schema version and upgrades older
stores (the one place a schema change goes), `writes` places and inserts analysed articles, `reader` is the
read-only side the dashboard and `export` use (a store file or a Parquet folder), `queries` states the filters
in SQL once (the `kept_*` views), `scratch` keeps what recent filters keep for every page run on a store file,
`parquet` reads and writes the partitions of a distributed extract,
`retopic` recomputes the stored themes, `speakers` applies an edited speakers file to the stored quotes, and
`rebuild` analyses every stored text again and swaps the result in whole.
"""

from dashboard.store.connection import StoreBusy, StoreError
from dashboard.store.migrations import StoreOutdated
from dashboard.store.store import Store
from dashboard.store.writes import AddResult, derived_id, is_stored

__all__ = ["AddResult", "Store", "StoreBusy", "StoreError", "StoreOutdated", "derived_id", "is_stored"]

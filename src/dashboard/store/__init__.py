"""Storage: the DuckDB file that keeps every table, added to in whole articles and read by short connections.

`store` is the entry point (`Store`); `connection` opens the file and shares it with other processes,
`tables` creates and reads the tables, `writes` places and inserts analysed articles, `queries` answers the
pages' filters in SQL, `parquet` reads and writes the partitions of a distributed extract, and `retopic`
recomputes the stored themes.
"""

from dashboard.store.connection import StoreBusy, StoreError
from dashboard.store.store import Store
from dashboard.store.writes import AddResult, derived_id, is_stored

__all__ = ["AddResult", "Store", "StoreBusy", "StoreError", "derived_id", "is_stored"]

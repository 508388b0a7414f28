"""Page query results kept for reuse, shared by every session of the server and bounded in entries and in bytes.

A result is keyed by the store (its location and version), the filters and the query with its arguments, so a
change to the store or to any filter asks DuckDB again, and every viewer of the same view shares one answer.
The least recently used results go first when either bound is reached. Results are small frames and values,
shared read-only: callers never change what they get.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Hashable

import pandas as pd

MAX_ENTRIES = 500
MAX_BYTES = 256 * 2**20


class Answers:
    """A thread-safe least-recently-used store of results, bounded in entries and in (estimated) bytes."""

    def __init__(self, *, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES):
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._items: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> tuple[bool, object]:
        """(True, result) when the key is known, else (False, None)."""
        with self._lock:
            if key not in self._items:
                return False, None
            self._items.move_to_end(key)
            return True, self._items[key][0]

    def put(self, key: Hashable, value: object) -> None:
        """Keep a result, dropping the least recently used ones beyond the bounds (a result larger than the byte
        bound is not kept)."""
        size = size_of(value)
        with self._lock:
            if key in self._items:
                self._bytes -= self._items.pop(key)[1]
            if size > self.max_bytes:
                return
            self._items[key] = (value, size)
            self._bytes += size
            while len(self._items) > self.max_entries or self._bytes > self.max_bytes:
                self._bytes -= self._items.popitem(last=False)[1][1]

    def __len__(self) -> int:
        return len(self._items)

    @property
    def bytes(self) -> int:
        return self._bytes


def size_of(value: object) -> int:
    """Bytes a result holds, roughly: frames by their memory use, containers by their items."""
    if isinstance(value, pd.DataFrame | pd.Series):
        return int(
            value.memory_usage(deep=True).sum() if isinstance(value, pd.DataFrame) else value.memory_usage(deep=True)
        )
    if isinstance(value, dict):
        return sys.getsizeof(value) + sum(size_of(k) + size_of(v) for k, v in value.items())
    if isinstance(value, list | tuple | set):
        return sys.getsizeof(value) + sum(size_of(v) for v in value)
    return sys.getsizeof(value)

"""Queries asked ahead: a page's questions that need nothing the page computes first run on a connection of their
own, under the same filters, while the page goes on with its other questions on its connection.

A page's queries keep a second core busy only in part (short scans, small groupings), so two at once finish
sooner than one after the other: the Themes page, asking its heatmap's query beside its charts', runs 8-15% faster
at 100k and 1M generated articles; at 100k the Overview, asking the entities' counts beside the headline counts and
charts, 10-15%, and the Analysts page, asking its analysts by theme and affiliations beside the speakers' table, 5-15%
(interleaved runs on an idle machine; on a busy one, with no core to spare, they gain nothing). What a page asks
ahead must share no entity keys with what it asks meanwhile (each connection makes its own, `queries.prepared`):
made twice, they cost more than the overlap saves.
The page must ask for each answer in the end: `take` waits for it, and raises what the query raised.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import Future
from typing import Any

from dashboard.store.filters import Filters
from dashboard.store.reader import Reader

#: A query and its arguments, as a page asks it: `(views.theme_entities,)`, `(views.top_speakers, 200)`.
Call = tuple[Any, ...]


class Ahead:
    """The answers to `calls`, computed in order on a thread and connection of their own."""

    def __init__(self, reader: Reader, filters: Filters, calls: Sequence[Call]):
        self._answers: dict[Call, Future] = {call: Future() for call in dict.fromkeys(calls)}
        self._thread = threading.Thread(target=self._run, args=(reader, filters), name="queries ahead", daemon=True)
        self._thread.start()

    def __contains__(self, call: Call) -> bool:
        return call in self._answers

    def take(self, call: Call, timeout: float | None = None) -> Any:
        """The answer to a call asked ahead, once it is ready (`TimeoutError` if it is not within `timeout` s)."""
        return self._answers[call].result(timeout)

    def close(self) -> None:
        """Wait for the queries still running, so that their connection is given back."""
        self._thread.join()

    def _run(self, reader: Reader, filters: Filters) -> None:
        pending = list(self._answers.items())
        try:
            with reader.connect(filters, alongside=True) as con:  # the page holds its own: no waiting for a writer
                while pending:
                    (query, *args), answer = pending.pop(0)
                    try:
                        answer.set_result(query(con, *args))
                    except Exception as err:  # noqa: BLE001 - handed to the page, which asks for the answer
                        answer.set_exception(err)
        except Exception as err:  # noqa: BLE001 - no connection: every answer still to come is this error
            for _, answer in pending:
                answer.set_exception(err)

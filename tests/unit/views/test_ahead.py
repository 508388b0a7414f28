"""Queries asked ahead on a connection of their own give the answers the page's connection gives, under the same
filters, and hand a query's error to the page that takes its answer."""

from __future__ import annotations

import threading
import time

import pandas as pd
import pytest

from dashboard import views
from dashboard.store.connection import writer_marker, writer_waiting
from dashboard.store.filters import Filters
from dashboard.store.reader import Reader
from dashboard.views.ahead import Ahead
from tests.stores import fill


@pytest.fixture(scope="module")
def reader(tmp_path_factory, nlp, themes) -> Reader:
    return Reader(fill(tmp_path_factory.mktemp("ahead") / "samples.duckdb", nlp, themes).path)


@pytest.mark.parametrize("filters", [Filters(), Filters(themes=("trade",)), Filters(text="China")], ids=repr)
def test_answers_asked_ahead_equal_those_of_the_page_connection(reader, filters):
    calls = [(views.theme_entities,), (views.top_speakers, 5), (views.theme_by, "month")]
    ahead = Ahead(reader, filters, calls)
    with reader.connect(filters) as con:
        expected = [query(con, *args) for query, *args in calls]
    answers = [ahead.take(call) for call in calls]
    ahead.close()
    assert not expected[0].empty and not expected[2].empty
    for answer, wanted in zip(answers, expected, strict=True):
        pd.testing.assert_frame_equal(answer, wanted)


def test_a_query_that_fails_ahead_raises_when_its_answer_is_taken_and_the_others_still_answer(reader):
    def broken(con):
        return con.sql("SELECT no_such_column FROM kept_articles").fetchall()

    ahead = Ahead(reader, Filters(), [(broken,), (views.article_count,)])
    with pytest.raises(Exception, match="no_such_column"):
        ahead.take((broken,))
    assert ahead.take((views.article_count,)) > 0
    assert (broken,) in ahead and (views.theme_entities,) not in ahead
    ahead.close()


def test_a_store_that_cannot_be_opened_fails_every_answer_with_its_error(tmp_path):
    bad = tmp_path / "not-a-store.duckdb"
    bad.write_text("these bytes are no DuckDB database", encoding="utf-8")
    ahead = Ahead(Reader(bad), Filters(), [(views.article_count,), (views.counts,)])
    errors = []
    for call in [(views.article_count,), (views.counts,)]:
        with pytest.raises(Exception) as raised:
            ahead.take(call)
        errors.append(raised.value)
    ahead.close()
    assert errors[0] is errors[1]


def test_queries_asked_ahead_run_while_a_writer_waits_for_the_page_that_asked_them(reader):
    # A writer that waits for the store holds new readers back until the open ones close; the page's own connection
    # stays open until the answers asked ahead arrive, so their connection must not be held back.
    marker = writer_marker(reader.location)
    stop = threading.Event()

    def waiting_writer():
        while not stop.is_set():
            marker.touch()
            stop.wait(0.05)

    writer = threading.Thread(target=waiting_writer)
    try:
        with reader.connect(Filters()) as con:
            writer.start()
            while not writer_waiting(marker):
                time.sleep(0.01)
            ahead = Ahead(reader, Filters(), [(views.article_count,)])
            answer = ahead.take((views.article_count,), timeout=60)  # held back, it would wait for `con` forever
            ahead.close()
            assert answer == views.article_count(con)
    finally:
        stop.set()
        if writer.is_alive():
            writer.join()
        marker.unlink(missing_ok=True)

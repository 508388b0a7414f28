"""Streaming analysis and --workers: the same tables from one process or several, in input order, read lazily."""

from __future__ import annotations

import argparse
import csv
import os
from dataclasses import replace
from itertools import islice
from pathlib import Path

import pandas as pd
import pytest

from dashboard import schema
from dashboard.analysis import analyse, analyse_article, to_frames
from dashboard.cli import main
from dashboard.cli.ingest import _workers
from dashboard.scale import parallel
from dashboard.scale.parallel import PARALLEL_FROM, analyse_articles, workers_for
from dashboard.sources import Article, Paragraph, ReadFailure, read_paths
from tests.conftest import SAMPLES


def _article(article_id: str, *texts: str) -> Article:
    return Article(article_id, f"Title of {article_id}", tuple(Paragraph(i, "", t) for i, t in enumerate(texts)))


ARTICLES = [
    _article("empty-first"),
    _article(
        "harbour",
        "Minister Ada Quell said the harbour of Port Elvin would reopen for grain exports.",
        "\u201cThe tariffs must go,\u201d said Jon Brask, an analyst at the Tiller Institute.",
    ),
    _article("empty-middle"),
    _article(
        "fleet",
        "The navy of Norland held an exercise off the coast, officials said.",
        "Troops and warships joined the drill near the border with Estmark.",
        "Ada Quell told reporters the talks in Vellum would continue.",
    ),
    _article("empty-last"),
]


@pytest.fixture(scope="module")
def samples():
    articles = [r for r in read_paths([SAMPLES]) if not isinstance(r, ReadFailure)]
    assert len(articles) >= 5
    return articles


def test_streamed_batches_span_articles_yet_each_article_gets_its_own_docs(nlp, themes):
    results = list(analyse(ARTICLES, nlp, themes, batch_articles=1))
    assert [r.article.article_id for r in results] == [a.article_id for a in ARTICLES]
    for article, result in zip(ARTICLES, results, strict=True):
        alone = analyse_article(article, list(nlp.pipe(p.text for p in article.paragraphs)), themes)
        assert result.rows == alone.rows, article.article_id
    assert len(results[3].rows[schema.PARAGRAPHS]) == 3
    assert results[0].rows[schema.PARAGRAPHS] == []


def test_an_analysed_article_leaves_nothing_kept_in_its_docs(nlp, themes):
    """What the analysis keeps in a Doc (its entities, its words) refers back to the Doc; left there, every analysed
    Doc would stay in memory until the garbage collector's next full pass."""
    article = ARTICLES[3]
    docs = list(nlp.pipe(p.text for p in article.paragraphs))
    rows = analyse_article(article, docs, themes).rows
    assert rows[schema.QUOTES] and rows[schema.ENTITIES]
    assert [[k for k in doc.user_data if str(k).startswith("dashboard.")] for doc in docs] == [[], [], []]


def test_analysis_reads_articles_lazily_so_memory_does_not_grow_with_the_corpus(nlp, themes):
    consumed = 0

    def endless():
        nonlocal consumed
        for n in range(10_000):
            consumed += 1
            yield _article(f"a{n}", "The minister said trade would grow.", "Exports rose in May.")

    stream = analyse(endless(), nlp, themes, batch_articles=2)
    first = next(stream)
    assert first.article.article_id == "a0"
    assert consumed < 40  # about one spaCy batch ahead, not the whole input
    for _ in range(100):
        next(stream)
    assert consumed < 140


def test_two_workers_give_the_same_tables_as_one_in_the_same_order(samples, settings):
    small_chunks = replace(settings, batch_articles=2)  # several chunks, so both workers take turns
    one = to_frames(analyse_articles(samples, small_chunks, workers=1))
    two = to_frames(analyse_articles(samples, small_chunks, workers=2))
    assert list(two[schema.ARTICLES]["article_id"]) == [a.article_id for a in samples]
    for table in schema.COLUMNS:
        pd.testing.assert_frame_equal(one[table], two[table], obj=table)
    assert len(two[schema.ENTITIES]) > 0 and len(two[schema.PARAGRAPH_TOPICS]) > 0


def test_workers_report_progress_per_article_in_the_calling_process(samples, settings):
    seen: list[str] = []
    results = list(
        analyse_articles(
            samples[:4],
            replace(settings, batch_articles=1),
            workers=2,
            on_article=lambda r: seen.append(r.article.article_id),
        )
    )
    assert seen == [a.article_id for a in samples[:4]] == [r.article.article_id for r in results]


def test_fewer_than_one_worker_is_refused(settings):
    with pytest.raises(ValueError, match="at least 1"):
        list(analyse_articles([], settings, workers=0))


def test_cli_extract_with_two_workers_writes_the_same_csv_as_one(tmp_path, monkeypatch):
    speakers = tmp_path / "speakers.toml"
    speakers.write_text('[[speaker]]\nname = "Lena Ostrowska"\nkind = "analyst"\n', encoding="utf-8")
    monkeypatch.setenv("DASHBOARD_SPEAKERS", str(speakers))  # read once, and pinned by every worker
    outs = {}
    for workers in (1, 2):
        outs[workers] = tmp_path / f"w{workers}"
        assert main(["extract", str(SAMPLES), "--out", str(outs[workers]), "--workers", str(workers)]) == 0
    for table in schema.TABLES:
        with (
            (outs[1] / f"{table}.csv").open(encoding="utf-8") as a,
            (outs[2] / f"{table}.csv").open(encoding="utf-8") as b,
        ):
            assert list(csv.reader(a)) == list(csv.reader(b)), table
    with (outs[2] / "quotes.csv").open(encoding="utf-8") as handle:
        envoy = [q for q in csv.DictReader(handle) if q["speaker"] == "Lena Ostrowska"]
    assert {(q["speaker_kind"], q["kind_from"]) for q in envoy} == {("analyst", "file")}
    assert {q["article_kind"] for q in envoy} == {"official"}  # what the articles say, under the file's pin


def test_cli_refuses_zero_workers_with_a_message(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(SAMPLES), "--out", str(tmp_path), "--workers", "0"])
    assert exit_info.value.code == 2
    assert "--workers" in capsys.readouterr().err


def test_a_small_input_is_analysed_in_this_process_and_a_large_one_in_one_process_per_core():
    read = 0

    def articles(n):
        nonlocal read
        for i in range(n):
            read += 1
            yield _article(f"a{i}", "Exports rose in May.")

    workers, kept = workers_for(articles(PARALLEL_FROM), cores=2)
    assert workers == 1 and [a.article_id for a in kept] == [f"a{i}" for i in range(PARALLEL_FROM)]
    read = 0
    workers, kept = workers_for(articles(10_000), cores=2)
    assert workers == 2 and read == PARALLEL_FROM + 1  # counted only as far as the threshold
    assert [a.article_id for a in islice(kept, PARALLEL_FROM + 3)] == [f"a{i}" for i in range(PARALLEL_FROM + 3)]


def test_with_no_workers_asked_a_large_input_goes_to_processes_with_the_same_tables(samples, settings, monkeypatch):
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 3)  # the samples count as a large input
    spread = []
    in_processes = parallel._in_processes
    monkeypatch.setattr(
        parallel,
        "_in_processes",
        lambda articles, s, workers, speakers: spread.append(workers) or in_processes(articles, s, workers, speakers),
    )
    one = to_frames(analyse_articles(samples, settings, workers=1))
    auto = to_frames(analyse_articles(samples, settings, workers=None))
    cores = len(os.sched_getaffinity(0))
    assert spread == ([cores] if cores > 1 else [])  # one per core, none on a single core
    for table in schema.COLUMNS:
        pd.testing.assert_frame_equal(one[table], auto[table], obj=table)


def test_standard_input_is_analysed_as_it_arrives_unless_workers_are_asked_for():
    def asked(paths, workers=None):
        return _workers(argparse.Namespace(paths=[Path(p) for p in paths], workers=workers))

    assert asked(["-"]) == 1 and asked(["-"], 2) == 2
    assert asked(["folder"]) is None and asked(["folder"], 3) == 3

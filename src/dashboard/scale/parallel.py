"""Analysis spread over N worker processes, each loading the model once; results come back in input order.

Articles are sent out in chunks, and only a few chunks per worker are in flight at a time, so memory
stays flat however large the corpus is. Workers return plain rows (never Docs); whoever consumes the
results (a CSV extract, or the store, which has a single writer) stays in the calling process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice

from spacy.language import Language

from dashboard.analysis import Analysed, analyse
from dashboard.analysis.nlp import check, load
from dashboard.analysis.speaker_file import SpeakerFile, speaker_file_of
from dashboard.analysis.themes import Themes, load_themes
from dashboard.config import Settings
from dashboard.sources import Article

#: Chunks queued per worker: enough to keep every worker busy, few enough to bound memory.
CHUNKS_PER_WORKER = 2
#: With no number of workers asked for, an input of more articles than this is analysed in one process per core.
#: Each process loads the model first (2-3 s, side by side), so a smaller input is done sooner in this process; the
#: 175 articles of the dev corpus take 36 s in two processes against 50 s in one, on this 2-core machine.
PARALLEL_FROM = 48

_worker: tuple[Language, Themes, SpeakerFile, int] | None = None


def analyse_articles(
    articles: Iterable[Article],
    settings: Settings,
    *,
    workers: int | None = 1,
    on_article: Callable[[Analysed], None] | None = None,
    speakers: SpeakerFile | None = None,
) -> Iterator[Analysed]:
    """Each article analysed, in input order: in this process for one worker, else in `workers` processes (None:
    as many as the input's size calls for, `workers_for`). The speakers file is read here unless the caller read it
    already (`speakers`), once, so every worker pins the same."""
    if workers is None:
        workers, articles = workers_for(articles)
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if speakers is None:
        speakers = speaker_file_of(settings)
    if workers == 1:
        nlp, themes = load(settings.spacy_model), load_themes(settings.themes_file)
        yield from analyse(
            articles, nlp, themes, batch_articles=settings.batch_articles, on_article=on_article, speakers=speakers
        )
        return
    check(settings.spacy_model)
    load_themes(settings.themes_file)  # a bad themes file is reported here, not as a broken worker pool
    for result in _in_processes(articles, settings, workers, speakers):
        if on_article:
            on_article(result)
        yield result


def workers_for(articles: Iterable[Article], cores: int | None = None) -> tuple[int, Iterator[Article]]:
    """How many processes the articles call for: one per core (`cores`, by default those this process may run on)
    when there are more than `PARALLEL_FROM`, else one; and the articles, still all there (the first few were read
    to count them)."""
    iterator = iter(articles)
    head = list(islice(iterator, PARALLEL_FROM + 1))
    cores = cores or len(os.sched_getaffinity(0))
    return (cores if len(head) > PARALLEL_FROM else 1), chain(head, iterator)


def _in_processes(
    articles: Iterable[Article], settings: Settings, workers: int, speakers: SpeakerFile
) -> Iterator[Analysed]:
    context = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited threads or model copies
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(settings, speakers))
    in_flight: deque[Future[list[Analysed]]] = deque()
    iterator = iter(articles)
    try:
        while chunk := list(islice(iterator, settings.batch_articles)):
            in_flight.append(pool.submit(_analyse_chunk, chunk))
            if len(in_flight) >= workers * CHUNKS_PER_WORKER:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start_worker(settings: Settings, speakers: SpeakerFile) -> None:
    global _worker
    _worker = (load(settings.spacy_model), load_themes(settings.themes_file), speakers, settings.batch_articles)


def _analyse_chunk(chunk: list[Article]) -> list[Analysed]:
    assert _worker is not None, "worker process was not initialised"
    nlp, themes, speakers, batch_articles = _worker
    return list(analyse(chunk, nlp, themes, batch_articles=batch_articles, speakers=speakers))

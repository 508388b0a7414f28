"""Analysis spread over N worker processes, each loading the model once; results come back in input order.

Articles are sent out in chunks, and only a few chunks per worker are in flight at a time, so memory
stays flat however large the corpus is. Workers return plain rows (never Docs); whoever consumes the
results (a CSV extract, or the store, which has a single writer) stays in the calling process.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from spacy.language import Language

from dashboard.analysis import Analysed, analyse
from dashboard.analysis.nlp import check, load
from dashboard.analysis.speaker_file import SpeakerFile, speaker_file_of
from dashboard.analysis.themes import Themes, load_themes
from dashboard.config import Settings
from dashboard.sources import Article

#: Chunks queued per worker: enough to keep every worker busy, few enough to bound memory.
CHUNKS_PER_WORKER = 2

_worker: tuple[Language, Themes, SpeakerFile, int] | None = None


def analyse_articles(
    articles: Iterable[Article],
    settings: Settings,
    *,
    workers: int = 1,
    on_article: Callable[[Analysed], None] | None = None,
    speakers: SpeakerFile | None = None,
) -> Iterator[Analysed]:
    """Each article analysed, in input order: in this process for one worker, else in `workers` processes. The
    speakers file is read here unless the caller read it already (`speakers`), once, so every worker pins the same."""
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

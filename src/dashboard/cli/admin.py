"""`info`, `retopic`, `speakers` and `rebuild`: look into the store, recompute its themes after the themes file
changed, show its quotes' speakers as the speakers file says after that file changed, and analyse every stored text
again (after an upgrade the store cannot follow in place, or to refresh old analyses)."""

from __future__ import annotations

import argparse
import time

from rich.markup import escape

from dashboard.analysis import load
from dashboard.analysis.speaker_file import SpeakerFile, speaker_file_of
from dashboard.analysis.themes import load_themes
from dashboard.cli.console import console, progress_bar
from dashboard.config import Settings
from dashboard.store import Store


def run_info(args: argparse.Namespace, settings: Settings) -> int:
    store = Store(settings.store_path)
    print(f"store: {settings.store_path} (schema version {store.schema_version()})")
    for table, n in store.counts().items():
        print(f"{table:18} {n:>10}")
    broken = store.incomplete()
    if not broken.empty:
        print(f"incomplete articles: {', '.join(sorted(set(broken['article_id'])))}")
        return 1
    return 0


def run_retopic(args: argparse.Namespace, settings: Settings) -> int:
    from dashboard.store.retopic import retopic

    store = Store(settings.store_path)
    n = retopic(store, load(settings.spacy_model), load_themes(settings.themes_file))
    console.print(f"recomputed themes of {n} paragraphs from {settings.themes_file}")
    return 0


def run_speakers(args: argparse.Namespace, settings: Settings) -> int:
    from dashboard.store.speakers import apply_speaker_file

    speakers = speaker_file_of(settings)
    console.print(escape(f"speakers file {settings.speakers_file}: {len(speakers.speakers)} speaker(s) pinned"))
    if args.check:
        for line in _described(speakers):
            console.print(escape(f"  {line}"))
        return 0
    done = apply_speaker_file(Store(settings.store_path), speakers)
    console.print(
        f"applied to {done.quotes:,} stored quotes: {sum(done.pinned.values()):,} show a pinned speaker, "
        f"{done.changed:,} changed -> {escape(str(settings.store_path))}"
    )
    for speaker in speakers.speakers:
        if speaker.name not in done.pinned:
            console.print(
                escape(
                    f"note: no stored quote is of {speaker.name!r} (line {speaker.line}); check its name and aliases"
                )
            )
    return 0


def _described(speakers: SpeakerFile) -> list[str]:
    """One line per pinned speaker: its line in the file, name, aliases and the fields it fixes."""
    lines = []
    for speaker in speakers.speakers:
        fixed = {"kind": speaker.kind, "role": speaker.role, "affiliation": speaker.affiliation}
        parts = [f"{key} {value!r}" for key, value in fixed.items() if value is not None]
        aliases = f" (also {', '.join(map(repr, speaker.aliases))})" if speaker.aliases else ""
        lines.append(f"line {speaker.line}: {speaker.name}{aliases}: {', '.join(parts) or 'name only'}")
    return lines


def run_rebuild(args: argparse.Namespace, settings: Settings) -> int:
    from dashboard.scale.parallel import analyse_articles
    from dashboard.store.rebuild import rebuild

    store, started = Store(settings.store_path), time.monotonic()
    with progress_bar() as progress:
        task = progress.add_task("rebuilding", total=None)
        done = rebuild(
            store,
            lambda articles: analyse_articles(
                articles, settings, workers=args.workers, on_article=lambda _: progress.advance(task)
            ),
        )
    version = store.schema_version()
    upgraded = f"{done.from_version} -> {version}" if done.from_version != version else f"{version}"
    console.print(
        f"rebuilt {done.articles} articles from their stored texts in {time.monotonic() - started:.1f} s "
        f"(schema version {upgraded}) -> {settings.store_path}"
    )
    console.print(f"{'table':18} {'before':>10} {'after':>10}")
    for table, after in done.after.items():
        console.print(f"{table:18} {done.before[table]:>10} {after:>10}")
    if done.kept:
        console.print(f"kept {done.kept} articles ingested while the rebuild ran, as they were written")
    return 0

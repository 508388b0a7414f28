"""A store of N generated articles, written by DuckDB itself (seconds for a million articles, little memory).

Per article: 8 paragraphs of 30 words from a small vocabulary, each labelled with each of 3 themes with
probability 0.22 (the `topics` cell and the `paragraph_topics` rows agree); 12 entity mentions and 3 quotes
in random paragraphs of the store. Names are skewed as in news: most mentions go to a few thousand
Zipf-distributed names, and a long tail (30% of entity mentions, 20% of quotes) to N/2 entity names and N/20
speakers, so a million articles name about 500,000 distinct entities. Every draw is a hash of the row number:
the same N gives the same store.
"""

from __future__ import annotations

from pathlib import Path

from dashboard import schema
from dashboard.store import Store, keys

THEMES = ("trade", "military", "diplomacy")
KINDS = ("analyst", "official", "institution", "unnamed", "other")
LABELS = ("PERSON", "ORG", "GPE", "NORP")
SOURCES = ("Wire A", "Wire B", "Paper C")
WORDS = (
    "port",
    "fees",
    "grain",
    "corridor",
    "talks",
    "trade",
    "export",
    "sanction",
    "military",
    "drill",
    "navy",
    "patrol",
    "summit",
    "minister",
    "visit",
    "treaty",
    "economy",
    "bank",
    "currency",
    "tariff",
    "shipping",
    "berth",
    "cargo",
    "customs",
    "quota",
    "council",
    "envoy",
    "analyst",
)
PARAGRAPHS = 8
HEAD_NAMES, HEAD_SPEAKERS = 3000, 800


def _list(values) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def _pick(values, draw: str) -> str:
    """One of the values, chosen by a hash expression."""
    return f"{_list(values)}[1 + ({draw}) % {len(values)}]"


def _draw(*parts: str) -> str:
    """A repeatable pseudo-random non-negative integer from the row's numbers and a salt."""
    return f"(hash({', '.join(parts)}) % 1000000007)::BIGINT"


def _flag(paragraph: str, theme: str) -> str:
    return f"({_draw(paragraph, theme)} % 100 < 22)"


def _topics(paragraph: str) -> str:
    labels = ", ".join(f"CASE WHEN {_flag(paragraph, repr(t))} THEN '{t}' END" for t in THEMES)
    return f"concat_ws('{schema.TOPIC_SEPARATOR}', {labels})"


def _words(row: str, n: int) -> str:
    return f"array_to_string(list_transform(range({n}), lambda k: {_pick(WORDS, _draw(row, 'k'))}), ' ')"


def _zipf(row: str, salt: str, exponent: float, cap: int) -> str:
    """A Zipf-like draw in 0..cap-1: rank r with probability falling as r^-(1 + 1/exponent)."""
    uniform = f"(({_draw(row, salt)} % 1000000) + 1) / 1000000.0"
    return f"least(floor(pow({uniform}, -{exponent})), {cap})::BIGINT - 1"


def statements(n: int) -> dict[str, str]:
    """The INSERT ... SELECT of each table for n articles."""
    article = "'gen-' || lpad(({a})::VARCHAR, 7, '0')"
    of_paragraph = article.format(a=f"p // {PARAGRAPHS}")
    names, speakers = max(HEAD_NAMES, n // 2), max(HEAD_SPEAKERS, n // 20)
    return {
        schema.ARTICLES: f"""
            SELECT {article.format(a="i")}, 'Generated article ' || i,
                   TIMESTAMP '2022-01-01' + to_hours({_draw("i", "'published'")} % (3 * 365 * 24)),
                   {_pick(SOURCES, _draw("i", "'source'"))}, '', (200 + {_draw("i", "'words'")} % 1000)::INTEGER,
                   TIMESTAMP '2026-01-01', {article.format(a="i")}
            FROM range({n}) t(i)""",
        schema.PARAGRAPHS: f"""
            SELECT {of_paragraph}, (p % {PARAGRAPHS})::INTEGER,
                   CASE WHEN {_draw("p", "'headed'")} % 2 = 0 THEN 'Section ' || {_draw("p", "'section'")} % 50
                        ELSE '' END,
                   {_words("p", 30)}, {_topics("p")}, ''
            FROM range({n * PARAGRAPHS}) t(p)""",
        schema.PARAGRAPH_TOPICS: f"""
            SELECT {of_paragraph}, (p % {PARAGRAPHS})::INTEGER, theme, {_flag("p", "theme")}::INTEGER::DOUBLE,
                   {_flag("p", "theme")}, ''
            FROM range({n * PARAGRAPHS}) t(p), (SELECT unnest({_list(THEMES)}) AS theme)""",
        schema.ENTITIES: f"""
            SELECT {of_paragraph}, (p % {PARAGRAPHS})::INTEGER, 'Entity ' || e, {_pick(LABELS, "e")},
                   'Entity ' || e, 0, 8
            FROM (SELECT {_draw("j", "'paragraph'")} % {n * PARAGRAPHS} AS p,
                         CASE WHEN {_draw("j", "'tail'")} % 100 < 30
                              THEN {HEAD_NAMES} + {_draw("j", "'name'")} % {names}
                              ELSE {_zipf("j", "'zipf'", 2.5, HEAD_NAMES)} END AS e
                  FROM range({n * 12}) t(j))""",
        schema.QUOTES: f"""
            SELECT quote_id, article_id, paragraph, speaker, kind, affiliation, 'fellow', 'say', words, '', false,
                   topics, 0, 80, speaker, kind, 'fellow', affiliation, 'article', 'article', 'article', 'article'
            FROM (SELECT {of_paragraph} || ':q' || j AS quote_id, {of_paragraph} AS article_id,
                         (p % {PARAGRAPHS})::INTEGER AS paragraph,
                         CASE WHEN s = 0 THEN '' ELSE 'Speaker ' || s END AS speaker,
                         CASE WHEN s = 0 THEN 'unnamed' ELSE {_pick(KINDS, "s")} END AS kind,
                         {_pick(("Northbridge", "", "Council", "Ministry"), "s")} AS affiliation,
                         {_words("j", 12)} AS words, {_topics("p")} AS topics
            FROM (SELECT j, {_draw("j", "'paragraph'")} % {n * PARAGRAPHS} AS p,
                         CASE WHEN {_draw("j", "'tail'")} % 100 < 20
                              THEN {HEAD_SPEAKERS + 1} + {_draw("j", "'name'")} % {speakers}
                              ELSE {_zipf("j", "'zipf'", 2.0, HEAD_SPEAKERS + 1)} END AS s
                  FROM range({n * 3}) t(j)))""",
    }


def build(path: Path, n: int) -> Store:
    """A new store file at `path` holding n generated articles."""
    path.unlink(missing_ok=True)
    store = Store(path)
    with store.connect() as con:
        con.execute("SET enable_progress_bar = false")
        for table, select in statements(n).items():  # with the store's keys, as an ingest writes them
            con.execute(f"CREATE TEMP VIEW generated ({', '.join(schema.COLUMNS[table])}) AS {select}")
            keys.insert(con, table, "generated")
            con.execute("DROP VIEW generated")
        con.execute("CHECKPOINT")
    return store

"""Helpers for store tests: short invented articles in the seed format, and rows counted per article.

Every person and organisation here is fictional; the texts are the test suite's own writing.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

from dashboard.analysis import Analysed

PEOPLE = (
    "Mara Veldt",
    "Tomas Okafor",
    "Ilse Brandvik",
    "Rohan Mistry",
    "Lucia Ferrand",
    "Dmitri Halloway",
    "Anika Sorensen",
    "Paulo Nakamura",
)
ORGS = (
    "Northwind Trade Council",
    "Harbour Institute",
    "Calder Ministry of Commerce",
    "Ostrava Policy Forum",
    "Blue Meridian Bank",
    "Kestrel Shipping Group",
)
PLACES = ("Kenya", "Portugal", "Vietnam", "Chile", "Norway", "Ghana", "Canada")
TOPICS = ("tariff", "port expansion", "grain export", "naval exercise", "climate finance", "rail link")


def article_text(n: int) -> tuple[str, str]:
    """The id and the text of the n-th invented article."""
    when = datetime(2025, 1, 6, 8, 0, 0) + timedelta(days=3 * n, minutes=37 * n)
    article_id = when.strftime("news-%d%m%Y-%H%M%S")
    person, other = PEOPLE[n % len(PEOPLE)], PEOPLE[(n + 3) % len(PEOPLE)]
    org, org2 = ORGS[n % len(ORGS)], ORGS[(n + 2) % len(ORGS)]
    place, topic = PLACES[n % len(PLACES)], TOPICS[n % len(TOPICS)]
    paragraphs = [
        f"The {org} said on Tuesday that it would review the {topic} plan for {place} after months of debate.",
        f'"We expect a decision before the summer," said {person}, a spokesperson for the {org}.',
        f"Analysts at the {org2} warned that the plan could raise costs for small firms in {place}.",
        f"{other} told reporters that talks with officials from {place} would continue next week.",
    ]
    extra = [f"The {org2} has published {n + k} reports on the {topic} question since 2019." for k in range(n % 3)]
    body = "\n\n".join([*paragraphs, *extra])
    return article_id, f"{article_id}\n{org} weighs {topic} plan for {place}\n\n{body}\n"


def article_line(n: int) -> str:
    """The n-th invented article as one line of JSON Lines (what `ingest -` reads from standard input)."""
    article_id, text = article_text(n)
    _, title, body = text.split("\n", 2)
    return json.dumps({"id": article_id, "title": title, "text": body.strip()}) + "\n"


def write_articles(folder: Path, numbers: range) -> list[Path]:
    """Write the numbered invented articles into `folder`, one .txt file each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in numbers:
        article_id, text = article_text(n)
        path = folder / f"{article_id}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def rows_per_article(tables: dict[str, pd.DataFrame]) -> dict[str, dict[str, int]]:
    """For each stored article, its number of rows in each table that has any."""
    found: dict[str, dict[str, int]] = {}
    for name, df in tables.items():
        for article_id, n in df.groupby("article_id").size().items():
            found.setdefault(article_id, {})[name] = int(n)
    return found


def expected_rows(analysed: Analysed) -> dict[str, int]:
    """The rows an analysed article must have in each table, once stored."""
    return {name: len(rows) for name, rows in analysed.rows.items() if rows}

"""A headline that quotes one of the article's people ("Holt: …", "Mayor Holt Says …") is a quote of the opening
paragraph without offsets; labels, questions and names inside a phrase are not (real pipeline and store, texts of
our own)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.analysis.entities import entity_rows
from dashboard.analysis.quotes import quote_rows
from dashboard.sources import Article, Paragraph, read_paths
from dashboard.store import Store
from dashboard.store.retopic import retopic
from dashboard.views.reading import article_paragraphs

BODY = (
    "Harbour Mayor Ann Holt opened the new ferry pier on Monday with council member Tom Reyes.",
    '"We built it before the storms came," Holt said.',
)


def headline_rows(nlp, title: str) -> list[dict]:
    """The quote rows of an article with this headline and the body above that have no offsets (the headline's)."""
    article = Article("test-article", title, tuple(Paragraph(i, "", t) for i, t in enumerate(BODY)))
    docs = list(nlp.pipe(BODY))
    return [r for r in quote_rows(article, docs, entity_rows(article.article_id, docs)) if r["start_char"] is None]


@pytest.mark.parametrize(
    ("title", "cue", "words"),
    [
        ("Holt: Ferry Pier Will Carry Twice the Cars.", "say", "Ferry Pier Will Carry Twice the Cars"),
        ("Mayor Ann Holt: ‘We Will Not Raise the Fares.’", "say", "‘We Will Not Raise the Fares.’"),
        ("Holt to Council: Build the Second Berth Now", "say", "Build the Second Berth Now"),
        ("Holt on the Fares: ‘We Will Not Raise Them.’", "say", "‘We Will Not Raise Them.’"),
        ("Mayor Holt Says Ferry Fares Will Stay Frozen", "say", "Ferry Fares Will Stay Frozen"),
        ("Holt warns council the pier needs a second berth;", "warn", "council the pier needs a second berth"),
        ("Opening the New Pier, Holt Says Fares Will Stay Frozen", "say", "Fares Will Stay Frozen"),
        (
            "Ferry Fares Will Stay Frozen Through Winter, Holt Says.",
            "say",
            "Ferry Fares Will Stay Frozen Through Winter",
        ),
        (
            "Piers Are ‘The Harbour’s Best Investment,’ Holt Tells Council",
            "tell",
            "Piers Are ‘The Harbour’s Best Investment’",
        ),
    ],
)
def test_a_headline_that_quotes_a_person_of_the_article_is_their_quote(nlp, title, cue, words):
    [row] = headline_rows(nlp, title)
    assert (row["speaker"], row["cue"], row["quote"]) == ("Ann Holt", cue, words)
    assert (row["paragraph"], row["sentence"], row["end_char"]) == (0, title, None)
    assert row["direct"] == ("‘" in words)


@pytest.mark.parametrize(
    "title",
    [
        "The Latest: Ferry pier opens before the storms",  # a label, no person of the article
        "Nora Vance: Ferry Pier Will Carry Twice the Cars",  # nobody the article names
        "Anger at Holt: Ferry Pier Will Carry Twice the Cars",  # the name inside a phrase
        "Letters to Holt: Ferry Pier Will Carry Twice the Cars",  # no speaker before "to"
        "Holt and Reyes: Ferry Pier Will Carry Twice the Cars",  # two people
        "Holt, Reyes Says Ferry Pier Will Carry Twice the Cars",  # two people, not a phrase before the speaker
        "Ferry Pier Will Carry Twice the Cars, Council Says",  # nobody the article names after the comma
        "Ann Holt: Builder of Piers or Spender of Taxes?",  # a question
        "Holt: Ferry Pier Opens",  # too short to say something
        "Holt Accused of Hiding the Ferry Costs From the Council",  # a passive participle
        "Ferry Pier Opens in Harbour",  # no label, no verb of speech
    ],
)
def test_a_headline_without_a_speaker_and_something_said_is_no_quote(nlp, title):
    assert headline_rows(nlp, title) == []


def test_a_stored_headline_quote_keeps_its_paragraph_themes_and_shows_with_the_opening_paragraph(
    tmp_path, nlp, themes, settings
):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "navy.txt").write_text(
        "news-02032025-090000\n\nAdmiral Grey: Our Fleets Are Ready for the Joint Exercises\n\n"
        "Admiral Ruth Grey sent warships and submarines into the strait for joint exercises with allied navies.\n\n"
        '"The drills went well," Grey said on Monday.\n',
        encoding="utf-8",
    )
    store = Store(tmp_path / "store.duckdb")
    for item in analyse(read_paths([folder], settings=settings), nlp, themes):
        assert store.add(item).status == "stored"
    quotes = store.table(schema.QUOTES)
    headline = quotes.loc[quotes["start_char"].isna()]
    assert headline[["speaker", "paragraph", "quote"]].values.tolist() == [
        ["Ruth Grey", 0, "Our Fleets Are Ready for the Joint Exercises"]
    ]
    assert "military" in headline["topics"].iat[0]
    retopic(store, nlp, themes)
    assert "military" in store.table(schema.QUOTES).loc[lambda q: q["start_char"].isna(), "topics"].iat[0]
    tables = {name: store.table(name) for name in (schema.PARAGRAPHS, schema.ENTITIES, schema.QUOTES)}
    opening = article_paragraphs(tables, "news-02032025-090000")[0]
    assert "Our Fleets Are Ready" in " ".join(opening["quotes"]["quote"])
    assert "Our Fleets" not in opening["markdown"]  # listed with the paragraph, not marked in a text it is not in
    assert pd.isna(opening["quotes"].loc[lambda q: q["quote"].str.startswith("Our"), "end_char"]).all()

"""Each page's queries on small hand-written tables in DuckDB, whose answers can be counted by eye, and the
reader's escaping of untrusted article text."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
import pytest

from dashboard import schema, views
from dashboard.store.filters import Filters
from dashboard.store.queries import narrow
from dashboard.views import reading
from dashboard.views.entities import _paragraph_masks
from tests.oracle import apply
from tests.unit.store.test_queries import in_duckdb


def _tables() -> dict[str, pd.DataFrame]:
    articles = [
        {"article_id": "a1", "title": "Port fees", "published": datetime(2024, 3, 1), "source": "s", "n_words": 30},
        {"article_id": "a2", "title": "Naval drill", "published": datetime(2024, 3, 20), "source": "s", "n_words": 20},
        {"article_id": "a3", "title": "Undated", "published": None, "source": "", "n_words": 10},
        {"article_id": "a4", "title": "Trade deal", "published": datetime(2024, 5, 2), "source": "s", "n_words": 10},
    ]
    paragraphs = [
        ("a1", 0, "", "trade"),
        ("a1", 1, "Fees", "trade;diplomacy"),
        ("a1", 2, "Fees", ""),
        ("a2", 0, "", "military"),
        ("a2", 1, "", "military;diplomacy"),
        ("a3", 0, "", ""),
        ("a4", 0, "Deal", "trade"),
    ]
    topics = []
    for aid, n, _, labels in paragraphs:
        for theme in ("trade", "military", "diplomacy"):
            topics.append(
                {
                    "article_id": aid,
                    "paragraph": n,
                    "theme": theme,
                    "score": 1.0 if theme in labels else 0.0,
                    "label": theme in labels.split(";"),
                    "terms": "",
                }
            )
    entities = [
        ("a1", 0, "Tallinn", "GPE"),
        ("a1", 0, "Jane Roe", "PERSON"),
        ("a1", 1, "Tallinn", "GPE"),
        ("a1", 1, "Jane Roe", "PERSON"),
        ("a2", 0, "Tallinn", "GPE"),
        ("a2", 1, "Navy", "ORG"),
        ("a2", 1, "Jane Roe", "PERSON"),
        ("a4", 0, "Tallinn", "GPE"),
    ]
    quotes = [
        ("a1:q1", "a1", 0, "Jane Roe", "analyst", "Northbridge", "fellow", "trade"),
        ("a1:q2", "a1", 1, "Jane Roe", "analyst", "Northbridge", "", "trade;diplomacy"),
        ("a2:q1", "a2", 0, "Adm. Kay", "official", "", "admiral", "military"),
        ("a2:q2", "a2", 1, "", "unnamed", "", "", "military;diplomacy"),
        ("a4:q1", "a4", 0, "Jane Roe", "analyst", "Westgate", "fellow", "trade"),
    ]
    pinned = {"a2:q1": ("kind", "role")}  # fields the speakers file gave (the others come from the article)
    return {
        schema.ARTICLES: schema.frame(schema.ARTICLES, articles),
        schema.PARAGRAPHS: schema.frame(
            schema.PARAGRAPHS,
            [
                {
                    "article_id": a,
                    "paragraph": n,
                    "section": s,
                    "text": f"text {a} {n}",
                    "topics": labels,
                    "topic_terms": "",
                }
                for a, n, s, labels in paragraphs
            ],
        ),
        schema.PARAGRAPH_TOPICS: schema.frame(schema.PARAGRAPH_TOPICS, topics),
        schema.ENTITIES: schema.frame(
            schema.ENTITIES,
            [
                {
                    "article_id": a,
                    "paragraph": n,
                    "text": name,
                    "label": label,
                    "canonical": name,
                    "start_char": 0,
                    "end_char": len(name),
                }
                for a, n, name, label in entities
            ],
        ),
        schema.QUOTES: schema.frame(
            schema.QUOTES,
            [
                {
                    "quote_id": q,
                    "article_id": a,
                    "paragraph": n,
                    "speaker": who,
                    "speaker_kind": kind,
                    "affiliation": aff,
                    "role": role,
                    "quote": f"words of {q}",
                    "topics": labels,
                    **{f"{field}_from": "file" for field in pinned.get(q, ())},
                }
                for q, a, n, who, kind, aff, role, labels in quotes
            ],
        ),
    }


@pytest.fixture()
def t():
    return _tables()


def _under(t, f: Filters | None = None):
    con = in_duckdb(t)
    narrow(con, f or Filters())
    return con


@pytest.fixture()
def con(t):
    return _under(t)


def test_filter_options_rank_names_and_offer_themes_that_label(t):
    scored_only = {"article_id": "a1", "paragraph": 0, "theme": "energy", "score": 0.1, "label": False, "terms": ""}
    t[schema.PARAGRAPH_TOPICS] = pd.concat(
        [t[schema.PARAGRAPH_TOPICS], schema.frame(schema.PARAGRAPH_TOPICS, [scored_only])]
    )
    assert views.filter_options(_under(t)) == {
        "speakers": ["Jane Roe", "Adm. Kay"],  # most quoted first; the unnamed source is no name to pick
        "entities": ["Tallinn", "Jane Roe", "Navy"],
        "sources": ["s"],
        "themes": ["diplomacy", "military", "trade"],  # "energy" was scored but labels no paragraph
        "kinds": ["analyst", "official", "unnamed"],
    }
    assert views.filter_options(_under(t), top=1)["speakers"] == ["Jane Roe"]


def test_counts(con):
    n = views.counts(con)
    assert (n["articles"], n["paragraphs"], n["quotes"], n["speakers"], views.entity_count(con)) == (4, 7, 5, 2, 3)
    assert n["first"] == datetime(2024, 3, 1) and n["last"] == datetime(2024, 5, 2)


def test_theme_mix_counts_labelled_paragraphs_over_all_paragraphs(con):
    mix = views.theme_mix(con).set_index("theme")
    assert mix["paragraphs"].to_dict() == {"trade": 3, "military": 2, "diplomacy": 2}
    assert mix.loc["trade", "share"] == pytest.approx(3 / 7)
    assert list(views.theme_mix(con)["theme"]) == ["trade", "diplomacy", "military"]


def test_theme_share_by_month_leaves_undated_articles_out(con):
    shares = views.theme_by(con, "month").set_index(["key", "theme"])
    assert shares.loc[("2024-03", "trade"), "share"] == pytest.approx(2 / 5)
    assert shares.loc[("2024-03", "military"), "paragraphs"] == 2
    assert shares.loc[("2024-05", "trade"), "share"] == 1.0
    assert set(shares.index.get_level_values("key")) == {"2024-03", "2024-05"}


def test_theme_share_by_section_and_by_article(con):
    sections = views.theme_by(con, "section").set_index(["key", "theme"])
    assert sections.loc[("Fees", "trade"), "share"] == pytest.approx(1 / 2)
    assert sections.loc[("(no heading)", "military"), "paragraphs"] == 2
    wide = views.page_of(con, views.theme_shares(("trade", "military", "diplomacy"))).set_index("article_id")
    assert wide.loc["a1", "trade"] == pytest.approx(2 / 3)
    assert wide.loc["a3", "trade"] == 0.0
    with pytest.raises(ValueError, match="cannot group"):
        views.theme_by(con, "weekday")


def test_themed_paragraphs_only_those_with_a_theme(con):
    rows = views.page_of(con, views.THEMED_PARAGRAPHS)
    assert len(rows) == 5 and set(rows["title"]) == {"Port fees", "Naval drill", "Trade deal"}
    assert views.count(con, views.THEMED_PARAGRAPHS, "FEES") == 1  # the section, whatever the case
    assert views.count(con, views.THEMED_PARAGRAPHS, "text a1") == 2


def test_speakers_table_aggregates_each_speaker(con):
    table = views.page_of(con, views.SPEAKERS).set_index("speaker")
    jane = table.loc["Jane Roe"]
    assert (jane["quotes"], jane["articles"], jane["speaker_kind"]) == (3, 2, "analyst")
    assert jane["affiliation"] == "Northbridge" and jane["role"] == "fellow"
    assert jane["themes"] == "trade (3), diplomacy (1)"
    assert jane["first_seen"] == datetime(2024, 3, 1) and jane["last_seen"] == datetime(2024, 5, 2)
    assert list(table.index) == ["Jane Roe", "", "Adm. Kay"]
    assert table.loc["Adm. Kay", "profile_from"] == "speakers file: kind, role"
    assert jane["profile_from"] == "articles"
    assert list(views.top_speakers(con)["speaker"]) == ["Jane Roe", "Adm. Kay"]


def test_a_quote_with_no_speaker_at_all_counts_as_a_quote_only(t):
    t[schema.QUOTES].loc[t[schema.QUOTES]["quote_id"] == "a2:q2", "speaker"] = None
    con = _under(t)
    n = views.counts(con)
    assert (n["quotes"], n["speakers"]) == (5, 2)
    assert list(views.page_of(con, views.SPEAKERS)["speaker"]) == ["Jane Roe", "Adm. Kay"]
    assert views.count(con, views.SPEAKERS) == 2


def test_speaker_themes_and_profile(con):
    pairs = views.speaker_themes(con).set_index(["speaker", "theme"])["quotes"]
    assert pairs.to_dict() == {("Adm. Kay", "military"): 1, ("Jane Roe", "diplomacy"): 1, ("Jane Roe", "trade"): 3}
    assert set(views.speaker_themes(con, 20, "official")["speaker"]) == {"Adm. Kay"}
    profile = views.speaker_profile(con, "Jane Roe").set_index(["month", "theme"])["quotes"]
    assert profile.to_dict() == {("2024-03", "diplomacy"): 1, ("2024-03", "trade"): 2, ("2024-05", "trade"): 1}


def test_entities_top_cooccurrence_and_timeline(con):
    leaders = views.leaders(con)
    top = views.top_entities(leaders)
    assert list(top["canonical"]) == ["Tallinn", "Jane Roe", "Navy"]
    assert top.set_index("canonical").loc["Tallinn", "mentions"] == 4
    assert list(views.top_entities(leaders, group="organisations")["canonical"]) == ["Navy"]
    for n in (1, 2, 15):
        expected = views.top_entities(leaders, top=n)[["canonical", "label", "mentions"]]
        pd.testing.assert_frame_equal(views.most_named(con, n), expected)
    edges = views.cooccurrence(con, tuple(top["canonical"]))
    pairs = {(a, b): n for a, b, n in edges.itertuples(index=False)}
    assert pairs == {("Jane Roe", "Tallinn"): 2, ("Jane Roe", "Navy"): 1}
    timeline = views.entity_timeline(con, ("Tallinn",)).set_index("month")["mentions"]
    assert timeline.to_dict() == {"2024-03": 3, "2024-05": 1}
    table = views.page_of(con, views.ENTITIES)
    assert list(table["canonical"]) == ["Tallinn", "Jane Roe", "Navy"] and list(table["articles"]) == [3, 2, 1]


def test_the_leaders_looked_for_among_the_most_named_are_those_of_every_entity(t):
    """Each group's most named are looked for among the few most named entities, and among all of them when a group
    has too few there: either way the answer is the one grouping every entity gives."""
    named = [("a1", 2, "Estonians"), ("a4", 0, "Estonians")]  # a group of people, named twice
    extra = [
        {"article_id": a, "paragraph": n, "text": c, "label": "NORP", "canonical": c, "start_char": 0, "end_char": 9}
        for a, n, c in named
    ]
    rows = pd.concat([t[schema.ENTITIES], schema.frame(schema.ENTITIES, extra)], ignore_index=True)
    con = _under({**t, schema.ENTITIES: rows})
    everyone = views.leaders(con, top=1, per_group=1, pool=1000)
    assert set(everyone["group"]) == {"people", "organisations", "places", "groups"}
    for pool in (1, 2, 3, 4):
        pd.testing.assert_frame_equal(views.leaders(con, top=1, per_group=1, pool=pool), everyone)


def test_an_entity_keeps_its_usual_type_in_the_store_whatever_the_filters_keep(t):
    t[schema.ENTITIES].loc[t[schema.ENTITIES]["article_id"] == "a2", "label"] = "ORG"  # "Tallinn" once taken for an ORG
    everything = views.leaders(_under(t)).set_index("canonical")["label"]
    assert everything["Tallinn"] == "GPE" and everything["Navy"] == "ORG"
    only_a2 = views.leaders(_under(t, Filters(themes=("military",)))).set_index("canonical")
    assert only_a2.loc["Tallinn", "mentions"] == 1 and only_a2.loc["Tallinn", "label"] == "GPE"
    assert only_a2.loc["Tallinn", "group"] == "places"


def test_theme_entities_counts_paragraphs_where_both_meet(con):
    cells = views.theme_entities(con).set_index(["canonical", "theme"])["paragraphs"]
    assert cells[("Tallinn", "trade")] == 3
    assert cells[("Jane Roe", "military")] == 1


@pytest.mark.parametrize("f", [Filters(), Filters(themes=("trade",)), Filters(text="text a1")], ids=str)
def test_an_entity_named_twice_in_a_paragraph_counts_one_paragraph_and_one_article(t, f):
    """Paragraphs and articles naming an entity are counted from its first mention in each (marked when stored),
    whether the filters keep whole articles or some of their paragraphs."""
    repeat = t[schema.ENTITIES].iloc[[0]].assign(start_char=40, end_char=47)  # "Tallinn" again in a1's first paragraph
    t[schema.ENTITIES] = pd.concat([t[schema.ENTITIES], repeat], ignore_index=True)
    con = _under(t, f)
    kept = apply(t, f)[schema.ENTITIES]
    tallinn = kept[kept["canonical"] == "Tallinn"]
    labels = t[schema.PARAGRAPHS].set_index(["article_id", "paragraph"])["topics"]
    places = tallinn[["article_id", "paragraph"]].drop_duplicates().itertuples(index=False, name=None)
    of_trade = [place for place in places if "trade" in labels[place].split(";")]
    cells = views.theme_entities(con).set_index(["canonical", "theme"])["paragraphs"]
    assert cells[("Tallinn", "trade")] == len(of_trade) < len(tallinn)
    entities = views.page_of(con, views.ENTITIES).set_index("canonical")
    assert entities.loc["Tallinn", "mentions"] == len(tallinn)
    assert entities.loc["Tallinn", "articles"] == tallinn["article_id"].nunique()


def test_article_list_counts_per_article_and_pages(con):
    listing = views.page_of(con, views.ARTICLE_LIST).set_index("article_id")
    assert listing.loc["a1", "themes"] == "trade, diplomacy"
    assert (listing.loc["a1", "quotes"], listing.loc["a1", "entities"]) == (2, 2)
    assert listing.loc["a3", "themes"] == "" and listing.loc["a3", "quotes"] == 0
    assert list(listing.index) == ["a4", "a2", "a1", "a3"]
    second = views.page_of(con, views.ARTICLE_LIST, 2, "", 3)
    assert list(second["article_id"]) == ["a3"] and views.count(con, views.ARTICLE_LIST) == 4
    assert list(views.page_of(con, views.ARTICLE_LIST, 1, "naval")["article_id"]) == ["a2"]


def test_views_follow_the_filters_and_survive_an_empty_result(t):
    trade = _under(t, Filters(themes=("trade",)))
    assert set(views.page_of(trade, views.ARTICLE_LIST)["article_id"]) == {"a1", "a4"}
    assert set(views.page_of(trade, views.SPEAKERS)["speaker"]) == {"Jane Roe"}
    nothing = _under(t, Filters(text="no such words"))
    assert views.counts(nothing)["articles"] == 0 and views.counts(nothing)["first"] is None
    for compute in (
        views.theme_mix,
        views.leaders,
        views.most_named,
        views.speaker_themes,
        views.theme_entities,
        views.top_speakers,
    ):
        assert compute(nothing).empty
    for listing in (views.SPEAKERS, views.ARTICLE_LIST, views.THEMED_PARAGRAPHS, views.ENTITIES, views.quote_listing()):
        assert views.page_of(nothing, listing).empty and views.count(nothing, listing) == 0
    assert views.cooccurrence(nothing, ("Tallinn", "Navy")).empty
    assert views.theme_by(nothing, "month").empty and views.entity_timeline(nothing, ("Tallinn",)).empty


@pytest.mark.parametrize(
    "f",
    [
        Filters(text="a2 1"),
        Filters(text="text a"),
        Filters(text="a1", themes=("diplomacy",)),
        Filters(themes=("trade",)),
        Filters(entities=("Navy",)),
        Filters(themes=("trade",), speakers=("Jane Roe",)),
    ],
    ids=["one paragraph", "most paragraphs", "text and theme", "theme", "an entity's articles", "theme and speaker"],
)
def test_entity_counts_under_a_filter_are_those_of_the_rows_it_keeps(t, f):
    """Where the filters keep entity rows through a join the entity pages read their keys made once per run, a view
    otherwise: either way, what they count is what the same queries count on a store holding only the kept rows."""
    under, kept = _under(t, f), _under(apply(t, f))
    for compute in (
        views.leaders,
        views.most_named,
        views.theme_entities,
        lambda con: views.page_of(con, views.ENTITIES),
    ):
        pd.testing.assert_frame_equal(compute(under), compute(kept))
    names = tuple(views.leaders(kept)["canonical"])
    assert names, "the filter keeps some entities"
    pd.testing.assert_frame_equal(views.cooccurrence(under, names), views.cooccurrence(kept, names))
    pd.testing.assert_frame_equal(views.entity_timeline(under, names), views.entity_timeline(kept, names))


def test_the_articles_naming_an_entity_are_counted_across_many_articles():
    """Articles naming an entity in the kept paragraphs are counted once each, however many blocks of article keys
    they span and however often each names it."""
    ids = [f"b{i:03d}" for i in range(150)]
    articles = [{"article_id": a, "title": a, "published": datetime(2024, 3, 1), "source": "s"} for a in ids]
    paragraphs = [
        {"article_id": a, "paragraph": n, "section": "", "text": a, "topics": "trade" if n == 0 else ""}
        for a in ids
        for n in (0, 1)
    ]
    named = [(a, 0, "Tallinn") for a in ids] + [(a, 0, "Tallinn") for a in ids[::3]] + [(a, 1, "Navy") for a in ids]
    entities = [
        {"article_id": a, "paragraph": n, "text": c, "label": "GPE", "canonical": c, "start_char": i, "end_char": i + 1}
        for i, (a, n, c) in enumerate(named)
    ]
    t = {
        schema.ARTICLES: schema.frame(schema.ARTICLES, articles),
        schema.PARAGRAPHS: schema.frame(schema.PARAGRAPHS, paragraphs),
        schema.ENTITIES: schema.frame(schema.ENTITIES, entities),
    }
    for f, expected in ((Filters(), {"Tallinn": 150, "Navy": 150}), (Filters(themes=("trade",)), {"Tallinn": 150})):
        table = views.page_of(_under(t, f), views.ENTITIES)
        assert dict(zip(table["canonical"], table["articles"], strict=True)) == expected


def test_reader_escapes_every_markdown_and_html_character():
    hostile = "<script>alert(1)</script> [x](javascript:alert(1)) **b** $x$ :red[y] `c` # h"
    out = reading.escape_markdown(hostile)
    for raw in ("<script>", "[x]", "](javascript", "**b**", "$x$", ":red[", "`c`"):
        assert raw not in out
    assert out.replace("\\", "") == hostile


def test_reader_marks_entities_and_quotes_with_their_speaker():
    text = "Jane Roe said trade will grow, and Tallinn agreed."
    spans = [reading.Span(0, 8, "entity"), reading.Span(14, 29, "quote", "Jane Roe"), reading.Span(35, 42, "entity")]
    out = reading.paragraph_markdown(text, spans)
    assert out.startswith(f":{reading.ENTITY_MARK}[Jane Roe]")
    assert f":{reading.QUOTE_MARK}[trade will grow] :{reading.SPEAKER_BADGE}[Jane Roe]" in out
    assert f":{reading.ENTITY_MARK}[Tallinn]" in out and out.endswith("agreed\\.")


def test_a_quote_is_found_by_its_text_when_offsets_do_not_hold():
    text = "Officials said the port would reopen soon."
    quote = pd.Series({"quote": "the port would reopen soon", "speaker": "", "start_char": 90, "end_char": 99})
    span = reading.quote_span(text, quote)
    assert span is not None and text[span.start : span.end] == "the port would reopen soon"
    assert span.note == "unnamed"


def test_a_split_quote_is_marked_from_its_first_part_to_its_last():
    text = (
        "\u201cWe sold out,\u201d says Nora Vance, whose bakery opened in May. \u201cThey came back for the rye.\u201d"
    )
    words = "\u201cWe sold out,\u201d \u201cThey came back for the rye.\u201d"
    span = reading.quote_span(
        text, pd.Series({"quote": words, "speaker": "Nora Vance", "start_char": 0, "end_char": 89})
    )
    assert span is not None and (span.start, span.end) == (0, 89) and span.note == "Nora Vance"


def test_a_theme_filter_matches_whole_labels_only_and_pairs_follow_paragraphs(t):
    t[schema.PARAGRAPHS].loc[t[schema.PARAGRAPHS]["article_id"] == "a3", "topics"] = "trade-war;military2"
    kept = apply(t, Filters(themes=("trade",)))
    assert set(kept[schema.ARTICLES]["article_id"]) == {"a1", "a4"}
    assert set(map(tuple, kept[schema.ENTITIES][["article_id", "paragraph"]].to_numpy())) == {
        ("a1", 0),
        ("a1", 1),
        ("a4", 0),
    }
    assert set(
        kept[schema.PARAGRAPH_TOPICS]["paragraph"]
        .groupby(kept[schema.PARAGRAPH_TOPICS]["article_id"])
        .unique()
        .map(sorted)
        .map(tuple)
        .items()
    ) == {("a1", (0, 1)), ("a4", (0,))}


@pytest.mark.parametrize(
    "f",
    [Filters(), Filters(text="text a"), Filters(themes=("trade",)), Filters(speakers=("Jane Roe",))],
    ids=["none", "text", "theme", "speaker"],
)
def test_a_listing_counted_from_what_the_page_has_counts_its_own_rows(t, f):
    """A listing whose count comes from a result the page already made (the articles' keys, the paragraph
    counts) counts exactly the rows it lists."""
    con = _under(t, f)
    listings = (views.ARTICLE_LIST, views.ARTICLE_ROWS, views.THEMED_PARAGRAPHS, views.theme_shares(("trade",)))
    for listing in listings:
        assert listing.total, "the listing is counted from a shared result"
        assert views.count(con, listing) == len(con.sql(listing.sql()).fetchall())


def test_paragraph_masks_gather_a_paragraphs_names_wherever_its_rows_come():
    """A parallel scan or a join can hand over the rows of one paragraph apart: each paragraph still gets one mask
    holding the bit of every name it has, once."""
    paragraph = np.array([5, 7, 5, 9, 7, 5, 9], dtype=np.int64)
    bit = np.array([0, 1, 2, 0, 0, 0, 0], dtype=np.uint8)
    assert _paragraph_masks(paragraph, bit).tolist() == [0b101, 0b011, 0b001]
    assert _paragraph_masks(paragraph[:0], bit[:0]).tolist() == []

"""Entities on the real pipeline: mentions of body paragraphs only, with canonical names per article."""

from __future__ import annotations

from dashboard.entities import clean_name, entity_rows


def _rows(nlp, article):
    docs = list(nlp.pipe(p.text for p in article.paragraphs))
    return entity_rows(article.article_id, docs)


def test_seed_entities_have_people_and_organisations(nlp, seed_article):
    rows = _rows(nlp, seed_article)
    found = {(r["canonical"], r["label"]) for r in rows}
    assert ("Philipp Ivanov", "PERSON") in found
    assert ("Asia Society Policy Institute", "ORG") in found
    assert ("Columbia University", "ORG") in found


def test_no_heading_becomes_an_entity(nlp, seed_article):
    rows = _rows(nlp, seed_article)
    texts = {r["text"] for r in rows}
    for heading in seed_article.headings:
        assert heading not in texts
        assert not any(heading in t for t in texts)


def test_short_and_titled_names_map_to_the_full_name(nlp, seed_article):
    rows = _rows(nlp, seed_article)
    canonical_of = {}
    for r in rows:
        if r["label"] == "PERSON":
            canonical_of.setdefault(r["text"], set()).add(r["canonical"])
    assert canonical_of["Li"] == {"Li Qiang"}
    assert canonical_of["Putin"] == {"Vladimir Putin"}
    assert canonical_of["Ivanov"] == {"Philipp Ivanov"}


def test_offsets_slice_the_paragraph_text(nlp, seed_article):
    rows = _rows(nlp, seed_article)
    assert rows
    for r in rows:
        assert seed_article.paragraphs[r["paragraph"]].text[r["start_char"] : r["end_char"]] == r["text"]


def test_clean_name_strips_titles_articles_and_possessives():
    assert clean_name("President Vladimir Putin", "PERSON") == "Vladimir Putin"
    assert clean_name("Premier Li", "PERSON") == "Li"
    assert clean_name("the Asia Society Policy Institute", "ORG") == "Asia Society Policy Institute"
    assert clean_name("China\u2019s", "GPE") == "China"
    assert clean_name("President", "PERSON") == "President"


def test_one_entity_has_one_label_within_an_article(nlp, seed_article):
    rows = _rows(nlp, seed_article)
    labels: dict[str, set[str]] = {}
    for r in rows:
        labels.setdefault(r["canonical"], set()).add(r["label"])
    assert all(len(found) == 1 for found in labels.values()), labels
    assert labels["Belarus"] == {"GPE"}

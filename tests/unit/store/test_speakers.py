"""The speakers file on the real pipeline and a real store: applied at ingest (override, alias merge), applied again
to stored quotes after an edit (`python -m dashboard speakers`, one transaction), a bad file that stops an ingest
before anything is written, and the 31ad377 store that migrates and then follows the file.

The articles and people here are fictional, written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest
from spacy.language import Language

from dashboard import schema
from dashboard.analysis.speaker_file import FIELDS, FROM_ARTICLE, FROM_FILE
from dashboard.cli import main
from dashboard.store import Store
from tests.unit.store.conftest import raw_tables

FEES = """news-02042025-090000
Port fees rise at Varno harbour

The Varno Port Authority raised its fees on Tuesday, the second increase this year.

"The new fees will push small carriers out of the market," said Anna Belk, a senior fellow at the Orlen Institute.

Tomas Okafor, the chief executive of Kestrel Shipping Group, said the company would move two routes to another port.
"""
BOYCOTT = """news-05042025-140000
Carriers weigh a boycott of Varno

Shipping companies met in Varno on Friday to discuss the higher port fees.

"We will not pay twice for the same berth," said Tom Okafor, who runs Kestrel Shipping Group.

Anna Belk said the port could lose a third of its traffic within a year.
"""
#: Anna Belk made a minister; Tomas Okafor under both his spellings, his kind and role as the articles say.
PINNED = """
[[speaker]]
name = "Anna Belk"
kind = "official"
role = "deputy trade minister"
affiliation = "Varno"

[[speaker]]
name = "Tomas Okafor"
aliases = ["Mr. tom Okafor"]
affiliation = "Kestrel Shipping"
"""
#: The same file edited: Anna Belk's kind changed and her role and affiliation left to the articles; Okafor gone.
EDITED = """
[[speaker]]
name = "Anna Belk"
kind = "analyst"
"""
SHOWN = [column for shown, _, source in FIELDS for column in (shown, source)]
#: A child that applies a speakers file to a store and stops after the update, inside the transaction, until released.
APPLY_AND_STOP = """
import sys
from contextlib import contextmanager
import dashboard.store.speakers as applying
from dashboard.analysis.speaker_file import load_speaker_file
from dashboard.store import Store

commit = applying.transaction

@contextmanager
def stop_before_commit(con):
    with commit(con):
        yield
        print("updated, not committed", flush=True)
        sys.stdin.readline()

applying.transaction = stop_before_commit
applying.apply_speaker_file(Store(sys.argv[1]), load_speaker_file(sys.argv[2]))
"""


@pytest.fixture()
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "fees.txt").write_text(FEES, encoding="utf-8")
    (folder / "boycott.txt").write_text(BOYCOTT, encoding="utf-8")
    return folder


@pytest.fixture()
def speakers_file(tmp_path, monkeypatch):
    """Write the speakers file the commands use (DASHBOARD_SPEAKERS)."""
    path = tmp_path / "speakers.toml"
    monkeypatch.setenv("DASHBOARD_SPEAKERS", str(path))

    def write(text: str):
        path.write_text(text, encoding="utf-8")
        return path

    return write


def ingested(tmp_path, monkeypatch, articles, name: str) -> Store:
    """A store of the two articles ingested by the command line with the current speakers file."""
    store = Store(tmp_path / f"{name}.duckdb")
    monkeypatch.setenv("DASHBOARD_STORE", str(store.path))
    assert main(["ingest", str(articles)]) == 0
    return store


def quotes_of(store: Store) -> dict[str, dict]:
    """quote_id -> the quote's profile columns (shown, what the article said, where each came from)."""
    quotes = store.table(schema.QUOTES).set_index("quote_id")
    columns = [c for fields in FIELDS for c in fields]
    return {quote_id: row.to_dict() for quote_id, row in quotes[columns].fillna("").iterrows()}


BELK_FEES, OKAFOR_FEES = "news-02042025-090000:q1", "news-02042025-090000:q2"
OKAFOR_BOYCOTT, BELK_BOYCOTT = "news-05042025-140000:q1", "news-05042025-140000:q2"


def test_without_a_file_quotes_show_what_their_articles_said(tmp_path, monkeypatch, articles, speakers_file):
    speakers_file("# nobody pinned\n")
    quotes = quotes_of(ingested(tmp_path, monkeypatch, articles, "plain"))
    assert set(quotes) == {BELK_FEES, OKAFOR_FEES, OKAFOR_BOYCOTT, BELK_BOYCOTT}
    assert quotes[OKAFOR_BOYCOTT]["speaker"] == "Tom Okafor"
    assert quotes[BELK_BOYCOTT]["speaker_kind"] == "other"  # the extractor's guess the file will correct
    for quote in quotes.values():
        for shown, kept, source in FIELDS:
            assert quote[shown] == quote[kept] and quote[source] == FROM_ARTICLE


def test_the_file_overrides_kind_role_and_affiliation_at_ingest(tmp_path, monkeypatch, articles, speakers_file):
    speakers_file(PINNED)
    quotes = quotes_of(ingested(tmp_path, monkeypatch, articles, "pinned"))
    for belk in (quotes[BELK_FEES], quotes[BELK_BOYCOTT]):
        assert (belk["speaker"], belk["speaker_kind"], belk["role"], belk["affiliation"]) == (
            "Anna Belk",
            "official",
            "deputy trade minister",
            "Varno",
        )
        assert {belk[source] for _, _, source in FIELDS} == {FROM_FILE}
    assert quotes[BELK_FEES]["article_kind"] == "analyst" and quotes[BELK_FEES]["article_role"] == "senior fellow"
    assert quotes[BELK_BOYCOTT]["article_kind"] == "other" and quotes[BELK_BOYCOTT]["article_affiliation"] == ""


def test_aliases_merge_two_spellings_into_one_speaker_across_articles(tmp_path, monkeypatch, articles, speakers_file):
    speakers_file(PINNED)
    store = ingested(tmp_path, monkeypatch, articles, "merged")
    quotes = quotes_of(store)
    fees, boycott = quotes[OKAFOR_FEES], quotes[OKAFOR_BOYCOTT]
    assert fees["speaker"] == boycott["speaker"] == "Tomas Okafor"
    assert (fees["article_speaker"], boycott["article_speaker"]) == ("Tomas Okafor", "Tom Okafor")
    assert fees["affiliation"] == boycott["affiliation"] == "Kestrel Shipping"
    assert (fees["role"], fees["role_from"]) == ("chief executive", FROM_ARTICLE)  # the entry gives no role
    assert (fees["speaker_kind"], fees["kind_from"]) == (fees["article_kind"], FROM_ARTICLE)
    assert "Tom Okafor" not in set(store.table(schema.QUOTES)["speaker"])


def test_applying_the_edited_file_replaces_and_restores_without_analysing(
    tmp_path, monkeypatch, articles, speakers_file, capsys
):
    speakers_file(EDITED)
    expected = quotes_of(ingested(tmp_path, monkeypatch, articles, "edited"))
    speakers_file(PINNED)
    store = ingested(tmp_path, monkeypatch, articles, "store")
    speakers_file(EDITED)
    for method in ("__call__", "pipe"):
        monkeypatch.setattr(Language, method, lambda *_, **__: pytest.fail("the speakers command parsed text"))
    assert main(["speakers"]) == 0
    out = capsys.readouterr().err
    assert "applied to 4 stored quotes: 2 show a pinned speaker, 4 changed" in out, out
    quotes = quotes_of(store)
    assert quotes == expected  # exactly what an ingest with the edited file stores
    belk = quotes[BELK_BOYCOTT]
    assert (belk["speaker_kind"], belk["kind_from"]) == ("analyst", FROM_FILE)
    assert (belk["role"], belk["role_from"], belk["affiliation_from"]) == ("", FROM_ARTICLE, FROM_ARTICLE)
    okafor = quotes[OKAFOR_BOYCOTT]
    assert okafor["speaker"] == "Tom Okafor" and {okafor[s] for _, _, s in FIELDS} == {FROM_ARTICLE}
    assert main(["speakers"]) == 0  # applying the same file again changes nothing
    assert "4 stored quotes: 2 show a pinned speaker, 0 changed" in capsys.readouterr().err


def test_a_rebuild_pins_by_the_file_of_the_day(tmp_path, monkeypatch, articles, speakers_file):
    speakers_file(EDITED)
    expected = quotes_of(ingested(tmp_path, monkeypatch, articles, "edited"))
    speakers_file(PINNED)
    store = ingested(tmp_path, monkeypatch, articles, "store")
    speakers_file(EDITED)
    assert main(["rebuild"]) == 0
    assert quotes_of(store) == expected


def test_the_edited_file_is_applied_in_one_transaction(tmp_path, monkeypatch, articles, speakers_file, child):
    pinned, edited = tmp_path / "pinned.toml", tmp_path / "edited.toml"
    pinned.write_text(PINNED, encoding="utf-8")
    edited.write_text(EDITED, encoding="utf-8")
    speakers_file(PINNED)
    store = ingested(tmp_path, monkeypatch, articles, "store")
    before = raw_tables(store.path)
    child(APPLY_AND_STOP, store.path, edited).wait_for("updated, not committed").kill()
    after = raw_tables(store.path)
    for name, df in before.items():
        pd.testing.assert_frame_equal(after[name], df, obj=name)
    assert child(APPLY_AND_STOP, store.path, edited).wait_for("updated, not committed").release() == 0
    assert quotes_of(store)[OKAFOR_BOYCOTT]["speaker"] == "Tom Okafor"


def test_a_bad_file_stops_an_ingest_before_anything_is_written(tmp_path, monkeypatch, articles, speakers_file, capsys):
    speakers_file(PINNED)
    store = ingested(tmp_path, monkeypatch, articles, "store")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "more.txt").write_text(FEES.replace("02042025", "03042025"), encoding="utf-8")
    before = raw_tables(store.path)
    bad = speakers_file(PINNED.replace('kind = "official"', 'kind = "minister"'))
    capsys.readouterr()
    for command in (
        ["ingest", str(tmp_path / "more")],
        ["speakers"],
        ["extract", str(tmp_path / "more"), "--out", str(tmp_path / "out")],
    ):
        assert main(command) == 2
        (line,) = capsys.readouterr().err.strip().splitlines()
        assert f"speakers file {bad}, line 4: kind 'minister' is not one of" in line, line
    for name, df in raw_tables(store.path).items():
        pd.testing.assert_frame_equal(df, before[name], obj=name)
    assert not (tmp_path / "out").exists()
    monkeypatch.setenv("DASHBOARD_STORE", str(tmp_path / "new.duckdb"))
    assert main(["ingest", str(tmp_path / "more")]) == 2
    assert not (tmp_path / "new.duckdb").exists()


def test_the_31ad377_store_migrates_and_then_follows_the_file(old_store, monkeypatch, speakers_file, capsys):
    monkeypatch.setenv("DASHBOARD_STORE", str(old_store))
    before = raw_tables(old_store)[schema.QUOTES]
    quotes = Store(old_store).table(schema.QUOTES)
    pd.testing.assert_frame_equal(quotes[list(before.columns)].sort_values("quote_id", ignore_index=True), before)
    for shown, kept, source in FIELDS:
        assert quotes[kept].fillna("").equals(quotes[shown].fillna("")) and set(quotes[source]) == {FROM_ARTICLE}
    envoy = quotes["speaker"] == "Lena Ostrowska"
    assert set(quotes.loc[envoy, "speaker_kind"]) == {"official", "analyst"}  # the split profile
    speakers_file('[[speaker]]\nname = "Lena Ostrowska"\nkind = "official"\n')
    assert main(["speakers"]) == 0
    after = Store(old_store).table(schema.QUOTES)
    assert set(after.loc[envoy, "speaker_kind"]) == {"official"}
    assert set(after.loc[envoy, "article_kind"]) == {"official", "analyst"}
    others = after.loc[~envoy, SHOWN]
    pd.testing.assert_frame_equal(others, quotes.loc[~envoy, SHOWN])

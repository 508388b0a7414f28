"""Every reader format, on small files of our own writing; the seed article; the bundled samples."""

from __future__ import annotations

import json
import os
import threading
import zipfile
from datetime import datetime
from html import escape
from pathlib import Path

from dashboard.sources import Article, ReadFailure, read_bytes, read_paths
from dashboard.sources.text import parse_text
from tests.conftest import SAMPLES, SEED

BODY_ONE = (
    "The harbour board of Eastmere approved a new customs agreement on Monday, after two years of talks "
    "with the neighbouring port of Lindvale."
)
BODY_TWO = (
    "Officials said the agreement would cut the time that containers wait for inspection and would allow "
    "joint patrols of the outer channel."
)
BODY_THREE = "Shipping firms welcomed the decision, although some warned that the fees were still too high."


def only_articles(results: list) -> list[Article]:
    failures = [r for r in results if isinstance(r, ReadFailure)]
    assert not failures, failures
    return results


def read_one(path: Path) -> Article:
    (article,) = only_articles(list(read_paths([path])))
    return article


def test_seed_article_reads_id_date_title_headings_and_paragraphs():
    article = read_one(SEED)
    assert article.article_id == "news-23082024-110344"
    assert article.published == datetime(2024, 8, 23, 11, 3, 44)
    assert article.title == "China-Russia Relations Strengthened Through Premier’s Trip"
    assert article.headings == [
        "Reassuring Moscow amidst Trade Strains",
        "Challenges in Bilateral Trade Relations",
        "Strengthening Strategic Cooperation",
        "Counterbalancing NATO Pressure",
        "Global Diplomatic Coordination",
    ]
    assert len(article.paragraphs) == 12
    assert [p.index for p in article.paragraphs] == list(range(12))
    assert article.paragraphs[0].section == ""
    assert article.paragraphs[1].section == "Reassuring Moscow amidst Trade Strains"
    assert article.paragraphs[-1].section == "Global Diplomatic Coordination"
    assert not any(p.text in article.headings or p.text.startswith("news-") for p in article.paragraphs)


def test_id_line_with_an_impossible_clock_time_keeps_the_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"news-05032025-000075\n\nPort Deal Signed\n\n{BODY_ONE}\n", encoding="utf-8")
    article = read_one(path)
    assert article.article_id == "news-05032025-000075"
    assert article.published == datetime(2025, 3, 5)


def test_plain_text_without_id_line_gets_first_line_title_and_a_stable_hash_id(tmp_path):
    text = f"Port Deal Signed\n\n{BODY_ONE}\n\n{BODY_TWO}\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    first, second = only_articles(list(read_paths([tmp_path / "a.txt", tmp_path / "b.txt"])))
    assert first.title == "Port Deal Signed"
    assert first.published is None
    assert first.article_id.startswith("doc-") and first.article_id == second.article_id
    assert [p.text for p in first.paragraphs] == [BODY_ONE, BODY_TWO]
    other = parse_text(text + "\nOne more sentence was added here.\n")
    assert other.article_id != first.article_id


def test_title_running_into_the_first_paragraph_is_split_at_the_first_line(tmp_path):
    path = tmp_path / "a.txt"
    wrapped = (
        "The harbour board of Eastmere approved a new customs\nagreement on Monday, after two years of talks\n"
        "with the neighbouring port of Lindvale, officials said."
    )
    path.write_text(f"Port Deal Signed\n{wrapped}\n\n{BODY_THREE}\n", encoding="utf-8")
    article = read_one(path)
    assert article.title == "Port Deal Signed"
    assert [p.text for p in article.paragraphs] == [" ".join(wrapped.split()), BODY_THREE]


def test_hard_wrapped_lines_join_and_long_unwrapped_lines_are_paragraphs(tmp_path):
    wrapped = "The harbour board of Eastmere approved a new customs\nagreement on Monday, after two years\nof talks."
    path = tmp_path / "a.txt"
    path.write_text(f"Port Deal Signed\n\n{wrapped}\n\n{BODY_ONE}\n{BODY_TWO}\n{BODY_THREE}\n", encoding="utf-8")
    article = read_one(path)
    assert [p.text for p in article.paragraphs] == [" ".join(wrapped.split()), BODY_ONE, BODY_TWO, BODY_THREE]


def test_headings_name_following_paragraphs_and_short_trailing_or_stacked_lines_stay_text(tmp_path):
    text = (
        f"Port Deal Signed\n\n{BODY_ONE}\n\nWhat the Deal Changes\n\n{BODY_TWO}\n\n"
        "Net income 4.1 mln vs 3.2 mln\n\nRevenue 9.8 mln vs 7.7 mln\n\nReporting by Tove Anker\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    article = read_one(path)
    assert article.headings == ["What the Deal Changes"]
    assert [p.text for p in article.paragraphs[2:]] == [
        "Net income 4.1 mln vs 3.2 mln",
        "Revenue 9.8 mln vs 7.7 mln",
        "Reporting by Tove Anker",
    ]


def test_markdown_headings_become_sections_and_markup_is_stripped(tmp_path):
    text = (
        '---\ntitle: "Port Deal Signed"\ndate: 2025-02-11\nsource: Eastmere Courier\n---\n\n'
        "# Port Deal Signed\n\n"
        "The **harbour board** of [Eastmere](https://example.org/eastmere) approved a _new_ customs agreement\n"
        "on Monday, after two years of talks with `Lindvale`. ![map](map.png)\n\n"
        "## What happens next?\n"
        f"> {BODY_TWO}\n\n"
        "- Fees fall by a tenth for small ships.\n- The outer channel gets joint patrols.\n\n"
        "```\ncode_should_not_appear = 1\n```\n\n"
        "Setext Heading Here\n-------------------\n\n"
        "The file named port_fees_2025 stays as written, and *so* does the rest.\n"
    )
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    article = read_one(path)
    assert article.title == "Port Deal Signed"
    assert article.published == datetime(2025, 2, 11)
    assert article.source == "Eastmere Courier"
    assert article.headings == ["What happens next?", "Setext Heading Here"]
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == (
        "The harbour board of Eastmere approved a new customs agreement on Monday, after two years "
        "of talks with Lindvale."
    )
    assert texts[1:4] == [BODY_TWO, "Fees fall by a tenth for small ships.", "The outer channel gets joint patrols."]
    assert texts[4] == "The file named port_fees_2025 stays as written, and so does the rest."
    assert article.paragraphs[4].section == "Setext Heading Here"
    assert not any("code_should" in t or "](" in t or "**" in t for t in texts)


HTML = """<!DOCTYPE html><html><head><title>Port Deal Signed | Eastmere Courier</title>
<meta property="article:published_time" content="2025-03-14T09:30:00Z">
<script>var tracker = "SCRIPT-IN-HEAD";</script><style>p {{ color: red }}</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Port Deal Signed</h1>
<p>{one}</p>
<h2>What the Deal Changes</h2>
<p>{two}</p>
<script>document.write("SCRIPT-IN-BODY")</script>
<p>{three}</p></article>
<footer>All rights reserved by nobody in particular.</footer></body></html>"""


def test_html_gives_title_date_sections_and_main_text_without_scripts(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML.format(one=BODY_ONE, two=BODY_TWO, three=BODY_THREE), encoding="utf-8")
    article = read_one(path)
    assert article.title.startswith("Port Deal Signed")
    assert article.published == datetime(2025, 3, 14)
    assert [p.text for p in article.paragraphs] == [BODY_ONE, BODY_TWO, BODY_THREE]
    assert article.headings == ["What the Deal Changes"]
    everything = article.title + " ".join(p.text for p in article.paragraphs)
    assert "SCRIPT-IN" not in everything and "color" not in everything and "Home" not in everything


def test_json_object_list_and_articles_key_with_field_aliases(tmp_path):
    one = {
        "id": "eastmere-1",
        "title": "Port Deal Signed",
        "body": f"{BODY_ONE}\n\n{BODY_TWO}",
        "date": "2025-01-20T08:15:00",
        "url": "https://example.org/1",
    }
    two = {
        "Title": "Fees Still High",
        "Text": [BODY_THREE, BODY_TWO],
        "Published": "20 January 2025",
        "Source": "Eastmere Courier",
    }
    (tmp_path / "one.json").write_text(json.dumps(one), encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([one, two]), encoding="utf-8")
    (tmp_path / "wrapped.json").write_text(json.dumps({"articles": [two]}), encoding="utf-8")
    single = read_one(tmp_path / "one.json")
    assert (single.article_id, single.title, single.source) == (
        "eastmere-1",
        "Port Deal Signed",
        "https://example.org/1",
    )
    assert single.published == datetime(2025, 1, 20, 8, 15)
    assert [p.text for p in single.paragraphs] == [BODY_ONE, BODY_TWO]
    listed = only_articles(list(read_paths([tmp_path / "list.json"])))
    assert [a.title for a in listed] == ["Port Deal Signed", "Fees Still High"]
    assert listed[1].source_file.endswith("list.json (record 2)")
    wrapped = read_one(tmp_path / "wrapped.json")
    assert wrapped.published == datetime(2025, 1, 20) and wrapped.source == "Eastmere Courier"
    assert [p.text for p in wrapped.paragraphs] == [BODY_THREE, BODY_TWO]


def test_jsonl_reads_one_article_per_line(tmp_path):
    lines = [
        {"id": "a1", "title": "Port Deal Signed", "text": BODY_ONE, "published": "2025-01-20"},
        {"id": "a2", "title": "Fees Still High", "text": BODY_THREE, "published": "2025-01-21"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    articles = only_articles(list(read_paths([path])))
    assert [a.article_id for a in articles] == ["a1", "a2"]
    assert articles[1].published == datetime(2025, 1, 21)


def test_json_lines_on_standard_input_are_read_each_as_soon_as_its_line_arrives():
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as stream:
        with os.fdopen(write_end, "wb") as feed:
            feed.write(json.dumps({"id": "first", "title": "Harbour deal", "text": BODY_ONE}).encode() + b"\n\n")
            feed.flush()
            results = read_paths(["-"], stdin=stream)
            first: list = []
            reader = threading.Thread(target=lambda: first.append(next(results)), daemon=True)
            reader.start()
            reader.join(timeout=60)  # the pipe is still open: a reader that waited for its end would hang here
            assert first and first[0].article_id == "first"
            feed.write(b"not json\n" + json.dumps({"title": "Second", "body": BODY_TWO}).encode() + b"\n")
        rest = list(results)
    assert [str(r) for r in rest if isinstance(r, ReadFailure)] == [
        "<stdin> (line 3): malformed JSON at column 1: Expecting value"
    ]
    assert [a.title for a in rest if isinstance(a, Article)] == ["Second"]


def test_csv_with_multiline_cells_and_semicolons(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        "id;title;body;date;source\n"
        f'c1;Port Deal Signed;"{BODY_ONE}\n\n{BODY_TWO}";2025-01-20;Eastmere Courier\n'
        f'c2;"Fees; Still High";"{BODY_THREE}";;\n',
        encoding="utf-8",
    )
    first, second = only_articles(list(read_paths([path])))
    assert first.article_id == "c1" and first.source == "Eastmere Courier"
    assert [p.text for p in first.paragraphs] == [BODY_ONE, BODY_TWO]
    assert second.title == "Fees; Still High" and second.published is None


def test_folders_are_read_recursively_skipping_hidden_and_other_files(tmp_path):
    (tmp_path / "2025" / "jan").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    (tmp_path / "2025" / "jan" / "a.txt").write_text(f"Port Deal Signed\n\n{BODY_ONE}\n", encoding="utf-8")
    (tmp_path / "2025" / "b.md").write_text(f"# Fees Still High\n\n{BODY_THREE}\n", encoding="utf-8")
    (tmp_path / ".cache" / "c.txt").write_text(f"Hidden\n\n{BODY_TWO}\n", encoding="utf-8")
    (tmp_path / ".d.txt").write_text(f"Hidden\n\n{BODY_TWO}\n", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    articles = only_articles(list(read_paths([tmp_path])))
    assert [a.title for a in articles] == ["Fees Still High", "Port Deal Signed"]


def test_zip_members_are_read_and_named_after_the_archive(tmp_path):
    path = tmp_path / "batch.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("news/a.txt", f"news-20012025-081500\n\nPort Deal Signed\n\n{BODY_ONE}\n")
        zf.writestr("news/b.jsonl", json.dumps({"title": "Fees Still High", "text": BODY_THREE}) + "\n")
        zf.writestr("__MACOSX/news/._a.txt", "junk")
        zf.writestr("readme.pdf", "not an article")
    first, second = only_articles(list(read_paths([path])))
    assert first.article_id == "news-20012025-081500"
    assert first.source_file == f"{path}!news/a.txt"
    assert second.source_file == f"{path}!news/b.jsonl (line 1)"


def test_read_bytes_reads_an_upload_by_its_name():
    data = f"news-20012025-081500\n\nPort Deal Signed\n\n{BODY_ONE}\n".encode()
    (article,) = list(read_bytes("upload.txt", data))
    assert isinstance(article, Article) and article.source_file == "upload.txt"
    assert article.published == datetime(2025, 1, 20, 8, 15)


def test_all_bundled_samples_read_with_dates_and_more_than_one_format():
    results = list(read_paths([SAMPLES]))
    articles = only_articles(results)
    assert len(articles) >= 8
    assert all(a.published is not None for a in articles)
    assert all(len(a.paragraphs) >= 3 for a in articles)
    assert len({a.article_id for a in articles}) == len(articles)
    assert len({Path(a.source_file.split("!")[0].split(" (")[0]).suffix for a in articles}) >= 2
    months = {(a.published.year, a.published.month) for a in articles}
    assert len(months) >= 5


def test_a_heading_restating_a_known_title_is_not_a_section():
    text = f"# Port Deal Signed\n\n{BODY_ONE}\n\n## What the Deal Changes\n\n{BODY_TWO}\n"
    article = parse_text(text, title="Port Deal Signed - Eastmere Courier", markdown=True)
    assert article.headings == ["What the Deal Changes"]
    assert [p.text for p in article.paragraphs] == [BODY_ONE, BODY_TWO]


def test_markdown_keeps_angle_bracket_names_rules_of_underscores_and_arithmetic():
    text = (
        "Port Deal Signed\n\nShares of <Acme Harbour Corp> rose, the <b>board</b> said, and 2*3*4 "
        "stays as written.\n\nThe form had a blank line ___ to sign.\n"
    )
    article = parse_text(text, markdown=True)
    assert [p.text for p in article.paragraphs] == [
        "Shares of <Acme Harbour Corp> rose, the board said, and 2*3*4 stays as written.",
        "The form had a blank line ___ to sign.",
    ]


def test_html_text_keeps_characters_that_markdown_would_escape():
    paragraph = "Shares of <Eastmere Port Co> rose 5% after the *draft* deal [leaked]; file_name stays #1."
    html = (
        "<html><head><title>Port Shares Rise</title></head><body><article><h1>Port Shares Rise</h1>"
        f"<p>{escape(paragraph)}</p><p>{escape(BODY_TWO)}</p></article></body></html>"
    )
    (article,) = only_articles(list(read_bytes("page.html", html.encode())))
    assert [p.text for p in article.paragraphs] == [paragraph, BODY_TWO]
    assert article.headings == []


def test_text_starting_with_a_paragraph_keeps_it_in_the_body_and_takes_a_title_from_it():
    long_first = BODY_ONE + " " + BODY_TWO  # one line, far longer than any title
    article = parse_text(f"{long_first}\n\n{BODY_THREE}\n")
    assert article.title == BODY_ONE
    assert [p.text for p in article.paragraphs] == [long_first, BODY_THREE]
    run_on = parse_text(" ".join(["word"] * 40) + ".\n\n" + BODY_THREE)
    assert run_on.title == " ".join(["word"] * 12) + " …"
    assert len(run_on.paragraphs) == 2


def test_json_lines_saved_as_json_and_a_web_page_saved_as_text_are_recognised():
    lines = [json.dumps({"id": f"a{n}", "title": "Port Deal Signed", "text": BODY_ONE}) for n in (1, 2)]
    assert [a.article_id for a in only_articles(list(read_bytes("feed.json", "\n".join(lines).encode())))] == [
        "a1",
        "a2",
    ]
    page = HTML.format(one=BODY_ONE, two=BODY_TWO, three=BODY_THREE)
    (article,) = only_articles(list(read_bytes("saved-page.txt", page.encode())))
    assert [p.text for p in article.paragraphs] == [BODY_ONE, BODY_TWO, BODY_THREE]


def test_an_overlong_paragraph_is_cut_at_sentence_ends_losing_nothing():
    sentences = [f"The board met for the {n}th time and the fees went up again." for n in range(1, 1500)]
    article = parse_text("Endless Meeting\n\n" + " ".join(sentences) + "\n\n" + BODY_THREE + "\n")
    pieces = [p.text for p in article.paragraphs[:-1]]
    assert len(pieces) > 3 and all(len(p) <= 20_000 for p in pieces)
    assert all(p.endswith("again.") for p in pieces)
    assert " ".join(pieces) == " ".join(sentences)
    assert article.paragraphs[-1].text == BODY_THREE
    assert [p.index for p in article.paragraphs] == list(range(len(article.paragraphs)))

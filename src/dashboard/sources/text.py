"""Text -> Article: the seed layout (id line, title, headings, paragraphs), plain or in Markdown."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from dashboard.sources.article import Article, Paragraph, text_hash
from dashboard.sources.blocks import Block, plain_blocks
from dashboard.sources.dates import parse_date
from dashboard.sources.errors import ReadError
from dashboard.sources.language import check_english
from dashboard.sources.markdown import markdown_blocks

ID_LINE = re.compile(r"^news-(\d{2})(\d{2})(\d{4})-(\d{2})(\d{2})(\d{2})$")
HEADING_MAX_WORDS = 12
TITLE_MAX_WORDS = 25
# No news paragraph comes near this; a longer one (a file without paragraph breaks) is cut so that
# the analysis, which parses a paragraph at a time, gets pieces of a size it can take.
MAX_PARAGRAPH_CHARS = 20_000
FINAL_PUNCTUATION = tuple(".!?:;,\"'\u201d\u2019)…")


def parse_text(
    text: str,
    *,
    source_file: str = "",
    title: str = "",
    article_id: str = "",
    published: datetime | None = None,
    source: str = "",
    markdown: bool = False,
) -> Article:
    """An article from plain text in the seed format (or markdown); the id line, title and headings are optional."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if markdown:
        meta, blocks = markdown_blocks(text)
        title = title or meta.get("title", "")
        article_id = article_id or meta.get("id", "")
        published = published or parse_date(meta.get("published") or meta.get("date"))
        source = source or meta.get("source") or meta.get("url") or ""
    else:
        blocks = plain_blocks(text)
    if not blocks:
        raise ReadError("file has no text")
    first, _, rest = blocks[0].text.partition("\n")
    match = ID_LINE.match(first.strip())
    if match:
        article_id = article_id or first.strip()
        published = published or id_date(match)
        blocks = ([Block(rest.strip())] if rest.strip() else []) + blocks[1:]
    if title:
        if blocks and _repeats_title(blocks[0], title):
            blocks = blocks[1:]
    elif blocks:
        title, blocks = _take_title(blocks)
    paragraphs = _paragraphs(blocks)
    if not paragraphs:
        raise ReadError("file has a title but no body paragraphs" if title else "file has no text besides its id line")
    check_english(title, [p.text for p in paragraphs])
    if not article_id:
        article_id = "doc-" + text_hash("\n\n".join([title, *(p.text for p in paragraphs)]))
    return Article(article_id, title, tuple(paragraphs), published, source, source_file)


def _repeats_title(block: Block, title: str) -> bool:
    """The first block restates the known title (an HTML <h1> under a <title> that adds the site's name)."""
    text, title = _fold(block.text), _fold(title)
    return text == title or (block.heading and bool(text) and (text in title or title in text))


def _take_title(blocks: list[Block]) -> tuple[str, list[Block]]:
    """The title is the first block, or its first line when the block runs on into a paragraph.

    A text that starts straight with a paragraph has no title line: it is titled by its first sentence
    (shortened), and the paragraph stays in the body.
    """
    first, rest = blocks[0], blocks[1:]
    lines = first.text.split("\n")
    if first.heading or len(first.text.split()) <= TITLE_MAX_WORDS:
        return " ".join(first.text.split()), rest
    if len(lines[0].split()) <= TITLE_MAX_WORDS:
        return " ".join(lines[0].split()), [Block("\n".join(lines[1:])), *rest]
    sentence = re.split(r"(?<=[.!?])\s", " ".join(first.text.split()), maxsplit=1)[0].split()
    title = " ".join(sentence) if len(sentence) <= TITLE_MAX_WORDS else " ".join(sentence[:12]) + " …"
    return title, blocks


def _paragraphs(blocks: list[Block]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    section = ""
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        # A heading names the paragraphs after it: a short line followed by another one is a short paragraph.
        names_paragraphs = following is not None and not following.heading and not is_heading(following.text)
        if block.heading or (is_heading(block.text) and names_paragraphs):
            section = " ".join(block.text.split())
            continue
        for piece in split_long(" ".join(block.text.split())):
            paragraphs.append(Paragraph(len(paragraphs), section, piece))
    return paragraphs


def split_long(text: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """A paragraph cut into pieces of at most `limit` characters, at sentence ends where it can be."""
    pieces: list[str] = []
    while len(text) > limit:
        end = max(text.rfind(mark, 0, limit) for mark in (". ", "? ", "! "))
        cut = end + 1 if end > limit // 2 else text.rfind(" ", 0, limit)
        cut = cut if cut > 0 else limit
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    return [*pieces, text] if text else pieces


def is_heading(block: str) -> bool:
    """A section heading: one short line, capitalised, no final punctuation and not a row of figures."""
    block = block.strip()
    if not block or "\n" in block or not block[0].isupper() or block.endswith(FINAL_PUNCTUATION):
        return False
    words = block.split()
    return len(words) <= HEADING_MAX_WORDS and sum(any(c.isdigit() for c in w) for w in words) <= 1


def id_date(match: re.Match) -> datetime | None:
    """The publication time in an id line; the date alone when the time part is not a clock time."""
    day, month, year, hour, minute, second = map(int, match.groups())
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        pass
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().lstrip("# ").split())

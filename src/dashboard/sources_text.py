"""Text -> Article: decoding bytes, the seed layout (id line, title, headings, paragraphs) and dates."""

from __future__ import annotations

import codecs
import re
import unicodedata
from datetime import datetime
from typing import NamedTuple

from dashboard.article import Article, Paragraph, text_hash
from dashboard.sources_errors import ReadError
from dashboard.sources_language import check_english

ID_LINE = re.compile(r"^news-(\d{2})(\d{2})(\d{4})-(\d{2})(\d{2})(\d{2})$")
HEADING_MAX_WORDS = 12
TITLE_MAX_WORDS = 25
# Hard-wrapped text keeps lines under this width; longer lines are whole paragraphs written one per line.
WRAP_WIDTH = 120
# No news paragraph comes near this; a longer one (a file without paragraph breaks) is cut so that
# the analysis, which parses a paragraph at a time, gets pieces of a size it can take.
MAX_PARAGRAPH_CHARS = 20_000
FINAL_PUNCTUATION = tuple(".!?:;,\"'\u201d\u2019)…")
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y", "%Y%m%d")


class Block(NamedTuple):
    """A block of text between blank lines; `heading` is True when the markup says so (markdown '#')."""

    text: str
    heading: bool = False


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8 (any byte that is not UTF-8 read as cp1252), UTF-16/32 with BOM, BOM-less UTF-16."""
    if not data.strip():
        raise ReadError("file is empty" if not data else "file is blank (only white space)")
    text = _decode(data)
    if _looks_binary(text):
        raise ReadError("file holds binary data, not text")
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ReadError("file is blank (only white space)")
    return text


def _decode(data: bytes) -> str:
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise ReadError(f"file starts with a {codec.upper()} mark but is not valid {codec.upper()}") from err
    sample = data[:4096]
    if b"\x00" in sample:
        even, odd = sample[0::2].count(0) / max(1, len(sample[0::2])), sample[1::2].count(0) / max(1, len(sample[1::2]))
        codec = "utf-16-le" if odd > 0.4 and even < 0.05 else "utf-16-be" if even > 0.4 and odd < 0.05 else ""
        if not codec:
            raise ReadError("file holds binary data, not text")
        return data.decode(codec, errors="replace")
    return data.decode("utf-8", errors=CP1252_FALLBACK)


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8 read as cp1252 (Windows Latin-1), so mixed and legacy files decode whole."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start : err.end].decode("cp1252", errors="replace"), err.end


CP1252_FALLBACK = "dashboard.cp1252"
codecs.register_error(CP1252_FALLBACK, _cp1252_bytes)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t\f")
    return controls > 0.01 * len(sample) or sample.count("\ufffd") > 0.01 * len(sample)


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
        from dashboard.sources_markdown import markdown_blocks

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


def plain_blocks(text: str) -> list[Block]:
    """Blocks between blank lines; a block of long unwrapped lines is one paragraph per line."""
    blocks: list[Block] = []
    for raw in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in raw.strip().split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and max(map(len, lines)) > WRAP_WIDTH:
            blocks.extend(Block(line) for line in lines)
        else:
            blocks.append(Block("\n".join(lines)))
    return blocks


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


def parse_date(value: object) -> datetime | None:
    """A publication date from metadata (ISO text, common written forms or epoch seconds); None if unreadable."""
    if value in (None, "") or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value)
        except (OverflowError, OSError, ValueError):
            return None
    text = " ".join(str(value).split())[:64]
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed.replace(tzinfo=None) if parsed.tzinfo else parsed
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().lstrip("# ").split())

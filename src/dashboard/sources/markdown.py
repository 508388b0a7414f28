"""Markdown -> plain blocks: '#' headings become sections, emphasis and link markup go, the words stay."""

from __future__ import annotations

import re

from dashboard.sources.blocks import Block, plain_blocks

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
RULE = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
# A backslash-escaped punctuation mark is set aside while the markup goes, then put back as itself.
ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
SET_ASIDE = 0xE000  # into the Unicode private use area, which news text does not use
INLINE_TAGS = "a|abbr|b|br|cite|code|del|em|font|i|img|ins|kbd|mark|q|s|small|span|strong|sub|sup|u"
# (the character that starts the markup, its pattern, the replacement)
INLINE = (
    ("!", re.compile(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)"), ""),  # images
    ("[", re.compile(r"\[([^\[\]\n]{1,500})\]\([^)\n]{0,2000}\)"), r"\1"),  # [text](url)
    ("[", re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\]\n]{0,100}\]"), r"\1"),  # [text][ref]
    ("<", re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # <http://autolink>
    ("<", re.compile(rf"</?(?:{INLINE_TAGS})(?:\s[^<>]*)?/?>", re.I), ""),  # html tags, not <Acme Corp>
    ("`", re.compile(r"`+([^`]{1,1000}?)`+"), r"\1"),  # code spans
    ("*", re.compile(r"(\*\*)(?=[^\s*_])(.{1,1000}?)(?<=[^\s*_])\*\*"), r"\2"),  # **strong**
    ("_", re.compile(r"(__)(?=[^\s*_])(.{1,1000}?)(?<=[^\s*_])__"), r"\2"),  # __strong__
    ("*", re.compile(r"(?<![\w*])\*(?=[^\s*])(.{1,1000}?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # *emphasis*
    ("_", re.compile(r"(?<![\w_])_(?=[^\s_])(.{1,1000}?)(?<=[^\s_])_(?![\w_])"), r"\1"),  # _emphasis_
    ("~", re.compile(r"~~(.{1,1000}?)~~"), r"\1"),  # strike-through
)
# A line with more marks than this is no prose with markup (a table, a drawing, an attack): left as it is.
MAX_MARKS = 100


def markdown_blocks(text: str) -> tuple[dict[str, str], list[Block]]:
    """The front matter fields (title, date, ...) and the text blocks of a markdown document."""
    meta: dict[str, str] = {}
    match = FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep and value.strip():
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[match.end() :]
    return meta, _blocks(text.split("\n"))


def strip_inline(line: str) -> str:
    """One line without emphasis, link, image or code markup."""
    line = ESCAPED.sub(lambda m: chr(SET_ASIDE + ord(m.group(1))), line)
    for mark, pattern, replacement in INLINE:
        if mark in line and line.count(mark) <= MAX_MARKS:
            line = pattern.sub(replacement, line)
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group()) - SET_ASIDE), line)


def _blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    pending: list[str] = []
    in_fence = False

    def flush() -> None:
        if pending:
            blocks.extend(plain_blocks("\n".join(pending)))
            pending.clear()

    for line in lines:
        if FENCE.match(line):
            in_fence = not in_fence
            flush()
            continue
        if in_fence or REFERENCE.match(line):
            continue  # code and link definitions are not article text
        heading = ATX_HEADING.match(line)
        underline = SETEXT_UNDERLINE.match(line)
        if heading or (underline and len(pending) == 1 and pending[0].strip()):
            text = heading.group(2) if heading else pending.pop()
            flush()
            if strip_inline(text).strip():
                blocks.append(Block(strip_inline(text).strip(), heading=True))
            continue
        if RULE.match(line):
            flush()
            continue
        line = re.sub(r"^ {0,3}(?:>[ \t]?)+", "", line)  # block quotes keep their words
        if LIST_ITEM.match(line):
            flush()  # each list item is a paragraph of its own
            line = LIST_ITEM.sub("", line)
        if not line.strip():
            flush()
            continue
        pending.append(strip_inline(line))
    flush()
    return blocks

"""One article laid out for reading: paragraph text escaped for Markdown, with entities and quotes marked.

Article text is untrusted. Every character Markdown (or Streamlit's extensions: colours, emoji, maths)
could read as syntax is backslash-escaped, so the text shows exactly as written and never as HTML, links
or formatting; only the marks this module adds around the escaped pieces are syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from dashboard import schema

_WORD = re.compile(r"\w+")
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$:&])")
ENTITY_MARK = "blue-background"
QUOTE_MARK = "orange-background"
SPEAKER_BADGE = "orange-badge"
#: The columns of a quote row that place it (`last_paragraph` may be missing from a frame written before it).
_QUOTE_COLUMNS = ("paragraph", "last_paragraph", "quote", "speaker", "start_char", "end_char")


def escape_markdown(text: str) -> str:
    """Text that Streamlit's Markdown shows literally: every syntax character backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


@dataclass(frozen=True)
class Span:
    """A marked stretch of a paragraph: an entity mention or a quote (with its speaker)."""

    start: int
    end: int
    kind: str
    note: str = ""


def paragraph_markdown(text: str, spans: list[Span]) -> str:
    """The paragraph as Markdown: entities on blue, quotes on orange followed by their speaker's badge."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        inside = [s for s in spans if s.start <= start and end <= s.end]
        piece = escape_markdown(text[start:end]) if text[start:end].strip() else text[start:end]
        quoted = any(s.kind == "quote" for s in inside)
        named = any(s.kind == "entity" for s in inside)
        if piece.strip() and quoted:
            piece = f":{QUOTE_MARK}[**{piece}**]" if named else f":{QUOTE_MARK}[{piece}]"
        elif piece.strip() and named:
            piece = f":{ENTITY_MARK}[{piece}]"
        out.append(piece)
        for quote in (s for s in spans if s.kind == "quote" and s.end == end and s.note):
            out.append(f" :{SPEAKER_BADGE}[{escape_markdown(quote.note)}]")
    return "".join(out)


def article_paragraphs(tables: dict[str, pd.DataFrame], article_id: str) -> list[dict]:
    """The article's paragraphs in order, each with section, themes, Markdown body and its quotes."""
    paragraphs = tables[schema.PARAGRAPHS]
    paragraphs = paragraphs.loc[paragraphs["article_id"] == article_id].sort_values("paragraph")
    entities = tables[schema.ENTITIES]
    entities = entities.loc[entities["article_id"] == article_id]
    quotes = tables[schema.QUOTES]
    quotes = quotes.loc[quotes["article_id"] == article_id]
    # Rows are read once, by paragraph, and only the columns used: a wide frame's rows cost a lookup per column.
    named: dict[int, list[Span]] = {}
    for e in entities[["paragraph", "start_char", "end_char"]].itertuples(index=False):
        named.setdefault(int(e.paragraph), []).append(Span(int(e.start_char), int(e.end_char), "entity"))
    texts = {int(number): str(text) for number, text in zip(paragraphs["paragraph"], paragraphs["text"], strict=True)}
    marked: dict[int, list[Span]] = {}
    listed = {int(p) for p in quotes["paragraph"]}  # a headline's quote is listed with a paragraph it is not in
    for q in quotes[[c for c in _QUOTE_COLUMNS if c in quotes.columns]].itertuples(index=False):
        for number, span in quote_spans(texts, q):
            marked.setdefault(number, []).append(span)
    out = []
    for row in paragraphs[["paragraph", "section", "topics", "topic_terms", "text"]].itertuples(index=False):
        text, number = str(row.text), int(row.paragraph)
        spans = named.get(number, []) + marked.get(number, [])
        mine = quotes.loc[quotes["paragraph"] == number] if number in listed else quotes.iloc[0:0]
        out.append(
            {
                "paragraph": number,
                "section": str(row.section or ""),
                "themes": [t for t in str(row.topics or "").split(schema.TOPIC_SEPARATOR) if t],
                "terms": str(row.topic_terms or ""),
                "markdown": paragraph_markdown(text, spans),
                "quotes": mine,
            }
        )
    return out


def quote_spans(texts: dict[int, str], quote: object) -> list[tuple[int, Span]]:
    """Each paragraph a quote covers (by number, `texts` the article's paragraphs) and the stretch of it to mark:
    a quote over several paragraphs runs from its start to the end of its first paragraph, over those between
    whole, and to its end in its last, where its speaker's badge follows it."""
    first = int(quote.paragraph)
    last = getattr(quote, "last_paragraph", None)
    last = first if last is None or pd.isna(last) else int(last)
    if last <= first:
        span = quote_span(texts.get(first, ""), quote)
        return [] if span is None else [(first, span)]
    start, end = getattr(quote, "start_char", None), getattr(quote, "end_char", None)
    if pd.isna(start) or pd.isna(end) or any(p not in texts for p in range(first, last + 1)):
        return []
    speaker = str(getattr(quote, "speaker", "") or "unnamed")
    marks = []
    for p in range(first, last + 1):
        text = texts[p]
        begin = int(start) if p == first else len(text) - len(text.lstrip())
        stop = int(end) if p == last else len(text.rstrip())
        if 0 <= begin < stop <= len(text):
            marks.append((p, Span(begin, stop, "quote", speaker if p == last else "")))
    return marks


def quote_span(text: str, quote: object) -> Span | None:
    """Where a quote sits in its paragraph: its stored offsets if they hold its text, else where the text is."""
    words = str(getattr(quote, "quote", "") or "")
    speaker = str(getattr(quote, "speaker", "") or "unnamed")
    start, end = getattr(quote, "start_char", None), getattr(quote, "end_char", None)
    stored = pd.notna(start) and pd.notna(end) and 0 <= int(start) < int(end) <= len(text)
    if stored and (not words or _holds(text[int(start) : int(end)], words)):
        return Span(int(start), int(end), "quote", speaker)
    found = text.find(words) if words else -1
    if found >= 0:
        return Span(found, found + len(words), "quote", speaker)
    return None


def _holds(stored: str, words: str) -> bool:
    """Whether a stretch of the paragraph holds the quote's words in order (a split quote leaves out the
    narration between its parts), or lies within them."""
    wanted, have = _WORD.findall(words), iter(_WORD.findall(stored))
    return all(word in have for word in wanted) or stored in words

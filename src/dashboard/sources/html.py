"""HTML pages -> Articles through trafilatura: the main text, title and date, without menus or scripts."""

from __future__ import annotations

from dashboard.sources.article import Article
from dashboard.sources.dates import parse_date
from dashboard.sources.errors import ReadError
from dashboard.sources.text import parse_text

# trafilatura drops <script> and <style> itself; these hold fallback or template markup, never the article.
NEVER_TEXT = ["//noscript", "//template"]


def read_html(html: str, *, source_file: str) -> Article:
    """The article in a web page; its headings become sections; scripts, styles and menus never reach the text."""
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    try:
        page = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_formatting=True,
            include_comments=False,
            include_tables=False,
            include_links=False,
            prune_xpath=NEVER_TEXT,
        )
    except Exception as err:  # noqa: BLE001 - the library's own failures on odd markup become a reason
        raise ReadError(f"HTML could not be parsed ({type(err).__name__})") from err
    if page is None or not (page.text or "").strip():
        raise ReadError("no article text found in the HTML")
    return parse_text(
        page.text,
        source_file=source_file,
        title=" ".join((page.title or "").split()),
        published=parse_date(page.date),
        source=page.sitename or page.url or "",
        markdown=True,
    )

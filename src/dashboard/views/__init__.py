"""Views: what each page shows, asked of DuckDB as small frames, its figures and its CSV output; no Streamlit.

Every query runs on a connection where `store.queries.narrow` defined the `kept_*` views of the filters, and
returns an aggregate or the rows of one screen (`listing`), never a whole table. Themes of a paragraph are the
labels of its `topics` cell; months come from the article's publication date (undated articles are left out
of time series only). `charts` and `graph` draw the figures, `reading` lays out one article for reading,
`export` streams CSV and zip files, `options` gives the sidebar's choices, and `ahead` runs a page's questions that
need nothing else it asks on a second connection meanwhile.
"""

from dashboard.views.articles import ARTICLE_LIST, ARTICLE_ROWS, article, article_count, counts, store_holds, titles
from dashboard.views.entities import (
    ENTITIES,
    ENTITY_GROUPS,
    cooccurrence,
    entity_count,
    entity_timeline,
    leaders,
    most_named,
    top_entities,
)
from dashboard.views.listing import PAGE_ROWS, Listing, count, page_of
from dashboard.views.options import filter_options
from dashboard.views.speakers import (
    SPEAKERS,
    affiliations,
    quote_listing,
    speaker_profile,
    speaker_themes,
    top_speakers,
)
from dashboard.views.themes import THEMED_PARAGRAPHS, theme_by, theme_entities, theme_mix, theme_shares

__all__ = [
    "ARTICLE_LIST",
    "ARTICLE_ROWS",
    "ENTITIES",
    "ENTITY_GROUPS",
    "PAGE_ROWS",
    "SPEAKERS",
    "THEMED_PARAGRAPHS",
    "Listing",
    "affiliations",
    "article",
    "article_count",
    "cooccurrence",
    "count",
    "counts",
    "entity_count",
    "entity_timeline",
    "filter_options",
    "leaders",
    "most_named",
    "page_of",
    "quote_listing",
    "speaker_profile",
    "speaker_themes",
    "store_holds",
    "theme_by",
    "theme_entities",
    "theme_mix",
    "theme_shares",
    "titles",
    "top_entities",
    "top_speakers",
]

"""Views: each page's data as small frames, its figures and its CSV output; pure pandas and plotly, no Streamlit.

Every frame function takes the dict of filtered tables and gives a small frame that a chart or a table shows
as is. Themes of a paragraph are its labelled rows of `paragraph_topics`; months come from the article's
publication date (articles without one are left out of time series only). `charts` and `network` draw the
figures, `reading` lays out one article for reading, `export` writes CSV and zip files, and `filters` is the
pandas statement of what the store's filters keep.
"""

from dashboard.views.articles import article_list, counts
from dashboard.views.common import Tables, by_frequency, labelled, months, named
from dashboard.views.entities import ENTITY_GROUPS, cooccurrence, entity_summary, entity_timeline, top_entities
from dashboard.views.speakers import quotes_with_articles, speaker_profile, speaker_table, speaker_themes, top_speakers
from dashboard.views.themes import (
    theme_by,
    theme_by_article,
    theme_entities,
    theme_flags,
    theme_mix,
    themed_paragraphs,
)

__all__ = [
    "ENTITY_GROUPS",
    "Tables",
    "article_list",
    "by_frequency",
    "cooccurrence",
    "counts",
    "entity_summary",
    "entity_timeline",
    "labelled",
    "months",
    "named",
    "quotes_with_articles",
    "speaker_profile",
    "speaker_table",
    "speaker_themes",
    "theme_by",
    "theme_by_article",
    "theme_entities",
    "theme_flags",
    "theme_mix",
    "themed_paragraphs",
    "top_entities",
    "top_speakers",
]

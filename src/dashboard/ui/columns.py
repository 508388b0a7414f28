"""Column headers, widths and formats for the tables the pages show (the data keeps its schema names)."""

from __future__ import annotations

import streamlit as st

DATE = st.column_config.DatetimeColumn
TEXT = st.column_config.TextColumn
NUMBER = st.column_config.NumberColumn

ARTICLES = {
    "article_id": TEXT("Article id", width="medium"),
    "title": TEXT("Title", width="large"),
    "published": DATE("Published", format="YYYY-MM-DD"),
    "source": TEXT("Source"),
    "n_words": NUMBER("Words", format="%d"),
    "themes": TEXT("Themes (most paragraphs first)"),
    "quotes": NUMBER("Quotes", format="%d"),
    "entities": NUMBER("Entities", format="%d"),
}

QUOTES = {
    "published": DATE("Published", format="YYYY-MM-DD"),
    "speaker": TEXT("Speaker"),
    "speaker_kind": TEXT("Kind"),
    "role": TEXT("Role"),
    "affiliation": TEXT("Affiliation"),
    "quote": TEXT("Quote", width="large"),
    "cue": TEXT("Cue"),
    "direct": st.column_config.CheckboxColumn("Direct"),
    "topics": TEXT("Themes"),
    "title": TEXT("Article"),
}

SPEAKERS = {
    "speaker": TEXT("Speaker", width="medium"),
    "speaker_kind": TEXT("Kind"),
    "role": TEXT("Role"),
    "affiliation": TEXT("Affiliation"),
    "quotes": NUMBER("Quotes", format="%d"),
    "articles": NUMBER("Articles", format="%d"),
    "themes": TEXT("Themes (quotes)"),
    "first_seen": DATE("First seen", format="YYYY-MM-DD"),
    "last_seen": DATE("Last seen", format="YYYY-MM-DD"),
    "profile_from": TEXT("Profile from", help="Fields pinned by the speakers file; the rest come from the articles"),
}

PARAGRAPHS = {
    "title": TEXT("Article", width="medium"),
    "paragraph": NUMBER("¶", format="%d", width="small"),
    "section": TEXT("Section"),
    "topics": TEXT("Themes"),
    "topic_terms": TEXT("Matched terms", width="medium"),
    "text": TEXT("Paragraph", width="large"),
}

ENTITIES = {
    "canonical": TEXT("Entity", width="medium"),
    "label": TEXT("Type"),
    "mentions": NUMBER("Mentions", format="%d"),
    "articles": NUMBER("Articles", format="%d"),
}


def shares(names: list[str]) -> dict:
    """Theme share columns shown as bars from 0 to 100 %."""
    return {
        name: st.column_config.ProgressColumn(name, min_value=0.0, max_value=1.0, format="percent") for name in names
    }

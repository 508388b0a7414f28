"""The reading view marks a quote that runs over paragraphs in each of them, with its speaker's badge at its end
(views/reading.py; fictional text)."""

from __future__ import annotations

import pandas as pd

from dashboard import schema
from dashboard.views import reading

_TEXTS = [
    "The ferry to Kell Island will stop running in October.",
    "\u201cWe kept it going for twenty years,\u201d said Hanna Ostrova, the skipper.",
    "\u201cThe boat is older than I am and the engine is older than the boat.",
    "\u201cSomebody has to say it out loud.\u201d",
    "The council will decide on a new service in spring.",
]


def _tables(quote: dict) -> dict[str, pd.DataFrame]:
    paragraphs = [
        {"article_id": "a1", "paragraph": i, "section": "", "text": t, "topics": "", "topic_terms": ""}
        for i, t in enumerate(_TEXTS)
    ]
    return {
        schema.PARAGRAPHS: schema.frame(schema.PARAGRAPHS, paragraphs),
        schema.ENTITIES: schema.empty_frame(schema.ENTITIES),
        schema.QUOTES: schema.frame(schema.QUOTES, [{"article_id": "a1", "speaker": "Hanna Ostrova", **quote}]),
    }


def test_a_quote_over_three_paragraphs_is_marked_in_each_with_the_badge_after_its_end():
    words = "We kept it going for twenty years, The boat is older … Somebody has to say it out loud."
    end = len(_TEXTS[3]) - 1  # before the closing mark
    quote = {"paragraph": 1, "last_paragraph": 3, "start_char": 0, "end_char": end, "quote": words}
    shown = {p["paragraph"]: p["markdown"] for p in reading.article_paragraphs(_tables(quote), "a1")}
    badge = f":{reading.SPEAKER_BADGE}[Hanna Ostrova]"
    assert all(f":{reading.QUOTE_MARK}[" in shown[p] for p in (1, 2, 3))
    assert f":{reading.QUOTE_MARK}[" not in shown[0] + shown[4]
    assert badge not in shown[1] + shown[2] and shown[3].rstrip("\u201d").endswith(badge)
    assert "twenty years" in shown[1].split(f":{reading.QUOTE_MARK}[", 1)[1]


def test_a_quote_in_one_paragraph_keeps_its_badge_there():
    quote = {"paragraph": 1, "last_paragraph": 1, "start_char": 0, "end_char": 35, "quote": "We kept it going"}
    shown = {p["paragraph"]: p["markdown"] for p in reading.article_paragraphs(_tables(quote), "a1")}
    assert f":{reading.SPEAKER_BADGE}[Hanna Ostrova]" in shown[1]
    assert f":{reading.QUOTE_MARK}[" not in shown[2]

"""Quotes in long-form news on the real pipeline: several speakers in one block, split quotes, inverted and
present-tense cues, descriptions, organisations and pronoun chains (texts of our own)."""

from __future__ import annotations

from dashboard.analysis.entities import entity_rows
from dashboard.analysis.quotes import quote_rows
from dashboard.sources import Article, Paragraph


def quotes_of(nlp, *paragraphs: str) -> list[tuple[str, str]]:
    """(speaker, quote) of each quote of an article made of these paragraphs."""
    article = Article("long-form", "A long read", tuple(Paragraph(i, "", t) for i, t in enumerate(paragraphs)))
    docs = list(nlp.pipe(paragraphs))
    return [(r["speaker"], r["quote"]) for r in quote_rows(article, docs, entity_rows(article.article_id, docs))]


def test_each_speaker_of_one_block_keeps_their_own_words(nlp):
    block = (
        "Nora Vance opened her bakery on Quay Street in 2019. \u201cWe sold out by nine on the first day,\u201d says "
        "Vance, whose bakery now employs six people. \u201cI cried in the storeroom.\u201d Her persistence has paid "
        "off. \u201cPeople come for the rye and stay for the gossip,\u201d says her partner, Tom Reyes, who wrote "
        "the cookbook Salt Harbour. \u201cWe never planned any of it.\u201d \u201cNobody asked me about the "
        "noise!\u201d says the owner of the flat upstairs, Ian Moss."
    )
    assert quotes_of(nlp, block) == [
        ("Nora Vance", "\u201cWe sold out by nine on the first day,\u201d \u201cI cried in the storeroom.\u201d"),
        (
            "Tom Reyes",
            "\u201cPeople come for the rye and stay for the gossip,\u201d \u201cWe never planned any of it.\u201d",
        ),
        ("Ian Moss", "\u201cNobody asked me about the noise!\u201d"),
    ]


def test_a_split_quote_is_its_parts_without_the_narration_between(nlp):
    ((speaker, quote),) = quotes_of(
        nlp,
        "\u201cThe ferry will run all winter,\u201d said Ada Brenn, who has captained it for a decade, "
        "\u201cunless the harbour freezes over.\u201d",
    )
    assert speaker == "Ada Brenn"
    assert quote == "\u201cThe ferry will run all winter,\u201d \u201cunless the harbour freezes over.\u201d"


def test_a_quotation_after_a_sentence_of_narration_is_a_quote_of_its_own(nlp):
    rows = quotes_of(
        nlp,
        "\u201cWe will reopen the mill in spring,\u201d said Ada Brenn. The mill has been shut since the flood "
        "of last year. \u201cEvery family here depends on it.\u201d",
    )
    assert rows == [
        ("Ada Brenn", "\u201cWe will reopen the mill in spring,\u201d"),
        ("Ada Brenn", "\u201cEvery family here depends on it.\u201d"),
    ]


def test_inverted_cue_with_a_particle_names_the_described_speaker(nlp):
    ((speaker, quote),) = quotes_of(
        nlp, "\u201cThe ovens start at four in the morning,\u201d points out the retired engineer."
    )
    assert speaker == "" and quote == "\u201cThe ovens start at four in the morning,\u201d"


def test_a_cue_inside_a_reported_sentence_is_left_out_of_what_was_said(nlp):
    rows = quotes_of(nlp, "The new ferries, Ada Brenn explained at the meeting, will carry twice as many cars.")
    assert rows == [("Ada Brenn", "The new ferries will carry twice as many cars")]

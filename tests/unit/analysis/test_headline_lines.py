"""A headline left among the paragraphs quotes only a person or body it names (headline_lines)."""

from __future__ import annotations

from tests.quoting import quote_rows_of, said_by


def test_a_headline_line_with_a_described_speaker_gives_no_quote(nlp):
    rows = quote_rows_of(
        nlp,
        "Lighthouse keeper tells hearing the foghorn was silent for a week",
        "The former keeper of the Gullrock light testified Tuesday that the foghorn had been broken for days before "
        "the trawler ran aground. Mirela Oakhurst-Vane told the hearing she reported the fault twice.",
    )
    assert not [r for r in rows if r["paragraph"] == 0], rows


def test_a_headline_line_with_a_court_called_by_a_common_noun_gives_no_quote(nlp):
    rows = quote_rows_of(
        nlp,
        "Appeals court says harbour levy on fishing boats was unlawful",
        "The Coastal Court of Appeal ruled on Friday that the town of Pellmouth had no power to charge the levy.",
    )
    assert not [r for r in rows if r["paragraph"] == 0], rows


def test_a_headline_line_that_names_its_speaker_still_quotes_them(nlp):
    rows = said_by(
        nlp,
        "Mayor Ilse Brannigan says the ferry will run all winter",
        "Ilse Brannigan, the mayor of Pellmouth, told council on Monday that the town would pay for extra crossings.",
    )
    assert any(speaker == "Ilse Brannigan" and "ferry will run all winter" in quote for speaker, quote in rows), rows

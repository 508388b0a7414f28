"""A description that calls back by a past calling ("recalls the retired driver", "the former bookkeeper, who …,
says") in a paragraph that has named one person so far, who is not its subject in the sentence right before: the
writer means that person (epithet_descriptions, paragraph_of_one; texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_retired_driver_after_a_paragraph_about_one_named_man_is_him(nlp):
    rows = said_by(
        nlp,
        "Halvard Penrose-Quist is usually the first customer at the bakery on Lindell Street. He drove a city bus "
        "for 28 years, and since his wife died he has come in every morning for a roll and the paper. "
        f"{L}I spent half my life saying good morning to strangers, so I know what an empty morning is,{R} recalls "
        f"the retired driver. {L}It is a kettle and nobody to pour for.{R}",
    )
    assert [speaker for speaker, _ in rows] == ["Halvard Penrose-Quist"] * len(rows)
    assert rows


def test_the_former_bookkeeper_after_a_sentence_that_names_only_her_is_her(nlp):
    rows = said_by(
        nlp,
        "That ledger is what worries Ottilie Marchbanks-Fehr most. The former bookkeeper, who kept the co-op's "
        "accounts until 2019, says the old books are stored in a basement that floods every spring.",
    )
    assert rows == [("Ottilie Marchbanks-Fehr", rows[0][1])]


def test_the_retired_driver_in_a_paragraph_of_two_named_people_stays_unnamed(nlp):
    """Two people named before it: the description could be either, and is left unnamed."""
    rows = said_by(
        nlp,
        "Halvard Penrose-Quist and his neighbour Bertil Oskarsson-Lamb are usually the first customers at the bakery "
        "on Lindell Street. They come in every morning for a roll and the paper. "
        f"{L}I spent half my life saying good morning to strangers, so I know what an empty morning is,{R} recalls "
        "the retired driver.",
    )
    assert all(speaker not in ("Halvard Penrose-Quist", "Bertil Oskarsson-Lamb") for speaker, _ in rows)


def test_the_retired_driver_in_a_paragraph_that_names_no_one_stays_unnamed(nlp):
    rows = said_by(
        nlp,
        "Halvard Penrose-Quist opened the bakery on Lindell Street in 1988.",
        "The bakery opens at six, an hour before the buses start. "
        f"{L}I spent half my life saying good morning to strangers, so I know what an empty morning is,{R} recalls "
        "the retired driver.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_the_former_senator_is_not_a_man_the_article_never_called_one(nlp):
    rows = said_by(
        nlp,
        "That ledger is what worries Corvin Tamsworth most. The former senator, who sat on the finance committee "
        "until 2019, says the old books are stored in a basement that floods every spring.",
    )
    assert all(speaker != "Corvin Tamsworth" for speaker, _ in rows)

"""A person of a double-barrelled surname named after a word of her party or nation ("Republican Renata
Stalloway-Pruitt", "Democrat Toller Brandqvist-Hume"), whom the recogniser left untagged: the capitalised word before
the given name is a party's or a nation's, no part of another name, so the given name and the joined surname are a
person, and a "she" or "he" after her surname alone later in the article may stand for her."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Voters in the district picked Democrat Toller Brandqvist-Hume over two rivals.", "Toller Brandqvist-Hume"),
        (
            "DETROIT — President Harlan Quist-Abernathy waded into the race on Thursday, telling a union audience "
            "that Republican Renata Stalloway-Pruitt had closed two plants.",
            "Renata Stalloway-Pruitt",
        ),
    ],
)
def test_the_name_after_a_party_word_is_a_person(nlp, text, person):
    assert (person, "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


def test_a_pronoun_after_the_surname_alone_is_that_person(nlp):
    quotes = said_by(
        nlp,
        "Voters in the district picked Democrat Toller Brandqvist-Hume over two rivals.",
        "Brandqvist-Hume thanked his volunteers. “We knocked on every door twice,” he said.",
    )
    assert quotes == [("Toller Brandqvist-Hume", "“We knocked on every door twice,”")], quotes


def test_a_woman_answering_a_man_is_she(nlp):
    quotes = said_by(
        nlp,
        "DETROIT — President Harlan Quist-Abernathy waded into the race on Thursday, telling a union audience that "
        "Republican Renata Stalloway-Pruitt had closed two plants.",
        "“I don’t usually do this in a Senate race,” the president said.",
        "Stalloway-Pruitt answered within the hour. “The president flew in to lecture Michigan,” she wrote on Twitter.",
    )
    assert [s for s, _ in quotes] == ["Harlan Quist-Abernathy", "Harlan Quist-Abernathy", "Renata Stalloway-Pruitt"]


def test_a_place_joined_after_a_party_word_is_no_person(nlp):
    ents = [e.label_ for e in nlp("He backed the Republican Trans-Pacific deal in 2030.").ents]
    assert "PERSON" not in ents, ents

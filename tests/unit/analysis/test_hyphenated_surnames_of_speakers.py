"""A joined surname the recogniser took for an organisation, after a given name that a party's word opens or that the
lexicon knows, is a person's surname when it is the subject of a verb of saying ("Democrat Rosalind Thornbury-Carver
said …"): the speaker is the person of the whole name, kind and party and all, not a body
(analysis/speaking_surnames.py, read by given_before_hyphen.py; fictional text)."""

from __future__ import annotations

from tests.quoting import L, R, profiles_of

NAME = "Rosalind Thornbury-Carver"


def test_a_party_member_answering_a_question_is_a_person(nlp):
    text = (
        "Asked at the forum whether she would sign the pledge, Democrat Annaliese Thornbury-Carver said she would, "
        f"{L}as long as the schools see the money.{R}"
    )
    assert profiles_of(nlp, text) == [("Annaliese Thornbury-Carver", "official", "Democrats")]


def test_a_party_member_in_other_sentence_shapes_is_a_person(nlp):
    texts = (
        "Asked at the forum whether she would sign the pledge, Democrat Rosalind Thornbury-Carver said she would not, "
        f"calling it {L}a gimmick.{R}",
        f"Asked at the forum about the pledge, Democrat Rosalind Thornbury-Carver said it was {L}a gimmick.{R}",
        f"{L}It is a gimmick,{R} Democrat Rosalind Thornbury-Carver said at the forum.",
    )
    for text in texts:
        assert profiles_of(nlp, text) == [(NAME, "official", "Democrats")], text


def test_the_given_name_is_kept_when_it_was_taken_for_a_nationality(nlp):
    text = f"At the forum, Democrat Annaliese Thornbury-Carver said the pledge was {L}a gimmick.{R}"
    assert profiles_of(nlp, text) == [("Annaliese Thornbury-Carver", "official", "Democrats")]


def test_a_joined_company_or_place_name_stays_as_it_is(nlp):
    """The near misses: a company and a region named with a hyphen and no given name before them."""
    assert profiles_of(nlp, f"Asked about the order, Rolls-Royce said it was {L}proud to build the engines.{R}") == [
        ("Rolls-Royce", "institution", "")
    ]
    text = f"Officials in Baden-Württemberg said the roads were {L}closed until further notice.{R}"
    assert profiles_of(nlp, text) == [("", "unnamed", "Baden-Württemberg")]

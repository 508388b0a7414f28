"""A given name the tagger reads as a verb ("Elise" of "Elise Marchetti") stays in the person's name when the parser
hangs it on the surname as a compound (misread_given_names.py): the speaker keeps her full name. Fictional text."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.misread_given_names import given_name_misread
from tests.quoting import profiles_of


def test_a_given_name_read_as_a_verb_stays_in_the_name(nlp):
    found = profiles_of(
        nlp,
        "Elise Marchetti, deputy governor of the Reserve Bank of Kaldera, said stablecoins could drain deposits.",
        '"A stablecoin is a promise," Marchetti said.',
    )
    assert found == [("Elise Marchetti", "official", "Reserve Bank of Kaldera")] * 2


def _name(nlp, words, pos, deps, heads):
    """A hand-parsed fictional name, tagged a person as a whole."""
    doc = Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads)
    return doc, Span(doc, 0, len(doc), label="PERSON")


def test_a_given_name_hung_on_the_surname_is_kept_a_verb_that_opens_a_clause_is_not(nlp):
    doc, name = _name(nlp, ["Elise", "Roe"], ["VERB", "PROPN"], ["compound", "ROOT"], [1, 1])
    assert given_name_misread(doc[0], name)
    doc, name = _name(nlp, ["Warns", "Ann", "Roe"], ["VERB", "PROPN", "PROPN"], ["ROOT", "compound", "dobj"], [0, 2, 0])
    assert not given_name_misread(doc[0], name)


def test_a_given_name_read_as_an_adjective_stays_in_the_name(nlp):
    found = profiles_of(
        nlp,
        "Cathal Hennock, 45, said he was told at the permit office on Friday that his press card had been withdrawn.",
        '"Nobody told me what was wrong," Hennock said.',
    )
    assert [speaker for speaker, _, _ in found] == ["Cathal Hennock"] * 2


def test_an_adjective_hung_on_its_surname_is_a_given_name_one_before_more_of_a_name_is_not(nlp):
    doc, name = _name(nlp, ["Cathal", "Roe"], ["ADJ", "PROPN"], ["amod", "ROOT"], [1, 1])
    assert given_name_misread(doc[0], name)
    doc, name = _name(
        nlp, ["Crooked", "Ann", "Roe"], ["ADJ", "PROPN", "PROPN"], ["amod", "compound", "ROOT"], [2, 2, 2]
    )
    assert not given_name_misread(doc[0], name)
    doc, name = _name(nlp, ["top", "Roe"], ["ADJ", "PROPN"], ["amod", "ROOT"], [1, 1])
    assert not given_name_misread(doc[0], name)


def test_an_adjective_before_a_name_that_modifies_a_noun_is_no_given_name(nlp):
    doc = Doc(
        nlp.vocab,
        words=["Top", "Hallett", "aides", "conceded"],
        pos=["ADJ", "PROPN", "NOUN", "VERB"],
        deps=["compound", "compound", "nsubj", "ROOT"],
        heads=[1, 2, 3, 3],
    )
    assert not given_name_misread(doc[0], Span(doc, 0, 2, label="PERSON"))

"""The proper nouns no name tags that are the subject of a clause (quotes.missed_names.bare_subjects)."""

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from dashboard.analysis.quotes.missed_names import bare_subjects


def _parsed() -> Doc:
    return Doc(
        Vocab(),
        words=["Laurent", "says", "Odra", "was", "seen", "by", "Pell", "."],
        pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
        deps=["nsubj", "ROOT", "nsubjpass", "auxpass", "ccomp", "agent", "pobj", "punct"],
        heads=[1, 1, 4, 4, 1, 4, 5, 1],
    )


def test_untagged_proper_nouns_that_are_subjects_active_or_passive():
    assert bare_subjects([_parsed()]).untagged == {"Laurent", "Odra"}


def test_a_tagged_subject_is_no_bare_one():
    doc = _parsed()
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    assert bare_subjects([doc, _parsed()[0:0].as_doc()]).untagged == {"Laurent"}


def test_a_person_of_one_word_that_is_a_subject_is_a_lone_person():
    doc = _parsed()
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 6, 7, label="PERSON")]
    assert bare_subjects([doc]).lone_people == {"Laurent"}


def test_a_person_of_two_words_is_no_lone_person():
    doc = Doc(
        Vocab(),
        words=["Ann", "Lee", "says", "so", "."],
        pos=["PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
        deps=["compound", "nsubj", "ROOT", "advmod", "punct"],
        heads=[1, 2, 2, 2, 2],
    )
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert bare_subjects([doc]).lone_people == set()


def test_a_one_word_person_the_article_also_gives_as_a_surname_or_an_organisation_is_no_lone_person():
    """ "Trump said" after "Donald Trump", or beside "Trump" tagged an organisation ("the Trump Train"): no given name
    used alone, so no two-word organisation opening with it is taken for a person."""
    alone = _parsed()
    alone.ents = [Span(alone, 0, 1, label="PERSON")]
    surname = Doc(Vocab(), words=["Ann", "Laurent", "left", "."], deps=["compound", "nsubj", "ROOT", "punct"])
    surname.ents = [Span(surname, 0, 2, label="PERSON")]
    body = Doc(Vocab(), words=["Laurent", "grew", "."], deps=["nsubj", "ROOT", "punct"])
    body.ents = [Span(body, 0, 1, label="ORG")]
    assert bare_subjects([alone, surname]).lone_people == set()
    assert bare_subjects([alone, body]).lone_people == set()
    assert bare_subjects([alone]).lone_people == {"Laurent"}

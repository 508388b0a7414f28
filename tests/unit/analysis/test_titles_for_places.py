"""People named right after a title that ends in "for" and a place (texts of our own): "U.N. envoy for West Africa
Pascal Obuya said" is a region and a person, and the person, given name kept, is the speaker with the title's body,
never no one or a body "the Sahel Dorin Vasquell"."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_an_envoy_for_a_region_is_the_speaker_with_his_given_name(nlp):
    text = "U.N. envoy for West Africa Pascal Obuya said the talks between the two camps would resume on Monday."
    assert profiles_of(nlp, text) == [("Pascal Obuya", "official", "U.N.")]


def test_a_special_representative_for_the_sahel_is_the_speaker(nlp):
    text = "EU special representative for the Sahel Dorin Vasquell said the mission would stay another year."
    assert profiles_of(nlp, text) == [("Dorin Vasquell", "official", "EU")]


def test_an_envoy_for_a_country_stays_the_speaker(nlp):
    text = "U.S. special envoy for Sudan Kemal Ostrander told reporters the ceasefire was holding in the capital."
    assert profiles_of(nlp, text) == [("Kemal Ostrander", "official", "U.S.")]


def test_a_director_for_a_continent_is_a_named_person(nlp):
    text = "The bank's director for Africa Lisbet Ormande said the loans would resume after the audit."
    assert [name for name, _, _ in profiles_of(nlp, text)] == ["Lisbet Ormande"]


def test_no_title_before_for_is_left_alone(nlp):
    text = "Funding for West Africa Pascal Obuya said the talks between the two camps would resume on Monday."
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"] == [("Obuya", "PERSON")]

"""A private person tied to a place only ("a freelance graphic designer in Tulsa") has no affiliation: GUIDELINES.md
makes it an organisation, and a town is none; an official keeps the state named beside the title, and a place the
article names as a workplace ("a host at RT") stays (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_customer_in_a_city_is_tied_to_no_organisation(nlp):
    profiles = profiles_of(nlp, "Derek Lam, a freelance graphic designer in Tulsa, said he lost a day's work.")
    assert profiles == [("Derek Lam", "other", "")]


def test_a_teacher_from_a_town_is_tied_to_no_organisation(nlp):
    profiles = profiles_of(nlp, "Rhoda Fensk, a retired teacher from Toledo, Ohio, said the rules were unclear.")
    assert profiles == [("Rhoda Fensk", "other", "")]


def test_a_legislator_keeps_the_state_beside_the_title(nlp):
    profiles = profiles_of(nlp, '"The rules are unclear," said Rep. Jo Bellamy of Ohio.')
    assert profiles == [("Jo Bellamy", "official", "Ohio")]


def test_a_host_at_an_outlet_tagged_as_a_place_keeps_it(nlp):
    profiles = profiles_of(nlp, '"The rules are unclear," said Ana Ruiz, a host at RT.')
    assert profiles == [("Ana Ruiz", "other", "RT")]


def test_a_fund_manager_in_a_city_works_there_for_no_organisation(nlp):
    profiles = profiles_of(nlp, '"Buyers are nervous," said Carl Denholm, a fund manager in Boston.')
    assert profiles == [("Carl Denholm", "analyst", "")]


def test_an_analyst_in_a_city_works_there_for_no_organisation(nlp):
    profiles = profiles_of(nlp, "Oil rose on Friday.", '"Supply is tight," said Mira Talbott, an analyst in London.')
    assert profiles == [("Mira Talbott", "analyst", "")]


def test_an_economist_at_a_bank_named_by_a_city_keeps_it(nlp):
    profiles = profiles_of(nlp, '"Growth will pick up," said Tom Greaves, chief economist at the Bank of Kelso.')
    assert profiles == [("Tom Greaves", "analyst", "Bank of Kelso")]


def test_a_former_governor_keeps_the_state_served_though_named_after_in(nlp):
    profiles = profiles_of(
        nlp, '"The race is close," said Tom Ardley, a former Ohio governor, who campaigned in Ohio on Monday.'
    )
    assert profiles == [("Tom Ardley", "analyst", "Ohio")]

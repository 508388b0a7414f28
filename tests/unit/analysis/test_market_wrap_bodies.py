"""Bodies, officials and groups of market wraps and currency reports (fictional text): a deputy governor whose given
name the lexicon lacked, whom the recogniser took with her surname for an organisation (given_names); "its" after a
country's ministry that spoke, though a bank was named in the sentence before (spoken_owners); a country's central
bank, which is neither the lender named before it nor the country the recogniser took for an organisation
(central_banks); a chief executive who speaks after his finance chief, his company named paragraphs before
(last_speakers_company); and "they" after a clause that opens on the group that says it (reported_groups)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_deputy_governor_named_clare_is_of_the_bank_before_her_title(nlp):
    paragraph = "Bank of England Deputy Governor Clare Haddon said the Bank needed more evidence that pay was cooling."
    assert profiles_of(nlp, paragraph) == [("Clare Haddon", "official", "Bank of England")]


def test_its_spokesman_after_a_countrys_ministry_spoke_is_the_ministrys(nlp):
    paragraphs = (
        "Economists at Banco Sierra Verde expect the rate to fall to 7% by December.",
        "Estmark's finance ministry said the cut would help small firms. Its spokesman, Ramón Teixidor, said the "
        "deficit target would hold.",
    )
    assert profiles_of(nlp, *paragraphs)[-1] == ("Ramón Teixidor", "official", "Estmark's finance ministry")


def test_a_countrys_central_bank_is_no_lender_named_before_it(nlp):
    paragraphs = ("Shares of Halvik Bank fell 3% on Friday.", "Chile's central bank said it had sold dollars.")
    assert profiles_of(nlp, *paragraphs) == [("Chile's central bank", "institution", "")]


def test_a_central_bank_owned_by_a_name_tagged_an_organisation_keeps_its_noun(nlp):
    paragraph = (
        "Dealers said local banks had bought the bonds as they fell. Calderia's central bank said it had sold $300 "
        "million from its reserves to steady the currency."
    )
    assert [speaker for speaker, _, _ in profiles_of(nlp, paragraph)] == ["", "Calderia's central bank"]


def test_a_chief_executive_after_his_finance_chief_spoke_is_of_her_company(nlp):
    paragraphs = (
        "Shares in Ashcombe Homes fell 17% after the company warned on profit.",
        "In a statement to the London Stock Exchange, Ashcombe said completions had fallen by a fifth.",
        "Chief financial officer Nadia Roper told analysts on a call that the company would open fewer sites.",
        '"We will not build homes that we cannot sell," Roper said.',
        "Chief executive Ewan Brody, on the same call, said the board would halve the dividend.",
    )
    assert profiles_of(nlp, *paragraphs)[-1] == ("Ewan Brody", "other", "Ashcombe Homes")


def test_they_after_a_clause_that_opens_on_a_group_is_that_group(nlp):
    paragraph = "Economists at Banco Serrano now expect the rate to reach 7% by December, they wrote in a report."
    assert profiles_of(nlp, paragraph) == [("", "unnamed", "Banco Serrano")]


def test_they_after_quoted_words_that_open_on_a_group_is_the_group_that_spoke_before(nlp):
    paragraphs = (
        "The Security Council said on Monday that the launch broke its resolutions.",
        '"As we pledged, council members are now drafting a firm reply to the launch," they said.',
    )
    assert [speaker for speaker, _, _ in profiles_of(nlp, *paragraphs)] == ["Security Council", "Security Council"]

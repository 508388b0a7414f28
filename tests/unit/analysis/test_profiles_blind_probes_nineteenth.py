"""Speaker profiles in shapes a nineteenth round of blind probes (business and politics news: a bank's results, a
committee hearing on a collapsed supplier, a utility's part sale, an airwaves auction, an insurer's storm losses, a
bribery raid, food price caps, an accounting scandal, a confidence vote, a central bank's rise) found wrong, and the
whole batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import said_by, wrong_in_stories
from tests.unit.analysis.profile_probes_nineteenth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 19 of 81 blind, before the round's
#: fixes. 0 once a surname the recogniser tagged an organisation after an untagged common given name is the person's
#: ("Chief Executive Alistair Norwood", "Norwood" an organisation), a company named after a dateline keeps a body's
#: word that ends its name ("LONDON (Reuters) - Harrowgate Bank's profit"), a bank's finance director or finance
#: chief is its executive, "stockbroker" names the firm after it, a body the article calls a party is one (its leader
#: an official), "bloc" ends names of bodies ("Left Bloc"), "finance chief" serves a company named before, a
#: participle that describes the setting does not stop the "that" clause after it ("said in a written statement after
#: the hearing that …"), a prosecutor's office speaks as a body, a name cut before the initials it spells is made
#: whole ("The Netherlands Authority for the Financial Markets (AFM)"), "the central bank" is the one central bank the
#: article names, and a lede's "former boss of" a company is the person the next paragraph opens on, tied to it.
_WRONG_AT_MOST = 0


def test_the_batch_of_the_nineteenth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


def test_a_surname_tagged_an_organisation_after_a_given_name_is_the_person_s(nlp):
    paragraphs = (
        "Harrowgate Bank said its profit fell.",
        'Chief Executive Alistair Norwood said the bank had been "too slow" to spot stress among its borrowers.',
        "Norwood added that the bank would close 40 branches by June.",
    )
    assert profiles(nlp, *paragraphs)[1:] == [("Alistair Norwood", "other", "Harrowgate Bank")] * 2


def test_a_company_named_after_a_dateline_keeps_the_body_word_that_ends_its_name(nlp):
    paragraphs = (
        "LONDON (Reuters) - Kestrel Bank's half-year profit fell 12 percent on Tuesday.",
        "Chief Executive Maria Lund said bad loans had doubled.",
    )
    assert profiles(nlp, *paragraphs) == [("Maria Lund", "other", "Kestrel Bank")]


@pytest.mark.parametrize("title", ["Finance director", "Finance chief"])
def test_a_bank_s_finance_director_is_its_executive(nlp, title):
    paragraphs = ("Kestrel Bank said its profit fell 12 percent.", f"{title} Tom Hale said dividends were safe.")
    assert profiles(nlp, *paragraphs)[-1] == ("Tom Hale", "other", "Kestrel Bank")


def test_a_stockbroker_names_the_firm_after_it(nlp):
    paragraph = "Retail analyst Tom Hale of stockbroker Ainsley Ward said the chain would struggle."
    assert profiles(nlp, paragraph) == [("Tom Hale", "analyst", "Ainsley Ward")]


def test_a_body_the_article_calls_a_party_is_one_and_its_leader_an_official(nlp):
    paragraphs = (
        "The main opposition party, Civic Union, said it would vote against the budget.",
        "Its leader, Pavel Marek, said the plan would raise rents.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Pavel Marek", "official", "Civic Union")


def test_a_bloc_ends_the_name_of_a_body(nlp):
    paragraph = "The Civic Bloc, which sits in opposition, said the tax was unfair."
    assert profiles(nlp, paragraph) == [("Civic Bloc", "institution", "")]


def test_a_participle_describing_the_setting_does_not_stop_the_that_clause(nlp):
    paragraph = (
        "The Harbour Authority said in a written statement after the hearing that it had since tightened its checks "
        "on new lenders."
    )
    assert said_by(nlp, paragraph) == [("Harbour Authority", "it had since tightened its checks on new lenders")]


def test_a_prosecutor_s_office_speaks_as_a_body_and_a_minister_s_as_an_unnamed_source(nlp):
    assert profiles(nlp, "Police raided the firm, the state prosecutor's office said.") == [
        ("state prosecutor's office", "institution", "")
    ]
    assert profiles(nlp, "Police raided the firm, the finance minister's office said.")[0][:2] == ("", "unnamed")


def test_a_name_cut_before_the_initials_it_spells_is_made_whole(nlp):
    paragraph = "The Netherlands Authority for the Financial Markets (AFM) said it had opened an inquiry."
    assert profiles(nlp, paragraph) == [("Netherlands Authority for the Financial Markets", "institution", "")]


def test_the_central_bank_is_the_one_central_bank_the_article_names(nlp):
    paragraphs = (
        "WELLINGTON (Reuters) - New Zealand's central bank raised its cash rate on Wednesday and said more rises might "
        "follow.",
        "Reserve Bank of New Zealand (RBNZ) Governor Tom Hale said inflation was too high.",
    )
    assert profiles(nlp, *paragraphs)[0] == ("Reserve Bank of New Zealand", "institution", "")


def test_a_lede_s_former_boss_of_a_company_is_the_person_the_next_paragraph_names(nlp):
    paragraphs = (
        "The former boss of collapsed lender Harbour Credit has told MPs he regrets the losses of its savers.",
        "Colin Marsh, who was chief executive of Harbour Credit until it failed, told the committee the firm had been "
        "unlucky.",
    )
    assert profiles(nlp, *paragraphs) == [("Colin Marsh", "other", "Harbour Credit")] * 2


@pytest.mark.parametrize(
    ("lede", "named", "speaker"),
    [
        (
            "The chief executive of Corran Water has said bills must rise to pay for new pipes.",
            "Fiona Baird, who has run Corran Water since 2019, said the company had underinvested for decades.",
            ("Fiona Baird", "other", "Corran Water"),
        ),
        (
            "The managing director of Tayside Rail has apologised to passengers, saying the delays were unacceptable.",
            "Gordon Reid, managing director of Tayside Rail, said new trains would arrive by spring.",
            ("Gordon Reid", "other", "Tayside Rail"),
        ),
    ],
)
def test_a_lede_s_chief_executive_of_a_company_is_the_person_the_next_paragraph_names(nlp, lede, named, speaker):
    assert profiles(nlp, lede, named) == [speaker] * 2


def test_a_lede_s_chief_executive_is_nobody_the_article_does_not_tie_to_the_company(nlp):
    lede = "The chief executive of Lindqvist Foods has said the firm will cut 200 jobs as sales fall."
    named = "Anders Holm told staff in a memo that the closures were painful but necessary."
    assert profiles(nlp, lede, named)[0][0] == ""

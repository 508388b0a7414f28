"""Speaker profiles in shapes a twenty-third round of blind probes (business and politics news from outside North
America: a bank takeover under review, a state airline's rescue, a central bank's cut, a copper royalty dispute, an
airwaves auction, a bond restructuring, a coalition budget vote) found wrong, and the whole batch of fictional stories
the round was run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentythird import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 19 of 60 blind, 17 once two gold
#: entries were set right (see the batch's module). 1 once a union named by the trade its members work in is a union
#: ("Bank Employees' Union"), a party's budget spokeswoman sits on its front bench ("Free Democrat" a party too), a
#: party named by its members alone speaks as an institution ("The Greens said"), "State Minister of Finance" is a
#: title and serves the article's country, a "that" clause the parser hung on the event of "told lawmakers before the
#: vote that …" is what was told, a name the recogniser took for a person's is a company when a company's noun
#: describes it ("copper miner Andina Cobre") or a takeover is of it ("the takeover of … Caixa Serrana"), and "Its
#: chief executive" is then the company's, a rival the recogniser tagged an organisation stays one ("smaller rival
#: Banca Oriola"), a body's name runs on over "of" and the members it gathers ("Ad Hoc Group of Sri Lankan
#: Bondholders"), a name "which" does something is the spokeswoman's company, and a given name and a surname tagged
#: two places are one person ("Marta Zielińska"). Tried and dropped: "rival", "developer", "publisher" among a
#: company's nouns before a name; right for "smaller rival Caixa Serrana", but on train and an earlier batch it turned
#: people into companies ("Democratic rival X", "developer X", "Publisher X"). Left: "Social Democrat lawmaker X,
#: who chairs the budget committee," tied to the committee where the gold has the party (either is defensible).
_WRONG_AT_MOST = 1


def test_the_batch_of_the_twentythird_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


def test_a_union_named_by_the_trade_its_members_work_in_is_a_union(nlp):
    paragraph = (
        "The Bank Workers' Union, which speaks for 4,000 staff, opposed the sale. Its leader, Marta Quental, "
        "said members would not accept the closure of the call centre."
    )
    assert profiles(nlp, paragraph)[-1] == ("Marta Quental", "other", "Bank Workers' Union")


def test_a_party_s_budget_spokeswoman_sits_on_its_front_bench(nlp):
    paragraph = "Liberal Democrat budget spokeswoman Ines Vollmer said the party would vote against the plan."
    assert profiles(nlp, paragraph)[0][:2] == ("Ines Vollmer", "official")


def test_a_party_named_by_its_members_speaks_as_an_institution(nlp):
    paragraphs = ("The coalition's budget passed on Friday.", "The Greens said the rail fund had been halved.")
    assert profiles(nlp, *paragraphs) == [("Greens", "institution", "")]


def test_a_state_minister_of_a_portfolio_serves_the_article_s_country(nlp):
    paragraphs = (
        "COLOMBO (Reuters) - Sri Lanka agreed new terms with its creditors on Monday.",
        "State Minister of Finance Ruwan Jayasekara said the terms were fair.",
    )
    assert profiles(nlp, *paragraphs) == [("Ruwan Jayasekara", "official", "Sri Lanka")]


def test_a_that_clause_hung_on_the_event_told_before_is_what_was_told(nlp):
    paragraph = "Finance Minister Ilse Marten told lawmakers before the vote that the budget kept to the debt brake."
    assert profiles(nlp, paragraph) == [("Ilse Marten", "official", "")]


def test_a_name_a_company_s_noun_describes_is_the_company_speaking(nlp):
    paragraphs = (
        "Copper miner Quilla Norte rejected a demand for back taxes on Thursday.",
        "Quilla Norte said it had paid.",
    )
    assert profiles(nlp, *paragraphs) == [("Quilla Norte", "institution", "")]


def test_an_organisation_described_as_a_rival_with_no_comma_stays_an_organisation(nlp):
    paragraphs = (
        "Regulators opened a review of smaller rival Banca Oriola on Monday.",
        "Banca Oriola said in a statement that it would cooperate with the review.",
    )
    assert profiles(nlp, *paragraphs) == [("Banca Oriola", "institution", "")]


def test_a_body_s_name_runs_on_over_the_members_of_it_gathers(nlp):
    paragraph = "The Steering Group of Zambian Creditors, which holds most of the bonds, said the offer was too low."
    assert profiles(nlp, paragraph) == [("Steering Group of Zambian Creditors", "institution", "")]


def test_a_name_that_which_opens_a_clause_on_is_the_spokeswoman_s_company(nlp):
    paragraph = "A spokeswoman for Jyoti Mobile, which bought nothing at the auction, said its network was strong."
    assert profiles(nlp, paragraph) == [("", "unnamed", "Jyoti Mobile")]


def test_a_given_name_and_surname_tagged_two_places_are_one_person(nlp):
    paragraph = "Marta Zielińska, chief economist at Vistula Bank in Warsaw, said she expected one more cut."
    assert profiles(nlp, paragraph) == [("Marta Zielińska", "analyst", "Vistula Bank")]


def test_a_name_a_takeover_is_of_is_the_company_speaking(nlp):
    paragraphs = ("Harbor Bank agreed a takeover of Caixa Vouga on Monday.", "Caixa Vouga said it would cooperate.")
    assert profiles(nlp, *paragraphs) == [("Caixa Vouga", "institution", "")]

"""A person a story's lede describes and the very next sentence names first is that person (lede_people_named_next.py);
an anonymous source, or an office tied by "of" to a body the next person is never said to serve, stays unnamed."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_candidate_described_in_the_lede_is_the_one_named_in_the_next_sentence(nlp):
    rows = said_by(
        nlp,
        "Do new parking rules hurt Brockhurst's shops?",
        "A mayoral candidate in Brockhurst says the new parking rules are emptying the main street. "
        f"{L}Half the shops on Fenmoor Road are for lease. Walk down it yourself,{R} Coun. Ismay Corrigan-Voss wrote "
        "on Facebook on Monday.",
    )
    assert [s for s, q in rows if "emptying the main street" in q] == ["Ismay Corrigan-Voss"]


def test_a_leader_described_in_the_lede_is_the_one_named_in_the_next_paragraph(nlp):
    rows = said_by(
        nlp,
        "Harbour pilots in Glenmerrow will stop work for a day next week after members of the Guild of Harbour "
        f"Pilots rejected a pay offer that the guild's leader called {L}a slap dressed up as a raise{R}.",
        "Thaddeus Quillfeather, the guild's general secretary, said the vote showed that members had lost patience.",
    )
    assert [s for s, q in rows if "a slap dressed up as a raise" in q] == ["Thaddeus Quillfeather"]


def test_a_minister_described_in_the_lede_is_the_minister_named_next(nlp):
    rows = said_by(
        nlp,
        "The Varnholt state government will spend $2 billion on new rail lines, under a plan announced on Sunday that "
        f"the Transport Minister called {L}the largest rail investment this state has ever made{R}.",
        "Minister Perpetua Ashgrove-Lindell said the first trains would run by 2030.",
    )
    assert [s for s, q in rows if "largest rail investment" in q] == ["Perpetua Ashgrove-Lindell"]


def test_an_anonymous_official_in_the_lede_stays_unnamed(nlp):
    rows = said_by(
        nlp,
        "A senior official in Varnholt said the rail plan would be delayed by a year.",
        "Minister Perpetua Ashgrove-Lindell said the first trains would run by 2030.",
    )
    assert [s for s, q in rows if "delayed by a year" in q] == [""]


def test_a_group_in_the_lede_is_not_the_first_of_them_named_next(nlp):
    rows = said_by(
        nlp,
        "Residents of a flooded village north of Glenmerrow say the county's new drains left them without warning "
        "when the river rose last week.",
        "Thaddeus Quillfeather, who has lived on Mill Lane for 30 years, said the water reached his door in an hour.",
    )
    assert [s for s, q in rows if "left them without warning" in q] in ([], [""])


def test_each_of_a_group_in_the_lede_is_not_the_first_of_them_named_next(nlp):
    rows = said_by(
        nlp,
        "Before the votes were counted, the candidates' managers and a few councillors were already in the hall, "
        "each explaining why their side had won.",
        f"{L}We won the argument tonight,{R} said Thaddeus Quillfeather, the mayor's campaign manager.",
    )
    assert [s for s, q in rows if "their side had won" in q] in ([], [""])


def test_a_lede_description_with_nothing_said_of_the_name_after_it_stays_unnamed(nlp):
    rows = said_by(
        nlp,
        "A former Varnholt party chairman says the party should pick a new leader before the autumn.",
        f"{L}Now is the time to choose,{R} said Thaddeus Quillfeather, who led the party from 1990 to 1994.",
    )
    assert [s for s, q in rows if "new leader before the autumn" in q] == [""]

"""A group of people named by what it calls itself ("The hackers, who call themselves X, …", "militants calling
themselves X") speaks under that name when "the hackers" or "the militants" say something later (fictional text)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_hackers_who_call_themselves_a_name_speak_under_it(nlp):
    rows = said_by(
        nlp,
        "The hackers, who call themselves Silent Orchard, posted a list of stolen email addresses on Tuesday.",
        f"{L}The school board ignored our warnings for a year,{R} the hackers wrote on their leak site.",
    )
    assert [speaker for speaker, _ in rows] == ["Silent Orchard"]


def test_militants_calling_themselves_a_name_speak_under_it(nlp):
    rows = said_by(
        nlp,
        "The attack on the convoy was claimed by militants calling themselves the Ridge Wolves.",
        "In a video released on Monday, the militants said they would attack again unless the army withdrew.",
    )
    assert [speaker for speaker, _ in rows] == ["Ridge Wolves"]


def test_the_name_a_group_gives_itself_is_no_quote(nlp):
    rows = said_by(
        nlp,
        "The petition, started by a group that calls itself Harbor Watch Alliance, asks the council to delay the vote. "
        "Residents who call themselves the Friends of Mill Pond say the pond will be drained.",
    )
    assert rows == [("", "the pond will be drained")]


def test_a_quotation_written_by_a_man_calling_himself_a_name_is_his(nlp):
    rows = said_by(
        nlp,
        f"The replies were harsh. {L}Whoever voted for this plan has no place on the council!{R} wrote a man calling "
        "himself Otto Otto.",
    )
    assert [speaker for speaker, _ in rows] == ["Otto Otto"]

"""A club's, a league's, a guild's or a studio's possessive before a role means the one the story named ("the club's
chairman", "the league's commissioner", "the guild's chief negotiator"; quotes/referring_words.py), and a union's
negotiator bargains for workers, in no public office (quotes/kinds.py). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_clubs_chairman_is_the_clubs(nlp):
    found = profiles_of(
        nlp,
        "Harlow Athletic Club reported a loss of 40 million pounds for the season on Friday.",
        "The club's chairman, Peter Lang, said the loss reflected spending on a new stadium.",
    )
    assert ("Peter Lang", "other", "Harlow Athletic Club") in found


def test_the_leagues_commissioner_runs_the_league(nlp):
    found = profiles_of(
        nlp,
        "The Northern Basketball League signed a new broadcast deal on Monday.",
        "The league's commissioner, Carla Meyer, said the deal doubled what clubs would receive.",
    )
    assert ("Carla Meyer", "other", "Northern Basketball League") in found


def test_the_guilds_chief_negotiator_is_a_union_voice(nlp):
    found = profiles_of(
        nlp,
        "The Screen Writers Guild resumed talks with the studios on Tuesday.",
        "The guild's chief negotiator, Ruth Ambler, said writers would not accept lower pay for streaming work.",
    )
    assert ("Ruth Ambler", "other", "Screen Writers Guild") in found


def test_the_clubs_chairman_is_no_paper_named_before(nlp):
    found = profiles_of(
        nlp,
        "The Hollow Oak supper club, whose members work in film, will close, the Harbour Gazette reported.",
        "The club's chairman, Peter Lang, said the members would still meet for dinners.",
    )
    assert ("Peter Lang", "other", "Harbour Gazette") not in found

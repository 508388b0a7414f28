"""Themes of what a work of art tells or honours (themes/depictions.py): a novel's plot of envoys and a treaty, a
drama about a pilot in a battle and monuments to an army are no diplomacy and no war now; a film that is itself the
news, and a war told beside a monument, keep their themes. Fictional texts on the real spaCy pipeline with the
shipped themes file."""

from __future__ import annotations

from tests.theming import article

PAGES = [
    "The Marlow Theatre has reopened after a year of repairs to its roof, paid for by a local appeal.",
    "On the books pages, Ines Farrow's debut novel, The Amber Accord, follows three envoys who must negotiate a truce "
    "between two river kingdoms while a rebel army marches on the capital.",
    "The cinema season opens next week with a war drama about a young tank commander in the Battle of Kursk, starring "
    "Ola Brandt.",
]


def test_a_novels_plot_of_envoys_and_a_truce_is_no_diplomacy(nlp, themes):
    plot = article(themes, nlp, "Arts diary: a theatre reopens, a debut novel", PAGES)[1]
    assert plot == [], plot


def test_a_drama_about_a_commander_in_a_battle_is_no_war(nlp, themes):
    opening = article(themes, nlp, "Arts diary: a theatre reopens, a debut novel", PAGES)[2]
    assert "military" not in opening, opening


MONUMENTS = [
    "Estonia's parliament voted on Wednesday to move a museum of Soviet history out of the capital.",
    "The town of Narvik-Aa has taken down eleven monuments to the Soviet Army since a law of 2019 banned symbols of "
    "occupation in public squares.",
]


def test_monuments_to_an_army_are_no_war(nlp, themes):
    taken_down = article(themes, nlp, "Estonian town removes Soviet monuments", MONUMENTS)[1]
    assert "military" not in taken_down, taken_down


NEWS = [
    "Moscow's culture ministry banned the film on Monday, a day after Russian troops shelled the port of Berdyansk "
    "and killed four civilians.",
    "Troops fired artillery at a memorial to the victims of the famine and at the town hall beside it, officials said.",
]


def test_a_film_in_the_news_and_fire_at_a_memorial_stay_war(nlp, themes):
    banned, shelled = article(themes, nlp, "Russia bans Ukrainian film as shelling goes on", NEWS)
    assert "military" in banned, banned
    assert "military" in shelled, shelled


STANDOFF = [
    "Dorvia expelled two Parvian diplomats on Friday and recalled its ambassador from Parvia for consultations.",
    "The latest drama follows weeks of talks between the two foreign ministers over the disputed river border.",
]


def test_the_news_own_drama_that_follows_talks_stays_diplomacy(nlp, themes):
    followed = article(themes, nlp, "Dorvia expels Parvian diplomats", STANDOFF)[1]
    assert "diplomacy" in followed, followed

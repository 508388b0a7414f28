"""Words a theme gives up to another (`yields_to` in the themes file): NATO as a force, not a political actor, and a
bloc's members pooling their forces, in a paragraph that carries military on its own; states told as a group
("these nations", "partners") in one that carries trade on its own. Fictional texts on the real spaCy pipeline."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import ThemesError, labels, load_themes


def theme_of(scores, name: str):
    return next(s for s in scores if s.theme == name)


def test_nato_as_a_force_is_military_and_says_why(themes, nlp):
    scores = themes.score(nlp("NATO jets scrambled twice on Sunday to shadow bombers over the Baltic."))
    assert labels(scores) == ["military"]
    assert "yields nato to military" in theme_of(scores, "diplomacy").terms
    assert theme_of(scores, "diplomacy").score == 0


def test_nato_as_a_political_actor_stays_diplomacy(themes, nlp):
    scores = themes.score(nlp("NATO foreign ministers met in Oslo and agreed to invite Sweden to join the alliance."))
    assert "diplomacy" in labels(scores)
    assert not any(t.startswith("yields") for t in theme_of(scores, "diplomacy").terms)


def test_nato_beside_another_word_of_diplomacy_is_not_given_up(themes, nlp):
    scores = themes.score(nlp("NATO leaders pledged at the summit to send more troops to the eastern flank."))
    assert labels(scores) == ["military", "diplomacy"]


THEMES = """
[war]
threshold = 1.0
terms = {{ tank = 1.0 }}

[pacts]
threshold = 1.0
terms = {{ pact = 1.0, bloc = 1.0 }}
yields_to = {yields}
"""


def test_a_bloc_pooling_its_forces_is_military_and_its_leaders_at_a_summit_stay_diplomacy(themes, nlp):
    pooled = themes.score(
        nlp("EU countries would also pool air-to-air refuelling tankers and share drones for reconnaissance missions.")
    )
    assert labels(pooled) == ["military"]
    given = theme_of(pooled, "diplomacy")
    assert "yields countries, eu to military" in given.terms and given.score == 0  # nothing for a context to lift
    summit = themes.score(nlp("EU leaders agreed at a summit in Brussels to send more air defence missiles to Kyiv."))
    assert "diplomacy" in labels(summit)


def test_a_users_theme_yields_the_words_it_lists(tmp_path, nlp):
    path = tmp_path / "themes.toml"
    path.write_text(THEMES.format(yields='{ war = ["bloc"] }'), encoding="utf-8")
    themes = load_themes(path)
    assert labels(themes.score(nlp("The bloc sent tanks to the border."))) == ["war"]
    assert labels(themes.score(nlp("The bloc signed a pact."))) == ["pacts"]


@pytest.mark.parametrize(
    ("yields", "message"),
    [
        ('{ peace = ["bloc"] }', "names no other theme 'peace'"),
        ('{ war = ["treaty"] }', "lists treaty, which are not terms"),
        ('["bloc"]', "must be a table"),
    ],
)
def test_a_yield_to_an_unknown_theme_or_word_is_refused(tmp_path, yields, message):
    path = tmp_path / "themes.toml"
    path.write_text(THEMES.format(yields=yields), encoding="utf-8")
    with pytest.raises(ThemesError, match=message):
        load_themes(path)


def test_states_told_as_a_group_in_a_paragraph_of_commerce_are_trade(themes, nlp):
    debt = themes.score(
        nlp("Despite late payments, Veloria and Castamar said these nations would keep servicing their foreign debt.")
    )
    assert "trade" in labels(debt) and "diplomacy" not in labels(debt)
    assert "yields nations to trade" in theme_of(debt, "diplomacy").terms
    buyers = themes.score(nlp("Exports of coffee to partners in Asia rose by a fifth, lifting the trade surplus."))
    assert "yields partners to trade" in theme_of(buyers, "diplomacy").terms


def test_states_at_the_table_of_a_trade_deal_stay_diplomacy(themes, nlp):
    scores = themes.score(nlp("The two countries signed a trade agreement cutting tariffs on steel and grain."))
    assert labels(scores) == ["trade", "diplomacy"]
    assert not any(t.startswith("yields") for t in theme_of(scores, "diplomacy").terms)


def test_a_world_leader_in_a_craft_is_no_head_of_state(themes, nlp):
    craft = themes.score(nlp("Israel and the Netherlands are world leaders in drip irrigation and greenhouse farming."))
    assert "world leader" not in theme_of(craft, "diplomacy").terms
    summit = themes.score(nlp("World leaders gathered in Lisbon for a summit on ocean pollution."))
    assert "world leader" in theme_of(summit, "diplomacy").terms

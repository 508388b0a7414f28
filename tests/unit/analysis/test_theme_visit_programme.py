"""A visit told through its programme (see `themes.programme`): once an article opens on a visit between states, a
paragraph that opens on the visitor or the host doing anything goes on with it; a tour at home, and "he" after
another person's words, do not. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

VISIT = [
    "Paraguay's President Tomas Villalba arrived in Rabat on Monday for a three-day state visit, the first by a "
    "Paraguayan head of state to Morocco.",
    "In the afternoon he planted an olive tree in the gardens of the old palace and dined with students.",
    "Villalba later opened an exhibition of Guarani textiles at the national library.",
]


def test_what_the_visitor_does_goes_on_with_the_visit(themes, nlp):
    found = article(themes, nlp, "Paraguayan President Begins State Visit To Morocco", VISIT)
    assert "diplomacy" in found[0]
    assert "diplomacy" in found[1]
    assert "diplomacy" in found[2]


def test_a_tour_at_home_goes_on_with_nothing(themes, nlp):
    found = article(
        themes,
        nlp,
        "President Tours Flooded Towns In The North",
        [
            "President Tomas Villalba toured three flooded towns in the north on Monday, promising money to rebuild "
            "bridges and schools.",
            "In the afternoon he planted an olive tree in the square of Concepcion and dined with volunteers.",
        ],
    )
    assert "diplomacy" not in found[1]


def test_he_after_another_persons_words_is_not_the_visitor(themes, nlp):
    found = article(
        themes,
        nlp,
        "Paraguayan President Begins State Visit To Morocco",
        [
            *VISIT[:1],
            "The visit will help farmers sell more beef, said an economist at a university in Asuncion, Laura Benitez.",
            "She planted an olive tree in her garden last year and dined with her students.",
        ],
    )
    assert "diplomacy" not in found[2]


def test_a_new_envoy_told_as_who_she_is_goes_on_with_her_credentials(themes, nlp):
    found = article(
        themes,
        nlp,
        "Chile's New Envoy Presents Credentials In Accra",
        [
            "Chile's new ambassador to Ghana, Marcela Soto Ibanez, presented her credentials to the president at "
            "Jubilee House in Accra on Thursday.",
            "Ibanez is the first woman from her country to hold the post in West Africa.",
        ],
    )
    assert "diplomacy" in found[1], found


def test_the_visitor_after_a_setting_goes_on_with_the_visit(themes, nlp):
    found = article(
        themes,
        nlp,
        "Paraguayan President Begins State Visit To Morocco",
        [*VISIT[:1], "At a lunch in the old medina, Villalba praised the craftsmen and bought two carpets."],
    )
    assert "diplomacy" in found[1], found


def test_what_a_principal_says_goes_on_only_through_its_own_words(themes, nlp):
    found = article(
        themes,
        nlp,
        "Paraguayan President Begins State Visit To Morocco",
        [*VISIT[:1], "Villalba said he wanted lower taxes on fuel at home before the elections."],
    )
    assert "diplomacy" not in found[1], found


def test_an_article_with_no_paragraphs_scores_to_nothing(themes):
    assert themes.score_article([], [], "President Begins State Visit") == []

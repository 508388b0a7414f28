"""Paragraph themes read in their article's context, on the real spaCy pipeline and real themes files."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dashboard import schema
from dashboard.analysis import analyse
from dashboard.analysis.themes import ThemesError, labels, load_themes
from dashboard.analysis.themes.context import ContextWeights, lifts
from dashboard.sources import Article, Paragraph

STRONG = (
    "Artillery units pounded rebel positions outside the northern town for a third day, and the army said its "
    "troops had retaken two villages."
)
WEAK = "Residents who fled across the river said they had heard heavy explosions through the night."
UNRELATED = "The regional governor asked for blankets and tents for the families now sleeping in the school."

FESTIVAL = [
    "The city's summer festival opened on Friday with music on three stages and a parade of floats.",
    WEAK,
    "Organisers expect more visitors than last year and have added late trains home.",
]

ENERGY = """
[energy]
threshold = 2.0
{context}
[energy.terms]
"wind farm" = 2.0
"turbine" = 2.0
"solar panel" = 2.0
"electricity" = 1.0
"grid" = 0.5
"""
WIND = [
    "Engineers finished the last turbine of the offshore wind farm, which will feed electricity to the coast.",
    "Fishermen said the new grid cable had been laid further out than they had feared.",
    "The harbour cafe will stay open through the winter, its owner said.",
]


def article_scores(themes, nlp, texts: list[str], title: str = "", sections: list[str] | None = None):
    return themes.score_article([nlp(t) for t in texts], sections or [""] * len(texts), title)


def theme_of(scores, name: str):
    return next(s for s in scores if s.theme == name)


def test_a_weak_paragraph_in_a_war_story_takes_the_theme_and_says_why(themes, nlp):
    scores = article_scores(themes, nlp, [STRONG, WEAK, UNRELATED], title="Army Retakes Villages As Rebels Fall Back")
    military = theme_of(scores[1], "military")
    assert military.label
    assert military.explained().startswith("flee, explosion; context: article ")
    assert "neighbours 1.00" in military.context


def test_the_same_paragraph_alone_or_in_an_unrelated_article_keeps_its_own_verdict(themes, nlp):
    assert "military" not in labels(themes.score(nlp(WEAK)))
    scores = article_scores(themes, nlp, FESTIVAL, title="Summer Festival Opens")
    assert all(labels(paragraph) == [] for paragraph in scores)


def test_context_never_labels_a_paragraph_without_a_word_of_the_theme(themes, nlp):
    scores = article_scores(themes, nlp, [STRONG, WEAK, UNRELATED], title="Army Retakes Villages As Rebels Fall Back")
    assert labels(scores[2]) == []
    assert theme_of(scores[2], "military").context == ""


def test_a_strong_paragraph_in_an_unrelated_article_still_stands(themes, nlp):
    scores = article_scores(themes, nlp, [FESTIVAL[0], STRONG, FESTIVAL[2]], title="Summer Festival Opens")
    military = theme_of(scores[1], "military")
    assert military.label and military.context == ""
    assert military.score == theme_of(themes.score(nlp(STRONG)), "military").score


@pytest.mark.parametrize("context", ["", "[energy.context]\narticle = 1.0\nneighbours = 0.5\nfloor = 0.1\n"])
def test_a_users_own_theme_reads_the_context_with_its_own_or_the_default_weights(tmp_path, nlp, context):
    path = tmp_path / "energy.toml"
    path.write_text(ENERGY.format(context=context), encoding="utf-8")
    themes = load_themes(path)
    assert "energy" not in labels(themes.score(nlp(WIND[1])))
    scores = article_scores(themes, nlp, WIND, title="Offshore Wind Farm Complete")
    assert [labels(p) for p in scores] == [["energy"], ["energy"], []]
    assert scores[1][0].explained().startswith("grid; context: article ")


def test_a_context_weight_of_zero_turns_that_part_off(tmp_path, nlp):
    path = tmp_path / "energy.toml"
    path.write_text(ENERGY.format(context="[energy.context]\narticle = 0\nsection = 0\nneighbours = 0\n"), "utf-8")
    scores = article_scores(load_themes(path), nlp, WIND, title="Offshore Wind Farm Complete")
    assert [labels(p) for p in scores] == [["energy"], [], []]


@pytest.mark.parametrize(
    ("context", "message"),
    [
        ("context = 1.0\n", "`context` must be a table"),
        ("[energy.context]\nartcle = 0.5\n", "unknown context key(s) artcle"),
        ("[energy.context]\narticle = -1\n", "context weights must be 0 or more"),
        ('[energy.context]\nfloor = "low"\n', "context.floor must be a number"),
    ],
)
def test_a_malformed_context_table_is_named_with_the_reason(tmp_path, context, message):
    path = tmp_path / "energy.toml"
    text = ENERGY.format(context="") if context.startswith("context") else ENERGY.format(context=context)
    if context.startswith("context"):
        text = text.replace("threshold = 2.0\n", f"threshold = 2.0\n{context}")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ThemesError, match="energy") as err:
        load_themes(path)
    assert message in str(err.value)


def test_the_section_and_the_neighbours_lift_only_within_their_reach():
    weights = ContextWeights(article=0.0, section=0.5, neighbours=0.25, floor=0.1)
    own = [2.0, 0.5, 0.0, 0.5, 2.0, 0.5]
    sections = ["War", "War", "Markets", "Markets", "Markets", "Sport"]
    added = [lift.added for lift in lifts(own, 2.0, sections, 0.0, weights)]
    # 1: its section's other paragraph is strong (0.5 x 1) and so is a neighbour (0.25 x 1): 0.75 x threshold
    # 3: its section mates are 0 and 1 (mean 0.5 x 0.5) and its neighbour is strong (0.25): 0.5 x threshold
    # 5: alone in its section, next to a strong paragraph; 0, 2 and 4 are below the floor or labelled already
    assert added == [0.0, 1.5, 0.0, 1.0, 0.0, 0.5]


def test_extracted_rows_explain_a_label_the_context_gave(nlp, themes):
    paragraphs = tuple(Paragraph(i, "", text) for i, text in enumerate([STRONG, WEAK, UNRELATED]))
    article = Article("news-01012025-000000", "Army Retakes Villages As Rebels Fall Back", paragraphs)
    (analysed,) = analyse([article], nlp, themes)
    row = analysed.rows[schema.PARAGRAPHS][1]
    assert row["topics"] == "military"
    assert row["topic_terms"].startswith("military: flee, explosion; context: article ")
    topics = [r for r in analysed.rows[schema.PARAGRAPH_TOPICS] if r["paragraph"] == 1 and r["theme"] == "military"]
    assert topics[0]["label"] and topics[0]["terms"] == row["topic_terms"].removeprefix("military: ")


STATE_VISIT = [
    "The president of Chile arrived in Lima for a three-day state visit, the first in a decade, and the two "
    "governments signed a treaty on their shared border.",
    "Chile and Peru also agreed to reopen the consulates closed during the dispute.",
    "Chileans, Peruvians and Bolivians crowded the old bridge over the border river that evening.",
]


def test_named_states_with_no_term_continue_a_diplomatic_story(themes, nlp):
    alone = theme_of(themes.score(nlp(STATE_VISIT[2])), "diplomacy")
    assert not alone.label and alone.terms[0].startswith("parties: ")
    scores = article_scores(themes, nlp, STATE_VISIT, title="Chile And Peru Sign Border Treaty")
    lifted = theme_of(scores[2], "diplomacy")
    assert lifted.label and lifted.explained().startswith("parties: ") and "; context: article " in lifted.explained()


RAID = [
    "Gunmen stormed a bus station in the border town before dawn, and the army said two soldiers were killed.",
    "A shopkeeper said he was shot in the arm as he ran for cover.",
    "Troops and armoured vehicles were sent to the town, and the army said the militants had retreated.",
    "Hundreds of families have fled the town since the raid, the regional governor said.",
]


def test_people_fleeing_continue_a_war_story(themes, nlp):
    alone = theme_of(themes.score(nlp(RAID[3])), "military")
    assert not alone.label and "flee" in alone.terms
    lifted = theme_of(article_scores(themes, nlp, RAID, title="Gunmen Storm Bus Station In Border Town")[3], "military")
    assert lifted.label and "; context: article " in lifted.explained()
    festival = article_scores(themes, nlp, [FESTIVAL[0], RAID[3], FESTIVAL[2]], title="Summer Festival Opens")
    assert labels(festival[1]) == []


def test_a_headline_the_body_bears_out_sets_the_articles_profile():
    weights = ContextWeights(article=0.5, section=0.0, neighbours=0.0, floor=0.1, title=1.0)
    # two paragraphs carry the theme on their own, so the headline (strength 1) is the article's profile
    borne_out = lifts([2.0, 2.0, 0.5, 0.5, 0.5, 0.5], 2.0, [""] * 6, 2.0, weights)
    assert borne_out[2].added == 1.0 and borne_out[2].explained().startswith("title 1.00")
    # one paragraph is not enough: the headline's theme may be a metaphor the body does not bear out
    metaphor = lifts([2.0, 0.5, 0.5, 0.5, 0.5, 0.5], 2.0, [""] * 6, 2.0, weights)
    assert metaphor[2].added < 1.0 and metaphor[2].explained().startswith("article ")
    # with no title weight the headline counts only as two paragraphs of the mean
    plain = lifts([2.0, 2.0, 0.5, 0.5, 0.5, 0.5], 2.0, [""] * 6, 2.0, replace(weights, title=0.0))
    assert plain[2].added < borne_out[2].added


def test_a_war_story_under_its_headline_lifts_its_weak_paragraphs(themes, nlp):
    story = [
        RAID[0],
        RAID[2],
        "Shops stayed shut on Tuesday and the market was empty, a shopkeeper said, and he "
        "was shot in the arm as he ran.",
    ]
    scores = article_scores(themes, nlp, story + FESTIVAL[2:] * 3, title="Gunmen Kill Two Soldiers In Border Raid")
    lifted = theme_of(scores[2], "military")
    assert lifted.label and "context: title 1.00" in lifted.explained()


SHELLED = [
    "Artillery shelled the hill town of Veldra through the night, and the army said two of its soldiers were killed.",
    "The mayor, Ilse Varga, said the bakery and the primary school would stay shut until further notice.",
    "Power was cut to 30,000 homes, and engineers said the repairs could take a fortnight.",
    "A choir from the neighbouring valley cancelled its concert in the town hall.",
]
STORM = [
    "A storm with winds of 120 km an hour brought down trees along the coast of Marrow Bay on Tuesday.",
    "The mayor, Ilse Varga, said the bakery and the primary school would stay shut until further notice.",
    "Power was cut to 30,000 homes, and engineers said the repairs could take a fortnight.",
    "A choir from the neighbouring valley cancelled its concert in the town hall.",
]


def test_an_effect_of_war_takes_the_theme_only_in_a_war_story(themes, nlp):
    war = article_scores(themes, nlp, SHELLED, title="Shelling Leaves Hill Town In The Dark")
    military = theme_of(war[2], "military")
    assert military.label
    assert "context: effect: power be cut" in military.explained()
    storm = article_scores(themes, nlp, STORM, title="Storm Leaves Coastal Towns In The Dark")
    assert not theme_of(storm[2], "military").label


def test_an_effect_with_a_cue_against_the_theme_keeps_its_own_verdict(themes, nlp):
    cued = "Fans fled the stadium after the match when the power was cut, and the league called off the season."
    scores = article_scores(
        themes, nlp, [*SHELLED[:2], cued, SHELLED[3]], title="Shelling Leaves Hill Town In The Dark"
    )
    assert not theme_of(scores[2], "military").label


def test_effects_must_be_terms_of_the_theme(tmp_path):
    path = tmp_path / "themes.toml"
    path.write_text(ENERGY.format(context='effects = ["blackout"]'))
    with pytest.raises(ThemesError, match="`effects` lists blackout, which are not terms of the theme"):
        load_themes(path)


def test_an_effect_paragraph_in_a_users_theme_follows_its_article(tmp_path, nlp):
    path = tmp_path / "themes.toml"
    path.write_text(ENERGY.format(context='effects = ["grid"]\n[energy.context]\neffects = 0.3\nneighbours = 0.0'))
    scores = load_themes(path).score_article([nlp(t) for t in WIND], [""] * 3, "Wind Farm Turbines Switched On")
    assert scores[1][0].label
    assert scores[1][0].context.startswith("effect: grid")

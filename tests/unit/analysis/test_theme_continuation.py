"""A paragraph that refers back to its article ("He ...", "the decision") takes the theme of a strongly themed
article, on the real spaCy pipeline and real themes files, and no theme in an unrelated one."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import labels, load_themes
from dashboard.analysis.themes.context import ContextWeights, lifts
from dashboard.analysis.themes.continuation import Reference, reference
from tests.unit.analysis.test_theme_context import ENERGY

EXPULSION = [
    "Poland expelled two Belarusian diplomats on Tuesday and summoned the ambassador, accusing Minsk of running a "
    "spy ring from its embassy.",
    "Minsk called the decision a mistake and promised to answer in kind.",
]
SCHOOLS = [
    "The city council voted on Monday to close two primary schools in the northern suburbs next summer.",
    EXPULSION[1],
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will also lay a wreath at the war memorial.", Reference("he", previous_only=True)),
        ("Officials said the decision was final and would not be reviewed.", Reference("the decision", False)),
        ("\u201cThe other side must show it is serious,\u201d she said.", Reference("other side", False)),
        ("It rained all day in the capital.", None),
        ("The decision matrix had twelve columns.", None),
        ("Under the deal, Nairobi will accept larger cartons.", Reference("the deal", False)),
        ("The talks will resume in Geneva next month.", Reference("the talks", False)),
        ("Lima said it was studying the ruling and could appeal.", Reference("the ruling", False)),
        ("The report found that exports had been diverted.", Reference("the report", False)),
        ("Parents said the school had never been so full.", None),
        ("The measures freeze the assets of six officials.", Reference("the measures", False)),
        ("It was the third such raid this month.", Reference("the third such raid", True)),
        ("Officials called it the third such raid this month.", Reference("such raid", False)),
        ("It was their first call since the new year.", Reference("their first call", True)),
        ("It was a first for the club.", None),
        ("The remarks came a day after the vote.", Reference("the remarks", False)),
        ("The two delegations will meet again in Lima in May.", Reference("the two delegations", False)),
        ("The negotiators are due back in Quito on Monday.", Reference("the negotiators", False)),
        ("The delegation fee rose by a tenth.", None),
        ("Neither side has yet agreed to a date.", Reference("neither side", False)),
        ("Moscow said it would not sell to countries that apply the cap.", Reference("the cap", False)),
        ("Traders said the closure had cost them dearly.", Reference("the closure", False)),
        ("The two discussed fishing rights and a new bridge.", Reference("the two", True)),
        ("The two countries share a long border.", Reference("the two countries", False)),
        ("Both neighbours claim the islands.", Reference("both neighbours", False)),
        ("The two country singers share a stage.", None),
        ("Both teams claim the title.", None),
        ("The parties will meet again in Tallinn in March.", Reference("the parties", False)),
        ("The four parties agreed on a total for the year.", Reference("the four parties", False)),
        ("The parties' leaders met on Friday.", None),
        ("Voters in both parties are tired.", None),
    ],
)
def test_the_words_that_refer_back_are_found(nlp, text, expected):
    assert reference(nlp(text)) == expected


def theme_of(scores, name: str):
    return next(s for s in scores if s.theme == name)


def test_a_paragraph_that_refers_back_takes_its_diplomatic_articles_theme_and_says_why(themes, nlp):
    alone = theme_of(themes.score(nlp(EXPULSION[1])), "diplomacy")
    assert not alone.label and alone.score < themes.themes[themes.names.index("diplomacy")].threshold / 2
    scores = themes.score_article([nlp(t) for t in EXPULSION], ["", ""], "Poland Expels Two Belarusian Diplomats")
    lifted = theme_of(scores[1], "diplomacy")
    assert lifted.label
    assert "context: refers to: the decision, article " in lifted.explained()


def test_the_same_paragraph_in_an_unrelated_article_takes_no_theme(themes, nlp):
    scores = themes.score_article([nlp(t) for t in SCHOOLS], ["", ""], "Council Votes To Close Two Schools")
    assert labels(scores[1]) == []


def test_a_pronoun_refers_only_to_the_paragraph_just_before():
    weights = ContextWeights(article=0.0, section=0.0, neighbours=0.0, continued=0.5)
    he, the_talks = Reference("he", previous_only=True), Reference("the talks", previous_only=False)
    own = [2.0, 0.0, 0.0, 0.0]
    added = lifts(own, 2.0, [""] * 4, 2.0, weights, [None, he, he, the_talks])
    assert [lift.added for lift in added] == [0.0, 2.0, 0.0, 2.0]
    # the article profile: the title (1, counted twice) and the first paragraph (1) over 3 others and 2: 0.60
    assert added[1].explained() == "refers to: he, article 0.60"


def test_a_cue_against_the_theme_or_a_weak_article_keeps_the_own_verdict():
    weights = ContextWeights(article=0.0, section=0.0, neighbours=0.0, continued=0.7)
    the_deal = Reference("the deal", previous_only=False)
    assert lifts([2.0, -0.5], 2.0, ["", ""], 2.0, weights, [None, the_deal])[1].added == 0.0
    # the article profile of the second paragraph is (1 + 0 + 0) / 4 = 0.25, under 0.7
    assert lifts([2.0, 0.0, 0.0], 2.0, [""] * 3, 0.0, weights, [None, the_deal, None])[1].added == 0.0


def test_a_paragraph_with_a_theme_of_its_own_is_not_carried_into_another(themes, nlp):
    story = [
        "The European Union imposed tariffs of up to 30% on imports of steel and aluminium from three countries.",
        "The move comes a week before the two presidents meet at a summit in Brussels.",
    ]
    scores = themes.score_article([nlp(t) for t in story], ["", ""], "EU Imposes Tariffs On Steel Imports")
    assert labels(scores[1]) == ["diplomacy"]


def test_a_paragraph_with_a_theme_of_its_own_goes_on_with_another_through_that_themes_subject(themes, nlp):
    story = [
        "The UN Security Council on Friday adopted a resolution on the border dispute between Eritrea and Djibouti.",
        "Both governments welcomed the vote, and the council's president said diplomats would meet again in June.",
        "The resolution calls for troops and artillery to be pulled back from the frontier.",
    ]
    scores = themes.score_article([nlp(t) for t in story], [""] * 3, "Security Council Adopts Resolution On Border")
    own = themes.score(nlp(story[2]))
    assert labels(own) == ["military"]
    assert labels(scores[2]) == ["military", "diplomacy"]
    assert "refers to: the resolution" in theme_of(scores[2], "diplomacy").explained()


def test_a_subject_of_the_theme_goes_on_with_the_paragraph_just_before_whatever_the_article():
    weights = ContextWeights(article=0.0, section=0.0, neighbours=0.0, continued=0.7)
    talks = Reference("the talks", previous_only=False, subject="talk")
    talks_of_theme = Reference("the talks", previous_only=False, subject="talk", themed=True)
    own = [0.0, 0.0, 2.0, 0.0, 0.0, 0.0]  # the article profile of the fourth paragraph: (1 + 0) / 7, under 0.7
    added = lifts(own, 2.0, [""] * 6, 0.0, weights, [None, None, None, talks_of_theme, None, talks_of_theme])
    assert [lift.added for lift in added] == [0.0, 0.0, 0.0, 2.0, 0.0, 0.0]  # the sixth is not just after
    assert lifts(own, 2.0, [""] * 6, 0.0, weights, [None, None, None, talks, None, None])[3].added == 0.0


def test_a_meeting_told_before_is_carried_into_what_was_said_at_it(themes, nlp):
    story = [
        "Exports of coffee rose 4 percent in the first quarter, the trade ministry said.",
        "The central bank also cut its main interest rate by a quarter point.",
        "The finance ministers of Peru and Chile met in Lima on Monday to discuss a new border crossing.",
        "At that meeting, the two pledged to work together on customs checks.",
        "Inflation slowed to 3.1 percent in March.",
    ]
    scores = themes.score_article([nlp(t) for t in story], [""] * 5, "Exports Rise In First Quarter")
    found = theme_of(scores[3], "diplomacy")
    assert found.label and "refers to: that meeting" in found.explained()


WIND = [
    "Engineers finished the last turbine of the offshore wind farm, which will feed electricity to the coast.",
    "The harbour council said the decision to build it had brought forty jobs to the town.",
]


@pytest.mark.parametrize(("context", "carried"), [("", True), ("[energy.context]\ncontinued = 0\n", False)])
def test_a_users_own_theme_is_carried_by_default_and_can_turn_it_off(tmp_path, nlp, context, carried):
    path = tmp_path / "energy.toml"
    path.write_text(ENERGY.format(context=context), encoding="utf-8")
    themes = load_themes(path)
    scores = themes.score_article([nlp(t) for t in WIND], ["", ""], "Offshore Wind Farm Complete")
    assert labels(scores[0]) == ["energy"]
    assert labels(scores[1]) == (["energy"] if carried else [])


def test_a_war_goes_on_only_through_a_word_of_war_right_after_a_paragraph_about_it(themes, nlp):
    raid = [
        "Gunmen ambushed a supply convoy near the border on Tuesday, killing six escorts, the army said.",
        "It was the third such raid on the road this month.",
    ]
    scores = themes.score_article([nlp(t) for t in raid], ["", ""], "Convoy Ambushed")
    assert "military" in labels(scores[1])
    talks = [raid[0], "The ministers said the talks would resume in the spring."]
    scores = themes.score_article([nlp(t) for t in talks], ["", ""], "Convoy Ambushed")
    assert "military" not in labels(scores[1])


MEETING = [
    "Norway's prime minister met the president of Chile on the sidelines of a regional summit in Lima on Friday.",
    "They discussed salmon farming and the price of copper.",
    "The weather in Lima was warm.",
]
HARBOUR = ["The mayor met local fishermen at the harbour on Friday.", MEETING[1]]


def test_a_pronoun_doing_the_themes_verb_goes_on_with_the_paragraph_just_before_in_a_weak_article(themes, nlp):
    scores = themes.score_article([nlp(t) for t in MEETING], [""] * 3, "Leaders Meet In Lima")
    discussed = theme_of(scores[1], "diplomacy")
    assert discussed.label and "refers to: they" in discussed.explained()
    assert labels(scores[2]) == []
    at_home = themes.score_article([nlp(t) for t in HARBOUR], ["", ""], "Mayor Meets Fishermen")
    assert "diplomacy" not in labels(at_home[1])


def test_the_two_delegations_go_on_with_the_trade_talks_told_before(themes, nlp):
    texts = [
        "Negotiators from Peru and Chile ended a second round of trade talks in Santiago on Friday without agreement "
        "on tariffs for grapes.",
        "The two delegations will meet again in Lima in May.",
    ]
    scores = themes.score_article([nlp(t) for t in texts], ["", ""], "Trade Talks Between Peru And Chile Stall")
    assert labels(scores[1]) == ["trade", "diplomacy"]
    assert "refers to: the two delegations" in theme_of(scores[1], "trade").explained()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot was hit for the second time this month.", Reference("was hit", True)),
        ("Two other men in the car were also killed.", Reference("were killed", True)),
        ("Most of those seized were women, a farmer said.", Reference("those seized", True)),
        ("The town was hit by a storm in May.", None),
        ("Exports were up a tenth in May.", None),
    ],
)
def test_a_deed_told_with_no_doer_refers_to_the_paragraph_before(nlp, text, expected):
    assert reference(nlp(text)) == expected


def test_what_was_done_with_no_doer_goes_on_with_a_war_told_just_before_and_not_with_a_storm(themes, nlp):
    hit = "The depot was hit for the second time this month, and smoke could be seen from the next valley."
    strike = "A drone struck a fuel depot near the border city of Orvik before dawn, the regional governor said."
    scores = themes.score_article([nlp(t) for t in (strike, hit)], ["", ""], "Drone Hits Depot")
    assert "military" in labels(scores[1])
    assert "refers to: was hit" in theme_of(scores[1], "military").explained()
    storm = "A storm tore roofs off houses along the coast overnight and cut power to 9,000 homes."
    scores = themes.score_article([nlp(t) for t in (storm, hit)], ["", ""], "Storm Batters Coast")
    assert labels(scores[1]) == []


def test_the_two_just_named_and_a_pronoun_past_its_auxiliary_go_on_with_a_visit_through_its_verb(themes, nlp):
    visit = (
        "Spanish Prime Minister Elena Ruiz met King Hassan at the royal palace in Rabat on Thursday, the first visit "
        "by a Spanish head of government in two years, and the two signed a joint declaration."
    )
    texts = [visit, "The two discussed fishing rights and a new bridge.", "He was welcomed at the airport by a band."]
    scores = themes.score_article([nlp(t) for t in texts], [""] * 3, "Spanish Leader Visits Rabat")
    assert "refers to: the two" in theme_of(scores[1], "diplomacy").explained()
    assert "diplomacy" in labels(scores[1])
    assert reference(nlp(texts[2])).subject == "welcome"
    home = ["The mayor opened a new library in the harbour district on Friday.", texts[1]]
    assert labels(themes.score_article([nlp(t) for t in home], ["", ""], "Library Opens")[1]) == []


def test_deeds_with_no_doer_go_on_one_after_another_after_a_strike(themes, nlp):
    strike = "A drone struck a fuel depot near the border city of Orvik before dawn, the regional governor said."
    killed = "Two workers were killed and seven were taken to hospital."
    hit = "The depot was hit for the second time this month, and smoke could be seen from the next valley."
    scores = themes.score_article([nlp(t) for t in (strike, killed, hit)], [""] * 3, "Drone Hits Depot")
    assert "military" in labels(scores[1]) and "military" in labels(scores[2])
    storm = "A storm tore roofs off houses along the coast overnight and cut power to 9,000 homes."
    scores = themes.score_article([nlp(t) for t in (storm, killed, hit)], [""] * 3, "Storm Batters Coast")
    assert labels(scores[1]) == labels(scores[2]) == []


DAIRY = [
    "Kenya will ease limits on imports of milk powder from Uganda from March under a deal reached by the two "
    "governments on Friday.",
    "Ugandan farmers sent 40,000 tonnes of milk powder to Kenya in 2019, before the limits were set.",
    "Milk prices in Nairobi have risen by a third since then.",
    "Farmers in the Rift Valley marched on the county offices twice this year.",
    "Uganda is the region's largest exporter of milk powder, and Kenya was its biggest buyer.",
    "The agreement still needs the approval of Kenya's parliament.",
    "Lawmakers return from their recess in late January.",
]


def test_a_trade_deal_goes_on_through_its_ratification_in_a_story_with_few_words_of_trade(themes, nlp):
    scores = themes.score_article(
        [nlp(t) for t in DAIRY], [""] * len(DAIRY), "Kenya To Ease Limits On Ugandan Milk Imports"
    )
    ratified = theme_of(scores[5], "trade")
    # most paragraphs tell the trade with weak words (tonnes, prices): the article profile is short of 0.6
    assert ratified.label
    assert ratified.context.startswith("refers to: the agreement, article 0.5")


def test_a_subject_before_a_comma_refers_back_as_the_deal_goes_on_with_the_trade_told_before(themes, nlp):
    # "the deal, Nairobi": the comma ends the noun phrase, so the name after it does not make "deal" a modifier
    texts = [*DAIRY[:5], "Under the deal, Nairobi will accept cartons of up to 25 kg, up from 10 kg."]
    scores = themes.score_article(
        [nlp(t) for t in texts], [""] * len(texts), "Kenya To Ease Limits On Ugandan Milk Imports"
    )
    under = theme_of(scores[5], "trade")
    assert under.label
    assert under.context.startswith("refers to: the deal, article ")


def test_the_two_neighbours_go_on_with_the_relations_told_just_before(themes, nlp):
    pair = "The two neighbours have quarrelled over the river's water for decades."
    talks = "The foreign ministers of Peru and Bolivia met in La Paz on Monday to discuss a treaty on the lake."
    scores = themes.score_article([nlp(talks), nlp(pair)], ["", ""])
    assert "diplomacy" in labels(scores[1])
    assert "refers to: the two neighbours" in theme_of(scores[1], "diplomacy").context
    village = "Two families in the village of Alto Verde have argued over a fence since spring."
    assert labels(themes.score_article([nlp(village), nlp(pair)], ["", ""])[1]) == []


def test_a_paragraph_counting_the_event_just_told_goes_on_with_it(themes, nlp):
    counted = "It was their second call this month."
    call = "The foreign ministers of Chile and Argentina spoke by phone on Friday and agreed to resume talks."
    scores = themes.score_article([nlp(call), nlp(counted)], ["", ""])
    assert labels(scores[1]) == ["diplomacy"]
    assert "refers to: their second call" in theme_of(scores[1], "diplomacy").context
    fans = "Fans of the two clubs spent the evening on the phone to a radio show."
    assert labels(themes.score_article([nlp(fans), nlp(counted)], ["", ""])[1]) == []

"""Themes of the second round of mends after the thirty-sixth probe batch: a city that is no capital, named after a
thing of it ("the markets of Krakow", "the port of Split"), only says where a story about one country happens and is
no party to relations between states, while a state so named still is; a quotation of a trader the feature has
already named goes on with the trade of the paragraph that named him, not in a story of no trade, and not when its
speaker is first named with it; vegetables are as weak a word of trade as fruit; heads of state that sign
declarations about friendship tell relations between states. Fictional texts on the real spaCy
pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, ThemeScore
from tests.theming import article

GRAIN = (
    "The new rules followed Poland's decision to tighten checks on farm produce from its neighbour, after its own "
    "growers complained that cheap Ukrainian grain was flooding the markets of {}."
)


def diplomacy(themes: Themes, nlp, text: str) -> ThemeScore:
    return next(s for s in themes.score(nlp(text)) if s.theme == "diplomacy")


def parties_of(score: ThemeScore) -> str:
    return next((t for t in score.terms if t.startswith("parties: ")), "")


def test_a_city_named_after_a_thing_of_it_is_a_place_not_a_party(themes, nlp):
    city = diplomacy(themes, nlp, GRAIN.format("Krakow"))
    assert parties_of(city) == "parties: Poland + Ukrainian", city.terms


def test_a_state_named_after_a_thing_of_it_is_still_a_party(themes, nlp):
    state = diplomacy(themes, nlp, GRAIN.format("Slovakia"))
    assert "Slovakia" in parties_of(state), state.terms


BAZAAR = [
    "TABRIZ, Iran - In the covered bazaar, merchants stack Turkish detergent, Chinese phones and Emirati cooking oil "
    "to the ceiling, goods imported through a chain of middlemen since the sanctions cut off direct trade.",
    "Farhad Rostami, who has run a shop selling imported carpets and fabrics for thirty years, buys his stock from "
    "suppliers in Istanbul and pays for it in cash through exchange houses.",
    '"When the snow comes, the shop is empty for a week," {} "Then people come back and ask for cheaper things."',
    "Exports of pistachios and saffron have fallen by a third, and traders say the rial has lost half its value "
    "against the dollar in two years.",
]


def test_a_quote_of_a_trader_already_named_goes_on_with_a_trade_feature(themes, nlp):
    for said in ["he said.", "Rostami said."]:
        story = [BAZAAR[0], BAZAAR[1], BAZAAR[2].format(said), BAZAAR[3]]
        assert "trade" in article(themes, nlp, "The Bazaar Where Everything Comes The Long Way", story)[2], said


def test_a_quote_of_a_speaker_first_named_with_it_or_in_a_story_of_no_trade_stays_no_trade(themes, nlp):
    new_speaker = [BAZAAR[0], BAZAAR[1], BAZAAR[2].format("said Leila Karimi, a teacher."), BAZAAR[3]]
    assert "trade" not in article(themes, nlp, "The Bazaar Where Everything Comes The Long Way", new_speaker)[2]
    sport = [
        "LEEDS - The club's new captain, a midfielder signed from a rival for a record fee, scored twice on Saturday.",
        "Martin Hale, who has sold programmes and scarves outside the ground for thirty years, says the crowds are "
        "back, and the shops and exporters of the city's wool trade sponsor half the boxes.",
        '"When the rain falls, the stand is empty for a week," he said. "Then they come back for cheaper seats."',
        "The team plays away at Burnley next weekend, and the manager said the squad was fit.",
    ]
    assert "trade" not in article(themes, nlp, "Leeds Win Again", sport)[2]


def test_vegetables_are_as_weak_a_word_of_trade_as_fruit(themes, nlp):
    story = [
        "NARVA, Estonia - Since March every lorry of Russian produce that crosses the bridge here must clear new "
        "customs checks, with declarations, scanners and a fee on each tonne.",
        "The checks followed a decision to tighten controls on produce from the neighbour, after growers at home "
        "complained that cheap Russian vegetables were flooding the markets of Tartu and Parnu.",
        "The river town has 50,000 people, most of whom speak Russian at home, and a castle that faces another "
        "across the water.",
    ]
    assert "trade" in article(themes, nlp, "A Bridge Where The Cabbages Wait", story)[1]
    garden = [
        "TARTU - The town's allotments are full again this spring, and 200 families wait for a plot.",
        "Pensioners grow vegetables, berries and flowers behind the old railway depot, and swap seeds on Sundays.",
    ]
    assert "trade" not in article(themes, nlp, "Allotments Bloom In Tartu", garden)[1]


def test_heads_of_state_signing_declarations_of_friendship_is_diplomacy(themes, nlp):
    story = [
        "VALGA, Latvia - Since the spring, lorries of Estonian timber wait a day or more at the new weighing station "
        "on the edge of town, where Latvian inspectors check every load.",
        "Estonia has protested, and its foreign minister travelled to Riga last week to ask for the checks to end.",
        "Liga Ozola, a historian in Valga who writes about the two towns, said the quarrel showed how thin the "
        'promises of the region still are. "The presidents sign declarations about friendship, and the inspectors '
        'decide what friendship weighs," she said.',
    ]
    assert "diplomacy" in article(themes, nlp, "Lorries Wait At A Border That Is Not Supposed To Exist", story)[2]
    private = [
        "TARTU - Two pensioners who met at a choir forty years ago still sing together every Sunday.",
        "They sign each other's birthday cards with the same joke, and call their friendship the longest duet in town.",
    ]
    assert "diplomacy" not in article(themes, nlp, "The Longest Duet In Tartu", private)[1]

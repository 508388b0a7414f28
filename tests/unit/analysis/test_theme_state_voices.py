"""Themes of a state that speaks through a voice its paragraph does not name with its state ("The foreign ministry
said ...", "..., the ministry said."): it goes on with the relations the paragraph just before told, as "Beijing
said" does, but adds nothing of its own (a prime minister who welcomes price cuts is no relation between states). A
capital speaks through its voices as a country does ("Hanoi's health ministry said", as "Vietnam's ... said"), by its
possessive only ("a Cairo airport official" names a place). A ministry whose lower-case noun the tagger took for a name
("Kenya's water ministry said") is still the state's voice (see themes/state_voices.py).
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.state_voices import voice_end
from dashboard.analysis.themes.voices import unnamed, unnamed_voice
from tests.theming import article

CONSULAR = [
    "Estonia summoned Georgia's ambassador on Thursday to protest the arrest of two Estonian students in Tbilisi.",
    "The foreign ministry said the two would be allowed to call their parents from the police station on Friday.",
    "They were brought back to Tallinn on a scheduled flight and met at the airport by their teachers, the ministry "
    "said.",
]
COUP = [
    "Soldiers loyal to the president retook the radio station on Sunday after a night of heavy gunfire in the capital.",
    "Nine officers have been arrested and the airport will reopen on Monday, the interior minister said.",
]
RECALL = [
    "Vietnam recalled its ambassador from Phnom Penh on Monday after Cambodia expelled two Vietnamese diplomats.",
    "Hanoi's health ministry said the two men would be flown home on Thursday.",
]
STORM = [
    "Storms flooded three districts of the capital overnight, cutting power to 20,000 homes.",
    "Hanoi's health ministry said the two men would be flown home on Thursday.",
]
PRICES = [
    "The country's two largest bakeries cut the price of bread for the third time this month.",
    "The prime minister welcomed the cuts, saying households would feel the difference before winter.",
]


def test_an_unnamed_voice_of_a_state_goes_on_with_the_relations_told_before(themes, nlp):
    found = article(themes, nlp, "Estonia Summons Georgian Envoy Over Students' Arrest", CONSULAR)
    assert "diplomacy" in found[0], found
    assert "diplomacy" in found[1], found
    assert "diplomacy" in found[2], found


def test_a_capital_speaks_through_its_voices(themes, nlp):
    assert article(themes, nlp, "Vietnam Recalls Ambassador From Cambodia", RECALL)[1] == ["diplomacy"]
    assert article(themes, nlp, "Storms Flood Capital", STORM)[1] == []
    # a capital before a place is no voice of its state
    airport = themes.score(nlp("Two passengers were on board, a Cairo airport official told reporters."))[2]
    assert not any(term.startswith("state speaks") for term in airport.terms), airport


def test_an_unnamed_voice_after_no_relations_adds_none(themes, nlp):
    assert all("diplomacy" not in labels for labels in article(themes, nlp, "Loyal Troops Retake Radio", COUP))
    assert all("diplomacy" not in labels for labels in article(themes, nlp, "Bread Prices Cut Again", PRICES))


def test_which_voices_are_a_state_unnamed(nlp):
    assert unnamed_voice(nlp("The interior ministry said the suspension was temporary.")) == "the interior ministry say"
    assert unnamed_voice(nlp("He was freed on Monday, the ministry said.")) == "the ministry say"
    # a company's spokesman, a ministry's official and a ministry that is no subject of speech are none
    assert unnamed_voice(nlp("The spokesman said the plant would reopen.")) == ""
    assert unnamed_voice(nlp("A ministry official said the plan was ready.")) == ""
    assert unnamed_voice(nlp("Reporters waited outside the ministry for hours.")) == ""
    assert unnamed("the ministry say")
    assert not unnamed("Beijing say")


def test_a_ministry_the_tagger_took_for_a_name_is_still_the_states_voice(nlp):
    for text in [
        "Kenya's water ministry said the lake would rise by two metres this year.",
        "Chile's mining ministry said the royalty would rise.",
    ]:
        doc = nlp(text)
        assert voice_end(doc, 1, len(doc)) == 4, text
    doc = nlp("Kenya's Lake Turkana said nothing.")
    assert voice_end(doc, 1, len(doc)) == 1


def test_an_upstream_ministry_answering_a_protest_goes_on_with_the_dispute(themes, nlp):
    labels = article(
        themes,
        nlp,
        "Kenya protests as Uganda opens sluices of border lake dam",
        [
            "NAIROBI, June 3 - Kenya protested to Uganda on Tuesday after Kampala opened the sluices of a dam on the "
            "lake the two share, calling it a breach of a 1998 accord, the foreign ministry said.",
            "Uganda's water ministry said the lake would fall by no more than a metre and that the release harmed "
            "no one downstream.",
        ],
    )
    assert "diplomacy" in labels[1]

"""A national of one state held, tried or freed in another: a consular case, read on the real spaCy pipeline with
the shipped themes file (see themes.held)."""

from __future__ import annotations

from dashboard.analysis.themes import labels

CONSULAR = [
    "A Norwegian engineer detained in Iran for ten months was released on Tuesday and flew home to Bergen.",
    "His sister said the family had been told nothing about the charges for most of that time.",
    "Norway's embassy in Tehran had pressed for consular access since his arrest, the foreign ministry in Oslo said.",
]


def diplomacy_of(themes, nlp, text: str):
    return next(s for s in themes.score(nlp(text)) if s.theme == "diplomacy")


def test_a_national_held_in_another_state_is_one_state_acting_on_another(themes, nlp):
    held = diplomacy_of(themes, nlp, CONSULAR[0])
    assert held.terms == ("detain", "held abroad: Norwegian detain Iran")
    # the word's weight and the acting weight, never a label on their own
    acting = themes.themes[themes.names.index("diplomacy")].acting_weight
    assert held.score == 0.25 + acting and not held.label


def test_people_held_at_home_or_by_their_own_police_are_no_consular_case(themes, nlp):
    for text in (
        "Russian police detained dozens of protesters in Moscow on Saturday.",
        "A Peruvian court jailed the former mayor in Peru for fraud.",
    ):
        assert not any(t.startswith("held abroad") for t in diplomacy_of(themes, nlp, text).terms), text


def test_a_consular_story_labels_the_release_and_a_bar_fight_abroad_stays_crime(themes, nlp):
    docs = [nlp(text) for text in CONSULAR]
    scores = themes.score_article(docs, [""] * len(docs), "Norwegian Engineer Freed After Ten Months In Iran")
    assert "diplomacy" in labels(scores[0]) and "diplomacy" in labels(scores[2])
    fight = [
        "A British tourist was arrested in Spain after a fight outside a bar on the coast, police said.",
        "Two other men were treated in hospital for cuts, and the bar was closed for the night.",
    ]
    scores = themes.score_article([nlp(text) for text in fight], ["", ""], "Tourist Held After Bar Fight")
    assert not any("diplomacy" in labels(paragraph) for paragraph in scores)


def test_a_capital_speaking_of_its_nationals_held_abroad_acts_once(themes, nlp):
    held = diplomacy_of(themes, nlp, "Ottawa said two Canadians detained in China were in good health.")
    assert "held abroad: Canadians detain China" in held.terms
    assert not any(term.startswith("capital acts") for term in held.terms)
    assert held.score == 0.25 + 0.75 + themes.themes[themes.names.index("diplomacy")].acting_weight


def test_a_national_held_in_another_peoples_prison_is_held_abroad(themes, nlp):
    for text, held in (
        ("Two Danes held in Peruvian prisons for a year were freed on Monday.", "held abroad: Danes hold Peruvian"),
        ("An Irish sailor detained in a Venezuelan jail has been sentenced.", "held abroad: Irish detain Venezuelan"),
    ):
        assert held in diplomacy_of(themes, nlp, text).terms, text
    home = diplomacy_of(themes, nlp, "Two Peruvians held in Peruvian prisons went on hunger strike.")
    assert not any(t.startswith("held abroad") for t in home.terms)


def test_foreigners_held_with_no_nationality_named_are_a_consular_case(themes, nlp):
    held = diplomacy_of(
        themes, nlp, "Lawyers say several foreign nationals are being held in Venezuela without charge."
    )
    assert "held abroad: foreign nationals hold Venezuela" in held.terms
    # a state's own citizens held at home are none, nor are foreigners who were only seen there
    for text in (
        "Police said 40 citizens were detained in the capital after the march.",
        "Foreigners visiting Venezuela should carry their passports at all times.",
    ):
        assert not any(t.startswith("held abroad") for t in diplomacy_of(themes, nlp, text).terms), text


def test_a_national_held_in_another_states_capital_is_held_abroad_and_at_home_is_not(themes, nlp):
    abroad = diplomacy_of(themes, nlp, "A Danish aid worker has been held in Tehran's Evin prison since March.")
    assert "held abroad: Danish hold Tehran" in abroad.terms
    for text in (
        "Two Russians detained in Moscow on Friday were released after questioning.",
        "Polish fans held in Warsaw after the match were fined.",
    ):
        assert not any(t.startswith("held abroad") for t in diplomacy_of(themes, nlp, text).terms), text

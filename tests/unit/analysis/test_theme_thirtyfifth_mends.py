"""Themes of the mends made after the thirty-fifth probe batch: a drill or an exercise of armed forces named in a
story's lead goes on as "the exercise" or "the drill" in a later paragraph with no word of war of its own ("Ferry
services were suspended until the exercise is over"); a club's appeal of a federation's sanctions to the Court of
Arbitration for Sport is no trade; a relative's account of a person held abroad ("His wife says he had lost his
way") goes on with the consular case. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

PROTEST = [
    "TALLINN - Estonia on Monday protested a Russian naval exercise off the island of Hiiumaa and asked Moscow to "
    "explain why its ships came so close to the coast.",
    "The foreign ministry summoned Russia's charge d'affaires and handed him a note.",
    "Ferry services to the island were suspended until the exercise is over, the harbour master said.",
]


def test_a_naval_exercise_told_on_as_the_exercise_is_military(themes, nlp):
    assert "military" in article(themes, nlp, "Estonia Protests Russian Fleet Exercise", PROTEST)[2]


def test_the_exercise_after_a_lead_of_no_war_stays_no_military(themes, nlp):
    story = [
        "TALLINN - The city council on Monday held a fire evacuation exercise at the old town hall, and the mayor "
        "said it had gone well.",
        "The council's spokesman said staff had left the building in four minutes.",
        PROTEST[2],
    ]
    assert "military" not in article(themes, nlp, "Town Hall Evacuation Practice", story)[2]


def test_sanctions_appealed_at_the_sports_court_are_no_trade(themes, nlp):
    story = [
        "OSIJEK - The national basketball federation on Friday docked four points from Slavonija and closed its hall "
        "for three games after supporters threw coins at the referees.",
        "The club called the sanctions excessive and said it would appeal to the Court of Arbitration for Sport.",
    ]
    assert "trade" not in article(themes, nlp, "Federation Docks Points From Slavonija", story)[1]


def test_sanctions_a_state_appeals_stay_trade(themes, nlp):
    story = [
        "MINSK - The European Union on Friday added four Belarusian potash exporters to its sanctions list, freezing "
        "their assets in the bloc.",
        "Minsk called the sanctions illegal and said it would take its case to the World Trade Organization.",
    ]
    assert "trade" in article(themes, nlp, "EU Lists Belarusian Potash Exporters", story)[1]


CONSULAR = [
    "TUNIS - Canada's ambassador on Monday visited a Canadian geologist held in a Tunis prison since March, the "
    "foreign ministry in Ottawa said, after weeks of requests for consular access.",
    "Marc Leblanc, 38, was arrested near the Algerian border and accused of entering a military zone.",
]


def test_a_relatives_account_goes_on_with_a_consular_case(themes, nlp):
    story = [*CONSULAR, "His wife says he had lost his way while mapping rock layers for a university survey."]
    assert "diplomacy" in article(themes, nlp, "Canadian Envoy Visits Geologist In Tunis Jail", story)[2]


def test_a_relatives_life_is_no_account_of_the_case(themes, nlp):
    story = [*CONSULAR, "His wife, a nurse, copes by working night shifts and keeps his boots by the door."]
    assert "diplomacy" not in article(themes, nlp, "Canadian Envoy Visits Geologist In Tunis Jail", story)[2]

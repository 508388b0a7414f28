"""How newswire tells relations between states: a doer and its verb set apart by the day ("Norway on Tuesday accused
Iceland"), on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations


def diplomacy(themes, nlp, text: str):
    return next(s for s in themes.score(nlp(text)) if s.theme == "diplomacy")


def parties_of(score) -> str:
    return next((t for t in score.terms if t.startswith("parties: ")), "")


def test_a_state_acts_on_another_across_the_day_of_the_week(themes, nlp):
    blamed = diplomacy(themes, nlp, "Norway on Tuesday blamed Russian hackers for an attack on its parliament.")
    assert "acting: Norway blame Russian" in blamed.terms
    accused = diplomacy(themes, nlp, "Peru on Monday formally accused Chile of moving troops to the border.")
    assert "acting: Peru accuse Chile" in accused.terms
    # a date that is not the day something was done keeps the doer apart: a place or a name before it is no doer
    assert not any(
        t.startswith("acting") for t in diplomacy(themes, nlp, "Fans in Oslo on Sunday warned Sweden.").terms
    )


def test_a_capital_speaks_for_its_state_across_the_day_of_the_week(themes, nlp):
    denied = diplomacy(themes, nlp, "Moscow on Friday denied any role in the attack on the Estonian power grid.")
    assert any(t.startswith("capital acts: Moscow deny") for t in denied.terms), denied.terms


def test_the_un_as_the_source_of_a_figure_is_no_actor(themes, nlp):
    figure = diplomacy(
        themes, nlp, "More than 40,000 people have fled the valley since March, according to UN figures."
    )
    assert "un" not in figure.terms
    actor = diplomacy(themes, nlp, "The UN urged both governments to reopen the crossing.")
    assert "un" in actor.terms


def test_a_state_calling_for_restraint_is_diplomacy(themes, nlp):
    called = diplomacy(themes, nlp, "Turkey, which borders both countries, called for restraint on Sunday.")
    assert "call for restraint" in called.terms and called.label
    # restraint in wages is no call between states
    assert "call for restraint" not in diplomacy(themes, nlp, "The union accepted wage restraint for a year.").terms


def test_a_licence_goes_on_with_an_article_about_export_controls(themes, nlp):
    texts = [
        "Japan on Friday added six Chinese firms to its export control list over the supply of drone parts.",
        "The firms will need a licence for every purchase, officials said.",
    ]
    scores = themes.score_article([nlp(t) for t in texts], ["", ""], "Japan Tightens Export Rules")
    assert all("trade" in [s.theme for s in p if s.label] for p in scores)
    # a driving licence in a story with no trade stays unlabelled
    alone = themes.score_article([nlp("The driver lost his licence for a year.")], [""], "Driver Banned")
    assert not any(s.label for s in alone[0])


def test_armed_men_clashing_goes_on_with_a_story_of_armed_conflict(themes, nlp):
    texts = [
        "Talks between the leaders of Armenia and Azerbaijan planned for Friday in Vienna have been called off, "
        "officials said.",
        "Tensions have run high since police and armed men clashed at a mine near the frontier in May.",
        "Russia keeps some 2,000 troops in the region.",
    ]
    scores = themes.score_article([nlp(t) for t in texts], [""] * 3, "Leaders' Meeting Called Off")
    assert "military" in [s.theme for s in scores[1] if s.label]
    robbery = themes.score_article([nlp("Two armed men robbed a jeweller in the old town.")], [""], "Jeweller Robbed")
    assert not any(s.label for s in robbery[0])


def test_where_people_come_from_is_no_party(themes, nlp):
    soldiers = diplomacy(
        themes, nlp, "The soldiers, from Ghana and Fiji, were guarding a water point, a spokesman said."
    )
    assert parties_of(soldiers) == ""
    tourists = diplomacy(themes, nlp, "Tourists from Japan, Canada and Brazil crowded the beaches of Portugal.")
    assert parties_of(tourists) == ""  # one party left: Portugal
    # a state's voice, or what a state says, still comes from a party
    envoys = diplomacy(themes, nlp, "Envoys from Ghana and Fiji met in Geneva.")
    assert "Ghana" in parties_of(envoys) and "Fiji" in parties_of(envoys)
    lessons = diplomacy(themes, nlp, "Athens said it would not take lessons from Ankara.")
    assert "Ankara" in parties_of(lessons)


def test_a_state_answering_an_accusation_goes_on_with_the_relations(themes, nlp):
    texts = [
        "Latvia on Wednesday accused Russia of a cyber attack that shut down its railway ticketing system for two "
        "days.",
        "The foreign ministry summoned the Russian ambassador over the attack, officials said.",
        "Moscow denied any part in it and called the claims a provocation.",
        "Trains ran normally on Friday, the rail operator said.",
    ]
    scores = themes.score_article([nlp(t) for t in texts], [""] * 4, "Railway Hit By Cyber Attack")
    found = [next(s for s in p if s.theme == "diplomacy") for p in scores]
    assert [s.label for s in found] == [True, True, True, False]
    assert "state speaks: Moscow deny" in found[2].terms
    # an answer alone is never a label
    assert not diplomacy(themes, nlp, texts[2]).label

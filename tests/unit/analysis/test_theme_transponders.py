"""An intruding warplane or warship told through how it hides ("its transponder was off", "filed no flight plan")
goes on with the war of its article, as the other effects of a war do; the same words in a story of an airliner or of
tankers that go dark to dodge sanctions carry no war. On the real spaCy pipeline with the shipped themes file; the
articles are fictional."""

from __future__ import annotations

from tests.theming import article


def test_an_intruders_transponder_goes_on_with_the_war_of_its_story(themes, nlp):
    found = article(
        themes,
        nlp,
        "Helsinki Protests After Russian Warplane Violates Airspace",
        [
            "HELSINKI, Aug 14 - Finland summoned Russia's ambassador on Thursday after a Russian fighter jet "
            "entered Finnish airspace off the coast near Porvoo, the defence ministry said.",
            "The jet was inside Finnish airspace for about a minute before air force planes were scrambled.",
            "Its transponder was switched off and it had filed no flight plan.",
        ],
    )
    assert "military" in found[0], found[0]
    assert "military" in found[2], found[2]


def test_a_transponder_in_a_story_of_an_airliner_or_of_tankers_carries_no_war(themes, nlp):
    found = article(
        themes,
        nlp,
        "Airliner Lands Safely After Radio Failure",
        [
            "An airliner with 180 passengers landed safely in Oslo on Monday after losing radio contact for 20 "
            "minutes, the airport said.",
            "Controllers tracked it through its transponder and it kept to its flight plan, the airline said.",
        ],
    )
    assert found == [[], []], found
    tankers = article(
        themes,
        nlp,
        "Tankers Go Dark To Ship Oil Past Sanctions",
        [
            "Dozens of tankers carrying Venezuelan crude to Asian buyers switched off their transponders last month "
            "to evade US sanctions, a tracking firm said.",
            "The ships turned their transponders back on once they had unloaded in Malaysian waters.",
        ],
    )
    assert "military" not in tankers[1], tankers[1]

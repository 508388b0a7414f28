"""Themes of patterns that the blind batches missed in three or more batches: a coast guard as a state's armed force at
sea (and a drug seizure at sea as crime), the UN's Security Council as no word of war, a state's appeal to its allies as
relations, and states a leader calls "our friends" in a story of relations. Fictional texts on the real spaCy pipeline
with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_coast_guard_in_a_frontier_story_carries_its_tension(themes, nlp):
    found = article(
        themes,
        nlp,
        "On A Frontier Island, Fishermen Watch The Horizon",
        [
            "VAINDLOO, Estonia - From the lighthouse on this rocky island, the Russian shore is a grey line on clear "
            "days, and the patrol boats of both sides are a familiar sight.",
            "Fishermen on the island say that in tense weeks the coast guard orders their boats back to harbour before "
            "dark.",
        ],
    )
    assert "military" in found[1], found


def test_a_coast_guard_seizing_drugs_is_crime(themes, nlp):
    """The guard of the weightier coast guard: its drug seizure, and the chase told after it, are no war."""
    found = article(
        themes,
        nlp,
        "Coast Guard Finds Cocaine On Fishing Boat",
        [
            "The Ostmark coast guard seized 150 kg of cocaine from a fishing boat off Keldmouth on Friday and arrested "
            "four crew members, officials said.",
            "The drugs were packed in the hull behind a false panel.",
            "Officers acting on a radio alert stopped the boat about 30 nautical miles out after a chase.",
        ],
    )
    assert found == [[], [], []], found
    lead = {
        s.theme: s
        for s in themes.score(
            nlp("The Ostmark coast guard seized 150 kg of cocaine from a fishing boat off Keldmouth on Friday.")
        )
    }
    assert "-cocaine" in lead["military"].terms


def test_the_un_security_council_is_no_word_of_war(themes, nlp):
    found = article(
        themes,
        nlp,
        "Brisca Buys Twelve Fighter Jets From Sweden",
        [
            "Brisca signed a contract on Monday to buy twelve fighter jets from Sweden, its largest arms purchase in "
            "two decades, the defence ministry said.",
            "Brisca still refuses to recognise the breakaway province, a position it holds with the backing of two "
            "permanent members at the UN Security Council.",
        ],
    )
    assert "military" not in found[1], found
    assert "diplomacy" in found[1], found


def test_a_state_appealing_to_its_allies_keeps_them_as_states(themes, nlp):
    """Beside military's air defence, "allies" alone yields to military; an appeal to them is diplomacy's own phrase."""
    scores = {
        s.theme: s
        for s in themes.score(
            nlp("Kyiv renewed its appeal to allies for more air defence batteries, saying its own stocks were low.")
        )
    }
    assert scores["military"].label
    assert "appeal to ally" in scores["diplomacy"].terms, scores["diplomacy"]
    assert not any(t.startswith("yields") for t in scores["diplomacy"].terms), scores["diplomacy"]


def test_neighbours_called_friends_in_a_story_of_relations(themes, nlp):
    found = article(
        themes,
        nlp,
        "Halden Premier Says Neighbours Will Not Set Its Policy",
        [
            "The prime minister of Halden rejected calls from two neighbouring governments on Tuesday to join their "
            "border pact, saying the country would decide its foreign policy alone.",
            '"We make our own choices here," Sarkov told reporters. "Our neighbours are our friends, but they do not '
            'choose for us."',
        ],
    )
    assert "diplomacy" in found[1], found

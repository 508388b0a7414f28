"""Themes of the mends after the sixtieth probe batch (arms control, nuclear programmes and non-proliferation): the
payments network SWIFT counts by its name, not through the adjective "swift"; a utility's power, water or heating
tariffs are prices at home, no trade; a think tank written with a hyphen is no tank; condemnation from states is a
word of diplomacy, weak alone; a test-ban treaty, a test site and a test explosion are military; so is uranium
enriched to a level or in centrifuges, told without the word uranium. Fictional texts on the real spaCy pipeline with
the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_swift_is_the_payments_network_by_its_name_and_no_trade_as_an_adjective(nlp, themes):
    (junta,) = article(
        themes,
        nlp,
        "Junta sets a date for elections",
        ["The junta promised a swift return to civilian rule and a loan for farmers hit by the drought."],
    )
    (banks,) = article(
        themes,
        nlp,
        "Banks after the coup",
        ["Two of the country's banks were cut off from SWIFT after the coup, and the rest may follow."],
    )
    assert "trade" not in junta, junta
    assert "trade" in banks, banks


def test_a_utilitys_tariffs_for_power_water_or_heat_are_prices_at_home_and_a_duty_on_imports_stays_trade(nlp, themes):
    power, solar, imports = article(
        themes,
        nlp,
        "Utility raises prices after reactor outage",
        [
            "Norrvik Energi will raise household power tariffs by 9 percent from April after an outage at its "
            "reactor ran a month past schedule.",
            "The council also cut the feed-in tariff paid to owners of rooftop solar panels.",
            "Separately, Washington raised tariffs on Canadian electricity imports.",
        ],
    )
    assert "trade" not in power, power
    assert "trade" not in solar, solar
    assert "trade" in imports, imports


def test_a_think_tank_written_with_a_hyphen_is_no_tank(nlp, themes):
    (score,) = [
        s
        for s in themes.score(nlp("A Geneva think-tank said the new law on data would weaken national security."))
        if s.theme == "military"
    ]
    assert "tank" not in score.terms, score
    assert not score.label, score


def test_condemnation_of_a_launch_by_three_states_is_diplomacy(nlp, themes):
    (lead, _) = article(
        themes,
        nlp,
        "North Korea fires long-range missile into the sea",
        [
            "SEOUL, May 2 - North Korea fired a ballistic missile into the sea on Friday, drawing condemnation from "
            "Tokyo, Seoul and Washington.",
            "The missile flew for 40 minutes before falling into the sea, the defence ministry said.",
        ],
    )
    assert "diplomacy" in lead, lead
    (remarks,) = article(
        themes,
        nlp,
        "Mayor under fire",
        ["The mayor's remarks drew condemnation from rights groups and the opposition."],
    )
    assert "diplomacy" not in remarks, remarks


def test_a_test_ban_treaty_and_the_site_and_explosions_of_weapons_tests_are_military(nlp, themes):
    lead, site, queue = article(
        themes,
        nlp,
        "Test-ban summit opens in Vienna",
        [
            "Ministers from 40 countries met in Vienna on Monday to urge the holdouts to ratify the test-ban treaty.",
            "Kazakhstan closed the Soviet test site on its steppe in 1991 after 456 explosions.",
            "Outside, the city's last drive-through covid test site was being taken down.",
        ],
    )
    assert "military" in lead, lead
    assert "military" in site, site
    assert "military" not in queue, queue


def test_uranium_enriched_to_a_level_or_by_centrifuges_is_military_without_the_word_uranium(nlp, themes):
    lead, level, lab = article(
        themes,
        nlp,
        "Atomic agency reports faster enrichment in Iran",
        [
            "The UN nuclear watchdog said on Wednesday that Iran had expanded its nuclear programme again.",
            "Iran has been enriching to 60 percent at two sites since April and has installed 1,000 more centrifuges.",
            "The agency's laboratory near Vienna, which tests the samples, bought a new microscope last year.",
        ],
    )
    assert "military" in lead, lead
    assert "military" in level, level
    assert "military" not in lab, lab

"""Envoys named right after the country they are posted to (texts of our own): "Ambassador to Japan Marta Quiroga"
is a country and a person, and the person is the speaker, never a body "Japan Marta Quiroga" or no one."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_name_after_ambassador_to_a_country_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Chile's Ambassador to Japan Marta Quiroga said at a dinner in Osaka on Friday that the accord was a "
        "milestone for both sides.",
        "Kazakhstan's Ambassador to Peru Nurlan Abdykadyrov said at a reception in Lima on Monday that the new "
        "air link was a bridge between two continents.",
    )
    assert [speaker for speaker, _ in rows] == ["Marta Quiroga", "Nurlan Abdykadyrov"]


def test_a_host_country_of_two_words_and_a_name_with_particles_are_kept_apart(nlp):
    rows = said_by(
        nlp,
        "Omani Ambassador to South Korea Salim bin Hamad al-Rawahi told reporters that the two ports would sign a "
        "memorandum in June.",
    )
    assert [speaker for speaker, _ in rows] == ["Salim bin Hamad al-Rawahi"]


def test_an_envoy_to_an_alliance_or_international_body_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "“We will not leave the northern flank exposed,” said U.S. Ambassador to NATO Wendell Harrowgate, speaking "
        "after the talks in Valdria.",
        "Brazil's Ambassador to the WTO Tiago Menezes Barreto said the ruling on Corvalian steel would be appealed.",
        "Kenya's Envoy to the African Union Wanjiru Odhiambo-Kerr said the summit would open on Monday.",
    )
    assert [speaker for speaker, _ in rows] == ["Wendell Harrowgate", "Tiago Menezes Barreto", "Wanjiru Odhiambo-Kerr"]


def test_an_organ_of_the_body_after_its_name_is_no_person(nlp):
    doc = nlp("Norway's Ambassador to the UN Security Council said on Monday that the vote was close.")
    assert "Security Council" not in [ent.text for ent in doc.ents if ent.label_ == "PERSON"]


def test_an_envoy_to_a_body_with_of_in_its_name_is_the_speaker(nlp):
    rows = said_by(nlp, "Ambassador to the Council of Europe Henrik Vallander said the Torvia report was unfair.")
    assert [speaker for speaker, _ in rows] == ["Henrik Vallander"]

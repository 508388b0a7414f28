"""Themes of a mend of what the eighty-fourth probe batch (satellites, space and signals between states) got wrong:
the UN's agencies for civil aviation and for telecommunications, where states agree flight rules and share out radio
frequencies and orbital slots, are international bodies of states, as the one for shipping is; an airline's own
aviation authority at home is none. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, ThemeScore, labels
from tests.theming import article


def theme(themes: Themes, nlp, text: str, name: str) -> ThemeScore:
    return next(s for s in themes.score(nlp(text)) if s.theme == name)


def test_the_un_aviation_and_telecom_bodies_are_relations_between_states(nlp, themes):
    for text, term in [
        (
            "The council of the International Civil Aviation Organization will discuss the complaint at its session "
            "in Montreal next month, at the request of Latvia and Lithuania.",
            "international civil aviation organization",
        ),
        (
            "Delegates at the ICAO assembly voted to condemn the forced landing of the airliner.",
            "icao",
        ),
        (
            "The International Telecommunication Union will decide at its conference in Geneva how the frequencies "
            "are shared between the countries of the region.",
            "international telecommunication union",
        ),
    ]:
        assert term in theme(themes, nlp, text, "diplomacy").terms, text


def test_a_session_of_the_aviation_body_asked_for_by_states_is_diplomacy(nlp, themes):
    _, labelled = article(
        themes,
        nlp,
        "Pilots report lost signals over the Gulf of Finland",
        [
            "Latvia's foreign ministry summoned Russia's ambassador on Tuesday over the jamming of satellite "
            "navigation signals that pilots have reported near the border.",
            "The council of the International Civil Aviation Organisation is due to discuss the reports at its "
            "session in Montreal in June, at the request of the three Baltic states.",
        ],
    )
    assert "diplomacy" in labelled


def test_a_national_aviation_authority_is_no_body_of_states(nlp, themes):
    text = "The Civil Aviation Authority fined the airline for late refunds to passengers on its Manchester flights."
    assert "diplomacy" not in labels(themes.score(nlp(text)))

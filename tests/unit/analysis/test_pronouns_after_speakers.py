"""A bare pronoun right after a paragraph whose last main subject spoke stands for that speaker, whose gender the
article never told, not for a woman named further back ("X, lead negotiator for Y, said … ¶ “…,” she said")
(fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_she_after_a_speaker_of_untold_gender_is_that_speaker(nlp):
    rows = said_by(
        nlp,
        '"The text is fair to every side," summit chair Ana Beltran told delegates as she closed the talks.',
        "Tupou Vainikolo, lead negotiator for the Pacific Atoll States, said the deal fell short of what was needed.",
        '"We asked for a lifeline and went home with a promise," she said.',
    )
    assert [speaker for speaker, _ in rows] == ["Ana Beltran", "Tupou Vainikolo", "Tupou Vainikolo"]


def test_she_after_a_man_who_spoke_is_the_woman_before(nlp):
    rows = said_by(
        nlp,
        '"The text is fair to every side," summit chair Ana Beltran told delegates as she closed the talks.',
        "Peter Holm, lead negotiator for the Pacific Atoll States, said the deal fell short of what was needed.",
        '"We will come back next year with the same demand," she said.',
    )
    assert [speaker for speaker, _ in rows] == ["Ana Beltran", "Peter Holm", "Ana Beltran"]


def test_he_after_a_speaker_the_paragraph_before_named_and_then_called_he_is_that_speaker(nlp):
    rows = said_by(
        nlp,
        "At a briefing in Rome, foreign ministry spokesman Paolo Venturi-Nardi said the talks would resume in May.",
        "Kwame Asante-Boakye, a retired Ghanaian ambassador who now teaches at a university in Accra, observed that "
        'the talks had stalled twice. "Each side is waiting for the other to blink," he said.',
        "He warned that a third collapse would end the process for a decade.",
    )
    assert [speaker for speaker, _ in rows] == [
        "Paolo Venturi-Nardi",
        "Kwame Asante-Boakye",
        "Kwame Asante-Boakye",
        "Kwame Asante-Boakye",
    ]

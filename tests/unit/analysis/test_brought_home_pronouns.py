"""The "her" of "vowed to bring her home" is the one brought, not the subject: it tells nothing of the subject's
gender, so a later "he" is still the subject (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_he_after_vowing_to_bring_her_home_is_the_one_who_vowed(nlp):
    rows = said_by(
        nlp,
        "Site manager Jaakko Virtanen-Ode said the engineer had been seized near Oruvale on Monday.",
        f"Prime Minister Arvo Telkkinen-Moss vowed to bring her home. {L}She went there to build a bridge,{R} he "
        "told reporters in Tampere.",
    )
    assert rows[-1][0] == "Arvo Telkkinen-Moss"
